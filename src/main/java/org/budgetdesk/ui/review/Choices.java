package org.budgetdesk.ui.review;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.DisclosureSection;

/** Choice boxes of the comments panel, with their labels from the messages. */
final class Choices {
    /** A section to choose, or every section ({@code section} null). */
    record Section(DisclosureSection section) {
    }

    private Choices() {
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** The sections, led by an “every section” choice (selected) when {@code allLabel} is given. */
    static ComboBox<Section> sections(Messages messages, String allLabel) {
        ComboBox<Section> box = new ComboBox<>();
        if (allLabel != null) {
            box.getItems().add(new Section(null));
        }
        for (DisclosureSection section : DisclosureSection.values()) {
            box.getItems().add(new Section(section));
        }
        box.setConverter(converter(choice -> choice.section() == null ? allLabel : messages.of(choice.section())));
        if (allLabel != null) {
            box.getSelectionModel().selectFirst();
        }
        return box;
    }
}
