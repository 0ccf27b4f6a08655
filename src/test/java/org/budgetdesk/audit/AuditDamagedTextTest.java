package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real texts arrive damaged — a PDF's text layer with lines cut mid-number, a paste missing a character, a
 * bracket never closed: the audit reads any of them to the end and reports what it finds, never an exception.
 * Each case damages one of the test texts at random in up to thirty places, and audits it alone or against the
 * sample project.
 */
class AuditDamagedTextTest {
    private static final List<String> TEXTS = List.of(AuditTexts.SEED, AuditTexts.SICHUAN, AuditTexts.CENTRAL,
            AuditTexts.YUAN, AuditTexts.GUANGDONG, AuditTexts.HUNAN, AuditTexts.MUNICIPAL);
    /** What damage inserts: the characters the audit's patterns turn on. */
    private static final String INSERTED = "0123456789.,，。；：、（）()%％万元其中增加减少增长下降持平占比上年预算数决算\n ";

    static LongStream seeds() {
        return RandomValues.seeds(150);
    }

    @SeededTest
    @MethodSource("seeds")
    void aDamagedTextIsAuditedToTheEnd(long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(AuditTexts.read(RandomValues.oneOf(random, TEXTS)));
        int damages = RandomValues.between(random, 1, 30);
        for (int i = 0; i < damages && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, RandomValues.between(random, 1, 40));
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, at + length);
                case 1 -> text.insert(at, text.substring(at, at + length));
                case 2 -> text.insert(at, RandomValues.text(random, INSERTED, 8));
                default -> text.setCharAt(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
            }
        }

        AuditReport report = random.nextBoolean() ? new Auditor().audit(text.toString())
                : new Auditor().audit(text.toString(), SampleProject.load());

        assertThat(report.findings()).allSatisfy(finding -> {
            assertThat(finding.sentence()).isNotNull();
            assertThat(finding.kind()).isNotNull();
        });
    }
}
