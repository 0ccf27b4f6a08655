package org.budgetdesk.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Test helper: chooses a menu item of a window by its id (a check item toggles), as a click on it would. */
public final class MenuRobot {
    private MenuRobot() {
    }

    public static void choose(FxRobot robot, Stage stage, String itemId) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup("#mainMenu");
        robot.interact(() -> {
            MenuItem item = find(bar, itemId);
            if (item instanceof CheckMenuItem check) {
                check.setSelected(!check.isSelected());
            }
            item.fire();
        });
    }

    /** The menu item with this id in the window's menu bar. */
    public static MenuItem item(Stage stage, String itemId) {
        return find((MenuBar) stage.getScene().getRoot().lookup("#mainMenu"), itemId);
    }

    private static MenuItem find(MenuBar bar, String id) {
        for (Menu menu : bar.getMenus()) {
            MenuItem found = find(menu, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu submenu && find(submenu, id) != null) {
                return find(submenu, id);
            }
        }
        return null;
    }
}
