package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.check.Checker;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

/**
 * Hostile project files, made by damaging the samples in every way {@link Damage} knows, from a seed (set another
 * with {@code -Dfuzz.seed=N}; a failure names the seed, the file's number and its damage). Each file must load or be
 * refused with a {@link ProjectFileException} that can say why in both languages — never another exception, a hang
 * or a half-built model — and each file that loads must save and load again to the same figures, and be usable: its
 * catalog builds and the checks run.
 */
class ProjectFileFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int FILES = 1200;
    private static final Path NAME = Path.of("fuzzed.budget");
    private final ProjectFiles files = new ProjectFiles();
    private final Map<Damage, int[]> outcomes = new EnumMap<>(Damage.class);
    private volatile String current = "";

    @Test
    void everyDamagedFileLoadsWholeOrIsRefusedWithATypedError() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> samples = List.of(
                (ObjectNode) mapper.readTree(SampleProject.bytes()),
                (ObjectNode) mapper.readTree(files.toBytes(SampleProjects.rich())));
        Random random = new Random(SEED);

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < FILES; i++) {
                Damage damage = Damage.values()[i % Damage.values().length];
                ObjectNode sample = samples.get(i % samples.size());
                current = "seed " + SEED + ", file " + i + ", " + damage;
                byte[] bytes = damage.apply(sample, random);
                ObjectNode survivor = random.nextInt(3) == 0 ? survivor(bytes, mapper) : null;
                if (survivor != null) {
                    Damage second = Damage.values()[random.nextInt(Damage.values().length)];
                    current += " then " + second;
                    bytes = second.apply(survivor, random);
                }
                loadOrRefuse(bytes, damage);
            }
        }, () -> "hung at " + current);

        StringBuilder summary = new StringBuilder("fuzz seed " + SEED + " (damage: accepted/refused):");
        outcomes.forEach((damage, counts) -> summary.append(' ').append(damage).append(' ')
                .append(counts[0]).append('/').append(counts[1]));
        System.out.println(summary);
        assertThat(outcomes).as("every damage was tried").hasSize(Damage.values().length);
        int accepted = outcomes.values().stream().mapToInt(counts -> counts[0]).sum();
        int refused = outcomes.values().stream().mapToInt(counts -> counts[1]).sum();
        assertThat(accepted + refused).isEqualTo(FILES);
        assertThat(refused).as("seed " + SEED + ": most damage is refused").isGreaterThan(FILES / 2);
    }

    /** The tree of a damaged file that still loads, as saved, for a second damage on top; else null. */
    private ObjectNode survivor(byte[] bytes, ObjectMapper mapper) throws Exception {
        try {
            return (ObjectNode) mapper.readTree(files.toBytes(files.fromBytes(bytes, NAME)));
        } catch (ProjectFileException e) {
            return null;
        }
    }

    private void loadOrRefuse(byte[] bytes, Damage damage) {
        int[] counts = outcomes.computeIfAbsent(damage, d -> new int[2]);
        Department loaded;
        try {
            loaded = files.fromBytes(bytes, NAME);
        } catch (ProjectFileException e) {
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).as(current).contains("fuzzed.budget");
            assertThat(e.message(Locale.ENGLISH)).as(current).contains("fuzzed.budget").doesNotContain("{");
            counts[1]++;
            return;
        } catch (Throwable e) {
            throw new AssertionError(current + ": not a ProjectFileException but " + e, e);
        }
        try {
            byte[] saved = files.toBytes(loaded);
            Department again = files.fromBytes(saved, NAME);
            assertThat(ModelDump.of(again)).as(current).containsExactlyElementsOf(ModelDump.of(loaded));
            assertThat(files.toBytes(again)).as(current).isEqualTo(saved);
            Catalog catalog = Catalog.forYear(loaded.budgetYear().get())
                    .withCustomCodes(loaded.customFunctionalCodes(), loaded.customEconomicCodes());
            new Checker().check(loaded, catalog);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError(current + ": accepted, then failed: " + e, e);
        }
        counts[0]++;
    }
}
