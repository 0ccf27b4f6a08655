package org.budgetdesk.ui;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.check.CheckViewModel;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.Select;

/** Income and expenditure totals of the viewed unit and whether they balance, the unsaved marker, file work. */
final class StatusBar {
    /** How long a notice stays when nothing else happens. */
    static final javafx.util.Duration NOTICE_LIFETIME = javafx.util.Duration.seconds(20);
    private final HBox box = new HBox(16);

    StatusBar(Document document, Messages messages, BackgroundWork work, CheckViewModel checks) {
        box.setId("statusBar");
        box.getStyleClass().add("status-bar");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        ObjectBinding<BigDecimal> income = Select.select(document.viewedUnitProperty(),
                unit -> unit.income().total().current());
        ObjectBinding<BigDecimal> expenditure = Select.select(document.viewedUnitProperty(),
                unit -> unit.functional().total().total());
        var displayUnit = document.displayUnitProperty();
        Label incomeLabel = label("statusIncome", Bindings.createStringBinding(() -> messages.format("status.income",
                Numbers.grouped(income.get(), displayUnit.get()), messages.of(displayUnit.get())), income, displayUnit));
        Label expenditureLabel = label("statusExpenditure", Bindings.createStringBinding(() -> messages.format(
                "status.expenditure", Numbers.grouped(expenditure.get(), displayUnit.get()),
                messages.of(displayUnit.get())), expenditure, displayUnit));
        Label balance = label("statusBalance", Bindings.createStringBinding(
                () -> income.get().compareTo(expenditure.get()) == 0
                        ? messages.get("status.balanced") : messages.get("status.unbalanced"), income, expenditure));
        Label readOnly = label("statusReadOnly", Bindings.when(document.readOnlyProperty())
                .then(messages.get("status.readOnly")).otherwise(""));
        Label unsaved = label("statusUnsaved", Bindings.when(document.undoManager().unsavedProperty())
                .then(messages.get("status.unsaved")).otherwise(""));
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setAccessibleText(messages.get("status.working"));
        progress.setPrefWidth(120);
        progress.progressProperty().bind(work.progressProperty());
        progress.visibleProperty().bind(work.runningProperty().greaterThan(0));
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(messages.get("status.cancel"));
        cancel.setId("statusCancel");
        cancel.setAccessibleText(messages.get("status.cancel"));
        cancel.visibleProperty().bind(work.cancelProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> {
            Runnable action = work.cancelProperty().get();
            if (action != null) {
                action.run();
            }
        });
        Label notice = label("statusNotice", work.noticeProperty());
        clearOldNotices(work, document);
        Label findings = label("statusFindings", checks.summary());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box.getChildren().addAll(incomeLabel, expenditureLabel, balance, findings, readOnly, spacer, notice,
                unsaved, progress, cancel);
    }

    /**
     * A notice (“已导出到…”) is cleared a while after it is shown, or by the next edit, once no work is running;
     * so an old message is never taken for news.
     */
    private static void clearOldNotices(BackgroundWork work, Document document) {
        javafx.animation.PauseTransition expiry = new javafx.animation.PauseTransition(NOTICE_LIFETIME);
        Runnable clear = () -> {
            if (work.runningProperty().get() == 0) {
                work.noticeProperty().set("");
            }
        };
        expiry.setOnFinished(event -> clear.run());
        work.noticeProperty().addListener((obs, before, after) -> {
            if (after != null && !after.isEmpty()) {
                expiry.playFromStart();
            }
        });
        document.undoManager().revisionProperty().addListener((obs, before, after) -> clear.run());
    }

    Node node() {
        return box;
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }
}
