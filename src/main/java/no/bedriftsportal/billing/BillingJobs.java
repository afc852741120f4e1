package no.bedriftsportal.billing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
        this.ocrSpool = ocrSpool.isBlank() ? null : Path.of(ocrSpool);
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

    @Scheduled(fixedDelayString = "${portal.billing.ocr-spool-interval:30s}", initialDelayString = "10s")
    void importOcrFiles() {
        if (ocrSpool == null) {
            return;
        }
        for (Path file : SpoolDirectory.waiting(ocrSpool)) {
            try {
                payments.importFile(file, file.getFileName().toString(), "SPOOL");
                SpoolDirectory.done(ocrSpool, file);
            } catch (InvalidInputException e) {
                try {
                    SpoolDirectory.failed(ocrSpool, file, e.getMessage());
                } catch (IOException moveFailed) {
                    log.error("could not move {} to failed/", file, moveFailed);
                }
            }
        }
    }
}
