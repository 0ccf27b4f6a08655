package org.budgetdesk.export.common;

/**
 * A chart drawn as a PNG, for the appendix of the .docx explanation. The workbench draws them (it has the
 * toolkit); the exporters only place them.
 */
public record ChartImage(String title, byte[] png) {
}
