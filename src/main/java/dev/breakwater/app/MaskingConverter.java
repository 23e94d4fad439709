package dev.breakwater.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * {@code %masked(…)} in logback.xml: the whole formatted line (message, stack trace, thread name, all of
 * it) passed through {@link LogSecrets#mask}, so no part of a line can carry a key out.
 */
public final class MaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return LogSecrets.mask(in);
    }
}
