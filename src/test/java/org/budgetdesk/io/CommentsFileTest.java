package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.budgetdesk.io.BadFiles.at;
import static org.budgetdesk.io.BadFiles.edited;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review comments in the project file (format version 2), and reading version-1 files that have none. */
class CommentsFileTest {
    private final ProjectFiles files = new ProjectFiles();

    @TempDir
    Path folder;

    private Department load(byte[] bytes) throws ProjectFileException {
        return files.fromBytes(bytes, Path.of("draft.budget"));
    }

    private ProjectFileException failure(byte[] bytes) {
        return catchThrowableOfType(ProjectFileException.class, () -> load(bytes));
    }

    private static List<String> described(Department department) {
        return department.comments().stream().map(comment -> comment.target() + " " + comment.author().get() + " "
                + comment.time().get() + " " + comment.text().get() + " " + comment.resolved().get()).toList();
    }

    @Test
    void savedCommentsComeBackWithTheirPlaceAuthorTimeTextAndState() throws Exception {
        Department original = SampleProjects.rich();
        Path file = folder.resolve("reviewed.budget");
        files.save(original, file);

        Department loaded = files.load(file);

        assertThat(described(loaded)).containsExactlyElementsOf(described(original)).hasSize(2);
        Comment first = loaded.comments().get(0);
        assertThat(first.target()).isEqualTo(new CommentTarget(DisclosureSection.FUNCTIONAL, 1,
                "2080150/INSTITUTIONAL_REVENUE.personnel"));
        assertThat(first.time().get()).isEqualTo(Instant.parse("2021-02-03T04:05:06.789Z"));
        assertThat(first.resolved().get()).isFalse();
        assertThat(loaded.comments().get(1).resolved().get()).isTrue();
        assertThat(loaded.comments().get(1).target().unitIndex()).isEqualTo(CommentTarget.DEPARTMENT);
    }

    @Test
    void commentsAreWrittenLastWithEveryField() {
        String text = new String(files.toBytes(SampleProjects.rich()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"formatVersion\": " + ProjectDto.CURRENT_VERSION + ",\n");
        assertThat(text).containsSubsequence("\"units\": [", "\"comments\": [", "\"section\": \"FUNCTIONAL\"",
                "\"unit\": 1,", "\"key\": \"2080150/INSTITUTIONAL_REVENUE.personnel\"", "\"author\": \"李审核\"",
                "\"time\": \"2021-02-03T04:05:06.789Z\"", "\"text\": ", "\"resolved\": false",
                "\"section\": \"THREE_PUBLIC\"", "\"unit\": -1,", "\"key\": \"\"", "\"resolved\": true");
        assertThat(text).endsWith("  ]\n}\n");
    }

    @Test
    void versionOneFileIsReadAsHavingNoComments() throws Exception {
        Department original = SampleProjects.rich();
        byte[] versionOne = edited(tree -> {
            tree.put("formatVersion", 1);
            tree.remove("comments");
        });

        Department loaded = load(versionOne);

        assertThat(loaded.comments()).isEmpty();
        original.comments().clear();
        SampleProjects.withoutFormatThreeTargets(original);
        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(original));
        assertThat(new String(files.toBytes(loaded), StandardCharsets.UTF_8))
                .startsWith("{\n  \"formatVersion\": " + ProjectDto.CURRENT_VERSION + ",\n").contains("\"comments\": []");
    }

    @Test
    void versionOneFileKeepsItsOtherRulesAndIgnoresAnUnknownCommentsMember() throws Exception {
        assertThat(load(edited(tree -> tree.put("formatVersion", 1))).comments()).isEmpty();

        ProjectFileException missingName = failure(edited(tree -> {
            tree.put("formatVersion", 1);
            tree.remove("comments");
            at(tree, "units", 0).remove("name");
        }));
        assertThat(missingName.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(missingName.jsonPath()).isEqualTo("$.units[0].name");
    }

    @Test
    void versionTwoFileMustHaveItsComments() {
        ProjectFileException e = failure(edited(tree -> tree.remove("comments")));

        assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(e.jsonPath()).isEqualTo("$.comments");
    }

    @Test
    void everyCommentFieldIsRequired() {
        for (String field : List.of("section", "unit", "key", "author", "time", "text", "resolved")) {
            ProjectFileException e = failure(edited(tree -> at(tree, "comments", 0).remove(field)));
            assertThat(e.kind()).as(field).isEqualTo(Kind.MISSING_FIELD);
            assertThat(e.jsonPath()).isEqualTo("$.comments[0]." + field);
        }
    }

    @Test
    void badCommentValuesAreRefusedAtTheirPlace() {
        ProjectFileException time = failure(edited(tree -> at(tree, "comments", 1).put("time", "yesterday")));
        assertThat(time.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(time.jsonPath()).isEqualTo("$.comments[1].time");
        assertThat(time.found()).isEqualTo("\"yesterday\"");

        ProjectFileException unit = failure(edited(tree -> at(tree, "comments", 0).put("unit", -2)));
        assertThat(unit.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(unit.jsonPath()).isEqualTo("$.comments[0].unit");

        ProjectFileException section = failure(edited(tree -> at(tree, "comments", 0).put("section", "CHARTS")));
        assertThat(section.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(section.jsonPath()).isEqualTo("$.comments[0].section");

        ProjectFileException resolved = failure(edited(tree -> at(tree, "comments", 0).put("resolved", "no")));
        assertThat(resolved.kind()).isEqualTo(Kind.WRONG_TYPE);
    }

    @Test
    void commentOnAUnitThatWasRemovedIsKept() throws Exception {
        Department loaded = load(edited(tree -> at(tree, "comments", 0).put("unit", 9)));

        assertThat(loaded.comments().get(0).target().unitIndex()).isEqualTo(9);
    }
}
