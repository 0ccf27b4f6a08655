package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.undo.Command;

/**
 * One dialog for the project's custom codes of a classification: above, a 类, 款 and 项 (economic: 类 and 款) with
 * their names — a code the catalog has shows its name, a new one asks for it — and whether to add a line for the
 * lowest code; below, the project's custom codes with their uses, to rename or remove (a code in use cannot be
 * removed). The logic is {@link CustomCodes}.
 */
public final class CustomCodeDialog {

    /** How a tab adds a line for a code: why not (already there, not a line's level), or the command. */
    public interface Lines {
        /** Why no line can be added for the code, or null. */
        String refuse(String code);

        /** The command adding the line. */
        Command add(String code);
    }

    private static final Map<CodeLevel, String> IDS = Map.of(
            CodeLevel.CLASS, "customClass", CodeLevel.SECTION, "customSection", CodeLevel.ITEM, "customItem");

    private final CustomCodes codes;
    private final Messages messages;
    private final Lines lines;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<CodeLevel, TextField> codeFields = new EnumMap<>(CodeLevel.class);
    private final Map<CodeLevel, TextField> nameFields = new EnumMap<>(CodeLevel.class);
    private final Label path = new Label();
    private final Label problem = new Label();
    private final CheckBox addLine = new CheckBox();
    private final ListView<CatalogEntry> list = new ListView<>();
    private final TextField newName = new TextField();
    private final Label manageProblem = new Label();

    private CustomCodeDialog(Window owner, CustomCodes codes, String typed, Messages messages, Lines lines) {
        this.codes = codes;
        this.messages = messages;
        this.lines = lines;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("customCode.title"));
        dialog.setHeaderText(messages.get("customCode.header." + codes.kind().name()));
        ButtonType add = new ButtonType(messages.get("customCode.add"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, DialogButtons.close(messages));
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.setId("customAdd");
        addButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!addCodes()) {
                event.consume();
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, form(typed), new Separator(), manager()));
        dialog.getDialogPane().setId("customCodeDialog");
        dialog.setResizable(true);
    }

    /**
     * Shows the dialog and waits until it is closed.
     *
     * @param typed what the code field held, to start from (“2101501” fills 210, 21015 and 2101501)
     * @param lines how the tab adds a line for the lowest code, or null when it adds none
     */
    public static void show(Window owner, CustomCodes codes, String typed, Messages messages, Lines lines) {
        new CustomCodeDialog(owner, codes, typed, messages, lines).dialog.showAndWait();
    }

    private GridPane form(String typed) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(new Label(messages.get("customCode.code")), 1, 0);
        grid.add(new Label(messages.get("customCode.name")), 2, 0);
        Map<CodeLevel, String> start = codes.prefill(typed);
        int row = 1;
        for (CodeLevel level : codes.levels()) {
            TextField code = new TextField(start.get(level));
            code.setId(IDS.get(level) + "Code");
            code.setPrefColumnCount(8);
            code.setAccessibleText(codes.levelName(level) + " " + messages.get("customCode.code"));
            TextField name = new TextField();
            name.setId(IDS.get(level) + "Name");
            name.setPrefColumnCount(22);
            name.setAccessibleText(codes.levelName(level) + " " + messages.get("customCode.name"));
            code.textProperty().addListener((obs, before, after) -> refresh());
            codeFields.put(level, code);
            nameFields.put(level, name);
            grid.add(new Label(codes.levelName(level)), 0, row);
            grid.add(code, 1, row);
            grid.add(name, 2, row);
            row++;
        }
        path.setId("customCodePath");
        path.setWrapText(true);
        grid.add(path, 0, row++, 3, 1);
        if (lines != null) {
            addLine.setId("customAddLine");
            addLine.setText(messages.get("customCode.addLine"));
            addLine.setSelected(true);
            grid.add(addLine, 0, row++, 3, 1);
        }
        problem.setId("customCodeProblem");
        problem.getStyleClass().add("sheet-message");
        problem.setWrapText(true);
        grid.add(problem, 0, row, 3, 1);
        refresh();
        return grid;
    }

    private VBox manager() {
        list.setId("customCodeList");
        list.setAccessibleText(messages.get("customCode.manage"));
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(messages.get("customCode.none")));
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CatalogEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : messages.format("customCode.listed", entry.code(),
                        entry.name(), codes.levelName(entry.level()), codes.uses(entry.code())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            newName.setText(after == null ? "" : after.name());
            manageProblem.setText("");
        });
        newName.setId("customRenameName");
        newName.setPromptText(messages.get("customCode.newName"));
        newName.setAccessibleText(messages.get("customCode.newName"));
        Button rename = Buttons.of(messages, "customRename", "customCode.rename",
                () -> manage(codes.rename(selected(), newName.getText())));
        Button remove = Buttons.of(messages, "customRemove", "customCode.remove",
                () -> manage(codes.remove(selected())));
        manageProblem.setId("customManageProblem");
        manageProblem.getStyleClass().add("sheet-message");
        manageProblem.setWrapText(true);
        fillList();
        HBox actions = new HBox(8, newName, rename, remove);
        VBox box = new VBox(6, new Label(messages.get("customCode.manage")), list, actions, manageProblem);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private String selected() {
        CatalogEntry entry = list.getSelectionModel().getSelectedItem();
        return entry == null ? null : entry.code();
    }

    private void manage(String error) {
        manageProblem.setText(error == null ? "" : error);
        if (error == null) {
            fillList();
            refresh();
        }
    }

    private void fillList() {
        list.getItems().setAll(codes.custom());
    }

    /** Shows the known names read-only, asks for the others, and says where the lowest code will sit. */
    private void refresh() {
        String lowest = null;
        for (CodeLevel level : codes.levels()) {
            TextField name = nameFields.get(level);
            String typed = CustomCodes.digits(codeFields.get(level).getText());
            Optional<CatalogEntry> known = typed.length() == level.length(codes.kind())
                    ? codes.known(typed) : Optional.empty();
            if (known.isPresent()) {
                name.setText(known.get().name());
                name.setEditable(false);
                name.setPromptText("");
            } else {
                if (!name.isEditable()) {
                    name.setText("");
                }
                name.setEditable(true);
                name.setPromptText(messages.get("customCode.namePrompt"));
            }
            if (!CustomCodes.digits(codeFields.get(level).getText()).isEmpty()) {
                lowest = codes.levelName(level) + " " + CustomCodes.digits(codeFields.get(level).getText());
            }
        }
        path.setText(lowest == null ? "" : messages.format("customCode.path", lowest));
        problem.setText("");
    }

    /** Adds what the form says; false (and the reason shown) when it cannot. */
    private boolean addCodes() {
        List<CustomCodes.Row> rows = new ArrayList<>();
        for (CodeLevel level : codes.levels()) {
            rows.add(new CustomCodes.Row(level, codeFields.get(level).getText(), nameFields.get(level).getText()));
        }
        CustomCodes.Outcome outcome = codes.plan(rows);
        if (outcome.error() != null) {
            problem.setText(outcome.error());
            return false;
        }
        Command line = null;
        String lowest = outcome.plan().lowestCode();
        if (lines != null && addLine.isSelected() && CodeLevel.of(codes.kind(), lowest) == CodeLevel.ITEM) {
            String refused = lines.refuse(lowest);
            if (refused != null) {
                problem.setText(refused);
                return false;
            }
            line = lines.add(lowest);
        }
        if (outcome.plan().additions().isEmpty() && line == null) {
            problem.setText(messages.get("customCode.error.nothing"));
            return false;
        }
        codes.apply(outcome.plan(), line);
        return true;
    }
}
