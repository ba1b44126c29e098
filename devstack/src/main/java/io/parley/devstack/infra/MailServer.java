package io.parley.devstack.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A local mail server (GreenMail standalone): SMTP that accepts every message for every address and keeps it, and an
 * HTTP API to read a mailbox ({@code GET /api/user/<address>/messages/INBOX}) — where the local stack's and the
 * tests' invitations and reports arrive. Nothing is ever delivered to the outside world.
 */
final class MailServer {

    private final Path jar;
    private final Path dir;
    private final int smtpPort;
    private final int apiPort;
    private ManagedProcess process;

    MailServer(Path jar, Path dir, int smtpPort, int apiPort) {
        this.jar = jar;
        this.dir = dir;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
    }

    String smtp() {
        return "localhost:" + smtpPort;
    }

    String api() {
        return "http://localhost:" + apiPort;
    }

    Path log() {
        return dir.resolve("mail.log");
    }

    Path pidFile() {
        return dir.resolve("mail.pid");
    }

    void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("GreenMail not found at " + jar + "; run `mvn -pl infra generate-resources`"
                    + " (./parley does it for you)");
        }
        Files.createDirectories(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = ManagedProcess.start("Mail server", List.of(java, "-Xmx96m",
                        "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                        "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                        "-Dgreenmail.auth.disabled", "-jar", jar.toString()),
                dir, Map.of(), log(), pidFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create(api() + "/api/service/readiness");
        process.awaitReady(() -> {
            try {
                return Ports.listening(smtpPort) && http.send(HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofMinutes(1));
    }

    void stop() {
        ManagedProcess p = process != null ? process
                : ManagedProcess.fromPidFile("Mail server", pidFile(), log()).orElse(null);
        if (p != null) {
            p.stop(Duration.ofSeconds(10));
        }
    }
}
