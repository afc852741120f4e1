package no.bedriftsportal.onboarding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The order form's limits as settings ({@link OnboardingProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnboardingProperties.class)
class OnboardingConfiguration {
}
