package org.budgetdesk.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.charts.ChartsView;
import org.budgetdesk.ui.check.CheckView;
import org.budgetdesk.ui.check.CheckViewModel;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.compare.CompareView;
import org.budgetdesk.ui.economic.EconomicView;
import org.budgetdesk.ui.functional.FunctionalView;
import org.budgetdesk.ui.income.IncomeView;
import org.budgetdesk.ui.narrative.NarrativeView;
import org.budgetdesk.ui.other.OtherView;
import org.budgetdesk.ui.overview.OverviewView;
import org.budgetdesk.ui.review.CommentsView;
import org.budgetdesk.ui.threepublic.ThreePublicView;

/** The tabs, one per disclosure section, each built the first time it is shown. */
final class SectionTabs {
    private final TabPane pane = new TabPane();
    private final java.util.function.BiConsumer<String, Node> onBuilt;
    private CommentsView comments;

    /** @param onBuilt told of each tab's id and content the first time the tab is built */
    SectionTabs(Document document, Messages messages, CheckViewModel checks, BackgroundWork work,
                java.util.function.BiConsumer<String, Node> onBuilt) {
        this.onBuilt = onBuilt;
        pane.setId("sectionTabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add("overviewTab", messages.get("tab.overview"), () -> new OverviewView(document, messages).node());
        add("incomeTab", messages.get("tab.income"), () -> new IncomeView(document, messages).node());
        add("functionalTab", messages.get("tab.functional"), () -> new FunctionalView(document, messages).node());
        add("economicTab", messages.get("tab.economic"), () -> new EconomicView(document, messages).node());
        add("threePublicTab", messages.get("tab.threePublic"), () -> new ThreePublicView(document, messages).node());
        add("otherTab", messages.get("tab.other"), () -> new OtherView(document, messages).node());
        add("narrativeTab", messages.get("tab.narrative"), () -> new NarrativeView(document, messages).node());
        add("chartsTab", messages.get("tab.charts"), () -> new ChartsView(document, messages, work).node());
        add("checkTab", messages.get("tab.check"),
                () -> new CheckView(checks, messages, location -> Jumps.to(location, document, this)).node());
        add("commentsTab", messages.get("tab.comments"), () -> {
            comments = new CommentsView(document, messages, target -> Jumps.to(target, document, this));
            return comments.node();
        });
        add("compareTab", messages.get("tab.compare"),
                () -> new CompareView(document, messages, target -> Jumps.to(target, document, this), work).node());
        pane.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> build(after));
        build(pane.getSelectionModel().getSelectedItem());
    }

    TabPane node() {
        return pane;
    }

    /** Shows the comments tab with a new comment started on a place. */
    void startComment(org.budgetdesk.model.CommentTarget target) {
        select("commentsTab");
        comments.startComment(target);
    }

    /** The id of the tab in front. */
    String selectedId() {
        Tab tab = pane.getSelectionModel().getSelectedItem();
        return tab == null ? null : tab.getId();
    }

    /** Brings the tab with this id to the front, if there is one, and returns its content. */
    Node select(String id) {
        Tab found = pane.getTabs().stream().filter(tab -> tab.getId().equals(id)).findFirst().orElse(null);
        if (found == null) {
            return null;
        }
        pane.getSelectionModel().select(found);
        build(found);
        return found.getContent();
    }

    /** The ids of the tabs, in their order. */
    java.util.List<String> ids() {
        return pane.getTabs().stream().map(Tab::getId).toList();
    }

    /** The content of a tab, built now if it was not yet, without bringing the tab to the front. */
    Node content(String id) {
        Tab found = pane.getTabs().stream().filter(tab -> tab.getId().equals(id)).findFirst().orElse(null);
        if (found == null) {
            return null;
        }
        build(found);
        return found.getContent();
    }

    private void add(String id, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setUserData(content);
        pane.getTabs().add(tab);
    }

    @SuppressWarnings("unchecked")
    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(((Supplier<Node>) tab.getUserData()).get());
            onBuilt.accept(tab.getId(), tab.getContent());
        }
    }
}
