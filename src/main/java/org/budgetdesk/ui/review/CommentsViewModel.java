package org.budgetdesk.ui.review;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budgetdesk.compare.PlaceLabels;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;

/**
 * The comments list: the open project's comments filtered by state and section, where a new comment goes, and the
 * edits (add, change the text, resolve, reopen, delete), each one undoable step. Comments can be written in review
 * mode and on 部门汇总: they change no figure.
 */
public final class CommentsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Document document;
    private final Messages messages;
    private final PlaceLabels labels;
    private final Clock clock;
    private final ObservableList<Comment> shown = FXCollections.observableArrayList();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(this, "status", StatusFilter.ALL);
    private final ObjectProperty<DisclosureSection> section = new SimpleObjectProperty<>(this, "section");
    private final ObjectProperty<CommentTarget> newTarget = new SimpleObjectProperty<>(this, "newTarget");
    private final CommentIndex index;
    private final InvalidationListener refilter = observable -> refilter();

    public CommentsViewModel(Document document, Messages messages, Clock clock) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.labels = new PlaceLabels(messages);
        this.clock = Objects.requireNonNull(clock, "clock");
        index = new CommentIndex(document);
        index.versionProperty().addListener(refilter);
        document.undoManager().revisionProperty().addListener(new WeakInvalidationListener(refilter));
        status.addListener(refilter);
        section.addListener(refilter);
        newTarget.set(CommentTarget.wholeSection(DisclosureSection.OVERVIEW, viewedUnitIndex()));
        refilter();
    }

    /** The comments that pass the filters, in the order they were written. */
    public ObservableList<Comment> shown() {
        return shown;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return status;
    }

    /** The section to show comments of; {@code null} for every section. */
    public ObjectProperty<DisclosureSection> sectionFilterProperty() {
        return section;
    }

    /** Where the next comment goes: a cell, a line or a section. */
    public ObjectProperty<CommentTarget> newTargetProperty() {
        return newTarget;
    }

    /** The open comments of the project, for marking commented places. */
    public CommentIndex index() {
        return index;
    }

    /** The whole of a section of the viewed unit (or of the department while 部门汇总 is viewed). */
    public CommentTarget wholeSectionOfViewedUnit(DisclosureSection part) {
        return CommentTarget.wholeSection(part, viewedUnitIndex());
    }

    /** The OS user name, for the author field. */
    public static String defaultAuthor() {
        return System.getProperty("user.name", "");
    }

    /** Adds a comment at {@link #newTargetProperty()}; blank text adds nothing. Returns the comment, or null. */
    public Comment add(String author, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Comment comment = new Comment(newTarget.get(), author == null ? "" : author.strip(), clock.instant(),
                text.strip());
        document.undoManager().execute(Edits.addComment(document.department(), comment));
        return comment;
    }

    public void edit(Comment comment, String text) {
        document.undoManager().execute(Edits.editComment(comment, text));
    }

    /** Marks a comment resolved, or open again. */
    public void resolve(Comment comment, boolean resolved) {
        if (comment.resolved().get() != resolved) {
            document.undoManager().execute(Edits.resolveComment(comment, resolved));
        }
    }

    public void delete(Comment comment) {
        document.undoManager().execute(Edits.deleteComment(document.department(), comment));
    }

    /** Where a comment points, in words: section, unit and place. */
    public String place(CommentTarget target) {
        Department department = document.department();
        String unit = target.unitIndex() < 0 ? messages.get("review.department")
                : target.unitIndex() < department.units().size()
                ? department.units().get(target.unitIndex()).name().get()
                : messages.format("review.unitGone", target.unitIndex() + 1);
        String subject = PlaceLabels.subjectOf(target, department, document.catalog());
        return messages.format("review.place", labels.section(target.section()), unit,
                labels.describe(target, subject));
    }

    /** Who wrote a comment and when, and whether it is resolved. */
    public String byline(Comment comment) {
        String time = TIME.format(comment.time().get().atZone(ZoneId.systemDefault()));
        String line = messages.format("review.byline", comment.author().get(), time);
        return comment.resolved().get() ? messages.format("review.resolvedByline", line) : line;
    }

    private int viewedUnitIndex() {
        Unit unit = document.viewedUnitProperty().get();
        return unit == null ? CommentTarget.DEPARTMENT : document.department().units().indexOf(unit);
    }

    private void refilter() {
        Department department = document.department();
        if (department == null) {
            shown.clear();
            return;
        }
        shown.setAll(department.comments().stream()
                .filter(comment -> status.get().accepts(comment))
                .filter(comment -> section.get() == null || comment.target().section() == section.get())
                .toList());
    }
}
