package org.budgetdesk.ui;

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
    private final CheckViewModel checks;
    private final Map<SheetView<?>, DisclosureSection> sheets = new WeakHashMap<>();

    Marks(Document document, CheckViewModel checks, CommentIndex comments) {
        this.document = document;
        this.checks = checks;
        checks.findings().addListener((ListChangeListener<Finding>) change -> refresh());
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
        for (Finding finding : checks.findings()) {
            Location place = finding.location();
            if (finding.severity() != Severity.INFO && place.section() == section
                    && (place.isConsolidated() ? unit == Location.CONSOLIDATED : place.unitIndex() == unit)
                    && located.isAt(place.code(), place.field())) {
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
