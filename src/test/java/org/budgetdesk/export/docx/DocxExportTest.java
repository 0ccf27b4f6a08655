package org.budgetdesk.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.budgetdesk.export.common.ChartImage;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .docx as Word reads it: a 公文 (GB/T 9704-2012) in named styles with outline levels and Chinese fonts, A4 with
 * its margins, page numbers at the outside edge, properties naming the department, numbered headings, markers.
 */
class DocxExportTest {
    @TempDir
    Path folder;

    private XWPFDocument exported(Department department) throws Exception {
        Path file = folder.resolve("说明.docx");
        new DocxExporter().export(department, file, ExportOptions.defaults());
        return new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    @Test
    void headingsUseRealHeadingStylesWithOutlineLevelsAndChineseFonts() throws Exception {
        try (XWPFDocument docx = exported(SampleProject.load())) {
            String[] fonts = {"黑体", "楷体_GB2312", "仿宋_GB2312"};
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading%d", level).isNotNull();
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal())
                        .isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(style.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo(fonts[level - 1]);
                assertThat(style.getCTStyle().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
                assertThat(style.getCTStyle().getRPr().sizeOfBArray()).isEqualTo(level == 3 ? 1 : 0);
            }
            var normal = docx.getStyles().getStyle("Normal").getCTStyle();
            assertThat(normal.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(normal.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(normal.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
            assertThat(normal.getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(560));
            assertThat(normal.getPPr().getSpacing().getLineRule().toString()).isEqualTo("exact");
            var title = docx.getStyles().getStyle("Title").getCTStyle();
            assertThat(title.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            assertThat(title.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(44));
            assertThat(title.getPPr().getOutlineLvl().getVal()).as("the title is body text, not a heading")
                    .isEqualTo(BigInteger.valueOf(9));
            List<String> sections = docx.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(sections).hasSize(10);
            assertThat(sections.get(0)).isEqualTo("一、基本职能及主要工作");
            assertThat(sections.get(7)).isEqualTo("八、“三公”经费预算安排情况说明");
            assertThat(sections.get(9)).isEqualTo("十、名词解释");
            assertThat(docx.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("关于乐山市社会保险事务中心2021年部门预算编制的说明");
        }
    }

    @Test
    void pagesAreA4WithMargins() throws Exception {
        try (XWPFDocument docx = exported(SampleProject.load())) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            // 37, 35, 28, 26 mm in twentieths of a point
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
            assertThat(section.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(560));
        }
    }

    @Test
    void theBodyIsCondensedToTwentyEightCharactersALineWithoutACharacterGrid() throws Exception {
        try (XWPFDocument docx = exported(SampleProject.load())) {
            var normal = docx.getStyles().getStyle("Normal").getCTStyle().getRPr();
            // −0.3 pt: 28 × 15.7 pt = 439.6 pt within the 442.2 pt of a 156 mm line
            assertThat(normal.getSpacingArray(0).getVal()).isEqualTo(BigInteger.valueOf(-6));
            assertThat(normal.xmlText()).as("schema order: fonts, spacing, size")
                    .containsSubsequence("rFonts", "spacing", "sz", "szCs");
            var grid = docx.getDocument().getBody().getSectPr().getDocGrid();
            assertThat(grid.getType().toString()).as("lines only: LibreOffice doubles every character on a "
                    + "character grid narrower than the font").isEqualTo("lines");
            assertThat(grid.isSetCharSpace()).isFalse();
            var heading3 = docx.getStyles().getStyle("Heading3").getCTStyle().getRPr();
            assertThat(heading3.xmlText()).containsSubsequence("rFonts", "<w:b/>", "bCs", "sz");
        }
    }

    @Test
    void eachChartOfTheAppendixKeepsItsTitleOnItsPage() throws Exception {
        List<ChartImage> charts = List.of(new ChartImage("支出功能分类结构（按类）", png(400, 250)),
                new ChartImage("机关运行经费：本年与上年", png(400, 300)));
        Path file = folder.resolve("附图.docx");
        new DocxExporter().export(SampleProject.load(), file, ExportOptions.defaults().withCharts(charts));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            List<XWPFParagraph> pictures = paragraphs.stream()
                    .filter(paragraph -> !paragraph.getRuns().isEmpty()
                            && !paragraph.getRuns().get(0).getEmbeddedPictures().isEmpty()).toList();
            assertThat(pictures).hasSize(2);
            for (int i = 0; i < pictures.size(); i++) {
                assertThat(pictures.get(i).isKeepNext()).as("chart %d keeps with its title", i).isTrue();
                XWPFParagraph caption = paragraphs.get(paragraphs.indexOf(pictures.get(i)) + 1);
                assertThat(caption.getText()).isEqualTo(charts.get(i).title());
            }
        }
    }

    private static byte[] png(int width, int height) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void pageNumbersAreDashedAtTheOutsideEdgeInSongtiSizeFour() throws Exception {
        try (XWPFDocument docx = exported(SampleProject.load())) {
            assertThat(docx.getSettings().getEvenAndOddHeadings()).isTrue();
            XWPFParagraph odd = docx.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0);
            XWPFParagraph even = docx.getHeaderFooterPolicy().getEvenPageFooter().getParagraphs().get(0);
            assertThat(odd.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(even.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(odd.getText()).isEqualTo("— 1 —");
            assertThat(odd.getCTP().xmlText()).contains("PAGE");
            var footer = docx.getStyles().getStyle(odd.getStyle()).getCTStyle().getRPr();
            assertThat(footer.getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
            assertThat(footer.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
        }
    }

    @Test
    void thePropertiesNameTheDepartmentAndTheFontTableTheStandIns() throws Exception {
        try (XWPFDocument docx = exported(SampleProject.load())) {
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("乐山市社会保险事务中心");
            assertThat(core.getSubject()).isEqualTo("2021年部门预算");
            assertThat(docx.getProperties().getExtendedProperties().getApplication()).isEqualTo("BudgetDesk");
            var fontTable = docx.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"));
            assertThat(fontTable).hasSize(1);
            String xml = new String(fontTable.get(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>",
                    "<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>");
        }
    }

    @Test
    void aLineBreakTypedInATextIsARealBreak() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().texts().functions().set(0, "第一行\n第二行\t完");
        try (XWPFDocument docx = exported(department)) {
            XWPFParagraph paragraph = docx.getParagraphs().stream()
                    .filter(candidate -> candidate.getText().contains("第一行")).findFirst().orElseThrow();
            String xml = paragraph.getCTP().xmlText();
            assertThat(xml).contains("<w:br/>", "<w:tab/>").doesNotContain("第一行\n");
            assertThat(paragraph.getText()).contains("第一行\n第二行\t完");
        }
    }

    @Test
    void theTextIsTheGeneratedExplanation() throws Exception {
        Department department = SampleProject.load();
        try (XWPFDocument docx = exported(department)) {
            String text = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            String expected = NarrativeGenerator.sichuan().generate(department).text().replace("\u3000", "")
                    .replaceAll("\n+", "\n").strip();
            assertThat(text.strip()).isEqualTo(expected);
        }
    }

    @Test
    void placeholdersAreHighlighted() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().operatingCosts().reason().set("");
        try (XWPFDocument docx = exported(department)) {
            List<XWPFRun> marked = docx.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
                    .filter(run -> run.text().startsWith("【待填写")).toList();
            assertThat(marked).hasSize(1);
            assertThat(marked.get(0).getTextHighlightColor().toString()).isEqualTo("yellow");
        }
    }
}
