package no.bedriftsportal.billing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SpoolDirectory;

/**
 * Billing's scheduled work: the invoice run for last month early on the 1st (and on each later day,
 * in case the 1st was missed; a month runs once), and the OCR spool directory.
 */
@Component
class BillingJobs {

    private static final Logger log = LoggerFactory.getLogger(BillingJobs.class);

    private final RunInvoices runInvoices;
    private final ImportPayments payments;
    private final Clock clock;
    private final Path ocrSpool;

    BillingJobs(RunInvoices runInvoices, ImportPayments payments, Clock clock,
            @Value("${portal.billing.ocr-spool-dir:}") String ocrSpool) {
        this.runInvoices = runInvoices;
        this.payments = payments;
        this.clock = clock;
        this.ocrSpool = ocrSpool.isBlank() ? null : Path.of(ocrSpool);
    }

    @Scheduled(cron = "${portal.billing.run-cron:0 30 2 * * *}", zone = "Europe/Oslo")
    void invoiceLastMonth() {
        runInvoices.run(YearMonth.from(Oslo.today(clock)).minusMonths(1));
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
