package no.bedriftsportal.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * Six months of usage for the advice's integration tests (X1), ingested as one CDR file through the real rating,
 * with the months counted back from the test clock: an over-provisioned FRI_20, a BASIS user who calls and surfs,
 * a FRI_1 that buys an EXTRA_5 in five of the six months, a right-sized FRI_5 and a FRI_5 silent for 90 days.
 * The expected advice is worked out in {@link AdviceCalculatorTest}'s comments with the same numbers.
 */
final class AdviceUsage {

    static final long MB = 1_000_000L;

    final Msisdn overProvisioned;
    final Msisdn basis;
    final Msisdn extras;
    final Msisdn rightSized;
    final Msisdn idle;
    final LocalDate idleLastCall;
    final List<YearMonth> window;

    private final StringBuilder lines = new StringBuilder();
    private int sequence;

    AdviceUsage(TestCompany company, Clock clock, IngestCdrFile ingest, BuyExtraPackage buy) {
        LocalDate today = Oslo.today(clock);
        window = AdviceCalculator.window(YearMonth.from(today), 6);
        overProvisioned = company.subscriber(0, "FRI_20", "Olsen Overdimensjonert");
        basis = company.subscriber(0, "BASIS", "Berg Basis");
        extras = company.subscriber(1, "FRI_1", "Eriksen Ekstra");
        rightSized = company.subscriber(1, "FRI_5", "Rønning Riktig");
        idle = company.subscriber(1, "FRI_5", "Strand Stille");
        String tag = Long.toString(company.id());
        for (int i = 0; i < window.size(); i++) {
            YearMonth month = window.get(i);
            String day = at(month.atDay(10));
            call(overProvisioned, day, 300 * 60);
            data(overProvisioned, day, 800 * MB);
            call(basis, day, 200 * 60);
            for (int sms = 0; sms < 50; sms++) {
                record(basis, "SMS", day, "MO", "92345678", "", "");
            }
            for (int mms = 0; mms < 2; mms++) {
                record(basis, "MMS", day, "MO", "92345678", "", "");
            }
            data(basis, day, 3000 * MB);
            call(extras, day, 300 * 60);
            if (i < 5) {
                buy.buy(extras.value(), "EXTRA_5", Payer.COMPANY,
                        ZonedDateTime.of(month.atDay(2), LocalTime.of(8, 0), Oslo.ZONE).toInstant(), "OPERATOR");
                data(extras, day, 5900 * MB);
            } else {
                data(extras, day, 800 * MB);
            }
            call(rightSized, day, 600 * 60);
            data(rightSized, day, 4000 * MB);
        }
        idleLastCall = today.minusDays(90);
        call(idle, at(idleLastCall), 60);
        ThisMonthsCdrs.ingest(ingest, "advice-" + tag + ".csv", lines.toString());
    }

    private void call(Msisdn msisdn, String start, long seconds) {
        record(msisdn, "VOICE", start, "MO", "92345678", Long.toString(seconds), "");
    }

    private void data(Msisdn msisdn, String start, long bytes) {
        record(msisdn, "DATA", start, "", "", "", Long.toString(bytes));
    }

    private void record(Msisdn msisdn, String type, String start, String direction, String otherParty, String seconds,
            String bytes) {
        lines.append("advice-").append(msisdn.national()).append('-').append(++sequence).append(',').append(msisdn.value())
                .append(',').append(type).append(',').append(start).append(',').append(direction).append(',')
                .append(otherParty).append(",NO,").append(seconds).append(',').append(bytes).append(",,,,\n");
    }

    private static String at(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(day, LocalTime.NOON, Oslo.ZONE));
    }
}
