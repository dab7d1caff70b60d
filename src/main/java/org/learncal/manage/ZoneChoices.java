package org.learncal.manage;

import java.time.ZoneId;
import java.util.List;

/** The IANA zones the form suggests (Area/Location names and UTC), sorted. */
final class ZoneChoices {
    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe"
                    + "|Indian|Pacific)/[A-Za-z_/-]+")).sorted().toList();

    private ZoneChoices() {
    }
}
