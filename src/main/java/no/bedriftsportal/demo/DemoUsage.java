package no.bedriftsportal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrFileSummary;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.CdrSpool;
import no.bedriftsportal.usage.Payer;

/**
 * The demo company's usage (B2): weekly CDR files for its history, written by
 * {@link DemoUsageGenerator} into a directory, each with the extra packages bought that week in a
 * {@code .orders} file beside it. They travel the real path: the orders through the extra-package
 * API, then the file through the CDR spool. A start interrupted half-way goes on where it stopped.
 */
@Component
class DemoUsage {

    private static final Logger log = LoggerFactory.getLogger(DemoUsage.class);
    private static final String ORDERS = ".orders";

    private final CdrSpool spool;
    private final BuyExtraPackage buyExtraPackage;

    DemoUsage(CdrSpool spool, BuyExtraPackage buyExtraPackage) {
        this.spool = spool;
        this.buyExtraPackage = buyExtraPackage;
    }

    void write(DemoPlan plan, long seed, LocalDate today, int months, Path directory) {
        try {
            Files.createDirectories(directory);
            List<DemoLine> lines = plan.subscriptions().stream().map(line -> new DemoLine(line.msisdn().value(), line.plan(),
                    line.activeFrom(), line.terminateOn(), line.upgrade(), line.upgradedOn(), line.dataControl(),
                    line.employee() != null, line.msisdn().equals(DemoPlanner.EMPLOYEE_ONLY))).toList();
            for (UsageFile file : DemoUsageGenerator.generate(lines, seed, today, months, directory)) {
                List<String> orders = new ArrayList<>();
                for (ExtraPackageOrder order : file.ordersBefore()) {
                    orders.add(String.join(",", order.msisdn(), order.extraPackageCode(), order.payer(), order.boughtAt().toString()));
                }
                if (!orders.isEmpty()) {
                    Files.write(ordersOf(file.path()), orders);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ingests every file waiting in the directory, in delivery order, each after its week's orders;
     * before a file, every month that ended before its first day is invoiced.
     */
    void ingestWaiting(Path directory, DemoBilling billing, YearMonth firstMonth) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        long started = System.nanoTime();
        int files = 0;
        long records = 0;
        for (Path file : waitingFiles(directory)) {
            billing.invoiceMonthsBefore(firstDayOf(file), firstMonth);
            placeOrders(file);
            CdrFileSummary summary = spool.ingest(directory, file, CdrSource.DEMO).orElse(null);
            if (summary != null) {
                files++;
                records += summary.records();
            }
        }
        billing.invoiceMonthsBefore(LocalDate.MAX, firstMonth);
        if (files > 0) {
            log.info("Demo usage: {} files, {} records ingested in {} s", files, records, (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /** {@code cdr-2024-01-01.csv(.gz)}: the first day of the file's week. */
    private static LocalDate firstDayOf(Path file) {
        String name = file.getFileName().toString();
        return LocalDate.parse(name.substring(name.indexOf('-') + 1, name.indexOf('-') + 11));
    }

    private void placeOrders(Path file) {
        Path orders = ordersOf(file);
        if (!Files.exists(orders)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(orders)) {
                String[] fields = line.split(",");
                try {
                    buyExtraPackage.buy(fields[0], fields[1], Payer.valueOf(fields[2]), Instant.parse(fields[3]), "EMPLOYEE");
                } catch (InvalidInputException e) {
                    log.warn("Demo extra package for {} not bought: {}", fields[0], e.getMessage());
                }
            }
            Files.delete(orders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> waitingFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.{csv,csv.gz}")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    private static Path ordersOf(Path file) {
        return file.resolveSibling(file.getFileName() + ORDERS);
    }
}
