package org.budgetdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.ImportedLists;
import org.budgetdesk.catalog.importing.CodeListImport;
import org.budgetdesk.catalog.importing.ImportPreview;
import org.budgetdesk.export.catalog.CodeListFileException;
import org.budgetdesk.export.catalog.CodeListFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A functional list of 5,000 codes (29 类, 290 款, 4,681 项): importing it from an .xlsx and from a GBK CSV (read,
 * analysed, stored, and the year's catalog built over it), and looking codes up in that catalog — by code, by part
 * of a name, by code prefix. Targets: an import under 1 s, a lookup under 1 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class CatalogBenchmark {
    static final int CODES = 5_000;
    private Path folder;
    private Path xlsx;
    private Path csv;
    private ImportedLists lists;
    private CatalogLibrary library;
    private Catalog catalog;
    private String lastCode;

    @Setup
    public void setUp() throws IOException, CodeListFileException {
        folder = Files.createTempDirectory("budgetdesk-catalog-bench");
        xlsx = folder.resolve("list.xlsx");
        csv = folder.resolve("list.csv");
        StringBuilder text = new StringBuilder("2025年政府收支分类科目\r\n科目编码,科目名称\r\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("支出功能分类");
            sheet.createRow(0).createCell(0).setCellValue("2025年政府收支分类科目");
            int row = 1;
            for (String[] code : codes()) {
                Row cells = sheet.createRow(row++);
                cells.createCell(0).setCellValue(code[0]);
                cells.createCell(1).setCellValue(code[1]);
                text.append(code[0]).append(',').append(code[1]).append("\r\n");
            }
            workbook.write(out);
        }
        Files.write(csv, text.toString().getBytes(Charset.forName("GBK")));
        lastCode = codes().get(CODES - 1)[0];
        library = CatalogLibrary.withImportedLists(folder.resolve("catalogs"));
        lists = library.importedLists().orElseThrow();
        importCsv();
        catalog = library.forYear(2025);
        if (catalog.size(CodeKind.FUNCTIONAL) < CODES) {
            throw new IllegalStateException("only " + catalog.size(CodeKind.FUNCTIONAL) + " codes");
        }
    }

    /** 类 201–229, ten 款 each, then 项 until there are 5,000 codes. */
    static List<String[]> codes() {
        List<String[]> codes = new java.util.ArrayList<>();
        for (int c = 201; c <= 229; c++) {
            codes.add(new String[] {String.valueOf(c), "类" + c + "支出"});
            for (int s = 1; s <= 10; s++) {
                String section = c + String.format("%02d", s);
                codes.add(new String[] {section, "款" + section + "事务"});
            }
        }
        int items = CODES - codes.size();
        int perSection = items / 290 + 1;
        outer:
        for (int c = 201; c <= 229; c++) {
            for (int s = 1; s <= 10; s++) {
                for (int i = 1; i <= perSection; i++) {
                    if (codes.size() == CODES) {
                        break outer;
                    }
                    String item = c + String.format("%02d%02d", s, i);
                    codes.add(new String[] {item, i == 1 ? "行政运行" : "项" + item + "支出"});
                }
            }
        }
        return codes;
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Catalog importFile(Path file) throws CodeListFileException {
        ImportPreview preview = CodeListImport.preview(file.getFileName().toString(), CodeListFiles.read(file),
                CodeKind.FUNCTIONAL, 2025, CatalogLibrary.shipped().forYear(2025));
        preview.store(lists, Instant.EPOCH);
        return library.forYear(2025);
    }

    /** Read the .xlsx, analyse it, store it, and build the year's catalog over it. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Catalog importXlsx() throws CodeListFileException {
        return importFile(xlsx);
    }

    /** The same from a GBK CSV. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Catalog importCsv() throws CodeListFileException {
        return importFile(csv);
    }

    @Benchmark
    public CatalogEntry findByCode() {
        return catalog.find(CodeKind.FUNCTIONAL, lastCode).orElseThrow();
    }

    /** What the code field does for “运行”: part of a name, 290 matches, the first 40. */
    @Benchmark
    public List<CatalogEntry> searchByPartOfAName() {
        return catalog.search(CodeKind.FUNCTIONAL, "运行", 40);
    }

    /** A name fragment of the last code: every code is looked at. */
    @Benchmark
    public List<CatalogEntry> searchByARareName() {
        return catalog.search(CodeKind.FUNCTIONAL, lastCode + "支", 40);
    }

    @Benchmark
    public List<CatalogEntry> searchByCodePrefix() {
        return catalog.search(CodeKind.FUNCTIONAL, lastCode.substring(0, 5), 40);
    }

    /** Building the year's catalog with a project's codes, as the workbench does after each change of them. */
    @Benchmark
    public Catalog catalogWithProjectCodes() {
        return library.forYear(2025).withCarriedCodes(java.util.Map.of("2999901", "其他"), java.util.Map.of())
                .withCustomCodes(java.util.Map.of("2999902", "自定义"), java.util.Map.of());
    }
}
