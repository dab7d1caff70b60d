package org.learncal.apispec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learncal.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
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
        browser.await(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 9));
        assertTrue(driver.findElement(By.cssSelector(".info .title")).getText().startsWith("LearnCal API"));
        List<String> paths = driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(WebElement::getText).map(text -> text.replace("\u200B", "")).toList();
        assertTrue(paths.containsAll(List.of("/api/events", "/api/events/{id}", "/api/networks/{slug}",
                "/api/topics", "/health")), paths.toString());
        browser.screenshot("api-docs");

        String topics = "#operations-Catalogue-listTopics ";
        clickOnceShown(topics + ".opblock-summary");
        clickOnceShown(topics + ".try-out__btn");
        clickOnceShown(topics + ".execute");
        WebElement status = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(topics + ".live-responses-table tr.response .response-col_status")));
        assertEquals("200", status.getText().trim());
        browser.screenshot("api-docs-try-topics");
    }

    /**
     * Swagger UI renders each step after the click that asks for it, and may render a button again just after it
     * appears: the button is looked up until it is there, and a click that met a replaced or covered one (which
     * therefore did nothing) is made again.
     */
    private static void clickOnceShown(String css) {
        browser.await(page -> {
            try {
                page.findElement(By.cssSelector(css)).click();
                return true;
            } catch (StaleElementReferenceException | ElementNotInteractableException notYet) {
                return false;
            }
        });
    }
}
