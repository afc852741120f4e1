package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Issue #14 end to end, as the product owner's scenario plays it: everything is set up through the
 * operator API ({@code /api/operator}: company, customer number, employees, subscriptions, extra
 * packages, a CDR file, the invoice run, the test clock) and the company API
 * ({@code /api/v1/invoice-control}: settings, profiles, choices, agreements, opening balances,
 * classifications); March 2026 is invoiced and every employee's deduction, benefit and lines are
 * compared, through the API, with COST-SHARING.md's worked example to the øre; the clock is moved
 * past the content deadline, the month turns final and the payroll file is fetched in all four
 * formats. April then checks a public holiday (Skjærtorsdag) outside working hours, invoiced by the
 * daily job the test clock runs on the 1st. On its own database: invoice runs span all companies.
 *
 * <ul>
 * <li>Kari: "Privat bruk betales selv", agreement, 950.00 private content in January (a CDR) → 1,068.63, benefit 0</li>
 * <li>Ola: "Standard", agreement, the same usage, 950.00 as an opening balance → 318.75</li>
 * <li>Per: "Privat bruk betales selv", NO agreement, the same usage as Kari → nothing deducted, 1,068.63 listed as not
 * deducted, the content above the threshold (70.00) a benefit</li>
 * <li>Anne: custom profile (OUTSIDE_WORKING_HOURS, maximum 400.00, content BENEFIT), her own pay type: a call at exactly
 * 16:00 counts, the rest of the month above the maximum too, and the profile's automatic extra package paid by salary</li>
 * <li>Ola's second line ("Ingen profil", set in bulk) and Tom's line (left "NY! (ikke valgt)"): their roaming and content
 * count nowhere, not in Ola's yearly sum either; Tom has no result</li>
 * </ul>
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-costsharing-scenario")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CostSharingScenarioIntegrationTest {

    private static final String IC = "/api/v1/invoice-control";
    private static final String CLOCK = "/api/operator/test/clock";
    private static final String CDR_HEADER = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,"
            + "volume_bytes,amount_nok,vat_rate,provider,description\n";

    static String org;
    static String token;
    static long sellers;
    static final Map<String, Long> employees = new java.util.HashMap<>();
    static final Map<String, Long> subscriptions = new java.util.HashMap<>();
    static final Map<String, Msisdn> numbers = new java.util.HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokenMother apiTokens;

    OperatorApiClient operator() {
        return new OperatorApiClient(port);
    }

    CompanyApiClient api() {
        return new CompanyApiClient(port, token);
    }

    @Test
    @Order(1)
    void theCompanyIsSetUpThroughTheOperatorApiAndTheCompanyApi() throws Exception {
        clock.set(Instant.parse("2026-01-05T09:00:00Z")); // the story starts in January 2026, whatever the day
        OperatorApiClient operator = operator();
        org = CompanyMother.nextOrgNumber();
        ok(operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Scenario Fakturakontroll AS\"}"
                .formatted(org)), 201);
        String customerNumber = ok(operator.post("/api/operator/companies/" + org + "/customer-accounts",
                "{\"name\": \"Salg\"}"), 201).json("$.number");
        employee("kari", "Kari Nordmann", "1001", null);
        employee("ola", "Ola Nordmann", "1002", null);
        employee("per", "Per Hansen", "1003", null);
        employee("anne", "Anne Berg", "1004", "5215"); // her own deduction pay type
        employee("tom", "Tom Lie", "1005", null);      // his subscription stays NY! (ikke valgt)
        for (String who : List.of("kari", "ola", "per", "anne", "tom", "ola2")) {
            Msisdn msisdn = CompanyMother.nextMsisdn();
            numbers.put(who, msisdn);
            ok(operator.post("/api/operator/companies/" + org + "/subscriptions", """
                    {"msisdn": "%s", "planCode": "FRI_5", "customerNumber": "%s", "employeeNumber": "%s", "activeFrom": "2025-06-01"}"""
                    .formatted(msisdn.value(), customerNumber, employeeNumber(who))), 201);
        }
        ok(operator.post("/api/operator/companies/" + org + "/super-users", "{\"msisdn\": \"%s\"}"
                .formatted(numbers.get("kari").value())), 201);
        long companyId = ((Number) operator.get("/api/operator/companies/" + org).json("$.id")).longValue();
        token = apiTokens.tokenFor(companyId, ApiScope.INVOICE_CONTROL_READ, ApiScope.INVOICE_CONTROL_MANAGE);
        CompanyApiClient api = api();

        ok(api.exchange("PUT", IC + "/settings", """
                {"workingHours": {"MONDAY": {"from": "08:00", "to": "16:00"}, "TUESDAY": {"from": "08:00", "to": "16:00"},
                  "WEDNESDAY": {"from": "08:00", "to": "16:00"}, "THURSDAY": {"from": "08:00", "to": "16:00"},
                  "FRIDAY": {"from": "08:00", "to": "16:00"}},
                 "closedDays": ["24.12", "31.12"], "contentDeadlineDay": 10, "unclassifiedAs": "PRIVATE",
                 "deductionPayType": "5210", "benefitPayType": "1110"}"""), 200);
        CompanyApiClient.Response profiles = ok(api.get(IC + "/profiles"), 200);
        long privateUse = id(profiles.json("$.items[?(@.readyMade == 'PRIVATE_USE')].id"));
        long standard = id(profiles.json("$.items[?(@.readyMade == 'STANDARD')].id"));
        assertThat(profiles.<List<String>>json("$.items[?(@.readyMade == 'PRIVATE_USE')].name"))
                .containsExactly("Privat bruk betales selv");
        CompanyApiClient.Response created = ok(api.exchange("POST", IC + "/profiles", """
                {"name": "Selgere", "contentRule": "BENEFIT", "buyBySalary": true, "autoExtraPackage": "EXTRA_1", "autoExtraPayer": "SALARY", "traffic": ["OUTSIDE_WORKING_HOURS"],
                 "monthlyMaximum": "400.00", "freeAmount": "0.00"}"""), 201);
        sellers = ((Number) created.json("$.id")).longValue();

        CompanyApiClient.Response list = ok(api.get(IC + "/subscriptions?limit=100"), 200);
        for (String who : List.of("kari", "ola", "per", "anne", "tom", "ola2")) {
            List<Object> ids = list.json("$.items[?(@.msisdn == '" + numbers.get(who).value() + "')].id");
            assertThat(ids).as(who + "'s subscription in the list").hasSize(1);
            subscriptions.put(who, ((Number) ids.get(0)).longValue());
        }
        assertThat(list.<List<String>>json("$.items[*].choice")).containsOnly("NEW");
        choose("kari", privateUse);
        choose("ola", standard);
        choose("per", privateUse);
        choose("anne", sellers);
        // Ola's second line is not used privately: Ingen profil, set in bulk
        CompanyApiClient.Response bulk = ok(api.exchange("POST", IC + "/subscriptions/bulk",
                "{\"action\": \"REMOVE_PROFILE\", \"subscriptionIds\": [" + subscriptions.get("ola2") + "]}"), 200);
        assertThat(bulk.<Integer>json("$.changed")).isEqualTo(1);
        for (String who : List.of("kari", "ola", "anne")) {
            ok(api.exchange("PUT", IC + "/employees/" + employees.get(who) + "/agreement", "{\"signedOn\": \"2026-01-05\"}"), 200);
        }
        // the profile's automatic extra package (IC2) is set on Anne's subscription from the moment it has the profile
        OperatorApiClient.Response anneLine = ok(operator.get("/api/operator/subscriptions/" + numbers.get("anne").value()), 200);
        assertThat(anneLine.<String>json("$.autoExtraPackage")).isEqualTo("EXTRA_1");
        assertThat(anneLine.<String>json("$.autoExtraPackagePayer")).isEqualTo("SALARY");
        CompanyApiClient.Response ola = ok(api.exchange("PUT", IC + "/employees/" + employees.get("ola") + "/opening-balances/2026",
                "{\"amount\": \"950.00\"}"), 200);
        assertThat(ola.<List<String>>json("$.openingBalances[*].amount")).containsExactly("950.00");
        CompanyApiClient.Response anne = ok(api.get(IC + "/employees/" + employees.get("anne")), 200);
        assertThat(anne.<String>json("$.payType")).isEqualTo("5215");
        assertThat(anne.<String>json("$.agreement.signedOn")).isEqualTo("2026-01-05");
        assertThat(ok(api.get(IC + "/employees/" + employees.get("per")), 200).<Object>json("$.agreement")).isNull();
    }

    @Test
    @Order(2)
    void marchIsUsedClassifiedAndInvoiced() throws Exception {
        clock.set(Instant.parse("2026-03-31T18:00:00Z"));
        OperatorApiClient operator = operator();
        StringBuilder cdrs = new StringBuilder(CDR_HEADER);
        for (String who : List.of("kari", "ola", "per")) {
            String n = numbers.get(who).value();
            if (!who.equals("ola")) { // Ola's 950.00 earlier in the year is his opening balance
                cdrs.append(who).append("-jan,").append(n).append(",CONTENT,2026-01-12T12:00:00+01:00,,2020,NO,,,760.00,25,Butikk,Kjøp\n");
            }
            cdrs.append(who).append("-us,").append(n).append(",DATA,2026-03-07T20:00:00-05:00,,,US,,150000000,,,,\n");
            cdrs.append(who).append("-z3,").append(n).append(",VOICE,2026-03-03T10:00:00+01:00,MO,+8613912345678,NO,600,,,,,\n");
            cdrs.append(who).append("-gift,").append(n).append(",CONTENT,2026-03-04T12:00:00+01:00,,2160,NO,,,100.00,0,Redd Barna,Innsamling\n");
            cdrs.append(who).append("-park,").append(n).append(",CONTENT,2026-03-05T12:00:00+01:00,,2020,NO,,,16.00,25,EasyPark,Parkering\n");
        }
        // Kari's work purchase, classified WORK by the administrator: counts nowhere
        // on Ola's line without a profile and on Tom's NY! line: counted nowhere, not even in Ola's yearly sum
        for (String who : List.of("ola2", "tom")) {
            String n = numbers.get(who).value();
            cdrs.append(who).append("-jan,").append(n).append(",CONTENT,2026-01-13T12:00:00+01:00,,2020,NO,,,400.00,25,Butikk,Kjøp\n");
            cdrs.append(who).append("-us,").append(n).append(",DATA,2026-03-07T20:00:00-05:00,,,US,,150000000,,,,\n");
            cdrs.append(who).append("-park,").append(n).append(",CONTENT,2026-03-05T12:00:00+01:00,,2020,NO,,,16.00,25,EasyPark,Parkering\n");
        }
        cdrs.append("kari-work,").append(numbers.get("kari").value())
                .append(",CONTENT,2026-03-06T12:00:00+01:00,,2020,NO,,,40.00,25,EasyPark,Parkering kunde\n");
        String anne = numbers.get("anne").value();
        cdrs.append("anne-at-16,").append(anne).append(",VOICE,2026-03-02T16:00:00+01:00,MO,+8613912345678,NO,600,,,,,\n"); // Monday, the end time: outside
        cdrs.append("anne-at-10,").append(anne).append(",VOICE,2026-03-03T10:00:00+01:00,MO,+8613912345678,NO,600,,,,,\n"); // inside
        // 5.5 GB at home: the package runs out, an EXTRA_1 is bought automatically, paid by salary
        cdrs.append("anne-data,").append(anne).append(",DATA,2026-03-20T10:00:00+01:00,,,NO,,5500000000,,,,\n");
        cdrs.append("anne-us,").append(anne).append(",DATA,2026-03-09T04:00:00-04:00,,,US,,150000000,,,,\n"); // Monday 09:00 Oslo: inside
        Path file = Files.createTempFile("scenario-", ".csv");
        Files.writeString(file, cdrs.toString(), StandardCharsets.UTF_8);
        OperatorApiClient.Response uploaded = operator.upload("/api/operator/cdr-files", file, "scenario-2026-03.csv");
        Files.delete(file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.<Integer>json("$.rejected")).as(() -> operator.get("/api/operator/cdr-files/"
                + uploaded.<Integer>json("$.id")).body()).isZero();
        for (String who : List.of("kari", "ola", "per")) {
            ok(operator.post("/api/operator/subscriptions/" + numbers.get(who).value() + "/extra-packages",
                    "{\"code\": \"EXTRA_5\", \"payer\": \"SALARY\", \"boughtAt\": \"2026-03-10T10:00:00Z\"}"), 201);
        }

        CompanyApiClient api = api();
        CompanyApiClient.Response purchases = ok(api.get(IC + "/employees/" + employees.get("kari") + "/content-purchases?month=2026-03"), 200);
        assertThat(purchases.<List<String>>json("$[*].cdrId")).containsExactlyInAnyOrder("kari-gift", "kari-park", "kari-work");
        classify("kari-gift", "PRIVATE");
        classify("kari-park", "PRIVATE");
        classify("kari-work", "WORK");
        // Ola's and Per's purchases stay unclassified: private by the company's setting

        ok(operator.put(CLOCK, "{\"instant\": \"2026-04-01T02:00:00+02:00\"}"), 200); // March has ended; its run is at 02:30
        OperatorApiClient.Response run = operator.post("/api/operator/invoice-runs", "{\"month\": \"2026-03\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
    }

    @Test
    @Order(3)
    void everyEmployeesMarchIsTheWorkedExampleToTheOre() {
        CompanyApiClient api = api();
        CompanyApiClient.Response month = ok(api.get(IC + "/results?month=2026-03"), 200);
        assertThat(month.<String>json("$.status")).isEqualTo("PRELIMINARY");
        assertThat(month.<String>json("$.deadline")).isEqualTo("2026-04-10");
        assertThat(totals(month, "kari")).isEqualTo("PRELIMINARY 1068.63 0.00 0.00");
        assertThat(totals(month, "ola")).isEqualTo("PRELIMINARY 318.75 0.00 0.00");
        assertThat(totals(month, "per")).isEqualTo("PRELIMINARY 0.00 70.00 1068.63");
        assertThat(totals(month, "anne")).isEqualTo("PRELIMINARY 897.26 0.00 0.00");
        assertThat(month.<String>json("$.totals.deduction")).isEqualTo("2284.64");
        assertThat(month.<String>json("$.totals.benefit")).isEqualTo("70.00");
        assertThat(month.<String>json("$.totals.notDeducted")).isEqualTo("1068.63");
        assertThat(month.<Integer>json("$.totals.employees")).isEqualTo(4);
        assertThat(month.<List<Object>>json("$.employees[*].employeeId")).doesNotContain(employees.get("tom").intValue());

        assertThat(lines("kari")).containsExactly(
                "TRAFFIC DEDUCTION ABROAD 799.88 Privat bruk betales selv [kari-us, kari-z3]",
                "FREE_AMOUNT DEDUCTION FREE_AMOUNT -100.00 Privat bruk betales selv []",
                "EXTRA_PACKAGE DEDUCTION EXTRA_5 248.75 Privat bruk betales selv []",
                "CONTENT DEDUCTION DEDUCT_ALL_PRIVATE 120.00 Privat bruk betales selv [kari-gift, kari-park]");
        assertThat(lines("ola")).containsExactly(
                "EXTRA_PACKAGE DEDUCTION EXTRA_5 248.75 Standard []",
                "CONTENT DEDUCTION DEDUCT_ABOVE_THRESHOLD 70.00 Standard [ola-gift, ola-park]");
        assertThat(lines("per")).containsExactly(
                "TRAFFIC NOT_DEDUCTED ABROAD 799.88 Privat bruk betales selv [per-us, per-z3]",
                "FREE_AMOUNT NOT_DEDUCTED FREE_AMOUNT -100.00 Privat bruk betales selv []",
                "EXTRA_PACKAGE NOT_DEDUCTED EXTRA_5 248.75 Privat bruk betales selv []",
                "CONTENT NOT_DEDUCTED DEDUCT_ALL_PRIVATE 120.00 Privat bruk betales selv [per-gift, per-park]",
                "CONTENT BENEFIT DEDUCT_ALL_PRIVATE 70.00 Privat bruk betales selv [per-gift, per-park]");
        // Anne: T1 = the call at 16:00 (49.88); C = fee 348.75 + 49.88 + 49.88 + 750.00 = 1198.51;
        // T2 = 1198.51 − 49.88 − 400.00 = 748.63; no free amount; the automatic EXTRA_1 by salary 79.00 ex = 98.75: 897.26
        assertThat(lines("anne")).containsExactly(
                "TRAFFIC DEDUCTION OUTSIDE_WORKING_HOURS 49.88 Selgere [anne-at-16]",
                "MAXIMUM DEDUCTION MAXIMUM 748.63 Selgere [anne-at-10, anne-us]",
                "EXTRA_PACKAGE DEDUCTION EXTRA_1 98.75 Selgere []");
        CompanyApiClient.Response kari = ok(api.get(IC + "/results/2026-03/employees/" + employees.get("kari")), 200);
        assertThat(kari.<List<String>>json("$.lines[0].events[*].gross")).containsExactlyInAnyOrder("750.00", "49.88");
        assertThat(kari.body()).doesNotContain("8613912345678"); // never who was called
        assertThat(kari.<Integer>json("$.lines[0].profile.version")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void pastTheDeadlineTheMonthIsFinalAndThePayrollFilesHoldIt() {
        CompanyApiClient api = api();
        CompanyApiClient.Response early = api.get(IC + "/results/2026-03/payroll?format=CSV");
        assertThat(early.status()).isEqualTo(409);

        // a change saved in April is in force from April's invoice: March (computed again when made final) keeps version 1
        ok(operator().put(CLOCK, "{\"instant\": \"2026-04-05T12:00:00+02:00\"}"), 200);
        CompanyApiClient.Response changed = ok(api.exchange("PUT", IC + "/profiles/" + sellers, """
                {"name": "Selgere", "contentRule": "BENEFIT", "buyBySalary": true, "autoExtraPackage": "EXTRA_1", "autoExtraPayer": "SALARY",
                 "traffic": ["OUTSIDE_WORKING_HOURS"], "monthlyMaximum": "100.00", "freeAmount": "0.00"}"""), 200);
        assertThat(changed.<Integer>json("$.version")).isEqualTo(2);
        assertThat(changed.<String>json("$.inForceFrom")).isEqualTo("2026-04");

        OperatorApiClient.Response moved = operator().put(CLOCK, "{\"instant\": \"2026-04-11T06:00:00+02:00\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.<List<String>>json("$.jobsRun")).contains("costsharing-results");

        CompanyApiClient.Response month = ok(api.get(IC + "/results?month=2026-03"), 200);
        assertThat(month.<String>json("$.status")).isEqualTo("FINAL");
        assertThat(totals(month, "kari")).isEqualTo("FINAL 1068.63 0.00 0.00");
        assertThat(totals(month, "ola")).isEqualTo("FINAL 318.75 0.00 0.00");
        assertThat(totals(month, "per")).isEqualTo("FINAL 0.00 70.00 1068.63");
        assertThat(totals(month, "anne")).isEqualTo("FINAL 897.26 0.00 0.00");
        assertThat(ok(api.get(IC + "/results/2026-03/employees/" + employees.get("anne")), 200)
                .<List<Integer>>json("$.lines[*].profile.version")).containsOnly(1);

        String visma = payroll("VISMA_LONN", "text/plain");
        assertThat(visma.split("\r\n", -1)).containsExactlyInAnyOrder(
                "0;0;1001;5210;0.00;1.00;1068.63;1068.63;;;\"\";\"\";\"\";\"\";\"\";\"\";",
                "0;0;1002;5210;0.00;1.00;318.75;318.75;;;\"\";\"\";\"\";\"\";\"\";\"\";",
                "0;0;1003;1110;0.00;1.00;70.00;70.00;;;\"\";\"\";\"\";\"\";\"\";\"\";",
                "0;0;1004;5215;0.00;1.00;897.26;897.26;;;\"\";\"\";\"\";\"\";\"\";\"\";",
                "");

        String tripletex = payroll("TRIPLETEX", "text/csv");
        assertThat(tripletex).startsWith("\uFEFFYEAR;MONTH;EMPLOYEE NUMBER;WAGE TYPE NUMBER;COMMENT;QUANTITY;RATE;PROJECT NUMBER;"
                + "DEPARTMENT NUMBER\r\n");
        assertThat(tripletex.split("\r\n", -1)).contains(
                "2026;3;1001;5210;Lønnstrekk mobil mars 2026;1;1068,63;;",
                "2026;3;1002;5210;Lønnstrekk mobil mars 2026;1;318,75;;",
                "2026;3;1003;1110;Skattepliktig fordel mobil mars 2026;1;70,00;;",
                "2026;3;1004;5215;Lønnstrekk mobil mars 2026;1;897,26;;").hasSize(6);

        String huldt = payroll("HULDT_LILLEVIK", "text/plain");
        List<String> records = List.of(huldt.split("\r\n"));
        assertThat(records).hasSize(4).allSatisfy(record -> assertThat(record).hasSize(164));
        assertThat(records).extracting(CostSharingScenarioIntegrationTest::huldtFields).containsExactlyInAnyOrder(
                "001001|05210|310326|0000000100|0000106863|0000000106863",
                "001002|05210|310326|0000000100|0000031875|0000000031875",
                "001003|01110|310326|0000000100|0000007000|0000000007000",
                "001004|05215|310326|0000000100|0000089726|0000000089726");
        assertThat(records).allSatisfy(record -> assertThat(record.substring(11, 95) + record.substring(134)).isBlank());

        String csv = payroll("CSV", "text/csv");
        assertThat(csv).startsWith("\uFEFFAnsattnummer;Navn;Lønnsart;Beløp;Periode;Tekst\r\n");
        assertThat(csv.split("\r\n", -1)).contains(
                "1001;Kari Nordmann;5210;1068,63;2026-03;Lønnstrekk mobil mars 2026",
                "1002;Ola Nordmann;5210;318,75;2026-03;Lønnstrekk mobil mars 2026",
                "1003;Per Hansen;1110;70,00;2026-03;Skattepliktig fordel mobil mars 2026",
                "1004;Anne Berg;5215;897,26;2026-03;Lønnstrekk mobil mars 2026").hasSize(6);
    }

    @Test
    @Order(5)
    void aPublicHolidayIsOutsideWorkingHoursAndTheDailyJobInvoicesApril() throws Exception {
        OperatorApiClient operator = operator();
        Path file = Files.createTempFile("scenario-", ".csv");
        String anne = numbers.get("anne").value();
        Files.writeString(file, CDR_HEADER + "anne-holiday," + anne + ",VOICE,2026-04-02T10:00:00+02:00,MO,+8613912345678,NO,600,,,,,\n" // Skjærtorsdag
                + "anne-workday," + anne + ",VOICE,2026-04-07T10:00:00+02:00,MO,+8613912345678,NO,600,,,,,\n", // Tuesday: inside
                StandardCharsets.UTF_8);
        OperatorApiClient.Response uploaded = operator.upload("/api/operator/cdr-files", file, "scenario-2026-04.csv");
        Files.delete(file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        // a late classification of final March: the administrator finds Kari's parking was work
        CompanyApiClient.Response late = ok(api().exchange("PUT", IC + "/content-purchases/kari-park/0/classification",
                "{\"classification\": \"WORK\", \"month\": \"2026-03\"}"), 200);
        assertThat(late.<String>json("$.classification")).isEqualTo("WORK");

        OperatorApiClient.Response moved = operator.put(CLOCK, "{\"instant\": \"2026-05-01T05:00:00+02:00\"}");

        assertThat(moved.<List<String>>json("$.jobsRun")).as(moved.body()).contains("invoice-run");
        CompanyApiClient.Response april = ok(api().get(IC + "/results?month=2026-04"), 200);
        assertThat(april.<String>json("$.status")).isEqualTo("PRELIMINARY");
        // version 2 (maximum 100.00): C = 348.75 + 49.88 + 49.88 = 448.51; T1 = 49.88 (the holiday);
        // T2 = 448.51 − 49.88 − 100.00 = 298.63: 348.51
        assertThat(lines("anne", "2026-04")).containsExactly("TRAFFIC DEDUCTION OUTSIDE_WORKING_HOURS 49.88 Selgere [anne-holiday]",
                "MAXIMUM DEDUCTION MAXIMUM 298.63 Selgere [anne-workday]");
        assertThat(totals(april, "anne")).isEqualTo("PRELIMINARY 348.51 0.00 0.00");
        assertThat(ok(api().get(IC + "/results/2026-04/employees/" + employees.get("anne")), 200)
                .<List<Integer>>json("$.lines[*].profile.version")).containsOnly(2);
        // March stays as it was; its correction is April's own line
        assertThat(totals(ok(api().get(IC + "/results?month=2026-03"), 200), "kari")).isEqualTo("FINAL 1068.63 0.00 0.00");
        assertThat(totals(april, "kari")).isEqualTo("PRELIMINARY -20.00 0.00 0.00");
        CompanyApiClient.Response kari = ok(api().get(IC + "/results/2026-04/employees/" + employees.get("kari")), 200);
        assertThat(kari.<List<String>>json("$.lines[*].kind")).containsExactly("CORRECTION");
        assertThat(kari.<List<String>>json("$.lines[*].amount")).containsExactly("-20.00");
        assertThat(kari.<List<String>>json("$.lines[*].correctsMonth")).containsExactly("2026-03");
    }

    // ---- helpers

    private void employee(String who, String name, String number, String payType) {
        OperatorApiClient.Response created = ok(operator().post("/api/operator/companies/" + org + "/employees",
                "{\"name\": \"%s\", \"employeeNumber\": \"%s\"%s}".formatted(name, number,
                        payType == null ? "" : ", \"payType\": \"" + payType + "\"")), 201);
        employees.put(who, ((Number) created.json("$.id")).longValue());
    }

    private static String employeeNumber(String who) {
        return switch (who) {
            case "kari" -> "1001";
            case "ola", "ola2" -> "1002";
            case "tom" -> "1005";
            case "per" -> "1003";
            default -> "1004";
        };
    }

    private void choose(String who, long profileId) {
        CompanyApiClient.Response chosen = ok(api().exchange("PUT", IC + "/subscriptions/" + subscriptions.get(who) + "/profile",
                "{\"choice\": \"PROFILE\", \"profileId\": " + profileId + "}"), 200);
        assertThat(chosen.<String>json("$.choice")).isEqualTo("PROFILE");
    }

    private void classify(String cdrId, String classification) {
        CompanyApiClient.Response classified = ok(api().exchange("PUT", IC + "/content-purchases/" + cdrId + "/0/classification",
                "{\"classification\": \"%s\", \"month\": \"2026-03\"}".formatted(classification)), 200);
        assertThat(classified.<String>json("$.classification")).isEqualTo(classification);
        assertThat(classified.<String>json("$.classifiedBy")).isEqualTo("ADMIN");
    }

    private String payroll(String format, String contentType) {
        CompanyApiClient.Response file = api().get(IC + "/results/2026-03/payroll?format=" + format);
        assertThat(file.status()).as(format + ": " + file.body()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith(contentType);
        assertThat(file.header("Content-Disposition")).contains("lonnstrekk-2026-03");
        return file.body();
    }

    /** Employee number, pay type, date, quantity, rate and amount of a Huldt & Lillevik record (1-based positions of the layout). */
    private static String huldtFields(String record) {
        return String.join("|", record.substring(0, 6), record.substring(6, 11), record.substring(95, 101),
                record.substring(101, 111), record.substring(111, 121), record.substring(121, 134));
    }

    private static String totals(CompanyApiClient.Response month, String who) {
        String at = "$.employees[?(@.employeeId == " + employees.get(who) + ")]";
        List<String> status = month.json(at + ".status");
        assertThat(status).as(who + " has a result").hasSize(1);
        return status.get(0) + " " + month.<List<String>>json(at + ".deduction").get(0) + " "
                + month.<List<String>>json(at + ".benefit").get(0) + " " + month.<List<String>>json(at + ".notDeducted").get(0);
    }

    private List<String> lines(String who) {
        return lines(who, "2026-03");
    }

    /** Each line as "kind treatment rule amount profile [events' cdr ids]". */
    private List<String> lines(String who, String month) {
        CompanyApiClient.Response employee = ok(api().get(IC + "/results/" + month + "/employees/" + employees.get(who)), 200);
        List<Map<String, Object>> lines = employee.json("$.lines");
        return lines.stream().map(line -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> events = (List<Map<String, Object>>) line.get("events");
            @SuppressWarnings("unchecked")
            Map<String, Object> profile = (Map<String, Object>) line.get("profile");
            return line.get("kind") + " " + line.get("treatment") + " " + line.get("rule") + " " + line.get("amount") + " "
                    + (profile == null ? null : profile.get("name")) + " "
                    + events.stream().map(event -> (String) event.get("cdrId")).sorted().toList();
        }).toList();
    }

    private static long id(Object jsonPathResult) {
        List<?> ids = (List<?>) jsonPathResult;
        assertThat(ids).hasSize(1);
        return ((Number) ids.get(0)).longValue();
    }

    private static <R> R ok(R response, int status) {
        int actual = response instanceof OperatorApiClient.Response r ? r.status() : ((CompanyApiClient.Response) response).status();
        String body = response instanceof OperatorApiClient.Response r ? r.body() : ((CompanyApiClient.Response) response).body();
        assertThat(actual).as(body).isEqualTo(status);
        return response;
    }
}
