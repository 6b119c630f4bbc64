package org.broadsheet.app.testenv;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * WildFly Preview 39 with the unchanged WAR, as an operator sets it up (server-config/wildfly/README.md): the
 * distribution Maven unpacked into target/, EclipseLink installed and the server configured by
 * {@code install-eclipselink.sh}, the WAR copied into {@code standalone/deployments}, the database in the
 * environment. Its ports are moved by a free offset; its health is on the management port.
 */
final class WildFlyServer implements ExternalServer {

    // standalone.xml's sockets: http, https, management http and https, transaction recovery and status.
    private static final int[] PORTS = {8080, 8443, 9990, 9993, 4712, 4713};

    private final Process process;
    private final int offset;

    private WildFlyServer(Process process, int offset) {
        this.process = process;
        this.offset = offset;
    }

    static WildFlyServer start(String databaseUrl) throws IOException, InterruptedException {
        var home = Path.of(ServerProcesses.required("broadsheet.test.wildfly.home"));
        var scripts = Path.of(ServerProcesses.required("broadsheet.serverConfig"), "wildfly");
        var installed = home.resolve(".broadsheet-installed");
        if (!Files.exists(installed)) { // the script configures a fresh server once
            var install = new ProcessBuilder("bash", scripts.resolve("install-eclipselink.sh").toString(), home.toString());
            install.environment().put("JAVA_HOME", javaHome());
            install.environment().put("ECLIPSELINK_JARS", ServerProcesses.required("broadsheet.test.wildfly.eclipselink"));
            ServerProcesses.run(install, ServerProcesses.logFile("wildfly-install.log"), Duration.ofMinutes(5));
            Files.createFile(installed);
        }
        Files.copy(Path.of(ServerProcesses.required("broadsheet.war")),
                home.resolve("standalone/deployments/broadsheet.war"), StandardCopyOption.REPLACE_EXISTING);

        var offset = ServerProcesses.freeBase(1000, 20000, PORTS);
        var command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        var environment = builder.environment();
        environment.put("JAVA_HOME", javaHome());
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "1"); // stopping the script stops Java too
        TestEnvironment.putSiteSettings(environment, databaseUrl, home.resolve("demo-passwords.txt"));
        var process = builder.start();
        var log = ServerProcesses.logFile("wildfly-server.log");
        ServerProcesses.logCapped(process, log);
        var server = new WildFlyServer(process, offset);
        // WFLYSRV0026: "started (with errors)", a deployment failed; the server would stay up, never ready.
        if (!ServerProcesses.awaitReady(server.readiness(), server.uri(""), process.toHandle(), Duration.ofMinutes(6),
                () -> ServerProcesses.logContains(log, "WFLYSRV0026"))) {
            server.close();
            throw new IllegalStateException("WildFly with Broadsheet was not ready; see " + log
                    + " and " + home.resolve("standalone/log/server.log"));
        }
        return server;
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }

    @Override
    public String url(String path) {
        return "http://127.0.0.1:" + (8080 + offset) + "/" + path;
    }

    @Override
    public URI readiness() {
        return URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
    }

    @Override
    public void close() {
        ServerProcesses.stop(process);
    }
}
