package org.voicequal.pipeline.consume;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * What every event must satisfy beyond decoding, checked before any handler sees it: a decoded record can
 * still break the contract in ways Avro cannot express, and a handler would then fail in its own way (a
 * database error retried as an unexpected exception, a bogus id stored and passed on). Each breach is a
 * {@link PoisonEventException} naming the field, so the record goes to its dead-letter topic at once. The
 * message never repeats a value: it may be personal data, sealed or not.
 *
 * <p>The rules are the ones every producer of the pipeline keeps, so no event it emits is refused:
 * <ul>
 * <li>{@code eventId} is present and not blank (the inbox keys on it);</li>
 * <li>{@code qualificationId}, {@code replacesQualificationId} (unless blank: none) and {@code requestId} are
 * UUIDs (ingest-service issues them so, and checks that a replaced one is its own; ingest's tables type them
 * so);</li>
 * <li>an enum symbol {@code UNKNOWN} that is also the enum's default is what Avro substitutes for a symbol the
 * reader does not know: the writer is newer than this consumer, which cannot act on it. Dead-lettered, it can
 * be replayed once the consumer is upgraded. ({@code DocumentType.OTHER}, also a default, is a real type that
 * every consumer handles, so it passes.)</li>
 * <li>dates lie in years {@value #FIRST_YEAR} to {@value #LAST_YEAR} (what ISO dates without a sign, JSON and
 * the applicants' forms carry; applicants type some of them, so nothing narrower is safe) and instants, which only
 * clocks write, in years {@value #FIRST_INSTANT_YEAR} to {@value #LAST_YEAR}.</li>
 * </ul>
 * How large a value may be at all is checked before decoding, by the serde.
 */
public final class Contract {

    static final int FIRST_YEAR = 1;
    static final int FIRST_INSTANT_YEAR = 1970;
    static final int LAST_YEAR = 9999;

    private static final Set<String> UUID_FIELDS = Set.of("qualificationId", "replacesQualificationId", "requestId");
    private static final String UNKNOWN_SYMBOL = "UNKNOWN";
    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_INSTANT_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private Contract() {
    }

    /** Throws {@link PoisonEventException} naming the first field of {@code event} that breaks the contract. */
    public static void check(IndexedRecord event) {
        String type = event.getSchema().getName();
        Schema.Field eventId = event.getSchema().getField("eventId");
        Object id = eventId == null ? null : event.get(eventId.pos());
        if (id == null || id.toString().isBlank()) {
            throw new PoisonEventException(type + " has no eventId");
        }
        visit(type, event);
    }

    /**
     * Where a value sits, spelled out only when a breach names it: the dotted path of every field of every event
     * was built for nothing (about a sixth of this check's CPU samples, docs/performance.md).
     */
    private record Where(Object parent, String name, int index) {
        static Where field(Object parent, String name) {
            return new Where(parent, name, -1);
        }

        Where item(int at) {
            return new Where(this, null, at);
        }

        @Override
        public String toString() {
            String base = String.valueOf(parent);
            if (name != null) {
                return base + "." + name;
            }
            return base + (index < 0 ? "[]" : "[" + index + "]");
        }
    }

    private static void visit(Object path, IndexedRecord record) {
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            if (value == null) {
                continue;
            }
            String name = field.name();
            if (UUID_FIELDS.contains(name) && !isUuid(value.toString())
                    // ingest passes a blank replacesQualificationId of a form on as it was typed: it means none
                    && !(name.equals("replacesQualificationId") && value.toString().isBlank())) {
                throw new PoisonEventException(Where.field(path, name) + " is not a UUID");
            }
            if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
                continue; // nothing of the contract applies to a plain value
            }
            value(Where.field(path, name), value);
        }
    }

    private static void value(Where where, Object value) {
        if (value instanceof IndexedRecord nested) {
            visit(where, nested);
        } else if (value instanceof GenericEnumSymbol<?> symbol) {
            symbol(where, symbol);
        } else if (value instanceof LocalDate date && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new PoisonEventException(where + " is a date outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        } else if (value instanceof Instant instant
                && (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT))) {
            throw new PoisonEventException(where + " is an instant outside the years " + FIRST_INSTANT_YEAR + " to " + LAST_YEAR);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (item != null) {
                    value(where.item(i), item);
                }
                i++;
            }
        } else if (value instanceof Map<?, ?> entries) {
            Where item = where.item(-1);
            entries.forEach((key, entry) -> {
                if (entry != null) {
                    value(item, entry);
                }
            });
        }
    }

    private static void symbol(Where where, GenericEnumSymbol<?> value) {
        Schema schema = value.getSchema();
        if (UNKNOWN_SYMBOL.equals(value.toString()) && UNKNOWN_SYMBOL.equals(schema.getEnumDefault())) {
            throw new PoisonEventException(where + " is a " + schema.getName() + " this consumer does not know"
                    + " (written by a newer schema?)");
        }
    }

    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false; // UUID.fromString accepts shortened groups such as 1-1-1-1-1
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
