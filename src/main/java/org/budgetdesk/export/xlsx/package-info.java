/**
 * The Excel export ({@link org.budgetdesk.export.xlsx.XlsxExporter}): the standard disclosure tables of a table set
 * (template data in {@code resources/org/budgetdesk/export/xlsx/*.json}, read by
 * {@link org.budgetdesk.export.xlsx.TableSet}), their rows made by a few row builders from the consolidated
 * department, written with Apache POI; no JavaFX scene code.
 */
package org.budgetdesk.export.xlsx;
