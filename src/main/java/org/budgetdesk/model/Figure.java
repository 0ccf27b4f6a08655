package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * One figure of a unit, as the {@link FigureSchema} declares it: every layer that treats figures alike (the file,
 * consolidation, draft comparison, checks, the explanation, the tables, the workbench's form of added figures) reads
 * this instead of naming fields.
 *
 * @param key      the figure's name in the file, comparisons and findings; {@code part/FUND} for a fund's share
 * @param section  the workbench tab it is entered on
 * @param kind     what it holds
 * @param stated   whether the explanation states its change, which then needs a reason
 * @param partOf   the key of the figure it is a part of, or null
 * @param whole    for a fund's share ({@code overseasTravel/GOVERNMENT_FUND}): the key of the figure it splits
 * @param fund     for a fund's share: the fund; otherwise null
 * @param chinese  its name in Chinese
 * @param english  its name in English
 * @param access   where a unit holds it: a {@link ComparedAmount}, an {@code ObjectProperty<BigDecimal>}, an
 *                 {@link IntegerProperty} or a {@link StringProperty}, by kind
 */
public record Figure(String key, DisclosureSection section, FigureKind kind, boolean stated, String partOf,
                     String whole, Fund fund, String chinese, String english, Function<Unit, Object> access) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(access, "access");
    }

    /** Its name in the language of the locale: Chinese for any Chinese locale, English otherwise. */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    /** True for a fund's share of another figure. */
    public boolean isShare() {
        return whole != null;
    }

    /** @throws IllegalStateException unless it is {@link FigureKind#COMPARED} */
    public ComparedAmount compared(Unit unit) {
        return (ComparedAmount) held(unit, FigureKind.COMPARED);
    }

    /** @throws IllegalStateException unless it is {@link FigureKind#AMOUNT} */
    @SuppressWarnings("unchecked")
    public ObjectProperty<BigDecimal> amount(Unit unit) {
        return (ObjectProperty<BigDecimal>) held(unit, FigureKind.AMOUNT);
    }

    /** @throws IllegalStateException unless it is {@link FigureKind#COUNT} */
    public IntegerProperty count(Unit unit) {
        return (IntegerProperty) held(unit, FigureKind.COUNT);
    }

    /** @throws IllegalStateException unless it is {@link FigureKind#TEXT} */
    public StringProperty text(Unit unit) {
        return (StringProperty) held(unit, FigureKind.TEXT);
    }

    private Object held(Unit unit, FigureKind wanted) {
        if (kind != wanted) {
            throw new IllegalStateException(key + " is " + kind + ", not " + wanted);
        }
        return access.apply(unit);
    }
}
