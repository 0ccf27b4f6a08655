package org.budgetdesk.export;

import org.budgetdesk.format.DisplayUnit;

/**
 * The choices an export takes.
 *
 * @param tableSet        the table-set template for Excel: "sichuan" (default) or "central"
 * @param unit            the unit amounts are shown in
 * @param chartsAppendix  whether the .docx explanation gets the charts as an appendix
 */
public record ExportOptions(String tableSet, DisplayUnit unit, boolean chartsAppendix) {

    public static ExportOptions defaults() {
        return new ExportOptions("sichuan", DisplayUnit.WAN_YUAN, false);
    }
}
