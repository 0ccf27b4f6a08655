package org.budgetdesk.ui.income;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.common.SheetColumns;
import org.budgetdesk.ui.common.SheetView;

/** The 收入 tab: income by funding source, this year and last, with the totals, changes, shares and reasons. */
public final class IncomeView {
    private final Document document;
    private final IncomeViewModel viewModel;
    private final SheetView<IncomeRow> sheet;
    private final BorderPane root = new BorderPane();

    public IncomeView(Document document, Messages messages) {
        this.document = document;
        this.viewModel = new IncomeViewModel(messages);
        this.sheet = new SheetView<>("incomeTable", columns(document, messages), document, messages);
        root.setId("incomeView");
        sheet.table().setAccessibleText(messages.get("income.table"));
        root.setCenter(sheet.node());
        document.viewedUnitProperty().addListener((obs, before, after) -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    public SheetView<IncomeRow> sheet() {
        return sheet;
    }

    private void rebuild() {
        sheet.setRoot(viewModel.tree(document.viewedUnitProperty().get()));
    }

    private static List<SheetColumn<IncomeRow>> columns(Document document, Messages messages) {
        var unit = document.displayUnitProperty();
        return List.of(
                SheetColumns.label("name", messages.get("income.column.name"), 240, IncomeRow::name),
                SheetColumns.amount("current", messages.get("income.column.current"),
                        row -> row.figures().current(), row -> row.entered().current(), IncomeRow::isSource,
                        unit, messages),
                SheetColumns.priorAmount("prior", messages.get("income.column.prior"),
                        row -> row.figures().prior(), row -> row.entered().prior(), IncomeRow::isSource,
                        unit, messages),
                SheetColumns.derivedAmount("change", messages.get("income.column.change"), IncomeView::change, unit),
                SheetColumns.percent("rate", messages.get("income.column.rate"), IncomeView::rate),
                SheetColumns.percent("share", messages.get("income.column.share"), IncomeRow::share),
                SheetColumns.text("reason", messages.get("income.column.reason"), 320,
                        row -> row.entered().reason(), IncomeRow::isSource));
    }

    private static ObservableValue<BigDecimal> change(IncomeRow row) {
        var yearOnYear = row.figures().yearOnYear();
        return Bindings.createObjectBinding(() -> yearOnYear.getValue().change(), yearOnYear);
    }

    private static ObservableValue<Ratio> rate(IncomeRow row) {
        var yearOnYear = row.figures().yearOnYear();
        return Bindings.createObjectBinding(() -> yearOnYear.getValue().rate(), yearOnYear);
    }
}
