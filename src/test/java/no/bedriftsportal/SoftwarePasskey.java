package no.bedriftsportal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.bedriftsportal.PortalHttpClient.Download;

/**
 * A passkey made in the test, for logins over plain HTTP (#18.4): an EC P-256 key that answers the
 * portal's WebAuthn ceremonies as an authenticator would (WebAuthn Level 2 §6.1, §6.5): a "none"
 * attestation with the credential's COSE key at registration, and at login a signature over the
 * authenticator data and the hash of the client data. Nothing is faked on the server's side: it
 * verifies these bytes with Spring Security's WebAuthn support like a browser's.
 */
public final class SoftwarePasskey {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern USER_ID = Pattern.compile("\"user\"\\s*:\\s*\\{[^}]*\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String rpId;
    private final String origin;
    private final KeyPair key;
    private final byte[] credentialId = new byte[32];
    private byte[] userHandle;
    private int counter;

    public SoftwarePasskey(String rpId, String origin) {
        this.rpId = rpId;
        this.origin = origin;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.key = generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    /** The portal's defaults for a test server: relying party {@code localhost}, origin {@code http://localhost:8080}. */
    public static SoftwarePasskey forTests() {
        return new SoftwarePasskey("localhost", "http://localhost:8080");
    }

    public String credentialId() {
        return B64.encodeToString(credentialId);
    }

    /** Registers this passkey for the browser's signed-in user; the answer of {@code POST /webauthn/register}. */
    public Download register(PortalHttpClient browser, String label) {
        Download options = browser.exchange("POST", "/webauthn/register/options", "application/json", null);
        if (options.status() != 200) {
            return options;
        }
        String json = new String(options.content(), StandardCharsets.UTF_8);
        userHandle = Base64.getUrlDecoder().decode(find(USER_ID, json));
        byte[] clientData = clientData("webauthn.create", find(CHALLENGE, json));
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x45); // user present, user verified, attested credential data
        authData.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
        authData.writeBytes(new byte[16]); // AAGUID
        authData.writeBytes(ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
        authData.writeBytes(credentialId);
        authData.writeBytes(coseKey());
        Cbor attestation = new Cbor().map(3).text("fmt").text("none").text("attStmt").map(0).text("authData")
                .bytes(authData.toByteArray());
        String body = "{\"publicKey\":{\"label\":\"" + label + "\",\"credential\":{\"id\":\"" + credentialId()
                + "\",\"rawId\":\"" + credentialId() + "\",\"type\":\"public-key\",\"response\":{\"attestationObject\":\""
                + B64.encodeToString(attestation.done()) + "\",\"clientDataJSON\":\"" + B64.encodeToString(clientData)
                + "\",\"transports\":[\"internal\"]},\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}}}";
        return browser.exchange("POST", "/webauthn/register", "application/json", body);
    }

    /**
     * Logs the browser in with this passkey, as the login page's script does: the options, then the
     * signed assertion; the answer of {@code POST /login/webauthn}.
     */
    public Download logIn(PortalHttpClient browser) {
        browser.get("/login");
        Download options = browser.exchange("POST", "/webauthn/authenticate/options", "application/json", null);
        if (options.status() != 200) {
            return options;
        }
        byte[] clientData = clientData("webauthn.get", find(CHALLENGE, new String(options.content(), StandardCharsets.UTF_8)));
        counter++;
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x05); // user present, user verified
        authData.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key.getPrivate());
            signer.update(authData.toByteArray());
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String body = "{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId() + "\",\"type\":\"public-key\","
                + "\"response\":{\"authenticatorData\":\"" + B64.encodeToString(authData.toByteArray()) + "\",\"clientDataJSON\":\""
                + B64.encodeToString(clientData) + "\",\"signature\":\"" + B64.encodeToString(signature) + "\""
                + (userHandle == null ? "" : ",\"userHandle\":\"" + B64.encodeToString(userHandle) + "\"")
                + "},\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
        return browser.exchange("POST", "/login/webauthn", "application/json", body);
    }

    private byte[] clientData(String type, String challenge) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] coseKey() {
        ECPublicKey publicKey = (ECPublicKey) key.getPublic();
        return new Cbor().map(5).integer(1).integer(2).integer(3).integer(-7).integer(-1).integer(1)
                .integer(-2).bytes(coordinate(publicKey.getW().getAffineX()))
                .integer(-3).bytes(coordinate(publicKey.getW().getAffineY())).done();
    }

    private static byte[] coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == 32) {
            return bytes;
        }
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static String find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("not in the options: " + pattern + " in " + json);
        }
        return matcher.group(1);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just enough CBOR (RFC 8949) for an attestation object and a COSE key. */
    private static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Cbor map(int entries) {
            return head(5, entries);
        }

        Cbor text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            head(3, bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Cbor bytes(byte[] bytes) {
            head(2, bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Cbor integer(long value) {
            return value >= 0 ? head(0, value) : head(1, -1 - value);
        }

        byte[] done() {
            return out.toByteArray();
        }

        private Cbor head(int major, long value) {
            if (value < 24) {
                out.write(major << 5 | (int) value);
            } else if (value < 256) {
                out.write(major << 5 | 24);
                out.write((int) value);
            } else if (value < 65536) {
                out.write(major << 5 | 25);
                out.writeBytes(Arrays.copyOfRange(ByteBuffer.allocate(4).putInt((int) value).array(), 2, 4));
            } else {
                out.write(major << 5 | 26);
                out.writeBytes(ByteBuffer.allocate(4).putInt((int) value).array());
            }
            return this;
        }
    }
}
