package org.learncal.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of the Prometheus text that /prometheus answers. */
public final class Prometheus {
    private Prometheus() {
    }

    /** The sample's value, 0 when the series does not exist yet. */
    public static double value(String metrics, String series) {
        String selector = series.contains("{") ? Pattern.quote(series) : Pattern.quote(series) + "(?:\\{[^}]*\\})?";
        Matcher sample = Pattern.compile("(?m)^" + selector + " (\\S+)$").matcher(metrics);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
