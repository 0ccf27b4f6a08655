package org.budgetdesk.ui.other;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.ui.common.FieldCommit;

/**
 * An amount entered outside a sheet: shows the amount grouped in the display unit (1,813.00), the exact figure
 * while it has the focus, and hands typed text to {@code commit} (which parses it with {@code AmountInput} and
 * runs {@code Edits.setAmount}) on Enter or when the focus leaves; a refusal is shown in
 * {@link #messageProperty()}.
 */
public final class AmountField {
    private final TextField field = new TextField();
    private final FieldCommit commit;

    public AmountField(String id, String accessibleText, ObservableValue<BigDecimal> value,
                       ObservableValue<DisplayUnit> unit, Function<String, String> commit) {
        this(id, accessibleText, value, unit, commit, "");
    }

    /** A field whose amount may be {@code null} (a prior not published), shown as {@code none}. */
    public AmountField(String id, String accessibleText, ObservableValue<BigDecimal> value,
                       ObservableValue<DisplayUnit> unit, Function<String, String> commit, String none) {
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setPrefColumnCount(10);
        ObservableValue<String> shown = Bindings.createStringBinding(
                () -> value.getValue() == null ? none : Numbers.grouped(value.getValue(), unit.getValue()),
                value, unit);
        ObservableValue<String> exact = Bindings.createStringBinding(
                () -> value.getValue() == null ? none : unit.getValue().exactFromYuan(value.getValue()).toPlainString(),
                value, unit);
        this.commit = FieldCommit.install(field, shown, exact, commit);
    }

    public TextField node() {
        return field;
    }

    /** Why the last text was refused; empty after an accepted edit. */
    public ReadOnlyStringProperty messageProperty() {
        return commit.messageProperty();
    }
}
