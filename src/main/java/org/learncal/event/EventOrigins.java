package org.learncal.event;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Tells which of these events are mirrored from an external calendar; the package that pulls them answers. */
public interface EventOrigins {
    Map<UUID, Origin> of(Collection<UUID> eventIds);
}
