package no.bedriftsportal.insights;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data-package checks at 80 % and 100 % (X2): one class, two beans. */
@Configuration(proxyBeanMethods = false)
class AlertChecks {

    @Bean
    AlertCheck alertData80Check(AlertDataUse use) {
        return new AlertDataCheck(AlertKind.DATA_80, 80, use);
    }

    @Bean
    AlertCheck alertData100Check(AlertDataUse use) {
        return new AlertDataCheck(AlertKind.DATA_100, 100, use);
    }
}
