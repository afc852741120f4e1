package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;

/** The operator's upload door and the ledger over HTTP, with the bearer token. */
@PortalIntegrationTest
class CdrFileOperatorApiIntegrationTest {

    /** The files are of October 2026: the tests stand in November, whatever the day they run. */
    static final java.time.Instant NOVEMBER = java.time.Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @BeforeEach
    void standInNovember() {
        clock.set(NOVEMBER);
    }

    @Test
    void uploadAnswersWithTheCountsAndTheLedgerKeepsTheRejections() throws Exception {
        Msisdn msisdn = mother.company().subscriber(0, "FRI_5");
        CdrFileBuilder file = CdrFileBuilder.file()
                .sms("a", msisdn.value(), "2026-10-20T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("a", msisdn.value(), "2026-10-20T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("b", "not-a-number", "2026-10-20T10:00:00+02:00", "MO", "91234567", "NO");

        HttpResponse<String> first = upload(file.write(), "oktober.csv");
        HttpResponse<String> again = upload(file.write(), "oktober-igjen.csv");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(first.body(), "$.records")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(first.body(), "$.rated")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(first.body(), "$.duplicate")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(first.body(), "$.rejected")).isEqualTo(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(again.body(), "$.alreadyIngested")).isTrue();

        long id = JsonPath.<Number>read(first.body(), "$.id").longValue();
        OperatorApiClient operator = new OperatorApiClient(port);
        OperatorApiClient.Response detail = operator.get("/api/operator/cdr-files/" + id);
        assertThat(detail.<Integer>json("$.rejections[0].lineNumber")).isEqualTo(4);
        assertThat(detail.<String>json("$.rejections[0].reason")).contains("msisdn");
        assertThat(detail.<String>json("$.rejections[0].rawLine")).contains("not-a-number");
        assertThat(operator.get("/api/operator/cdr-files").body()).contains("\"name\":\"oktober.csv\"");
        assertThat(operator.get("/api/operator/cdr-files/999999999").status()).isEqualTo(404);

        OperatorApiClient.Response events = operator.get("/api/operator/subscriptions/" + msisdn.value()
                + "/usage-events?from=2026-10-20&to=2026-10-20");
        assertThat(events.<Integer>json("$.length()")).isEqualTo(1);
        assertThat(events.<String>json("$[0].cdrId")).isEqualTo(file.id("a"));
        assertThat(events.<String>json("$[0].category")).isEqualTo("fixed_price");
        assertThat(events.<Double>json("$[0].amount")).isZero();
        assertThat(events.<String>json("$[0].otherParty")).isEqualTo("91234567");
    }

    @Test
    void aNulByteRejectsOnlyItsRecordWhichIsKeptEscaped() throws Exception {
        // #10.1: a NUL reached COPY and failed the whole file with HTTP 500 (invalid byte sequence for encoding "UTF8": 0x00)
        Msisdn msisdn = mother.company().subscriber(0, "FRI_5");
        CdrFileBuilder file = CdrFileBuilder.file()
                .sms("first", msisdn.value(), "2026-10-21T10:00:00+02:00", "MO", "91234567", "NO")
                .content("parking", msisdn.value(), "2026-10-21T11:00:00+02:00", "2020", "45.00", 25, "Easy\0Park")
                .sms("bad-anyway", "not-a-number\0", "2026-10-21T10:00:00+02:00", "MO", "91234567", "NO")
                .sms("last", msisdn.value(), "2026-10-21T12:00:00+02:00", "MO", "91234567", "NO");
        OperatorApiClient operator = new OperatorApiClient(port);

        OperatorApiClient.Response answer = operator.upload("/api/operator/cdr-files", file.write(), "nul.csv");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.<Integer>json("$.records")).isEqualTo(4);
        assertThat(answer.<Integer>json("$.rated")).isEqualTo(2);
        assertThat(answer.<Integer>json("$.rejected")).isEqualTo(2);
        OperatorApiClient.Response detail = operator.get("/api/operator/cdr-files/" + answer.<Number>json("$.id").longValue());
        assertThat(detail.<Integer>json("$.rejections[0].lineNumber")).isEqualTo(3);
        assertThat(detail.<String>json("$.rejections[0].reason")).startsWith("line contains a NUL byte (0x00) at column ");
        assertThat(detail.<String>json("$.rejections[0].rawLine")).contains(",Easy\\x00Park,");
        assertThat(detail.<String>json("$.rejections[1].rawLine")).contains("not-a-number\\x00");
    }

    @Test
    void aFileOfRandomBytesIsAnsweredWithItsRejectionsNeverA500() throws Exception {
        OperatorApiClient operator = new OperatorApiClient(port);
        java.util.Random random = new java.util.Random(1010);
        for (int i = 0; i < 5; i++) {
            byte[] bytes = new byte[20_000 + random.nextInt(50_000)];
            random.nextBytes(bytes);
            bytes[0] = 'x'; // not gzip's first byte
            Path file = Files.write(Files.createTempFile("random", ".csv"), bytes);

            OperatorApiClient.Response answer = operator.upload("/api/operator/cdr-files", file, "random-" + i + ".csv");

            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.<Integer>json("$.rejected")).isEqualTo(answer.<Integer>json("$.records")).isPositive();
        }
    }

    @Test
    void anUnreadableFileIsRefusedWholeWithItsLedgerEntry() throws Exception {
        Path broken = Files.createTempFile("broken", ".csv.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4});

        HttpResponse<String> refused = upload(broken, "broken.csv.gz");

        // refused whole: 422 (it was 400), with why and the file's ledger entry (#10.2)
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.body(), "$.errors[0].field")).isEqualTo("file");
        assertThat(JsonPath.<String>read(refused.body(), "$.detail")).startsWith("the file is not a readable CSV or gzip file");
        long id = JsonPath.<Number>read(refused.body(), "$.cdrFileId").longValue();
        OperatorApiClient.Response ledger = new OperatorApiClient(port).get("/api/operator/cdr-files/" + id);
        assertThat(ledger.<String>json("$.file.name")).isEqualTo("broken.csv.gz");
        assertThat(ledger.<String>json("$.file.status")).isEqualTo("REFUSED");
        assertThat(ledger.<String>json("$.file.refusedReason")).isEqualTo(JsonPath.read(refused.body(), "$.detail"));
    }

    @Test
    void withoutTheTokenNothingIsIngested() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/operator/cdr-files"))
                .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> upload(Path file, String name) throws IOException, InterruptedException {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = Files.readAllBytes(file);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/operator/cdr-files"))
                .header("Authorization", "Bearer " + OperatorApiClient.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

}
