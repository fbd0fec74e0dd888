package cn.wenzhou.fashion.dev.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Several embedded nodes on 127.0.0.1 that form one cluster, for the tests of what a cluster adds over one node:
 * replicas answering while a node is down. Every node is master-eligible and holds data, has its own directory and
 * free HTTP and transport ports, and finds the others through {@code discovery.seed_hosts}; the first start bootstraps
 * the cluster from all of them ({@code cluster.initial_master_nodes}), so it needs a majority of them up. Each start
 * begins with empty data directories: a node keeps the identity of the cluster it joined, and would refuse a new one.
 */
public final class EmbeddedCluster {

    private static final Logger LOG = Logger.getLogger(EmbeddedCluster.class);

    /** The nodes by name ({@code node-0}, {@code node-1}, ...), as {@code _cat/shards} names them. */
    private final Map<String, EmbeddedElasticsearch> nodes;

    private EmbeddedCluster(Map<String, EmbeddedElasticsearch> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code size} nodes under {@code clusterDir} (one directory each) and waits until all have joined. */
    public static EmbeddedCluster start(Path home, Path clusterDir, int size) {
        try {
            List<String> names = new ArrayList<>();
            List<Integer> httpPorts = new ArrayList<>();
            List<Integer> transportPorts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                names.add("node-" + i);
                httpPorts.add(EmbeddedElasticsearch.freePort());
                transportPorts.add(EmbeddedElasticsearch.freePort());
            }
            String seedHosts = transportPorts.stream().map(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
            String masters = names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
            Map<String, EmbeddedElasticsearch> nodes = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                var placement = EmbeddedElasticsearch.place(home, clusterDir.resolve(names.get(i)));
                nodes.put(names.get(i), EmbeddedElasticsearch.prepared(placement, httpPorts.get(i), Optional.empty(), """
                        cluster.name: library-cluster-%d
                        node.name: %s
                        transport.port: %d
                        discovery.seed_hosts: [%s]
                        cluster.initial_master_nodes: [%s]""".formatted(httpPorts.get(0), names.get(i), transportPorts.get(i), seedHosts, masters)));
                clearData(placement);
            }
            var cluster = new EmbeddedCluster(nodes);
            cluster.launchAll();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Elasticsearch cluster", e);
        }
    }

    /** {@code host:port} of every node, comma-separated: the form of Hibernate Search's {@code hosts}. */
    public String hosts() {
        return nodes.values().stream().map(EmbeddedElasticsearch::hostAndPort).collect(Collectors.joining(","));
    }

    /** The node of that name ({@code node-0}, ...). */
    public EmbeddedElasticsearch node(String name) {
        EmbeddedElasticsearch node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("no node " + name + " in the cluster of " + nodes.keySet());
        }
        return node;
    }

    public void stop() {
        nodes.values().forEach(EmbeddedElasticsearch::stop);
    }

    /**
     * Launches the nodes side by side: a node's launcher returns only once the node has found a master, which takes
     * a majority of the nodes up.
     */
    private void launchAll() {
        ExecutorService launchers = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> launches = new ArrayList<>();
            for (EmbeddedElasticsearch node : nodes.values()) {
                launches.add(launchers.submit(() -> {
                    node.launch();
                    return null;
                }));
            }
            for (Future<?> launch : launches) {
                launch.get();
            }
            LOG.infof("Elasticsearch cluster of %d nodes ready: %s", nodes.size(), hosts());
        } catch (ExecutionException e) {
            stop();
            throw new IllegalStateException("the embedded Elasticsearch cluster did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while starting the embedded Elasticsearch cluster", e);
        } finally {
            launchers.shutdownNow();
        }
    }

    /** Empties the node's data directory, whose links (none are expected) are removed, not followed. */
    private static void clearData(EmbeddedElasticsearch.Placement placement) throws IOException {
        Path data = placement.paths().check(placement.nodeDir().resolve("data"));
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(data))::iterator) {
                Files.delete(path);
            }
        }
    }
}
