package org.budgetdesk.ui.functional;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.common.SheetColumns;
import org.budgetdesk.ui.common.SheetView;

/** The 一般公共预算支出 tab: functional spending as a 类/款/项 tree with entered lines and live subtotals. */
public final class FunctionalView {
    private final Document document;
    private final FunctionalViewModel viewModel;
    private final SheetView<FunctionalRow> sheet;
    private final BorderPane root = new BorderPane();
    private final ListChangeListener<FunctionalLine> rebuildOnChange = change -> rebuild();
    private Unit shown;

    public FunctionalView(Document document, Messages messages) {
        this.document = document;
        this.viewModel = new FunctionalViewModel(document, messages);
        this.sheet = new SheetView<>("functionalTable", columns(document, messages), document, messages);
        sheet.freezeColumns(2);
        sheet.setRowKeys(new FunctionalPasteKeys(document, messages, () -> sheet.table().getRoot()));
        root.setId("functionalView");
        root.setTop(new LineToolbar(viewModel, sheet, document.readOnlyProperty(), messages).node());
        root.setCenter(sheet.node());
        document.viewedUnitProperty().addListener((obs, before, after) -> rebuild());
        document.catalogRevisionProperty().addListener((obs, before, after) -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    public SheetView<FunctionalRow> sheet() {
        return sheet;
    }

    private void rebuild() {
        if (shown != null) {
            shown.functional().lines().removeListener(rebuildOnChange);
        }
        shown = document.viewedUnitProperty().get();
        shown.functional().lines().addListener(rebuildOnChange);
        TreeItem<FunctionalRow> tree = viewModel.tree(shown);
        sheet.setRoot(tree);
    }

    private static List<SheetColumn<FunctionalRow>> columns(Document document, Messages messages) {
        var unit = document.displayUnitProperty();
        return List.of(
                SheetColumns.label("code", messages.get("functional.column.code"), 135, FunctionalRow::code),
                SheetColumns.label("name", messages.get("functional.column.name"), 220, FunctionalRow::name),
                SheetColumns.label("source", messages.get("functional.column.source"), 130,
                        row -> row.isLine() ? messages.of(row.line().source()) : ""),
                SheetColumns.amount("personnel", messages.get("functional.column.personnel"),
                        row -> row.figures().personnel(), row -> row.line().personnel(), FunctionalRow::isLine,
                        unit, messages),
                SheetColumns.amount("publicCosts", messages.get("functional.column.publicCosts"),
                        row -> row.figures().publicCosts(), row -> row.line().publicCosts(), FunctionalRow::isLine,
                        unit, messages),
                SheetColumns.amount("project", messages.get("functional.column.project"),
                        row -> row.figures().project(), row -> row.line().project(), FunctionalRow::isLine,
                        unit, messages),
                SheetColumns.derivedAmount("total", messages.get("functional.column.total"),
                        row -> row.figures().total(), unit),
                SheetColumns.priorAmount("prior", messages.get("functional.column.prior"),
                        row -> row.figures().prior(), row -> row.line().prior(), FunctionalRow::isLine,
                        unit, messages),
                SheetColumns.derivedAmount("change", messages.get("functional.column.change"),
                        FunctionalView::change, unit),
                SheetColumns.percent("rate", messages.get("functional.column.rate"),
                        row -> Bindings.createObjectBinding(() -> row.compared().yearOnYear().getValue().rate(),
                                row.compared().yearOnYear())),
                SheetColumns.percent("share", messages.get("functional.column.share"), FunctionalRow::share),
                SheetColumns.text("purpose", messages.get("functional.column.purpose"), 320,
                        row -> row.line().purpose(), FunctionalRow::isLine));
    }

    private static ObservableValue<BigDecimal> change(FunctionalRow row) {
        return Bindings.createObjectBinding(() -> row.compared().yearOnYear().getValue().change(),
                row.compared().yearOnYear());
    }
}
