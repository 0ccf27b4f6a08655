package org.budgetdesk.ui;

import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Alt mnemonics of the menus, by item id: an English label underlines its letter (“_File”, “Save _as…”), a Chinese
 * one carries it in brackets after its first word, as Chinese programs do (“文件(F)”, “打开(O)…”, “撤销(U) 修改金额”).
 */
final class Mnemonics {
    private static final Map<String, Character> LETTERS = Map.ofEntries(
            Map.entry("menuFile", 'F'), Map.entry("menuEdit", 'E'), Map.entry("menuView", 'V'),
            Map.entry("menuTools", 'T'),
            Map.entry("menuNew", 'N'), Map.entry("menuOpen", 'O'), Map.entry("menuRecent", 'R'),
            Map.entry("menuSave", 'S'), Map.entry("menuSaveAs", 'A'), Map.entry("menuExport", 'E'),
            Map.entry("menuImport", 'I'), Map.entry("menuExit", 'X'),
            Map.entry("menuUndo", 'U'), Map.entry("menuRedo", 'R'), Map.entry("menuCut", 'T'),
            Map.entry("menuCopy", 'C'), Map.entry("menuPaste", 'P'), Map.entry("menuDelete", 'D'),
            Map.entry("menuSelectAll", 'A'), Map.entry("menuFind", 'F'),
            Map.entry("menuUnit", 'U'), Map.entry("menuLanguage", 'L'), Map.entry("menuReviewMode", 'M'),
            Map.entry("menuCheck", 'K'));

    private Mnemonics() {
    }

    /** Gives every menu and item with a letter its mnemonic (items whose text is bound get it from {@link #label}). */
    static void apply(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            apply(menu);
        }
    }

    private static void apply(MenuItem item) {
        Character letter = item.getId() == null ? null : LETTERS.get(item.getId());
        if (letter != null && !item.textProperty().isBound()) {
            item.setText(label(item.getText(), letter));
            item.setMnemonicParsing(true);
        }
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                apply(child);
            }
        }
    }

    /** The label of an item with this id, with its mnemonic; the text unchanged for an id without one. */
    static String label(String id, String text) {
        Character letter = LETTERS.get(id);
        return letter == null ? text : label(text, letter);
    }

    private static String label(String text, char letter) {
        boolean english = text.chars().allMatch(c -> c < 0x2E80 || c == '…');
        int at = english ? text.toUpperCase(java.util.Locale.ROOT).indexOf(letter) : -1;
        if (at >= 0) {
            return text.substring(0, at) + "_" + text.substring(at);
        }
        int end = text.indexOf(' ') >= 0 ? text.indexOf(' ') : text.endsWith("…") ? text.length() - 1 : text.length();
        return text.substring(0, end) + "(_" + letter + ")" + text.substring(end);
    }
}
