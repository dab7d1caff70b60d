package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.problem.InputErrors;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code near} (a city slug or {@code lat,lng}) and {@code within} ({@code 50km}) into a {@link Near}. */
@Singleton
class NearParser {
    private static final Pattern POINT = Pattern.compile("(-?\\d{1,3}(?:\\.\\d+)?),\\s*(-?\\d{1,3}(?:\\.\\d+)?)");
    private static final Pattern DISTANCE = Pattern.compile("(-?\\d{1,9})\\s*(?:km)?");

    private final CityStore cities;

    NearParser(CityStore cities) {
        this.cities = cities;
    }

    @Nullable
    Near parse(@Nullable String near, @Nullable String within, InputErrors errors) {
        Integer km = within == null ? Integer.valueOf(Near.DEFAULT_KM) : km(within, errors);
        if (near == null) {
            if (within != null) {
                errors.add("within", "needs near, the place to measure from");
            }
            return null;
        }
        Optional<double[]> point = point(near.trim(), errors);
        return point.isEmpty() || km == null ? null : new Near(near.trim(), point.get()[0], point.get()[1], km);
    }

    private Optional<double[]> point(String near, InputErrors errors) {
        Matcher matcher = POINT.matcher(near);
        if (matcher.matches()) {
            double latitude = Double.parseDouble(matcher.group(1));
            double longitude = Double.parseDouble(matcher.group(2));
            boolean valid = true;
            if (Math.abs(latitude) > 90) {
                errors.add("near", "latitude " + matcher.group(1) + " is outside -90 to 90");
                valid = false;
            }
            if (Math.abs(longitude) > 180) {
                errors.add("near", "longitude " + matcher.group(2) + " is outside -180 to 180");
                valid = false;
            }
            return valid ? Optional.of(new double[] {latitude, longitude}) : Optional.empty();
        }
        Optional<City> city = cities.findById(near);
        if (city.isEmpty()) {
            errors.add("near", "'" + near + "' is neither a known city (see /api/cities) nor latitude,longitude "
                    + "in degrees (48.8566,2.3522)");
            return Optional.empty();
        }
        if (city.get().latitude() == null || city.get().longitude() == null) {
            errors.add("near", "city '" + near + "' has no coordinates yet; give latitude,longitude instead");
            return Optional.empty();
        }
        return Optional.of(new double[] {city.get().latitude(), city.get().longitude()});
    }

    @Nullable
    private static Integer km(String within, InputErrors errors) {
        Matcher matcher = DISTANCE.matcher(within.trim());
        if (matcher.matches()) {
            long km = Long.parseLong(matcher.group(1));
            if (km >= 1 && km <= Near.MAX_KM) {
                return (int) km;
            }
        }
        errors.add("within", "must be a whole number of kilometres from 1 to " + Near.MAX_KM + ", like "
                + Near.DEFAULT_KM + "km, not '" + within + "'");
        return null;
    }
}
