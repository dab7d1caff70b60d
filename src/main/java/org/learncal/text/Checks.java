package org.learncal.text;

import io.micronaut.core.annotation.Nullable;
import org.learncal.problem.InputErrors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks shared by every request type: slugs, required texts, http(s) URLs. Each names the field it checks. */
public final class Checks {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Checks() {
    }

    public static void slug(InputErrors errors, String name, @Nullable String value) {
        if (value == null || value.length() > 80 || !SLUG.matcher(value).matches()) {
            errors.add(name, "must be lowercase letters, digits and single hyphens, at most 80 characters");
        }
    }

    /** The slug of a resource being replaced: the path's; one given in the body must be the same, as slugs last. */
    public static String sameSlug(String path, @Nullable String given) {
        if (given != null && !given.equals(path)) {
            throw org.learncal.problem.ProblemException.invalid("slug", "is '" + path
                    + "' and cannot change (events and feeds name it); create a new one instead");
        }
        return path;
    }

    public static void text(InputErrors errors, String name, @Nullable String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.add(name, "is required and must not be blank");
        } else if (value != null && value.length() > max) {
            errors.add(name, "may have at most " + max + " characters, not " + value.length());
        }
    }

    public static void url(InputErrors errors, String name, @Nullable String value) {
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= 2000) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        errors.add(name, "must be an absolute http or https URL of at most 2000 characters");
    }
}
