package org.budgetdesk.ui.other;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OtherViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Unit own;
    private Document document;
    private OtherViewModel viewModel;

    @BeforeEach
    void load() throws Exception {
        department = SampleProject.load();
        own = department.ownUnit();
        document = new Document(department, null);
        viewModel = new OtherViewModel(document, messages);
    }

    private boolean canUndo() {
        return document.undoManager().canUndoProperty().get();
    }

    @Test
    void aNegativeCountIsRefusedAndTheModelIsUnchanged() {
        String refusal = viewModel.setCount(unit -> unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL), "-1");

        assertThat(refusal).isEqualTo("“-1”是负数，数量不能为负。");
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(1);
        assertThat(canUndo()).isFalse();
    }

    @Test
    void aCountTypedWithAChineseInputMethodIsTaken() {
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "３")).isNull();
        assertThat(own.assets().largeEquipment().get()).isEqualTo(3);
        assertThat(viewModel.setCount(unit -> unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL), "2辆")).isNull();
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(2);
    }

    @Test
    void aCountThatIsNotAWholeNumberIsRefused() {
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "1.5")).isEqualTo("“1.5”不是整数。");
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "两")).contains("不是整数");
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "99999999999")).contains("过大");
        assertThat(canUndo()).isFalse();
    }

    @Test
    void aCountAProjectFileCouldNotHoldIsRefused() {
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "1000001")).contains("过大");
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "2147483647")).contains("过大");
        assertThat(canUndo()).isFalse();
        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "1000000")).isNull();
    }

    @Test
    void aCountIsOneUndoStepAndAnEmptyFieldMeansZero() {
        assertThat(viewModel.setCount(unit -> unit.assets().plannedVehicles(), " 2 ")).isNull();
        assertThat(own.assets().plannedVehicles().get()).isEqualTo(2);
        assertThat(viewModel.setCount(unit -> unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL), "")).isNull();
        assertThat(department.consolidated().assets().vehicleTotal().get()).isZero();

        document.undoManager().undo();
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(1);
        document.undoManager().undo();
        assertThat(own.assets().plannedVehicles().get()).isZero();
        assertThat(canUndo()).isFalse();
    }

    @Test
    void amountsAreReadInTheDisplayUnitAndRefusedWhenBad() {
        assertThat(viewModel.setAmount(unit -> unit.procurement().goods(), "-3")).contains("负数");
        assertThat(viewModel.setAmount(unit -> unit.procurement().goods(), "1..2")).contains("多个小数点");
        assertThat(viewModel.setAmount(unit -> unit.operatingCosts().current(), "181.30")).isNull();
        assertThat(canUndo()).as("an unchanged amount makes no undo step").isFalse();

        assertThat(viewModel.setAmount(unit -> unit.procurement().services(), "1,234.5")).isNull();
        assertThat(own.procurement().services().get()).isEqualByComparingTo("12345000.00");
        document.undoManager().undo();
        assertThat(own.procurement().services().get()).isZero();
    }

    @Test
    void procurementIsNoneUntilAnAmountIsEntered() {
        ObservableValue<Boolean> none = viewModel.procurementNone();
        ObservableValue<String> total = viewModel.grouped(unit -> unit.procurement().total());
        assertThat(none.getValue()).isTrue();

        viewModel.setAmount(unit -> unit.procurement().works(), "12");
        assertThat(none.getValue()).isFalse();
        assertThat(total.getValue()).isEqualTo("12.00");
        document.undoManager().undo();
        assertThat(none.getValue()).isTrue();
    }

    @Test
    void operatingCostsShowChangeAndRateAndWarnAbovePublicCosts() {
        ObservableValue<String> warning = viewModel.operatingCostsWarning();
        assertThat(viewModel.change(Unit::operatingCosts).getValue()).isEqualTo("114.09");
        assertThat(viewModel.rate(Unit::operatingCosts).getValue()).isEqualTo("169.75%");
        assertThat(warning.getValue()).isEmpty();

        viewModel.setAmount(unit -> unit.operatingCosts().current(), "200");
        assertThat(warning.getValue()).isEqualTo("机关运行经费200.00万元超过公用经费196.80万元，请核对。");
        document.undoManager().undo();
        assertThat(warning.getValue()).isEmpty();
    }

    @Test
    void textsAreOneUndoStep() {
        assertThat(viewModel.setText(unit -> unit.assets().note(), "无")).isNull();
        assertThat(own.assets().note().get()).isEqualTo("无");
        document.undoManager().undo();
        assertThat(own.assets().note().get()).isEmpty();
    }

    @Test
    void figuresFollowTheViewedUnit() {
        ObservableValue<String> change = viewModel.change(Unit::operatingCosts);
        Unit subordinate = new Unit("下属单位");
        department.units().add(subordinate);

        document.viewedUnitProperty().set(subordinate);
        assertThat(change.getValue()).isEqualTo("0.00");
        viewModel.setCount(unit -> unit.assets().largeEquipment(), "3");
        assertThat(subordinate.assets().largeEquipment().get()).isEqualTo(3);
        assertThat(own.assets().largeEquipment().get()).isZero();
    }

    @Test
    void theConsolidatedViewRefusesEdits() {
        document.viewedUnitProperty().set(department.consolidated());

        assertThat(viewModel.setCount(unit -> unit.assets().largeEquipment(), "3"))
                .isEqualTo(messages.get("other.readOnly"));
        assertThat(viewModel.setAmount(unit -> unit.procurement().goods(), "3"))
                .isEqualTo(messages.get("other.readOnly"));
        assertThat(canUndo()).isFalse();
    }
}
