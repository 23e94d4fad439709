package dev.breakwater.broker;

import dev.breakwater.domain.Asset;
import java.util.List;

/** The Trading API's assets endpoints: is a symbol real, tradable, fractionable, shortable. */
public interface Assets {

    /** {@code GET /v2/assets/{symbol}}; a {@link NotFoundException} for an unknown symbol. */
    Asset asset(String symbol);

    /** {@code GET /v2/assets?status=active&asset_class=us_equity}. */
    List<Asset> activeEquities();
}
