package no.bedriftsportal.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * A small known feed for the dashboard's tests: a company with two customer numbers (Salg, Drift)
 * and three subscriptions, and ten CDRs on one day of this month within the last 7 days. The
 * comments give each record's price from CATALOG.md, so that tests can check sums worked out by hand.
 */
record DashboardFeed(TestCompany company, Msisdn fri5, Msisdn basis, Msisdn traveller, LocalDate day) {

    static DashboardFeed feed(CompanyMother mother, IngestCdrFile ingest, Clock clock) throws Exception {
        TestCompany company = mother.company("Salg", "Drift");
        Msisdn fri5 = company.subscriber(0, "FRI_5");
        Msisdn basis = company.subscriber(0, "BASIS");
        Msisdn traveller = company.subscriber(1, "FRI_1");
        LocalDate today = Oslo.today(clock);
        LocalDate day = today.getDayOfMonth() > 3 ? today.minusDays(2) : today; // this month, within the last 7 days
        String at = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(1)).toString().replace("T10:00+01:00", "T10:%02d:00+01:00");
        Path file = Files.createTempFile("dashboard", ".csv");
        String id = "dash" + System.nanoTime() + "-";
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n"
                + id + "1," + basis + ",VOICE," + at.formatted(1) + ",MO,+4722334455,NO,120,,,,,\n"       // 0.98 outside
                + id + "2," + basis + ",SMS," + at.formatted(2) + ",MO,91234567,NO,,,,,,\n"               // 0.39 outside
                + id + "3," + fri5 + ",VOICE," + at.formatted(3) + ",MO,91234567,NO,300,,,,,\n"           // 0 fixed
                + id + "4," + fri5 + ",SMS," + at.formatted(4) + ",MO,91234567,NO,,,,,,\n"                // 0 fixed
                + id + "5," + fri5 + ",SMS," + at.formatted(5) + ",MO,91234567,NO,,,,,,\n"                // 0 fixed
                + id + "6," + fri5 + ",DATA," + at.formatted(6) + ",,,NO,,100000000,,,,\n"                // 0 fixed, package
                + id + "7," + fri5 + ",DATA," + at.formatted(7) + ",,,SE,,50000000,,,,\n"                 // 0 abroad, package
                + id + "8," + traveller + ",DATA," + at.formatted(8) + ",,,US,,10000000,,,,\n"            // 40.00 abroad
                + id + "9," + traveller + ",VOICE," + at.formatted(9) + ",MO,+4791234567,US,60,,,,,\n"    // 2.99 abroad
                + id + "10," + fri5 + ",CONTENT," + at.formatted(10) + ",,2020,NO,,,45.00,25,EasyPark,P\n"); // 45.00 outside
        ingest.ingest(file, "dashboard.csv", CdrSource.UPLOAD);
        return new DashboardFeed(company, fri5, basis, traveller, day);
    }
}
