package no.bedriftsportal.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * A signed-in portal user's own passkeys (X5, #18.4): listed with their names and times, renamed
 * and removed. Always one's own: every query runs on the signed-in user's connection (their company's
 * rows only) and is narrowed to their WebAuthn user; nobody manages another person's passkeys.
 * Registering one goes through Spring Security's WebAuthn endpoints ({@link PasskeyLogin}).
 */
@Service
class PasskeyAccounts {

    private final PasskeyUserEntities users;
    private final PasskeyCredentials credentials;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PasskeyAccounts(PasskeyUserEntities users, PasskeyCredentials credentials, JdbcClient jdbc, AuditTrail audit) {
        this.users = users;
        this.credentials = credentials;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Passkey> list(PortalPrincipal me) {
        return user(me).map(user -> credentials.findByUserId(user.getId()).stream()
                .map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
                        record.getLastUsed() == null || record.getLastUsed().equals(record.getCreated()) ? null : record.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList()).orElse(List.of());
    }

    int count(PortalPrincipal me) {
        return user(me).map(user -> credentials.findByUserId(user.getId()).size()).orElse(0);
    }

    /**
     * The user's WebAuthn user, made before the first registration so that a passkey manager shows
     * their name and number instead of the internal name.
     */
    @Transactional
    void prepare(PortalPrincipal me) {
        if (user(me).isEmpty()) {
            users.save(ImmutablePublicKeyCredentialUserEntity.builder().name(me.getName()).id(Bytes.random())
                    .displayName(me.name() + " (" + new Msisdn(me.msisdn()).display() + ")").build());
        }
    }

    @Transactional
    void rename(PortalPrincipal me, String credentialId, String typed) {
        Passkey passkey = own(me, credentialId);
        String label = PasskeyLabel.parse(typed).orElseThrow(() -> new InvalidInputException("label", "passkey.error.label",
                "label must be 1 to " + PasskeyLabel.MAX + " characters", PasskeyLabel.MAX));
        if (label.equals(passkey.label())) {
            return;
        }
        jdbc.sql("update user_credentials set label = :label where credential_id = :id and user_entity_user_id = :user")
                .param("label", label).param("id", credentialId)
                .param("user", user(me).orElseThrow().getId().toBase64UrlString()).update();
        audit.changed(Change.PASSKEY_RENAMED, null, List.of(passkey.label(), label));
    }

    @Transactional
    void remove(PortalPrincipal me, String credentialId) {
        own(me, credentialId);
        credentials.delete(Bytes.fromBase64(credentialId));
    }

    private Passkey own(PortalPrincipal me, String credentialId) {
        return list(me).stream().filter(passkey -> passkey.id().equals(credentialId)).findFirst()
                .orElseThrow(() -> new NotFoundException("passkey"));
    }

    private Optional<PublicKeyCredentialUserEntity> user(PortalPrincipal me) {
        return Optional.ofNullable(users.findByUsername(me.getName()));
    }

}
