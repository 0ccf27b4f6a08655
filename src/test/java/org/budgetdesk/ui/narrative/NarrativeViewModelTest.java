package org.budgetdesk.ui.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.budgetdesk.undo.SetPropertyCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live explanation without a toolkit: the debounce, the background and the UI thread are played by the test. */
class NarrativeViewModelTest {
    private final List<Runnable> debounced = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private Department department;
    private Document document;
    private NarrativeViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        model = new NarrativeViewModel(document, NarrativeGenerator.sichuan(), background::add, Runnable::run,
                debounced::add);
    }

    private void settle() {
        List<Runnable> refreshes = List.copyOf(debounced);
        debounced.clear();
        if (!refreshes.isEmpty()) {
            refreshes.get(refreshes.size() - 1).run();
        }
        List<Runnable> jobs = List.copyOf(background);
        background.clear();
        jobs.forEach(Runnable::run);
    }

    private String text() {
        return model.narrativeProperty().get().text();
    }

    @Test
    void theTextFollowsTheProjectsRegionAndItsUndo() {
        NarrativeViewModel byRegion = new NarrativeViewModel(document, NarrativeViewModel::ofRegion, background::add,
                Runnable::run, debounced::add);
        String sichuan = byRegion.templateName();
        document.undoManager().execute(new SetPropertyCommand<>(department.region(), "central", "edit.region"));
        settle();
        assertThat(byRegion.templateName()).isNotEqualTo(sichuan)
                .isEqualTo(NarrativeTemplate.forRegionOrDefault("central").name());

        document.undoManager().undo();
        settle();
        assertThat(byRegion.templateName()).isEqualTo(sichuan);
    }

    @Test
    void theFirstTextIsGeneratedInTheBackgroundAtOnce() {
        assertThat(model.narrativeProperty().get()).isNull();
        assertThat(background).hasSize(1);
        settle();
        assertThat(text()).contains("机关运行经费预算为181.3万元");
    }

    @Test
    void anEditIsFollowedOnceTheDebounceRuns() {
        settle();
        Unit own = department.ownUnit();
        document.undoManager().execute(Edits.setAmount(own.operatingCosts().current(), new BigDecimal("2000000.00")));
        assertThat(debounced).hasSize(1);
        assertThat(text()).contains("预算为181.3万元");

        settle();
        assertThat(text()).contains("机关运行经费预算为200万元，较上年预算数67.21万元增加132.79万元，增长197.57%。");

        document.undoManager().undo();
        settle();
        assertThat(text()).contains("预算为181.3万元");
    }

    @Test
    void theViewedUnitIsWhatIsExplained() {
        settle();
        Unit centre = new Unit("乐山市社保服务分中心");
        document.undoManager().execute(Edits.addUnit(department, centre));
        document.viewedUnitProperty().set(centre);
        settle();
        assertThat(text()).contains("乐山市社保服务分中心隶属乐山市社会保险事务中心管理，下属二级预算单位0个。");

        document.viewedUnitProperty().set(department.consolidated());
        settle();
        assertThat(text()).contains("下属二级预算单位1个。", "包括：乐山市社会保险事务中心、乐山市社保服务分中心。");
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() {
        settle();
        document.undoManager().execute(Edits.setAmount(department.ownUnit().operatingCosts().current(),
                new BigDecimal("2000000.00")));
        model.refresh();
        document.undoManager().execute(Edits.setAmount(department.ownUnit().operatingCosts().current(),
                new BigDecimal("3000000.00")));
        model.refresh();
        debounced.clear();
        assertThat(background).hasSize(2);
        background.get(1).run();
        background.get(0).run();
        assertThat(text()).contains("预算为300万元");
    }

    @Test
    void theTemplateIsNamed() {
        assertThat(model.templateName()).isEqualTo("四川省部门预算编制的说明");
    }
}
