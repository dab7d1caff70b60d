package org.learncal.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The service on a free port, whose public URL is that port (so links and feeds can be followed), and
 * Debian's headless Chromium driven by its chromedriver. The browser reads English and lives in Tokyo, so
 * that the reader's time zone differs from every event's.
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final String READER_ZONE = "Asia/Tokyo";
    /** How long a step waits for the page: CI machines run at loads far above their cores. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

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
        ChromeDriver driver = new ChromeDriver(service, options);
        // axe-core runs as an asynchronous script: give it as long as any other step
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        return new Browser(server, driver);
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

    /** Waits up to {@link #PATIENCE} for the condition to answer something other than null or false. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Clicks an element that leaves its page (a link, a submit button), and returns once the next page is loaded. */
    public void clickAway(WebElement element) {
        element.click();
        awaitReplaced(element);
    }

    /**
     * Waits until the page holding {@code element} has been replaced and the new one has loaded. A click or key
     * that sends a form or follows a link may return before the browser has even started to leave, so reading
     * the page at once may read the old one. While Chromium swaps documents it may answer a question about the
     * old node with an inspector error ("Node with given id does not belong to the document") rather than
     * "stale", or a script with "document unloaded": those are asked again.
     */
    public void awaitReplaced(WebElement element) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.stalenessOf(element));
        wait.until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
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
