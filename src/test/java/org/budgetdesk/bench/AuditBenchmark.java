package org.budgetdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.audit.AuditReport;
import org.budgetdesk.audit.Auditor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The text audit of a 30-page explanation (about 45,000 characters, ~1,500 per page): the published 2021 text and
 * the three test texts of other styles, repeated. Goal: under 1 s after start-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class AuditBenchmark {
    static final int PAGES = 30;
    static final int CHARACTERS_PER_PAGE = 1500;
    private final Auditor auditor = new Auditor();
    private String text;

    @Setup
    public void setUp() {
        text = thirtyPages();
    }

    /** The texts of four styles, repeated to 30 pages. */
    static String thirtyPages() {
        String[] names = {"leshan-2021-published.txt", "sichuan-2022.txt", "central-2022.txt", "yuan-2023.txt"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; out.length() < PAGES * CHARACTERS_PER_PAGE; i++) {
            out.append(read(names[i % names.length])).append('\n');
        }
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = AuditBenchmark.class.getResourceAsStream("/org/budgetdesk/audit/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public AuditReport auditThirtyPages() {
        return auditor.audit(text);
    }
}
