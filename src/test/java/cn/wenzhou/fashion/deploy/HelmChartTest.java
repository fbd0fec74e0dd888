package cn.wenzhou.fashion.deploy;

import static cn.wenzhou.fashion.deploy.RenderedChart.CHART;
import static cn.wenzhou.fashion.deploy.RenderedChart.EXAMPLES;
import static cn.wenzhou.fashion.deploy.RenderedChart.FULLNAME;
import static cn.wenzhou.fashion.deploy.RenderedChart.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Helm chart (helm/), linted and rendered by real Helm 3 in-process (helm-java): with the default values, the
 * production example and the high-availability example laid over it, and with values its schema must refuse.
 */
class HelmChartTest {

    private static final Path PRODUCTION = EXAMPLES.resolve("production.yaml");
    private static final Path HIGH_AVAILABILITY = EXAMPLES.resolve("high-availability.yaml");

    @TempDir
    Path temp;

    @Test
    void lintStrictFindsNothing() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void defaultValuesRenderTheServiceWithoutIngressOrAutoscaler() {
        RenderedChart chart = render();

        assertThat(chart.kinds()).containsExactly(
                "ConfigMap", "Deployment", "NetworkPolicy", "PodDisruptionBudget", "Service", "ServiceAccount");
        Deployment deployment = chart.one(Deployment.class);
        assertThat(deployment.getMetadata().getName()).isEqualTo(FULLNAME);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(chart.one(PodDisruptionBudget.class).getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));

