package cn.wenzhou.fashion.dev.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Security and HTTPS for an embedded node, as a production cluster has them: the node serves its HTTP API over TLS
 * with {@code certificate} and {@code privateKey} (PEM; self-signed, so clients trust the certificate itself), loads
 * its roles from {@code roles} (a {@code roles.yml}) and knows one user of its file realm, {@code user} with
 * {@code role}.
 */
public record NodeSecurity(Path certificate, Path privateKey, Path roles, String user, String password, String role) {

    /** A TLS context that trusts the node's certificate alone. */
    public SSLContext clientContext() throws IOException {
        try (InputStream pem = Files.newInputStream(certificate)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("node", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust " + certificate, e);
        }
    }

    /** The {@code Authorization} header of the user. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
