package nl.cultuurschakel.binnenbuiten.dashboard.web;

import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of a period and selection: the dashboard, the report and its downloads.
 * Every filter travels along, so a link never widens or narrows what is shown.
 */
final class ReportLinks {

	private ReportLinks() {
	}

	static String dashboard(Period period, Selection selection) {
		return withSelection(UriComponentsBuilder.fromPath("/dashboard")
			.queryParam("from", period.from())
			.queryParam("to", period.to()), selection);
	}

	/** The report page: {@code /reports/annual/2024} for a calendar year. */
	static String report(Period period, Selection selection) {
		return report(period, selection, "");
	}

	/** A download of the report, {@code extension} being {@code pdf} or {@code xlsx}. */
	static String download(Period period, Selection selection, String extension) {
		return report(period, selection, "." + extension);
	}

	private static String report(Period period, Selection selection, String suffix) {
		UriComponentsBuilder uri = period.isCalendarYear()
				? UriComponentsBuilder.fromPath("/reports/annual/" + period.from().getYear() + suffix)
				: UriComponentsBuilder.fromPath("/reports/period" + suffix)
					.queryParam("from", period.from())
					.queryParam("to", period.to());
		return withSelection(uri, selection);
	}

	private static String withSelection(UriComponentsBuilder uri, Selection selection) {
		if (selection.neighbourhoodId() != null) {
			uri.queryParam("neighbourhood", selection.neighbourhoodId());
		}
		else if (selection.district() != null) {
			uri.queryParam("district", selection.district());
		}
		return uri.build().toUriString();
	}

}
