package org.budgetdesk.narrative;

/**
 * Free text the explanation needs and the model lacks, shown in the text as a visible marker.
 *
 * @param section the numbered headings the placeholder appears under, e.g. 九、其他重要事项的情况说明 / （一）机关运行经费
 * @param what    what is missing, e.g. 公务接待费增减变化的原因
 * @param key     the template key of what is missing, e.g. {@code missing.receptionReason}: which text to write
 */
public record Placeholder(String section, String what, String key) {
    /**
     * How the key of a placeholder for a figure the figure schema adds begins: {@code figure.KEY.reason} names the
     * figure's own field, where the draft check reports it.
     */
    public static final String FIGURE_KEY = "figure.";
}
