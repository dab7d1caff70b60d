package org.learncal.manage;

import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.learncal.support.Browser;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;

/** One service in headless Chromium for a console browser test class, with an HTTP client to read its feeds. */
abstract class ConsoleInBrowser {
    static Browser browser;
    static WebDriver driver;
    static HttpClient http;
    static ConsoleBrowser console;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        http = browser.context().createBean(HttpClient.class, new URL(browser.url("/")));
        console = new ConsoleBrowser(browser);
    }

    @AfterAll
    static void stop() {
        http.close();
        browser.close();
    }
}
