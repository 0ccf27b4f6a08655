package org.budgetdesk.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .docx as Word reads it: heading styles with outline levels, Chinese fonts, A4, numbered headings, markers. */
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
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading%d", level).isNotNull();
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(style.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
            }
            assertThat(docx.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("宋体");
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
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1800));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1440));
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