        Service service = chart.one(Service.class);
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(80);
            assertThat(port.getTargetPort()).isEqualTo(new IntOrString("http"));
        });
        assertThat(service.getSpec().getSelector()).containsOnly(
                entry("app.kubernetes.io/name", "fashion-resource-library"), entry("app.kubernetes.io/instance", "library"));
    }

    @Test
    void probesAskQuarkusHealthOnTheManagementPort() {
        Container container = render().container();

        assertThat(container.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .containsExactly(tuple("http", 8080), tuple("management", 9000));
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        assertThat(container.getStartupProbe().getHttpGet().getPort()).isEqualTo(new IntOrString("management"));
        assertThat(container.getStartupProbe().getFailureThreshold()).isEqualTo(30);
        assertThat(container.getStartupProbe().getPeriodSeconds()).isEqualTo(10);
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(container.getLivenessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString("management"));
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(container.getReadinessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString("management"));
    }

    @Test
    void prometheusFindsThePodsByAnnotationAndOnlyItReachesTheManagementPort() {
        RenderedChart chart = render();

        assertThat(chart.one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations()).contains(
                entry("prometheus.io/scrape", "true"), entry("prometheus.io/port", "9000"), entry("prometheus.io/path", "/q/metrics"));
        assertThat(chart.one(NetworkPolicy.class).getSpec().getIngress()).hasSize(2).last().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsOnly(entry("kubernetes.io/metadata.name", "monitoring")));
            assertThat(rule.getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort()).isEqualTo(new IntOrString("management")));
        });
    }

    @Test
    void productionScrapesThroughAServiceMonitorAndItsIngressRoutesTheApplicationPortOnly() {
        RenderedChart chart = render(PRODUCTION);

        GenericKubernetesResource monitor = chart.objects.stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).filter(object -> object.getKind().equals("ServiceMonitor"))
                .findFirst().orElseThrow(() -> new AssertionError("no ServiceMonitor rendered"));
        assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
        assertThat(monitor.<String>get("spec", "endpoints", 0, "port")).isEqualTo("management");
        assertThat(monitor.<String>get("spec", "endpoints", 0, "path")).isEqualTo("/q/metrics");
        assertThat(monitor.<String>get("spec", "endpoints", 0, "interval")).isEqualTo("30s");
        assertThat(chart.one(Service.class).getSpec().getPorts()).extracting(port -> port.getName() + " " + port.getPort())
                .containsExactly("http 80", "management 9000");
        assertThat(chart.one(Ingress.class).getSpec().getRules()).singleElement().satisfies(rule -> assertThat(rule.getHttp().getPaths())
                .allSatisfy(path -> assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http")));
        assertThat(chart.one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations())
                .doesNotContainKey("prometheus.io/scrape");
    }

    @Test
    void runsAsNonRootOnAReadOnlyRootFilesystemWithATmpVolume() {
        RenderedChart chart = render();
        PodSpec pod = chart.one(Deployment.class).getSpec().getTemplate().getSpec();
        Container container = chart.container();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(185L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getServiceAccountName()).isEqualTo(FULLNAME);
        assertThat(chart.one(ServiceAccount.class).getMetadata().getName()).isEqualTo(FULLNAME);
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getVolumeMounts()).singleElement().satisfies(mount -> {
            assertThat(mount.getName()).isEqualTo("tmp");
            assertThat(mount.getMountPath()).isEqualTo("/tmp");
        });
        assertThat(pod.getVolumes()).singleElement().satisfies(volume -> {
            assertThat(volume.getName()).isEqualTo("tmp");
            assertThat(volume.getEmptyDir().getSizeLimit()).isEqualTo(new Quantity("256Mi"));
        });
    }

    @Test
    void theImageUserIsTheChartsNonRootUser() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));

        assertThat(dockerfile).containsPattern("(?m)^USER 185$");
    }

    @Test
    void heapIsAShareOfTheMemoryLimit() {
        RenderedChart chart = render();
        Container container = chart.container();

        assertThat(container.getResources().getLimits()).containsEntry("memory", new Quantity("1Gi"));
        assertThat(container.getResources().getRequests()).containsEntry("memory", new Quantity("1Gi"))
                .containsEntry("cpu", new Quantity("500m"));
        assertThat(chart.env("JAVA_OPTS_APPEND")).isEqualTo("-Dquarkus.http.host=0.0.0.0 "
                + "-Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void credentialsAreSecretReferencesNeverValues() {
        RenderedChart chart = render();

        assertThat(chart.secretEnv()).containsOnly(
                entry("DB_USER", "library-database/username"),
                entry("DB_PASSWORD", "library-database/password"),
                entry("ELASTICSEARCH_USERNAME", "library-elasticsearch/username"),
                entry("ELASTICSEARCH_PASSWORD", "library-elasticsearch/password"),
                entry("OIDC_PAGES_CLIENT_SECRET", "library-oidc/pages-client-secret"),
                entry("PAGE_SESSION_SECRET", "library-sessions/session-secret"));
        assertThat(chart.kinds()).doesNotContain("Secret");
        assertThat(chart.one(ConfigMap.class).getData().keySet())
                .noneMatch(name -> name.matches(".*(PASSWORD|SECRET|USER).*"));
    }

    @Test
    void configMapCarriesTheEndpointsAndThePodRollsWhenItChanges() {
        RenderedChart chart = render();

        assertThat(chart.one(ConfigMap.class).getData()).containsOnly(
                entry("DB_URL", "jdbc:postgresql://postgresql:5432/library"),
                entry("ELASTICSEARCH_HOSTS", "elasticsearch:9200"),
                entry("ELASTICSEARCH_PROTOCOL", "https"),
                entry("OIDC_AUTH_SERVER_URL", "https://sso.example.org/realms/library"),
                entry("OIDC_CLIENT_ID", "library-api"),
                entry("OIDC_PAGES_CLIENT_ID", "library-pages"));
        assertThat(chart.container().getEnvFrom()).singleElement()
                .satisfies(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo(FULLNAME));
        assertThat(chart.one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations())
                .hasEntrySatisfying("checksum/config", sum -> assertThat(sum).matches("[0-9a-f]{64}"));
    }

    @Test
    void everyVariableTheServiceReadsInProductionIsSet() throws IOException {
        RenderedChart chart = render(PRODUCTION);
        Set<String> set = new HashSet<>(chart.one(ConfigMap.class).getData().keySet());
        chart.container().getEnv().forEach(env -> set.add(env.getName()));

        assertThat(set).containsAll(productionVariables());
    }

    @Test
    void productionHasTlsAtTheIngressAndBelievesOnlyItsForwardedFor() {
        RenderedChart chart = render(PRODUCTION);

        Ingress ingress = chart.one(Ingress.class);
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).extracting(IngressTLS::getSecretName, IngressTLS::getHosts)
                .containsExactly(tuple("library-tls", List.of("library.wenzhou.example.org")));
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("library.wenzhou.example.org");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getBackend().getService().getName()).isEqualTo(FULLNAME);
                assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            });
        });
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "65m");
        assertThat(chart.one(ConfigMap.class).getData())
                .containsEntry("LIBRARY_RATE_LIMIT_TRUSTED_PROXIES", "10.244.0.0/16")
                .containsEntry("QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME", "true")
                .containsEntry("QUARKUS_OIDC_PAGES_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME", "true")
                .containsEntry("ELASTICSEARCH_PROTOCOL", "https")
                .containsEntry("QUARKUS_MAILER_HOST", "smtp.wenzhou.example.org")
                .containsEntry("QUARKUS_MAILER_PORT", "587")
                .containsEntry("PUBLIC_URL", "https://library.wenzhou.example.org")
                .doesNotContainKeys("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING");
        assertThat(chart.secretEnv())
                .containsEntry("OIDC_CLIENT_SECRET", "library-oidc/api-client-secret")
                .containsEntry("QUARKUS_MAILER_USERNAME", "library-smtp/username")
                .containsEntry("QUARKUS_MAILER_PASSWORD", "library-smtp/password");
    }

    @Test
    void productionTrustsTheClustersCertificateAuthority() {
        RenderedChart chart = render(PRODUCTION);
        PodSpec pod = chart.one(Deployment.class).getSpec().getTemplate().getSpec();

        assertThat(chart.one(ConfigMap.class).getData())
                .containsEntry("LIBRARY_ELASTICSEARCH_TLS_CONFIGURATION_NAME", "elasticsearch")
                .containsEntry("QUARKUS_TLS_ELASTICSEARCH_TRUST_STORE_PEM_CERTS", "/etc/library/elasticsearch-ca/ca.crt");
        assertThat(chart.container().getVolumeMounts()).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo("elasticsearch-ca");
            assertThat(mount.getMountPath()).isEqualTo("/etc/library/elasticsearch-ca");
            assertThat(mount.getReadOnly()).isTrue();
        });
        assertThat(pod.getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo("elasticsearch-ca");
            assertThat(volume.getSecret().getSecretName()).isEqualTo("library-elasticsearch-ca");
            assertThat(volume.getSecret().getItems()).singleElement().satisfies(item -> {
                assertThat(item.getKey()).isEqualTo("ca.crt");
                assertThat(item.getPath()).isEqualTo("ca.crt");
            });
        });
    }

    @Test
    void anApiKeySignsInInsteadOfAPassword() throws IOException {
        Path file = temp.resolve("values.yaml");
        Files.writeString(file, """
                elasticsearch:
                  username: null
                  password: null
                  apiKey: {secretName: library-elasticsearch, key: api-key}
                """);

        assertThat(render(file).secretEnv())
                .containsEntry("LIBRARY_ELASTICSEARCH_API_KEY", "library-elasticsearch/api-key")
                .doesNotContainKeys("ELASTICSEARCH_USERNAME", "ELASTICSEARCH_PASSWORD");
    }

    /** Issue 16 review: an API key or a password never crosses the network in clear. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an API key over http       | {protocol: http, username: null, password: null, apiKey: {secretName: es, key: api-key}}
            a password over http       | {protocol: http}
            """)
    void credentialsRequireHttps(String what, String elasticsearch) throws IOException {
        Path file = temp.resolve("values.yaml");
        Files.writeString(file, "elasticsearch: " + elasticsearch + "\n");

        assertThatThrownBy(() -> render(file)).as(what).hasMessageContaining(
                "elasticsearch.protocol must be https when credentials (apiKey, or username and password) are set");
    }

    @Test
    void aClusterWithoutSecurityMayBeReachedOverHttp() throws IOException {
        Path file = temp.resolve("values.yaml");
        Files.writeString(file, "elasticsearch: {protocol: http, username: null, password: null}\n");

        assertThat(render(file).one(ConfigMap.class).getData()).containsEntry("ELASTICSEARCH_PROTOCOL", "http");
    }

    @Test
    void productionSizing() {
        RenderedChart chart = render(PRODUCTION);

        assertThat(chart.one(Deployment.class).getSpec().getReplicas()).isEqualTo(3);
        assertThat(chart.find(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(chart.one(PodDisruptionBudget.class).getSpec().getMinAvailable()).isEqualTo(new IntOrString(2));
        assertThat(chart.container().getResources().getLimits()).containsEntry("memory", new Quantity("2Gi"));
        assertThat(chart.container().getImage()).isEqualTo("harbor.wenzhou.example.org/library/fashion-resource-library:1.0.0");
    }

    @Test
    void egressReachesOnlyTheConfiguredPeersAndPorts() {
        NetworkPolicy policy = render(PRODUCTION).one(NetworkPolicy.class);

        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(5);
        // DNS: kube-dns in kube-system, UDP and TCP 53.
        assertThat(egress.get(0).getTo()).singleElement().satisfies(peer -> {
            assertThat(peer.getNamespaceSelector().getMatchLabels()).containsOnly(entry("kubernetes.io/metadata.name", "kube-system"));
            assertThat(peer.getPodSelector().getMatchLabels()).containsOnly(entry("k8s-app", "kube-dns"));
        });
        assertThat(egress.get(0).getPorts()).extracting(port -> port.getProtocol() + " " + port.getPort().getIntVal())
                .containsExactly("UDP 53", "TCP 53");
        // The database by selector, in its own namespace.
        assertThat(egress.get(1).getTo()).singleElement().satisfies(peer -> {
            assertThat(peer.getNamespaceSelector().getMatchLabels()).containsOnly(entry("kubernetes.io/metadata.name", "data"));
            assertThat(peer.getPodSelector().getMatchLabels()).containsOnly(entry("app.kubernetes.io/name", "postgresql"));
        });
        assertThat(egress.get(1).getPorts()).extracting(port -> port.getPort().getIntVal()).containsExactly(5432);
        // Elasticsearch, Keycloak and SMTP by address range.
        assertThat(egress.subList(2, 5)).extracting(
                rule -> rule.getTo().get(0).getIpBlock().getCidr() + " " + rule.getPorts().get(0).getPort().getIntVal())
                .containsExactly("198.51.100.0/28 9200", "203.0.113.10/32 443", "203.0.113.25/32 587");
        assertThat(policy.getSpec().getIngress()).hasSize(2).first().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsOnly(entry("kubernetes.io/metadata.name", "ingress-nginx")));
            assertThat(rule.getPorts()).singleElement().satisfies(port -> assertThat(port.getPort()).isEqualTo(new IntOrString("http")));
        });
        // Prometheus's pods, to the management port only.
        assertThat(policy.getSpec().getIngress().get(1)).satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector().getMatchLabels()).containsOnly(entry("kubernetes.io/metadata.name", "monitoring"));
                assertThat(peer.getPodSelector().getMatchLabels()).containsOnly(entry("app.kubernetes.io/name", "prometheus"));
            });
            assertThat(rule.getPorts()).singleElement().satisfies(port -> assertThat(port.getPort()).isEqualTo(new IntOrString("management")));
        });
    }

    @Test
    void noSmtpEgressWhileMailIsOff() {
        List<NetworkPolicyEgressRule> egress = render().one(NetworkPolicy.class).getSpec().getEgress();

        assertThat(egress).hasSize(4);
        assertThat(egress).noneMatch(rule -> rule.getPorts().stream().anyMatch(port -> port.getPort().getIntVal() == 587));
    }

    @Test
    void highAvailabilityScalesBetweenItsBoundsAndSpreadsOverZones() {
        RenderedChart chart = render(PRODUCTION, HIGH_AVAILABILITY);

        HorizontalPodAutoscaler hpa = chart.one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(FULLNAME);
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(metric -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isEqualTo(65);
        });
        Deployment deployment = chart.one(Deployment.class);
        // The autoscaler owns the count: a replicas field would reset it on every upgrade.
        assertThat(deployment.getSpec().getReplicas()).isNull();
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
        assertThat(chart.one(PodDisruptionBudget.class).getSpec().getMinAvailable()).isEqualTo(new IntOrString(2));
        assertThat(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .extracting(constraint -> constraint.getTopologyKey() + " " + constraint.getWhenUnsatisfiable())
                .containsExactly("topology.kubernetes.io/zone ScheduleAnyway", "kubernetes.io/hostname DoNotSchedule");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no instances                    | replicaCount: 0                                                  | at '/replicaCount': minimum: got 0, want 1
            instances as text               | replicaCount: "three"                                            | at '/replicaCount': got string, want integer
            a plain-text database password  | database: {password: hunter2}                                    | at '/database/password': got string, want object
            a password beside the reference | database: {secretPassword: hunter2}                              | at '/database': additional properties 'secretPassword' not allowed
            no database URL                 | database: {url: null}                                            | at '/database': missing property 'url'
            a database URL of another kind  | database: {url: "jdbc:mysql://db/library"}                       | at '/database/url': 'jdbc:mysql://db/library' does not match pattern
            no Elasticsearch hosts          | elasticsearch: {hosts: null}                                     | at '/elasticsearch': missing property 'hosts'
            an unknown Elasticsearch protocol | elasticsearch: {protocol: ftp}                                 | at '/elasticsearch/protocol': value must be one of 'http', 'https'
            an API key beside a password    | elasticsearch: {apiKey: {secretName: es, key: api-key}}          | at '/elasticsearch': 'not' failed
            no Keycloak realm               | oidc: {authServerUrl: null}                                      | at '/oidc': missing property 'authServerUrl'
            a session secret in plain text  | oidc: {pages: {sessionSecret: "s3cr3t"}}                         | at '/oidc/pages/sessionSecret': got string, want object
            a misspelt key                  | replicas: 3                                                      | at '': additional properties 'replicas' not allowed
            a credential in extraConfig     | extraConfig: {SMTP_PASSWORD: hunter2}                            | invalid propertyName 'SMTP_PASSWORD'
            root                            | podSecurityContext: {runAsNonRoot: false}                        | at '/podSecurityContext/runAsNonRoot': value must be true
            no memory limit                 | resources: {limits: {memory: null}}                              | at '/resources/limits': missing property 'memory'
            an egress rule to anywhere      | networkPolicy: {egress: {database: {to: []}}}                    | at '/networkPolicy/egress/database/to': minItems: got 0, want 1
            TLS without its Secret          | ingress: {enabled: true, tls: {enabled: true, secretName: null}} | at '/ingress/tls': missing property 'secretName'
            a scrape interval without unit  | metrics: {serviceMonitor: {enabled: true, interval: "30"}}       | at '/metrics/serviceMonitor/interval': '30' does not match pattern
            """)
    void schemaRefuses(String what, String values, String refusal) throws IOException {
        Path file = temp.resolve("values.yaml");
        Files.writeString(file, values + "\n");

        assertThatThrownBy(() -> render(file)).as(what)
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(refusal);
    }

    @Test
    void autoscalerBoundsMustNotCross() throws IOException {
        Path file = temp.resolve("values.yaml");
        Files.writeString(file, "autoscaling: {enabled: true, minReplicas: 5, maxReplicas: 3, targetCPUUtilizationPercentage: 70}\n");

        assertThatThrownBy(() -> render(file))
                .hasMessageContaining("autoscaling.maxReplicas must not be below autoscaling.minReplicas");
    }

    @Test
    void disruptionBudgetLeavesAnInstanceToDrain() throws IOException {
        Path file = temp.resolve("values.yaml");
        Files.writeString(file, "replicaCount: 2\npodDisruptionBudget: {enabled: true, minAvailable: 2}\n");

        assertThatThrownBy(() -> render(file)).hasMessageContaining(
                "podDisruptionBudget.minAvailable (2) must be below the fewest instances (2): no node running one could be drained");
    }

    /** The variables application.properties reads in production: ${NAME:default} outside dev and test profiles. */
    private static Set<String> productionVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (line.startsWith("#") || line.matches("^%(dev|test|postgresql|keycloak)\\..*")) {
                continue;
            }
            Matcher matcher = variable.matcher(line);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        assertThat(names).as("the variables of README's Configuration").contains("DB_URL", "DB_USER", "DB_PASSWORD",
                "ELASTICSEARCH_HOSTS", "ELASTICSEARCH_PROTOCOL", "ELASTICSEARCH_USERNAME", "ELASTICSEARCH_PASSWORD",
                "OIDC_AUTH_SERVER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET");
        return names;
    }
}
