package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The masking behind every production log line, alone and through the real logback.xml. */
class LogSecretsTest {

    @TempDir
    Path folder;

    /** A fresh secret per test: the registry is process-wide. */
    private final String secret = "mask-me-" + UUID.randomUUID();

    @Test
    void aRegisteredSecretIsMaskedWhereverItAppears() {
        LogSecrets.register(secret);
        assertThat(LogSecrets.mask("auth failed for " + secret + ", then " + secret + "!"))
                .isEqualTo("auth failed for ****, then ****!");
    }

    @Test
    void nullBlankAndShortValuesAreNotRegistered() {
        LogSecrets.register(null, " ", "abc1234");
        assertThat(LogSecrets.mask("abc1234 stays")).isEqualTo("abc1234 stays");
    }

    @Test
    void aLongerSecretContainingAShorterOneIsMaskedWhole() {
        String inner = "inner-" + UUID.randomUUID();
        LogSecrets.register(inner, inner + "-outer");
        assertThat(LogSecrets.mask("x " + inner + "-outer y")).isEqualTo("x **** y");
    }

    @Test
    void keyShapedValuesAreMaskedEvenWhenNeverRegistered() {
        assertThat(LogSecrets.mask("APCA-API-SECRET-KEY: s3cr3tvalue")).isEqualTo("APCA-API-SECRET-KEY: ****");
        assertThat(LogSecrets.mask("apca-api-key-id:PKABCDEF, next")).isEqualTo("apca-api-key-id:****, next");
        assertThat(LogSecrets.mask("env APCA_API_SECRET_KEY=abc def")).isEqualTo("env APCA_API_SECRET_KEY=**** def");
        assertThat(LogSecrets.mask("{\"APCA-API-SECRET-KEY\":\"abc\"}")).isEqualTo("{\"APCA-API-SECRET-KEY\":\"****\"}");
        assertThat(LogSecrets.mask("alpaca.secret_key = hunter22")).isEqualTo("alpaca.secret_key = ****");
        assertThat(LogSecrets.mask("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void theProductionPatternMasksMessagesArgumentsAndStackTraces() throws Exception {
        LogSecrets.register(secret);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's binding does for the default context
        context.putProperty(LogFiles.DIRECTORY_PROPERTY, folder.toString());
        context.putProperty(LogFiles.LEVEL_PROPERTY, "INFO");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
        Logger logger = context.getLogger("dev.breakwater.test");

        logger.info("connected with {}", secret);
        logger.error("call failed", new IllegalStateException("header APCA-API-SECRET-KEY: " + secret,
                new RuntimeException("cause " + secret)));
        logger.debug("below the level {}", "invisible");
        context.stop();

        String log = Files.readString(folder.resolve(LogFiles.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(secret).doesNotContain("invisible");
        assertThat(log).contains("connected with ****", "APCA-API-SECRET-KEY: ****", "Caused by: java.lang.RuntimeException: cause ****");
        // The stack trace is inside %masked(...): Logback must not add an unmasked copy after it.
        assertThat(log.split("java.lang.IllegalStateException", -1)).hasSize(2);
    }
}
