package org.budgetdesk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.CjkFont;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartsViewUiTest {
    @TempDir
    Path folder;
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Document document;
    private ChartsView view;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        view = new ChartsView(document, messages, new BackgroundWork());
        StackPane root = new StackPane(view.node());
        root.setStyle(CjkFont.rootStyle());
        stage.setScene(new Scene(root, 1260, 760));
        stage.show();
    }

    private PieChart pie(String id) {
        return (PieChart) view.chart(id);
    }

    @Test
    void piesNameEachPartWithItsAmountInWanYuanAndItsShare() {
        assertThat(pie(ChartData.FUNCTIONAL_BY_CLASS).getData()).extracting(PieChart.Data::getName)
                .containsExactly("社会保障和就业支出 690.58万元（90.50%）", "卫生健康支出 18.09万元（2.37%）",
                        "住房保障支出 54.38万元（7.13%）");
        assertThat(pie(ChartData.THREE_PUBLIC_PARTS).getData()).extracting(PieChart.Data::getName)
                .containsExactly("公务接待费 3.00万元（100.00%）");
    }

    @Test
    void barsShowTheirAmountsAndCjkTextUsesTheRootFont(FxRobot robot) {
        Parent bars = (Parent) view.chart(ChartData.OPERATING_COSTS_YEAR_ON_YEAR);
        assertThat(bars.lookupAll(".chart-bar-value")).extracting(node -> ((Text) node).getText())
                .containsExactly("181.30", "67.21");

        Optional<String> family = CjkFont.family();
        assumeTrue(family.isPresent(), "no CJK font installed");
        Label title = (Label) bars.lookup(".chart-title");
        assertThat(title.getText()).isEqualTo("机关运行经费：本年与上年");
        assertThat(title.getFont().getFamily()).isEqualTo(family.get());
        assertThat(((Text) bars.lookup(".chart-bar-value")).getFont().getFamily()).isEqualTo(family.get());
        Node legend = pie(ChartData.FUNCTIONAL_BY_CLASS).lookup(".chart-legend-item");
        assertThat(((Label) legend).getFont().getFamily()).isEqualTo(family.get());
    }

    @Test
    void chartsFollowEditsAfterThePause(FxRobot robot) {
        robot.interact(() -> document.undoManager().execute(Edits.setAmount(
                department.ownUnit().threePublic().overseasTravel().current(), new BigDecimal("10000.00"))));
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pie(ChartData.THREE_PUBLIC_PARTS).getData()).extracting(PieChart.Data::getName)
                .containsExactly("因公出国（境）费 1.00万元（25.00%）", "公务接待费 3.00万元（75.00%）");
    }

    @Test
    void aChartWithoutMoneySaysNoData(FxRobot robot) {
        robot.interact(() -> document.open(new Department("新部门", 2021), null));
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Node none = robot.lookup("#noData-" + ChartData.INCOME_BY_SOURCE).query();
        assertThat(((Label) none).getText()).isEqualTo("无数据");
        assertThat(view.chart(ChartData.INCOME_BY_SOURCE)).isNotInstanceOf(PieChart.class);
    }

    @Test
    void eachChartCanBeSavedAsPng(FxRobot robot) throws Exception {
        Path file = folder.resolve("chart.png");
        String[] suggested = new String[1];
        view.setPngChooser(name -> {
            suggested[0] = name;
            return Optional.of(file);
        });

        robot.clickOn("#save-" + ChartData.FUNCTIONAL_BY_CLASS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#chartsStatus").queryAs(Label.class).getText().contains("chart.png"));

        assertThat(suggested[0]).isEqualTo("乐山市社会保险事务中心-支出功能分类结构（按类）.png");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
        assertThat(robot.lookup("#chartsStatus").queryAs(Label.class).getText()).contains("chart.png");
    }

    @Test
    void chartImagesAreDrawnOffscreenFromAnyThread() throws Exception {
        Map<String, byte[]> images = ChartImages.render(department.consolidated(), Catalog.forYear(2021), messages,
                640, 400);

        assertThat(images.keySet()).containsExactly(ChartData.FUNCTIONAL_BY_CLASS, ChartData.INCOME_BY_SOURCE,
                ChartData.BASIC_AND_PROJECT, ChartData.PERSONNEL_AND_PUBLIC, ChartData.THREE_PUBLIC_PARTS,
                ChartData.INCOME_YEAR_ON_YEAR, ChartData.CLASSES_YEAR_ON_YEAR, ChartData.THREE_PUBLIC_YEAR_ON_YEAR,
                ChartData.OPERATING_COSTS_YEAR_ON_YEAR);
        for (byte[] png : images.values()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(400);
        }
        Files.write(folder.resolve("x.png"), images.get(ChartData.FUNCTIONAL_BY_CLASS));
    }

    @Test
    void offTheUiThreadOnlyEachSnapshotGoesToTheUiThreadOneChartAtATime() {
        List<Boolean> stepsOnUiThread = new CopyOnWriteArrayList<>();
        List<Boolean> progressOnUiThread = new CopyOnWriteArrayList<>();
        List<Double> progress = new CopyOnWriteArrayList<>();
        Executor watchedUiThread = step -> Platform.runLater(() -> {
            stepsOnUiThread.add(Platform.isFxApplicationThread());
            step.run();
        });

        Map<String, byte[]> images = ChartImages.render(department.consolidated(), Catalog.forYear(2021), messages,
                640, 400, fraction -> {
                    progressOnUiThread.add(Platform.isFxApplicationThread());
                    progress.add(fraction);
                }, watchedUiThread);

        assertThat(Platform.isFxApplicationThread()).isFalse();
        assertThat(images).hasSize(9);
        assertThat(stepsOnUiThread).as("one UI step per chart").hasSize(9).containsOnly(true);
        // figures and PNG encoding stay on the calling thread, which reports after each chart
        assertThat(progressOnUiThread).hasSize(9).containsOnly(false);
        assertThat(progress).isSorted().endsWith(1.0);
    }
}
