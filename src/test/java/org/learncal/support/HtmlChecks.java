package org.learncal.support;

import nu.validator.client.EmbeddedValidator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the W3C HTML checker (vnu) in-process. */
public final class HtmlChecks {
    private HtmlChecks() {
    }

    /** The checker's report on {@code html}, one message a line. */
    public static String report(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        return validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The errors of a report. */
    public static List<String> errors(String report) {
        return report.lines().filter(line -> line.contains("error")).toList();
    }
}
