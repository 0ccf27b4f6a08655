package org.budgetdesk.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;

/**
 * The sample's .docx opened by LibreOffice, the way a user's office suite opens it: converted to PDF, its text holds
 * the key sentences, and its first pages render (kept in target/docx-preview for a look). Runs on CI, where .ci/run
 * installs LibreOffice and poppler; skipped with a notice elsewhere when they are missing.
 */
class DocxInLibreOfficeTest {

    @Test
    void libreOfficeShowsTheKeySentences() throws Exception {
        LibreOffice.require("soffice");
        LibreOffice.require("pdftotext");
        Path folder = Files.createDirectories(Path.of("target", "docx-preview"));
        Path docx = folder.resolve("explanation.docx");
        new DocxExporter().export(SampleProject.load(), docx, ExportOptions.defaults());

        Path pdf = LibreOffice.toPdf(docx, folder);
        String text = flatten(LibreOffice.text(pdf));
        assertThat(text).contains(
                "关于乐山市社会保险事务中心2021年部门预算编制的说明",
                "一、基本职能及主要工作",
                "收入预算总额为763.06万元，较上年预算数732.39万元增加30.67万元。",
                "基本支出预算658.17万元（人员经费461.37万元，公用经费196.8万元），项目支出预算104.89万元。",
                "社会保障和就业支出690.58万元，占91%；卫生健康支出18.09万元，占2%；",
                "住房保障支出54.38万元，占7%；",
                "行政运行（项）：2021年预算数为388.15万元",
                "社会保险经办机构（项）：2021年预算数为229.85万元",
                "机关事业单位基本养老保险缴费支出（项）：2021年预算数为47.46万元",
                "机关事业单位职业年金缴费支出（项）：2021年预算数为23.73万元",
                "其他行政事业单位养老支出（项）：2021年预算数为1.4万元",
                "行政单位医疗（项）：2021年预算数为18.09万元",
                "住房公积金（项）：2021年预算数为54.38万元",
                "“三公”经费预算数3万元，较上年预算数3.88万元减少0.88万元，下降23%。",
                "机关运行经费预算为181.3万元，较上年预算数67.21万元增加114.09万元，增长169.75%。",
                "八、“三公”经费预算安排情况说明",
                "十、名词解释");

        String info = LibreOffice.info(pdf);
        assertThat(info).contains("A4").contains("乐山市社会保险事务中心");
        assertThat(LibreOffice.fonts(pdf)).as("LibreOffice stands in a CJK font where the 公文 fonts are missing")
                .containsPattern("(?i)(CJK|Hei|Song|Fang|Kai)");
        assertThat(LibreOffice.text(pdf)).containsPattern("—\\s?1\\s?—").containsPattern("—\\s?2\\s?—");

        LibreOffice.require("pdftoppm");
        List<Path> pages = LibreOffice.render(pdf, 1, 2);
        assertThat(pages).hasSize(2);
        assertThat(Files.size(pages.get(0))).isGreaterThan(10_000);
    }

    @Test
    void aFullBodyLineHoldsTwentyEightCharactersAndNothingIsLost() throws Exception {
        LibreOffice.require("soffice");
        LibreOffice.require("pdftotext");
        Path folder = Files.createDirectories(Path.of("target", "docx-preview", "lines"));
        Path docx = folder.resolve("county.docx");
        new DocxExporter().export(SampleProject.load(SampleProject.COUNTY_EDUCATION), docx, ExportOptions.defaults());
        Path pdf = LibreOffice.toPdf(docx, folder);

        // lines of Chinese text only (no digits, whose widths differ), as LibreOffice broke them
        Map<Integer, Long> lengths = LibreOffice.text(pdf).lines().map(String::strip)
                .filter(line -> line.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN || "，、。；：“”（）".indexOf(c) >= 0))
                .collect(Collectors.groupingBy(line -> line.codePointCount(0, line.length()), Collectors.counting()));
        int usual = lengths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(usual).as("the length of most full lines, %s", lengths).isEqualTo(28);

        StringBuilder written = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            document.getParagraphs().forEach(paragraph -> written.append(paragraph.getText()));
        }
        assertThat(flatten(LibreOffice.text(pdf)))
                .isEqualTo(written.toString().replaceAll("\\s", ""));
    }

    /**
     * The text without line breaks, spaces, form feeds or the footer's page numbers (“— 5 —”), so sentences wrapped
     * or broken across pages match.
     */
    private static String flatten(String text) {
        return text.lines().map(String::strip).filter(line -> !line.matches("(—\\s?)?\\d+(\\s?—)?"))
                .collect(Collectors.joining()).replaceAll("[\\s\\f]", "");
    }
}
