package no.bedriftsportal.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The one clock every time-based rule and job asks: real time in production; in the demo and the
 * {@code test} profile a {@link MovableClock} that {@code /api/operator/test/clock} can move.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @Profile({"demo", "test"})
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    @Profile("!demo & !test")
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
