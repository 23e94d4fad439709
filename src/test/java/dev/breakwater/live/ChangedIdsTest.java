package dev.breakwater.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedIdsTest {

    @Test
    void keepsEachIdOnceInTheOrderFirstChanged() {
        ChangedIds ids = new ChangedIds();
        assertThat(ids.isEmpty()).isTrue();

        ids.add("old");
        ids.add("new");
        ids.add("old");

        assertThat(ids).containsExactly("old", "new");
        assertThat(ids.size()).isEqualTo(2);
    }

    @Test
    void staysExactPastTheScannedFew() {
        ChangedIds ids = new ChangedIds();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add("o" + i);
            ids.add("o" + (i / 2)); // a repeat of an earlier id, whether scanned or indexed
            expected.add("o" + i);
        }

        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(ids.size()).isEqualTo(5_000);
    }
}
