package org.budgetdesk.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.budgetdesk.i18n.Messages;

/** The native open dialog for explanation files (.txt, .docx, .pdf). */
final class FxTextFileChooser implements TextFileChooser {
    private final Window owner;
    private final Messages messages;

    FxTextFileChooser(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("audit.dialog.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("audit.dialog.filter"),
                "*.txt", "*.docx", "*.pdf"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
