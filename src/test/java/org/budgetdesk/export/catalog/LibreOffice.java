package org.budgetdesk.export.catalog;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** LibreOffice as the program that writes the user's file: converts a workbook in a fresh profile, if installed. */
final class LibreOffice {
    private final Path executable;

    private LibreOffice(Path executable) {
        this.executable = executable;
    }

    static Optional<LibreOffice> find() {
        List<Path> candidates = new ArrayList<>();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                candidates.add(Path.of(folder, "soffice"));
                candidates.add(Path.of(folder, "soffice.exe"));
            }
        }
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(LibreOffice::new);
    }

    /** True on a CI machine, where LibreOffice must be there (.ci/run installs it). */
    static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** Converts {@code input} to {@code format} (e.g. "xlsx") in {@code out}; returns the written file. */
    Path convert(Path work, Path input, String format, Path out) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        Files.createDirectories(out);
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", out.toString(),
                input.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish in 3 minutes: " + Files.readString(log));
        }
        String name = input.getFileName().toString();
        Path written = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (process.exitValue() != 0 || !Files.exists(written)) {
            throw new IOException("LibreOffice failed (" + process.exitValue() + "): " + Files.readString(log));
        }
        return written;
    }
}
