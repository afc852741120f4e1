package no.bedriftsportal.identity;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps a registration's options between the options request and the registration in the session,
 * as a serializable snapshot: sessions live in PostgreSQL (Spring Session JDBC), and Spring
 * Security's {@link PublicKeyCredentialCreationOptions} is not {@link Serializable}. The snapshot
 * holds what the registration is verified against: the challenge, the relying party, the user, the
 * algorithms and whether user verification was required.
 */
final class PasskeyCreationOptionsRepository implements PublicKeyCredentialCreationOptionsRepository {

    static final String ATTRIBUTE = PasskeyCreationOptionsRepository.class.getName() + ".options";

    private record Snapshot(String rpId, String rpName, PublicKeyCredentialUserEntity user, byte[] challenge, long[] algorithms,
            String userVerification, String residentKey, long timeoutMillis) implements Serializable {
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
        request.getSession().setAttribute(ATTRIBUTE, new Snapshot(options.getRp().getId(), options.getRp().getName(),
                options.getUser(), options.getChallenge().getBytes(),
                options.getPubKeyCredParams().stream().mapToLong(parameters -> parameters.getAlg().getValue()).toArray(),
                selection == null || selection.getUserVerification() == null ? null : selection.getUserVerification().getValue(),
                selection == null || selection.getResidentKey() == null ? null : selection.getResidentKey().getValue(),
                options.getTimeout() == null ? 300_000 : options.getTimeout().toMillis()));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Snapshot snapshot)) {
            return null;
        }
        List<PublicKeyCredentialParameters> parameters = Arrays.stream(snapshot.algorithms()).mapToObj(PasskeyCreationOptionsRepository::parameters)
                .flatMap(Stream::ofNullable).toList();
        AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder selection = AuthenticatorSelectionCriteria.builder();
        if (snapshot.userVerification() != null) {
            selection.userVerification(userVerification(snapshot.userVerification()));
        }
        if (snapshot.residentKey() != null) {
            selection.residentKey(ResidentKeyRequirement.valueOf(snapshot.residentKey()));
        }
        return PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().id(snapshot.rpId()).name(snapshot.rpName()).build())
                .user(snapshot.user()).challenge(new Bytes(snapshot.challenge())).pubKeyCredParams(parameters)
                .authenticatorSelection(selection.build()).timeout(Duration.ofMillis(snapshot.timeoutMillis())).build();
    }

    private static PublicKeyCredentialParameters parameters(long algorithm) {
        return Stream.of(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384,
                PublicKeyCredentialParameters.ES512, PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384,
                PublicKeyCredentialParameters.RS512, PublicKeyCredentialParameters.RS1)
                .filter(candidate -> candidate.getAlg().getValue() == algorithm).findFirst().orElse(null);
    }

    private static UserVerificationRequirement userVerification(String value) {
        return Stream.of(UserVerificationRequirement.REQUIRED, UserVerificationRequirement.PREFERRED, UserVerificationRequirement.DISCOURAGED)
                .filter(candidate -> candidate.getValue().equals(value)).findFirst().orElse(UserVerificationRequirement.PREFERRED);
    }
}
