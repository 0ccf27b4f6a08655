package org.budgetdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings of the application, from {@code org/budgetdesk/i18n/messages*.properties}: Chinese
 * (zh-CN) by default, English as the second bundle. Keys are dotted, feature first: {@code summary.income}.
 */
public final class Messages {
    private static final String BUNDLE = "org.budgetdesk.i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for a Chinese locale, English for any other. */
    public static Messages forLocale(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return new Messages(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key; the key itself in brackets when it is missing, so a gap shows instead of failing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text for a key with {0}, {1}… filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** The label of an enum constant: key {@code SimpleClassName.CONSTANT}. */
    public String of(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
