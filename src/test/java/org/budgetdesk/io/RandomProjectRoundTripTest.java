package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.budgetdesk.model.Department;
import org.junit.jupiter.params.provider.MethodSource;

/** Random departments ({@link RandomDepartments}) survive a write, read and write unchanged, byte for byte. */
class RandomProjectRoundTripTest {
    private static final ProjectFiles FILES = new ProjectFiles();

    static LongStream seeds() {
        return RandomValues.seeds(200);
    }

    @SeededTest
    @MethodSource("seeds")
    void writeReadWriteGivesTheSameBytes(long seed) throws Exception {
        Department department = RandomDepartments.department(new Random(seed));
        byte[] bytes = FILES.toBytes(department);

        Department loaded = FILES.fromBytes(bytes, Path.of("random.budget"));

        assertThat(FILES.toBytes(loaded)).as("seed %d: bytes written again", seed).isEqualTo(bytes);
        assertThat(ModelDump.of(loaded)).as("seed %d: every field", seed)
                .containsExactlyElementsOf(ModelDump.of(department));
    }
}
