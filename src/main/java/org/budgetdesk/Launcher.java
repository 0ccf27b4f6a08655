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

/**
 * The entry point. A first argument naming a command ({@code summary}) runs it headless; anything else starts the
 * workbench, with the argument as the file to open. This class must not extend Application: with JavaFX on the
 * class-path, a main class that does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
            System.exit(new Cli(out, err, Locale.getDefault()).run(List.of(args)));
        }
        CatalogLibrary.setStandard(CatalogLibrary.withImportedLists(AppFolders.forCurrentUser().catalogFolder()));
        if (args.length == 0) {
            App.startReadingSample();
        }
        Application.launch(App.class, args);
    }
}
