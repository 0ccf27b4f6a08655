package org.budgetdesk.ui.common;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.undo.Edits;

/** The kinds of column the section tabs use: fixed text, entered or derived amounts, percentages, entered text. */
public final class SheetColumns {
    private static final double AMOUNT_WIDTH = 110;

    private SheetColumns() {
    }

    /** A read-only text column. */
    public static <R> SheetColumn<R> label(String id, String header, double width, Function<R, String> text) {
        return new SheetColumn<>(id, header, width, false, row -> new ReadOnlyStringWrapper(text.apply(row)),
                null, row -> false);
    }

    /** A read-only text column whose text may change. */
    public static <R> SheetColumn<R> liveLabel(String id, String header, double width,
                                               Function<R, ObservableValue<String>> text) {
        return new SheetColumn<>(id, header, width, false, text, null, row -> false);
    }

    /** A derived amount, shown in the display unit. */
    public static <R> SheetColumn<R> derivedAmount(String id, String header, Function<R, ObservableValue<BigDecimal>> value,
                                                   ObservableValue<DisplayUnit> unit) {
        return new SheetColumn<>(id, header, AMOUNT_WIDTH, true, row -> shown(value.apply(row), unit), null, row -> false);
    }

    /**
     * An amount entered on the rows {@code editable} accepts (through {@code target}) and derived on the others.
     * Text is read in the display unit and stored in 元; refused text gets its message.
     */
    public static <R> SheetColumn<R> amount(String id, String header, Function<R, ObservableValue<BigDecimal>> value,
                                            Function<R, ObjectProperty<BigDecimal>> target, Predicate<R> editable,
                                            ObservableValue<DisplayUnit> unit, Messages messages) {
        SheetColumn.Editor<R> editor = new SheetColumn.Editor<>() {
            @Override
            public String editText(R row) {
                return unit.getValue().exactFromYuan(target.apply(row).get()).toPlainString();
            }

            @Override
            public CellEdit commit(R row, String text) {
                AmountInput.Result result = AmountInput.parse(text, unit.getValue());
                if (!result.isValid()) {
                    return CellEdit.refused(messages.format("input.error." + result.error().name(), text.strip()));
                }
                ObjectProperty<BigDecimal> property = target.apply(row);
                if (result.yuan().compareTo(property.get()) == 0) {
                    return CellEdit.of(null);
                }
                return CellEdit.of(Edits.setAmount(property, result.yuan()));
            }
        };
        return new SheetColumn<>(id, header, AMOUNT_WIDTH, true, row -> shown(value.apply(row), unit), editor, editable);
    }

    /**
     * A prior-year amount, entered like {@link #amount} or marked not published (未公开: type the word, or paste the
     * “—” a table shows), which is shown as the word; totals over one are not published either.
     */
    public static <R> SheetColumn<R> priorAmount(String id, String header,
                                                 Function<R, ObservableValue<BigDecimal>> value,
                                                 Function<R, ObjectProperty<BigDecimal>> target, Predicate<R> editable,
                                                 ObservableValue<DisplayUnit> unit, Messages messages) {
        String notPublished = messages.get("input.notPublished");
        SheetColumn.Editor<R> editor = new SheetColumn.Editor<>() {
            @Override
            public String editText(R row) {
                BigDecimal prior = target.apply(row).get();
                return prior == null ? notPublished : unit.getValue().exactFromYuan(prior).toPlainString();
            }

            @Override
            public CellEdit commit(R row, String text) {
                AmountInput.Result result = AmountInput.parsePrior(text, unit.getValue(), notPublished);
                if (!result.isValid()) {
                    return CellEdit.refused(messages.format("input.error." + result.error().name(), text.strip()));
                }
                ObjectProperty<BigDecimal> property = target.apply(row);
                return CellEdit.of(Amounts.sameOrBothUnknown(property.get(), result.yuan()) ? null
                        : Edits.setPriorAmount(property, result.yuan()));
            }
        };
        return new SheetColumn<>(id, header, AMOUNT_WIDTH, true,
                row -> shown(value.apply(row), unit, notPublished), editor, editable);
    }

    /** A percentage with two decimals, or a dash when it has no basis. */
    public static <R> SheetColumn<R> percent(String id, String header, Function<R, ObservableValue<Ratio>> ratio) {
        return new SheetColumn<>(id, header, 90, true, row -> {
            ObservableValue<Ratio> value = ratio.apply(row);
            return Bindings.createStringBinding(
                    () -> Numbers.percent(value.getValue(), 2).map(text -> text + "%").orElse("—"), value);
        }, null, row -> false);
    }

    /** Free text entered on the rows {@code editable} accepts. */
    public static <R> SheetColumn<R> text(String id, String header, double width, Function<R, StringProperty> target,
                                          Predicate<R> editable) {
        SheetColumn.Editor<R> editor = new SheetColumn.Editor<>() {
            @Override
            public String editText(R row) {
                return target.apply(row).get();
            }

            @Override
            public CellEdit commit(R row, String text) {
                StringProperty property = target.apply(row);
                return CellEdit.of(text.equals(property.get()) ? null : Edits.setText(property, text));
            }
        };
        return new SheetColumn<>(id, header, width, false,
                row -> editable.test(row) ? target.apply(row) : new ReadOnlyStringWrapper(""), editor, editable);
    }

    /** An amount in the display unit; blank for none (a change whose prior is not published). */
    private static ObservableValue<String> shown(ObservableValue<BigDecimal> value, ObservableValue<DisplayUnit> unit) {
        return shown(value, unit, "");
    }

    private static ObservableValue<String> shown(ObservableValue<BigDecimal> value, ObservableValue<DisplayUnit> unit,
                                                 String none) {
        return Bindings.createStringBinding(() -> value.getValue() == null ? none
                : Numbers.grouped(value.getValue(), unit.getValue()), value, unit);
    }
}
