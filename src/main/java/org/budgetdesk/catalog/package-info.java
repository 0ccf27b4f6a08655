/**
 * The classification code lists per budget year: 支出功能分类 (functional) and 部门预算支出经济分类
 * (economic), loaded from tab-separated resource files beside this package.
 *
 * <p>{@code index.tsv} names which file applies from which budget year; each list file has the columns
 * {@code code}, {@code name} and {@code aliases} (older names, separated by {@code |}). A new edition is
 * added as data: one more file and one more index line. Codes the published lists lack are added per
 * project with {@link org.budgetdesk.catalog.Catalog#withCustomCodes}.
 *
 * <p>This package depends on nothing else of the application and not on JavaFX.
 */
package org.budgetdesk.catalog;
