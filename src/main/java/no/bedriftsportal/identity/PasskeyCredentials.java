package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The passkeys themselves, in Spring Security's JDBC repository over {@code user_credentials}
 * (V44), with the company's wall kept (ADR 0030): a registration, a rename and a removal run on the
 * signed-in user's connection, so row-level security writes and sees their company's rows only.
 * The login alone crosses companies, before anyone is known: it finds a credential by its id (which
 * the authenticator chose at random) and writes back its signature counter and last use. Times come
 * from the portal's clock; registrations and removals are audited, whichever door they came through.
 */
final class PasskeyCredentials implements UserCredentialRepository {

    private final JdbcUserCredentialRepository jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PasskeyCredentials(JdbcOperations operations, AuditTrail audit, Clock clock) {
        this.jdbc = new JdbcUserCredentialRepository(operations);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void delete(Bytes credentialId) {
        CredentialRecord record = jdbc.findByCredentialId(credentialId); // the signed-in user's company only
        if (record != null) {
            jdbc.delete(credentialId);
            audit.changed(Change.PASSKEY_REMOVED, record.getLabel());
        }
    }

    @Override
    public void save(CredentialRecord record) {
        CredentialRecord known = findByCredentialId(record.getCredentialId());
        if (known != null) { // a login's counter and time of use: the record's own company, found across companies
            CredentialRecord used = ImmutableCredentialRecord.fromCredentialRecord(record).created(known.getCreated())
                    .lastUsed(clock.instant()).build();
            PortalRequestScope.crossCompany(() -> {
                jdbc.save(used);
                return null;
            });
            return;
        }
        Instant now = clock.instant(); // Spring's reader wants a last use: a new passkey's is its creation ("never used")
        jdbc.save(ImmutableCredentialRecord.fromCredentialRecord(record).created(now).lastUsed(now)
                .label(PasskeyLabel.clean(record.getLabel())).build());
        audit.changed(Change.PASSKEY_REGISTERED, PasskeyLabel.clean(record.getLabel()));
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return PortalRequestScope.crossCompany(() -> jdbc.findByCredentialId(credentialId));
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.findByUserId(userId);
    }
}
