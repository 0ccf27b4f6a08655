package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeSource;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.junit.jupiter.api.Test;

/** The names of official codes a project file carries ({@code codeNames}, format 3). */
class CodeNamesFileTest {
    private final ProjectFiles files = new ProjectFiles();

    private Department read(String json) throws ProjectFileException {
        return files.fromBytes(json.getBytes(StandardCharsets.UTF_8), Path.of("test.budget"));
    }

    private static String sampleText() throws Exception {
        return new String(SampleProject.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleCarriesTheNamesOfEveryCodeItUsesWithTheClassesAndSectionsAbove() throws Exception {
        String text = sampleText();
        assertThat(text).contains("\"codeNames\": {", "\"208\": \"社会保障和就业支出\"", "\"20801\": \"人力资源和社会保障管理事务\"",
                "\"2080101\": \"行政运行\"", "\"30101\": \"基本工资\"");
    }

    @Test
    void aFormatThreeFileWithoutCodeNamesReadsAsBefore() throws Exception {
        String text = sampleText();
        String without = text.substring(0, text.indexOf("  \"codeNames\"")) + text.substring(text.indexOf("  \"units\""));
        Department department = read(without);
        assertThat(department.carriedFunctionalCodes()).isEmpty();
        assertThat(files.toBytes(department)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void carriedNamesNameCodesThisComputersListsLackAndAreNotCustom() throws Exception {
        Department sample = SampleProject.load();
        sample.ownUnit().functional().add(new FunctionalLine("2013101"));
        String text = new String(files.toBytes(sample), StandardCharsets.UTF_8)
                .replace("\"ITEM\": {\n        \"2080101\"", "\"ITEM\": {\n        \"2013101\": \"行政运行\",\n        \"2080101\"")
                .replace("\"SECTION\": {\n        \"20801\"", "\"SECTION\": {\n        \"20131\": \"党委办公厅（室）及相关机构事务\",\n        \"20801\"");
        Department department = read(text);
        assertThat(department.carriedFunctionalCodes()).containsEntry("2013101", "行政运行");
        assertThat(department.customFunctionalCodes()).doesNotContainKey("2013101");
        Catalog catalog = Catalog.forYear(2021)
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes());
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2013101")).get()
                .extracting(CatalogEntry::source).isEqualTo(CodeSource.PROJECT);
        assertThat(new String(files.toBytes(department), StandardCharsets.UTF_8))
                .as("saved again, the names stay").contains("\"2013101\": \"行政运行\"");
    }

    @Test
    void aCodeUnderTheWrongLevelOrWithoutANameIsRefused() throws Exception {
        String text = sampleText();
        assertThatThrownBy(() -> read(text.replace("\"208\": \"社会保障和就业支出\"", "\"20899\": \"其他\"")))
                .isInstanceOf(ProjectFileException.class)
                .extracting(e -> ((ProjectFileException) e).kind()).isEqualTo(ProjectFileException.Kind.BAD_CODE);
        assertThatThrownBy(() -> read(text.replace("\"208\": \"社会保障和就业支出\"", "\"208\": \" \"")))
                .isInstanceOf(ProjectFileException.class)
                .extracting(e -> ((ProjectFileException) e).kind()).isEqualTo(ProjectFileException.Kind.MISSING_FIELD);
    }
}
