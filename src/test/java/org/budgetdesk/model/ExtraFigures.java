package org.budgetdesk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The standard schema plus the figures of {@code extra-figures.txt} (培训费, 会议费 and its parts, 档案卷数). */
public final class ExtraFigures {
    private ExtraFigures() {
    }

    /** Installs the larger schema until the handle is closed; make departments inside. */
    public static FigureSchema.Installed install() {
        return FigureSchema.use(schema());
    }

    public static FigureSchema schema() {
        try (InputStream in = ExtraFigures.class.getResourceAsStream("extra-figures.txt")) {
            return FigureSchema.standard().with(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "extra-figures.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
