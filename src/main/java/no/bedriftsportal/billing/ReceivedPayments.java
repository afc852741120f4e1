package no.bedriftsportal.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.AccessScope;

/** The billing module's read API of payments received on the invoices a scope may see (the company API's payments). */
@Service
public class ReceivedPayments {

    private final ReceivedPaymentRepository repository;

    ReceivedPayments(ReceivedPaymentRepository repository) {
        this.repository = repository;
    }

    /**
     * Up to {@code limit} payments after {@code after} (null: from the newest), newest first, paid
     * within the days given (null: no bound) on invoices of the customer account (null: any in scope).
     */
    public List<ReceivedPayment> after(AccessScope scope, Long customerAccountId, LocalDate from, LocalDate to,
            ReceivedPayment.Key after, int limit) {
        return repository.after(scope, customerAccountId, from, to, after, limit);
    }
}
