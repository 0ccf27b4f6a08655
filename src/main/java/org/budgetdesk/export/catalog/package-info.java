/**
 * Reading the files accountants keep classification lists in — .xlsx (Excel 2007 on), .xls (Excel 97–2003),
 * .csv and .txt (Excel's or a system's export, UTF-8 or GBK) — into text cells for
 * {@link org.budgetdesk.catalog.importing.CodeListImport}. POI is used here only, as the architecture keeps it in
 * {@code export}.
 */
package org.budgetdesk.export.catalog;
