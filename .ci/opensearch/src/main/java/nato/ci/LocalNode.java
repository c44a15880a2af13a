package nato.ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Start one OpenSearch node in this JVM, with the modules it needs given on the classpath, and run
 * until the process is told to stop (SIGTERM), then close the node cleanly.
 *
 * <p>Arguments are node settings, {@code key=value}, for example {@code cluster.name=ci node.name=n1
 * http.port=9250 transport.port=9350 path.home=/tmp/x discovery.type=single-node}. It binds to
 * 127.0.0.1 unless told otherwise. The distribution's launcher (bootstrap checks, security
 * manager, JVM options) is left out: this is a node for tests on one machine, as OpenSearch's own
 * test framework starts them ({@code MockNode}).
 */
public final class LocalNode extends Node {

    /** The modules a stock distribution would load from modules/: HTTP and transport, analyzers. */
    static final List<Class<? extends Plugin>> MODULES = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    private LocalNode(Environment environment) {
        super(environment, MODULES, true);
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder()
            .put("network.host", "127.0.0.1")
            // A test machine's disk may be fuller than a server's: never turn indices read-only for it.
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                System.err.println("LocalNode: expected key=value, got: " + arg);
                System.exit(2);
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();
        if (!settings.hasValue("path.home")) {
            System.err.println("LocalNode: path.home=DIR is required");
            System.exit(2);
        }
        Path home = Paths.get(settings.get("path.home"));
        Files.createDirectories(home);
        Path config = settings.hasValue("path.conf") ? Paths.get(settings.get("path.conf")) : home.resolve("config");
        Settings.Builder withoutConf = Settings.builder().put(settings);
        withoutConf.remove("path.conf");
        Settings nodeSettings = withoutConf.build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            nodeSettings, Collections.emptyMap(), config, () -> "local-node");
        LogConfigurator.setNodeName(environment.settings().get("node.name", "local-node"));
        LogConfigurator.configure(environment);

        LocalNode node;
        try {
            node = new LocalNode(environment);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                // log4j's own hook is off (start.sh): the node's last lines are written before it stops.
                LogManager.shutdown();
                closed.countDown();
            }
        }, "local-node-shutdown"));
        try {
            node.start();
        } catch (Throwable t) {
            // Fail at once (start.sh shows the log's tail), rather than live on in the node's threads.
            t.printStackTrace();
            System.exit(1);
        }
        closed.await();
    }
}
