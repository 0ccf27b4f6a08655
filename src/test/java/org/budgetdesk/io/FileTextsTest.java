package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

/**
 * {@link ProjectFiles#eachText} is how an export finds text no office file can hold without writing the file: it
 * must see every text the file would hold, in every place a file holds one.
 */
class FileTextsTest {
    private static final long SEED = 20261203L;

    @Test
    void everyTextOfTheFileIsVisited() throws Exception {
        System.out.println("FileTextsTest seed " + SEED);
        Random random = new Random(SEED);
        List<Department> departments = new ArrayList<>(List.of(SampleProjects.rich(),
                SampleProject.load(SampleProject.COUNTY_EDUCATION)));
        departments.addAll(RandomDepartments.departments(random, 20));
        ProjectFiles files = new ProjectFiles();
        for (Department department : departments) {
            Set<String> visited = new HashSet<>();
            files.eachText(department, visited::add);

            Set<String> texts = textsOf(new ObjectMapper().readTree(files.toBytes(department)));
            assertThat(texts).as(department.name().get()).isNotEmpty();
            assertThat(visited).as(department.name().get()).containsAll(texts);
        }
    }

    /** Every string value and field name of a file that is not plain ASCII: names, purposes, texts, reasons. */
    private static Set<String> textsOf(JsonNode node) {
        Set<String> texts = new HashSet<>();
        collect(node, texts);
        texts.removeIf(text -> text.chars().allMatch(c -> c < 0x80));
        return texts;
    }

    private static void collect(JsonNode node, Set<String> texts) {
        if (node.isTextual()) {
            texts.add(node.textValue());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.elements().forEachRemaining(child -> collect(child, texts));
    }
}
