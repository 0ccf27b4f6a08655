package org.budgetdesk.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.Severity;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.ui.check.CheckViewModel;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.LocatableRow;
import org.budgetdesk.ui.common.SheetView;
import org.budgetdesk.ui.review.CommentIndex;

/**
 * Marks the rows of the section tables that a check finding (error, warning) or an open review comment names,
 * with a coloured bar on the row's first cell; kept current as findings, comments and the viewed unit change.
 */
final class Marks {
    static final String ERROR = "marked-error";
    static final String WARNING = "marked-warning";
    static final String COMMENT = "marked-comment";
    private final Document document;
    private final Map<SheetView<?>, DisclosureSection> sheets = new WeakHashMap<>();
    /**
     * The errors and warnings by section and unit index ({@link Location#CONSOLIDATED} for 部门汇总), made anew when
     * the findings change: a row drawn looks at its own unit's findings, not at every finding of the department.
     */
    private Map<DisclosureSection, Map<Integer, List<Finding>>> marked;

    Marks(Document document, CheckViewModel checks, CommentIndex comments) {
        this.document = document;
        this.marked = byPlace(checks.findings());
        checks.findings().addListener((ListChangeListener<Finding>) change -> {
            marked = byPlace(checks.findings());
            refresh();
        });
        comments.versionProperty().addListener((obs, before, after) -> refresh());
        document.viewedUnitProperty().addListener((obs, before, after) -> refresh());
    }

    /** Marks the tables of a tab that has just been built, if the tab shows a section. */
    @SuppressWarnings("unchecked")
    void install(String tabId, Node content) {
        DisclosureSection section = TabSections.sectionOf(tabId);
        if (section == null || content == null) {
            return;
        }
        for (Node node : content.lookupAll(".tree-table-view")) {
            SheetView.of((TreeTableView<?>) node).ifPresent(sheet -> {
                sheets.put(sheet, section);
                ((SheetView<Object>) sheet).setRowMarker(row -> markOf(section, row));
            });
        }
    }

    private static Map<DisclosureSection, Map<Integer, List<Finding>>> byPlace(List<Finding> findings) {
        Map<DisclosureSection, Map<Integer, List<Finding>>> byPlace = new EnumMap<>(DisclosureSection.class);
        for (Finding finding : findings) {
            if (finding.severity() != Severity.INFO) {
                Location place = finding.location();
                byPlace.computeIfAbsent(place.section(), section -> new HashMap<>())
                        .computeIfAbsent(place.unitIndex(), unit -> new ArrayList<>()).add(finding);
            }
        }
        return byPlace;
    }

    private void refresh() {
        sheets.keySet().forEach(SheetView::refreshMarks);
    }

    private int viewedUnitIndex() {
        Department department = document.department();
        return document.viewedUnitProperty().get() == department.consolidated() ? Location.CONSOLIDATED
                : department.units().indexOf(document.viewedUnitProperty().get());
    }

    private String markOf(DisclosureSection section, Object row) {
        if (!(row instanceof LocatableRow located)) {
            return null;
        }
        int unit = viewedUnitIndex();
        String mark = null;
        for (Finding finding : marked.getOrDefault(section, Map.of()).getOrDefault(unit, List.of())) {
            Location place = finding.location();
            if (located.isAt(place.code(), place.field())) {
                if (finding.severity() == Severity.ERROR) {
                    return ERROR;
                }
                mark = WARNING;
            }
        }
        if (mark != null) {
            return mark;
        }
        for (Comment comment : document.department().comments()) {
            CommentTarget target = comment.target();
            String[] codeAndField = TabSections.codeAndField(target.line());
            if (!comment.resolved().get() && target.section() == section && target.unitIndex() == unit
                    && located.isAt(codeAndField[0], codeAndField[1])) {
                return COMMENT;
            }
        }
        return null;
    }
}
