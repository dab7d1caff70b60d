package org.learncal.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core (npm, installed by .ci/stages/40-browser.sh into target/ci-axe) run inside the browser on the page
 * it shows; answers each violation as "rule: target" so that a failing test names what to fix.
 */
public final class Axe {
    private static final Path SCRIPT = Path.of("target/ci-axe/node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source() + "\nwindow.axe = axe;");
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.map(function (v) { return v.id + ': ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' '); }).join(', '); }));"
                + "}, function (e) { done(['axe failed: ' + e]); });");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: run .ci/stages/40-browser.sh, or npm install "
                        + "--prefix target/ci-axe axe-core", e);
            }
        }
        return source;
    }

}
