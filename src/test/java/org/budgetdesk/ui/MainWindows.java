package org.budgetdesk.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Department;

/** The workbench as the UI tests start it: the Chinese main window holding a department, shown. */
public final class MainWindows {
    private MainWindows() {
    }

    /** The shown main window holding {@code department}. */
    public static MainWindow showing(Stage stage, Department department) {
        return showing(stage, department, null);
    }

    /** The shown main window holding {@code department}, its questions answered by {@code dialogs} (when not null). */
    public static MainWindow showing(Stage stage, Department department, Dialogs dialogs) {
        MainWindow window = MainWindow.create(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        if (dialogs != null) {
            window.setDialogs(dialogs);
        }
        window.document().open(department, null);
        window.show();
        return window;
    }
}
