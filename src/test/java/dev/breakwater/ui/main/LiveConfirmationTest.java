package dev.breakwater.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveConfirmationTest {

    private final LiveConfirmation confirmation = new LiveConfirmation("PA3ACCOUNT7");

    @Test
    void nothingTypedIsNotAConfirmation() {
        assertThat(confirmation.confirmed()).isFalse();
    }

    @Test
    void onlyTheExactAccountNumberConfirms() {
        confirmation.typedProperty().set("PA3ACCOUNT");
        assertThat(confirmation.confirmed()).isFalse();
        confirmation.typedProperty().set("pa3account7");
        assertThat(confirmation.confirmed()).isFalse();
        confirmation.typedProperty().set("  PA3ACCOUNT7 ");
        assertThat(confirmation.confirmed()).isTrue();
        confirmation.typedProperty().set("PA3ACCOUNT77");
        assertThat(confirmation.matchesProperty().get()).isFalse();
    }

    @Test
    void aBlankAccountNumberCanNeverBeConfirmed() {
        LiveConfirmation blank = new LiveConfirmation("");
        blank.typedProperty().set("");
        assertThat(blank.confirmed()).isFalse();
    }
}
