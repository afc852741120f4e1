package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.billing.InvoicedMonthMother.InvoicedMonth;

/**
 * Issue #10, point 6: every kroner of an OCR file is accounted for, over the operator API. Per file,
 * in øre and in count, applied + unmatched + refused = what the file holds, in the import answer and
 * in {@code GET /api/operator/payment-files/{id}}; a transmission number reused with other content
 * refuses the file whole, and a refused file stays in the ledger; a payment to another account than
 * the seller's is kept as unmatched with that reason. On its own database (invoice runs span all
 * companies), with October 2026 invoiced: Drift's invoice (785.00) and Salg's (1,290.00).
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.database.embedded.data-dir=target/test-postgres-payment-files",
        "portal.billing.ocr-spool-dir=" + PaymentFileOperatorApiIntegrationTest.SPOOL,
        "portal.billing.ocr-spool-interval=200ms", "portal.billing.ocr-spool-initial-delay=0s"})
@Import(InvoicedMonthMother.class)
class PaymentFileOperatorApiIntegrationTest {

    static final String SPOOL = "target/test-ocr-spool";

    private static final String SELLERS_ACCOUNT = "15032812349";
    private static final String FOREIGN_ACCOUNT = "99991042764";
    private static final String UNKNOWN_KID = "1234567890123455";
    private static final AtomicInteger TRANSMISSIONS = new AtomicInteger(9_000_000);
    private static InvoicedMonth october;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    InvoicedMonthMother invoicedMonth;

    OperatorApiClient operator;

    @BeforeAll
    static void emptySpool() {
        FileSystemUtils.deleteRecursively(Path.of(SPOOL).toFile());
    }

    @BeforeEach
    void octoberInvoiced() {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        if (october == null) {
            october = invoicedMonth.lastMonth();
        }
        operator = new OperatorApiClient(port);
    }

    @Test
    void aMixedFileAccountsForEveryKronerInCountAndInOre() {
        BigDecimal drivePaidBefore = paid(october.operations());
        OcrGiroFile ocr = new OcrGiroFile(nextTransmission(), List.of(
                new OcrAssignment("001008566", "0000001", SELLERS_ACCOUNT, List.of(
                        payment(1, "100.00", october.operations().kid(), "13"),
                        payment(2, "10.00", UNKNOWN_KID, "13"),
                        payment(3, "20.50", "", "21"))),
                new OcrAssignment("001008566", "0000002", FOREIGN_ACCOUNT, List.of(
                        payment(1, "50.00", october.operations().kid(), "13")))));

        Response imported = upload(ocr, "blandet.txt");
        Response detail = operator.get("/api/operator/payment-files/" + imported.<Integer>json("$.id"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(List.of(imported.<Integer>json("$.transactions"), imported.<Integer>json("$.applied"),
                imported.<Integer>json("$.unmatched"), imported.<Integer>json("$.refused"))).containsExactly(4, 1, 3, 0);
        assertThat(money(imported, "$.total")).isEqualByComparingTo("180.50");
        assertThat(money(imported, "$.appliedAmount")).isEqualByComparingTo("100.00");
        assertThat(money(imported, "$.unmatchedAmount")).isEqualByComparingTo("80.50");
        assertThat(money(imported, "$.refusedAmount")).isEqualByComparingTo("0.00");
        assertAddsUp(imported, "$", ocr);
        assertAddsUp(detail, "$.file", ocr);
        assertThat(detail.<List<String>>json("$.transactions[*].reason")).containsExactly(
                "applied to invoice " + october.operations().number(),
                "unmatched: no invoice has this KID",
                "unmatched: the payment has no KID",
                "unmatched: paid to account 9999.10.42764, not the seller's account 1503.28.12349");
        assertThat(detail.<List<String>>json("$.transactions[*].status")).containsExactly("APPLIED", "UNMATCHED", "UNMATCHED",
                "UNMATCHED");
        assertThat(detail.<Integer>json("$.transactions[0].invoiceNumber")).isEqualTo((int) october.operations().number());
        assertThat(detail.<String>json("$.transactions[3].assignmentAccount")).isEqualTo(FOREIGN_ACCOUNT);
        assertThat(paid(october.operations())).isEqualByComparingTo(drivePaidBefore.add(new BigDecimal("100.00")));
    }

    @Test
    void aPaymentToAnotherAccountThanTheSellersIsKeptAsUnmatchedWithTheReason() {
        BigDecimal salesPaidBefore = paid(october.sales());
        OcrGiroFile ocr = file(FOREIGN_ACCOUNT, payment(1, "1290.00", october.sales().kid(), "13"));

        Response imported = upload(ocr, "annen-konto.txt");
        String key = ocr.transmissionNumber() + ":0000001:1";
        Response unmatched = operator.get("/api/operator/unmatched-payments");

        assertThat(paid(october.sales())).as(imported.body()).isEqualByComparingTo(salesPaidBefore);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(List.of(imported.<Integer>json("$.applied"), imported.<Integer>json("$.unmatched"))).containsExactly(0, 1);
        assertThat(unmatched.<List<String>>json("$[?(@.transactionKey == '" + key + "')].reason"))
                .containsExactly("unmatched: paid to account 9999.10.42764, not the seller's account 1503.28.12349");
        assertThat(unmatched.<List<String>>json("$[?(@.transactionKey == '" + key + "')].assignmentAccount"))
                .containsExactly(FOREIGN_ACCOUNT);
    }

    @Test
    void aTransmissionNumberImportedBeforeWithOtherContentRefusesTheFileWholeAndTheLedgerKeepsIt() {
        BigDecimal drivePaidBefore = paid(october.operations());
        String transmission = nextTransmission();
        OcrGiroFile first = new OcrGiroFile(transmission, List.of(new OcrAssignment("001008566", "0000001", SELLERS_ACCOUNT,
                List.of(payment(1, "30.00", october.operations().kid(), "13")))));
        OcrGiroFile other = new OcrGiroFile(transmission, List.of(new OcrAssignment("001008566", "0000001", SELLERS_ACCOUNT,
                List.of(payment(1, "40.00", october.operations().kid(), "13"), payment(2, "5.00", UNKNOWN_KID, "13")))));

        Response imported = upload(first, "forste.txt");
        Response refused = upload(other, "andre-samme-forsendelse.txt");

        assertThat(imported.status()).isEqualTo(201);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>json("$.detail")).contains("refused whole", "transmission number " + transmission
                + " was imported before with other content (payment file " + imported.<Integer>json("$.id"));
        assertThat(refused.<String>json("$.correlationId")).isNotBlank();
        assertThat(refused.<String>json("$.paymentFile.status")).isEqualTo("REFUSED");
        assertAddsUp(refused, "$.paymentFile", other);
        assertThat(List.of(refused.<Integer>json("$.paymentFile.refused"), refused.<Integer>json("$.paymentFile.applied"),
                refused.<Integer>json("$.paymentFile.unmatched"))).containsExactly(2, 0, 0);
        assertThat(money(refused, "$.paymentFile.refusedAmount")).isEqualByComparingTo("45.00");

        int refusedId = refused.json("$.paymentFile.id");
        Response ledger = operator.get("/api/operator/payment-files");
        Response refusedDetail = operator.get("/api/operator/payment-files/" + refusedId);
        Response firstDetail = operator.get("/api/operator/payment-files/" + imported.<Integer>json("$.id"));
        assertThat(ledger.<List<String>>json("$[?(@.id == " + refusedId + ")].status")).containsExactly("REFUSED");
        assertThat(refusedDetail.<List<String>>json("$.transactions[*].status")).containsExactly("REFUSED", "REFUSED");
        assertThat(refusedDetail.<String>json("$.transactions[0].reason")).startsWith("refused: transmission number " + transmission);
        assertThat(firstDetail.<List<String>>json("$.transactions[*].status")).containsExactly("APPLIED");
        assertThat(firstDetail.<Integer>json("$.file.applied")).isEqualTo(1);
        assertThat(paid(october.operations())).isEqualByComparingTo(drivePaidBefore.add(new BigDecimal("30.00")));
        assertThat(operator.get("/api/operator/unmatched-payments").body()).doesNotContain(transmission + ":0000001:2");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        BigDecimal drivePaidBefore = paid(october.operations());
        OcrGiroFile ocr = file(SELLERS_ACCOUNT, payment(1, "1.00", october.operations().kid(), "13"),
                payment(2, "2.00", UNKNOWN_KID, "13"));

        Response first = upload(ocr, "samme.txt");
        int filesAfterFirst = operator.get("/api/operator/payment-files").<Integer>json("$.length()");
        Response again = upload(ocr, "samme-igjen.txt");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<Boolean>json("$.alreadyImported")).isTrue();
        assertThat(again.<Integer>json("$.id")).isEqualTo(first.<Integer>json("$.id"));
        assertThat(again.<String>json("$.name")).isEqualTo("samme.txt");
        assertAddsUp(again, "$", ocr);
        assertThat(List.of(again.<Integer>json("$.applied"), again.<Integer>json("$.unmatched"))).containsExactly(1, 1);
        assertThat(operator.get("/api/operator/payment-files").<Integer>json("$.length()")).isEqualTo(filesAfterFirst);
        assertThat(paid(october.operations())).isEqualByComparingTo(drivePaidBefore.add(new BigDecimal("1.00")));
    }

    @Test
    void aFileThatDoesNotReconcileOrReadIsRefusedWithWhatItStatedAndKeptInTheLedger() throws IOException {
        OcrGiroFile ocr = file(SELLERS_ACCOUNT, payment(1, "300.00", october.operations().kid(), "13"),
                payment(2, "12.34", UNKNOWN_KID, "13"));
        List<String> records = new ArrayList<>(List.of(new String(OcrGiroWriter.write(ocr), StandardCharsets.ISO_8859_1).split("\n")));
        String item = records.get(2); // the first amount item: one øre more, so the end records no longer add up
        records.set(2, item.substring(0, 48) + (char) ('0' + (item.charAt(48) - '0' + 1) % 10) + item.substring(49));
        Path broken = Files.createTempFile("ocr", ".txt");
        Files.writeString(broken, String.join("\n", records) + "\n", StandardCharsets.ISO_8859_1);
        Path unreadable = Files.createTempFile("ocr", ".txt");
        Files.writeString(unreadable, "Dette er ikke en OCR-fil\n");

        Response notReconciled = operator.upload("/api/operator/payment-files", broken, "stemmer-ikke.txt");
        Response notRead = operator.upload("/api/operator/payment-files", unreadable, "tekst.txt");

        assertThat(notReconciled.status()).as(notReconciled.body()).isEqualTo(422);
        assertThat(notReconciled.<String>json("$.paymentFile.reason")).startsWith("line 7: states a total of 31234 øre, the assignment's payments add up to 31235");
        assertThat(notReconciled.<String>json("$.paymentFile.transmissionNumber")).isEqualTo(ocr.transmissionNumber());
        assertAddsUp(notReconciled, "$.paymentFile", ocr); // what its end record states: 2 payments, 312.34
        assertThat(notReconciled.<Integer>json("$.paymentFile.refused")).isEqualTo(2);
        assertThat(notRead.status()).isEqualTo(422);
        assertThat(notRead.<String>json("$.paymentFile.reason")).isEqualTo("line 1: line is 24 characters long, expected 80");
        assertThat(notRead.<Integer>json("$.paymentFile.transactions")).isZero();
        assertThat(operator.get("/api/operator/payment-files/" + notRead.<Integer>json("$.paymentFile.id"))
                .<List<Object>>json("$.transactions")).isEmpty();
        Response ledger = operator.get("/api/operator/payment-files");
        assertThat(ledger.<List<String>>json("$[?(@.name == 'stemmer-ikke.txt' || @.name == 'tekst.txt')].status"))
                .containsExactly("REFUSED", "REFUSED");
        Files.delete(broken);
        Files.delete(unreadable);
    }

    @Test
    void anUnmatchedPaymentRegisteredByHandWithItsKeyMovesToAppliedAndTheFileStillAddsUp() {
        OcrGiroFile ocr = file(SELLERS_ACCOUNT, payment(1, "1.00", october.operations().kid(), "13"),
                payment(2, "77.00", UNKNOWN_KID, "13"));
        Response imported = upload(ocr, "for-hand.txt");
        String key = ocr.transmissionNumber() + ":0000001:2";
        String payments = "/api/operator/invoices/" + october.operations().number() + "/payments";
        BigDecimal drivePaidBefore = paid(october.operations());

        Response partly = operator.post(payments, "{\"amount\": 70.00, \"reference\": \"" + key + "\"}");
        Response registered = operator.post(payments, "{\"amount\": 77.00, \"reference\": \"" + key + "\"}");
        Response again = operator.post(payments, "{\"amount\": 77.00, \"reference\": \"" + key + "\"}");
        Response detail = operator.get("/api/operator/payment-files/" + imported.<Integer>json("$.id"));

        assertThat(partly.status()).isEqualTo(400);
        assertThat(partly.<String>json("$.detail")).contains("77.00");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(paid(october.operations())).isEqualByComparingTo(drivePaidBefore.add(new BigDecimal("77.00")));
        assertThat(List.of(detail.<Integer>json("$.file.applied"), detail.<Integer>json("$.file.unmatched"))).containsExactly(2, 0);
        assertThat(money(detail, "$.file.appliedAmount")).isEqualByComparingTo("78.00");
        assertAddsUp(detail, "$.file", ocr);
        assertThat(detail.<String>json("$.transactions[1].status")).isEqualTo("APPLIED");
        assertThat(detail.<String>json("$.transactions[1].reason"))
                .isEqualTo("applied by hand to invoice " + october.operations().number());
        assertThat(operator.get("/api/operator/unmatched-payments").body()).doesNotContain(key);
    }

    @Test
    void theSpoolMovesARefusedFileToFailedWithItsReasonAndTheLedgerKeepsIt() throws Exception {
        OcrGiroFile good = file(SELLERS_ACCOUNT, payment(1, "3.00", UNKNOWN_KID, "13"));
        OcrGiroFile reused = new OcrGiroFile(good.transmissionNumber(), List.of(new OcrAssignment("001008566", "0000001",
                SELLERS_ACCOUNT, List.of(payment(1, "4.00", UNKNOWN_KID, "13")))));
        Path spool = Path.of(SPOOL);
        Files.createDirectories(spool);
        Files.write(spool.resolve("a-" + good.transmissionNumber() + ".txt.tmp"), OcrGiroWriter.write(good));
        Files.write(spool.resolve("b-" + good.transmissionNumber() + ".txt.tmp"), OcrGiroWriter.write(reused));
        Files.move(spool.resolve("a-" + good.transmissionNumber() + ".txt.tmp"), spool.resolve("a-" + good.transmissionNumber() + ".txt"));
        Files.move(spool.resolve("b-" + good.transmissionNumber() + ".txt.tmp"), spool.resolve("b-" + good.transmissionNumber() + ".txt"));

        Path done = spool.resolve("done").resolve("a-" + good.transmissionNumber() + ".txt");
        Path failed = spool.resolve("failed").resolve("b-" + good.transmissionNumber() + ".txt");
        Path reason = spool.resolve("failed").resolve("b-" + good.transmissionNumber() + ".txt.error.txt");
        awaitFile(done);
        awaitFile(reason);

        assertThat(failed).exists();
        assertThat(Files.readString(reason)).contains("refused whole", "transmission number " + good.transmissionNumber());
        Response ledger = operator.get("/api/operator/payment-files");
        assertThat(ledger.<List<String>>json("$[?(@.name == 'b-" + good.transmissionNumber() + ".txt')].status"))
                .containsExactly("REFUSED");
        assertThat(ledger.<List<String>>json("$[?(@.name == 'b-" + good.transmissionNumber() + ".txt')].source"))
                .containsExactly("SPOOL");
        assertThat(ledger.<List<String>>json("$[?(@.name == 'a-" + good.transmissionNumber() + ".txt')].status"))
                .containsExactly("IMPORTED");
    }

    /** In øre and in count, as the answer gives them and as the file was written. */
    private static void assertAddsUp(Response answer, String at, OcrGiroFile file) {
        long totalOre = ore(money(answer, at + ".total"));
        long writtenOre = file.payments().stream().mapToLong(payment -> ore(payment.amount())).sum();
        assertThat(ore(money(answer, at + ".appliedAmount")) + ore(money(answer, at + ".unmatchedAmount"))
                + ore(money(answer, at + ".refusedAmount"))).isEqualTo(totalOre).isEqualTo(writtenOre);
        int transactions = answer.json(at + ".transactions");
        assertThat(answer.<Integer>json(at + ".applied") + answer.<Integer>json(at + ".unmatched")
                + answer.<Integer>json(at + ".refused")).isEqualTo(transactions).isEqualTo(file.payments().size());
    }

    private Response upload(OcrGiroFile ocr, String name) {
        try {
            Path file = Files.createTempFile("ocr", ".txt");
            Files.write(file, OcrGiroWriter.write(ocr));
            Response answer = operator.upload("/api/operator/payment-files", file, name);
            Files.delete(file);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigDecimal paid(InvoiceSummary invoice) {
        return money(operator.get("/api/operator/invoices/" + invoice.number()), "$.summary.paid");
    }

    private static OcrGiroFile file(String account, OcrPayment... payments) {
        return new OcrGiroFile(nextTransmission(), List.of(new OcrAssignment("001008566", "0000001", account, List.of(payments))));
    }

    private static OcrPayment payment(int transaction, String amount, String kid, String type) {
        return new OcrPayment(transaction, LocalDate.of(2026, 11, 14), new BigDecimal(amount), kid, "12345678903", type);
    }

    private static String nextTransmission() {
        return "%07d".formatted(TRANSMISSIONS.incrementAndGet());
    }

    private static BigDecimal money(Response answer, String path) {
        Object value = answer.json(path);
        return new BigDecimal(String.valueOf(value));
    }

    private static long ore(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(file).as("the spool handled it within 30 s").exists();
    }
}
