package no.bedriftsportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.identity.OperatorStaff;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The order form, its abuse limits, the status page and the operator staff's queue (#17.4, G1),
 * over HTTP against the whole application. Each test sends from an address of its own, so the
 * per-address limits of one do not hold back another.
 */
@PortalIntegrationTest
class OrderIntegrationTest {

    private static final Pattern CHALLENGE = Pattern.compile("data-pow-challenge=\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("/order/status/([A-Za-z0-9_-]+)");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox sms;

    @Autowired
    OperatorStaff staff;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void organisationNumbersAreMod11CheckedAndEveryFieldIsCheckedBesideItself() {
        assertThat(no.bedriftsportal.shared.OrgNumber.parse("923609016")).isPresent();
        assertThat(no.bedriftsportal.shared.OrgNumber.parse("923 609 016")).isPresent();
        assertThat(no.bedriftsportal.shared.OrgNumber.parse("923609017")).isEmpty(); // a wrong check digit
        TestCompany company = mother.company("Administrasjon");
        PortalHttpClient orderer = client();
        Map<String, Object> form = validForm(company, company.subscriber(0, "FRI_5"));
        form.put("orgNumber", "923609017");
        form.remove("consent");
        Page refused = send(orderer, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"orgNumber-error\"").contains("kontrollsifferet stemmer ikke")
                .contains("id=\"consent-error\"").contains("Du må godta vilkårene")
                .contains("value=\"Kari Nordmann\""); // nothing typed is lost

        Map<String, Object> stranger = validForm(company, CompanyMother.nextMsisdn());
        Page notInCompany = send(orderer, stranger);
        assertThat(notInCompany.status()).isEqualTo(400);
        assertThat(notInCompany.body()).contains("id=\"admin0-error\"").contains("Det må være et aktivt mobilabonnement i bedriften");

        Map<String, Object> unknown = validForm(company, company.subscriber(0, "FRI_5"));
        unknown.put("orgNumber", CompanyMother.nextOrgNumber());
        assertThat(send(orderer, unknown).body()).contains("Bedriften må først være mobilkunde hos oss");
    }

    @Test
    void theLookUpShowsACustomersNameAndAddress() {
        TestCompany company = mother.company("Administrasjon");
        PortalHttpClient orderer = client();
        Page found = orderer.getHtmx("/order/lookup?orgNumber=" + company.company().orgNumber().value());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("id=\"company-found\"").contains(company.company().name());
        assertThat(orderer.getHtmx("/order/lookup?orgNumber=923609017").body()).contains("kontrollsifferet stemmer ikke");
    }

    @Test
    void theHoneypotAndAMissingForgedOrSpentProofOfWorkAreRefused() {
        TestCompany company = mother.company("Administrasjon");
        Msisdn admin = company.subscriber(0, "FRI_5");
        PortalHttpClient orderer = client();

        Map<String, Object> honey = validForm(company, admin);
        honey.put("website", "http://spam.example");
        Page trapped = send(orderer, honey);
        assertThat(trapped.status()).isEqualTo(400);
        assertThat(trapped.body()).contains("Skjemaet kunne ikke sendes");

        String challenge = challenge(orderer.get("/order"));
        Map<String, Object> unsolved = validForm(company, admin);
        unsolved.put("challenge", challenge);
        unsolved.put("nonce", "");
        assertThat(orderer.post("/order", unsolved).body()).contains("krever JavaScript");

        challenge = challenge(orderer.get("/order"));
        Map<String, Object> forged = validForm(company, admin);
        forged.put("challenge", challenge.substring(0, challenge.length() - 2) + "00");
        forged.put("nonce", ProofOfWork.solve(forged.get("challenge").toString(), 8));
        assertThat(orderer.post("/order", forged).body()).contains("Skjemaet kunne ikke kontrolleres");

        challenge = challenge(orderer.get("/order"));
        Map<String, Object> lazy = validForm(company, admin);
        lazy.put("challenge", challenge);
        lazy.put("nonce", unsolvedNonce(challenge));
        assertThat(orderer.post("/order", lazy).body()).contains("Skjemaet kunne ikke kontrolleres");

        challenge = challenge(orderer.get("/order"));
        Map<String, Object> first = validForm(company, admin);
        first.put("challenge", challenge);
        first.put("nonce", ProofOfWork.solve(challenge, 8));
        first.put("consent", "false"); // refused for the field, but the proof is spent
        assertThat(orderer.post("/order", first).status()).isEqualTo(400);
        first.put("consent", "true");
        Page again = orderer.post("/order", first);
        assertThat(again.body()).contains("Skjemaet er allerede sendt én gang");
        assertThat(jdbc.sql("select count(*) from onboarding_order where org_number = :org")
                .param("org", company.company().orgNumber().value()).query(Long.class).single()).isZero();
    }

    @Test
    void anAddressThatSendsTooManyFormsWaits() {
        TestCompany company = mother.company("Administrasjon");
        PortalHttpClient orderer = client();
        Map<String, Object> form = validForm(company, company.subscriber(0, "FRI_5"));
        form.put("consent", "false");
        for (int i = 0; i < 5; i++) {
            assertThat(send(orderer, form).status()).isEqualTo(400);
        }
        Page limited = send(orderer, form);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("retry-after")).isNotEmpty();
        assertThat(limited.body()).contains("For mange bestillinger");
    }

