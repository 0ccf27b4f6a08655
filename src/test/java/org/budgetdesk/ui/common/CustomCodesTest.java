package org.budgetdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Custom codes at every level: the rules of the dialog, rename, and no removal while used. */
class CustomCodesTest {
    private Document document;
    private Department department;
    private CustomCodes functional;
    private CustomCodes economic;

    @BeforeEach
    void open() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        functional = new CustomCodes(document, CodeKind.FUNCTIONAL, messages);
        economic = new CustomCodes(document, CodeKind.ECONOMIC, messages);
    }

    private static List<CustomCodes.Row> rows(String classCode, String className, String section, String sectionName,
                                              String item, String itemName) {
        return List.of(new CustomCodes.Row(CodeLevel.CLASS, classCode, className),
                new CustomCodes.Row(CodeLevel.SECTION, section, sectionName),
                new CustomCodes.Row(CodeLevel.ITEM, item, itemName));
    }

    @Test
    void aNewSectionUnderAnExistingClassAndANewItemUnderItAreOneUndoStep() {
        CustomCodes.Outcome outcome = functional.plan(rows("210", "", "21016", "试点款", "2101601", "试点项目"));
        assertThat(outcome.error()).isNull();
        assertThat(outcome.plan().additions()).containsExactly(
                java.util.Map.entry("21016", "试点款"), java.util.Map.entry("2101601", "试点项目"));
        functional.apply(outcome.plan(), null);
        assertThat(department.customFunctionalCodes()).hasSize(2);
        assertThat(document.catalog().find(CodeKind.FUNCTIONAL, "21016")).get().extracting(CatalogEntry::custom)
                .isEqualTo(true);
        document.undoManager().undo();
        assertThat(department.customFunctionalCodes()).isEmpty();
    }

    @Test
    void theRulesOfTheLevelsAreSaidInWords() {
        assertThat(functional.plan(rows("", "", "", "", "", "")).error()).isEqualTo("请填写类编码。");
        assertThat(functional.plan(rows("21", "", "", "", "", "")).error()).isEqualTo("“21”不是类级编码：类级编码为3位数字。");
        assertThat(functional.plan(rows("210", "", "20816", "x", "", "")).error())
                .isEqualTo("款编码20816的前3位应是它的类编码210。");
        assertThat(functional.plan(rows("210", "", "21016", "试点款", "2101701", "x")).error())
                .isEqualTo("项编码2101701的前5位应是它的款编码21016。");
        assertThat(functional.plan(rows("210", "", "21016", " ", "", "")).error()).isEqualTo("请填写款21016的名称。");
        assertThat(functional.plan(rows("299", "新类", "29901", "新款", "", "")).plan().additions())
                .containsOnlyKeys("299", "29901");
        assertThat(functional.plan(rows("208", "", "20801", "", "2080101", "")).plan().additions()).isEmpty();
        assertThat(economic.plan(List.of(new CustomCodes.Row(CodeLevel.CLASS, "302", ""),
                new CustomCodes.Row(CodeLevel.ITEM, "３０２３０", "课题研究费"))).plan().additions())
                .containsOnlyKeys("30230");
        assertThat(functional.prefill("2101501 行政运行").values()).containsExactly("210", "21015", "2101501");
    }

    @Test
    void aCustomCodeIsRenamedAndRemovedOnlyWhenNothingUsesIt() {
        functional.apply(functional.plan(rows("210", "", "21016", "试点款", "2101601", "试点项目")).plan(), null);
        FunctionalLine line = new FunctionalLine("2101601");
        department.ownUnit().functional().add(line);
        assertThat(functional.uses("21016")).isEqualTo(1);
        assertThat(functional.remove("21016")).isEqualTo("科目21016正被1行使用，不能删除：请先删除这些行，或改用其他科目。");
        assertThat(functional.rename("21016", "医改试点")).isNull();
        assertThat(document.catalog().nameOf(CodeKind.FUNCTIONAL, "21016")).isEqualTo("医改试点");
        assertThat(functional.rename("21016", " ")).isEqualTo("请填写款21016的名称。");
        assertThat(functional.remove("2080101")).isEqualTo("请先在列表中选择一个自定义科目。");
        department.ownUnit().functional().remove(line);
        assertThat(functional.remove("2101601")).isNull();
        assertThat(functional.custom()).extracting(CatalogEntry::code).containsExactly("21016");
        document.undoManager().undo();
        assertThat(functional.custom()).extracting(CatalogEntry::code).containsExactly("21016", "2101601");
    }
}
