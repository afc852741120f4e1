package no.bedriftsportal.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SmsProperties.class, PortalMailProperties.class})
class MessagingConfiguration {

    @Bean
    SmsGateway smsGateway(SmsProperties properties, RestClient.Builder restClient) {
        if (properties.gateway() == null) {
            throw new IllegalStateException("portal.sms.gateway (PORTAL_SMS_GATEWAY) is not set: 'http' or 'log'");
        }
        return switch (properties.gateway()) {
            case "log" -> new LogSmsGateway();
            case "http" -> {
                if (properties.http().url() == null || properties.http().token() == null) {
                    throw new IllegalStateException("portal.sms.gateway=http needs portal.sms.http.url and portal.sms.http.token");
                }
                yield new HttpSmsGateway(restClient, properties.http(), properties.sender());
            }
            default -> throw new IllegalStateException("portal.sms.gateway must be 'log' or 'http', was " + properties.gateway());
        };
    }
}
