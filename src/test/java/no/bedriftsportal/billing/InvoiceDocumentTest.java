package no.bedriftsportal.billing;

import static no.bedriftsportal.billing.InvoiceMother.BUYER;
import static no.bedriftsportal.billing.InvoiceMother.PERIOD_END;
import static no.bedriftsportal.billing.InvoiceMother.PERIOD_START;
import static no.bedriftsportal.billing.InvoiceMother.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvoiceDocumentTest {

    private static final InvoiceDocument VALID = InvoiceMother.invoice().build();
    private static final InvoiceLine LINE = VALID.lines().get(0);

    static Stream<Arguments> invalid_documents() {
        return Stream.of(
                Arguments.of("a credit note without the invoice it credits",
                        (ThrowingCallable) () -> document(DocumentType.CREDIT_NOTE, null, VALID.dueDate(), VALID.kid(), "12345678903", List.of(LINE))),
                Arguments.of("an invoice naming a credited invoice",
                        (ThrowingCallable) () -> document(DocumentType.INVOICE, 1L, VALID.dueDate(), VALID.kid(), "12345678903", List.of(LINE))),
                Arguments.of("due before it is issued",
                        (ThrowingCallable) () -> document(DocumentType.INVOICE, null, VALID.issueDate().minusDays(1), VALID.kid(), "12345678903", List.of(LINE))),
                Arguments.of("an invalid KID",
                        (ThrowingCallable) () -> document(DocumentType.INVOICE, null, VALID.dueDate(), "12345", "12345678903", List.of(LINE))),
                Arguments.of("a bank account of 10 digits",
                        (ThrowingCallable) () -> document(DocumentType.INVOICE, null, VALID.dueDate(), VALID.kid(), "1234567890", List.of(LINE))),
                Arguments.of("no lines",
                        (ThrowingCallable) () -> document(DocumentType.INVOICE, null, VALID.dueDate(), VALID.kid(), "12345678903", List.of())),
                Arguments.of("a line outside the invoice period",
                        (ThrowingCallable) () -> document(DocumentType.INVOICE, null, VALID.dueDate(), VALID.kid(), "12345678903",
                                List.of(line("+4791234567", PERIOD_START.minusDays(1), BigDecimal.ONE, "stk", "10.00", 25)))),
                Arguments.of("a line with an unknown unit",
                        (ThrowingCallable) () -> line("+4791234567", PERIOD_START, BigDecimal.ONE, "pakker", "10.00", 25)),
                Arguments.of("a line amount not rounded to øre",
                        (ThrowingCallable) () -> line("+4791234567", PERIOD_START, BigDecimal.ONE, "stk", "10.005", 25)),
                Arguments.of("a line with 15 % VAT",
                        (ThrowingCallable) () -> line("+4791234567", PERIOD_START, BigDecimal.ONE, "stk", "10.00", 15)),
                Arguments.of("a line with no quantity",
                        (ThrowingCallable) () -> line("+4791234567", PERIOD_START, BigDecimal.ZERO, "stk", "0.00", 25)),
                Arguments.of("a line with a negative quantity (a credit) and a positive amount",
                        (ThrowingCallable) () -> line("+4791234567", PERIOD_START, new BigDecimal("-0.677"), "mnd", "189.00", 25)),
                Arguments.of("a number not in E.164",
                        (ThrowingCallable) () -> line("91234567", PERIOD_START, BigDecimal.ONE, "stk", "10.00", 25)),
                Arguments.of("an organisation number of 8 digits",
                        (ThrowingCallable) () -> new Party("Firma AS", "12345678", "Gate 1", "0150", "Oslo", "NO", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid_documents")
    void refuses(String what, ThrowingCallable construction) {
        assertThatIllegalArgumentException().as(what).isThrownBy(construction);
    }

    @Test
    void a_credit_line_has_a_negative_quantity_and_amount_and_turns_round_on_a_credit_note() {
        InvoiceLine credit = line("+4791234567", PERIOD_START, new BigDecimal("-0.677"), "mnd", "-189.00", 25);

        assertThat(credit.isCredit()).isTrue();
        assertThat(credit.negated().isCredit()).isFalse();
        assertThat(credit.negated().amountExclVat()).isEqualByComparingTo("189.00");
        assertThat(credit.negated().quantity()).isEqualByComparingTo("0.677");
    }

    @Test
    void normalises_amounts_to_ore() {
        InvoiceLine line = line(null, PERIOD_START, BigDecimal.ONE, "stk", "29", 25);

        assertThat(line.amountExclVat()).isEqualTo(new BigDecimal("29.00"));
        assertThat(line.isCompanyLevel()).isTrue();
    }

    private static InvoiceDocument document(DocumentType type, Long creditedNumber, LocalDate dueDate, String kid,
                                            String bankAccount, List<InvoiceLine> lines) {
        return new InvoiceDocument(type, 7, creditedNumber, VALID.issueDate(), dueDate, PERIOD_START, PERIOD_END,
                "10001234", kid, bankAccount, SELLER, BUYER, null, lines);
    }

    private static InvoiceLine line(String msisdn, LocalDate start, BigDecimal quantity, String unit, String amount, int vatRate) {
        return new InvoiceLine(msisdn, "Kari Berg", "Linje", start, PERIOD_END, quantity, unit, new BigDecimal(amount),
                vatRate, LineKind.OTHER);
    }
}
