package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The figures of a unit that the schema adds beyond the built-in ones, held by key and made when first asked for.
 * A file may also hold keys this build does not declare (written by a build with a larger schema): they are kept
 * here as well, so that saving loses nothing.
 */
public final class AddedFigures {
    private final Map<String, ComparedAmount> compared = new LinkedHashMap<>();
    private final Map<String, ObjectProperty<BigDecimal>> amounts = new LinkedHashMap<>();
    private final Map<String, IntegerProperty> counts = new LinkedHashMap<>();
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();

    public ComparedAmount compared(String key) {
        return compared.computeIfAbsent(key, k -> new ComparedAmount());
    }

    public ObjectProperty<BigDecimal> amount(String key) {
        return amounts.computeIfAbsent(key, k -> new SimpleObjectProperty<>(this, k, Amounts.ZERO));
    }

    public IntegerProperty count(String key) {
        return counts.computeIfAbsent(key, k -> new SimpleIntegerProperty(this, k, 0));
    }

    public StringProperty text(String key) {
        return texts.computeIfAbsent(key, k -> new SimpleStringProperty(this, k, ""));
    }

    /** The compared figures held, by key, in the order they were first asked for. */
    public Map<String, ComparedAmount> comparedByKey() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(compared));
    }

    public Map<String, ObjectProperty<BigDecimal>> amountsByKey() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }

    public Map<String, IntegerProperty> countsByKey() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public Map<String, StringProperty> textsByKey() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
