package org.budgetdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.budgetdesk.format.FullWidth;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.SheetView;

/**
 * 编辑 → 查找 (Ctrl+F): finds a code or any part of a name in the tables of every tab, for the viewed unit; Enter
 * goes to the next row found, across tabs, and around again. The bar joins the window when it is first opened, so
 * that the first frame does not style and lay out a bar it does not show.
 */
final class FindBar {
    /** Where the bar goes: empty until the bar is first opened. */
    private final StackPane place = new StackPane();
    private final HBox box = new HBox(8);
    private final TextField field = new TextField();
    private final Label result = new Label();
    private final Messages messages;
    private final Supplier<SectionTabs> tabs;
    private String lastQuery;
    private Hit last;

    /** A row found: which tab, which table in it, which row. */
    private record Hit(int tab, int table, int row, String tabId, SheetView<?> sheet) {
        boolean after(Hit other) {
            if (other == null) {
                return true;
            }
            if (tab != other.tab) {
                return tab > other.tab;
            }
            return table != other.table ? table > other.table : row > other.row;
        }
    }

    FindBar(Messages messages, Supplier<SectionTabs> tabs) {
        this.messages = messages;
        this.tabs = tabs;
        field.setId("findField");
        field.setPromptText(messages.get("find.prompt"));
        field.setAccessibleText(messages.get("find.prompt"));
        field.setPrefColumnCount(24);
        field.setOnAction(event -> findNext());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        result.setId("findResult");
        Button next = new Button(messages.get("find.next"));
        next.setId("findNext");
        next.setOnAction(event -> findNext());
        Button close = new Button(messages.get("find.close"));
        close.setId("findClose");
        close.setOnAction(event -> close());
        box.setId("findBar");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.getChildren().addAll(new Label(messages.get("find.label")), field, next, close, result);
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
    }

    Node node() {
        return place;
    }

    void open() {
        if (place.getChildren().isEmpty()) {
            place.getChildren().add(box);
        }
        box.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void close() {
        box.setVisible(false);
        result.setText("");
        if (last != null) {
            last.sheet.table().requestFocus();
        }
    }

    /** Goes to the next row whose code or name holds the text, after the last one found. */
    void findNext() {
        String query = normalized(field.getText());
        if (query.isEmpty()) {
            return;
        }
        List<Hit> hits = hits(query);
        if (hits.isEmpty()) {
            result.setText(messages.format("find.none", field.getText().strip()));
            last = null;
            return;
        }
        Hit from = query.equals(lastQuery) ? last : startOfSelectedTab();
        Hit next = hits.stream().filter(hit -> hit.after(from)).findFirst().orElse(hits.get(0));
        lastQuery = query;
        last = next;
        tabs.get().select(next.tabId);
        next.sheet.showRow(next.row);
        field.requestFocus(); // Enter goes on to the next; Esc leaves the bar for the table
        result.setText(messages.format("find.count", hits.indexOf(next) + 1, hits.size(),
                next.sheet.labelAt(next.row)));
    }

    private Hit startOfSelectedTab() {
        int selected = tabs.get().ids().indexOf(tabs.get().selectedId());
        return new Hit(selected, -1, -1, null, null);
    }

    private List<Hit> hits(String query) {
        List<Hit> hits = new ArrayList<>();
        List<String> ids = tabs.get().ids();
        for (int t = 0; t < ids.size(); t++) {
            Node content = TabSections.sectionOf(ids.get(t)) != null ? tabs.get().content(ids.get(t)) : null;
            if (content == null) {
                continue;
            }
            int tableIndex = 0;
            for (Node node : content.lookupAll(".tree-table-view")) {
                if (node instanceof TreeTableView<?> table && SheetView.of(table).isPresent()) {
                    SheetView<?> sheet = SheetView.of(table).get();
                    for (int row = 0; row < table.getExpandedItemCount(); row++) {
                        if (normalized(sheet.labelAt(row)).contains(query)) {
                            hits.add(new Hit(t, tableIndex, row, ids.get(t), sheet));
                        }
                    }
                    tableIndex++;
                }
            }
        }
        return hits;
    }

    private static String normalized(String text) {
        return FullWidth.toAscii(text == null ? "" : text).strip().toLowerCase(Locale.ROOT);
    }
}
