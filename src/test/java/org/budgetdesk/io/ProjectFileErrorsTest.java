package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.budgetdesk.io.BadFiles.at;
import static org.budgetdesk.io.BadFiles.edited;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileErrorsTest {
    private final ProjectFiles files = new ProjectFiles();

    @TempDir
    Path folder;

    @Test
    void textThatIsNotJsonIsNotJsonWithLineAndColumn() throws Exception {
        ProjectFileException e = load("{\n  \"formatVersion\": 1,\n  oops\n}".getBytes(StandardCharsets.UTF_8));

        assertThat(e.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.location()).isEqualTo("line 3, column " + e.column());
        assertMessagesName(e, "line 3", "第 3 行");
    }

    @Test
    void duplicateKeysAndTrailingContentAreNotJson() throws Exception {
        assertThat(load("{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(load("{\"formatVersion\": 1} x".getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo(Kind.NOT_JSON);
    }

    @Test
    void cutOffFileIsTruncated() throws Exception {
        byte[] whole = files.toBytes(SampleProjects.rich());
        ProjectFileException e = load(Arrays.copyOf(whole, whole.length / 2));

        assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(e.line()).isGreaterThan(100);
        assertMessagesName(e, "line " + e.line(), "第 " + e.line() + " 行");
        assertThat(load(new byte[0]).kind()).isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void textWhereAnObjectBelongsIsWrongType() throws Exception {
        ProjectFileException e = load(edited(tree -> at(tree, "units", 1).put("assets", "none")));

        assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.jsonPath()).isEqualTo("$.units[1].assets");
        assertMessagesName(e, "$.units[1].assets", "$.units[1].assets");
    }

    @Test
    void unknownEnumNamesAndCoercibleScalarsAreWrongType() throws Exception {
        ProjectFileException kind = load(edited(tree -> tree.put("kind", "MINISTRY")));
        assertThat(kind.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(kind.jsonPath()).isEqualTo("$.kind");
        assertThat(kind.found()).isEqualTo("\"MINISTRY\"");

        assertWrongType(edited(tree -> tree.put("budgetYear", "2021")), "$.budgetYear");
        assertWrongType(edited(tree -> tree.put("budgetYear", 2021.5)), "$.budgetYear");
        assertWrongType(edited(tree -> at(tree, "units", 0).put("name", 5)), "$.units[0].name");
        assertWrongType(edited(tree -> at(tree, "units", 0, "functional", 1).put("source", 0)),
                "$.units[0].functional[1].source");
        assertWrongType(edited(tree -> at(tree, "units", 0, "assets", "vehicles").put("BICYCLE", 1)),
                "$.units[0].assets.vehicles");
        assertWrongType("[1, 2]".getBytes(StandardCharsets.UTF_8), "$");
        assertThat(load(edited(tree -> tree.put("formatVersion", "1"))).kind()).isEqualTo(Kind.BAD_VERSION);
    }

    @Test
    void absentRequiredValuesAreMissingFields() throws Exception {
        assertMissing(edited(tree -> at(tree, "units", 1).remove("name")), "$.units[1].name");
        assertMissing(edited(tree -> tree.remove("formatVersion")), "$.formatVersion");
        assertMissing(edited(tree -> tree.remove("department")), "$.department");
        assertMissing(edited(tree -> tree.remove("budgetYear")), "$.budgetYear");
        assertMissing(edited(tree -> tree.putArray("units")), "$.units");
        assertMissing(edited(tree -> at(tree, "units", 0, "functional", 3).putNull("personnel")),
                "$.units[0].functional[3].personnel");
        assertMissing(edited(tree -> at(tree, "units", 0, "assets", "vehicles").remove("OTHER")),
                "$.units[0].assets.vehicles.OTHER");
        ProjectFileException income = assertMissing(
                edited(tree -> tree.withArray("/units/0/income").remove(13)), "$.units[0].income");
        assertThat(income.found()).isEqualTo("NON_FISCAL_CARRY_OVER");
    }

    @Test
    void negativeAmountIsBadAmountAtItsPath() throws Exception {
        ProjectFileException e = load(edited(tree -> at(tree, "units", 0, "functional", 3).put("personnel", "-1.00")));

        assertThat(e.kind()).isEqualTo(Kind.BAD_AMOUNT);
        assertThat(e.jsonPath()).isEqualTo("$.units[0].functional[3].personnel");
        assertThat(e.found()).isEqualTo("\"-1.00\"");
        assertMessagesName(e, "$.units[0].functional[3].personnel", "$.units[0].functional[3].personnel");
    }

    @Test
    void threeDecimalsLettersAndNumberLiteralsAreBadAmounts() throws Exception {
        assertBadAmount(edited(tree -> at(tree, "units", 1, "procurement").put("goods", "1.005")),
                "$.units[1].procurement.goods");
        assertBadAmount(edited(tree -> at(tree, "units", 0, "threePublic", "reception").put("prior", "12a")),
                "$.units[0].threePublic.reception.prior");
        assertBadAmount(edited(tree -> at(tree, "units", 0, "income", 2)
                .set("current", DecimalNode.valueOf(new BigDecimal("100.00")))), "$.units[0].income[2].current");
        assertBadAmount(edited(tree -> at(tree, "units", 0, "projects", 0).put("amount", "1e5")),
                "$.units[0].projects[0].amount");
        assertBadAmount(edited(tree -> at(tree, "units", 0, "economic", 0).put("current", "1234567890123")),
                "$.units[0].economic[0].current");
    }

    @Test
    void codesOfTheWrongShapeAreBadCodes() throws Exception {
        ProjectFileException e = load(edited(tree -> at(tree, "units", 0, "functional", 2).put("itemCode", "20805")));
        assertThat(e.kind()).isEqualTo(Kind.BAD_CODE);
        assertThat(e.jsonPath()).isEqualTo("$.units[0].functional[2].itemCode");
        assertThat(e.found()).isEqualTo("\"20805\"");
        assertMessagesName(e, "$.units[0].functional[2].itemCode", "\"20805\"");

        assertThat(load(edited(tree -> at(tree, "units", 1, "economic", 0).put("itemCode", "301"))).jsonPath())
                .isEqualTo("$.units[1].economic[0].itemCode");
        assertThat(load(edited(tree -> at(tree, "customFunctionalCodes").put("20a01", "x"))).jsonPath())
                .isEqualTo("$.customFunctionalCodes['20a01']");
    }

    @Test
    void twoLinesWithTheSameIdentityAreDuplicates() throws Exception {
        ProjectFileException e = load(edited(tree -> at(tree, "units", 0, "functional", 1)
                .put("source", "GENERAL_PUBLIC_BUDGET")));
        assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_LINE);
        assertThat(e.jsonPath()).isEqualTo("$.units[0].functional[1]");
        assertThat(e.found()).isEqualTo("2080101 GENERAL_PUBLIC_BUDGET");
        assertMessagesName(e, "$.units[0].functional[1]", "2080101");

        ProjectFileException economic = load(edited(tree -> at(tree, "units", 0, "economic", 3)
                .put("itemCode", "30101")));
        assertThat(economic.kind()).isEqualTo(Kind.DUPLICATE_LINE);
        assertThat(economic.jsonPath()).isEqualTo("$.units[0].economic[3]");
    }

    @Test
    void newerFormatVersionNamesBothVersions() throws Exception {
        ProjectFileException e = load(edited(tree -> tree.put("formatVersion", 7)));

        assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(e.getMessage()).contains("format version 7", "format version 3");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("格式版本为 7", "读取 3 ");
        assertMessagesName(e, "7", "7");
    }

    @Test
    void fileOverTheLimitIsTooLargeAndNotRead() throws Exception {
        Path file = folder.resolve("big.budget");
        Files.write(file, new byte[101]);
        ProjectReader reader = new ProjectReader(100);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> reader.read(file));

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.getMessage()).contains("101", "100");
        assertMessagesName(e, "101", "101");
        assertThat(catchThrowableOfType(ProjectFileException.class,
                () -> reader.fromBytes(new byte[101], file)).kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(ProjectReader.MAX_BYTES).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void absentFileIsNotFoundAndAFolderIsUnreadable() {
        Path absent = folder.resolve("absent.budget");
        ProjectFileException notFound = catchThrowableOfType(ProjectFileException.class, () -> files.load(absent));
        assertThat(notFound.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(notFound.file()).isEqualTo(absent);
        assertMessagesName(notFound, "does not exist", "不存在");

        ProjectFileException folderError = catchThrowableOfType(ProjectFileException.class, () -> files.load(folder));
        assertThat(folderError.kind()).isEqualTo(Kind.UNREADABLE);
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        Department loaded = files.fromBytes(edited(tree -> {
            tree.put("comment", "written by hand");
            at(tree, "units", 0, "functional", 0).put("colour", "red");
        }), Path.of("extra.budget"));

        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(SampleProjects.rich()));
    }

    @Test
    void failedLoadLeavesAPreviouslyLoadedDepartmentUntouched() throws Exception {
        Path good = folder.resolve("a.budget");
        files.save(SampleProjects.rich(), good);
        Department loaded = files.load(good);
        List<String> before = ModelDump.of(loaded);
        Path bad = folder.resolve("bad.budget");
        Files.write(bad, edited(tree -> at(tree, "units", 1, "economic", 0).put("current", "-5.00")));

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> files.load(bad));

        assertThat(e.kind()).isEqualTo(Kind.BAD_AMOUNT);
        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(before);
        assertThat(Files.readAllBytes(good)).isEqualTo(files.toBytes(loaded));
    }

    @Test
    void chineseLocalesGetChineseAndOthersEnglish() throws Exception {
        ProjectFileException e = load(edited(tree -> tree.remove("department")));

        assertThat(e.message(Locale.TRADITIONAL_CHINESE)).isEqualTo(e.message(Locale.SIMPLIFIED_CHINESE));
        assertThat(e.message(Locale.GERMANY)).isEqualTo(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH));
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("缺少必填数据");
        assertThat(e.getMessage()).contains("lacks a required value");
    }

    private ProjectFileException load(byte[] bytes) throws Exception {
        Path file = folder.resolve("damaged.budget");
        Files.write(file, bytes);
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> files.load(file));
        assertThat(e).as("loading should fail").isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e;
    }

    private void assertWrongType(byte[] bytes, String path) throws Exception {
        ProjectFileException e = load(bytes);
        assertThat(e.kind()).as(path).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertMessagesName(e, path, path);
    }

    private ProjectFileException assertMissing(byte[] bytes, String path) throws Exception {
        ProjectFileException e = load(bytes);
        assertThat(e.kind()).as(path).isEqualTo(Kind.MISSING_FIELD);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertMessagesName(e, path, path);
        return e;
    }

    private void assertBadAmount(byte[] bytes, String path) throws Exception {
        ProjectFileException e = load(bytes);
        assertThat(e.kind()).as(path).isEqualTo(Kind.BAD_AMOUNT);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertMessagesName(e, path, path);
    }

    /** Both messages are complete, differ, and name the file and the given place. */
    private static void assertMessagesName(ProjectFileException e, String englishPlace, String chinesePlace) {
        String english = e.message(Locale.ENGLISH);
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        assertThat(english).isNotBlank().isNotEqualTo(chinese).contains(e.file().toString(), englishPlace)
                .endsWith(".").doesNotContain("{");
        assertThat(chinese).isNotBlank().contains(e.file().toString(), chinesePlace, "项目文件").endsWith("。")
                .doesNotContain("{");
        assertThat(e.getMessage()).isEqualTo(english);
    }
}
