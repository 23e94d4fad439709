package dev.breakwater.broker;

/**
 * The broker calls by name, for metrics, retry policy and breaker selection. The name is the
 * {@code endpoint} tag of {@code breakwater_retry_attempts_total}.
 */
public enum Endpoint {
    PLACE_ORDER("place_order", EndpointGroup.ORDERS),
    REPLACE_ORDER("replace_order", EndpointGroup.ORDERS),
    CANCEL_ORDER("cancel_order", EndpointGroup.ORDERS),
    CANCEL_ALL_ORDERS("cancel_all_orders", EndpointGroup.ORDERS),
    GET_ORDER("get_order", EndpointGroup.READS),
    GET_ORDER_BY_CLIENT_ID("get_order_by_client_id", EndpointGroup.READS),
    LIST_ORDERS("list_orders", EndpointGroup.READS),
    ACCOUNT("account", EndpointGroup.READS),
    POSITIONS("positions", EndpointGroup.READS),
    CLOCK("clock", EndpointGroup.READS),
    ASSET("asset", EndpointGroup.READS),
    ASSETS("assets", EndpointGroup.READS),
    LATEST_TRADE("latest_trade", EndpointGroup.READS),
    LATEST_QUOTE("latest_quote", EndpointGroup.READS),
    SNAPSHOTS("snapshots", EndpointGroup.READS);

    private final String tag;
    private final EndpointGroup group;

    Endpoint(String tag, EndpointGroup group) {
        this.tag = tag;
        this.group = group;
    }

    /** The metric tag value, e.g. {@code place_order}. */
    public String tag() {
        return tag;
    }

    /** Which circuit breaker guards this call. */
    public EndpointGroup group() {
        return group;
    }
}
