package no.bedriftsportal.equipment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of kinds and statuses in both languages, so that an import file may say {@code PHONE},
 * {@code Mobiltelefon} or {@code Phone}, and an export writes the reader's words (which its import reads back).
 */
@Component
class EquipmentWords {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final MessageSource messages;
    private final Map<String, DeviceKind> kinds = new HashMap<>();
    private final Map<String, DeviceStatus> statuses = new HashMap<>();

    EquipmentWords(MessageSource messages) {
        this.messages = messages;
        for (Locale locale : new Locale[] {NORWEGIAN, Locale.ENGLISH}) {
            for (DeviceKind kind : DeviceKind.values()) {
                kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
                kinds.put(key(messages.getMessage("equipment.kind." + kind.name(), null, kind.name(), locale)), kind);
            }
            for (DeviceStatus status : DeviceStatus.values()) {
                statuses.put(status.name().toLowerCase(Locale.ROOT), status);
                statuses.put(key(messages.getMessage("equipment.status." + status.name(), null, status.name(), locale)), status);
            }
        }
    }

    Optional<DeviceKind> kind(String text) {
        return Optional.ofNullable(kinds.get(key(text)));
    }

    Optional<DeviceStatus> status(String text) {
        return Optional.ofNullable(statuses.get(key(text)));
    }

    String kind(DeviceKind kind, Locale locale) {
        return messages.getMessage("equipment.kind." + kind.name(), null, kind.name(), locale);
    }

    String status(DeviceStatus status, Locale locale) {
        return messages.getMessage("equipment.status." + status.name(), null, status.name(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
