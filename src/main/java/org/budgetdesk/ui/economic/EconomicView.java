package org.budgetdesk.ui.economic;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.common.SheetColumns;
import org.budgetdesk.ui.common.SheetView;

/**
 * The 基本支出 tab: basic expenditure by economic classification as a class/款 tree with entered lines, live
 * subtotals, the 人员经费 and 公用经费 summaries, and whether they agree with the functional spending.
 */
public final class EconomicView {
    private final Document document;
    private final EconomicViewModel viewModel;
    private final SheetView<EconomicRow> sheet;
    private final BorderPane root = new BorderPane();
    private final Label agreement = new Label();
    private final ListChangeListener<EconomicLine> rebuildOnChange = change -> rebuild();
    private Unit shown;

    public EconomicView(Document document, Messages messages) {
        this.document = document;
        this.viewModel = new EconomicViewModel(document, messages);
        this.sheet = new SheetView<>("economicTable", columns(document, messages), document, messages);
        sheet.freezeColumns(2);
        root.setId("economicView");
        sheet.table().setAccessibleText(messages.get("economic.table"));
        root.setTop(new EconomicToolbar(viewModel, sheet, document.readOnlyProperty(), messages).node());
        root.setCenter(sheet.node());
        agreement.setId("economicAgreement");
        agreement.setPadding(new Insets(4, 0, 0, 0));
        agreement.setWrapText(true);
        agreement.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setBottom(agreement);
        document.viewedUnitProperty().addListener((obs, before, after) -> rebuild());
        document.catalogRevisionProperty().addListener((obs, before, after) -> rebuild());
        document.department().basicCostMapping().overrides()
                .addListener((MapChangeListener<String, Object>) change -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    public SheetView<EconomicRow> sheet() {
        return sheet;
    }

    private void rebuild() {
        if (shown != null) {
            shown.economic().lines().removeListener(rebuildOnChange);
        }
        shown = document.viewedUnitProperty().get();
        shown.economic().lines().addListener(rebuildOnChange);
        sheet.setRoot(viewModel.tree(shown));
        agreement.textProperty().bind(viewModel.agreement(shown));
        agreement.accessibleTextProperty().bind(agreement.textProperty());
    }

    private static List<SheetColumn<EconomicRow>> columns(Document document, Messages messages) {
        var unit = document.displayUnitProperty();
        // The order of published table 2-1 (部门经济分类): 科目编码, 科目名称, 合计, 基本支出, 项目支出; then the
        // comparison with the prior year's 基本支出 and the line's 人员/公用 category.
        return List.of(
                SheetColumns.label("code", messages.get("economic.column.code"), 100, EconomicRow::code),
                SheetColumns.label("name", messages.get("economic.column.name"), 220, EconomicRow::name),
                SheetColumns.derivedAmount("total", messages.get("economic.column.total"), EconomicRow::total, unit),
                SheetColumns.amount("current", messages.get("economic.column.current"),
                        row -> row.figures().current(), row -> row.line().current(), EconomicRow::isLine,
                        unit, messages),
                SheetColumns.amount("project", messages.get("economic.column.project"),
                        EconomicRow::project, row -> row.line().project(), EconomicRow::isLine, unit, messages),
                SheetColumns.priorAmount("prior", messages.get("economic.column.prior"),
                        row -> row.figures().prior(), row -> row.line().prior(), EconomicRow::isLine,
                        unit, messages),
                SheetColumns.derivedAmount("change", messages.get("economic.column.change"),
                        EconomicView::change, unit),
                SheetColumns.percent("rate", messages.get("economic.column.rate"), EconomicView::rate),
                SheetColumns.percent("share", messages.get("economic.column.share"), EconomicRow::share),
                SheetColumns.label("category", messages.get("economic.column.category"), 90,
                        row -> row.category() == null ? "" : messages.of(row.category())));
    }

    private static ObservableValue<BigDecimal> change(EconomicRow row) {
        var yearOnYear = row.figures().yearOnYear();
        return Bindings.createObjectBinding(() -> yearOnYear.getValue().change(), yearOnYear);
    }

    private static ObservableValue<Ratio> rate(EconomicRow row) {
        var yearOnYear = row.figures().yearOnYear();
        return Bindings.createObjectBinding(() -> yearOnYear.getValue().rate(), yearOnYear);
    }
}
