package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Content-service reporting from the employee's side (IC6, #15.3): the purchases of their own
 * subscriptions in a usage month, which they mark work or private until the company's deadline
 * (its day in the next month, Europe/Oslo, the whole day included). After the deadline, or once the
 * month's result is final, the month is read-only. A change has the month's preliminary result
 * computed again when it commits ({@link ContentClassified}), so the employee sees what it does at once.
 */
@Service
public class ContentReporting {

    private final EmployeeControlRepository repository;
    private final MonthInputs inputs;
    private final Results results;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentReporting(EmployeeControlRepository repository, MonthInputs inputs, Results results, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.inputs = inputs;
        this.results = results;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One usage month of an employee's content purchases.
     *
     * @param open whether they may still be classified: the deadline has not passed and the result is not final
     */
    public record ContentMonth(YearMonth month, LocalDate deadline, boolean open, List<ContentPurchase> purchases) {

        public long unclassified() {
            return purchases.stream().filter(purchase -> purchase.classification() == null).count();
        }

        public BigDecimal total(Classification classification) {
            return purchases.stream().filter(purchase -> purchase.classification() == classification)
                    .map(ContentPurchase::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Transactional(readOnly = true)
    public ContentMonth month(long companyId, long employeeId, YearMonth month) {
        List<ContentPurchase> purchases = repository.contentPurchases(AccessScope.wholeCompany(companyId), employeeId,
                Oslo.startOf(month.atDay(1)), Oslo.startOf(month.plusMonths(1).atDay(1)));
        LocalDate deadline = inputs.deadline(companyId, month);
        boolean isFinal = repository.resultStatus(companyId, employeeId, month.atDay(1)).map("FINAL"::equals).orElse(false);
        return new ContentMonth(month, deadline, !isFinal && !Oslo.today(clock).isAfter(deadline), purchases);
    }

    /**
     * Marks the employee's own purchases of the month, by key ({@link ContentPurchase#key()}); a
     * purchase that is not theirs is not found, and nothing changes after the deadline.
     *
     * @return how many purchases changed
     */
    @Transactional
    public int classify(long companyId, long employeeId, YearMonth month, Map<String, Classification> choices, String byName) {
        ContentMonth current = month(companyId, employeeId, month);
        if (!current.open()) {
            throw new ConflictException("deadline", "me.content.error.closed",
                    "the deadline for " + month + " was " + current.deadline() + ": the month can no longer be changed");
        }
        Map<String, ContentPurchase> own = current.purchases().stream()
                .collect(Collectors.toMap(ContentPurchase::key, Function.identity()));
        int changed = 0;
        for (Map.Entry<String, Classification> choice : choices.entrySet()) {
            ContentPurchase purchase = own.get(choice.getKey());
            if (purchase == null) {
                throw new NotFoundException("content purchase " + choice.getKey());
            }
            if (choice.getValue() == null || choice.getValue() == purchase.classification()) {
                continue;
            }
            repository.classify(companyId, purchase, choice.getValue(), clock.instant(), "EMPLOYEE", byName);
            audit.changed(Change.CONTENT_CLASSIFIED, choice.getValue().name(), List.of(byName,
                    purchase.description() == null ? (purchase.provider() == null ? "" : purchase.provider()) : purchase.description(),
                    NorwegianFormat.money(purchase.gross())));
            changed++;
        }
        if (changed > 0) {
            events.publishEvent(new ContentClassified(companyId, employeeId, month));
        }
        return changed;
    }

    /** The employee's result of the month, line by line (empty lines and a null status when there is none yet). */
    @Transactional(readOnly = true)
    public Optional<Results.EmployeeView> result(long companyId, long employeeId, YearMonth month) {
        return results.employee(AccessScope.wholeCompany(companyId), month, employeeId);
    }
}
