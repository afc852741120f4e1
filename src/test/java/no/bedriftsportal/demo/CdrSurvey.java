package no.bedriftsportal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads generated CDR files the way CDR-FORMAT.md describes them, records every breach of the format
 * (or of the demo's own promises: sorted, active days only, MBB data only), and counts what the mix
 * tests look at. Independent of the generator's code on purpose.
 */
final class CdrSurvey {

    static final List<String> COLUMNS = List.of("cdr_id", "msisdn", "type", "start_time", "direction", "other_party",
            "visited_country", "duration_s", "volume_bytes", "amount_nok", "vat_rate", "provider", "description");
    static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI");
    static final Set<String> Z1 = Set.of("CH", "GB", "TR", "RS", "BA", "ME", "MK", "AL", "XK", "UA", "MD", "AD", "MC", "SM",
            "VA", "FO", "GI", "GG", "JE", "IM");
    static final Set<String> Z2 = Set.of("US", "CA");

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Pattern CDR_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern MSISDN = Pattern.compile("\\+47[49]\\d{7}|\\d{8}");
    private static final Pattern PARTY = Pattern.compile("\\+[1-9]\\d{6,14}|\\d{3,8}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern AMOUNT = Pattern.compile("\\d+\\.\\d{2}");
    private static final int MAX_VIOLATIONS = 30;

    final List<String> violations = new ArrayList<>();
    final Map<String, Integer> recordsByType = new TreeMap<>();
    final Map<String, Integer> recordsByCountry = new TreeMap<>();
    final Set<String> contentVatRates = new HashSet<>();
    final Map<String, Long> homeAndEuDataByLineMonth = new HashMap<>();
    final Map<String, Long> contentOreByLineYear = new HashMap<>();
    final Map<String, Integer> recordsByLineMonth = new HashMap<>();
    int totalRecords;
    int foreignCallsFromNorway;
    int foreignSmsFromNorway;
    int directoryCalls;
    int freephoneCalls;
    int shortNumberCalls;
    int callsHomeFromAbroad;
    int localCallsAbroad;
    int receivedCalls;
    int receivedSms;
    int mms;
    int callsOnWorkingDays;
    int callsOnWeekends;
    int callsInOfficeHours;
    int longestCallSeconds;
    /** Records before 05:00 on the days the clocks change, when the offset changes within the day. */
    int nightRecordsOnClockChangeDays;
    final Set<ZoneOffset> offsets = new HashSet<>();
    private final Set<String> cdrIds = new HashSet<>();

    static CdrSurvey of(List<UsageFile> files, List<DemoLine> lines, LocalDate today) throws IOException {
        Map<String, DemoLine> byMsisdn = new HashMap<>();
        lines.forEach(line -> byMsisdn.put(line.msisdn(), line));
        CdrSurvey survey = new CdrSurvey();
        for (UsageFile file : files) {
            survey.read(file, byMsisdn, today);
        }
        return survey;
    }

    private void read(UsageFile file, Map<String, DemoLine> lines, LocalDate today) throws IOException {
        String name = file.path().getFileName().toString();
        try (InputStream raw = Files.newInputStream(file.path());
                InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!COLUMNS.equals(split(header))) {
                violation(name + ": header " + header);
                return;
            }
            Instant previous = Instant.MIN;
            int lineNumber = 1;
            int records = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                lineNumber++;
                records++;
                previous = record(name + ":" + lineNumber, split(text), file, lines, today, previous);
            }
            if (records != file.records()) {
                violation(name + ": " + records + " records, UsageFile says " + file.records());
            }
        }
    }

    private Instant record(String where, List<String> fields, UsageFile file, Map<String, DemoLine> lines, LocalDate today,
            Instant previous) {
        totalRecords++;
        if (fields.size() != COLUMNS.size()) {
            violation(where + ": " + fields.size() + " columns");
            return previous;
        }
        String id = fields.get(0);
        String msisdn = fields.get(1);
        String type = fields.get(2);
        String direction = fields.get(4);
        String party = fields.get(5);
        String country = fields.get(6);
        String duration = fields.get(7);
        String volume = fields.get(8);
        String amount = fields.get(9);
        String vat = fields.get(10);
        String provider = fields.get(11);
        String description = fields.get(12);
        if (!CDR_ID.matcher(id).matches() || !cdrIds.add(id)) {
            violation(where + ": cdr_id invalid or repeated " + id);
        }
        DemoLine line = lines.get(msisdn);
        if (!MSISDN.matcher(msisdn).matches() || line == null) {
            violation(where + ": unknown msisdn " + msisdn);
            return previous;
        }
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(fields.get(3));
        } catch (DateTimeParseException e) {
            violation(where + ": start_time " + fields.get(3));
            return previous;
        }
        Instant instant = start.toInstant();
        ZoneOffset osloOffset = OSLO.getRules().getOffset(instant);
        if (!start.getOffset().equals(osloOffset)) {
            violation(where + ": offset " + start.getOffset() + ", Oslo has " + osloOffset + " at " + instant);
        }
        if (instant.isBefore(previous)) {
            violation(where + ": not in start_time order");
        }
        LocalDate day = instant.atZone(OSLO).toLocalDate();
        offsets.add(start.getOffset());
        if (start.getHour() < 5 && Duration.between(day.atStartOfDay(OSLO), day.plusDays(1).atStartOfDay(OSLO)).toHours() != 24) {
            nightRecordsOnClockChangeDays++;
        }
        if (!line.activeOn(day) || !day.isBefore(today)) {
            violation(where + ": " + msisdn + " not active on " + day);
        }
        if (day.isBefore(file.firstDay()) || day.isAfter(file.lastDay())) {
            violation(where + ": " + day + " outside the file's days");
        }
        if (!COUNTRY.matcher(country).matches()) {
            violation(where + ": visited_country " + country);
        }
        boolean callOrMessage = type.equals("VOICE") || type.equals("SMS") || type.equals("MMS");
        if (callOrMessage != (direction.equals("MO") || direction.equals("MT")) || !callOrMessage && !direction.isEmpty()) {
            violation(where + ": direction " + direction + " for " + type);
        }
        boolean needsParty = callOrMessage || type.equals("CONTENT");
        if (needsParty != PARTY.matcher(party).matches() || !needsParty && !party.isEmpty()) {
            violation(where + ": other_party " + party + " for " + type);
        }
        if (type.equals("VOICE") != WHOLE.matcher(duration).matches() || !type.equals("VOICE") && !duration.isEmpty()) {
            violation(where + ": duration_s " + duration + " for " + type);
        }
        if (type.equals("DATA")) {
            long bytes = WHOLE.matcher(volume).matches() ? Long.parseLong(volume) : -1;
            if (bytes < 1_000_000 || bytes > 200_000_000) {
                violation(where + ": DATA volume_bytes " + volume + " outside 1–200 MB");
            }
        } else if (!volume.isEmpty()) {
            violation(where + ": volume_bytes on " + type);
        }
        boolean content = type.equals("CONTENT");
        if (content != (AMOUNT.matcher(amount).matches() && (vat.equals("25") || vat.equals("0")) && !provider.isBlank())
                || !content && !(amount + vat + provider + description).isEmpty()) {
            violation(where + ": content fields " + amount + "/" + vat + "/" + provider + " for " + type);
        }
        if (!type.equals("DATA") && !callOrMessage && !content) {
            violation(where + ": type " + type);
        }
        if ("MBB_50".equals(line.planOn(day)) && !type.equals("DATA")) {
            violation(where + ": " + type + " on a mobile broadband line");
        }
        count(type, country, direction, party, duration, volume, amount, vat, msisdn, day, instant);
        return instant;
    }

    private void count(String type, String country, String direction, String party, String duration, String volume,
            String amount, String vat, String msisdn, LocalDate day, Instant instant) {
        recordsByType.merge(type, 1, Integer::sum);
        recordsByCountry.merge(country, 1, Integer::sum);
        recordsByLineMonth.merge(msisdn + " " + YearMonth.from(day), 1, Integer::sum);
        boolean home = country.equals("NO");
        boolean foreignNumber = party.startsWith("+") && !party.startsWith("+47");
        switch (type) {
            case "VOICE" -> {
                longestCallSeconds = Math.max(longestCallSeconds, Integer.parseInt(duration));
                if (direction.equals("MT")) {
                    receivedCalls++;
                } else if (home && foreignNumber) {
                    foreignCallsFromNorway++;
                } else if (!home) {
                    if (party.startsWith("+47")) {
                        callsHomeFromAbroad++;
                    } else {
                        localCallsAbroad++;
                    }
                }
                if (party.equals("1881") || party.equals("1880")) {
                    directoryCalls++;
                } else if (party.length() == 8 && party.startsWith("800")) {
                    freephoneCalls++;
                } else if (party.length() == 4 || party.length() == 5) {
                    shortNumberCalls++;
                }
                if (home) {
                    if (NorwegianCalendar.isWorkingDay(day)) {
                        callsOnWorkingDays++;
                        int hour = instant.atZone(OSLO).getHour();
                        if (hour >= 8 && hour < 17) {
                            callsInOfficeHours++;
                        }
                    } else if (day.getDayOfWeek().getValue() >= 6) {
                        callsOnWeekends++;
                    }
                }
            }
            case "SMS" -> {
                if (direction.equals("MT")) {
                    receivedSms++;
                } else if (home && foreignNumber) {
                    foreignSmsFromNorway++;
                }
            }
            case "MMS" -> mms++;
            case "DATA" -> {
                if (home || EU.contains(country)) {
                    homeAndEuDataByLineMonth.merge(msisdn + " " + YearMonth.from(day), Long.parseLong(volume), Long::sum);
                }
            }
            case "CONTENT" -> {
                contentVatRates.add(vat);
                long ore = Long.parseLong(amount.replace(".", ""));
                contentOreByLineYear.merge(msisdn + " " + day.getYear(), ore, Long::sum);
            }
            default -> {
            }
        }
    }

    boolean hasCountryIn(Set<String> zone) {
        return recordsByCountry.keySet().stream().anyMatch(zone::contains);
    }

    /** Outside NO, EU/EEA, Z1 and Z2: the catalogue's Z3, "every other country". */
    boolean hasZ3Country() {
        return recordsByCountry.keySet().stream()
                .anyMatch(c -> !c.equals("NO") && !EU.contains(c) && !Z1.contains(c) && !Z2.contains(c));
    }

    private void violation(String text) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(text);
        }
    }

    /** RFC 4180: commas separate, double quotes enclose, a doubled quote inside is one quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
