package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.PositionSide;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositionJsonTest {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();
    private static final TypeReference<List<Position>> POSITIONS = new TypeReference<>() { };

    @Test
    void readsALongPosition() throws Exception {
        Position aapl = MAPPER.readValue(Payloads.text("positions.json"), POSITIONS).get(0);

        assertThat(aapl.assetId()).isEqualTo("b0b6dd9d-8b9b-48a9-ba46-b9d54906e415");
        assertThat(aapl.symbol()).isEqualTo("AAPL");
        assertThat(aapl.exchange()).isEqualTo("NASDAQ");
        assertThat(aapl.assetClass()).isEqualTo("us_equity");
        assertThat(aapl.side()).isEqualTo(PositionSide.LONG);
        assertThat(aapl.qty()).isEqualTo(new BigDecimal("100"));
        assertThat(aapl.qtyAvailable()).isEqualTo(new BigDecimal("60"));
        assertThat(aapl.avgEntryPrice()).isEqualTo(new BigDecimal("172.4850"));
        assertThat(aapl.marketValue()).isEqualTo(new BigDecimal("17607.00"));
        assertThat(aapl.costBasis()).isEqualTo(new BigDecimal("17248.50"));
        assertThat(aapl.unrealizedPl()).isEqualTo(new BigDecimal("358.50"));
        assertThat(aapl.unrealizedPlpc()).isEqualTo(new BigDecimal("0.0207844160361770"));
        assertThat(aapl.unrealizedIntradayPl()).isEqualTo(new BigDecimal("112.00"));
        assertThat(aapl.unrealizedIntradayPlpc()).isEqualTo(new BigDecimal("0.0064018290940269"));
        assertThat(aapl.currentPrice()).isEqualTo(new BigDecimal("176.07"));
        assertThat(aapl.lastdayPrice()).isEqualTo(new BigDecimal("174.95"));
        assertThat(aapl.changeToday()).isEqualTo(new BigDecimal("0.0064018290940269"));
    }

    @Test
    void readsAShortPositionWithNegativeQuantityAndValue() throws Exception {
        Position tsla = MAPPER.readValue(Payloads.text("positions.json"), POSITIONS).get(1);

        assertThat(tsla.side()).isEqualTo(PositionSide.SHORT);
        assertThat(tsla.qty()).isEqualTo(new BigDecimal("-25"));
        assertThat(tsla.qtyAvailable()).isEqualTo(new BigDecimal("-25"));
        assertThat(tsla.marketValue()).isEqualTo(new BigDecimal("-4415.50"));
        assertThat(tsla.costBasis()).isEqualTo(new BigDecimal("-4533.50"));
        assertThat(tsla.unrealizedIntradayPl()).isEqualTo(new BigDecimal("-37.25"));
    }

    @Test
    void roundTripsBothPositions() throws Exception {
        String json = Payloads.text("positions.json");
        List<Position> positions = MAPPER.readValue(json, POSITIONS);

        String written = MAPPER.writeValueAsString(positions);

        assertThat(MAPPER.readValue(written, POSITIONS)).isEqualTo(positions);
        RoundTrip.assertWrittenAgrees(MAPPER.readTree(json), MAPPER.readTree(written), "", Set.of());
    }

    @Test
    void readsAnUnknownSideAsUnknown() throws Exception {
        Position position = MAPPER.readValue("{\"symbol\": \"AAPL\", \"side\": \"sideways\"}", Position.class);

        assertThat(position.side()).isEqualTo(PositionSide.UNKNOWN);
    }
}
