package no.bedriftsportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A test against the demo portal as a visitor finds it: the demo company with two months of
 * usage up to the tests' clock ({@link TestClock}), on the tests' own demo database. Every class with this annotation shares one
 * application context, so the demo is built once per test run. The browser tests log the demo
 * users in many times, hence the higher limit of codes per number.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(PortalIntegrationTest.Fixtures.class)
@TestPropertySource(properties = {"portal.database.embedded.data-dir=target/test-postgres-demo",
        "portal.demo.usage-months=2", "portal.demo.usage-dir=target/test-demo-usage/${random.uuid}",
        "portal.login.max-codes-per-number-per-hour=1000", "portal.login.global-max-codes-per-number-per-hour=1000",
        "spring.mail.port=0"})
public @interface DemoPortalTest {
}
