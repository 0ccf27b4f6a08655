package org.budgetdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N8: no placeholder is left in a text the explanation prints: XX (either case, half- or full-width), ××, 待填,
 * 待补充, ＿＿ or __. An error: the published document would show it.
 */
final class PlaceholderRule extends UnitRule {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[XxＸｘ]{2,}|[×✕╳]{2,}|待填|待补充|[＿_]{2,}");

    /** The characters a placeholder starts with: a first look cheaper than the pattern. */
    private static final String FIRST_CHARACTERS = "XxＸｘ×✕╳待＿_";

    PlaceholderRule() {
        super("N8");
    }

    @Override
    void check(Scope scope) {
        for (TextField text : TextField.of(scope.unit(), PlaceholderRule::mayHoldOne)) {
            Matcher matcher = PLACEHOLDER.matcher(text.text());
            if (matcher.find()) {
                scope.report(Severity.ERROR, scope.at(text.section(), text.code(), text.field()), "N8.placeholder",
                        text.label(), matcher.group(), text.excerpt(matcher.start(), matcher.end(), 12));
            }
        }
    }

    private static boolean mayHoldOne(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FIRST_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
