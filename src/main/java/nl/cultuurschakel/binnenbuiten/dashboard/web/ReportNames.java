package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.dashboard.ReportPeriod;
import nl.cultuurschakel.binnenbuiten.dashboard.Selection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a selection and a report are called on the page, in the window title and in the
 * PDF: "wijk Bouwlust", "Impactrapportage 2023 – stadsdeel Escamp".
 */
@Component
class ReportNames {

	private final MessageSource messages;

	ReportNames(MessageSource messages) {
		this.messages = messages;
	}

	/** "alle wijken", "wijk Bouwlust" or "stadsdeel Escamp". */
	String selection(Selection selection, Locale locale) {
		if (selection.neighbourhood() != null) {
			return text("dashboard.selection.neighbourhood", locale, selection.neighbourhood().name());
		}
		if (selection.district() != null) {
			return text("dashboard.selection.district", locale, text("district." + selection.district(), locale));
		}
		return text("dashboard.selection.all", locale);
	}

	/**
	 * The report's heading: the year (never written "2.023") or both dates, and the
	 * selection when it is not the whole programme.
	 */
	String heading(ReportPeriod period, Selection selection, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String when = period.isCalendarYear()
				? text("report.heading.year", locale, String.valueOf(period.from().getYear()))
				: text("report.heading.period", locale, dates.format(period.from()), dates.format(period.to()));
		return selection.isAll() ? when : text("report.heading.selection", locale, when, selection(selection, locale));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
