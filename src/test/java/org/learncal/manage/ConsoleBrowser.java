package org.learncal.manage;

import org.learncal.support.Axe;
import org.learncal.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps of the console in the browser that its browser tests share: sign in by keyboard, check, set fields. */
final class ConsoleBrowser {
    private final Browser browser;
    private final WebDriver driver;

    ConsoleBrowser(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** Signs in with the keyboard alone: Tab from the top of the page to the token field, type, Enter. */
    void signIn(String token) {
        driver.manage().deleteAllCookies();
        browser.open("/manage/sign-in?lang=en");
        var body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 10 && !"token".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement field = driver.switchTo().activeElement();
        field.sendKeys(token, Keys.ENTER);
        // the next page opened must carry the session cookie, which the answer to this form sets
        browser.awaitReplaced(field);
    }

    /**
     * Completes the form at {@code path} with the keyboard alone: Tab from the top of the page, at each field
     * named in {@code keys} (by id) its keys (text; an option's first letters; a space ticks a box), and Enter on
     * the button {@code submit}. Every named field must be reached on the way.
     */
    void byKeyboard(String path, java.util.Map<String, CharSequence> keys, String submit) {
        browser.open(path);
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 200; i++) {
            WebElement active = driver.switchTo().activeElement();
            String id = active.getAttribute("id");
            if (submit.equals(id)) {
                assertEquals(keys.keySet(), reached, "fields reached by Tab");
                active.sendKeys(Keys.ENTER);
                browser.awaitReplaced(active);
                return;
            }
            if (keys.containsKey(id) && reached.add(id)) {
                active.sendKeys(keys.get(id));
            }
            tab(active);
        }
        throw new AssertionError("Tab never reached the save button of " + path);
    }

    /** Tab away; a file field takes the keys sent to it as a file's path, so Tab goes to the page there. */
    private void tab(WebElement active) {
        if ("file".equals(active.getAttribute("type"))) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        } else {
            active.sendKeys(Keys.TAB);
        }
    }

    /** axe-core finds nothing to fix on the page shown; then a screenshot of it. */
    void check(String screenshot) {
        assertEquals(List.of(), Axe.violations(driver), driver.getCurrentUrl());
        browser.screenshot(screenshot);
    }

    /** Sets a field's value as a date or time picker would (they take no typing in a headless browser's locale). */
    void set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id(id)), value);
    }

    void type(String id, String value) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks; a submit button's or a link's click returns only once the next page has loaded. */
    void click(String id) {
        WebElement element = driver.findElement(By.id(id));
        boolean leaves = "submit".equals(element.getAttribute("type"))
                || "a".equals(element.getTagName()) && element.getAttribute("href") != null;
        if (leaves) {
            browser.clickAway(element);
        } else {
            element.click();
        }
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
