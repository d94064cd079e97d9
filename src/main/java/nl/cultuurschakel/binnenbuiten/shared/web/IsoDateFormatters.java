package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;

/**
 * How dates and months travel in URLs and forms: ISO {@code 2026-12-01} and
 * {@code 2026-12}, as {@code <input type="date">} and {@code <input type="month">} send
 * them, with a four-digit year. {@code java.time} alone also reads
 * {@code +999999999-01-01}, which PostgreSQL cannot store or compare (a 500 on any list
 * filtered by it); here such a value is a type mismatch like any other unreadable date: a
 * field message on a form, 400 for a request parameter. Pages with a narrower sensible
 * range check it themselves.
 */
public final class IsoDateFormatters {

	/**
	 * Exactly four digits of year, no sign: ({@code uuuu} would take a sign and more).
	 */
	private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().append(MONTH)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private IsoDateFormatters() {
	}

	/**
	 * Registers the formatters for {@link LocalDate} and {@link YearMonth}; they take
	 * precedence over the ones registered before.
	 */
	public static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, formatter(DATE, LocalDate::from));
		registry.addFormatterForFieldType(YearMonth.class, formatter(MONTH, YearMonth::from));
	}

	private static <T> Formatter<T> formatter(DateTimeFormatter format, Function<TemporalAccessor, T> from) {
		return new Formatter<>() {

			@Override
			public T parse(String text, Locale locale) {
				return from.apply(format.parse(text.trim()));
			}

			@Override
			public String print(T value, Locale locale) {
				return format.format((TemporalAccessor) value);
			}

		};
	}

}
