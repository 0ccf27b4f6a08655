package org.budgetdesk.ui.charts;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.budgetdesk.i18n.Messages;

/** The native save dialog for chart images, owned by the window the charts are in. */
final class FxPngChooser implements PngChooser {
    private final Node owner;
    private final Messages messages;

    FxPngChooser(Node owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> choose(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("charts.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("charts.save.filter"), "*.png"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
