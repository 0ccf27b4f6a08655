package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.undo.UndoManager;
import org.budgetdesk.ui.common.Document;

/** The menu bar: 文件, 编辑, 视图, 工具; every item with its keyboard shortcut. */
final class MainMenu {
    private final MenuBar bar = new MenuBar();
    private final Messages messages;
    private Menu tools;

    /** What the menu items do. */
    record Actions(Runnable newProject, Runnable open, Consumer<Path> openRecent, Supplier<List<Path>> recentFiles,
                   Runnable openSample,
                   Runnable save, Runnable saveAs, Runnable newYear, Runnable export, Runnable importExcel,
                   Runnable importPrior, Runnable check,
                   Runnable exit,
                   Runnable undo, Runnable redo, EditActions edit, Runnable find, Consumer<String> language) {
    }

    MainMenu(Document document, Messages messages, Actions actions) {
        this.messages = messages;
        bar.setId("mainMenu");
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(event -> fillRecent(recent, actions));
        fillRecent(recent, actions);
        Menu file = menu("menuFile", "menu.file",
                item("menuNew", "menu.file.new", "Shortcut+N", actions.newProject()),
                item("menuOpen", "menu.file.open", "Shortcut+O", actions.open()),
                recent,
                item("menuOpenSample", "menu.file.openSample", null, actions.openSample()),
                new SeparatorMenuItem(),
                item("menuSave", "menu.file.save", "Shortcut+S", actions.save()),
                item("menuSaveAs", "menu.file.saveAs", "Shortcut+Shift+S", actions.saveAs()),
                new SeparatorMenuItem(),
                item("menuNewYear", "menu.file.newYear", null, actions.newYear()),
                exportItem(actions.export()),
                item("menuImport", "menu.file.import", null, actions.importExcel()),
                item("menuImportPrior", "menu.file.importPrior", null, actions.importPrior()),
                new SeparatorMenuItem(),
                item("menuExit", "menu.file.exit", null, actions.exit()));
        MenuItem undo = item("menuUndo", "menu.edit.undo", "Shortcut+Z", actions.undo());
        undo.disableProperty().bind(document.undoManager().canUndoProperty().not());
        undo.textProperty().bind(named(document.undoManager(), "menuUndo", "menu.edit.undo", "menu.edit.undoNamed",
                () -> document.undoManager().undoDescription()));
        MenuItem redo = item("menuRedo", "menu.edit.redo", "Shortcut+Y", actions.redo());
        redo.disableProperty().bind(document.undoManager().canRedoProperty().not());
        redo.textProperty().bind(named(document.undoManager(), "menuRedo", "menu.edit.redo", "menu.edit.redoNamed",
                () -> document.undoManager().redoDescription()));
        EditActions editing = actions.edit();
        Menu edit = menu("menuEdit", "menu.edit", undo, redo, new SeparatorMenuItem(),
                item("menuCut", "menu.edit.cut", "Shortcut+X", editing::cut),
                item("menuCopy", "menu.edit.copy", "Shortcut+C", editing::copy),
                item("menuPaste", "menu.edit.paste", "Shortcut+V", editing::paste),
                item("menuDelete", "menu.edit.delete", "Delete", editing::delete),
                new SeparatorMenuItem(),
                item("menuSelectAll", "menu.edit.selectAll", "Shortcut+A", editing::selectAll),
                item("menuFind", "menu.edit.find", "Shortcut+F", actions.find()));
        CheckMenuItem review = new CheckMenuItem(messages.get("menu.view.review"));
        review.setId("menuReviewMode");
        review.selectedProperty().bindBidirectional(document.reviewModeProperty());
        Menu view = menu("menuView", "menu.view", unitMenu(document), languageMenu(actions.language()),
                new SeparatorMenuItem(), review);
        tools = menu("menuTools", "menu.tools", item("menuCheck", "menu.tools.check", "F7", actions.check()));
        bar.getMenus().addAll(file, edit, view, tools);
        Mnemonics.apply(bar);
    }

    MenuBar node() {
        return bar;
    }

    /** Adds an item to the 工具 menu. */
    void addTool(String id, String key, Runnable action) {
        MenuItem item = item(id, key, null, action);
        item.setMnemonicParsing(false);
        tools.getItems().add(item);
    }

    private Menu menu(String id, String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key), null, items);
        menu.setId(id);
        return menu;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private MenuItem exportItem(Runnable export) {
        MenuItem item = item("menuExport", "menu.file.export", "Shortcut+E", export);
        item.setDisable(org.budgetdesk.export.ExportFormats.all().isEmpty());
        return item;
    }

    private static MenuItem disabled(MenuItem item) {
        item.setDisable(true);
        return item;
    }

    private Menu unitMenu(Document document) {
        Menu menu = new Menu(messages.get("menu.view.unit"));
        menu.setId("menuUnit");
        ToggleGroup group = new ToggleGroup();
        for (DisplayUnit unit : DisplayUnit.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.of(unit));
            item.setId("menuUnit" + unit.name());
            item.setToggleGroup(group);
            item.setSelected(document.displayUnitProperty().get() == unit);
            item.setOnAction(event -> document.displayUnitProperty().set(unit));
            document.displayUnitProperty().addListener((obs, before, after) -> item.setSelected(after == unit));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu languageMenu(Consumer<String> language) {
        Menu menu = new Menu(messages.get("menu.view.language"));
        menu.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        for (String tag : List.of("zh-CN", "en")) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + tag));
            item.setId("menuLanguage" + tag);
            item.setToggleGroup(group);
            item.setSelected(messages.locale().toLanguageTag().startsWith(tag.substring(0, 2)));
            item.setOnAction(event -> language.accept(tag));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void fillRecent(Menu recent, Actions actions) {
        recent.getItems().clear();
        for (Path path : actions.recentFiles().get()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> actions.openRecent().accept(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            recent.getItems().add(disabled(new MenuItem(messages.get("menu.file.recent.none"))));
        }
    }

    /** “撤销 修改金额”: the menu item names the edit it would undo or redo, when the edit has a name. */
    private javafx.beans.binding.StringBinding named(UndoManager manager, String id, String plainKey, String namedKey,
                                                     java.util.function.Supplier<String> description) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            String key = description.get();
            if (key == null) {
                return Mnemonics.label(id, messages.get(plainKey));
            }
            String name = messages.get(key);
            // a description is a message key, or plain text that already names the edit (a sheet's cell)
            return Mnemonics.label(id, messages.format(namedKey, name.startsWith("[") ? key : name));
        }, manager.revisionProperty(), manager.canUndoProperty(), manager.canRedoProperty());
    }
}
