package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot is the department's file content at one moment: its bytes are a save's, the department made from it
 * holds every field, and later edits do not reach it.
 */
class ProjectSnapshotTest {
    private static final ProjectFiles FILES = new ProjectFiles();

    static LongStream seeds() {
        return RandomValues.seeds(50);
    }

    @SeededTest
    @MethodSource("seeds")
    void itsBytesAreASavesAndItsDepartmentHoldsEveryField(long seed) {
        Department department = RandomDepartments.department(new Random(seed));

        ProjectSnapshot snapshot = ProjectSnapshot.of(department);

        assertThat(snapshot.toBytes()).as("seed %d: bytes", seed).isEqualTo(FILES.toBytes(department));
        Department copy = snapshot.toModel();
        assertThat(copy).isNotSameAs(department);
        assertThat(ModelDump.of(copy)).as("seed %d: every field", seed)
                .containsExactlyElementsOf(ModelDump.of(department));
    }

    @Test
    void editsAfterTheSnapshotDoNotReachIt() throws Exception {
        Department department = SampleProject.load("county-education-2024.budget");
        assertThat(department.units()).hasSizeGreaterThan(1);
        byte[] before = FILES.toBytes(department);
        ProjectSnapshot snapshot = ProjectSnapshot.of(department);

        FunctionalLine line = department.ownUnit().functional().lines().get(0);
        line.personnel().set(line.personnel().get().add(new BigDecimal("100.00")));
        department.name().set("改过的名称");
        department.units().remove(department.units().size() - 1);

        assertThat(snapshot.toBytes()).isEqualTo(before);
        assertThat(snapshot.toModel().name().get()).isNotEqualTo("改过的名称");
    }
}
