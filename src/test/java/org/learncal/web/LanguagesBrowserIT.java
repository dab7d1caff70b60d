package org.learncal.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learncal.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four interface languages in headless Chromium: Arabic mirrored right to left, every page kind in each. */
class LanguagesBrowserIT {
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

    private static int x(String css) {
        return driver.findElement(By.cssSelector(css)).getRect().getX();
    }

    @Test
    void arabicInterfaceIsRightToLeftAndMirrored() {
        browser.open("/?lang=en");
        assertTrue(x(".brand") < x(".site-header nav"), "English: brand at the left");
        browser.open("/?lang=ar");
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals(List.of("ar", "rtl"), List.of(html.getAttribute("lang"), html.getAttribute("dir")));
        assertEquals("rtl", driver.findElement(By.tagName("main")).getCssValue("direction"));
        assertTrue(x(".brand") > x(".site-header nav"), "Arabic: brand at the right");
        WebElement tagline = driver.findElement(By.cssSelector(".tagline"));
        assertEquals(List.of("8px", "0px"), List.of(tagline.getCssValue("margin-right"),
                tagline.getCssValue("margin-left")));
        assertEquals("الفعاليات التعليمية القادمة", driver.findElement(By.tagName("h1")).getText());
        browser.open("/?lang=en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar"})
    void everyPageKindInEachLanguage(String language) {
        browser.open("/?lang=" + language);
        List<String> pages = List.of("/", "/events/" + EventPageTest.WEBINAR, "/networks/gnlc",
                "/organizers/um6p", "/events/00000000-0000-4000-8000-000000000000");
        List<String> kinds = List.of("search", "event", "network", "organizer", "not-found");
        for (int i = 0; i < pages.size(); i++) {
            browser.open(pages.get(i));
            assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), pages.get(i));
            browser.screenshot("lang-" + language + "-" + (i + 1) + "-" + kinds.get(i));
        }
        browser.open("/?lang=en");
    }

    @Test
    void educatorSwitchingLanguageKeepsTheirSearch() {
        browser.open("/?lang=en");
        browser.open("/?q=pandemie&from=2021-01-01&topic=covid-19-response");
        assertEquals("Learning in the context of the Covid-19 pandemic",
                driver.findElement(By.cssSelector(".event-card h3 a")).getText());

        browser.clickAway(driver.findElement(By.id("language-switch-es")));

        assertEquals(browser.url("/?q=pandemie&from=2021-01-01&topic=covid-19-response"), driver.getCurrentUrl());
        assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("pandemie", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals("Respuesta a la COVID-19",
                driver.findElement(By.cssSelector("#topic option[selected]")).getText().replaceAll(" \\(\\d+\\)$", ""));
        assertEquals(1, driver.findElements(By.cssSelector(".event-card")).size());
        browser.screenshot("lang-es-search-kept");
        browser.open("/?lang=en");
    }
}
