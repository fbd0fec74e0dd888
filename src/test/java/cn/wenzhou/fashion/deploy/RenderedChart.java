package cn.wenzhou.fashion.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The objects that real Helm (helm-java, in-process) renders from helm/ with the given values files. */
final class RenderedChart {

    static final Path CHART = Path.of("helm");
    static final Path EXAMPLES = CHART.resolve("examples");
    static final String RELEASE = "library";
    /** A current cluster: Helm renders for 1.20 unless told, below the chart's kubeVersion. */
    static final String KUBERNETES = "1.30.0";
    /** The objects' name: release "library" contains no chart name, so both are joined. */
    static final String FULLNAME = "library-fashion-resource-library";

    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    final List<HasMetadata> objects;

    private RenderedChart(List<HasMetadata> objects) {
        this.objects = objects;
    }

    /** Renders like {@code helm template library helm/ -f file...}; Helm's own error (schema included) is thrown. */
    static RenderedChart render(Path... valuesFiles) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace("library").withKubeVersion(KUBERNETES);
        for (Path file : valuesFiles) {
            template = template.withValuesFile(file);
        }
        String manifest = template.call();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : manifest.split("(?m)^---\\s*$")) {
            if (!document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                objects.add(YAML.unmarshal(document, HasMetadata.class));
            }
        }
        return new RenderedChart(objects);
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind) {
        List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        if (found.size() > 1) {
            throw new AssertionError("more than one " + kind.getSimpleName());
        }
        return found.stream().findFirst();
    }

    <T extends HasMetadata> T one(Class<T> kind) {
        return find(kind).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " rendered"));
    }

    List<String> kinds() {
        return objects.stream().map(HasMetadata::getKind).sorted().toList();
    }

    Container container() {
        return one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** Each environment variable read from a Secret, as "secret-name/key". */
    Map<String, String> secretEnv() {
        return container().getEnv().stream()
                .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                .collect(Collectors.toMap(EnvVar::getName, env -> {
                    SecretKeySelector ref = env.getValueFrom().getSecretKeyRef();
                    return ref.getName() + "/" + ref.getKey();
                }));
    }

    /** The value of a plain environment variable of the container. */
    String env(String name) {
        return container().getEnv().stream().filter(env -> env.getName().equals(name)).findFirst()
                .map(EnvVar::getValue).orElseThrow(() -> new AssertionError("no env " + name));
    }
}
