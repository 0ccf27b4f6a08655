package org.budgetdesk.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.functional.FunctionalView;

/** The tabs, one per disclosure section, each built the first time it is shown. */
final class SectionTabs {
    private final TabPane pane = new TabPane();

    SectionTabs(Document document, Messages messages) {
        pane.setId("sectionTabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add("functionalTab", messages.get("tab.functional"), () -> new FunctionalView(document, messages).node());
        pane.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> build(after));
        build(pane.getSelectionModel().getSelectedItem());
    }

    TabPane node() {
        return pane;
    }

    private void add(String id, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setUserData(content);
        pane.getTabs().add(tab);
    }

    @SuppressWarnings("unchecked")
    private static void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(((Supplier<Node>) tab.getUserData()).get());
        }
    }
}
