package org.budgetdesk;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.MainWindow;

/** Start-up and wiring only: shows the main window, then loads the file named on the command line, or the sample. */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        MainWindow window = new MainWindow(stage, messages);
        window.show();
        List<String> args = getParameters().getRaw();
        Task<Department> load = new Task<>() {
            @Override
            protected Department call() throws Exception {
                return args.isEmpty() ? SampleProject.load() : new ProjectFiles().load(Path.of(args.get(0)));
            }
        };
        load.setOnSucceeded(event -> window.showDepartment(load.getValue()));
        load.setOnFailed(event -> window.showLoadError(load.getException()));
        Thread thread = new Thread(load, "load-project");
        thread.setDaemon(true);
        thread.start();
    }
}
