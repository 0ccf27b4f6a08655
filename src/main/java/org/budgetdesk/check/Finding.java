package org.budgetdesk.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found by a rule.
 *
 * @param rule      the rule's id, e.g. {@code X1}
 * @param severity  error, warning or info
 * @param location  where it is
 * @param figures   the figures the message names, as it shows them (万元 with two decimals, or percentages)
 * @param message   the message in Chinese
 * @param messageEn the message in English
 */
public record Finding(String rule, Severity severity, Location location, List<String> figures,
                      String message, String messageEn) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        figures = List.copyOf(figures);
    }

    /** The message in Chinese for a Chinese locale, in English for any other. */
    public String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? message : messageEn;
    }
}
