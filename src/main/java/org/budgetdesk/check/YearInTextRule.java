package org.budgetdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N7: every year a text names is the budget year, or the year before for comparisons. A year written as “2019年”
 * or starting a range (“2019—2021年”) counts; other four-digit numbers do not. A warning: a plan period may be
 * named on purpose.
 */
final class YearInTextRule extends UnitRule {
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9０-９])((?:19|20)[0-9]{2})(?=\\s*(?:年|[-－—–~～至到]\\s*(?:19|20)[0-9]{2}\\s*年))");

    YearInTextRule() {
        super("N7");
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    void check(Scope scope) {
        int budgetYear = scope.budgetYear();
        for (TextField text : TextField.of(scope.unit(), text -> text.indexOf('年') >= 0)) {
            Matcher matcher = YEAR.matcher(text.text());
            while (matcher.find()) {
                int year = Integer.parseInt(matcher.group(1));
                if (year != budgetYear && year != budgetYear - 1) {
                    scope.report(Severity.WARNING, scope.at(text.section(), text.code(), text.field()), "N7.year",
                            text.label(), matcher.group(1), String.valueOf(budgetYear),
                            String.valueOf(budgetYear - 1), text.excerpt(matcher.start(), matcher.end(), 12));
                }
            }
        }
    }
}
