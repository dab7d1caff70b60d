package org.learncal.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The service on a free port, whose public URL is that port (so links and feeds can be followed), and
 * Debian's headless Chromium driven by its chromedriver. The browser reads English and lives in Tokyo, so
 * that the reader's time zone differs from every event's.
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final String READER_ZONE = "Asia/Tokyo";

    private final EmbeddedServer server;
    private final ChromeDriver driver;

    private Browser(EmbeddedServer server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    public static Browser start() throws IOException {
        int port = freePort();
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", port, "learncal.public-url", "http://localhost:" + port), "test");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("TZ", READER_ZONE))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
                "--lang=en-US", "--user-data-dir=" + Files.createTempDirectory("learncal-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        return new Browser(server, new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        server.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
