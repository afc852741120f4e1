package no.bedriftsportal.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.JacksonModule;

/**
 * Norwegian bokmål first; {@code ?lang=en} switches to English and a cookie remembers it. The
 * operator API's problems for errors raised before a controller was found. No control character
 * in any parameter or JSON string ({@link RequestParameterCheck}, {@link JsonTextCheck}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final ApiProblemHandler problems;

    WebConfiguration(ApiProblemHandler problems) {
        this.problems = problems;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("portal-lang");
        resolver.setDefaultLocale(BOKMAL);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new RequestParameterCheck());
    }

    /** Every JSON string of a request body refuses control characters (Spring Boot adds every module bean). */
    @Bean
    JacksonModule noControlCharactersInJson() {
        return JsonTextCheck.module();
    }

    /** After the {@code @ExceptionHandler} advice, before the resolvers that answer with a bare status. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(Math.min(1, resolvers.size()), new OperatorApiProblems(problems));
    }
}
