package org.learncal.link;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The links every resource carries: itself, its web page and its iCalendar feed (https and webcal). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(String self, @Nullable String html, @Nullable String ics, @Nullable String webcal,
                    @Nullable String next) {
}
