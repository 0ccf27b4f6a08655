package org.budgetdesk.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the JSON tree of an older format version to the current one before it is bound, so the reader's strict
 * checks see one shape. Each step changes only what its version changed; everything else must already be there.
 *
 * <ul>
 *   <li>1 → 2: version 2 added the review comments. A version-1 file has none, so {@code comments} becomes an
 *       empty list (a {@code comments} member in a version-1 file was an unknown field, ignored as always).</li>
 *   <li>2 → 3: version 3 added {@code sectionComparisonBases} (every section compares on the department's basis
 *       before, so it becomes an empty map), {@code basicCostOverrides} (none before: the national rule) and lets
 *       a prior amount be {@code "NOT_PUBLISHED"}, which an older file never is: its amounts are kept as they are.
 *       上年结转 is split by where the money came from; an old one becomes 非财政拨款结转, as the old tables counted it
 *       ({@link FormatTwoSources}). “三公” by fund starts with
 *       everything paid by 一般公共预算 ({@link FormatTwoThreePublic}); project spending by economic 款 is zero,
 *       performance indicators and the overall targets start empty ({@link FormatTwoUnits}).</li>
 *   <li>Within version 3: {@code codeNames} (the names of the official codes the project uses) came later; a file
 *       saved without it has none, and a BudgetDesk that does not know it ignores it, as any unknown field. So
 *       did the {@code funds} of economic lines (a line without them is all 一般公共预算,
 *       {@link ProjectDto.EconomicLineDto}) and {@code region} (the region the project publishes for: a file without
 *       it has chosen none).</li>
 * </ul>
 */
final class ProjectMigration {
    private ProjectMigration() {
    }

    /** Migrates a tree of {@code version} (already checked to be between 1 and the current one) in place. */
    static void toCurrent(ObjectNode tree, int version) {
        if (version < 2) {
            tree.putArray("comments");
        }
        if (version < 3) {
            tree.putObject("sectionComparisonBases");
            tree.putObject("basicCostOverrides");
            FormatTwoSources.migrate(tree);
            FormatTwoThreePublic.migrate(tree);
            FormatTwoUnits.migrate(tree);
        }
        if (!tree.has("codeNames")) {
            tree.putObject("codeNames");
        }
        tree.put("formatVersion", ProjectDto.CURRENT_VERSION);
    }
}
