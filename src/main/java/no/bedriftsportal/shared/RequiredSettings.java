package no.bedriftsportal.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo the portal refuses to start until the settings it has no safe default for are
 * given: the operator token and the SMS gateway. It checks before any other bean is made, so a
 * refused start opens no database, sends no SMS and writes no code.
 */
@Component
class RequiredSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String DEMO_PROFILE = "demo";

    private static final List<Setting> REQUIRED = List.of(
            new Setting("PORTAL_OPERATOR_TOKEN", "portal.operator.token", "the operator API's bearer token"),
            new Setting("PORTAL_SMS_GATEWAY", "portal.sms.gateway", "'http' (with PORTAL_SMS_HTTP_URL and PORTAL_SMS_HTTP_TOKEN) or 'log'"));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<Setting> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    static List<Setting> missing(Environment environment) {
        if (environment.matchesProfiles(DEMO_PROFILE)) {
            return List.of();
        }
        List<Setting> missing = new ArrayList<>();
        for (Setting setting : REQUIRED) {
            String value = environment.getProperty(setting.property());
            if (value == null || value.isBlank()) {
                missing.add(setting);
            }
        }
        return missing;
    }

    record Setting(String variable, String property, String what) {
    }

    /** Names every missing setting, so one failed start tells the whole story. */
    static final class MissingSettingsException extends IllegalStateException {

        private final transient List<Setting> missing;

        MissingSettingsException(List<Setting> missing) {
            super(message(missing));
            this.missing = List.copyOf(missing);
        }

        List<Setting> missing() {
            return missing;
        }

        private static String message(List<Setting> missing) {
            StringBuilder text = new StringBuilder("Bedriftsportal will not start outside the demo profile without ");
            text.append(String.join(" and ", missing.stream().map(Setting::variable).toList())).append(":");
            missing.forEach(s -> text.append("\n  ").append(s.variable()).append(" (").append(s.property()).append("): ")
                    .append(s.what()));
            text.append("\nSet them, or start the demo (SPRING_PROFILES_ACTIVE=demo, listening on 127.0.0.1 only).");
            return text.toString();
        }
    }
}
