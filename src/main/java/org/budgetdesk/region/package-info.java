/**
 * Regions: how a region publishes its department budgets, as a folder of data under
 * {@code resources/org/budgetdesk/region/NAME/}: {@code region.properties} (title, old names, wording options),
 * {@code explanation.outline} and {@code explanation.properties} (the explanation), {@code tables.json} (the
 * table set). The names offered to the user are listed in {@code regions.list} files, one per class-path root.
 *
 * <p>This package depends on nothing of the application but {@code format}.
 */
package org.budgetdesk.region;
