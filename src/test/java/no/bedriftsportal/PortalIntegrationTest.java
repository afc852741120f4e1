package no.bedriftsportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the whole application: a real server on a random port, the tests' own
 * embedded PostgreSQL, a clock the test can move, {@link CompanyMother} and {@link ApiTokenMother} for fixtures. Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({PortalIntegrationTest.Fixtures.class, CompanyMother.class, ApiTokenMother.class})
public @interface PortalIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Fixtures {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
