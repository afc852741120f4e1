package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestSmtp;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.messaging.OutboxSms;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Content notices end to end (IC6, #15.4, #15.8), with a real SMTP server (GreenMail): every
 * employee with content purchases and a profile is told once, by the channels the administrator
 * set (SMS and e-mail, Norwegian text and HTML with the signed link and the company's free text);
 * the link leads through the SMS login to the month's page; a changed or expired link does not; the
 * administrator sees who has marked their purchases and reminds the others; nothing after the deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({PortalIntegrationTest.Fixtures.class, CompanyMother.class, ApiTokenMother.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentNoticesIntegrationTest {

    private static final GreenMail smtp = TestSmtp.started();

    @DynamicPropertySource
    static void withAnSmtpServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp, "target/test-postgres-notices");
        registry.add("portal.mail.dispatch-interval", () -> "200ms");
        registry.add("portal.links.secret", () -> "test-links-secret");
    }

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    ContentNotices notices;

    @Autowired
    NoticeLinks links;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    SmsOutbox sms;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestCompany company;
    Msisdn kari;
    Msisdn ola;
    Msisdn per;
    Msisdn admin;
    long kariId;
    long olaId;
    YearMonth month;
    CompanyApiClient api;

    @BeforeAll
    void threeEmployeesTwoWithAProfileAndPurchases() {
        sender.setPort(smtp.getSmtp().getPort());
        company = mother.company("Salg");
        kari = company.subscriberWithEmail(0, "FRI_5", "Kari Varsel", "kari@salg.test");
        ola = company.subscriber(0, "FRI_5", "Ola Utenepost");
        per = company.subscriber(0, "FRI_5", "Per Utenprofil");
        admin = company.superUser();
        kariId = subscriptions.activeToday(company.id(), kari).orElseThrow().employeeId();
        olaId = subscriptions.activeToday(company.id(), ola).orElseThrow().employeeId();
        api = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ, ApiScope.INVOICE_CONTROL_MANAGE));
        long standard = ((Number) ((List<?>) api.get("/api/v1/invoice-control/profiles")
                .json("$.items[?(@.readyMade == 'STANDARD')].id")).get(0)).longValue();
        for (Msisdn who : List.of(kari, ola)) {
            long subscription = subscriptions.activeToday(company.id(), who).orElseThrow().id();
            assertThat(api.exchange("PUT", "/api/v1/invoice-control/subscriptions/" + subscription + "/profile",
                    "{\"choice\": \"PROFILE\", \"profileId\": " + standard + "}").status()).isEqualTo(200);
        }
        month = Oslo.monthOf(clock.instant());
        String start = ThisMonthsCdrs.start(clock);
        String c = "notice-" + company.id();
        ThisMonthsCdrs.ingest(ingest, "notices-" + company.id() + ".csv",
                c + "-k1," + kari.value() + ",CONTENT," + start + ",,2020,NO,,,40.00,25,Easy Park,Parkering\n"
                + c + "-k2," + kari.value() + ",CONTENT," + start + ",,2160,NO,,,100.00,0,Redd Barna,Innsamling\n"
                + c + "-o1," + ola.value() + ",CONTENT," + start + ",,2020,NO,,,16.00,25,Easy Park,Parkering\n"
                + c + "-p1," + per.value() + ",CONTENT," + start + ",,2020,NO,,,16.00,25,Easy Park,Parkering\n");
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void everyEmployeeWithPurchasesAndAProfileIsToldOnceByTheirChannelsAndTheLinkLeadsThroughTheLogin() throws Exception {
        assertThat(api.exchange("PUT", "/api/v1/invoice-control/notices/free-text", "{\"freeText\": \"Spørsmål? Ring Lønn på 22 22 22 22.\"}")
                .status()).isEqualTo(200);
        assertThat(notices.sendNotices(company.id(), month)).as("Kari and Ola; Per has no profile").isEqualTo(2);
        assertThat(notices.sendNotices(company.id(), month)).as("a month's notice goes once").isZero();

        String toKari = smsTo(kari);
        assertThat(toKari).contains("Du har 2 innholdskjøp", "innen " + Oslo.startOf(month.plusMonths(1).atDay(10)).atZone(Oslo.ZONE)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), "Spørsmål? Ring Lønn");
        assertThat(smsTo(ola)).contains("Du har 1 innholdskjøp");
        assertThat(smsTo(per)).isNull();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the outbox sends the mail").isTrue();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains("kari@salg.test")).findFirst().orElseThrow();
        assertThat(mail.getSubject()).startsWith("Merk innholdskjøpene dine for");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains("Hei Kari!", "Spørsmål? Ring Lønn på 22 22 22 22.");
        assertThat(html).contains("Merk kjøpene</a>", "Hei Kari!");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::recipients)).as("Ola has no address").noneMatch(r -> r.contains("ola"));

        String link = link(text);
        assertThat(link).isEqualTo(link(toKari));
        PortalHttpClient browser = new PortalHttpClient(port);
        Page opened = browser.get(path(link));
        assertThat(opened.redirectsTo("/me/content?month=" + month)).isTrue();
        browser.get("/me/content?month=" + month); // not signed in: to the login, remembering the page
        Page signedIn = browser.logIn(kari, sms);
        assertThat(signedIn.location()).as("the login leads on to the link's page").contains("/me/content?month=" + month);
        assertThat(browser.get("/me/content?month=" + month).body()).contains("Parkering", "Innsamling");

        String tampered = link.substring(0, link.lastIndexOf('/') + 1)
                + tamper(link.substring(link.lastIndexOf('/') + 1), "." + month + ".", "." + month.minusMonths(1) + ".");
        assertThat(new PortalHttpClient(port).get(path(tampered)).status()).isEqualTo(404);
        assertThat(new PortalHttpClient(port).get(path(link.substring(0, link.length() - 2) + "xx")).status()).isEqualTo(404);

        clock.set(Oslo.startOf(month.plusMonths(1).atDay(11)));
        Page expired = new PortalHttpClient(port).get(path(link));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("Lenken er utløpt");
    }

    @Test
    void theAdministratorSeesWhoHasMarkedSetsChannelsAndRemindsTheOthersUntilTheDeadline() {
        PortalHttpClient administrator = new PortalHttpClient(port);
        administrator.logIn(admin, sms);
        assertThat(administrator.get("/invoice-control/notices?month=" + month).body())
                .contains("Kari Varsel", "Ola Utenepost", "data-count=\"employees\">2", "data-remind").doesNotContain("Per Utenprofil");

        PortalHttpClient employee = new PortalHttpClient(port);
        employee.logIn(kari, sms);
        employee.get("/me/content?month=" + month);
        assertThat(employee.post("/me/content", Map.of("month", month.toString(), "all", "PRIVATE")).status()).isEqualTo(302);

        Page overview = administrator.get("/invoice-control/notices?month=" + month);
        assertThat(overview.body()).contains("data-count=\"done\">1", "Merket av den ansatte: 2, av administrator: 0");

        administrator.get("/invoice-control/notices?month=" + month);
        Page noEmail = administrator.post("/invoice-control/notices/channels", Map.of("employeeId", String.valueOf(olaId),
                "sms", "true", "email", "true", "month", month.toString()));
        assertThat(noEmail.status()).as("Ola has no address to mail").isEqualTo(400);
        administrator.get("/invoice-control/notices?month=" + month);
        assertThat(administrator.post("/invoice-control/notices/channels", Map.of("employeeId", String.valueOf(kariId),
                "email", "true", "month", month.toString())).status()).isEqualTo(302);
        assertThat(jdbc.sql("select sms::text || ' ' || email::text from costsharing_notice_channel where company_id = :c and employee_id = :e")
                .param("c", company.id()).param("e", kariId).query(String.class).single()).isEqualTo("false true");

        int before = remindersTo(ola);
        administrator.get("/invoice-control/notices?month=" + month);
        Page reminded = administrator.post("/invoice-control/notices/" + month + "/reminders", Map.of());
        assertThat(reminded.status()).isEqualTo(302);
        assertThat(remindersTo(ola)).as("Ola has not marked his purchase").isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from costsharing_notice where company_id = :c and employee_id = :e and kind = 'REMINDER'")
                .param("c", company.id()).param("e", kariId).query(Long.class).single()).as("Kari is done").isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'CONTENT_REMINDERS_SENT'")
                .param("c", company.id()).query(Long.class).single()).isEqualTo(1);

        clock.set(Oslo.startOf(month.plusMonths(1).atDay(11)));
        PortalHttpClient late = new PortalHttpClient(port);
        late.logIn(admin, sms);
        late.get("/invoice-control/notices?month=" + month);
        assertThat(late.post("/invoice-control/notices/" + month + "/reminders", Map.of()).status()).isEqualTo(400);
        assertThat(notices.sendNotices(company.id(), month)).isZero();
    }

    @Test
    void aLinkIsValidThroughTheDeadlineDayInOsloAndNotAfter() {
        String link = links.linkFor(company.id(), kariId, month, month.plusMonths(1).atDay(10));
        String token = link.substring(link.lastIndexOf('/') + 1);
        clock.set(Oslo.startOf(month.plusMonths(1).atDay(11)).minusSeconds(60));
        assertThat(links.open(token)).hasValueSatisfying(opened -> {
            assertThat(opened.expired()).isFalse();
            assertThat(opened.target()).isEqualTo(new NoticeLinks.Target(company.id(), kariId, month));
        });
        clock.set(Oslo.startOf(month.plusMonths(1).atDay(11)));
        assertThat(links.open(token)).hasValueSatisfying(opened -> assertThat(opened.expired()).isTrue());
        assertThat(links.open(tamper(token, "." + kariId + ".", "." + olaId + "."))).as("another employee's link").isEmpty();
        assertThat(links.open("not-a-token")).isEmpty();
    }

    private String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String smsTo(Msisdn msisdn) {
        return sms.latest(500).stream().filter(s -> s.to().equals(msisdn.value()) && s.text().contains("innholdskjøp"))
                .map(OutboxSms::text).findFirst().orElse(null);
    }

    private int remindersTo(Msisdn msisdn) {
        return (int) sms.latest(500).stream().filter(s -> s.to().equals(msisdn.value()) && s.text().startsWith("Påminnelse")).count();
    }

    private static String link(String text) {
        Matcher matcher = Pattern.compile("https?://\\S+/n/[A-Za-z0-9_.-]+").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group();
    }

    /** The token with its payload changed and its signature kept. */
    private static String tamper(String token, String from, String to) {
        int dot = token.lastIndexOf('.');
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, dot)));
        assertThat(payload).contains(from);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace(from, to).getBytes())
                + token.substring(dot);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/n/"));
    }
}
