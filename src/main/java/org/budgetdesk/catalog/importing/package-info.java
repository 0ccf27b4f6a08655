/**
 * Reading a classification list the user has (the official 《政府收支分类科目》 attachment, or the 科目 dictionary a
 * 预算管理一体化 system exports) from the cells of its sheets: which columns hold the codes and names, which rows are
 * headers, notes, 目 or another classification, and how the result differs from the shipped list
 * ({@link org.budgetdesk.catalog.importing.ImportPreview}). Reading the file itself (.xlsx, .xls, .csv, .txt) is
 * done elsewhere and hands in {@link org.budgetdesk.catalog.importing.ImportSheet}s of text cells.
 *
 * <p>Like the rest of {@code catalog}, this package depends on nothing else of the application.
 */
package org.budgetdesk.catalog.importing;
