package org.budgetdesk.check;

/**
 * N10: the explanation will print a placeholder (【待填写：…】) where free text is missing. The narrative knows where
 * its placeholders are; the checks do not read it, so the layer above that reads both asks here for the finding.
 * A warning: the document is not wrong yet, but it cannot be published as it is.
 */
public final class PlaceholderFinding {
    /** The rule's id. */
    public static final String RULE = "N10";

    private PlaceholderFinding() {
    }

    /**
     * The finding for one placeholder.
     *
     * @param location where the missing text is entered
     * @param heading  the explanation's heading the placeholder is under (九、其他重要事项的情况说明 / （一）机关运行经费)
     * @param what     what is missing, in the explanation's words (机关运行经费增减变化的原因)
     */
    public static Finding of(Location location, String heading, String what) {
        return RuleText.finding(RULE, Severity.WARNING, location, "N10.placeholder", heading, what);
    }
}
