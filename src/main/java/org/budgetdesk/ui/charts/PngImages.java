package org.budgetdesk.ui.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Snapshots of nodes as PNG bytes, through {@code javax.imageio} (no javafx-swing needed). A snapshot is taken on the
 * UI thread; encoding it may run on any thread.
 */
public final class PngImages {
    private PngImages() {
    }

    /** A node as it is drawn now, on white, as PNG bytes. */
    public static byte[] snapshot(Node node) {
        return encode(image(node));
    }

    /** A node as it is drawn now, on white. UI thread only. */
    public static WritableImage image(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return node.snapshot(parameters, null);
    }

    /** An image as PNG bytes. */
    public static byte[] encode(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
