package org.budgetdesk.export.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.catalog.importing.CodeListImport;
import org.budgetdesk.catalog.importing.ImportLayout;
import org.budgetdesk.catalog.importing.ImportPreview;
import org.budgetdesk.catalog.importing.ImportSheet;
import org.budgetdesk.catalog.importing.NoCodesException;
import org.budgetdesk.catalog.importing.SkipReason;
import org.budgetdesk.catalog.importing.SkippedRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classification lists in the files accountants have: .xlsx written by LibreOffice, .xls written by POI, CSV saved by
 * Excel on a Chinese Windows (GBK) and UTF-8 CSV and text, each with one of the layouts real lists use.
 */
class CodeListFilesTest {
    @TempDir
    Path folder;

    private static ImportPreview preview(Path file, CodeKind kind) throws Exception {
        List<ImportSheet> sheets = CodeListFiles.read(file);
        return CodeListImport.preview(file.getFileName().toString(), sheets, kind, 2025,
                CatalogLibrary.shipped().forYear(2025));
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (cells[i] != null) {
                row.createCell(i).setCellValue((String) cells[i]);
            }
        }
    }

    private Path save(Workbook workbook, String name) throws Exception {
        Path file = folder.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Test
    void anXlsxWrittenByLibreOfficeWithTitleNotesSubItemsAndOddCodes() throws Exception {
        Optional<LibreOffice> office = LibreOffice.find();
        if (office.isEmpty()) {
            Assumptions.assumeFalse(LibreOffice.onCi(), "LibreOffice must be installed on CI");
            System.out.println("NOTICE: LibreOffice (soffice) not found; the .xlsx is read as POI wrote it");
        }
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet notes = workbook.createSheet("填表说明");
        row(notes, 0, "本表为2025年支出功能分类科目，供导入使用。");
        Sheet sheet = workbook.createSheet("支出功能分类科目");
        row(sheet, 0, "2025年政府收支分类科目（支出功能分类）");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        row(sheet, 1, "单位：元");
        row(sheet, 3, "科目编码", "科目名称", "说明");
        row(sheet, 4, 201, "一般公共服务支出", "反映政府提供一般公共服务的支出。");
        row(sheet, 5, 20101, "  人大事务", null);
        row(sheet, 6, "２０１０１０１", "    行政运行", null);
        row(sheet, 7, "201 01 02", "    一般行政管理事务", null);
        row(sheet, 8, "201010201", "      某目级科目", null);
        row(sheet, 9, 208, "社会保障和就业支出", null);
        row(sheet, 10, 20805, "行政事业单位养老支出", null);
        row(sheet, 11, 2080505, "机关事业单位基本养老保险缴费支出", null);
        row(sheet, 13, "注：目级科目不在本工作台中使用。");
        Path written = save(workbook, "functional-2025.xlsx");
        Path file = office.isPresent() ? office.get().convert(folder, written, "xlsx", folder.resolve("lo")) : written;

        ImportPreview preview = preview(file, null);

        assertThat(preview.kind()).isEqualTo(CodeKind.FUNCTIONAL);
        assertThat(preview.sheet()).isEqualTo("支出功能分类科目");
        assertThat(preview.layout().kind()).isEqualTo(ImportLayout.Kind.CODE_AND_NAME_COLUMNS);
        assertThat(preview.entries()).extracting(CatalogEntry::code, CatalogEntry::name).containsExactly(
                tuple("201", "一般公共服务支出"), tuple("20101", "人大事务"), tuple("2010101", "行政运行"),
                tuple("2010102", "一般行政管理事务"), tuple("208", "社会保障和就业支出"),
                tuple("20805", "行政事业单位养老支出"), tuple("2080505", "机关事业单位基本养老保险缴费支出"));
        assertThat(preview.count(CodeLevel.CLASS)).isEqualTo(2);
        assertThat(preview.count(CodeLevel.SECTION)).isEqualTo(2);
        assertThat(preview.count(CodeLevel.ITEM)).isEqualTo(3);
        assertThat(preview.skipped()).extracting(SkippedRow::row, SkippedRow::reason).containsExactly(
                tuple(1, SkipReason.HEADER), tuple(2, SkipReason.HEADER), tuple(4, SkipReason.HEADER),
                tuple(9, SkipReason.SUB_ITEM), tuple(14, SkipReason.NO_CODE));
    }

    @Test
    void anXlsWrittenByPoiWithTheOfficialLevelColumns() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("附件1");
        CellStyle twoDigits = workbook.createCellStyle();
        twoDigits.setDataFormat(workbook.createDataFormat().getFormat("00"));
        row(sheet, 0, "科目编码", null, null, "科目名称");
        row(sheet, 1, "类", "款", "项", null);
        row(sheet, 2, 210, null, null, "卫生健康支出");
        row(sheet, 3, null, 1, null, "卫生健康管理事务");
        sheet.getRow(3).getCell(1).setCellStyle(twoDigits);
        row(sheet, 4, null, null, 1, "行政运行");
        sheet.getRow(4).getCell(2).setCellStyle(twoDigits);
        row(sheet, 5, null, "15", null, "医疗保障管理事务");
        row(sheet, 6, null, null, "01", "行政运行");
        row(sheet, 7, null, null, 1, "未设格式的“1”也是01");
        Path file = save(workbook, "2025年政府收支分类科目.xls");

        ImportPreview preview = preview(file, CodeKind.FUNCTIONAL);

        assertThat(preview.layout().kind()).isEqualTo(ImportLayout.Kind.LEVEL_COLUMNS);
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("210", "21001", "2100101",
                "21015", "2101501");
        assertThat(preview.skipped()).extracting(SkippedRow::row, SkippedRow::reason).containsExactly(
                tuple(1, SkipReason.HEADER), tuple(2, SkipReason.HEADER), tuple(8, SkipReason.DUPLICATE_OTHER_NAME));
    }

    @Test
    void aGbkCsvFromExcelOnWindowsWithCodeAndNameInOneCell() throws Exception {
        String text = "部门预算支出经济分类科目（2023年）\r\n"
                + "编码及名称,说明\r\n"
                + "301 工资福利支出,\r\n"
                + "30101 基本工资,\r\n"
                + "\"30103 奖金\",\"含绩效奖金（基础绩效奖、年度绩效奖）\"\r\n"
                + "501 机关工资福利支出,政府预算支出经济分类\r\n";
        Path file = folder.resolve("经济分类.csv");
        Files.write(file, text.getBytes(Charset.forName("GBK")));

        ImportPreview preview = preview(file, null);

        assertThat(preview.kind()).isEqualTo(CodeKind.ECONOMIC);
        assertThat(preview.layout().kind()).isEqualTo(ImportLayout.Kind.CODE_AND_NAME_IN_ONE_CELL);
        assertThat(preview.entries()).extracting(CatalogEntry::code, CatalogEntry::name).containsExactly(
                tuple("301", "工资福利支出"), tuple("30101", "基本工资"), tuple("30103", "奖金"));
        assertThat(preview.skipped()).extracting(SkippedRow::reason)
                .containsExactly(SkipReason.HEADER, SkipReason.HEADER, SkipReason.OTHER_CLASSIFICATION);
    }

    @Test
    void utf8CsvWithAByteOrderMarkAndTabTextWithoutOne() throws Exception {
        String csv = "\uFEFF科目代码,科目名称\n\"208\",\"社会保障和就业支出\"\n20801,\"人力资源和社会保障管理事务\"\n"
                + "2080109,\"社会保险经办机构, 含“经办”\"\n";
        Path withBom = folder.resolve("list.csv");
        Files.writeString(withBom, csv, StandardCharsets.UTF_8);
        assertThat(preview(withBom, CodeKind.FUNCTIONAL).entries()).extracting(CatalogEntry::name)
                .containsExactly("社会保障和就业支出", "人力资源和社会保障管理事务", "社会保险经办机构, 含“经办”");

        Path tabs = folder.resolve("list.txt");
        Files.writeString(tabs, "科目编码\t科目名称\n221\t住房保障支出\n22102\t  住房改革支出\n2210201\t    住房公积金\n",
                StandardCharsets.UTF_8);
        ImportPreview preview = preview(tabs, CodeKind.FUNCTIONAL);
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("221", "22102", "2210201");
        assertThat(preview.entries().get(2).name()).isEqualTo("住房公积金");
    }

    @Test
    void unicodeTextAsExcelSavesItIsReadToo() throws Exception {
        Path file = folder.resolve("unicode.txt");
        byte[] body = "编码\t名称\r\n224\t灾害防治及应急管理支出\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);
        assertThat(preview(file, CodeKind.FUNCTIONAL).entries()).extracting(CatalogEntry::name)
                .containsExactly("灾害防治及应急管理支出");
    }

    @Test
    void aFileWithoutCodesIsRefusedNamingTheRowsAndColumnsTried() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("表1");
        row(sheet, 0, "部门收支总表", null, null);
        row(sheet, 1, "项目", "预算数", "上年");
        row(sheet, 2, "一般公共预算拨款", 7630600.55, 7323900.12);
        Path file = save(workbook, "tables.xlsx");
        assertThatThrownBy(() -> preview(file, CodeKind.FUNCTIONAL))
                .isInstanceOf(NoCodesException.class)
                .hasMessageContaining("sheet \"表1\" (rows 1–3, columns A–C)");
    }

    @Test
    void aFileThatIsNoWorkbookOrCannotBeReadIsRefusedWithItsKind() throws Exception {
        Path fake = folder.resolve("fake.xlsx");
        Files.writeString(fake, "208,社会保障和就业支出\n");
        assertThatThrownBy(() -> CodeListFiles.read(fake)).isInstanceOf(CodeListFileException.class)
                .extracting(e -> ((CodeListFileException) e).kind()).isEqualTo(CodeListFileException.Kind.NOT_A_WORKBOOK);
        assertThatThrownBy(() -> CodeListFiles.read(folder.resolve("missing.csv")))
                .extracting(e -> ((CodeListFileException) e).kind()).isEqualTo(CodeListFileException.Kind.UNREADABLE);
        Path zip = folder.resolve("broken.xlsx");
        Files.write(zip, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertThatThrownBy(() -> CodeListFiles.read(zip))
                .extracting(e -> ((CodeListFileException) e).kind()).isEqualTo(CodeListFileException.Kind.NOT_A_WORKBOOK);
    }

    @Test
    void textIsDecodedAsUtf8WhenValidElseAsGbk() {
        assertThat(TextTables.decode("行政运行".getBytes(StandardCharsets.UTF_8))).isEqualTo("行政运行");
        assertThat(TextTables.decode("行政运行".getBytes(Charset.forName("GBK")))).isEqualTo("行政运行");
        assertThat(TextTables.separator("a;b;c\n1;2;3\n")).isEqualTo(';');
        assertThat(TextTables.separator("2010101 行政运行\n2010102 一般行政管理事务\n")).isEqualTo((char) 0);
    }
}
