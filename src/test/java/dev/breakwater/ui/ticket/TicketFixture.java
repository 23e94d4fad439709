package dev.breakwater.ui.ticket;

import dev.breakwater.domain.OrderType;
import dev.breakwater.testing.MutableClock;
import dev.breakwater.ui.BackgroundWork;
import dev.breakwater.ui.SameThreadWork;
import java.time.Instant;

/** A valid AAPL limit ticket over fake services and a settable clock: the start of every ticket test. */
abstract class TicketFixture {

    static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    final FakeTicketServices services = new FakeTicketServices();
    final MutableClock clock = new MutableClock(T0);

    OrderTicketViewModel ticket(BackgroundWork work) {
        services.quote("AAPL", "100.00", "99.95", "100.05", T0.minusMillis(800), false);
        OrderTicketViewModel vm = new OrderTicketViewModel(services, work, clock);
        vm.symbolProperty().set("AAPL");
        vm.qtyProperty().set("10");
        vm.typeProperty().set(OrderType.LIMIT);
        vm.limitPriceProperty().set("100.50");
        return vm;
    }

    OrderTicketViewModel ticket() {
        return ticket(new SameThreadWork());
    }

    static String error(OrderTicketViewModel vm, TicketField field) {
        return vm.errorProperty(field).get();
    }
}
