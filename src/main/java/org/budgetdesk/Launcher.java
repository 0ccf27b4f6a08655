package org.budgetdesk;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.cli.Cli;
import org.budgetdesk.io.settings.AppFolders;
import org.budgetdesk.i18n.Messages;

/**
 * The entry point. A first argument naming a command ({@code summary}, {@code --help}, …) runs it headless, without
 * starting JavaFX; anything else starts the workbench, with the argument as the file to open — or, where there is
 * no display, says so and exits with 2. This class must not extend Application: with JavaFX on the
 * class-path, a main class that does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        RegionBasicCosts.install();
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(out, err, Locale.getDefault()).run(List.of(args)));
        }
        AppFolders folders = AppFolders.forCurrentUser();
        CatalogLibrary.setStandard(CatalogLibrary.withImportedLists(folders.catalogFolder()));
        if (!Display.available()) {
            noDisplay(err);
        }
        if (args.length == 0) {
            App.startReadingSample();
        } else {
            EarlyRead.atLaunch(args[0]);
        }
        AppLog.startInBackground(folders.logFolder());
        try {
            Application.launch(App.class, args);
        } catch (UnsupportedOperationException e) {
            noDisplay(err);     // a display was named but cannot be opened
        }
    }

    private static void noDisplay(PrintStream err) {
        err.println(Messages.forLocale(Locale.getDefault()).get("app.noDisplay"));
        System.exit(Cli.CANNOT_READ);
    }
}