    @Test
    void anOrderIsFollowedOnItsStatusPageApprovedByStaffAndDecidedOnce() {
        TestCompany company = mother.company("Administrasjon");
        Msisdn admin = company.subscriber(0, "FRI_5", "Ada Admin");
        Msisdn companyUser = company.superUser();
        PortalHttpClient orderer = client();
        Page sent = send(orderer, validForm(company, admin));
        assertThat(sent.status()).isEqualTo(302);
        String token = token(sent.location());
        Page status = orderer.get("/order/status/" + token);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).contains("data-status=\"RECEIVED\"").contains(company.company().name());
        assertThat(client().get("/order/status/" + "A".repeat(32)).status()).isEqualTo(404);
        assertThat(mails(company)).anySatisfy(text -> assertThat(text).contains("/order/status/" + token));
        long orderId = jdbc.sql("select order_id from onboarding_order where org_number = :org")
                .param("org", company.company().orgNumber().value()).query(Long.class).single();

        // a company user never reaches the queue; staff reach nothing of a company's
        PortalHttpClient superUser = client();
        superUser.logIn(companyUser, sms);
        assertThat(superUser.get("/staff/orders").status()).isEqualTo(403);
        assertThat(superUser.post("/staff/orders/" + orderId + "/approve", Map.of()).status()).isEqualTo(403);
        PortalHttpClient operatorStaff = staffClient();
        Page queue = operatorStaff.get("/staff/orders");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(Orders.reference(orderId)).contains("data-pass=\"true\"");
        assertThat(operatorStaff.get("/").redirectsTo("/staff/orders")).isTrue();
        for (String companyPage : List.of("/invoices", "/settings/access", "/me", "/reports", "/dashboard/users")) {
            assertThat(operatorStaff.get(companyPage).status()).as(companyPage).isEqualTo(403);
        }

        Page approved = operatorStaff.post("/staff/orders/" + orderId + "/approve", Map.of());
        assertThat(approved.redirectsTo("/staff/orders?approved=" + Orders.reference(orderId))).isTrue();
        assertThat(sms.latest(50)).anySatisfy(message -> {
            assertThat(message.to()).isEqualTo(admin.value());
            assertThat(message.text()).contains("Du har fått tilgang til Bedriftsportalen");
        });
        assertThat(portalUsers.list(company.id())).anySatisfy(user -> assertThat(user.msisdn()).isEqualTo(admin));
        assertThat(operatorStaff.post("/staff/orders/" + orderId + "/approve", Map.of()).status()).isEqualTo(409);
        assertThat(operatorStaff.post("/staff/orders/" + orderId + "/reject", Map.of("reason", "For sent")).status()).isEqualTo(409);
        assertThat(orderer.get("/order/status/" + token).body()).contains("data-status=\"APPROVED\"");
        assertThat(jdbc.sql("select actor_name from audit_event where company_id = :company and action = 'ORDER_APPROVED'")
                .param("company", company.id()).query(String.class).list()).containsExactly("Stine Stab");

