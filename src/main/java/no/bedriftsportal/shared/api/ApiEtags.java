package no.bedriftsportal.shared.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * {@code ETag} and {@code If-None-Match} for every GET under {@code /api/v1/}: Spring's shallow
 * filter hashes each 200 answer and answers 304 when the caller already has it. Not on the
 * operator API nor on the portal's pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtags {

    static final String PATHS = "/api/v1/*";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> companyApiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PATHS);
        registration.setName("companyApiEtags");
        return registration;
    }
}
