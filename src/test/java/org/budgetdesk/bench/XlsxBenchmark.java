package org.budgetdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.model.Department;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exporting the Sichuan tables and charts of a department of 100 and 1,000 units × 60 functional + 30 economic
 * lines to .xlsx, in a JVM limited to 256 MB of heap: warmed up, and the first export of a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class XlsxBenchmark {
    @Param({"100", "1000"})
    int units;
    private final XlsxExporter exporter = new XlsxExporter();
    private Department department;
    private Path folder;
    private Path target;

    @Setup
    public void setUp() throws IOException {
        department = GeneratedDepartment.build(units, 60, 30);
        folder = Files.createTempDirectory("budgetdesk-bench");
        target = folder.resolve("tables.xlsx");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(target);
        Files.delete(folder);
    }

    @Benchmark
    public void exportTheSichuanTables() throws IOException {
        exporter.export(department, target, ExportOptions.defaults());
    }

    /** The first export in a fresh JVM, as the command line does it: class loading and all, no warm-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx256m")
    public void firstExportInAFreshJvm() throws IOException {
        exporter.export(department, target, ExportOptions.defaults());
    }
}
