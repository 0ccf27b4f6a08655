package org.budgetdesk.ui.overview;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;

/** The headline figures of a unit in 万元, current against prior, each label bound live to the model. */
public final class HeadlineView {
    private static final DisplayUnit UNIT = DisplayUnit.WAN_YUAN;
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private int row;

    public HeadlineView(Unit unit, Messages messages) {
        this.messages = messages;
        grid.setId("headlineFigures");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.getColumnConstraints().add(new ColumnConstraints());
        for (int i = 0; i < 4; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(column);
        }
        header();
        compared(messages.get("summary.incomeTotal"), unit.income().total());
        compared(messages.of(FundingSource.GENERAL_PUBLIC_BUDGET),
                unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET));
        compared(messages.get("summary.expenditureTotal"), unit.functional().total());
        amount("summary.basic", unit.functional().total().basic());
        amount("summary.personnel", unit.functional().total().personnel());
        amount("summary.publicCosts", unit.functional().total().publicCosts());
        amount("summary.project", unit.functional().total().project());
        compared(messages.get("summary.threePublic"), unit.threePublic().total());
        compared(messages.get("summary.operatingCosts"), unit.operatingCosts());
    }

    public Node node() {
        return grid;
    }

    private void header() {
        String[] keys = {"headline.item", "headline.current", "headline.prior", "headline.change", "headline.rate"};
        for (int column = 0; column < keys.length; column++) {
            Label label = new Label(messages.get(keys[column]));
            label.setStyle("-fx-font-weight: bold;");
            grid.add(label, column, row);
        }
        row++;
    }

    private void compared(String label, Compared figure) {
        grid.add(new Label(label), 0, row);
        grid.add(bound(amountText(figure.current())), 1, row);
        grid.add(bound(Bindings.createStringBinding(() -> figure.prior().getValue() == null
                ? messages.get("input.notPublished") : Numbers.fixed(figure.prior().getValue(), UNIT),
                figure.prior())), 2, row);
        grid.add(bound(Bindings.createStringBinding(() -> {
            BigDecimal change = figure.yearOnYear().getValue().change();
            return change == null ? "" : Numbers.fixed(change, UNIT);
        }, figure.yearOnYear())), 3, row);
        grid.add(bound(Bindings.createStringBinding(
                () -> Numbers.percent(figure.yearOnYear().getValue().rate(), 2).map(rate -> rate + "%").orElse("—"),
                figure.yearOnYear())), 4, row);
        row++;
    }

    private void amount(String key, ObservableValue<BigDecimal> value) {
        grid.add(new Label(messages.get(key)), 0, row);
        grid.add(bound(amountText(value)), 1, row);
        row++;
    }

    private static StringBinding amountText(ObservableValue<BigDecimal> value) {
        return Bindings.createStringBinding(() -> Numbers.fixed(value.getValue(), UNIT), value);
    }

    private static Label bound(StringBinding text) {
        Label label = new Label();
        label.textProperty().bind(text);
        return label;
    }
}
