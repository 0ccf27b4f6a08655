package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a table template, or a header above several columns: {@code header} with either {@code children} (a
 * multi-level header) or a {@code field} (what the column shows, see {@link RowBuilder#fields()}).
 *
 * @param header   the header text
 * @param field    the field a leaf column shows; null for a parent header
 * @param sumOf    for an amount column: the fields it adds up in the same row (合计 = 基本支出 + 项目支出), written as a
 *                 SUM formula on item rows; empty when the column is entered data
 * @param wrap     whether long text wraps within the column (and the row grows) instead of widening the column
 * @param children the columns under this header; empty for a leaf
 */
public record ColumnSpec(String header, String field, List<String> sumOf, boolean wrap, List<ColumnSpec> children) {

    public ColumnSpec {
        if (header == null) {
            throw new IllegalArgumentException("a column needs a header");
        }
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
        children = children == null ? List.of() : List.copyOf(children);
        if (children.isEmpty() == (field == null)) {
            throw new IllegalArgumentException("column “" + header + "” needs either a field or children");
        }
    }

    /** True when this column holds cells rather than headers of other columns. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The header levels this column takes: 1 for a leaf. */
    public int depth() {
        int depth = 0;
        for (ColumnSpec child : children) {
            depth = Math.max(depth, child.depth());
        }
        return depth + 1;
    }

    /** The leaf columns under this one, left to right (itself when it is a leaf). */
    public List<ColumnSpec> leaves() {
        List<ColumnSpec> leaves = new ArrayList<>();
        collect(leaves);
        return leaves;
    }

    private void collect(List<ColumnSpec> leaves) {
        if (isLeaf()) {
            leaves.add(this);
        }
        children.forEach(child -> child.collect(leaves));
    }
}