        PortalHttpClient newAdmin = client();
        assertThat(newAdmin.logIn(admin, sms).redirectsTo("/")).isTrue();
    }

    @Test
    void aRejectionNeedsAReasonWhichTheContactIsMailed() {
        TestCompany company = mother.company("Administrasjon");
        PortalHttpClient orderer = client();
        String token = token(send(orderer, validForm(company, company.subscriber(0, "FRI_5"))).location());
        long orderId = jdbc.sql("select order_id from onboarding_order where org_number = :org")
                .param("org", company.company().orgNumber().value()).query(Long.class).single();
        PortalHttpClient operatorStaff = staffClient();
        assertThat(operatorStaff.post("/staff/orders/" + orderId + "/reject", Map.of("reason", "  ")).status()).isEqualTo(400);
        assertThat(operatorStaff.post("/staff/orders/" + orderId + "/reject",
                Map.of("reason", "Signataren har ikke prokura")).redirectsTo("/staff/orders?rejected=" + Orders.reference(orderId))).isTrue();
        assertThat(orderer.get("/order/status/" + token).body()).contains("data-status=\"REJECTED\"").contains("Signataren har ikke prokura");
        assertThat(mails(company)).anySatisfy(text -> assertThat(text).contains("Begrunnelse: Signataren har ikke prokura"));
    }

    @Test
    void theContactIsMailedInTheCompanysLanguage() {
        TestCompany company = mother.company("Administrasjon");
        jdbc.sql("update company set language = 'en' where company_id = :company").param("company", company.id()).update();
        String token = token(send(client(), validForm(company, company.subscriber(0, "FRI_5"))).location());

        assertThat(mails(company)).singleElement().satisfies(text -> assertThat(text).startsWith("Hello Kari")
                .contains("We have received the order", "/order/status/" + token).doesNotContain("Hei"));
    }

    private PortalHttpClient staffClient() {
        Msisdn number = Msisdn.of("40000001");
        if (staff.list().stream().noneMatch(member -> member.msisdn().equals(number) && member.active())) {
            staff.register(number.value(), "Stine Stab");
        }
        PortalHttpClient client = client();
        assertThat(client.logIn(number, sms).redirectsTo("/staff/orders")).isTrue();
        client.get("/staff/orders"); // the signed-in session's CSRF token
        return client;
    }

    private List<String> mails(TestCompany company) {
        return jdbc.sql("select text_body from mail_outbox where company_id = :company and purpose = 'ORDER'")
                .param("company", company.id()).query(String.class).list();
    }

    private PortalHttpClient client() {
        return new PortalHttpClient(port).header("X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet());
    }

    private static Map<String, Object> validForm(TestCompany company, Msisdn admin) {
        Map<String, Object> form = new HashMap<>();
        form.put("orgNumber", company.company().orgNumber().display());
        form.put("contactName", "Kari Nordmann");
        form.put("contactEmail", "kari@example.com");
        form.put("contactPhone", "22 33 44 55");
        form.put("admin", admin.national());
        form.put("signerName", "Per Nordmann");
        form.put("signerRole", "Daglig leder");
        form.put("consent", "true");
        form.put("termsVersion", "1");
        return form;
    }

    /** The form as the page's script sends it: a fresh challenge from the page, solved. */
    private static Page send(PortalHttpClient client, Map<String, Object> form) {
        String challenge = challenge(client.get("/order"));
        Map<String, Object> solved = new HashMap<>(form);
        solved.put("challenge", challenge);
        solved.put("nonce", ProofOfWork.solve(challenge, 8));
        return client.post("/order", solved);
    }

    private static String challenge(Page page) {
        Matcher matcher = CHALLENGE.matcher(page.body());
        assertThat(matcher.find()).as("a challenge on the page").isTrue();
        return matcher.group(1);
    }

    private static String unsolvedNonce(String challenge) {
        for (int nonce = 0; ; nonce++) {
            if (!ProofOfWork.hasLeadingZeroBits(challenge + nonce, 8)) {
                return String.valueOf(nonce);
            }
        }
    }

    private static String token(String location) {
        Matcher matcher = STATUS.matcher(location);
        assertThat(matcher.find()).as("a status page in " + location).isTrue();
        return matcher.group(1);
    }
}
