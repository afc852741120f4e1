package no.bedriftsportal.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints how fast the generator is; not a test. Run after {@code mvn -B test-compile} with
 * {@code taskset -c 0 java -cp target/classes:target/test-classes no.bedriftsportal.demo.DemoUsageGeneratorBenchmark}.
 */
final class DemoUsageGeneratorBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private DemoUsageGeneratorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<DemoLine> company = DemoLineMother.company(154, 1, TODAY);
        List<DemoLine> large = DemoLineMother.company(1_900, 2, TODAY).subList(0, 2_000);
        run("demo company, 36 months", company, 36);
        run("2,000 lines, 1 month", large, 1);
        // at a few hundred records per line-month, two million records take about three months
        run("2,000 lines, 3 months", large, 3);
    }

    private static void run(String title, List<DemoLine> lines, int months) throws IOException {
        Path directory = Files.createTempDirectory("demo-usage-benchmark");
        try {
            long started = System.nanoTime();
            List<UsageFile> files = DemoUsageGenerator.generate(lines, 42, TODAY, months, directory);
            double seconds = (System.nanoTime() - started) / 1e9;
            long records = files.stream().mapToLong(UsageFile::records).sum();
            long bytes = 0;
            for (UsageFile file : files) {
                bytes += Files.size(file.path());
            }
            System.out.printf("%s: %d lines, %d files, %,d records, %,d MB on disk, %.2f s, %,.0f records/s%n", title,
                    lines.size(), files.size(), records, bytes / 1_000_000, seconds, records / seconds);
        } finally {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
