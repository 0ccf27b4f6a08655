package org.budgetdesk.model;

/** The four entered parts of “三公”经费: 因公出国(境)费, 公务接待费, 公务用车购置费, 公务用车运行维护费. */
public enum ThreePublicPart {
    OVERSEAS_TRAVEL("overseasTravel"),
    RECEPTION("reception"),
    VEHICLE_PURCHASE("vehiclePurchase"),
    VEHICLE_OPERATION("vehicleOperation");

    private final String key;

    ThreePublicPart(String key) {
        this.key = key;
    }

    /** Its key in the figure schema, the file and findings ({@code overseasTravel}). */
    public String key() {
        return key;
    }
}
