package org.budgetdesk.ui.compare;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.budgetdesk.i18n.Messages;

/** The native open dialog for an earlier draft, starting in the open project's folder. */
final class FxDraftChooser implements DraftChooser {
    private final Node owner;
    private final Messages messages;
    private final Supplier<Path> currentFile;

    FxDraftChooser(Node owner, Messages messages, Supplier<Path> currentFile) {
        this.owner = owner;
        this.messages = messages;
        this.currentFile = currentFile;
    }

    @Override
    public Optional<Path> choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("compare.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.filter"), "*.budget"));
        Path file = currentFile.get();
        if (file != null && file.toAbsolutePath().getParent() != null
                && Files.isDirectory(file.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(file.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
