package org.learncal.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.event.EventView;

/** One RPDE item: {@code data} only when {@code updated} (a deleted item must not carry the key at all). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeItem(String id, String state, String kind, long modified, @Nullable EventView data) {
    public static final String KIND = "Event";

    public static ChangeItem updated(ChangeSnapshot change, EventView data) {
        return new ChangeItem(change.eventId().toString(), "updated", KIND, change.number(), data);
    }

    public static ChangeItem deleted(ChangeSnapshot change) {
        return new ChangeItem(change.eventId().toString(), "deleted", KIND, change.number(), null);
    }
}
