package org.budgetdesk.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.model.Ratio;

/**
 * The message templates of the rules, from {@code org/budgetdesk/check/rules.properties} (English) and
 * {@code rules_zh_CN.properties}, and the arguments they are filled with: a {@link Figure} is a number the message
 * names (and the finding lists), a {@link Term} is a word looked up in each language, anything else (a code, a
 * name, a text excerpt) is shown as it is. A {@link Name} is a figure's name from the figure schema, in each language.
 */
final class RuleText {
    private static final String BUNDLE = "org.budgetdesk.check.rules";
    private static final Language CHINESE = new Language(Locale.SIMPLIFIED_CHINESE);
    private static final Language ENGLISH = new Language(Locale.ROOT);

    /** One language's templates, each parsed once. */
    private static final class Language {
        private final boolean chinese;
        private final ResourceBundle bundle;
        private final Map<String, Template> templates = new ConcurrentHashMap<>();

        Language(Locale locale) {
            this.chinese = "zh".equals(locale.getLanguage());
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String format(String key, Object[] arguments) {
            String[] filled = new String[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                filled[i] = arguments[i] instanceof Term term ? format(term.key(), term.arguments())
                        : arguments[i] instanceof Name name ? (chinese ? name.chinese() : name.english())
                        : String.valueOf(arguments[i]);
            }
            return templates.computeIfAbsent(key, k -> Template.parse(text(k))).fill(filled);
        }

        private String text(String key) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return "[" + key + "]";
            }
        }
    }

    /** A figure as the message shows it. */
    record Figure(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A template of the rules bundle, filled and translated in each message (a word, or a label like 第3段). */
    record Term(String key, Object... arguments) implements Words {
    }

    /** Words given in each language: a Term looked up in the rules bundle, or a Name given as it is. */
    sealed interface Words permits Term, Name {
    }

    /** A name given in both languages, not looked up: a figure's name as the figure schema declares it. */
    record Name(String chinese, String english) implements Words {
    }

    private RuleText() {
    }

    /** The name of a figure of the schema (not to be confused with {@link Figure}, a number a message shows). */
    static Name name(org.budgetdesk.model.Figure figure) {
        return new Name(figure.chinese(), figure.english());
    }

    /** An amount in 万元 with two decimals, rounded half-up by {@link Numbers}. */
    static Figure wan(BigDecimal yuan) {
        return new Figure(Numbers.fixed(yuan, DisplayUnit.WAN_YUAN));
    }

    /** A percentage with two decimals, or "—" when there is no basis. */
    static Figure percent(Ratio ratio) {
        return new Figure(Numbers.percent(ratio, 2).orElse("—"));
    }

    /** A count (vehicles, items). */
    static Figure count(int count) {
        return new Figure(Integer.toString(count));
    }

    /** An amount already rounded to 万元 (a sum of rounded figures, a gap between them). */
    static Figure shown(BigDecimal wan) {
        return new Figure(wan.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * A difference in 万元: two decimals, or exactly (0.000001 for one fen) when it would round to 0.00, so a gap
     * of a few 元 never reads as none.
     */
    static Figure gap(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        String rounded = Numbers.fixed(abs, DisplayUnit.WAN_YUAN);
        return new Figure(abs.signum() != 0 && DisplayUnit.WAN_YUAN.fromYuan(abs).signum() == 0
                ? DisplayUnit.WAN_YUAN.exactFromYuan(abs).toPlainString() : rounded);
    }

    static Term term(String key, Object... arguments) {
        return new Term(key, arguments);
    }

    /** A finding whose message is the template {@code key} filled with the arguments, in both languages. */
    static Finding finding(String rule, Severity severity, Location location, String key, Object... arguments) {
        List<String> figures = new ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof Figure figure) {
                figures.add(figure.text());
            }
        }
        return new Finding(rule, severity, location, figures,
                CHINESE.format(key, arguments), ENGLISH.format(key, arguments));
    }
}
