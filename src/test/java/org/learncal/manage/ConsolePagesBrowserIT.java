package org.learncal.manage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learncal.support.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every console page, and the public pages, in English and in French: axe-core finds no violation, and a
 * screenshot of each is left in target/screenshots/ (console-PAGE-LANG.png).
 */
class ConsolePagesBrowserIT extends ConsoleInBrowser {
    private void show(String path, String lang, String name) {
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertEquals(lang, driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
        console.check("console-" + name + "-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void organizerPages(String lang) {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), false);
        show("/manage/sign-in", lang, "sign-in");
        console.signIn(publisher.organizerToken());
        show("/manage/events/new", lang, "event-new");
        console.type("title", "Café pédagogique <b>du jeudi</b>");
        console.type("language", "fr");
        console.set("start", "2031-02-06T17:00");
        console.set("end", "2031-02-06T16:00");
        console.click("save");
        console.check("console-event-errors-" + lang);
        console.set("end", "2031-02-06T18:30");
        console.type("joinUrl", "https://meet.example.org/cafe");
        console.click("save");
        show(driver.getCurrentUrl().replace(browser.url(""), "").replaceAll("\\?.*", ""), lang, "event-edit");
        show("/manage/events", lang, "events");
        show("/manage/import", lang, "import");
        show("/manage/sources", lang, "sources");
        console.type("url", "ftp://example.org/<b>x</b>.ics");
        console.click("add-source");
        console.check("console-sources-errors-" + lang);
        console.signIn(publisher.networkToken());
        show("/manage/review", lang, "review");
        show("/manage/network", lang, "network");
        show("/manage/sources", lang, "sources-network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void adminPages(String lang) {
        console.signIn(Tokens.ADMIN);
        show("/manage/admin", lang, "admin");
        show("/manage/admin/organizers/um6p/tokens", lang, "tokens");
        console.type("name", "Bureau des événements");
        console.click("issue");
        console.check("console-token-issued-" + lang);
        browser.open("/manage/admin/networks/gnlc/tokens?lang=" + lang);
        browser.open("/manage/import");
        console.check("console-refused-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void publicPages(String lang) {
        show("/", lang, "public-home");
        show("/events/3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01", lang, "public-event");
    }
}
