package nl.cultuurschakel.binnenbuiten.dashboard;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a selection and a report are called on the page, in the window title, in the PDF
 * and the spreadsheet, and in the names of the downloads: "wijk Bouwlust",
 * "Impactrapportage 2023 – stadsdeel Escamp", {@code impactrapportage-2023-escamp.pdf}.
 */
@Component
@RequiredArgsConstructor
public class ReportNames {

	private final MessageSource messages;

	/** "alle wijken", "wijk Bouwlust" or "stadsdeel Escamp". */
	public String selection(Selection selection, Locale locale) {
		if (selection.neighbourhood() != null) {
			return text("dashboard.selection.neighbourhood", locale, selection.neighbourhood().name());
		}
		if (selection.district() != null) {
			return text("dashboard.selection.district", locale, district(selection, locale));
		}
		return text("dashboard.selection.all", locale);
	}

	/**
	 * The report's heading: the year (never written "2.023") or both dates, and the
	 * selection when it is not the whole programme.
	 */
	public String heading(Period period, Selection selection, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String when = period.isCalendarYear()
				? text("report.heading.year", locale, String.valueOf(period.from().getYear()))
				: text("report.heading.period", locale, dates.format(period.from()), dates.format(period.to()));
		return selection.isAll() ? when : text("report.heading.selection", locale, when, selection(selection, locale));
	}

	/**
	 * The file name of a download of the report (PDF or XLSX) in the user's language,
	 * with the year or both dates and the selected neighbourhood or district:
	 * {@code impactrapportage-2023.pdf}, {@code impactrapportage-2023-bouwlust.xlsx},
	 * {@code impact-report-2023-01-01-2023-06-30-escamp.pdf}.
	 */
	public String filename(Period period, Selection selection, String extension, Locale locale) {
		String part = period.isCalendarYear() ? String.valueOf(period.from().getYear())
				: period.from() + "-" + period.to();
		String about = null;
		if (selection.neighbourhood() != null) {
			about = slug(selection.neighbourhood().name());
		}
		else if (selection.district() != null) {
			about = slug(district(selection, locale));
		}
		if (about != null && !about.isEmpty()) {
			part = part + "-" + about;
		}
		return Download.filename(this.messages, locale, "report.export.filename", part, extension);
	}

	/**
	 * A name as a part of a file name: lower case letters and digits without accents,
	 * anything else as one hyphen ("Leidschenveen-Ypenburg" →
	 * {@code leidschenveen-ypenburg}, "Duinoord / Zeeheldenkwartier" →
	 * {@code duinoord-zeeheldenkwartier}).
	 */
	static String slug(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private String district(Selection selection, Locale locale) {
		return text("district." + selection.district(), locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
