package org.budgetdesk.export.docx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice and poppler as the real clients of an exported file: convert a .docx to PDF, take its text, render a
 * page. Missing tools skip the test with a printed notice, except on CI (the CI variable set), where {@code .ci/run}
 * installs them and their absence is a failure.
 */
final class LibreOffice {
    private LibreOffice() {
    }

    /** The path of a program on the PATH (or, for soffice, in its usual places); skips or fails when missing. */
    static String require(String program) {
        Optional<String> found = find(program);
        if (found.isEmpty()) {
            String notice = program + " is not installed: skipping the LibreOffice check of the .docx"
                    + " (bash .ci/run installs it)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(notice.replace("skipping", "cannot run"));
            }
            System.out.println("NOTICE: " + notice);
        }
        assumeTrue(found.isPresent(), program + " is not installed");
        return found.get();
    }

    /** Converts a file to PDF in {@code folder} with a fresh LibreOffice profile; returns the PDF. */
    static Path toPdf(Path file, Path folder) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "profile");
        try {
            run(List.of(require("soffice"), "--headless", "-env:UserInstallation=" + profile.toUri(),
                    "--convert-to", "pdf", "--outdir", folder.toString(), file.toString()));
        } finally {
            deleteTree(profile);
        }
        String name = file.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            throw new AssertionError("LibreOffice wrote no PDF for " + file);
        }
        return pdf;
    }

    /** The PDF's text, as pdftotext reads it. */
    static String text(Path pdf) throws IOException, InterruptedException {
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of(require("pdftotext"), "-enc", "UTF-8", pdf.toString(), text.toString()));
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    /** Renders pages {@code first}–{@code last} at 80 dpi; returns the PNG files. */
    static List<Path> render(Path pdf, int first, int last) throws IOException, InterruptedException {
        Path prefix = pdf.resolveSibling("page");
        run(List.of(require("pdftoppm"), "-r", "80", "-png", "-f", Integer.toString(first), "-l",
                Integer.toString(last), pdf.toString(), prefix.toString()));
        List<Path> pages = new ArrayList<>();
        try (var files = Files.list(pdf.getParent())) {
            files.filter(path -> path.getFileName().toString().matches("page-\\d+\\.png")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** What pdfinfo says of a PDF (page size, pages, author…). */
    static String info(Path pdf) throws IOException, InterruptedException {
        return run(List.of(require("pdfinfo"), pdf.toString()));
    }

    /** The fonts pdffonts lists in a PDF, one line each. */
    static String fonts(Path pdf) throws IOException, InterruptedException {
        return run(List.of(require("pdffonts"), pdf.toString()));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " exited with " + process.exitValue() + ": "
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Optional<String> find(String program) {
        List<Path> candidates = new ArrayList<>();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                candidates.add(Path.of(folder, program));
                candidates.add(Path.of(folder, program + ".exe"));
            }
        }
        if (program.equals("soffice")) {
            candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
            candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
        }
        return candidates.stream().filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}
