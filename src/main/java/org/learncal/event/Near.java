package org.learncal.event;

/**
 * "Near a place": a point, as the reader named it ({@code place}: a city slug or {@code lat,lng}), and a radius.
 * In-person and hybrid events match when their venue, or failing venue coordinates their city, lies within it.
 */
public record Near(String place, double latitude, double longitude, int withinKm) {
    public static final int DEFAULT_KM = 50;
    public static final int MAX_KM = 500;
    private static final double EARTH_KM = 6371.0088;

    /** Great-circle distance in km (haversine), computed as {@link NearCondition}'s SQL computes it. */
    public double kmTo(double latitude, double longitude) {
        double dLat = Math.toRadians(latitude - this.latitude);
        double dLng = Math.toRadians(longitude - this.longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.latitude))
                * Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    }

    static double earthKm() {
        return EARTH_KM;
    }
}
