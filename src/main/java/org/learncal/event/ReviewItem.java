package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An event with where it stands in review, as the review queue and approve/reject answer it. */
@Serdeable
public record ReviewItem(EventView event, String review, @Nullable String reason) {
}
