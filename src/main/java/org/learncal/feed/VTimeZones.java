package org.learncal.feed;

import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds VTIMEZONE components from the JDK's time-zone rules, trimmed to the years a feed needs.
 * Where a zone follows yearly rules (Europe/Paris) it gets one STANDARD and one DAYLIGHT with an RRULE,
 * which Outlook handles better than date lists; where changes are irregular (Africa/Casablanca's Ramadan
 * changes) every change in those years is its own observance with its own DTSTART, so no RDATE is needed.
 */
@Singleton
public class VTimeZones {
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final int MAX_OBSERVANCES = 2000;

    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    /**
     * Zones at a fixed offset need no VTIMEZONE: their times are written in UTC. Zones without rules (iCal4j
     * registers the VTIMEZONEs of parsed files JVM-wide as "ical4j-local-..." ids, whose rules it may no longer
     * provide) are never ours: skipped.
     */
    public static boolean needsDefinition(ZoneId zone) {
        if (zone.getId().startsWith("ical4j")) {
            return false;
        }
        java.time.zone.ZoneRules rules = zone.getRules();
        return rules != null && !rules.isFixedOffset();
    }

    /** The VTIMEZONE of {@code zone} covering the years {@code firstYear} to {@code lastYear}. */
    public byte[] render(ZoneId zone, int firstYear, int lastYear) {
        return rendered.computeIfAbsent(zone.getId() + "/" + firstYear + "/" + lastYear,
                key -> build(zone, firstYear, lastYear));
    }

    private static byte[] build(ZoneId zone, int firstYear, int lastYear) {
        ZoneRules rules = zone.getRules();
        IcsWriter out = new IcsWriter(1024).begin("VTIMEZONE").raw("TZID", zone.getId());
        if (!writeYearlyRules(out, rules, firstYear, lastYear)) {
            writeEachChange(out, rules, firstYear, lastYear);
        }
        return out.end("VTIMEZONE").toBytes();
    }

    /** Writes RRULE observances when yearly rules alone govern the years asked for; false otherwise. */
    private static boolean writeYearlyRules(IcsWriter out, ZoneRules rules, int firstYear, int lastYear) {
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        if (yearly.isEmpty() || yearly.stream().anyMatch(rule -> !expressible(rule, firstYear - 1, lastYear))) {
            return false;
        }
        Instant lastListed = listed.isEmpty() ? Instant.MIN : listed.get(listed.size() - 1).getInstant();
        List<ZoneOffsetTransition> onsets = yearly.stream().map(rule -> rule.createTransition(firstYear - 1)).toList();
        if (onsets.stream().anyMatch(onset -> !onset.getInstant().isAfter(lastListed))) {
            return false;
        }
        for (int i = 0; i < yearly.size(); i++) {
            observance(out, rules, onsets.get(i), recurrence(yearly.get(i)));
        }
        return true;
    }

    /**
     * An RRULE can state the rule when its days stay inside the month (Egypt's "Friday on or after 26 April"
     * can fall in May: BYMONTH cannot say that), the change is before midnight, and each change in the years
     * asked for falls on the rule's month and weekday.
     */
    private static boolean expressible(ZoneOffsetTransitionRule rule, int firstYear, int lastYear) {
        int indicator = rule.getDayOfMonthIndicator();
        boolean lastWeek = rule.getMonth() != Month.FEBRUARY && indicator + 6 == rule.getMonth().maxLength();
        if (rule.isMidnightEndOfDay() || indicator + 6 > rule.getMonth().minLength() && !lastWeek
                || indicator < 0 && indicator - 6 < -28) {
            return false;
        }
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate day = rule.createTransition(year).getDateTimeBefore().toLocalDate();
            if (day.getMonth() != rule.getMonth()
                    || rule.getDayOfWeek() != null && day.getDayOfWeek() != rule.getDayOfWeek()) {
                return false;
            }
        }
        return true;
    }

    private static String recurrence(ZoneOffsetTransitionRule rule) {
        String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int indicator = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return month + ";BYMONTHDAY=" + indicator;
        }
        String day = DAYS[weekday.getValue() - 1];
        if (indicator == -1 || rule.getMonth() != Month.FEBRUARY && indicator + 6 == rule.getMonth().maxLength()) {
            return month + ";BYDAY=-1" + day;
        }
        if (indicator > 0 && (indicator - 1) % 7 == 0 && indicator <= 22) {
            return month + ";BYDAY=" + ((indicator - 1) / 7 + 1) + day;
        }
        int first = indicator > 0 ? indicator : indicator - 6;
        List<String> days = new ArrayList<>();
        for (int d = first; d < first + 7; d++) {
            days.add(Integer.toString(d));
        }
        return month + ";BYMONTHDAY=" + String.join(",", days) + ";BYDAY=" + day;
    }

    /** One observance per change in the years asked for, after the one in force when they begin. */
    private static void writeEachChange(IcsWriter out, ZoneRules rules, int firstYear, int lastYear) {
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400);
        Instant until = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(86_400);
        ZoneOffsetTransition inForce = rules.previousTransition(from);
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            out.begin("STANDARD").raw("DTSTART", "16010101T000000").raw("TZOFFSETFROM", offset(offset))
                    .raw("TZOFFSETTO", offset(offset)).end("STANDARD");
        } else {
            observance(out, rules, inForce, null);
        }
        ZoneOffsetTransition change = rules.nextTransition(from);
        for (int count = 0; change != null && change.getInstant().isBefore(until) && count < MAX_OBSERVANCES; count++) {
            observance(out, rules, change, null);
            change = rules.nextTransition(change.getInstant());
        }
    }

    private static void observance(IcsWriter out, ZoneRules rules, ZoneOffsetTransition change, String rrule) {
        String kind = rules.isDaylightSavings(change.getInstant()) ? "DAYLIGHT" : "STANDARD";
        out.begin(kind).raw("DTSTART", IcsWriter.local(change.getDateTimeBefore()))
                .raw("TZOFFSETFROM", offset(change.getOffsetBefore()))
                .raw("TZOFFSETTO", offset(change.getOffsetAfter()));
        if (rrule != null) {
            out.raw("RRULE", rrule);
        }
        out.end(kind);
    }

    /** An offset as UTC-OFFSET wants it: sign, hours, minutes and seconds only when there are some. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int absolute = Math.abs(total);
        String text = (total < 0 ? "-" : "+") + two(absolute / 3600) + two(absolute / 60 % 60);
        return absolute % 60 == 0 ? text : text + two(absolute % 60);
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
