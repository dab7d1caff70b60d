package org.learncal.catalog;

import java.util.List;
import java.util.UUID;

/**
 * Told, inside the writing transaction and while it holds the catalogue version's row lock, which events a
 * write changed and the version it gave them: versions given under that lock are in commit order.
 */
public interface EventChangeListener {
    void changed(List<UUID> eventIds, long version);
}
