package org.broadsheet.app.testenv;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A full Payara Server 7 domain with the unchanged WAR, as an operator sets it up (server-config/payara/README.md):
 * a new domain of the distribution Maven unpacked into target/, on free ports ({@code --portbase}), configured and
 * deployed by {@code deploy.sh}, the database in the domain's environment.
 */
final class PayaraServer implements ExternalServer {

    private static final String DOMAIN = "broadsheet-tests";
    // create-domain --portbase: admin +48, HTTP +80, HTTPS +81, IIOP +37..39, JMS +76, JMX +86, OSGi shell +66, debug +9.
    private static final int[] PORTS = {48, 80, 81, 37, 38, 39, 76, 86, 66, 9};

    private final Path home;
    private final int base;

    private PayaraServer(Path home, int base) {
        this.home = home;
        this.base = base;
    }

    static PayaraServer start(String databaseUrl) throws IOException, InterruptedException {
        var home = Path.of(ServerProcesses.required("broadsheet.test.payara.home"));
        var base = ServerProcesses.freeBase(20000, 40000, PORTS);
        var server = new PayaraServer(home, base);
        var log = ServerProcesses.logFile("payara-server-setup.log");
        try {
            asadmin(home, "delete-domain", DOMAIN).start().waitFor(); // left over from an interrupted run
            ServerProcesses.run(asadmin(home, "create-domain", "--nopassword=true", "--portbase", String.valueOf(base), DOMAIN),
                    log, Duration.ofMinutes(3));
            var deploy = new ProcessBuilder("bash",
                    Path.of(ServerProcesses.required("broadsheet.serverConfig"), "payara", "deploy.sh").toString(),
                    ServerProcesses.required("broadsheet.war"));
            var environment = deploy.environment();
            environment.put("AS_JAVA", System.getProperty("java.home"));
            environment.put("PAYARA_HOME", home.toString());
            environment.put("DOMAIN", DOMAIN);
            environment.put("ADMIN_PORT", String.valueOf(base + 48));
            environment.put("HTTP_PORT", String.valueOf(base + 80));
            TestEnvironment.putSiteSettings(environment, databaseUrl, home.resolve("demo-passwords.txt"));
            ServerProcesses.run(deploy, ServerProcesses.logFile("payara-server-deploy.log"), Duration.ofMinutes(12));
        } catch (IOException | InterruptedException | RuntimeException failed) {
            server.close();
            throw failed;
        }
        return server;
    }

    private static ProcessBuilder asadmin(Path home, String... arguments) {
        var command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        return builder;
    }

    @Override
    public String url(String path) {
        return "http://127.0.0.1:" + (base + 80) + "/" + path;
    }

    @Override
    public URI readiness() {
        return uri("health/ready");
    }

    @Override
    public void close() {
        try {
            ServerProcesses.run(asadmin(home, "stop-domain", DOMAIN), ServerProcesses.logFile("payara-server-stop.log"),
                    Duration.ofMinutes(2));
            asadmin(home, "delete-domain", DOMAIN).start().waitFor();
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // a domain left behind is deleted by the next run
        }
    }
}
