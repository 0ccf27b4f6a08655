package org.budgetdesk.model;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * A department (部门): its own unit (本级, always first) and its subordinate units, the budget year and the
 * comparison basis. {@link #consolidated()} is a live, read-only unit holding the sum of every unit's figures.
 */
public final class Department {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty parentDepartment = new SimpleStringProperty(this, "parentDepartment", "");
    private final IntegerProperty budgetYear = new SimpleIntegerProperty(this, "budgetYear", 0);
    private final ObjectProperty<DepartmentKind> kind =
            new SimpleObjectProperty<>(this, "kind", DepartmentKind.ADMINISTRATIVE);
    private final ObjectProperty<ComparisonBasis> comparisonBasis =
            new SimpleObjectProperty<>(this, "comparisonBasis", ComparisonBasis.PRIOR_BUDGET);
    private final ObservableMap<DisclosureSection, ComparisonBasis> sectionComparisonBases =
            FXCollections.observableMap(new EnumMap<>(DisclosureSection.class));
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableMap<String, String> customFunctionalCodes = FXCollections.observableHashMap();
    private final ObservableMap<String, String> customEconomicCodes = FXCollections.observableHashMap();
    private final ObservableMap<String, String> carriedFunctionalCodes = FXCollections.observableHashMap();
    private final ObservableMap<String, String> carriedEconomicCodes = FXCollections.observableHashMap();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final ObservableList<Comment> comments = FXCollections.observableArrayList();
    private final BasicCostMapping basicCostMapping = new BasicCostMapping();
    private final Unit consolidated = new Unit("");

    /** A department with its own unit (本级) of the same name. */
    public Department(String name, int budgetYear) {
        this.name.set(name);
        this.budgetYear.set(budgetYear);
        consolidated.name().bind(this.name);
        consolidated.economic().useMapping(basicCostMapping);
        units.addListener((ListChangeListener<Unit>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(unit -> unit.economic().useMapping(null));
                change.getAddedSubList().forEach(unit -> unit.economic().useMapping(basicCostMapping));
            }
        });
        new Consolidation(units, consolidated);
        units.add(new Unit(name));
        region.addListener((obs, before, after) -> followRegionRule());
        followRegionRule();
    }

    /** Keeps the mapping's region rule that of the project's region ({@link RegionRules}). */
    private void followRegionRule() {
        Map<String, BasicCostCategory> rule = RegionRules.basicCosts(region.get());
        basicCostMapping.regionRule().keySet().retainAll(rule.keySet());
        rule.forEach((code, category) -> {
            if (basicCostMapping.regionRule().get(code) != category) {
                basicCostMapping.regionRule().put(code, category);
            }
        });
    }

    public StringProperty name() {
        return name;
    }

    /** The 主管部门 this department reports to. */
    public StringProperty parentDepartment() {
        return parentDepartment;
    }

    public IntegerProperty budgetYear() {
        return budgetYear;
    }

    public ObjectProperty<DepartmentKind> kind() {
        return kind;
    }

    /** What the prior-year figures are, unless a section says otherwise ({@link #sectionComparisonBases()}). */
    public ObjectProperty<ComparisonBasis> comparisonBasis() {
        return comparisonBasis;
    }

    /**
     * Sections whose prior-year figures have another basis than the department's: documents often compare the
     * “三公”经费 with last year's 决算 and everything else with last year's budget.
     */
    public ObservableMap<DisclosureSection, ComparisonBasis> sectionComparisonBases() {
        return sectionComparisonBases;
    }

    /** The basis of a section's prior-year figures: its own when set, else the department's. */
    public ComparisonBasis comparisonBasisOf(DisclosureSection section) {
        return sectionComparisonBases.getOrDefault(section, comparisonBasis.get());
    }

    /** The units: the department's own unit (本级) first, then subordinate units. Never empty. */
    public ObservableList<Unit> units() {
        return units;
    }

    /** The department's own unit (本级). */
    public Unit ownUnit() {
        return units.get(0);
    }

    /** The number of subordinate units (下属二级预算单位). */
    public int subordinateCount() {
        return units.size() - 1;
    }

    /** 部门汇总: every figure the live sum of the units' figures; texts are the own unit's. Do not edit it. */
    public Unit consolidated() {
        return consolidated;
    }

    /** Which economic 款 count as 人员经费 and which as 公用经费 in this project. */
    public BasicCostMapping basicCostMapping() {
        return basicCostMapping;
    }

    /** Functional codes the user added that the year's catalog lacks: code → name. */
    public ObservableMap<String, String> customFunctionalCodes() {
        return customFunctionalCodes;
    }

    /** Economic codes the user added that the catalog lacks: code → name. */
    public ObservableMap<String, String> customEconomicCodes() {
        return customEconomicCodes;
    }

    /**
     * Names of official functional codes this project uses, as the project file recorded them where it was saved
     * (from a list imported there, say): code → name. They name the codes this computer's lists lack, so the project
     * shows the same names everywhere. Read from the file; saving records the names anew.
     */
    public ObservableMap<String, String> carriedFunctionalCodes() {
        return carriedFunctionalCodes;
    }

    /** Names of official economic codes this project uses, as its file recorded them: code → name. */
    public ObservableMap<String, String> carriedEconomicCodes() {
        return carriedEconomicCodes;
    }

    /** A note stored with the project, e.g. where figures were estimated. */
    public StringProperty note() {
        return note;
    }

    /**
     * The region whose tables and explanation the project publishes (sichuan-2024, central); {@code ""} when none was
     * chosen (the default region). A name only: what it means is data the exporters read.
     */
    public StringProperty region() {
        return region;
    }

    /** Reviewers' comments on the budget, in the order they were written. Change them through the undoable edits. */
    public ObservableList<Comment> comments() {
        return comments;
    }
}
