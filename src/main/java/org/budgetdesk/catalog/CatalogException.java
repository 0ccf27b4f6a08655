package org.budgetdesk.catalog;

/**
 * A code list resource is missing or malformed. The message names the file and, where known, the line.
 */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for a problem at a line of a file. */
    public CatalogException(String fileName, int line, String problem) {
        super(fileName + ", line " + line + ": " + problem);
    }

    /** Creates an exception for a problem with a whole file. */
    public CatalogException(String fileName, String problem) {
        super(fileName + ": " + problem);
    }

    /** Creates an exception for a problem with a whole file, caused by another. */
    public CatalogException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
    }
}
