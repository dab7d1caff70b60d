package org.learncal.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One field of an event that changed, with its values before and after (null when absent). */
@Serdeable
public record FieldChange(String field, @Nullable String old, @Nullable String value) {
}
