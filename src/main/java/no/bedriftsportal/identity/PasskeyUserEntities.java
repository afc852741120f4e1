package no.bedriftsportal.identity;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The WebAuthn "user" of each person's access in a company, in Spring Security's JDBC repository
 * over {@code user_entities} (V44): named {@code <company id>:<number>} like the session
 * ({@link SignedInUser#getName()}), with a random user handle that the authenticator keeps. Looked up
 * by name on the signed-in user's connection (their company only); by user handle across companies,
 * since the login knows nobody yet.
 */
final class PasskeyUserEntities implements PublicKeyCredentialUserEntityRepository {

    private final JdbcPublicKeyCredentialUserEntityRepository jdbc;

    PasskeyUserEntities(JdbcOperations operations) {
        this.jdbc = new JdbcPublicKeyCredentialUserEntityRepository(operations);
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return PortalRequestScope.crossCompany(() -> jdbc.findById(id));
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.findByUsername(username);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        jdbc.save(userEntity);
    }

    @Override
    public void delete(Bytes id) {
        jdbc.delete(id);
    }
}
