package no.bedriftsportal.billing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Render time of a 150-subscription invoice (about 800 lines): median and p95 over 30 renders
 * after 5 warm-up renders, in one thread. A measurement, not a test; run from the IDE or with
 * <pre>
 * mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" no.bedriftsportal.billing.InvoicePdfBenchmark
 * </pre>
 * Pass a directory to also keep the PDF there.
 */
public final class InvoicePdfBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    public static void main(String[] args) throws IOException {
        InvoiceDocument invoice = InvoiceMother.invoice().withSubscriptions(150).build();
        byte[] pdf = new byte[0];
        for (int i = 0; i < WARM_UP; i++) {
            pdf = InvoicePdf.render(invoice);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pdf = InvoicePdf.render(invoice);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%d lines, %d kB PDF: median %d ms, p95 %d ms, min %d ms, max %d ms (%d renders)%n",
                invoice.lines().size(), pdf.length / 1024, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1],
                millis[0], millis[RUNS - 1], RUNS);
        if (args.length > 0) {
            Path file = Path.of(args[0]).resolve("invoice-150-subscriptions.pdf");
            Files.write(file, pdf);
            System.out.println("wrote " + file);
        }
    }
}
