/**
 * The Excel import ({@link org.budgetdesk.export.importing.WorkbookImport}): reads a workbook of disclosure tables
 * (.xlsx or .xls) against the table sets the export writes, as {@link org.budgetdesk.export.importing.ImportedFigures};
 * {@link org.budgetdesk.export.importing.ImportPlan} compares them with a project and applies them as one undo step.
 */
package org.budgetdesk.export.importing;
