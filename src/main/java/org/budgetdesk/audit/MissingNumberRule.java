package org.budgetdesk.audit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdesk.check.Severity;

/** A number left out (“占基本支出预算%”, “增加万元”) or a placeholder left in (【待填写】, XX万元, ××). */
final class MissingNumberRule implements AuditRule {

    @Override
    public void check(AuditContext context) {
        Pattern gap = context.cues.missing;
        for (Paragraph paragraph : context.parsed.document().paragraphs()) {
            Matcher m = gap.matcher(paragraph.norm());
            int reportedUpTo = -1;
            while (m.find()) {
                if (m.start() < reportedUpTo) {
                    continue;
                }
                Sentence sentence = sentenceAt(paragraph, m.start());
                Figure where = new Figure(m.start() - sentence.start(), m.end() - sentence.start(), m.group(),
                        java.math.BigDecimal.ZERO, 0, "", java.math.BigDecimal.ZERO);
                context.findings.add(new AuditFinding(FindingKind.MISSING_NUMBER, "", Severity.ERROR,
                        TextLocation.of(paragraph), AuditContext.quote(sentence, where),
                        paragraph.text().substring(m.start(), m.end()), "—", List.of()));
                reportedUpTo = sentence.end();
            }
        }
    }

    private static Sentence sentenceAt(Paragraph paragraph, int at) {
        for (Sentence sentence : Sentences.split(paragraph)) {
            if (at < sentence.end()) {
                return sentence;
            }
        }
        return new Sentence(paragraph, 0, paragraph.norm().length());
    }
}
