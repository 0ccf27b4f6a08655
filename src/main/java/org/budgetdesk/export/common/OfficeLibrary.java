package org.budgetdesk.export.common;

/**
 * What the office libraries (Apache POI, and PDFBox for reading a PDF) need before they load, in one place for every
 * class that writes or reads an Office file or a PDF. Each calls {@link #prepare()} from its static initializer.
 */
public final class OfficeLibrary {
    private OfficeLibrary() {
    }

    /**
     * Sets, unless set already:
     * <ul>
     * <li>a simple Log4j provider. POI logs through the Log4j API, and PDFBox through commons-logging, which picks
     * that API when it is there; without a provider the API prints a complaint on standard output at first use
     * (TOOLCHAIN.md), in the middle of a command's JSON.</li>
     * <li>Java 2D's text layout through JNI. SXSSF measures a character with AWT for every sheet it makes (POI has
     * no switch). On JDK 22 and later that calls HarfBuzz through the foreign-function API, whose call stubs are made
     * at run time, and no class-data archive holds them. The JDK's JNI call does the same work without that: 50–80 ms
     * less for a first export (README Decisions). Older JDKs ignore the property.</li>
     * </ul>
     */
    public static void prepare() {
        setUnlessSet("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setUnlessSet("sun.font.layout.ffm", "false");
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
