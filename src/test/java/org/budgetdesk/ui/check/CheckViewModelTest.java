package org.budgetdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.budgetdesk.bench.GeneratedDepartment;
import org.budgetdesk.check.Finding;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.readiness.DraftCheck;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks follow the model through the debounce, without a toolkit. */
class CheckViewModelTest {
    /** Holds the requested check until the test lets it run, as the pause would after 300 ms. */
    private static final class HeldDebounce implements Debounce {
        Runnable pending;
        int requests;

        @Override
        public void request(Runnable action) {
            pending = action;
            requests++;
        }

        void settle() {
            Runnable action = pending;
            pending = null;
            action.run();
        }
    }

    private final HeldDebounce debounce = new HeldDebounce();
    private Document document;
    private CheckViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        document = new Document(SampleProject.load(), null);
        viewModel = checking(Runnable::run, Runnable::run);
    }

    /** A view model of the document, checking through the held debounce. */
    private CheckViewModel checking(Executor background, Executor ui) {
        return new CheckViewModel(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), debounce, background, ui);
    }

    /** A view model whose UI-thread work goes to {@code turns}, its first check run through. */
    private CheckViewModel checkedInTurns(List<Runnable> turns) {
        CheckViewModel checked = checking(Runnable::run, turns::add);
        runAll(turns);
        return checked;
    }

    private void raiseOperatingCosts() {
        document.undoManager().execute(Edits.setAmount(
                document.department().ownUnit().operatingCosts().current(), new BigDecimal("2500000.00")));
    }

    @Test
    void theSampleIsCheckedAtOnce() {
        assertThat(viewModel.errors().get()).isZero();
        assertThat(viewModel.warnings().get()).isEqualTo(2);
        assertThat(viewModel.infos().get()).isEqualTo(5);
        assertThat(viewModel.summary().get()).isEqualTo("错误0个，警告2个，提示5个");
        assertThat(debounce.requests).isZero();
    }

    @Test
    void anEditIsCheckedOnceThingsSettle() {
        raiseOperatingCosts();
        assertThat(debounce.pending).isNotNull();
        assertThat(viewModel.errors().get()).as("not before the pause ends").isZero();
        debounce.settle();
        assertThat(viewModel.errors().get()).isEqualTo(1);
        assertThat(viewModel.findings()).anyMatch(finding -> finding.rule().equals("X14"));
        assertThat(viewModel.summary().get()).startsWith("错误1个");

        document.undoManager().undo();
        debounce.settle();
        assertThat(viewModel.errors().get()).isZero();
    }

    @Test
    void aBurstOfEditsAsksForOneCheckAtATime() {
        raiseOperatingCosts();
        document.undoManager().undo();
        document.undoManager().redo();
        assertThat(debounce.requests).isEqualTo(3);
        debounce.settle();
        assertThat(debounce.pending).isNull();
        assertThat(viewModel.errors().get()).isEqualTo(1);
    }

    @Test
    void openingAnotherProjectChecksIt() {
        Department empty = new Department("新部门", 2021);
        document.open(empty, null);
        debounce.settle();
        // Nothing is wrong with an empty department; the explanation only still lacks the texts it asks for.
        assertThat(viewModel.findings()).extracting(finding -> finding.rule() + " " + finding.location().field())
                .containsExactly("N10 functions", "N10 keyTasks", "N10 parentDepartment", "N10 appropriationPurpose");
        assertThat(viewModel.groups()).extracting(CheckViewModel.Group::title).containsExactly("概况（4）");
    }

    @Test
    void findingsAreGroupedByTabWithTheirCount() {
        assertThat(viewModel.groups()).extracting(CheckViewModel.Group::section).containsExactly(
                DisclosureSection.FUNCTIONAL, DisclosureSection.ECONOMIC, DisclosureSection.THREE_PUBLIC,
                DisclosureSection.OTHER);
        assertThat(viewModel.groups()).extracting(CheckViewModel.Group::title).containsExactly(
                "一般公共预算支出（3）", "基本支出（2）", "“三公”经费（1）", "机关运行经费及其他（1）");
        var finding = viewModel.groups().get(2).findings().get(0);
        assertThat(viewModel.severity(finding)).isEqualTo("警告");
        assertThat(viewModel.unit(finding.location())).isEqualTo("乐山市社会保险事务中心");
        assertThat(viewModel.message(finding)).startsWith("单位有公务用车1辆");
    }

    @Test
    void aCheckThatCannotRunIsNeverShownAsAnAllClear() throws Exception {
        Department broken = SampleProject.load();
        broken.customFunctionalCodes().put("2089901", " ");
        document.open(broken, null);
        debounce.settle();

        assertThat(viewModel.failed().get()).isTrue();
        assertThat(viewModel.summary().get()).contains("检查未能完成").doesNotContain("错误0个");
        assertThat(viewModel.findings()).isEmpty();

        document.open(SampleProject.load(), null);
        debounce.settle();
        assertThat(viewModel.failed().get()).isFalse();
        assertThat(viewModel.summary().get()).startsWith("错误0个");
    }

    @Test
    void theExplanationIsWrittenInTheBackgroundAndAResultAnEditOvertookIsDropped() {
        List<Runnable> background = new ArrayList<>();
        CheckViewModel held = checking(background::add, Runnable::run);
        assertThat(held.findings()).as("nothing before the background work ran").isEmpty();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(held.warnings().get()).isEqualTo(2);

        document.undoManager().execute(Edits.setText(
                document.department().ownUnit().texts().appropriationPurpose(), ""));
        held.refresh();
        document.undoManager().undo();
        held.refresh();
        background.remove(0).run();     // the check of the edit, overtaken by its undo: dropped
        assertThat(held.findings()).noneMatch(finding -> finding.rule().equals(DraftCheck.PLACEHOLDER_RULE));
        assertThat(held.warnings().get()).isEqualTo(2);

        document.undoManager().redo();
        held.refresh();
        background.remove(0).run();
        background.remove(0).run();
        assertThat(held.findings()).anyMatch(finding -> finding.rule().equals(DraftCheck.PLACEHOLDER_RULE)
                && finding.location().field().equals("appropriationPurpose"));
    }

    @Test
    void aResultIsOfTheModelAsTheChecksReadItNotAsItIsWhenPublished() {
        List<Runnable> background = new ArrayList<>();
        CheckViewModel held = checking(background::add, Runnable::run);
        background.clear();    // the check at construction
        held.refresh();
        raiseOperatingCosts(); // made while the explanation waits for its thread; its own check is not asked for yet

        background.remove(0).run();

        assertThat(held.errors().get()).as("the figures of the moment it was asked").isZero();
        assertThat(document.department().ownUnit().operatingCosts().current().get())
                .isEqualByComparingTo("2500000.00");
    }

    /** A department of 30 units of 90 lines: 2,700 lines, a few slices' worth. */
    private static Department large() {
        return GeneratedDepartment.build(30, 60, 30);
    }

    /** Runs what the UI thread was given, and what that gives it, until nothing is left; returns how many ran. */
    private static int runAll(List<Runnable> turns) {
        int ran = 0;
        while (!turns.isEmpty()) {
            turns.remove(0).run();
            ran++;
        }
        return ran;
    }

    @Test
    void aLargeDepartmentIsCheckedOnTheUiThreadInSlices() {
        List<Runnable> turns = new ArrayList<>();
        CheckViewModel sliced = checkedInTurns(turns);
        Department large = large();
        document.open(large, null);
        debounce.settle();

        int ran = runAll(turns);

        assertThat(ran).as("a turn per slice of %d lines, and one to publish", CheckViewModel.SLICE_LINES)
                .isGreaterThanOrEqualTo(2700 / CheckViewModel.SLICE_LINES + 1);
        assertThat(sliced.findings()).isNotEmpty().isEqualTo(new DraftCheck().check(large, document.catalog()));
    }

    @Test
    void aCheckInSlicesStopsWhenTheModelChangesBeforeItsLastSlice() {
        List<Runnable> turns = new ArrayList<>();
        CheckViewModel sliced = checkedInTurns(turns);
        List<Finding> sample = List.copyOf(sliced.findings());
        document.open(large(), null);
        debounce.settle();
        turns.remove(0).run();

        raiseOperatingCosts();
        assertThat(runAll(turns)).as("the next slice sees the edit and stops").isEqualTo(1);
        assertThat(sliced.findings()).as("nothing half-checked is shown").isEqualTo(sample);

        debounce.settle();
        runAll(turns);
        assertThat(sliced.findings()).isEqualTo(new DraftCheck().check(document.department(), document.catalog()));
    }

    @Test
    void theQuestionBeforeAnExportGetsTheLastCheckAtOnceUntilTheModelChanges() {
        List<DraftCheck.Result> answers = new ArrayList<>();
        viewModel.whenCurrent(answers::add);
        viewModel.whenCurrent(answers::add);
        assertThat(answers).hasSize(2);
        assertThat(answers.get(1)).isSameAs(answers.get(0));
        assertThat(answers.get(0).findings()).isEqualTo(viewModel.findings());

        raiseOperatingCosts();
        viewModel.whenCurrent(answers::add);

        assertThat(answers).as("checked again now: the 300 ms have not passed").hasSize(3);
        assertThat(answers.get(2).errors()).extracting(Finding::rule).containsExactly("X14");
        assertThat(viewModel.errors().get()).as("and shown").isEqualTo(1);
    }

    @Test
    void aQuestionIsAnsweredWithTheCheckOfTheFiguresAsTheyAreWhenItLands() {
        List<Runnable> turns = new ArrayList<>();
        CheckViewModel sliced = checkedInTurns(turns);
        raiseOperatingCosts();
        List<DraftCheck.Result> answers = new ArrayList<>();
        sliced.whenCurrent(answers::add);
        assertThat(answers).as("not before the check has run").isEmpty();

        document.undoManager().undo();   // before the check's first slice
        runAll(turns);
        assertThat(answers).as("the check the undo stopped answers nobody").isEmpty();
        debounce.settle();
        runAll(turns);

        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).errors()).as("the figures after the undo").isEmpty();
    }

    @Test
    void whenTheChecksCannotRunTheQuestionIsToldSo() throws Exception {
        Department broken = SampleProject.load();
        broken.customFunctionalCodes().put("2089901", " ");
        document.open(broken, null);
        List<DraftCheck.Result> answers = new ArrayList<>();

        viewModel.whenCurrent(answers::add);

        assertThat(answers).containsExactly((DraftCheck.Result) null);
        assertThat(viewModel.failed().get()).isTrue();
    }
}
