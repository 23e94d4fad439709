package dev.breakwater.ui.chaos;

import dev.breakwater.ui.Fxml;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

/** The chaos panel's FXML controller: binds the fault controls to {@link ChaosViewModel}, forwards clicks. */
public final class ChaosView {

    private final ChaosViewModel vm;
    /** asObject() adapters are only weakly bound: held here so they live as long as the view. */
    private final List<ObjectProperty<Integer>> adapters = new ArrayList<>();
    private Parent root;

    @FXML private ToggleButton outage;
    @FXML private Label chaosSummary;
    @FXML private HBox presets;
    @FXML private Spinner<Integer> latencyMs;
    @FXML private Slider errorRate;
    @FXML private Label errorRateValue;
    @FXML private Slider rate429;
    @FXML private Label rate429Value;
    @FXML private Slider dropAfterAccept;
    @FXML private Label dropAfterAcceptValue;
    @FXML private Slider slowReplyRate;
    @FXML private Label slowReplyRateValue;
    @FXML private Spinner<Integer> slowReplyMs;
    @FXML private Slider malformedRate;
    @FXML private Label malformedRateValue;
    @FXML private Spinner<Integer> delayedVisibilityMs;
    @FXML private Spinner<Integer> streamDropEverySeconds;
    @FXML private Spinner<Integer> streamSilenceAfterSeconds;
    @FXML private Button applyChaos;
    @FXML private Button calm;
    @FXML private Label chaosMessage;

    private ChaosView(ChaosViewModel vm) {
        this.vm = vm;
    }

    public static ChaosView create(ChaosViewModel vm) {
        ChaosView view = new ChaosView(Objects.requireNonNull(vm, "vm"));
        view.root = Fxml.load(view);
        view.root.getStylesheets().add(ChaosView.class.getResource("ChaosView.css").toExternalForm());
        return view;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        outage.selectedProperty().bindBidirectional(vm.outageProperty());
        outage.textProperty().bind(Bindings.when(vm.outageProperty())
                .then("OUTAGE ON: click to end it").otherwise("Start outage"));
        outage.getStyleClass().addAll(Styles.DANGER, Styles.LARGE);
        chaosSummary.textProperty().bind(vm.summaryProperty());

        for (String name : vm.presets()) {
            Button preset = new Button(name);
            preset.setId("preset-" + name);
            preset.setOnAction(event -> vm.applyPreset(name));
            presets.getChildren().add(preset);
        }

        spinner(latencyMs, vm.latencyMsProperty(), 60_000, 10);
        rate(errorRate, errorRateValue, vm.errorRateProperty());
        rate(rate429, rate429Value, vm.rate429Property());
        rate(dropAfterAccept, dropAfterAcceptValue, vm.dropAfterAcceptProperty());
        rate(slowReplyRate, slowReplyRateValue, vm.slowReplyRateProperty());
        spinner(slowReplyMs, vm.slowReplyMsProperty(), 120_000, 250);
        rate(malformedRate, malformedRateValue, vm.malformedRateProperty());
        spinner(delayedVisibilityMs, vm.delayedVisibilityMsProperty(), 60_000, 100);
        spinner(streamDropEverySeconds, vm.streamDropEverySecondsProperty(), 3_600, 5);
        spinner(streamSilenceAfterSeconds, vm.streamSilenceAfterSecondsProperty(), 3_600, 5);

        applyChaos.disableProperty().bind(vm.dirtyProperty().not());
        applyChaos.getStyleClass().add(Styles.ACCENT);
        calm.disableProperty().bind(vm.calmProperty().and(vm.dirtyProperty().not()));
        chaosMessage.textProperty().bind(vm.messageProperty());
    }

    @FXML
    private void onApply() {
        vm.apply();
    }

    @FXML
    private void onCalm() {
        vm.calm();
    }

    private void spinner(Spinner<Integer> spinner, IntegerProperty value, int max, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, value.get(), step);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        ObjectProperty<Integer> adapter = value.asObject();
        adapters.add(adapter);
        factory.valueProperty().bindBidirectional(adapter);
    }

    private static void rate(Slider slider, Label shown, DoubleProperty value) {
        slider.setMin(0);
        slider.setMax(1);
        slider.setBlockIncrement(0.01);
        slider.valueProperty().bindBidirectional(value);
        shown.textProperty().bind(Bindings.createStringBinding(() -> ChaosSummary.percent(value.get()), value));
    }
}
