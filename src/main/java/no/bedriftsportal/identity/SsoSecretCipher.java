package no.bedriftsportal.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts a company's client secret for the database and decrypts it for the token request
 * (AES-256-GCM, a fresh 12-byte nonce per secret, the company id as associated data so that a
 * secret copied to another company's row does not decrypt). The key comes from configuration or a
 * key file (ADR 0031); without either there is no cipher and no provider can be connected.
 */
@Component
class SsoSecretCipher {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SsoSecretCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SsoSecretCipher(SsoProperties properties) {
        this.key = keyOf(properties).map(bytes -> new SecretKeySpec(bytes, "AES")).orElse(null);
        if (key == null) {
            LOG.info("Single sign-on is off: set PORTAL_SSO_ENCRYPTION_KEY (32 bytes in Base64) to let companies connect their provider");
        }
    }

    /** Whether a key is configured, so that secrets can be stored at all. */
    boolean available() {
        return key != null;
    }

    byte[] encrypt(long companyId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, companyId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a client secret", e);
        }
    }

    /** The secret, or empty when it was sealed with another key (the key was changed: the secret must be given again). */
    Optional<String> decrypt(long companyId, byte[] stored) {
        if (key == null || stored == null || stored.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(stored);
            byte[] nonce = new byte[NONCE_BYTES];
            buffer.get(nonce);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            return Optional.of(new String(cipher(Cipher.DECRYPT_MODE, nonce, companyId).doFinal(sealed), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long companyId) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("No single sign-on encryption key is configured");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(companyId).array());
        return cipher;
    }

    private static Optional<byte[]> keyOf(SsoProperties properties) {
        if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
            return Optional.of(decoded(properties.encryptionKey().trim(), "portal.sso.encryption-key"));
        }
        if (properties.keyFile() == null || properties.keyFile().isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(properties.keyFile());
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // a file system without POSIX permissions: the folder's own protection applies
                }
                LOG.info("Made a single sign-on encryption key in {}", file.toAbsolutePath());
            }
            return Optional.of(decoded(Files.readString(file).trim(), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the single sign-on key file " + file, e);
        }
    }

    private static byte[] decoded(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " must be 32 bytes in Base64 (e.g. `openssl rand -base64 32`)", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be 32 bytes in Base64 (e.g. `openssl rand -base64 32`), not "
                    + bytes.length + " bytes");
        }
        return bytes;
    }
}
