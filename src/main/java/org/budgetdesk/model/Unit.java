package org.budgetdesk.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A budget unit (预算单位): the department's own unit (本级) or a subordinate one, with every figure and text that is
 * entered for it. The department's consolidated view is also a Unit, whose figures are bound to the sums.
 */
public final class Unit {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final IncomeBudget income = new IncomeBudget();
    private final FunctionalSpending functional = new FunctionalSpending();
    private final EconomicSpending economic = new EconomicSpending();
    private final ThreePublicExpenses threePublic = new ThreePublicExpenses();
    private final ComparedAmount operatingCosts = new ComparedAmount();
    private final Procurement procurement = new Procurement();
    private final StateAssets assets = new StateAssets();
    private final PerformanceTargets performance = new PerformanceTargets();
    private final UnitTexts texts = new UnitTexts();
    private final AddedFigures added = new AddedFigures();

    public Unit(String name) {
        this.name.set(name);
    }

    public StringProperty name() {
        return name;
    }

    public IncomeBudget income() {
        return income;
    }

    /** Spending by functional classification (类/款/项). */
    public FunctionalSpending functional() {
        return functional;
    }

    /** Basic spending by economic classification. */
    public EconomicSpending economic() {
        return economic;
    }

    /** “三公”经费. */
    public ThreePublicExpenses threePublic() {
        return threePublic;
    }

    /** 机关运行经费: entered with its prior and reason, cross-checked against 公用经费. */
    public ComparedAmount operatingCosts() {
        return operatingCosts;
    }

    public Procurement procurement() {
        return procurement;
    }

    public StateAssets assets() {
        return assets;
    }

    public PerformanceTargets performance() {
        return performance;
    }

    public UnitTexts texts() {
        return texts;
    }

    /** The figures the {@link FigureSchema} adds beyond the built-in ones, and any a newer build's file held. */
    public AddedFigures added() {
        return added;
    }
}
