package org.budgetdesk.ui.other;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;

/**
 * The 机关运行经费及其他 tab (其他重要事项): 机关运行经费, 政府采购, 国有资产占有使用 and 绩效目标 of the viewed unit,
 * and the figures the figure schema adds (补充数据) when it adds any, as titled sections in a scrolling page.
 */
public final class OtherView {
    private final ScrollPane root = new ScrollPane();

    public OtherView(Document document, Messages messages) {
        OtherViewModel viewModel = new OtherViewModel(document, messages);
        Label caption = new Label();
        caption.setId("otherUnitCaption");
        caption.textProperty().bind(viewModel.unitCaption());
        VBox sections = new VBox(10, caption,
                section("operatingCostsSection", messages.get("other.operatingCosts"),
                        OperatingCostsSection.build(viewModel, messages)),
                section("procurementSection", messages.get("other.procurement"),
                        ProcurementSection.build(viewModel, messages)),
                section("assetsSection", messages.get("other.assets"), AssetsSection.build(viewModel, messages)),
                section("performancePane", messages.get("other.performance"),
                        new PerformanceSection(document, messages).node()),
                section("overallTargetsPane", messages.get("other.overall"),
                        OverallTargetsSection.build(document, viewModel, messages)));
        AddedFiguresSection.build(viewModel, messages).ifPresent(added -> sections.getChildren()
                .add(section("addedFiguresPane", messages.get("other.added"), added)));
        sections.setPadding(new Insets(8));
        root.setId("otherView");
        root.setContent(sections);
        root.setFitToWidth(true);
    }

    public Node node() {
        return root;
    }

    private static TitledPane section(String id, String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        pane.setAccessibleText(title);
        return pane;
    }
}
