package org.budgetdesk;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.budgetdesk.io.settings.AppFolders;
import org.budgetdesk.io.settings.Settings;
import org.budgetdesk.io.settings.SettingsStore;
import org.budgetdesk.ui.MainWindow;
import org.budgetdesk.ui.SessionKeeper;

/**
 * Start-up and wiring only: reads the settings (off the UI thread, in {@link #init()}), shows the main window,
 * offers back work a crash left, then opens the file named on the command line, or the sample.
 */
public final class App extends Application {
    private AppFolders folders;
    private SettingsStore settingsStore;
    private Settings settings;

    @Override
    public void init() {
        folders = AppFolders.forCurrentUser();
        settingsStore = new SettingsStore(folders.settingsFolder());
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(settings.language()));
        MainWindow window = MainWindow.create(stage, messages);
        SessionKeeper keeper = new SessionKeeper(window, settingsStore, settings,
                new RecoveryStore(folders.recoveryFolder()));
        keeper.start();
        window.show();
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        keeper.offerRecovery(window.dialogs(), messages, () -> window.openAtStart(file));
    }
}
