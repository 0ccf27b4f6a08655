package org.budgetdesk.io;

import java.nio.file.Path;

/**
 * The victim of {@link SaveKillTest}: saves two versions of a project over one file, turn about, as fast as it can,
 * until it is killed. It prints {@code ready} once both are made, so the killer knows the saves have begun.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        ProjectWriter writer = new ProjectWriter();
        byte[][] versions = {writer.toBytes(SaveKillTest.first()), writer.toBytes(SaveKillTest.second())};
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            writer.write(versions[i % 2], target);
        }
    }
}
