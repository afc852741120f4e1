package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;

/**
 * Issue #10.7: one spelling of a number. The operator API and the CDR files take the same
 * spellings of a mobile number, store it as E.164, and refuse the rest in the same words. (The CDR
 * parser took E.164 and 8 digits only: a subscription created as {@code 912 34 567} had its usage
 * delivered as {@code 0047…} rejected.)
 */
@PortalIntegrationTest
class MsisdnSpellingsIntegrationTest {

    @Autowired
    TestClock clock;

    @Autowired
    CompanyMother mother;

    @Autowired
    IngestCdrFile ingest;

    @LocalServerPort
    int port;

    OperatorApiClient operator;
    String orgNumber;
    String customerNumber;

    @BeforeEach
    void aCompany() {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        operator = new OperatorApiClient(port);
        orgNumber = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Nummerbygg AS\"}".formatted(orgNumber));
        customerNumber = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts", "{\"name\": \"Drift\"}")
                .json("$.number");
    }

    /** {@code n} stands for the 8 national digits, {@code a-b-c} for them as 3, 2 and 3. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            +47n
            0047n
            47n
            n
            a b c
            +47 a b c
            +47 a-b-c
            a-b-c
            0047 a b c
            """)
    void bothDoorsTakeTheSameSpellingAndStoreE164(String spelling) {
        String national = CompanyMother.nextMsisdn().national();
        String written = spell(spelling, national);

        OperatorApiClient.Response activated = operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "planCode": "FRI_5", "customerNumber": "%s", "activeFrom": "2026-01-01"}"""
                .formatted(written, customerNumber));
        CdrFileSummary usage = ingest.ingest(CdrFileBuilder.file()
                .sms("spelt", written, "2026-10-20T10:00:00+02:00", "MO", "91234567", "NO").write(), "spelt.csv",
                CdrSource.UPLOAD);

        assertThat(activated.status()).as(activated.body()).isEqualTo(201);
        assertThat(activated.<String>json("$.msisdn")).isEqualTo("+47" + national);
        assertThat(usage.rated()).as("the CDR with the number as '%s' is rated", written).isEqualTo(1);
        assertThat(operator.get("/api/operator/subscriptions/+47" + national + "/usage-events?from=2026-10-20&to=2026-10-20")
                .<Integer>json("$.length()")).isEqualTo(1);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            22334455
            +4722334455
            9123456
            912345678
            +46701234567
            0091234567
            4912345678
            912 34 56a
            """)
    void bothDoorsRefuseTheRestInTheSameWords(String written) {
        OperatorApiClient.Response activated = operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "planCode": "FRI_5", "customerNumber": "%s", "activeFrom": "2026-01-01"}"""
                .formatted(written, customerNumber));
        CdrFileBuilder file = CdrFileBuilder.file().sms("wrong", written, "2026-10-20T10:00:00+02:00", "MO", "91234567", "NO");
        CdrFileSummary usage = ingest.ingest(file.write(), "wrong.csv", CdrSource.UPLOAD);
        String cdrReason = operator.get("/api/operator/cdr-files/" + usage.id()).json("$.rejections[0].reason");

        assertThat(activated.status()).isEqualTo(400);
        assertThat(activated.<String>json("$.errors[0].field")).isEqualTo("msisdn");
        assertThat(activated.<String>json("$.errors[0].message")).contains(Msisdn.EXPECTED);
        assertThat(usage.rejected()).isEqualTo(1);
        assertThat(cdrReason).isEqualTo("msisdn must be " + Msisdn.EXPECTED + ", was '" + written + "'");
    }

    private static String spell(String spelling, String national) {
        return spelling.replace("n", national)
                .replace("a", national.substring(0, 3)).replace("b", national.substring(3, 5)).replace("c", national.substring(5));
    }
}
