package org.budgetdesk.ui.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;

/**
 * The headline figures of a unit in 万元, current against prior, each text bound live to the model. The grid is
 * built once; {@link #show} binds the same texts to another unit (opening a project, choosing a unit), so that
 * switching costs no new nodes. They are plain {@link Text} nodes, not labels: without 50 label skins the first
 * window with a project comes 16–24 ms sooner (README, issue 20).
 */
public final class HeadlineView {
    private static final DisplayUnit UNIT = DisplayUnit.WAN_YUAN;
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private final List<Row> rows = new ArrayList<>();
    /** The texts shown now, disposed when another unit is shown so that the old unit's figures forget them. */
    private final List<StringBinding> shown = new ArrayList<>();

    /** A row's value texts, and what binds them to a unit (the bindings in the texts' order). */
    private record Row(List<Text> values, Function<Unit, List<StringBinding>> bindings) {
    }

    public HeadlineView(Messages messages) {
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
        compared(messages.get("summary.incomeTotal"), unit -> unit.income().total());
        compared(messages.of(FundingSource.GENERAL_PUBLIC_BUDGET),
                unit -> unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET));
        compared(messages.get("summary.expenditureTotal"), unit -> unit.functional().total());
        amount("summary.basic", unit -> unit.functional().total().basic());
        amount("summary.personnel", unit -> unit.functional().total().personnel());
        amount("summary.publicCosts", unit -> unit.functional().total().publicCosts());
        amount("summary.project", unit -> unit.functional().total().project());
        compared(messages.get("summary.threePublic"), unit -> unit.threePublic().total());
        compared(messages.get("summary.operatingCosts"), Unit::operatingCosts);
    }

    public Node node() {
        return grid;
    }

    /** Shows {@code unit}'s figures in the same texts. */
    public void show(Unit unit) {
        shown.forEach(StringBinding::dispose);
        shown.clear();
        for (Row row : rows) {
            List<StringBinding> texts = row.bindings().apply(unit);
            for (int i = 0; i < texts.size(); i++) {
                row.values().get(i).textProperty().bind(texts.get(i));
            }
            shown.addAll(texts);
        }
    }

    private void header() {
        String[] keys = {"headline.item", "headline.current", "headline.prior", "headline.change", "headline.rate"};
        for (int column = 0; column < keys.length; column++) {
            Text heading = text(messages.get(keys[column]));
            heading.getStyleClass().add("headline-heading");
            grid.add(heading, column, 0);
        }
    }

    private void compared(String label, Function<Unit, Compared> figureOf) {
        addRow(label, 4, unit -> {
            Compared figure = figureOf.apply(unit);
            return List.of(amountText(figure.current()),
                    Bindings.createStringBinding(() -> figure.prior().getValue() == null
                            ? messages.get("input.notPublished") : Numbers.fixed(figure.prior().getValue(), UNIT),
                            figure.prior()),
                    Bindings.createStringBinding(() -> {
                        BigDecimal change = figure.yearOnYear().getValue().change();
                        return change == null ? "" : Numbers.fixed(change, UNIT);
                    }, figure.yearOnYear()),
                    Bindings.createStringBinding(() -> Numbers.percent(figure.yearOnYear().getValue().rate(), 2)
                            .map(rate -> rate + "%").orElse("—"), figure.yearOnYear()));
        });
    }

    private void amount(String key, Function<Unit, ObservableValue<BigDecimal>> valueOf) {
        addRow(messages.get(key), 1, unit -> List.of(amountText(valueOf.apply(unit))));
    }

    /** A row: its name, then {@code values} texts, bound to a unit by {@code texts}. */
    private void addRow(String name, int values, Function<Unit, List<StringBinding>> texts) {
        int row = rows.size() + 1;
        grid.add(text(name), 0, row);
        List<Text> shownValues = new ArrayList<>();
        for (int column = 1; column <= values; column++) {
            Text value = text("");
            grid.add(value, column, row);
            shownValues.add(value);
        }
        rows.add(new Row(shownValues, texts));
    }

    private static Text text(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("headline-text");
        return text;
    }

    private static StringBinding amountText(ObservableValue<BigDecimal> value) {
        return Bindings.createStringBinding(() -> Numbers.fixed(value.getValue(), UNIT), value);
    }
}
