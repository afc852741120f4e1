package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Fakturakontroll → Utsendelser (#15.4) as a user meets it: the company's messages with the
 * one-time code hidden, filters in the URL and as an htmx fragment, another company's messages
 * never, 403 for a user limited to some customer numbers, the Excel file (formula-safe, in the
 * audit log) and the API's JSON.
 */
@PortalIntegrationTest
class SendLogPageIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    SmsOutbox sms;

    @Autowired
    MailOutbox mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSuperUserSeesTheCompanysMessagesWithTheCodeHidden() {
        TestCompany company = companies.company("Salg", "Drift");
        TestCompany other = companies.company("Salg");
        Msisdn admin = company.superUser();
        mail.queue(new OutgoingMail(company.id(), null, MessagePurpose.REMINDER, "lonn@salg.test", "Påminnelse om lønnsfil",
                "Husk lønnsfilen for november.", "<script>alert(1)</script><p>Husk</p>"));
        mail.queue(OutgoingMail.text(other.id(), null, MessagePurpose.REPORT, "hemmelig@annen.test", "Annen bedrift", "Nei"));
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(admin, sms);

        PortalHttpClient.Page page = client.get("/invoice-control/send-log");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Utsendelser", "Påminnelse om lønnsfil", "Husk lønnsfilen for november.", "Engangskode (skjult)",
                "Tilgang gitt", "Venter")
                .doesNotContain("hemmelig@annen.test", "<script>alert(1)</script>", "Din engangskode");
        assertThat(page.body()).doesNotContainPattern("engangskode for Bedriftsportalen er \\d");

        PortalHttpClient.Page emails = client.getHtmx("/invoice-control/send-log?channel=EMAIL&recipient=salg.test");
        assertThat(emails.status()).isEqualTo(200);
        assertThat(emails.body()).doesNotContain("<html", "Engangskode (skjult)").contains("lonn@salg.test", "id=\"send-log-table\"");
        assertThat(client.get("/invoice-control/send-log?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void aUserLimitedToSomeCustomerNumbersMayNotOpenTheCompanyWideLog() {
        TestCompany company = companies.company("Salg", "Drift");
        Msisdn limited = company.userWith(Set.of(PortalModule.INVOICE_CONTROL), 0);
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(limited, sms);

        assertThat(client.get("/invoice-control/users").status()).as("the module is theirs").isEqualTo(200);
        assertThat(client.get("/invoice-control/send-log").status()).isEqualTo(403);
        assertThat(client.download("/invoice-control/send-log.xlsx").status()).isEqualTo(403);
        String limitedToken = apiTokens.tokenFor(company.id(), Set.of(company.account(0).id()), ApiScope.INVOICE_CONTROL_READ);
        assertThat(new CompanyApiClient(port, limitedToken).get("/api/v1/invoice-control/send-log").status()).isEqualTo(403);
    }

    @Test
    void theExcelFileHoldsTheSelectionAsSafeTextAndIsInTheAuditLog() throws IOException {
        TestCompany company = companies.company("Salg");
        Msisdn admin = company.superUser();
        mail.queue(OutgoingMail.text(company.id(), null, MessagePurpose.REPORT, "regneark@salg.test", "=HYPERLINK(\"http://evil.test\")",
                "Tekst"));
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(admin, sms);

        PortalHttpClient.Download file = client.download("/invoice-control/send-log.xlsx?channel=EMAIL");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Utsendelser");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Til");
            Row row = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(3) != null && "regneark@salg.test".equals(r.getCell(3).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("E-post");
            assertThat(row.getCell(5).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.test\")");
            assertThat(row.getCell(5).getCellStyle().getQuotePrefixed()).as("stored as text, never run").isTrue();
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Venter");
            assertThat(row.getCell(0).getLocalDateTimeCellValue()).isNotNull();
            assertThat(StreamSupport.stream(sheet.spliterator(), false).skip(1)
                    .map(r -> r.getCell(2).getStringCellValue())).containsOnly("E-post");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'DOWNLOADED' and facts::text like '%SEND_LOG_EXCEL%'")
                .param("c", company.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiGivesTheSameLogAsJson() {
        TestCompany company = companies.company("Salg");
        Msisdn admin = company.superUser();
        mail.queue(OutgoingMail.text(company.id(), 5L, MessagePurpose.CONTENT_NOTICE, "api@salg.test", "Innholdstjenester", "Tekst"));
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ));

        CompanyApiClient.Response answer = api.get("/api/v1/invoice-control/send-log?channel=EMAIL&limit=10");
        CompanyApiClient.Response sms = api.get("/api/v1/invoice-control/send-log?channel=SMS&purpose=ACCESS_GRANTED");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<String>json("$.items[0].recipient")).isEqualTo("api@salg.test");
        assertThat(answer.<String>json("$.items[0].purpose")).isEqualTo("CONTENT_NOTICE");
        assertThat(answer.<String>json("$.items[0].status")).isEqualTo("PENDING");
        assertThat(answer.<Integer>json("$.items[0].employeeId")).isEqualTo(5);
        assertThat(sms.<String>json("$.items[0].recipient")).isEqualTo(admin.value());
        assertThat(api.get("/api/v1/invoice-control/send-log?from=igår").status()).isEqualTo(400);
    }
}
