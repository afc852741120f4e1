package no.bedriftsportal.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import no.bedriftsportal.Bedriftsportal;

/**
 * The portal as the benchmarks run it: its own fresh embedded database, no demo (so the settings a
 * real deployment must give: an operator token and the log SMS gateway), no schedules and no
 * daily jobs (they follow the real clock: an invoice run once started in the middle of a measured file).
 */
final class BenchmarkPortal {

    private BenchmarkPortal() {
    }

    /**
     * The portal with its database in target/benchmark-{name}; {@code more} are further or other
     * {@code --key=value} arguments (a key given again replaces the default).
     */
    static ConfigurableApplicationContext start(String name, String... more) {
        Map<String, String> arguments = new LinkedHashMap<>();
        Stream.concat(Stream.of("--server.port=0", "--portal.database.embedded.data-dir=target/benchmark-" + name,
                "--portal.database.embedded.start-clean=true", "--portal.demo.enabled=false",
                "--portal.scheduling.enabled=false", "--portal.jobs.enabled=false", "--portal.sms.keep-sensitive-text=true",
                "--portal.sms.gateway=log", "--portal.operator.token=benchmark-" + java.util.UUID.randomUUID(),
                "--logging.level.io.zonky=WARN"), Stream.of(more))
                .forEach(argument -> arguments.put(argument.substring(0, argument.indexOf('=')), argument));
        return new SpringApplicationBuilder(Bedriftsportal.class).profiles("benchmark")
                .run(arguments.values().toArray(String[]::new));
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Median and 95th percentile of the timings, in milliseconds. */
    static String percentiles(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return String.format(Locale.ROOT, "median %.0f ms, p95 %.0f ms (n=%d)", median, p95, sorted.size());
    }
}
