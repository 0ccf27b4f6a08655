package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.audit.read.AuditSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explanations printed to PDF by LibreOffice (the way most are published), read back through their text layer: the
 * wrapped lines are joined again and the audit finds what it finds in the text. Skipped with a notice where
 * {@code soffice} is missing, except on CI.
 */
class AuditPdfTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void print() throws Exception {
        String soffice = find("soffice");
        List<String> command = new ArrayList<>(List.of(soffice, "--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                folder.toString()));
        for (String name : List.of(AuditTexts.SEED, AuditTexts.SICHUAN, AuditTexts.CENTRAL)) {
            Path text = folder.resolve(name);
            Files.writeString(text, AuditTexts.read(name), StandardCharsets.UTF_8);
            command.add(text.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).isTrue();
    }

    private static AuditReport audit(String name) throws Exception {
        return new Auditor().audit(AuditSources.read(folder.resolve(name.replace(".txt", ".pdf"))));
    }

    @Test
    void theSeedPrintedToPdfStillHasExactlyItsThreeSlips() throws Exception {
        assertThat(audit(AuditTexts.SEED).findings()).extracting(AuditFinding::kind, AuditFinding::stated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.PARTS_TOTAL, "690.58万元"),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.PARTS_TOTAL, "54.39万元"),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.YEAR, "2020"));
    }

    @Test
    void textsWithoutSlipsPrintedToPdfGiveNoFinding() throws Exception {
        assertThat(audit(AuditTexts.SICHUAN).findings()).isEmpty();
        assertThat(audit(AuditTexts.CENTRAL).findings()).isEmpty();
        assertThat(audit(AuditTexts.SICHUAN).statements()).isGreaterThan(40);
    }

    private static String find(String program) {
        Optional<Path> found = Optional.empty();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                found = Optional.of(candidate);
                break;
            }
        }
        if (found.isEmpty()) {
            String notice = program + " is not installed: skipping the audit of PDF explanations"
                    + " (bash .ci/run installs it)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(notice.replace("skipping", "cannot run"));
            }
            System.out.println("NOTICE: " + notice);
        }
        assumeTrue(found.isPresent(), program + " is not installed");
        return found.get().toString();
    }
}
