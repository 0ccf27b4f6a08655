package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command line answers every start with words, never a stack trace. */
class CliSafetyTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Cli cli(Locale locale) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale);
    }

    @Test
    void helpInEveryspellingPrintsTheUsageAndTheExitCodes() {
        for (String help : List.of("help", "--help", "-h")) {
            assertThat(Cli.isCommand(help)).isTrue();
            out.reset();
            assertThat(cli(Locale.ENGLISH).run(List.of(help))).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage", "summary", "export", "Exit codes");
        }
        out.reset();
        assertThat(cli(Locale.SIMPLIFIED_CHINESE).run(List.of("--help"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("用法", "退出码");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void versionPrintsTheProgramAndItsVersion() {
        assertThat(Cli.isCommand("--version")).isTrue();
        assertThat(cli(Locale.ENGLISH).run(List.of("--version"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("BudgetDesk ");
    }

    @Test
    void runningOutOfMemoryInACommandIsAClearMessageAndExitTwo() {
        CliCommand greedy = (context, arguments) -> {
            throw new OutOfMemoryError("Java heap space");
        };

        assertThat(cli(Locale.SIMPLIFIED_CHINESE).run(greedy, List.of())).isEqualTo(Cli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("项目太大，可用内存不足")
                .doesNotContain("OutOfMemoryError");
        err.reset();
        assertThat(cli(Locale.ENGLISH).run(greedy, List.of())).isEqualTo(Cli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("too large for the memory");
    }
}
