package org.budgetdesk.export.xlsx;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdesk.region.Region;

/**
 * A region's set of disclosure tables, read from the region's folder ({@code region/NAME/tables.json}, see
 * {@link Region}): the tables in order and the wording around them. Adding a region is adding a folder; see the
 * README's “Excel tables”.
 *
 * @param name            the name the set was loaded by, as {@code --tables} takes it (an old name stays old)
 * @param description     what the set is, for people reading the file
 * @param titleFormat     the title line; {@code {year}}, {@code {department}}, {@code {title}}, {@code {number}}
 * @param subtitleFormat  the line under the title, left; the same placeholders
 * @param unitFormat      the unit line, right; {@code {unit}} is 万元 or 元
 * @param emptyStatement  the statement of an empty table whose template has none
 * @param roundingNote    the note under a table whose printed total differs from its printed parts (rounding);
 *                        absent: {@link #ROUNDING_NOTE}
 * @param labels          the fixed wording of rows and of the chart sheet ({@link #LABELS} lists the keys)
 * @param tables          the tables, in order
 */
public record TableSet(String name, String description, String titleFormat, String subtitleFormat,
                       String unitFormat, String emptyStatement, String roundingNote, Map<String, String> labels,
                       List<TableTemplate> tables) {

    /** The rounding note of a set that words none. */
    public static final String ROUNDING_NOTE = "注：本表金额以{unit}为单位四舍五入列示，个别合计数与各分项之和的尾差系四舍五入所致。";

    /** The label keys every set defines. */
    public static final List<String> LABELS = List.of("total", "currentIncome", "currentExpenditure", "incomeTotal",
            "expenditureTotal", "carryForward", "chartSheet", "chartTitle", "chartFunctional", "chartBasicProject",
            "chartPersonnelPublic", "chartThreePublic", "chartItem", "chartAmount", "basic", "project", "personnel",
            "publicCosts", "overseasTravel", "reception", "vehiclePurchase", "vehicleOperation", "noData");

    private static final String FILE = "tables.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public TableSet {
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        roundingNote = roundingNote == null ? ROUNDING_NOTE : roundingNote;
        tables = List.copyOf(tables == null ? List.of() : tables);
    }

    /**
     * Reads a set from the class path and checks it: known builders and fields, unique sheet names, every label.
     *
     * @throws IllegalArgumentException when there is no such set or the file is wrong
     */
    public static TableSet load(String name) {
        if (!Region.isName(name)) {
            throw new IllegalArgumentException("not a table-set name: " + name);
        }
        Region region = Region.find(name).filter(found -> found.has(FILE))
                .orElseThrow(() -> new IllegalArgumentException("no table set named " + name));
        try (InputStream in = region.open(FILE)) {
            TableSet set = JSON.readValue(in, TableSet.class);
            return new TableSet(name, set.description, set.titleFormat, set.subtitleFormat, set.unitFormat,
                    set.emptyStatement, set.roundingNote, set.labels, set.tables).checked();
        } catch (IOException e) {
            throw new UncheckedIOException(region.path(FILE) + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether a region of this name (or old name) has a table set. */
    public static boolean exists(String name) {
        return Region.find(name).filter(region -> region.has(FILE)).isPresent();
    }

    /** A label by key. */
    public String label(String key) {
        String label = labels.get(key);
        if (label == null) {
            throw new IllegalArgumentException("table set " + name + " has no label " + key);
        }
        return label;
    }

    private TableSet checked() {
        if (tables.isEmpty() || titleFormat == null || subtitleFormat == null || unitFormat == null
                || emptyStatement == null) {
            throw new IllegalArgumentException("table set " + name + " needs tables and every format");
        }
        LABELS.forEach(this::label);
        Set<String> sheets = new HashSet<>();
        sheets.add(label("chartSheet"));
        for (TableTemplate table : tables) {
            if (!sheets.add(table.sheet())) {
                throw new IllegalArgumentException("two sheets named " + table.sheet() + " in " + name);
            }
            RowBuilder builder = RowBuilders.get(table.rows().builder());
            Set<String> leafFields = new HashSet<>();
            for (ColumnSpec column : table.leaves()) {
                if (!builder.supports(column.field())) {
                    throw new IllegalArgumentException(table.sheet() + ": the " + table.rows().builder()
                            + " rows have no field " + column.field());
                }
                leafFields.add(column.field());
            }
            for (ColumnSpec column : table.leaves()) {
                if (!leafFields.containsAll(column.sumOf())) {
                    throw new IllegalArgumentException(table.sheet() + ": column " + column.field()
                            + " sums a field the table does not show: " + column.sumOf());
                }
            }
        }
        return this;
    }
}
