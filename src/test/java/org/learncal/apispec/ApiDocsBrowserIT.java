package org.learncal.apispec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learncal.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API reference in headless Chromium, under the service's Content-Security-Policy: Swagger UI loads from
 * the jar, renders every operation of the spec, and "Try it out" reaches the service.
 */
class ApiDocsBrowserIT {
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void swaggerUiRendersEveryOperationAndTriesOneOut() {
        browser.open("/api-docs/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 9));
        assertTrue(driver.findElement(By.cssSelector(".info .title")).getText().startsWith("LearnCal API"));
        List<String> paths = driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(WebElement::getText).map(text -> text.replace("\u200B", "")).toList();
        assertTrue(paths.containsAll(List.of("/api/events", "/api/events/{id}", "/api/networks/{slug}",
                "/api/topics", "/health")), paths.toString());
        browser.screenshot("api-docs");

        WebElement topics = driver.findElement(By.id("operations-Catalogue-listTopics"));
        topics.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(topics.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(topics.findElement(By.cssSelector(".execute")))).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-Catalogue-listTopics .live-responses-table tr.response .response-col_status")));
        assertEquals("200", status.getText().trim());
        browser.screenshot("api-docs-try-topics");
    }
}
