package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdesk.audit.read.AuditSources;
import org.budgetdesk.audit.read.UnreadableTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explanation files as the audit reads them: UTF-8 or GBK text, Word, PDF; and what it refuses. */
class AuditSourcesTest {
    @TempDir
    Path folder;

    @Test
    void utf8WithByteOrderMarkAndGbkTextReadTheSame() throws Exception {
        String text = AuditTexts.read(AuditTexts.SEED);
        Path utf8 = folder.resolve("a.txt");
        Path gbk = folder.resolve("b.txt");
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        Files.write(utf8, withBom);
        Files.write(gbk, text.getBytes("GBK"));

        assertThat(AuditSources.read(utf8)).isEqualTo(text);
        assertThat(AuditSources.read(gbk)).isEqualTo(text);
    }

    @Test
    void wordParagraphsAreReadInOrderAndAuditedLikeText() throws Exception {
        Path docx = folder.resolve("seed.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : AuditTexts.read(AuditTexts.SEED).split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }

        AuditReport report = new Auditor().audit(AuditSources.read(docx));

        assertThat(report.findings()).extracting(AuditFinding::kind)
                .containsExactly(FindingKind.PARTS_TOTAL, FindingKind.PARTS_TOTAL, FindingKind.YEAR);
    }

    @Test
    void aPdfWithoutTextLayerIsRefusedAsHavingNoText() throws Exception {
        Path pdf = folder.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> AuditSources.read(pdf)).isInstanceOf(UnreadableTextException.class)
                .extracting(e -> ((UnreadableTextException) e).key()).isEqualTo("audit.read.noText");
    }

    @Test
    void aBrokenPdfIsUnreadable() throws Exception {
        Path pdf = folder.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7 not really");

        assertThatThrownBy(() -> AuditSources.read(pdf)).isInstanceOf(UnreadableTextException.class)
                .extracting(e -> ((UnreadableTextException) e).key()).isEqualTo("audit.read.unreadable");
    }

    @Test
    void wordsAutomaticNumbersAreReadAsHeadings() throws Exception {
        Path docx = folder.resolve("numbered.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(java.math.BigInteger.ZERO);
            String[] texts = {"%1、", "（%2）"};
            for (int level = 0; level < texts.length; level++) {
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl lvl = abstractNum.addNewLvl();
                lvl.setIlvl(java.math.BigInteger.valueOf(level));
                lvl.addNewNumFmt().setVal(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
                lvl.addNewLvlText().setVal(texts[level]);
                lvl.addNewStart().setVal(java.math.BigInteger.ONE);
            }
            org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = document.createNumbering();
            java.math.BigInteger abstractId = numbering.addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
            java.math.BigInteger numId = numbering.addNum(abstractId);
            String[][] lines = {{"0", "收支预算总体情况"}, {"", "2022年收入预算总额为100万元。"}, {"0", "三公经费"},
                {"1", "预算情况"}, {"", "2022年“三公”经费预算数3万元。"}};
            for (String[] line : lines) {
                org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = document.createParagraph();
                if (!line[0].isEmpty()) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(java.math.BigInteger.valueOf(Integer.parseInt(line[0])));
                }
                paragraph.createRun().setText(line[1]);
            }
            document.write(out);
        }

        String text = AuditSources.read(docx);

        assertThat(text).contains("一、收支预算总体情况\n", "二、三公经费\n", "（一）预算情况\n");
    }
}
