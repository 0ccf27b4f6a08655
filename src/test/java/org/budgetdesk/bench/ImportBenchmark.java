package org.budgetdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.importing.ImportException;
import org.budgetdesk.export.importing.ImportPlan;
import org.budgetdesk.export.importing.WorkbookImport;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.model.Department;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing the Sichuan tables of a department of 100 units × 60 functional + 30 economic lines back into it: reading
 * the workbook and computing the plan (which, for its own export, changes nothing), in a JVM limited to 256 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ImportBenchmark {
    private Department department;
    private Path folder;
    private Path workbook;

    @Setup
    public void setUp() throws IOException {
        department = GeneratedDepartment.build(100, 60, 30);
        folder = Files.createTempDirectory("budgetdesk-bench");
        workbook = folder.resolve("tables.xlsx");
        new XlsxExporter().export(department, workbook, ExportOptions.defaults());
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(workbook);
        Files.delete(folder);
    }

    @Benchmark
    public ImportPlan importTheSichuanTables() throws ImportException {
        return ImportPlan.of(department, WorkbookImport.read(workbook), false);
    }
}
