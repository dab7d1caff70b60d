package org.learncal.embed;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learncal.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The widget and its iframe on another origin's page with a strict CSP, in headless Chromium. */
class EmbedBrowserIT {
    static final String SEARCH = "network=gnlc&language=fr";

    static Browser browser;
    static WebDriver driver;
    static HttpClient http;
    static ForeignSite site;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        http = browser.context().createBean(HttpClient.class, new URL(browser.url("/")));
        site = new ForeignSite(browser.url(""));
    }

    @AfterAll
    static void stop() {
        site.close();
        http.close();
        browser.close();
    }

    @Test
    void widgetInArabicShowsTheApisEventsRightToLeftInTheReadersZone() {
        driver.get(site.page("/ar.html", "ar", "<script src=\"" + browser.url("/embed/learncal-events.js")
                + "\" defer></script><learncal-events network=\"gnlc\" language=\"fr\" lang=\"ar\">"
                + "</learncal-events>"));
        SearchContext widget = loaded(driver.findElement(By.tagName("learncal-events")));
        WebElement box = widget.findElement(By.cssSelector("section"));
        assertEquals("rtl", box.getAttribute("dir"));
        assertEquals("الفعاليات القادمة", widget.findElement(By.cssSelector("h2")).getText());
        assertSameEventsAsTheApi(widget);
        WebElement subscribe = widget.findElement(By.cssSelector("button"));
        assertEquals("اشترك", subscribe.getText());
        assertEquals("rgba(128, 0, 64, 1)", subscribe.getCssValue("background-color"), "themed by the site's CSS");
        browser.screenshot("embed-widget-ar");
    }

    @Test
    void widgetSubscribeMenuWorksFromTheKeyboard() {
        driver.get(site.page("/fr.html", "fr", "<script src=\"" + browser.url("/embed/learncal-events.js")
                + "\" defer></script><learncal-events network=\"gnlc\" language=\"fr\" lang=\"fr\"></learncal-events>"));
        SearchContext widget = loaded(driver.findElement(By.tagName("learncal-events")));
        assertEquals("Événements à venir", widget.findElement(By.cssSelector("h2")).getText());
        assertSameEventsAsTheApi(widget);
        WebElement button = widget.findElement(By.cssSelector("button"));
        assertEquals("S’abonner", button.getText());
        button.sendKeys(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        Map<String, Object> links = (Map<String, Object>) api().get("links");
        List<WebElement> items = widget.findElements(By.cssSelector("[role=menuitem]"));
        assertEquals(links.get("webcal"), items.get(0).getAttribute("href"));
        assertEquals("https://calendar.google.com/calendar/render?cid=" + encode((String) links.get("webcal")),
                items.get(1).getAttribute("href"));
        assertEquals("https://outlook.live.com/calendar/0/addfromweb?url=" + encode((String) links.get("ics")),
                items.get(2).getAttribute("href"));
        assertEquals(items.get(0), driver.switchTo().activeElement().getShadowRoot().findElement(By.cssSelector(
                "[role=menuitem]:focus")), "the menu opens on its first entry");
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals("Google Agenda", ((WebElement) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('learncal-events').shadowRoot.activeElement")).getText());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertEquals(button, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('learncal-events').shadowRoot.activeElement"), "focus back on the button");
        browser.screenshot("embed-widget-fr");
    }

    @Test
    void iframeInFrenchShowsTheSameEvents() {
        driver.get(site.page("/frame.html", "fr", "<iframe src=\"" + browser.url("/embed/events?" + SEARCH
                + "&lang=fr") + "\" title=\"LearnCal\" width=\"600\" height=\"700\"></iframe>"));
        driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        SearchContext widget = loaded(driver.findElement(By.tagName("learncal-events")));
        assertEquals("Événements à venir", widget.findElement(By.cssSelector("h2")).getText());
        assertSameEventsAsTheApi(widget);
        driver.switchTo().defaultContent();
        browser.screenshot("embed-iframe-fr");
    }

    /** The widget's shadow root once its list is shown. */
    private static SearchContext loaded(WebElement host) {
        browser.await(d -> !host.getShadowRoot().findElements(By.cssSelector("ol")).isEmpty());
        return host.getShadowRoot();
    }

    private static void assertSameEventsAsTheApi(SearchContext widget) {
        List<Map<String, Object>> expected = (List<Map<String, Object>>) api().get("items");
        List<WebElement> shown = widget.findElements(By.cssSelector("li.event"));
        assertEquals(3, expected.size());
        assertEquals(expected.size(), shown.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> event = expected.get(i);
            WebElement link = shown.get(i).findElement(By.cssSelector("a"));
            assertEquals(event.get("title"), link.getText());
            assertEquals(((Map<?, ?>) event.get("links")).get("html"), link.getAttribute("href"));
            WebElement time = shown.get(i).findElement(By.cssSelector("time"));
            boolean allDay = (Boolean) event.get("allDay");
            assertEquals(allDay ? event.get("startDate") : event.get("start"), time.getAttribute("datetime"));
            assertTrue(allDay || time.getText().endsWith("(" + Browser.READER_ZONE + ")"), time.getText());
        }
    }

    private static Map<String, Object> api() {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/events?" + SEARCH + "&limit=5"),
                Argument.mapOf(String.class, Object.class));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
