package dev.breakwater.broker.alpaca;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code trade_updates} frames of the plain shape Alpaca sends, read straight from the bytes into
 * {@link TradeUpdate}: {@code {"stream":"trade_updates","data":{...}}} in that order, every value of the
 * update and of its order a string, null, or (for {@code extended_hours}) a boolean, strings of printable
 * ASCII without escapes, no known field twice, {@code legs} null. The record binding of {@link Order}
 * took about two thirds of {@code bench stream} in a JFR profile, and even Jackson's tokenizer alone
 * (with names, strings and numbers decoded for any JSON) more than this needs for the one shape.
 *
 * <p>Only a subset of JSON is read here, so whatever is accepted is valid JSON with one meaning. Every
 * value is read as the mapper's deserializers read it ({@link Rfc3339} for times, the enums'
 * {@code fromWire}, decimals in plain notation as {@code new BigDecimal} reads them, unknown fields
 * ignored), and anything else (an escape, a non-ASCII byte, a number, a nested object or array, a time
 * or decimal of another shape, a name given twice, a frame too long, trailing content, broken JSON) makes
 * {@link #read} answer null: {@link TradeUpdateMessages} then takes its general path, which reads or
 * rejects the frame exactly as it always did. Differential tests hold the two paths to the same results.
 */
final class PlainTradeUpdates {

    /**
     * Longer frames take the general path: far under Jackson's smallest read limit (names of 50,000
     * bytes), so no frame the general path refuses for a size passes here.
     */
    private static final int LONGEST_FRAME = 32 * 1024;
    private static final int LONGEST_DECIMAL = 100;
    /** Decimals with more digits are not collected in a long. */
    private static final int LONG_DIGITS = 18;
    private static final NotPlain NOT_PLAIN = new NotPlain();
    private static final byte[] STREAM = bytes("stream");
    private static final byte[] TRADE_UPDATES = bytes("trade_updates");
    private static final byte[] DATA = bytes("data");
    private static final byte[] NULL = bytes("null");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    private static final SharedTexts SHARED = new SharedTexts();
    private static final WireLookup<TradeEvent> EVENTS = new WireLookup<>(TradeEvent.class, TradeEvent::fromWire);

    /** The update's fields, in the order of {@link TradeUpdate}'s components after its event. */
    private static final Shape UPDATE = new Shape(new Field[] {new Field("event", Kind.SHARED_TEXT),
        new Field("order", Kind.ORDER), new Field("execution_id", Kind.TEXT), new Field("timestamp", Kind.TIME),
        new Field("price", Kind.DECIMAL), new Field("qty", Kind.DECIMAL), new Field("position_qty", Kind.DECIMAL)});

    /** The order's fields, in the order of {@link Order}'s components, named as the mapper names them. */
    private static final Shape ORDER = new Shape(new Field[] {new Field("id", Kind.TEXT),
            new Field("client_order_id", Kind.TEXT), new Field("created_at", Kind.TIME),
            new Field("updated_at", Kind.TIME), new Field("submitted_at", Kind.TIME),
            new Field("filled_at", Kind.TIME), new Field("expired_at", Kind.TIME),
            new Field("canceled_at", Kind.TIME), new Field("failed_at", Kind.TIME),
            new Field("replaced_at", Kind.TIME), new Field("replaced_by", Kind.TEXT),
            new Field("replaces", Kind.TEXT), new Field("asset_id", Kind.SHARED_TEXT),
            new Field("symbol", Kind.SHARED_TEXT), new Field("asset_class", Kind.SHARED_TEXT), new Field("notional", Kind.DECIMAL),
            new Field("qty", Kind.DECIMAL), new Field("filled_qty", Kind.DECIMAL),
            new Field("filled_avg_price", Kind.DECIMAL),
            new Field("order_class", new WireLookup<>(OrderClass.class, OrderClass::fromWire)),
            new Field("type", new WireLookup<>(OrderType.class, OrderType::fromWire)),
            new Field("side", new WireLookup<>(Side.class, Side::fromWire)),
            new Field("time_in_force", new WireLookup<>(TimeInForce.class, TimeInForce::fromWire)),
            new Field("limit_price", Kind.DECIMAL), new Field("stop_price", Kind.DECIMAL),
            new Field("status", new WireLookup<>(OrderStatus.class, OrderStatus::fromWire)),
            new Field("extended_hours", Kind.FLAG), new Field("legs", Kind.LEGS),
            new Field("trail_percent", Kind.DECIMAL), new Field("trail_price", Kind.DECIMAL),
            new Field("hwm", Kind.DECIMAL)},
            // as Alpaca's API writes an order (its REST replies and stream frames), ignored fields included
            "id", "client_order_id", "created_at", "updated_at", "submitted_at", "filled_at", "expired_at",
            "expires_at", "cancel_requested_at", "canceled_at", "failed_at", "replaced_at", "replaced_by",
            "replaces", "asset_id", "symbol", "asset_class", "notional", "qty", "filled_qty", "filled_avg_price",
            "order_class", "order_type", "type", "side", "position_intent", "time_in_force", "limit_price",
            "stop_price", "status", "extended_hours", "legs", "trail_percent", "trail_price", "hwm", "subtag",
            "source");

    private PlainTradeUpdates() {
    }

    /** The update a frame of the plain shape holds, or null for any other frame. */
    static TradeUpdate read(byte[] frame) {
        if (frame.length > LONGEST_FRAME) {
            return null;
        }
        try {
            Cursor in = new Cursor(frame);
            in.expect('{');
            in.expectName(STREAM);
            in.expectString(TRADE_UPDATES);
            in.expect(',');
            in.expectName(DATA);
            TradeUpdate update = update(in);
            in.expect('}');
            return in.atEnd() ? update : null;
        } catch (NotPlain notPlain) {
            return null;
        }
    }

    private static TradeUpdate update(Cursor in) {
        Object[] values = UPDATE.read(in);
        String event = (String) values[0];
        Order order = (Order) values[1];
        if (event == null || order == null) {
            return null; // the general path reports what is missing
        }
        return new TradeUpdate(EVENTS.read(event), event, order, (String) values[2], (OffsetDateTime) values[3],
                (BigDecimal) values[4], (BigDecimal) values[5], (BigDecimal) values[6]);
    }

    private static Order order(Cursor in) {
        Object[] v = ORDER.read(in);
        return new Order((String) v[0], (String) v[1], (OffsetDateTime) v[2], (OffsetDateTime) v[3],
                (OffsetDateTime) v[4], (OffsetDateTime) v[5], (OffsetDateTime) v[6], (OffsetDateTime) v[7],
                (OffsetDateTime) v[8], (OffsetDateTime) v[9], (String) v[10], (String) v[11], (String) v[12],
                (String) v[13], (String) v[14], (BigDecimal) v[15], (BigDecimal) v[16], (BigDecimal) v[17],
                (BigDecimal) v[18], (OrderClass) v[19], (OrderType) v[20], (Side) v[21], (TimeInForce) v[22],
                (BigDecimal) v[23], (BigDecimal) v[24], (OrderStatus) v[25], (Boolean) v[26], List.of(),
                (BigDecimal) v[28], (BigDecimal) v[29], (BigDecimal) v[30]);
    }

    /** {@code SHARED_TEXT}: a string that repeats from frame to frame, see {@link SharedTexts}. */
    private enum Kind { TEXT, SHARED_TEXT, TIME, DECIMAL, WIRE, FLAG, LEGS, ORDER }

    private record Field(String name, Kind kind, WireLookup<?> lookup) {

        Field(String name, Kind kind) {
            this(name, kind, null);
        }

        Field(String name, WireLookup<?> lookup) {
            this(name, Kind.WIRE, lookup);
        }

        /** What the mapper makes of a missing field: the enum's fallback, false, or null. */
        Object absent() {
            return switch (kind) {
                case WIRE -> lookup.read(null);
                case FLAG -> Boolean.FALSE;
                default -> null;
            };
        }

        /** The value at the cursor, which is past the name's colon and any blanks. */
        Object value(Cursor in) {
            if (kind == Kind.ORDER) {
                return in.peek() == '{' ? order(in) : notPlain();
            }
            if (in.peek() != '"') {
                if (kind == Kind.FLAG) {
                    return in.literal(TRUE) ? Boolean.TRUE : in.literal(FALSE) || in.nullValue() ? Boolean.FALSE
                            : notPlain();
                }
                if (!in.nullValue()) {
                    return notPlain();
                }
                return kind == Kind.WIRE ? lookup.read(null) : null;
            }
            int start = in.string();
            int end = in.at - 1;
            return switch (kind) {
                case TEXT -> in.text(start, end);
                case SHARED_TEXT -> SHARED.text(in.bytes, start, end);
                case TIME -> in.time(start, end);
                case DECIMAL -> decimal(in.bytes, start, end);
                case WIRE -> lookup.read(in.bytes, start, end);
                default -> notPlain();
            };
        }

    }

    /**
     * An object's known fields by name, their values when missing, and the order a sender usually writes
     * its fields in (known or not): the next name in that order is compared first, and a name out of that
     * order costs a search through the names and resumes the guessing after it.
     */
    private static final class Shape {

        private final Field[] fields;
        private final Object[] absent;
        /** The usual order first, then the fields not in it. */
        private final byte[][] names;
        /** The field index of each of {@link #names}; -1 for a name known to be ignored. */
        private final int[] indexes;

        Shape(Field[] fields, String... usualOrder) {
            this.fields = fields;
            this.absent = new Object[fields.length];
            List<String> order = new ArrayList<>(List.of(usualOrder));
            for (int i = 0; i < fields.length; i++) {
                absent[i] = fields[i].absent();
                if (!order.contains(fields[i].name())) {
                    order.add(fields[i].name());
                }
            }
            this.names = new byte[order.size()][];
            this.indexes = new int[order.size()];
            for (int p = 0; p < names.length; p++) {
                names[p] = bytes(order.get(p));
                indexes[p] = -1;
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i].name().equals(order.get(p))) {
                        indexes[p] = i;
                    }
                }
            }
        }

        /** The values of the object at the cursor, by field index, read up to its end. */
        Object[] read(Cursor in) {
            Object[] values = absent.clone();
            in.expect('{');
            if (in.next('}')) {
                return values;
            }
            long seen = 0;
            int next = 0;
            do {
                int position;
                if (next < names.length && in.name(names[next])) {
                    position = next;
                } else {
                    int start = in.string();
                    position = find(in, start, in.at - 1);
                }
                in.expect(':');
                in.skipBlanks();
                if (position >= 0) {
                    next = position + 1;
                }
                int index = position < 0 ? -1 : indexes[position];
                if (index < 0) {
                    in.skipScalar();
                    continue;
                }
                long bit = 1L << index;
                if ((seen & bit) != 0) {
                    throw NOT_PLAIN; // a tree keeps the last, a record binding may keep the first
                }
                seen |= bit;
                values[index] = fields[index].value(in);
            } while (in.next(','));
            in.expect('}');
            return values;
        }

        private int find(Cursor in, int start, int end) {
            for (int p = 0; p < names.length; p++) {
                if (in.equals(start, end, names[p])) {
                    return p;
                }
            }
            return -1;
        }
    }

    /** A position in the frame, and the subset of JSON syntax read here; anything else is not plain. */
    private static final class Cursor {

        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;

        final byte[] bytes;
        int at;
        private final Ascii timeText;
        private OffsetDateTime lastTime;
        private int lastTimeStart;
        private int lastTimeEnd;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
            this.timeText = new Ascii(bytes);
        }

        void skipBlanks() {
            while (at < bytes.length) {
                byte b = bytes[at];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return;
                }
                at++;
            }
        }

        /** The next byte after blanks, or 0 at the end. */
        byte peek() {
            skipBlanks();
            return at < bytes.length ? bytes[at] : 0;
        }

        boolean next(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!next(c)) {
                throw NOT_PLAIN;
            }
        }

        boolean atEnd() {
            skipBlanks();
            return at == bytes.length;
        }

        /**
         * Reads a string of printable ASCII without escapes (bytes 0x20 to 0x7f but the quote and the
         * backslash; a signed byte of 0x80 and above is negative); returns where its content starts.
         */
        int string() {
            expect('"');
            int start = at;
            // locals, not the fields, and eight bytes a step: the loop runs over most of the frame's bytes
            byte[] in = bytes;
            int i = start;
            while (i + Long.BYTES <= in.length && !special((long) LONGS.get(in, i))) {
                i += Long.BYTES;
            }
            for (; i < in.length; i++) {
                byte b = in[i];
                if (b == '"') {
                    at = i + 1;
                    return start;
                }
                if (b < 0x20 || b == '\\') {
                    break;
                }
            }
            throw NOT_PLAIN;
        }

        /**
         * Whether one of the eight bytes is a quote, a backslash, below 0x20 or above 0x7f (the classic
         * "has a zero byte" and "has a byte less than" word tests, exact for "any byte").
         */
        private static boolean special(long word) {
            long quotes = word ^ 0x2222222222222222L;
            long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
            long found = ((quotes - ONES) & ~quotes) | ((backslashes - ONES) & ~backslashes)
                    | ((word - 0x2020202020202020L) & ~word) | word;
            return (found & 0x8080808080808080L) != 0;
        }

        /**
         * Consumes the string at the cursor if it is {@code name} (plain ASCII, so its bytes matched in place
         * are the whole string, without scanning it first); otherwise leaves the cursor where it was.
         */
        boolean name(byte[] name) {
            if (peek() != '"') {
                return false;
            }
            int start = at + 1;
            int end = start + name.length;
            if (end < bytes.length && bytes[end] == '"' && equals(start, end, name)) {
                at = end + 1;
                return true;
            }
            return false;
        }

        void expectName(byte[] name) {
            int start = string();
            if (!equals(start, at - 1, name)) {
                throw NOT_PLAIN;
            }
            expect(':');
        }

        void expectString(byte[] text) {
            int start = string();
            if (!equals(start, at - 1, text)) {
                throw NOT_PLAIN;
            }
        }

        boolean equals(int start, int end, byte[] text) {
            int length = text.length;
            if (end - start != length) {
                return false;
            }
            if (length < Long.BYTES) {
                for (int i = 0; i < length; i++) {
                    if (bytes[start + i] != text[i]) {
                        return false;
                    }
                }
                return true;
            }
            // eight bytes a step, the last step overlapping the one before: no byte-wise tail
            int last = length - Long.BYTES;
            for (int i = 0; i < last; i += Long.BYTES) {
                if ((long) LONGS.get(bytes, start + i) != (long) LONGS.get(text, i)) {
                    return false;
                }
            }
            return (long) LONGS.get(bytes, start + last) == (long) LONGS.get(text, last);
        }

        /** Consumes {@code word} if the bytes at the cursor are it; what follows is checked by the caller. */
        boolean literal(byte[] word) {
            if (at + word.length <= bytes.length && equals(at, at + word.length, word)) {
                at += word.length;
                return true;
            }
            return false;
        }

        boolean nullValue() {
            return literal(NULL);
        }

        /** An ignored field's value: a string, null, true or false. */
        void skipScalar() {
            if (peek() == '"') {
                string();
            } else if (!literal(NULL) && !literal(TRUE) && !literal(FALSE)) {
                throw NOT_PLAIN;
            }
        }

        /**
         * The time in {@code bytes[start, end)}; an order's created, updated and submitted times are often
         * the same text, and the same text is the same immutable value, read once per frame.
         */
        OffsetDateTime time(int start, int end) {
            if (lastTime != null && Arrays.equals(bytes, start, end, bytes, lastTimeStart, lastTimeEnd)) {
                return lastTime;
            }
            lastTime = PlainTradeUpdates.time(timeText.over(start, end));
            lastTimeStart = start;
            lastTimeEnd = end;
            return lastTime;
        }

        /** ASCII, so Latin-1 decodes it as UTF-8 would. */
        String text(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * ASCII bytes as characters, for {@link Rfc3339}: a time needs no string of its own. One view per
     * frame, moved from time to time ({@link Rfc3339} keeps nothing of it).
     */
    private static final class Ascii implements CharSequence {

        private final byte[] bytes;
        private int start;
        private int length;

        Ascii(byte[] bytes) {
            this.bytes = bytes;
        }

        Ascii over(int from, int to) {
            start = from;
            length = to - from;
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) bytes[start + Objects.checkIndex(index, length)];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return toString().subSequence(from, to);
        }

        @Override
        public String toString() {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static OffsetDateTime time(CharSequence text) {
        OffsetDateTime time = Rfc3339.tryParse(text);
        return time != null ? time : notPlain();
    }

    /** Plain notation only ({@code -?digits(.digits)?}): the general path decides exponents, signs, blanks. */
    private static BigDecimal decimal(byte[] bytes, int start, int end) {
        if (end - start > LONGEST_DECIMAL) {
            return notPlain();
        }
        int at = start < end && bytes[start] == '-' ? start + 1 : start;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        for (; at < end && isDigit(bytes[at]); at++, digits++) {
            unscaled = unscaled * 10 + (bytes[at] - '0');
        }
        if (digits == 0) {
            return notPlain();
        }
        if (at < end && bytes[at] == '.') {
            int fraction = ++at;
            for (; at < end && isDigit(bytes[at]); at++, digits++) {
                unscaled = unscaled * 10 + (bytes[at] - '0');
            }
            scale = at - fraction;
            if (scale == 0) {
                return notPlain();
            }
        }
        if (at != end) {
            return notPlain();
        }
        if (digits > LONG_DIGITS) {
            return new BigDecimal(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        }
        // the same value and scale as new BigDecimal(text); a negative zero is zero there too
        return BigDecimal.valueOf(bytes[start] == '-' ? -unscaled : unscaled, scale);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static <T> T notPlain() {
        throw NOT_PLAIN;
    }

    /** Ends the plain reading of a frame; caught in {@link #read}, so shared and without a stack trace. */
    private static final class NotPlain extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("not a plain trade update", null, false, false);
        }
    }
}
