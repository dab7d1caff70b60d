package org.learncal.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Browser;
import org.learncal.support.WebResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An educator's way through the pages, in headless Chromium: search, read, subscribe, switch language. */
class WebPagesBrowserIT {
    static final String WEBINAR = EventPageTest.WEBINAR;
    /** The browser reads English: the French webinar shows its English translation. */
    static final String WEBINAR_TITLE = "Learning in the context of the Covid-19 pandemic";

    static Browser browser;
    static WebDriver driver;
    static HttpClient http;
    static ObjectMapper json;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        http = browser.context().createBean(HttpClient.class, new URL(browser.url("/")));
        json = browser.context().getBean(ObjectMapper.class);
    }

    @AfterAll
    static void stop() {
        http.close();
        browser.close();
    }

    @BeforeEach
    void readInEnglish() {
        browser.open("/?lang=en");
    }

    @Test
    void searchByTopicAndLanguageFindsTheSeedWebinarAndOpensIt() {
        browser.open("/");
        // the default search shows events not yet ended; the webinar was in 2021
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2021-01-01'", driver.findElement(By.id("from")));
        new Select(driver.findElement(By.id("topic"))).selectByValue("literacy");
        new Select(driver.findElement(By.id("language"))).selectByValue("fr");
        browser.clickAway(driver.findElement(By.id("search-submit")));

        assertTrue(driver.getCurrentUrl().contains("topic=literacy"), driver.getCurrentUrl());
        WebElement first = driver.findElement(By.cssSelector(".event-card h3 a"));
        assertEquals(WEBINAR_TITLE, first.getText());
        browser.screenshot("01-search-results");

        browser.clickAway(first);

        assertEquals(browser.url("/events/" + WEBINAR), driver.getCurrentUrl());
        assertEquals(WEBINAR_TITLE, driver.findElement(By.tagName("h1")).getText());
        assertEquals("Friday, January 22, 2021", driver.findElement(By.id("event-time")).getText());
        browser.screenshot("02-event-page");
    }

    @Test
    void jsonLdOfTheEventPageAgreesWithTheApi() throws IOException {
        browser.open("/events/" + WEBINAR);
        String script = driver.findElement(By.cssSelector("script[type='application/ld+json']"))
                .getAttribute("textContent");
        Map<String, Object> ld = json.readValue(script, Argument.mapOf(String.class, Object.class));
        // the browser reads English: the page and the API in English agree
        Map<String, Object> api = json.readValue(http.toBlocking().retrieve("/api/events/" + WEBINAR + "?lang=en"),
                Argument.mapOf(String.class, Object.class));

        assertEquals(api.get("title"), ld.get("name"));
        assertEquals(api.get("description"), ld.get("description"));
        assertEquals(api.get("startDate"), ld.get("startDate"));
        assertEquals(api.get("endDate"), ld.get("endDate"));
        // the language spoken at the webinar, whatever language the page is read in
        assertEquals(List.of(ld.get("inLanguage")), api.get("spokenLanguages"));
        assertEquals(((Map<?, ?>) api.get("links")).get("html"), ld.get("url"));
        assertEquals("https://schema.org/EventScheduled", ld.get("eventStatus"));
        assertEquals("https://schema.org/OnlineEventAttendanceMode", ld.get("eventAttendanceMode"));
        List<?> apiOrganizers = (List<?>) api.get("organizers");
        List<?> ldOrganizers = (List<?>) ld.get("organizer");
        assertEquals(apiOrganizers.size(), ldOrganizers.size());
        assertEquals(((Map<?, ?>) apiOrganizers.get(0)).get("name"), ((Map<?, ?>) ldOrganizers.get(0)).get("name"));
    }

    @Test
    void subscribeBoxOfTheNetworkGivesItsCalendarFeed() throws IOException {
        browser.open("/events/" + WEBINAR);
        browser.clickAway(driver.findElement(By.linkText("UNESCO Global Network of Learning Cities")));
        browser.screenshot("03-network-page");

        String feed = driver.findElement(By.id("feed-url")).getAttribute("value");
        Map<String, Object> api = json.readValue(http.toBlocking().retrieve("/api/networks/gnlc"),
                Argument.mapOf(String.class, Object.class));
        Map<?, ?> links = (Map<?, ?>) api.get("links");
        assertEquals(links.get("ics") + "?lang=en", feed);
        assertEquals(links.get("webcal") + "?lang=en",
                driver.findElement(By.id("subscribe-webcal")).getAttribute("href"));

        WebResponse calendar = WebResponse.get(http, HttpRequest.GET(feed.substring(browser.url("").length())));
        if (feedsAreBuilt()) {
            assertEquals(200, calendar.status());
            assertTrue(calendar.contentType().startsWith("text/calendar"), calendar.contentType());
        } else {
            assertEquals(404, calendar.status());
        }
    }

    @Test
    void readerSeesTheTimeInTheirOwnZone() {
        browser.open("/events/3244e892-4cdc-4436-a6f1-fd1659a6ca2c");

        WebElement readerLine = driver.findElement(By.cssSelector("[data-reader-zone]"));
        assertTrue(readerLine.isDisplayed());
        assertEquals("In your time zone: Wednesday, January 20, 2027 at 11:00 PM – Thursday, January 21, 2027 at "
                + "1:00 AM (Asia/Tokyo)", readerLine.getText().replace('\u202f', ' ').replace('\u2009', ' '));
        assertTrue(driver.findElement(By.id("event-time")).getText().startsWith(
                "Wednesday, January 20, 2027, 3:00 PM – 5:00 PM"));
        browser.screenshot("04-event-reader-zone");
    }

    @Test
    void languageSwitchSticksAcrossPagesAndSwitchesBack() {
        browser.open("/events/" + WEBINAR);
        browser.clickAway(driver.findElement(By.id("language-switch-fr")));

        assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(browser.url("/events/" + WEBINAR), driver.getCurrentUrl());
        assertEquals("vendredi 22 janvier 2021", driver.findElement(By.id("event-time")).getText());
        browser.screenshot("05-event-page-fr");

        browser.open("/");
        assertEquals("Événements éducatifs à venir", driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("06-home-fr");

        browser.clickAway(driver.findElement(By.id("language-switch-en")));

        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Upcoming educational events", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void cancelledEventShowsItsBannerFirst() {
        browser.open("/events/684413ed-0d97-4bf6-86e7-2c6f912e2b5e");

        WebElement banner = driver.findElement(By.id("status-banner"));
        assertTrue(banner.isDisplayed());
        assertTrue(banner.getText().startsWith("This event is cancelled."), banner.getText());
        browser.screenshot("08-cancelled-event");
    }

    @Test
    void arabicEventTextReadsRightToLeftInAnEnglishPage() {
        browser.open("/events/21df940b-6aea-4460-81a6-0cbdbcc77de0");

        assertEquals("rtl", driver.findElement(By.tagName("h1")).getCssValue("direction"));
        assertEquals("ltr", driver.findElement(By.id("add-title")).getCssValue("direction"));
        browser.screenshot("09-arabic-cancelled-event");
    }

    @Test
    void keyboardReachesTheSkipLinkFirst() {
        browser.open("/");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = driver.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        assertTrue(focused.isDisplayed());
        browser.screenshot("07-skip-link-focus");
    }

    /** The iCalendar feeds come from their own branch (package org.learncal.feed); until it is merged, none. */
    private static boolean feedsAreBuilt() {
        try {
            Class.forName("org.learncal.feed.FeedController");
            return true;
        } catch (ClassNotFoundException notYet) {
            return false;
        }
    }
}
