package no.bedriftsportal.billing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.DailyJob;
import no.bedriftsportal.shared.SpoolDirectory;

/**
 * Billing's scheduled work: the invoice run early on the 1st by the application clock (a
 * {@link DailyJob}: each day at 02:30 it invoices every ended month not invoiced yet, so a missed
 * 1st is caught up and a month runs once), and the OCR spool directory.
 */
@Component
class BillingJobs implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(BillingJobs.class);

    private static final LocalTime RUNS_AT = LocalTime.of(2, 30);

    private final RunInvoices runInvoices;
    private final ImportPayments payments;
    private final Path ocrSpool;

    BillingJobs(RunInvoices runInvoices, ImportPayments payments, @Value("${portal.billing.ocr-spool-dir:}") String ocrSpool) {
        this.runInvoices = runInvoices;
        this.payments = payments;
        this.ocrSpool = ocrSpool.isBlank() ? null : SpoolDirectory.prepare(Path.of(ocrSpool), "OCR");
    }

    @Override
    public String name() {
        return "invoice-run";
    }

    @Override
    public LocalTime runsAt() {
        return RUNS_AT;
    }

    @Override
    public void run(LocalDate day) {
        runInvoices.endedMonthsNotRun(day).forEach(runInvoices::run); // each month in its own transaction
    }

    /**
     * Each waiting file is imported and moved to {@code done/}. A refused file (in the ledger by then)
     * goes to {@code failed/} with its reason beside it, and so does a file that failed for a reason of
     * its own, so that one bad file never holds up the next. Only trouble reaching the database stops
     * the round: the file stays and is tried again.
     */
    @Scheduled(fixedDelayString = "${portal.billing.ocr-spool-interval:30s}",
            initialDelayString = "${portal.billing.ocr-spool-initial-delay:10s}")
    void importOcrFiles() {
        if (ocrSpool == null) {
            return;
        }
        for (Path file : SpoolDirectory.waiting(ocrSpool)) {
            try {
                payments.importFile(file, file.getFileName().toString(), "SPOOL");
                SpoolDirectory.done(ocrSpool, file);
            } catch (InvalidInputException e) {
                failed(file, e.getMessage());
            } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
                log.warn("OCR spool paused, {} is tried again next round: {}", file.getFileName(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                log.error("OCR file {} could not be imported", file.getFileName(), e);
                failed(file, "could not be imported: " + e.getClass().getSimpleName() + " (the log has the details)");
            }
        }
    }

    private void failed(Path file, String reason) {
        try {
            SpoolDirectory.failed(ocrSpool, file, reason);
        } catch (IOException moveFailed) {
            log.error("could not move {} to failed/", file, moveFailed);
        }
    }
}
