package org.budgetdesk.export.xlsx;

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
 * LibreOffice as the real client: converts workbooks to one UTF-8 CSV per sheet, values as shown, in a fresh profile
 * that makes Calc recompute every formula on load instead of trusting the stored values (TOOLCHAIN.md).
 */
final class Soffice {
    /** All sheets, UTF-8, values as shown (TOOLCHAIN.md). */
    static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
    private static final String RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    private final Path executable;

    private Soffice(Path executable) {
        this.executable = executable;
    }

    /** LibreOffice on the PATH (or in its macOS place), if installed. */
    static Optional<Soffice> find() {
        List<Path> candidates = new ArrayList<>();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                candidates.add(Path.of(folder, "soffice"));
                candidates.add(Path.of(folder, "soffice.exe"));
            }
        }
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Soffice::new);
    }

    /** Converts the workbooks; the CSV of sheet S of NAME.xlsx is {@code out/NAME-S.csv}. */
    void toCsv(Path work, Path out, List<Path> workbooks) throws IOException, InterruptedException {
        Path profile = work.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALCULATE, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", CSV_FILTER, "--outdir", out.toString()));
        workbooks.forEach(workbook -> command.add(workbook.toString()));
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish in 3 minutes: " + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new IOException("LibreOffice failed (" + process.exitValue() + "): " + Files.readString(log));
        }
    }

    /** True on a CI machine, where LibreOffice must be there (.ci/run installs it). */
    static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
