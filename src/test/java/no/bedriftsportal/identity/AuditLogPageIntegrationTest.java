package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;

/**
 * Settings → audit log (S3, #11.4): filters by date range, person and action in the URL, pages of
 * 50, the Excel export as filtered (read back with Apache POI), the company's own log only, an
 * append-only table and the retention job as its only delete.
 */
@PortalIntegrationTest
class AuditLogPageIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestCompany company;
    Msisdn superUser;
    Msisdn per;
    PortalHttpClient admin;
    LocalDate tenDaysAgo;

    @BeforeEach
    void aLogWithEntriesOnThreeDays() {
        company = mother.company("Salg");
        superUser = company.superUser();
        per = company.subscriber(0, "FRI_5", "Per Hansen");
        admin = new PortalHttpClient(port);
        admin.logIn(superUser, outbox);
        Instant now = clock.instant();
        tenDaysAgo = Oslo.today(clock).minusDays(10);
        clock.set(now.minus(Duration.ofDays(10)));
        viewed(per, "Per Hansen");
        audit.recordFacts(company.id(), superUser.value(), "Sjef Sjefsen", AuditAction.DOWNLOADED.name(), null,
                Map.of(AuditWords.KIND, "INVOICE_PDF", AuditWords.REFERENCE, "100123"), "10.0.0.7");
        clock.set(now.minus(Duration.ofDays(3)));
        for (int i = 0; i < 54; i++) {
            viewed(company.subscriber(0, "FRI_1"), "Ansatt " + i);
        }
        clock.set(now);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aDateRangeShowsOnlyThoseDaysAndKeepsTheFilterInTheUrl() {
        String day = NorwegianFormat.date(tenDaysAgo);
        String body = admin.get("/settings/audit?from=" + day + "&to=" + day).body();

        assertThat(count(body, "<tr role=\"row\" data-action=")).isEqualTo(2);
        assertThat(body).contains("Åpnet brukerdetaljer for Per Hansen (" + AuditTrailIntegrationTest.masked(per) + ")",
                "Lastet ned faktura 100123 som PDF", "value=\"" + day + "\"", "href=\"/settings/audit.xlsx?from=" + day + "&amp;to=" + day + "\"");
        assertThat(admin.get("/settings/audit?from=31.02.2026").body()).contains("id=\"audit-from-error\"", "aria-invalid=\"true\"");
    }

    @Test
    void aPersonIsFoundByNameOrNumberAsActorOrAsThePersonConcerned() {
        String byName = admin.get("/settings/audit?person=per+hansen").body();
        String byNumber = admin.get("/settings/audit?person=" + per.national()).body();
        String asActor = admin.get("/settings/audit?person=" + superUser.national() + "&action=DOWNLOADED").body();

        assertThat(count(byName, "<tr role=\"row\" data-action=")).isEqualTo(1);
        assertThat(count(byNumber, "<tr role=\"row\" data-action=")).isEqualTo(1);
        assertThat(byNumber).contains("Per Hansen");
        assertThat(count(asActor, "<tr role=\"row\" data-action=\"DOWNLOADED\"")).isEqualTo(1);
        assertThat(admin.get("/settings/audit?person=%25").body()).doesNotContain("data-action=\"PERSON_VIEWED\"");
    }

    @Test
    void theLogIsPagedByFiftyNewestFirstWithTheActionKept() {
        String first = admin.get("/settings/audit?action=PERSON_VIEWED").body();
        String second = admin.get("/settings/audit?action=PERSON_VIEWED&page=1").body();

        assertThat(count(first, "<tr role=\"row\" data-action=\"PERSON_VIEWED\"")).isEqualTo(50);
        assertThat(first).contains("href=\"/settings/audit?action=PERSON_VIEWED&amp;page=1\"", "Side 1")
                .doesNotContain("Per Hansen");
        assertThat(count(second, "<tr role=\"row\" data-action=\"PERSON_VIEWED\"")).isEqualTo(5);
        assertThat(second).contains("Per Hansen", "href=\"/settings/audit?action=PERSON_VIEWED\"", "Side 2");
    }

    @Test
    void theExcelExportHasTheFilteredRowsInWordsWithFormulasDefusedAndIsItselfLogged() throws IOException {
        viewed(company.subscriber(0, "FRI_1"), "=HYPERLINK(\"http://evil.example\")");

        Download file = admin.download("/settings/audit.xlsx?action=PERSON_VIEWED&person=" + per.national());
        Download all = admin.download("/settings/audit.xlsx?action=PERSON_VIEWED");

        assertThat(file.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tidspunkt");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(company.portalUser(superUser).name());
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Åpnet persondetaljer");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("Åpnet brukerdetaljer for Per Hansen (" + AuditTrailIntegrationTest.masked(per) + ")");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(56);
            Cell newest = sheet.getRow(1).getCell(5);
            assertThat(newest.getCellType()).isEqualTo(CellType.STRING);
            assertThat(newest.getStringCellValue()).startsWith("Åpnet brukerdetaljer for =HYPERLINK(");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and facts->>'kind' = 'AUDIT_EXCEL'")
                .param("c", company.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aSuperUserSeesOnlyTheirOwnCompanysLog() {
        TestCompany other = mother.company("Annen");
        PortalHttpClient otherAdmin = new PortalHttpClient(port);
        otherAdmin.logIn(other.superUser(), outbox);

        String body = otherAdmin.get("/settings/audit?person=per").body();
        Download file = otherAdmin.download("/settings/audit.xlsx");

        assertThat(body).doesNotContain("Per Hansen");
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Per Hansen");
        assertThat(admin.post("/settings/audit", Map.of()).status()).isIn(403, 404, 405);
    }

    @Test
    void nobodyUpdatesOrDeletesAnEntryAndRetentionDeletesOnlyWhatIsOlderThanFiveYears() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set details = 'x' where company_id = :c").param("c", company.id()).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where company_id = :c").param("c", company.id()).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        Instant now = clock.instant();
        clock.set(now.minus(Duration.ofDays(5 * 366)));
        viewed(per, "Gammel oppføring");
        clock.set(now.minus(Duration.ofDays(5 * 365 - 30)));
        viewed(per, "Nesten gammel");
        clock.set(now);

        int deleted = retention.prune();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select facts->>'name' from audit_event where company_id = :c and subject = :s")
                .param("c", company.id()).param("s", per.value()).query(String.class).list())
                .contains("Nesten gammel", "Per Hansen").doesNotContain("Gammel oppføring");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class);
    }

    private void viewed(Msisdn whose, String name) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.VIEW, "USER_PANEL");
        facts.put(AuditWords.NAME, name);
        audit.recordFacts(company.id(), superUser.value(), company.portalUser(superUser).name(), AuditAction.PERSON_VIEWED.name(),
                whose.value(), facts, "10.0.0.7");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
