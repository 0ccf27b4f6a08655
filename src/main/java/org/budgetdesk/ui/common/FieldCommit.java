package org.budgetdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Makes a text field or area outside a {@link SheetView} edit a model value the way a sheet cell does: it shows the
 * value live (after an undo, or when another unit is viewed), and hands the typed text to {@code commit} when the
 * focus leaves or, in a single-line field, on Enter; Esc puts the value back. {@code commit} runs the edit through
 * the undo manager and returns null, or returns the message saying why the text is refused. A refusal on Enter
 * keeps the text for correcting; one on leaving restores the value. Either way the message stays visible in
 * {@link #messageProperty()} until the next accepted edit, and the control is marked by ControlsFX's
 * {@link ValidationSupport}: style class {@code error} (a red border, workbench.css), and the message is its tooltip.
 */
public final class FieldCommit {
    private final TextInputControl control;
    private final ObservableValue<String> shown;
    private final ObservableValue<String> editText;
    private final Function<String, String> commit;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The text last put into the control from the model: when the control still shows it, nothing was typed. */
    private String baseline = "";

    private FieldCommit(TextInputControl control, ObservableValue<String> shown, ObservableValue<String> editText,
                        Function<String, String> commit) {
        this.control = control;
        this.shown = shown;
        this.editText = editText;
        this.commit = commit;
        shown.addListener((obs, before, after) -> refresh());
        editText.addListener((obs, before, after) -> refresh());
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitText();
            }
            refresh();
        });
        control.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                message.set("");
                refresh();
                control.selectAll();
                event.consume();
            }
        });
        if (control instanceof TextField field) {
            field.setOnAction(event -> {
                if (commitText()) {
                    refresh();
                }
                control.selectAll();
            });
        }
        refresh();
        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(control, false,
                (Control checked, Object text) ->
                        ValidationResult.fromErrorIf(checked, message.get(), !message.get().isEmpty()));
        message.addListener((obs, before, after) -> {
            validation.revalidate(control);
            control.setTooltip(after.isEmpty() ? null : new Tooltip(after));
        });
    }

    /** A field whose text is the value itself. */
    public static FieldCommit install(TextInputControl control, ObservableValue<String> value,
                                      Function<String, String> commit) {
        return new FieldCommit(control, value, value, commit);
    }

    /**
     * A field that shows {@code shown} (e.g. a grouped amount) and, while it has the focus, {@code editText} (the
     * exact amount without separators).
     */
    public static FieldCommit install(TextInputControl control, ObservableValue<String> shown,
                                      ObservableValue<String> editText, Function<String, String> commit) {
        return new FieldCommit(control, shown, editText, commit);
    }

    /** The last refusal, empty after an accepted edit or Esc. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Commits the control's text now; true when it was accepted (or unchanged). */
    public boolean commitText() {
        String text = control.getText() == null ? "" : control.getText();
        if (text.equals(baseline)) {
            return true;
        }
        String refusal = commit.apply(text);
        message.set(refusal == null ? "" : refusal);
        return refusal == null;
    }

    /** Shows the model's value again, as edit text while the control has the focus. */
    private void refresh() {
        String text = current();
        baseline = text;
        if (!text.equals(control.getText())) {
            control.setText(text);
        }
    }

    private String current() {
        String value = control.isFocused() ? editText.getValue() : shown.getValue();
        return value == null ? "" : value;
    }
}
