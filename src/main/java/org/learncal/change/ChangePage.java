package org.learncal.change;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One RPDE page: the items, the URL of the next page (this very URL on the last one) and the data licence. */
@Serdeable
public record ChangePage(String next, List<ChangeItem> items, String license) {
}
