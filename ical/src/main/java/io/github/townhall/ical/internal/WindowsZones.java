package io.github.townhall.ical.internal;

import java.util.Map;

/** The Windows zone names Outlook writes as TZID, for the zones townhall's users meet most. */
final class WindowsZones {
    static final Map<String, String> IANA = Map.ofEntries(
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Morocco Standard Time", "Africa/Casablanca"),
            Map.entry("W. Central Africa Standard Time", "Africa/Lagos"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
            Map.entry("SA Pacific Standard Time", "America/Bogota"),
            Map.entry("Canada Central Standard Time", "America/Regina"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("India Standard Time", "Asia/Kolkata"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"),
            Map.entry("SA Western Standard Time", "America/La_Paz"),
            Map.entry("UTC", "UTC"));

    private WindowsZones() {}
}
