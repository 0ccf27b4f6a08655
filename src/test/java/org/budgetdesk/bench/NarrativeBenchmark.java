package org.budgetdesk.bench;

import java.util.concurrent.TimeUnit;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeDocument;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.Snapshot;
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
 * The explanation of the consolidated department of 100 units × 60 functional + 30 economic lines: the snapshot the
 * preview takes on the UI thread, and the generation it runs in the background.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class NarrativeBenchmark {
    private final NarrativeGenerator generator = NarrativeGenerator.sichuan();
    private Department department;
    private Catalog catalog;
    private Snapshot snapshot;

    @Setup
    public void setUp() {
        department = GeneratedDepartment.build(100, 60, 30);
        catalog = Catalog.forYear(department.budgetYear().get());
        snapshot = Snapshot.of(department, department.consolidated(), catalog);
    }

    @Benchmark
    public Snapshot snapshot() {
        return Snapshot.of(department, department.consolidated(), catalog);
    }

    @Benchmark
    public NarrativeDocument generate() {
        return generator.generate(snapshot);
    }
}
