package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** Missing free text shows as a visible marker and is listed, with its section, by {@link NarrativeDocument#placeholders}. */
class PlaceholdersTest {

    @Test
    void aChangeWithoutAReasonShowsAMarkerAndIsListed() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().operatingCosts().reason().set("");
        NarrativeDocument document = NarrativeGenerator.sichuan().generate(department);

        assertThat(document.text()).contains("增长169.75%。主要原因：【待填写：机关运行经费增减变化的原因】。");
        assertThat(document.placeholders()).containsExactly(
                new Placeholder("九、其他重要事项的情况说明 / （一）机关运行经费", "机关运行经费增减变化的原因",
                        "missing.operatingCostsReason"));
    }

    @Test
    void missingPurposesPlansAndTextsAreEachListed() throws Exception {
        Department department = SampleProject.load();
        Unit unit = department.ownUnit();
        unit.functional().find("2080599", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().purpose().set(" ");
        unit.threePublic().receptionPlan().set("");
        unit.threePublic().reception().reason().set("");
        unit.threePublic().reason().set("");
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).reason().set("");
        unit.texts().functions().clear();
        unit.texts().appropriationPurpose().set("");
        department.parentDepartment().set("");

        NarrativeDocument document = NarrativeGenerator.sichuan().generate(department);
        List<String> missing = document.placeholders().stream().map(Placeholder::what).toList();
        assertThat(missing).containsExactly("基本职能", "主管部门", "财政拨款主要用于哪些方面", "一般公共预算当年拨款增减变化的原因",
                "其他行政事业单位养老支出（2080599）的主要用途", "公务接待费增减变化的原因", "公务接待费计划用于哪些接待");
        assertThat(document.text()).contains("其他行政事业单位养老支出（项）：2021年预算数为1.4万元，主要用于：【待填写：其他行政事业单位养老支出（2080599）的主要用途】。",
                "2021年公务接待费计划用于【待填写：公务接待费计划用于哪些接待】。",
                "隶属【待填写：主管部门】管理");
        assertThat(document.placeholders().get(0).section()).isEqualTo("一、基本职能及主要工作 / （一）基本职能");
    }

    @Test
    void theTotalsReasonCoversItsPartsAndAnUnchangedFigureNeedsNone() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().threePublic().reception().reason().set("");
        NarrativeDocument document = NarrativeGenerator.sichuan().generate(department);
        assertThat(document.placeholders()).isEmpty();
        assertThat(document.text()).contains("公务用车购置及运行维护费0万元。主要原因是厉行节约，压缩接待规模和接待费用。");
    }

    @Test
    void placeholdersAreSpansMarkedAsSuch() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().operatingCosts().reason().set("");
        NarrativeDocument document = NarrativeGenerator.sichuan().generate(department);
        List<Span> marked = document.blocks().stream()
                .filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast)
                .flatMap(paragraph -> paragraph.spans().stream()).filter(Span::isPlaceholder).toList();
        assertThat(marked).containsExactly(Span.placeholder("【待填写：机关运行经费增减变化的原因】", "机关运行经费增减变化的原因",
                "missing.operatingCostsReason"));
    }
}
