package cn.wenzhou.fashion.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedCluster;
import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedElasticsearch;
import cn.wenzhou.fashion.dev.elasticsearch.NodeSecurity;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.certs.CertificateGenerator;
import io.smallrye.certs.CertificateRequest;
import io.smallrye.certs.Format;
import io.smallrye.certs.PemCertificateFiles;

/**
 * Starts the embedded Elasticsearch on a free port for the test run and points Hibernate Search at it. With the init
 * argument {@value #SECURITY}={@value #TLS} ({@link SecuredElasticsearch}), the node has security and HTTPS on, a
 * certificate made here, the roles of {@code elastic/roles.yml}, and the service signs in as its one user, of the role
 * {@value #ROLE}. With {@value #NODES}=N ({@link ThreeNodeCluster}), N nodes form a cluster, the service knows all
 * of them, and the test gets the cluster in its {@link EmbeddedCluster} field.
 */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path NODE_DIR = PROJECT.resolve("target/elasticsearch-nodes/test");

    static final String SECURITY = "security";
    static final String TLS = "tls";
    static final String NODES = "nodes";
    public static final String USER = "library-service";
    public static final String ROLE = "fashion-library";
    /** The Quarkus TLS configuration that trusts the secured node's certificate. */
    public static final String TLS_CONFIGURATION = "elasticsearch";

    private boolean secured;
    private int nodes;
    private EmbeddedElasticsearch node;
    private EmbeddedCluster cluster;

    @Override
    public void init(Map<String, String> initArgs) {
        secured = TLS.equals(initArgs.get(SECURITY));
        nodes = Integer.parseInt(initArgs.getOrDefault(NODES, "1"));
    }

    @Override
    public Map<String, String> start() {
        Path home = EmbeddedElasticsearch.distributionHome(PROJECT);
        if (nodes > 1) {
            cluster = EmbeddedCluster.start(home, PROJECT.resolve("target/elasticsearch-nodes/cluster"), nodes);
            return Map.of("quarkus.hibernate-search-orm.elasticsearch.hosts", cluster.hosts());
        }
        if (!secured) {
            node = EmbeddedElasticsearch.start(home, NODE_DIR, 0);
            return Map.of("quarkus.hibernate-search-orm.elasticsearch.hosts", node.hostAndPort());
        }
        PemCertificateFiles certificate = certificate(PROJECT.resolve("target/elasticsearch-nodes/secured-certificate"));
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        node = EmbeddedElasticsearch.start(home, PROJECT.resolve("target/elasticsearch-nodes/secured"), 0,
                new NodeSecurity(certificate.certFile(), certificate.keyFile(), PROJECT.resolve("elastic/roles.yml"),
                        USER, password, ROLE));
        return Map.of(
                "quarkus.hibernate-search-orm.elasticsearch.hosts", node.hostAndPort(),
                "quarkus.hibernate-search-orm.elasticsearch.protocol", "https",
                "quarkus.hibernate-search-orm.elasticsearch.username", USER,
                "quarkus.hibernate-search-orm.elasticsearch.password", password,
                "quarkus.tls." + TLS_CONFIGURATION + ".trust-store.pem.certs", certificate.certFile().toString(),
                "library.elasticsearch.tls-configuration-name", TLS_CONFIGURATION);
    }

    /** A key and a self-signed certificate for 127.0.0.1 and localhost, made afresh for each start (PEM). */
    private static PemCertificateFiles certificate(Path dir) {
        try {
            Files.createDirectories(dir);
            return (PemCertificateFiles) new CertificateGenerator(dir, true).generate(new CertificateRequest()
                    .withName("node").withCN("localhost")
                    .withSubjectAlternativeName("DNS:localhost").withSubjectAlternativeName("IP:127.0.0.1")
                    .withFormat(Format.PEM).withDuration(Duration.ofDays(1))).get(0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the secured node's certificate", e);
        }
    }

    /** The run's node, found again by its directory (an outage test stops it, then starts it again). */
    public static EmbeddedElasticsearch runningNode() {
        return EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(PROJECT), NODE_DIR, 0);
    }

    /** Starts the run's node again after a stop, on its port and with its data, as a restarted cluster. */
    public static EmbeddedElasticsearch restart(int port) {
        return EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(PROJECT), NODE_DIR, port);
    }

    @Override
    public void inject(TestInjector testInjector) {
        if (cluster != null) {
            testInjector.injectIntoFields(cluster, new TestInjector.MatchesType(EmbeddedCluster.class));
        }
    }

    @Override
    public void stop() {
        if (node != null) {
            node.stop();
        }
        if (cluster != null) {
            cluster.stop();
        }
    }
}
