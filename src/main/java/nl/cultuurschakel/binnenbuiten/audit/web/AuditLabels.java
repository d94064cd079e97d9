package nl.cultuurschakel.binnenbuiten.audit.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What the audit pages show for kinds of record, fields and values, in the user's
 * language. Labels come from {@code i18n/audit.properties}; enum values from the labels
 * the modules already have (tried by the enum's name, {@code PartnerDomain} →
 * {@code partner.domain.ARTS_CULTURE}, then by the kind and field of the record); what
 * has no label shows as stored. Ids and years are never formatted as numbers.
 */
@Component("auditLabels")
@RequiredArgsConstructor
public class AuditLabels {

	static final String EMPTY = "—";

	private final MessageSource messages;

	/** The label of a kind of record ({@code grant} → Bijdrage). */
	public String type(String type) {
		return message(type, "audit.type." + type);
	}

	/**
	 * The label of a field; a property of a map ({@code answers.KEY_FIGURES}) is named by
	 * the map's label and the key's.
	 */
	public String field(String type, String property) {
		int dot = property.indexOf('.');
		if (dot > 0) {
			String map = property.substring(0, dot);
			String key = property.substring(dot + 1);
			return field(type, map) + ": " + message(key, type + "." + singular(map) + "." + key,
					module(type) + "." + singular(map) + "." + key);
		}
		return message(property, "audit.field." + type + "." + property, "audit.field." + property);
	}

	/** What a stored value looks like to a person. */
	public String value(String type, String property, Object value) {
		String field = property.contains(".") ? property.substring(property.indexOf('.') + 1) : property;
		return format(type, field, value);
	}

	private String format(String type, String property, Object value) {
		Locale locale = LocaleContextHolder.getLocale();
		if (value == null) {
			return EMPTY;
		}
		if (value instanceof Boolean yes) {
			return message(value.toString(), yes ? "audit.value.yes" : "audit.value.no");
		}
		if (value instanceof BigDecimal amount) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(Math.max(amount.scale(), 0));
			format.setMaximumFractionDigits(Math.max(amount.scale(), 0));
			return format.format(amount);
		}
		if (value instanceof LocalDate day) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
		}
		if (value instanceof LocalTime time) {
			return DateTimeFormatter.ofPattern("HH:mm").format(time);
		}
		if (value instanceof Instant instant) {
			return moment(instant);
		}
		if (value instanceof Enum<?> constant) {
			return enumLabel(type, property, constant);
		}
		if (value instanceof Collection<?> collection) {
			return collection.isEmpty() ? EMPTY
					: collection.stream()
						.map((element) -> format(type, property, element))
						.collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> fields) {
			return fields.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() != null)
				.map((entry) -> format(type, entry.getKey().toString(), entry.getValue()))
				.collect(Collectors.joining(" · "));
		}
		return value.toString();
	}

	/** A moment as the Dutch read it, in Den Haag's time. */
	public String moment(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(DenHaag.ZONE));
	}

	private String enumLabel(String type, String property, Enum<?> constant) {
		String name = constant.name();
		String enumKey = constant.getDeclaringClass()
			.getSimpleName()
			.replaceAll("([a-z0-9])([A-Z])", "$1.$2")
			.toLowerCase(Locale.ROOT);
		String module = module(type);
		String status = property.endsWith("Status") ? "status" : property;
		return message(name, enumKey + "." + name, module + "." + status + "." + name,
				module + "." + singular(status) + "." + name, property + "." + name, module + "." + name);
	}

	/** The first part of a kind's key, which is most often its module's name. */
	private static String module(String type) {
		int dash = type.indexOf('-');
		return (dash > 0) ? type.substring(0, dash) : type;
	}

	private static String singular(String property) {
		return property.endsWith("s") ? property.substring(0, property.length() - 1) : property;
	}

	private String message(String fallback, String... codes) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(codes, fallback),
				LocaleContextHolder.getLocale());
	}

}
