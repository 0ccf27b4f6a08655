package org.budgetdesk.ui.common;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for a code the catalog lacks and then its name: two short questions, either may be cancelled. */
public final class CustomCodeDialog {

    /** A code and its name as the user typed them. */
    public record Answer(String code, String name) {
    }

    private CustomCodeDialog() {
    }

    /**
     * @param idPrefix     prefix of the editors' node ids ("economicCustom" → economicCustomCode / …Name)
     * @param codeQuestion the question for the code
     * @param nameQuestion the question for the name, given the code
     */
    public static Optional<Answer> ask(Window owner, String idPrefix, String suggestedCode, String codeQuestion,
                                       java.util.function.Function<String, String> nameQuestion) {
        TextInputDialog codeDialog = dialog(owner, suggestedCode, idPrefix + "Code", codeQuestion);
        Optional<String> code = codeDialog.showAndWait().map(String::strip);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        TextInputDialog nameDialog = dialog(owner, "", idPrefix + "Name", nameQuestion.apply(code.get()));
        return nameDialog.showAndWait().map(name -> new Answer(code.get(), name));
    }

    private static TextInputDialog dialog(Window owner, String text, String id, String question) {
        TextInputDialog dialog = new TextInputDialog(text);
        dialog.setHeaderText(question);
        dialog.getEditor().setId(id);
        dialog.getEditor().setAccessibleText(question);
        dialog.initOwner(owner);
        return dialog;
    }
}
