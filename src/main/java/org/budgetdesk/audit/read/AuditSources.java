package org.budgetdesk.audit.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of an explanation file, whatever it was written in: {@code .txt} (UTF-8, else GBK/GB18030, with or without
 * a byte-order mark), {@code .docx} (paragraphs and table rows in reading order) or {@code .pdf} with a text layer
 * (lines a page wraps joined back into paragraphs, page numbers dropped). Files over 64 MiB are refused.
 */
public final class AuditSources {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private AuditSources() {
    }

    public static String read(Path file) throws UnreadableTextException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableTextException("audit.read.unreadable", name + " (> 64 MiB)", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableTextException("audit.read.unreadable", name + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        String text;
        if (lower.endsWith(".docx")) {
            text = DocxText.read(bytes, name);
        } else if (lower.endsWith(".pdf")) {
            text = PdfText.read(bytes, name);
        } else if (lower.endsWith(".txt") || lower.endsWith(".text") || !lower.contains(".")) {
            text = PlainText.decode(bytes);
        } else if (lower.endsWith(".doc") || lower.endsWith(".wps") || lower.endsWith(".xls")
                || lower.endsWith(".xlsx")) {
            throw new UnreadableTextException("audit.read.unsupported", name, null);
        } else {
            text = PlainText.decode(bytes);
        }
        if (text.isBlank()) {
            throw new UnreadableTextException("audit.read.noText", name, null);
        }
        return text;
    }
}
