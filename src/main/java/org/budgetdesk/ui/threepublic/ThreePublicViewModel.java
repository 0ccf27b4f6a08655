package org.budgetdesk.ui.threepublic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeItem;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.ThreePublicShare;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.common.SheetColumns;
import org.budgetdesk.ui.threepublic.ThreePublicRow.Part;
import org.budgetdesk.undo.Edits;

/** The “三公” tab's logic: the rows and columns of the viewed unit's table, and its two texts. */
public final class ThreePublicViewModel {
    /** The share column of a row outside the “三公” total: none (shown as —). */
    private static final Ratio NO_SHARE = new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);
    private final Document document;
    private final Messages messages;

    public ThreePublicViewModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    /**
     * 合计 first, then 因公出国（境）费, 公务接待费 and 公务用车购置及运行维护费 with its two parts under it; then the
     * compared figures the figure schema adds to the tab, parts under their whole (no share: they are outside the
     * “三公” total); then 财政拨款安排
     * and what each fund pays, the 一般公共预算 share derived, the others entered (collapsed while zero).
     */
    public TreeItem<ThreePublicRow> tree(Unit unit) {
        ThreePublicExpenses expenses = unit.threePublic();
        TreeItem<ThreePublicRow> root = new TreeItem<>();
        root.getChildren().add(new TreeItem<>(derived(Part.TOTAL, expenses.total(), expenses)));
        root.getChildren().add(new TreeItem<>(entered(Part.OVERSEAS_TRAVEL, expenses.overseasTravel(), expenses)));
        root.getChildren().add(new TreeItem<>(entered(Part.RECEPTION, expenses.reception(), expenses)));
        TreeItem<ThreePublicRow> vehicles = new TreeItem<>(derived(Part.VEHICLES, expenses.vehicles(), expenses));
        vehicles.getChildren().add(new TreeItem<>(
                entered(Part.VEHICLE_PURCHASE, expenses.vehiclePurchase(), expenses)));
        vehicles.getChildren().add(new TreeItem<>(
                entered(Part.VEHICLE_OPERATION, expenses.vehicleOperation(), expenses)));
        vehicles.setExpanded(true);
        root.getChildren().add(vehicles);
        Map<String, TreeItem<ThreePublicRow>> added = new HashMap<>();
        for (Figure figure : FigureSchema.current().added()) {
            if (figure.section() == DisclosureSection.THREE_PUBLIC && figure.kind() == FigureKind.COMPARED
                    && !figure.isShare()) {
                ComparedAmount amount = figure.compared(unit);
                TreeItem<ThreePublicRow> item = new TreeItem<>(new ThreePublicRow(Part.ADDED, null,
                        figure.name(messages.locale()), amount, amount, new SimpleObjectProperty<>(NO_SHARE)));
                TreeItem<ThreePublicRow> whole = figure.partOf() == null ? null : added.get(figure.partOf());
                (whole == null ? root : whole).getChildren().add(item);
                item.setExpanded(true);
                added.put(figure.key(), item);
            }
        }
        ThreePublicShare fiscal = expenses.fiscal();
        root.getChildren().add(new TreeItem<>(new ThreePublicRow(Part.FISCAL, null, name(Part.FISCAL),
                fiscal.total(), null, expenses.shareOf(fiscal.total()))));
        for (Fund fund : Fund.values()) {
            root.getChildren().add(fundItem(expenses, fund));
        }
        return root;
    }

    private TreeItem<ThreePublicRow> fundItem(ThreePublicExpenses expenses, Fund fund) {
        ThreePublicShare share = expenses.share(fund);
        TreeItem<ThreePublicRow> item = new TreeItem<>(new ThreePublicRow(Part.TOTAL, fund,
                messages.get("threePublic.fund." + fund.name()), share.total(), null,
                expenses.shareOf(share.total())));
        for (ThreePublicPart part : ThreePublicPart.values()) {
            Part row = Part.valueOf(part.name());
            ComparedAmount entered = fund == Fund.GENERAL_PUBLIC_BUDGET ? null : expenses.entered(fund, part);
            item.getChildren().add(new TreeItem<>(new ThreePublicRow(row, fund, name(row), share.part(part), entered,
                    expenses.shareOf(share.part(part)))));
        }
        BigDecimal current = share.total().current().get();
        item.setExpanded(fund != Fund.GENERAL_PUBLIC_BUDGET && current != null && current.signum() != 0);
        return item;
    }

    /** The rows of a unit in display order. */
    public List<ThreePublicRow> rows(Unit unit) {
        List<ThreePublicRow> rows = new ArrayList<>();
        collect(tree(unit), rows);
        return rows;
    }

    private static void collect(TreeItem<ThreePublicRow> item, List<ThreePublicRow> rows) {
        for (TreeItem<ThreePublicRow> child : item.getChildren()) {
            rows.add(child.getValue());
            collect(child, rows);
        }
    }

    private ThreePublicRow derived(Part part, Compared figure, ThreePublicExpenses expenses) {
        return new ThreePublicRow(part, null, name(part), figure, null, expenses.shareOf(figure));
    }

    private ThreePublicRow entered(Part part, ComparedAmount figure, ThreePublicExpenses expenses) {
        return new ThreePublicRow(part, null, name(part), figure, figure, expenses.shareOf(figure));
    }

    private String name(Part part) {
        return messages.get("threePublic.row." + part.name());
    }

    /** 项目, 本年预算数, 上年预算数 (both entered on the parts), 增减额, 增减率, 占比, 变动原因 (entered on the parts). */
    public List<SheetColumn<ThreePublicRow>> columns() {
        var unit = document.displayUnitProperty();
        return List.of(
                SheetColumns.label("threePublicItem", messages.get("threePublic.column.item"), 270,
                        ThreePublicRow::name),
                SheetColumns.amount("threePublicCurrent", messages.get("threePublic.column.current"),
                        row -> row.figure().current(), row -> row.entered().current(), ThreePublicRow::isEntered,
                        unit, messages),
                SheetColumns.priorAmount("threePublicPrior", messages.get("threePublic.column.prior"),
                        row -> row.figure().prior(), row -> row.entered().prior(), ThreePublicRow::isEntered,
                        unit, messages),
                SheetColumns.derivedAmount("threePublicChange", messages.get("threePublic.column.change"),
                        ThreePublicViewModel::change, unit),
                SheetColumns.percent("threePublicRate", messages.get("threePublic.column.rate"),
                        ThreePublicViewModel::rate),
                SheetColumns.percent("threePublicShare", messages.get("threePublic.column.share"),
                        ThreePublicRow::share),
                SheetColumns.text("threePublicReason", messages.get("threePublic.column.reason"), 380,
                        row -> row.entered().reason(), ThreePublicRow::takesReason));
    }

    private static ObservableValue<BigDecimal> change(ThreePublicRow row) {
        return Bindings.createObjectBinding(() -> row.figure().yearOnYear().getValue().change(),
                row.figure().yearOnYear());
    }

    private static ObservableValue<Ratio> rate(ThreePublicRow row) {
        return Bindings.createObjectBinding(() -> row.figure().yearOnYear().getValue().rate(),
                row.figure().yearOnYear());
    }

    /** Why the “三公” total changed, of the viewed unit, live. */
    public ObservableValue<String> reason() {
        return document.viewedUnitProperty().flatMap(unit -> unit.threePublic().reason());
    }

    /** What the reception budget is planned for, of the viewed unit, live. */
    public ObservableValue<String> receptionPlan() {
        return document.viewedUnitProperty().flatMap(unit -> unit.threePublic().receptionPlan());
    }

    /** Sets the overall reason; null when done, else why not. */
    public String setReason(String text) {
        return setText(unit -> unit.threePublic().reason(), text);
    }

    /** Sets the reception plan; null when done, else why not. */
    public String setReceptionPlan(String text) {
        return setText(unit -> unit.threePublic().receptionPlan(), text);
    }

    private String setText(Function<Unit, StringProperty> target, String text) {
        if (document.readOnlyProperty().get()) {
            return messages.get("threePublic.readOnly");
        }
        StringProperty property = target.apply(document.viewedUnitProperty().get());
        String value = text == null ? "" : text;
        if (!value.equals(property.get())) {
            document.undoManager().execute(Edits.setText(property, value));
        }
        return null;
    }
}
