package org.budgetdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.ProjectSnapshot;
import org.budgetdesk.model.Department;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Loading and saving a project file of 100 and 1,000 units × 60 functional + 30 economic lines, in a JVM of 256 MB,
 * and the snapshot the workbench takes on the UI thread for a save, a recovery copy or an export against the bytes
 * it once made there.
 * Each benchmark has its own state, so loading never holds a second department beside the one being read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class FileBenchmark {
    private static final ProjectFiles FILES = new ProjectFiles();

    /** A saved file of the generated department; the department itself is not kept. */
    @State(Scope.Benchmark)
    public static class SavedFile {
        @Param({"100", "1000"})
        int units;
        Path folder;
        Path file;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("budgetdesk-bench");
            file = folder.resolve("large.budget");
            FILES.save(GeneratedDepartment.build(units, 60, 30), file);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            deleteFolder(folder);
        }
    }

    /** The generated department, and where to save it. */
    @State(Scope.Benchmark)
    public static class Model {
        @Param({"100", "1000"})
        int units;
        Department department;
        Path folder;
        Path target;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            department = GeneratedDepartment.build(units, 60, 30);
            folder = Files.createTempDirectory("budgetdesk-bench");
            target = folder.resolve("target.budget");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            deleteFolder(folder);
        }
    }

    @Benchmark
    public Department load(SavedFile saved) throws ProjectFileException {
        return FILES.load(saved.file);
    }

    @Benchmark
    public void save(Model model) throws IOException {
        FILES.save(model.department, model.target);
    }

    /** What the UI thread takes of the model for a save, a recovery copy, the checks or an export. */
    @Benchmark
    public ProjectSnapshot snapshot(Model model) {
        return ProjectSnapshot.of(model.department);
    }

    /** What the UI thread did for a save before the snapshot: the file's whole content. */
    @Benchmark
    public byte[] toBytes(Model model) {
        return FILES.toBytes(model.department);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                Files.delete(path);
            }
        }
        Files.delete(folder);
    }
}
