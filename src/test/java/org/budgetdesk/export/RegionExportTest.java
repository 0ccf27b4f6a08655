package org.budgetdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.budgetdesk.cli.Cli;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.docx.DocxExporter;
import org.budgetdesk.export.txt.TxtExporter;
import org.budgetdesk.export.xlsx.TableSet;
import org.budgetdesk.export.xlsx.TableTemplate;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.narrative.OutlineEntry;
import org.budgetdesk.region.Region;
import org.budgetdesk.region.Regions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped region exports both samples: every table of its set, numbered and titled as the region publishes
 * it, and an explanation with the region's outline, in .txt and .docx alike. A region added as a folder of test
 * resources (test-region) is listed and exported like a shipped one, with no code.
 */
class RegionExportTest {
    private static final List<String> SHIPPED = List.of("sichuan-2021", "sichuan-2024", "central");

    @TempDir
    Path folder;

    static Stream<Arguments> regionsAndSamples() {
        return SHIPPED.stream().flatMap(region -> Stream.of(SampleProject.FILE_NAME, SampleProject.COUNTY_EDUCATION)
                .map(sample -> Arguments.of(region, sample)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("regionsAndSamples")
    void everyTableIsNumberedAndTitledAsTheRegionPublishesIt(String region, String sample) throws Exception {
        Department department = SampleProject.load(sample);
        Path xlsx = folder.resolve("tables.xlsx");
        new XlsxExporter().export(department, xlsx, options(region));
        String year = String.valueOf(department.budgetYear().get());
        TableSet set = TableSet.load(region);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (TableTemplate table : set.tables()) {
                Sheet sheet = workbook.getSheet(table.sheet());
                assertThat(sheet).as(table.sheet()).isNotNull();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(table.number());
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(year + "年" + table.title());
            }
            assertThat(workbook.getNumberOfSheets()).isEqualTo(set.tables().size() + 1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("regionsAndSamples")
    void theExplanationFollowsTheRegionsOutline(String region, String sample) throws Exception {
        Department department = SampleProject.load(sample);
        List<String> headings = headings(region, department.budgetYear().get());
        Path txt = folder.resolve("explanation.txt");
        new TxtExporter().export(department, txt, options(region));
        assertThat(headingLines(Files.readAllLines(txt), headings)).containsExactlyElementsOf(headings);
        Path docx = folder.resolve("explanation.docx");
        new DocxExporter().export(department, docx, options(region));
        List<String> styled = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if (paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
                    styled.add(paragraph.getText());
                }
            }
        }
        assertThat(headingLines(styled, headings)).containsExactlyElementsOf(headings);
        assertThat(styled).hasSize(headings.size());
    }

    @Test
    void theRegionsDifferWhereTheirDocumentsDo() {
        assertThat(TableSet.load("sichuan-2024").tables()).extracting(table -> table.number() + " " + table.title())
                .contains("公开表4 政府性基金预算支出表", "公开表5 国有资本经营预算支出表", "公开表6 部门预算项目支出绩效目标表",
                        "公开表7 部门整体支出绩效目标表");
        assertThat(headings("sichuan-2024", 2024)).contains("部门预算单位构成").doesNotContain("部门概况");
        assertThat(headings("central", 2024)).startsWith("部门职责", "机构设置", "收支预算总体情况");
        assertThat(headings("sichuan-2021", 2021)).startsWith("基本职能及主要工作", "基本职能", "2021年重点工作任务");
        assertThat(TableSet.load("sichuan").tables()).hasSameSizeAs(TableSet.load("sichuan-2021").tables());
    }

    @Test
    void theOverallTargetsTableHasOneRowPerIndicator() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        Path xlsx = folder.resolve("2024.xlsx");
        new XlsxExporter().export(department, xlsx, options("sichuan-2024"));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> texts = new ArrayList<>();
            workbook.getSheet("公开表7").forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            var indicators = department.ownUnit().performance().overallIndicators();
            assertThat(indicators).isNotEmpty();
            assertThat(texts).contains("一级指标", "二级指标", "三级指标", "指标值",
                    department.ownUnit().performance().overallGoals().get());
            indicators.forEach(indicator -> assertThat(texts).contains(indicator.level3().get(),
                    indicator.value().get()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("regionsAndSamples")
    void theProjectTargetsTableHasOneRowPerIndicator(String region, String sample) throws Exception {
        Department department = SampleProject.load(sample);
        Path xlsx = folder.resolve("projects.xlsx");
        new XlsxExporter().export(department, xlsx, options(region));
        List<String> expected = new ArrayList<>();
        department.units().forEach(unit -> unit.performance().projects().forEach(project -> project.indicators()
                .forEach(indicator -> expected.add(String.join("|", indicator.level1().get(),
                        indicator.level2().get(), indicator.level3().get(), indicator.value().get())))));
        List<TableTemplate> tables = TableSet.load(region).tables().stream()
                .filter(table -> table.rows().builder().equals("projects")).toList();
        assertThat(tables).as("the project targets tables of " + region).hasSize(region.equals("central") ? 0 : 1);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (TableTemplate table : tables) {
                assertThat(indicatorRows(workbook.getSheet(table.sheet()))).as(table.sheet())
                        .containsExactlyElementsOf(expected);
            }
        }
        if (sample.equals(SampleProject.COUNTY_EDUCATION)) {
            assertThat(expected).as("the sample's indicators").hasSizeGreaterThan(1);
        }
    }

    /** Each body row's 一级/二级/三级指标 and 指标值, found under those headers, joined by “|”. */
    private static List<String> indicatorRows(Sheet sheet) {
        List<String> headers = List.of("一级指标", "二级指标", "三级指标", "指标值");
        int[] columns = new int[headers.size()];
        int headerRow = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                int index = headers.indexOf(cell.toString());
                if (index >= 0) {
                    columns[index] = cell.getColumnIndex();
                    headerRow = row.getRowNum();
                }
            }
        }
        assertThat(headerRow).as(sheet.getSheetName() + " has indicator columns").isNotNegative();
        List<String> found = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int column : columns) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? "" : cell.toString());
            }
            if (cells.stream().anyMatch(text -> !text.isEmpty())) {
                found.add(String.join("|", cells));
            }
        }
        return found;
    }

    @Test
    void aRegionAddedAsAFolderIsListedAndExportedWithoutCode() throws Exception {
        assertThat(Regions.names()).contains("sichuan-2021", "sichuan-2024", "central", "test-region");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.ENGLISH)
                .run(List.of("export", "--list-tables"));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().map(line -> line.split("\t")[0]))
                .contains("sichuan-2021", "sichuan-2024", "central", "test-region");

        Path txt = folder.resolve("test.txt");
        Path xlsx = folder.resolve("test.xlsx");
        exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.ENGLISH)
                .run(List.of("export", "assets/samples/" + SampleProject.FILE_NAME, "--tables", "test-region",
                        "--txt", txt.toString(), "--xlsx", xlsx.toString()));
        assertThat(exit).isZero();
        assertThat(Files.readString(txt)).contains("第一部分 概况", "第二部分 三公");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("一").getRow(0).getCell(0).getStringCellValue()).isEqualTo("表一");
        }
    }

    private static ExportOptions options(String region) {
        return new ExportOptions(region, Region.named(region).unit(), List.of());
    }

    /** The outline's headings with the year filled in, as the explanation prints them (without their numbers). */
    private static List<String> headings(String region, int year) {
        return NarrativeTemplate.forRegion(region).orElseThrow().outline().stream()
                .filter(entry -> entry.kind() == OutlineEntry.Kind.HEADING)
                .map(entry -> entry.value().replace("{year}", String.valueOf(year))).toList();
    }

    /** The lines that are a heading (a number, then one of the headings), in order, without their numbers. */
    private static List<String> headingLines(List<String> lines, List<String> headings) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            headings.stream().filter(heading -> line.endsWith(heading) && line.length() - heading.length() <= 4
                    && !line.startsWith("\u3000")).findFirst().ifPresent(found::add);
        }
        return found;
    }
}
