package org.budgetdesk;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.MainWindow;

/** Start-up and wiring only: shows the main window, then opens the file named on the command line, or the sample. */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = MainWindow.create(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        window.show();
        List<String> args = getParameters().getRaw();
        window.openAtStart(args.isEmpty() ? null : Path.of(args.get(0)));
    }
}
