package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalUrlTest {

    @Test
    void writeDelayZeroIsAddedWhenAbsentAndKeptWhenPresent() {
        assertThat(JournalUrl.parse("jdbc:h2:file:/data/journal").url()).isEqualTo("jdbc:h2:file:/data/journal;WRITE_DELAY=0");
        assertThat(JournalUrl.parse("jdbc:h2:file:/data/journal;TRACE_LEVEL_FILE=0").url())
                .isEqualTo("jdbc:h2:file:/data/journal;TRACE_LEVEL_FILE=0;WRITE_DELAY=0");
        assertThat(JournalUrl.parse("jdbc:h2:file:/data/journal;write_delay=0").url())
                .isEqualTo("jdbc:h2:file:/data/journal;write_delay=0");
    }

    @Test
    void settingsThatBreakTheJournalsPromiseAreRefused() {
        assertThatThrownBy(() -> JournalUrl.parse("jdbc:h2:file:/data/journal;auto_server=true"))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("listens on all network interfaces")
                .hasMessageContaining("desk mode");
        assertThatThrownBy(() -> JournalUrl.parse("jdbc:h2:file:/data/journal;WRITE_DELAY=500"))
                .isInstanceOf(JournalUnavailableException.class);
        assertThatThrownBy(() -> JournalUrl.parse("jdbc:h2:file:/data/journal;FILE_LOCK=NO"))
                .isInstanceOf(JournalUnavailableException.class);
        assertThat(JournalUrl.parse("jdbc:h2:file:/data/journal;AUTO_SERVER=FALSE").url()).contains("AUTO_SERVER=FALSE");
    }

    @Test
    void aForeignUrlIsRefusedWithoutEchoingItsSettings() {
        assertThatThrownBy(() -> JournalUrl.parse("jdbc:postgresql://db/journal?password=hunter2"))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void kindsAndLocations() {
        JournalUrl file = JournalUrl.parse("jdbc:h2:file:/data/journal");
        assertThat(file.kind()).isEqualTo(JournalUrl.Kind.FILE);
        assertThat(file.dataFile()).isEqualTo(Path.of("/data/journal.mv.db"));
        assertThat(file.location()).isEqualTo("/data/journal.mv.db");
        assertThat(JournalUrl.parse("jdbc:h2:~/bw/journal").basePath())
                .isEqualTo(Path.of(System.getProperty("user.home"), "bw", "journal"));

        JournalUrl remote = JournalUrl.parse("jdbc:h2:tcp://127.0.0.1:9092/journal;PASSWORD=x");
        assertThat(remote.kind()).isEqualTo(JournalUrl.Kind.REMOTE);
        assertThat(remote.location()).isEqualTo("jdbc:h2:tcp://127.0.0.1:9092/journal");
        assertThat(JournalUrl.parse("jdbc:h2:mem:test").kind()).isEqualTo(JournalUrl.Kind.MEMORY);
    }

    @Test
    void defaultLocationFollowsXdgOnLinux() {
        assertThat(JournalLocation.defaultBasePath("Linux", Map.of("XDG_DATA_HOME", "/xdg"), "/home/ann"))
                .isEqualTo(Path.of("/xdg/breakwater/journal"));
        assertThat(JournalLocation.defaultBasePath("Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/breakwater/journal"));
        assertThat(JournalLocation.defaultBasePath("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/breakwater/journal"));
        assertThat(JournalLocation.defaultBasePath("Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Breakwater/journal"));
    }

    @Test
    void theDefaultUrlIsAFileWithWriteDelayZero() {
        String url = H2OrderJournal.defaultUrl();

        assertThat(url).startsWith("jdbc:h2:file:").endsWith("/journal;WRITE_DELAY=0").doesNotContainIgnoringCase("AUTO_SERVER");
        assertThat(JournalUrl.parse(url).url()).isEqualTo(url);
    }
}
