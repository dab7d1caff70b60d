package org.learncal.source;

import io.micronaut.serde.annotation.Serdeable;
import org.learncal.importer.ImportReport;

import java.util.List;

/**
 * What the last run that read a body did: how many events it created, updated and cancelled (those removed at
 * the source included), the components it rejected and why, and how it resolved each time zone.
 */
@Serdeable
public record RunSummary(long run, int created, int updated, int unchanged, int cancelled, int removed,
                         List<ImportReport.Rejection> rejected, List<ImportReport.Zone> zones) {

    static RunSummary of(long run, ImportReport report, int removed) {
        return new RunSummary(run, report.created().size(), report.updated().size(), report.unchanged().size(),
                report.cancelled().size() + removed, removed, report.rejected(), report.zones());
    }
}
