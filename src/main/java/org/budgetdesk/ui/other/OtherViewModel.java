package org.budgetdesk.ui.other;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.format.FullWidth;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.StateAssets;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.AmountInput;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;

/**
 * The logic of the 机关运行经费及其他 tab: entered amounts, counts and texts of the viewed unit, each a command
 * through the undo manager or a refusal message, and the live figures and warnings the sections show.
 */
public final class OtherViewModel {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private final Document document;
    private final Messages messages;

    public OtherViewModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    Document document() {
        return document;
    }

    /** A figure of the viewed unit, following it when another unit is viewed. */
    public <T> ObservableValue<T> viewed(Function<Unit, ? extends ObservableValue<T>> figure) {
        return document.viewedUnitProperty().flatMap(figure);
    }

    /**
     * Sets an amount of the viewed unit from text typed in the display unit.
     *
     * @return null when set (or unchanged), else why the text is refused
     */
    public String setAmount(Function<Unit, ObjectProperty<BigDecimal>> target, String text) {
        if (document.readOnlyProperty().get()) {
            return messages.get("other.readOnly");
        }
        AmountInput.Result result = AmountInput.parse(text, document.displayUnitProperty().get());
        if (!result.isValid()) {
            return messages.format("input.error." + result.error().name(), text == null ? "" : text.strip());
        }
        ObjectProperty<BigDecimal> property = target.apply(document.viewedUnitProperty().get());
        if (property.get() == null || result.yuan().compareTo(property.get()) != 0) {
            document.undoManager().execute(Edits.setAmount(property, result.yuan()));
        }
        return null;
    }

    /**
     * Sets a prior-year amount of the viewed unit from typed text, or marks it not published (未公开).
     *
     * @return null when set (or unchanged), else why the text is refused
     */
    public String setPriorAmount(Function<Unit, ObjectProperty<BigDecimal>> target, String text) {
        if (document.readOnlyProperty().get()) {
            return messages.get("other.readOnly");
        }
        AmountInput.Result result = AmountInput.parsePrior(text, document.displayUnitProperty().get(),
                messages.get("input.notPublished"));
        if (!result.isValid()) {
            return messages.format("input.error." + result.error().name(), text == null ? "" : text.strip());
        }
        ObjectProperty<BigDecimal> property = target.apply(document.viewedUnitProperty().get());
        if (!Amounts.sameOrBothUnknown(property.get(), result.yuan())) {
            document.undoManager().execute(Edits.setPriorAmount(property, result.yuan()));
        }
        return null;
    }

    /**
     * Sets a count of the viewed unit (vehicles, equipment) from typed text: a whole number from 0 to
     * {@link StateAssets#MAX_COUNT}; empty means zero.
     *
     * @return null when set (or unchanged), else why the text is refused
     */
    public String setCount(Function<Unit, IntegerProperty> target, String text) {
        if (document.readOnlyProperty().get()) {
            return messages.get("other.readOnly");
        }
        // full-width digits (１２) as typed with a Chinese input method, and a trailing 辆/台/个 are read as the number
        String cleaned = text == null ? "" : FullWidth.toAscii(text).strip().replaceFirst("\\s*[辆台个件套]$", "");
        int value;
        if (cleaned.isEmpty()) {
            value = 0;
        } else if (!INTEGER.matcher(cleaned).matches()) {
            return messages.format("other.count.notInteger", cleaned);
        } else if (cleaned.startsWith("-") && cleaned.chars().anyMatch(c -> c > '0' && c <= '9')) {
            return messages.format("other.count.negative", cleaned);
        } else {
            try {
                value = Integer.parseInt(cleaned.startsWith("-") ? "0" : cleaned);
            } catch (NumberFormatException e) {
                value = Integer.MAX_VALUE;
            }
            if (value > StateAssets.MAX_COUNT) {
                return messages.format("other.count.tooLarge", cleaned);
            }
        }
        IntegerProperty property = target.apply(document.viewedUnitProperty().get());
        if (value != property.get()) {
            document.undoManager().execute(Edits.setCount(property, value));
        }
        return null;
    }

    /** Sets a text of the viewed unit; null when set, else why not. */
    public String setText(Function<Unit, StringProperty> target, String text) {
        if (document.readOnlyProperty().get()) {
            return messages.get("other.readOnly");
        }
        StringProperty property = target.apply(document.viewedUnitProperty().get());
        String value = text == null ? "" : text;
        if (!value.equals(property.get())) {
            document.undoManager().execute(Edits.setText(property, value));
        }
        return null;
    }

    /** An amount of the viewed unit as tables show it, in the display unit with thousands separators. */
    public ObservableValue<String> grouped(Function<Unit, ? extends ObservableValue<BigDecimal>> figure) {
        ObservableValue<BigDecimal> value = viewed(figure);
        var unit = document.displayUnitProperty();
        return Bindings.createStringBinding(
                () -> value.getValue() == null ? "" : Numbers.grouped(value.getValue(), unit.get()), value, unit);
    }

    /** The change of a compared figure of the viewed unit, in the display unit. */
    public ObservableValue<String> change(Function<Unit, Compared> figure) {
        return groupedOf(viewed(unit -> figure.apply(unit).yearOnYear()).map(yoy -> yoy.change()));
    }

    /** The growth rate of a compared figure of the viewed unit, or a dash when the prior is zero. */
    public ObservableValue<String> rate(Function<Unit, Compared> figure) {
        return viewed(unit -> figure.apply(unit).yearOnYear())
                .map(yoy -> Numbers.percent(yoy.rate(), 2).map(rate -> rate + "%").orElse("—"));
    }

    private ObservableValue<String> groupedOf(ObservableValue<BigDecimal> value) {
        var unit = document.displayUnitProperty();
        return Bindings.createStringBinding(() -> Numbers.grouped(value.getValue(), unit.get()), value, unit);
    }

    /** A warning when 机关运行经费 exceeds the unit's 公用经费 (check X14), else empty. */
    public ObservableValue<String> operatingCostsWarning() {
        ObservableValue<BigDecimal> operating = viewed(unit -> unit.operatingCosts().current());
        ObservableValue<BigDecimal> publicCosts = viewed(unit -> unit.functional().total().publicCosts());
        var unit = document.displayUnitProperty();
        return Bindings.createStringBinding(() -> operating.getValue().compareTo(publicCosts.getValue()) > 0
                ? messages.format("other.operatingCosts.overPublicCosts",
                        Numbers.grouped(operating.getValue(), unit.get()),
                        Numbers.grouped(publicCosts.getValue(), unit.get()), unitName())
                : "", operating, publicCosts, unit);
    }

    /** True while the viewed unit plans no procurement (未安排政府采购预算). */
    public ObservableValue<Boolean> procurementNone() {
        return viewed(unit -> unit.procurement().total()).map(total -> total.signum() == 0);
    }

    /** “金额单位：万元”, following the display unit. */
    public ObservableValue<String> unitCaption() {
        return document.displayUnitProperty().map(unit -> messages.format("other.unit", unitName()));
    }

    String unitName() {
        return messages.get("other.unit." + document.displayUnitProperty().get().name());
    }
}
