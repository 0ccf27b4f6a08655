package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.budgetdesk.io.BadFiles.at;
import static org.budgetdesk.io.BadFiles.edited;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.junit.jupiter.api.Test;

/** Values of the right type that no budget can have are refused at their JSON path, not accepted as data. */
class ValueRangesTest {
    private final ProjectFiles files = new ProjectFiles();

    private ProjectFileException refusal(Consumer<ObjectNode> edit) {
        return catchThrowableOfType(ProjectFileException.class,
                () -> files.fromBytes(edited(edit), Path.of("nonsense.budget")));
    }

    private void assertRefused(Kind kind, String path, Consumer<ObjectNode> edit) {
        ProjectFileException e = refusal(edit);
        assertThat(e).as(path).isNotNull();
        assertThat(e.kind()).as(path).isEqualTo(kind);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertThat(e.message(Locale.ENGLISH)).contains(path);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(path);
    }

    @Test
    void aBudgetYearOutsideNineteenFortyNineToTwentyTwoHundredIsOutOfRange() throws Exception {
        for (int year : new int[] {0, -1, 1948, 2201, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertRefused(Kind.OUT_OF_RANGE, "$.budgetYear", tree -> tree.put("budgetYear", year));
        }
        assertThat(refusal(tree -> tree.put("budgetYear", 0)).message(Locale.ENGLISH)).contains("1949", "2200");
        for (int year : new int[] {1949, 2200}) {
            assertThat(files.fromBytes(edited(tree -> tree.put("budgetYear", year)), Path.of("x")).budgetYear().get())
                    .isEqualTo(year);
        }
    }

    @Test
    void negativeOrAbsurdCountsOfVehiclesAndEquipmentAreOutOfRange() {
        assertRefused(Kind.OUT_OF_RANGE, "$.units[0].assets.vehicles.GENERAL_OFFICIAL",
                tree -> at(tree, "units", 0, "assets", "vehicles").put("GENERAL_OFFICIAL", -1));
        assertRefused(Kind.OUT_OF_RANGE, "$.units[1].assets.largeEquipment",
                tree -> at(tree, "units", 1, "assets").put("largeEquipment", -3));
        assertRefused(Kind.OUT_OF_RANGE, "$.units[0].assets.plannedVehicles",
                tree -> at(tree, "units", 0, "assets").put("plannedVehicles", Integer.MAX_VALUE));
        assertRefused(Kind.OUT_OF_RANGE, "$.units[0].assets.plannedLargeEquipment",
                tree -> at(tree, "units", 0, "assets").put("plannedLargeEquipment", 1_000_001));
    }

    @Test
    void enumValuesWithSpacesAroundThemAreWrongType() {
        assertRefused(Kind.WRONG_TYPE, "$.kind", tree -> tree.put("kind", " ADMINISTRATIVE"));
        assertRefused(Kind.WRONG_TYPE, "$.comparisonBasis", tree -> tree.put("comparisonBasis", "PRIOR_BUDGET "));
        assertRefused(Kind.WRONG_TYPE, "$.units[0].income[2].source",
                tree -> at(tree, "units", 0, "income", 2).put("source", "\tSTATE_CAPITAL"));
        assertRefused(Kind.WRONG_TYPE, "$.comments[0].section",
                tree -> at(tree, "comments", 0).put("section", " FUNCTIONAL "));
        ProjectFileException key = refusal(tree -> {
            ObjectNode vehicles = at(tree, "units", 0, "assets", "vehicles");
            vehicles.set(" OTHER", vehicles.remove("OTHER"));
        });
        assertThat(key.kind()).isIn(Kind.WRONG_TYPE, Kind.MISSING_FIELD);
        assertThat(key.jsonPath()).startsWith("$.units[0].assets.vehicles");
    }
}
