package org.budgetdesk.bench;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
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
 * One edit of a functional line in a department of 100 units × 60 functional + 30 economic lines: the line, its
 * 款, 类, unit total, source total and the consolidated department's groups all update. Sample time gives the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class EditBenchmark {
    private Department department;
    private FunctionalLine line;
    private long counter;

    @Setup
    public void setUp() {
        department = GeneratedDepartment.build(100, 60, 30);
        line = department.units().get(57).functional().lines().get(23);
    }

    @Benchmark
    public BigDecimal editOneLineAndReadTheDepartmentTotal() {
        line.personnel().set(BigDecimal.valueOf(++counter % 1_000_000, 2));
        return department.consolidated().functional().total().total().get();
    }
}
