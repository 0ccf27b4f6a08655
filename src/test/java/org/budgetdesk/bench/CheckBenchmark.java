package org.budgetdesk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every consistency check on a department of 100 and 1,000 units × 60 functional + 30 economic lines and its
 * consolidated view: with the workbench's cached catalog (what a live recheck costs) and from scratch, catalog
 * included (the {@code check} command). The generated amounts are random, so thousands of findings are formatted too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class CheckBenchmark {
    @Param({"100", "1000"})
    int units;
    private final Checker checker = new Checker();
    private Department department;
    private Catalog catalog;

    @Setup
    public void setUp() {
        department = GeneratedDepartment.build(units, 60, 30);
        catalog = Catalog.forYear(2021).withCustomCodes(department.customFunctionalCodes(),
                department.customEconomicCodes());
    }

    @Benchmark
    public List<Finding> checkWithTheCachedCatalog() {
        return checker.check(department, catalog);
    }

    @Benchmark
    public List<Finding> checkFromScratch() {
        return checker.check(department);
    }
}
