package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OcrGiroWriterTest {

    private static final LocalDate DECEMBER_14 = LocalDate.of(2026, 12, 14);

    @Test
    void what_it_writes_reads_back_the_same() throws IOException {
        OcrGiroFile file = new OcrGiroFile("0000042", List.of(
                new OcrAssignment("001008566", "0000001", "15030412345", List.of(
                        payment(1, "1234.50", "1000123400000012", "12345678903", "13"),
                        payment(2, "0.01", "0006-", "", "10"),
                        payment(3, "50.00", "", "", "21"),
                        payment(4, "-20.00", "602243", "98765432109", "18"))),
                new OcrAssignment("001008566", "0000002", "15030498765", List.of(
                        payment(1, "99999999.99", "1234567890123456789012344", "11112233334", "12"))),
                new OcrAssignment("001008566", "0000003", "15030498765", List.of())));

        byte[] written = OcrGiroWriter.write(file);

        assertThat(new String(written, StandardCharsets.ISO_8859_1).lines())
                .hasSize(1 + (2 + 4 * 2) + (2 + 2) + 2 + 1)
                .allSatisfy(line -> assertThat(line).hasSize(80).startsWith("NY"));
        assertThat(OcrGiroParser.parse(new ByteArrayInputStream(written))).isEqualTo(file);
    }

    @Test
    void rewrites_a_bank_file_with_the_same_payments() throws IOException {
        OcrGiroFile fromBank = OcrGiroParser.parse(new ByteArrayInputStream(OcrGiroParserTest.goodFile()));

        OcrGiroFile rewritten = OcrGiroParser.parse(new ByteArrayInputStream(OcrGiroWriter.write(fromBank)));

        assertThat(rewritten).isEqualTo(fromBank);
    }

    @Test
    void writes_the_end_records_nets_expects() {
        OcrGiroFile file = new OcrGiroFile("0000042", List.of(new OcrAssignment("001008566", "0000001", "15030412345",
                List.of(payment(1, "1234.50", "602243", "", "13"), payment(2, "10.00", "12344", "", "13")))));

        List<String> lines = new String(OcrGiroWriter.write(file), StandardCharsets.ISO_8859_1).lines().toList();

        // 2 transactions, 6 records (20, 30, 31, 30, 31, 88), 124450 øre, dates 14.12.26
        assertThat(lines.get(6)).isEqualTo("NY090088" + "00000002" + "00000006" + "00000000000124450"
                + "141226" + "141226" + "141226" + "0".repeat(21));
        // the whole file: 1 + 6 + 1 records
        assertThat(lines.get(7)).isEqualTo("NY000089" + "00000002" + "00000008" + "00000000000124450"
                + "141226" + "0".repeat(33));
        assertThat(lines.get(2).substring(49, 74)).isEqualTo(" ".repeat(19) + "602243");
    }

    @Test
    void refuses_what_does_not_fit_the_fields() {
        assertThatIllegalArgumentException().isThrownBy(() -> OcrGiroWriter.write(new OcrGiroFile("42", List.of())));
        assertThatIllegalArgumentException().isThrownBy(() -> OcrGiroWriter.write(new OcrGiroFile("0000042", List.of(
                new OcrAssignment("001008566", "0000001", "15030412345",
                        List.of(payment(1, "-1.00", "602243", "", "18")))))));
    }

    private static OcrPayment payment(int number, String amount, String kid, String debitAccount, String type) {
        return new OcrPayment(number, DECEMBER_14, new BigDecimal(amount), kid, debitAccount, type);
    }
}
