package org.budgetdesk.ui.threepublic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeItem;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.CellEdit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.threepublic.ThreePublicRow.Part;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreePublicViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Document document;
    private ThreePublicViewModel viewModel;

    @BeforeEach
    void load() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        viewModel = new ThreePublicViewModel(document, messages);
    }

    private ThreePublicRow row(Part part) {
        return viewModel.rows(department.ownUnit()).stream().filter(row -> row.part() == part).findFirst()
                .orElseThrow();
    }

    private SheetColumn<ThreePublicRow> column(String id) {
        return viewModel.columns().stream().filter(column -> column.id().equals(id)).findFirst().orElseThrow();
    }

    private String shown(String columnId, Part part) {
        return column(columnId).display().apply(row(part)).getValue();
    }

    @Test
    void rowsComeTotalFirstWithTheVehiclePartsUnderTheirSubtotal() {
        List<ThreePublicRow> rows = viewModel.rows(department.ownUnit());

        assertThat(rows).extracting(ThreePublicRow::name).startsWith("合计", "因公出国（境）费", "公务接待费",
                "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "其中：财政拨款安排",
                "一般公共预算安排（余额）", "因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费",
                "政府性基金预算安排");
        assertThat(rows).filteredOn(row -> row.part() == Part.TOTAL).extracting(ThreePublicRow::fund)
                .containsExactly(null, Fund.GENERAL_PUBLIC_BUDGET, Fund.GOVERNMENT_FUND,
                        Fund.STATE_CAPITAL, Fund.NON_FISCAL);
        assertThat(viewModel.tree(department.ownUnit()).getChildren().get(3).getChildren()).hasSize(2);
    }

    @Test
    void onlyThePartsAreEnteredAndOnlyInCurrentPriorAndReason() {
        List<String> enteredColumns = List.of("threePublicCurrent", "threePublicPrior", "threePublicReason");
        List<String> fundColumns = List.of("threePublicCurrent", "threePublicPrior");
        for (ThreePublicRow row : viewModel.rows(department.ownUnit())) {
            boolean part = row.part() != Part.TOTAL && row.part() != Part.VEHICLES && row.part() != Part.FISCAL;
            boolean entered = part && row.fund() != Fund.GENERAL_PUBLIC_BUDGET;
            List<String> columns = row.fund() == null ? enteredColumns : fundColumns;
            for (SheetColumn<ThreePublicRow> column : viewModel.columns()) {
                assertThat(column.isEditable(row)).as("%s %s / %s", row.fund(), row.name(), column.id())
                        .isEqualTo(entered && columns.contains(column.id()));
            }
        }
    }

    @Test
    void showsTheSampleFiguresWithChangeRateAndShare() {
        assertThat(shown("threePublicCurrent", Part.TOTAL)).isEqualTo("3.00");
        assertThat(shown("threePublicPrior", Part.TOTAL)).isEqualTo("3.88");
        assertThat(shown("threePublicChange", Part.TOTAL)).isEqualTo("-0.88");
        assertThat(shown("threePublicRate", Part.TOTAL)).isEqualTo("-22.68%");
        assertThat(shown("threePublicShare", Part.RECEPTION)).isEqualTo("100.00%");
        assertThat(shown("threePublicRate", Part.OVERSEAS_TRAVEL)).isEqualTo("—");
        assertThat(shown("threePublicReason", Part.RECEPTION)).isEqualTo("厉行节约，压缩接待规模和接待费用。");
        assertThat(shown("threePublicReason", Part.TOTAL)).isEmpty();
    }

    @Test
    void typedCurrentAmountChangesThePartAndTheTotalsAndUndoRestoresThem() {
        CellEdit edit = column("threePublicCurrent").editor().commit(row(Part.VEHICLE_OPERATION), "2.5");
        document.undoManager().execute(edit.command());

        assertThat(department.ownUnit().threePublic().vehicleOperation().current().get())
                .isEqualByComparingTo("25000.00");
        assertThat(shown("threePublicCurrent", Part.VEHICLES)).isEqualTo("2.50");
        assertThat(shown("threePublicCurrent", Part.TOTAL)).isEqualTo("5.50");
        assertThat(department.consolidated().threePublic().total().current().get()).isEqualByComparingTo("55000");

        document.undoManager().undo();
        assertThat(shown("threePublicCurrent", Part.TOTAL)).isEqualTo("3.00");
        assertThat(department.ownUnit().threePublic().vehicleOperation().current().get()).isZero();
    }

    @Test
    void negativeAmountIsRefusedWithAMessage() {
        CellEdit edit = column("threePublicPrior").editor().commit(row(Part.RECEPTION), "-1");

        assertThat(edit.isRefused()).isTrue();
        assertThat(edit.error()).contains("-1").contains("负数");
    }

    @Test
    void reasonAndReceptionPlanAreOneUndoStepEach() {
        assertThat(viewModel.setReason("新的原因")).isNull();
        assertThat(viewModel.setReceptionPlan("新的用途")).isNull();
        assertThat(department.ownUnit().threePublic().reason().get()).isEqualTo("新的原因");
        assertThat(viewModel.receptionPlan().getValue()).isEqualTo("新的用途");

        document.undoManager().undo();
        assertThat(department.ownUnit().threePublic().receptionPlan().get())
                .isEqualTo("接待部、省相关人员调研考察及地市州相关人员学习交流等。");
        document.undoManager().undo();
        assertThat(viewModel.reason().getValue()).isEqualTo("厉行节约，压缩接待规模和接待费用。");
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void unchangedTextMakesNoUndoStep() {
        viewModel.setReason(department.ownUnit().threePublic().reason().get());

        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void textsFollowTheViewedUnit() {
        Unit subordinate = new Unit("下属单位");
        subordinate.threePublic().reason().set("下属单位的原因");
        document.undoManager().execute(Edits.addUnit(department, subordinate));

        document.viewedUnitProperty().set(subordinate);
        assertThat(viewModel.reason().getValue()).isEqualTo("下属单位的原因");
        viewModel.setReceptionPlan("下属单位的用途");
        assertThat(subordinate.threePublic().receptionPlan().get()).isEqualTo("下属单位的用途");
        assertThat(department.ownUnit().threePublic().receptionPlan().get()).startsWith("接待部");
    }

    @Test
    void theConsolidatedViewRefusesTextEdits() {
        document.viewedUnitProperty().set(department.consolidated());

        assertThat(viewModel.setReason("x")).isEqualTo(messages.get("threePublic.readOnly"));
        assertThat(department.ownUnit().threePublic().reason().get()).startsWith("厉行节约");
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void whatAGovernmentFundPaysLeavesTheRestToTheGeneralPublicBudget() {
        ThreePublicRow fundReception = viewModel.rows(department.ownUnit()).stream()
                .filter(row -> row.fund() == Fund.GOVERNMENT_FUND && row.part() == Part.RECEPTION)
                .findFirst().orElseThrow();
        ThreePublicRow generalReception = viewModel.rows(department.ownUnit()).stream()
                .filter(row -> row.fund() == Fund.GENERAL_PUBLIC_BUDGET && row.part() == Part.RECEPTION)
                .findFirst().orElseThrow();

        document.undoManager().execute(org.budgetdesk.undo.Edits.setAmount(fundReception.entered().current(),
                new java.math.BigDecimal("10000.00")));

        assertThat(generalReception.figure().current().getValue()).isEqualByComparingTo("20000.00");
        assertThat(department.ownUnit().threePublic().total().current().get()).isEqualByComparingTo("30000.00");
        document.undoManager().undo();
        assertThat(generalReception.figure().current().getValue()).isEqualByComparingTo("30000.00");
    }

    @Test
    void figuresTheSchemaAddsAreRowsAfterTheVehiclesWithTheirPartsUnderThemAndNoShare() {
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            TreeItem<ThreePublicRow> root = new ThreePublicViewModel(document, messages).tree(department.ownUnit());
            List<String> names = root.getChildren().stream().map(item -> item.getValue().name()).toList();
            assertThat(names).containsSubsequence("公务用车购置及运行维护费", "培训费", "会议费", "其中：财政拨款安排");
            TreeItem<ThreePublicRow> meetings = root.getChildren().get(names.indexOf("会议费"));
            assertThat(meetings.getChildren()).extracting(item -> item.getValue().name())
                    .containsExactly("会议场地费", "会议伙食费");
            ThreePublicRow training = root.getChildren().get(names.indexOf("培训费")).getValue();
            assertThat(training.takesReason()).isTrue();
            assertThat(training.share().getValue().isDefined()).isFalse();
        }
    }
}
