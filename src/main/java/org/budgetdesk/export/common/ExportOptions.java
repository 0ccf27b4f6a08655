package org.budgetdesk.export.common;

import java.util.List;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.region.Region;

/**
 * The choices an export takes.
 *
 * @param tableSet        the region whose tables and explanation are written ({@code org.budgetdesk.region}):
 *                        "sichuan-2021" (the default), "sichuan-2024", "central", or an old name ("sichuan")
 * @param unit            the unit amounts are shown in
 * @param charts          the charts the .docx explanation gets as an appendix; empty for none
 */
public record ExportOptions(String tableSet, DisplayUnit unit, List<ChartImage> charts) {

    public ExportOptions {
        charts = List.copyOf(charts);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(Region.DEFAULT, DisplayUnit.WAN_YUAN, List.of());
    }

    /** The same options with charts for the appendix. */
    public ExportOptions withCharts(List<ChartImage> images) {
        return new ExportOptions(tableSet, unit, images);
    }
}
