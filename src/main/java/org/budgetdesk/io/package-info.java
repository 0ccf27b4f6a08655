/**
 * The project file ({@code *.budget}): JSON records ({@link org.budgetdesk.io.ProjectDto}) mapped to and from the
 * model, written atomically ({@link org.budgetdesk.io.ProjectWriter}) and read without ever half-loading
 * ({@link org.budgetdesk.io.ProjectReader}); {@link org.budgetdesk.io.ProjectFiles} is the entry point.
 *
 * <p>Decisions: amounts are strings ({@code "7630600.00"}) so no reader turns them into floating point; every
 * known field is required and unknown fields are ignored (see {@link org.budgetdesk.io.ProjectReader}); a line
 * code missing from the year's catalog is kept as a custom code named by the code itself, because the catalog
 * refuses blank names; the temporary file of a save is {@code .NAME.<16 hex digits>.tmp} beside the target, so
 * the rename stays on one file system.
 */
package org.budgetdesk.io;
