package no.bedriftsportal.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.demo.*}: whether to create the demo company on an empty database, its size, the
 * seed that makes it the same every time, and the months of usage written for it (and where the
 * files wait for ingest).
 */
@ConfigurationProperties("portal.demo")
record DemoProperties(boolean enabled, long seed, int employees, int usageMonths, Path usageDir) {

    DemoProperties {
        seed = seed == 0 ? 20261127L : seed;
        employees = employees <= 0 ? 150 : employees;
        usageMonths = usageMonths <= 0 ? DemoUsageGenerator.DEFAULT_MONTHS : usageMonths;
        usageDir = usageDir == null ? Path.of("data", "demo-usage") : usageDir;
    }
}
