package org.budgetdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
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

/** Loading and saving a project file of 100 units × 60 functional + 30 economic lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class FileBenchmark {
    private final ProjectFiles files = new ProjectFiles();
    private Department department;
    private Path folder;
    private Path saved;
    private Path target;

    @Setup
    public void setUp() throws IOException {
        department = GeneratedDepartment.build(100, 60, 30);
        folder = Files.createTempDirectory("budgetdesk-bench");
        saved = folder.resolve("large.budget");
        target = folder.resolve("target.budget");
        files.save(department, saved);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                Files.delete(path);
            }
        }
        Files.delete(folder);
    }

    @Benchmark
    public Department load() throws ProjectFileException {
        return files.load(saved);
    }

    @Benchmark
    public void save() throws IOException {
        files.save(department, target);
    }
}
