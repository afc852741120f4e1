package no.bedriftsportal.billing;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's payments (#13.2, scope {@code invoices:read}): those registered on the invoices
 * of the token's customer numbers, newest first, paged by a keyset in SQL ({@link ReceivedPayments}).
 */
@RestController
@Tag(name = "Payments", description = "Payments registered on the company's invoices")
class PaymentsApi {

    private final ReceivedPayments payments;
    private final Companies companies;

    PaymentsApi(ReceivedPayments payments, Companies companies) {
        this.payments = payments;
        this.companies = companies;
    }

    @GetMapping("/api/v1/payments")
    @Operation(summary = "Payments on the company's invoices, newest first; filter by customerNumber and payment date from/to "
            + "(yyyy-MM-dd)")
    CursorPage<PaymentJson> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int pageSize = ApiLimit.of(limit);
        Cursor after = Cursor.decode(cursor, 2);
        LocalDate paidFrom = ApiBillingParameters.date("from", from);
        LocalDate paidTo = ApiBillingParameters.date("to", to);
        ApiBillingParameters.inOrder(paidFrom, paidTo);
        Long account = ApiBillingParameters.customerAccount(companies.customerAccounts(client.scope()), customerNumber);
        ReceivedPayment.Key key = after == null ? null : new ReceivedPayment.Key(ApiBillingParameters.cursorDate(after), after.parseLong(1));
        return CursorPage.of(payments.after(client.scope(), account, paidFrom, paidTo, key, pageSize + 1).stream()
                .map(PaymentJson::of).toList(), pageSize, payment -> Cursor.of(payment.paidOn(), payment.id()));
    }
}
