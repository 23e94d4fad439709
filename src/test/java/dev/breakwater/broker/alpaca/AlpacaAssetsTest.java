package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.domain.Asset;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AlpacaAssetsTest extends MockAlpacaTestBase {

    static final String AAPL_JSON = """
            {"id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","class":"us_equity","exchange":"NASDAQ","symbol":"AAPL",
             "name":"Apple Inc. Common Stock","status":"active","tradable":true,"marginable":true,"shortable":true,
             "easy_to_borrow":true,"fractionable":true,"maintenance_margin_requirement":30,"attributes":["fractional_eh_enabled"]}""";

    static final String GME_JSON = """
            {"id":"6f2bd4e0-9c4a-4a0e-a0c7-c53a9c2a2c1b","class":"us_equity","exchange":"NYSE","symbol":"GME",
             "name":"GameStop Corp.","status":"active","tradable":true,"marginable":false,"shortable":true,
             "easy_to_borrow":false,"fractionable":false}""";

    @Test
    void assetMapsClassAndEasyToBorrow() throws Exception {
        enqueue(200, AAPL_JSON);

        Asset asset = client.asset("AAPL");

        assertThat(asset).isEqualTo(new Asset("b0b6dd9d-8b9b-48a9-ba46-b9d54906e415", "us_equity", "NASDAQ", "AAPL",
                "Apple Inc. Common Stock", "active", true, true, true, true, true));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v2/assets/AAPL");
        assertThat(request.getHeaders().get("APCA-API-KEY-ID")).isEqualTo(KEY_ID);
        assertThat(request.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(SECRET);
    }

    @Test
    void activeEquitiesQueryAndList() throws Exception {
        enqueue(200, "[" + AAPL_JSON + "," + GME_JSON + "]");

        List<Asset> assets = client.activeEquities();

        assertThat(assets).extracting(Asset::symbol).containsExactly("AAPL", "GME");
        Asset gme = assets.get(1);
        assertThat(gme.easyToBorrow()).isFalse();
        assertThat(gme.marginable()).isFalse();
        assertThat(gme.fractionable()).isFalse();
        assertThat(gme.shortable()).isTrue();
        assertThat(gme.assetClass()).isEqualTo("us_equity");
        RecordedRequest request = taken();
        assertThat(request.getTarget()).isEqualTo("/v2/assets?status=active&asset_class=us_equity");
        assertThat(request.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(SECRET);
    }

    @Test
    void unknownAssetIsNotFound() throws Exception {
        enqueue(404, "{\"code\":40410000,\"message\":\"asset not found for ZZZZ\"}");
        NotFoundException e = thrown(NotFoundException.class, () -> client.asset("ZZZZ"));
        assertThat(e.endpoint()).isEqualTo(Endpoint.ASSET);
        assertThat(taken().getTarget()).isEqualTo("/v2/assets/ZZZZ");
    }

    @Test
    void symbolIsEncodedAsOneSegment() throws Exception {
        enqueue(200, AAPL_JSON);
        client.asset("BRK/B");
        assertThat(taken().getTarget()).isEqualTo("/v2/assets/BRK%2FB");
    }

    @Test
    void malformedAssets() {
        for (String body : List.of("", "{", "[]", "{\"id\":\"x\"}", AAPL_JSON + " []", "{\"symbol\":\"A\",\"tradable\":{}}")) {
            enqueue(200, body);
            thrown(MalformedReplyException.class, () -> client.asset("AAPL"));
        }
        enqueue(200, AAPL_JSON);
        thrown(MalformedReplyException.class, client::activeEquities);
        enqueue(200, "[{\"id\":\"x\"}]");
        thrown(MalformedReplyException.class, client::activeEquities);
    }
}
