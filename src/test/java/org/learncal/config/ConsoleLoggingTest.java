package org.learncal.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service logs INFO and above to standard output, one line per event, configured without a logback.xml. */
class ConsoleLoggingTest {

    @Test
    void logbackFindsTheConfigurationAndWritesOneLinePerEventToStandardOutput() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.INFO, root.getLevel());
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("STDOUT");
        assertEquals("System.out", console.getTarget());

        LoggingEvent event = new LoggingEvent(Logger.FQCN, context.getLogger(ConsoleLoggingTest.class), Level.WARN,
                "Seed data from {} not checked", null, new Object[] {"classpath:seed-data"});
        @SuppressWarnings("unchecked")
        String line = new String(((ConsoleAppender<LoggingEvent>) console).getEncoder().encode(event),
                StandardCharsets.UTF_8);
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  o\\.learncal\\.config\\.ConsoleLoggingTest - "
                + "Seed data from classpath:seed-data not checked\\R"), line);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineTakesOver() {
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            LoggerContext context = new LoggerContext();
            ConsoleLogging logging = new ConsoleLogging();
            logging.setContext(context);
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
            assertEquals(null, context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"));
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
