package nl.cultuurschakel.binnenbuiten.activity.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.shared.export.CsvWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.export.ExportColumns;
import nl.cultuurschakel.binnenbuiten.shared.export.Money;
import nl.cultuurschakel.binnenbuiten.shared.web.ExportFiles;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The filtered activity list (same URL parameters as the list, same order) as iCalendar
 * and CSV.
 */
@Controller
@RequestMapping("/activities")
@RequiredArgsConstructor
class ActivityExportController {

	/** An export holds at most this many activities. */
	static final int MAX_EXPORT = 5000;

	private static final String FILENAME = "activity.export.filename";

	private final ActivityService activities;

	private final ActivityAccess access;

	private final ExportFiles files;

	/** The calendar's time stamp (DTSTAMP). */
	private final Clock clock;

	@GetMapping("/export.ics")
	ResponseEntity<byte[]> ics(@ModelAttribute("filter") ActivityListFilter filter, BindingResult binding,
			@SortDefault(sort = "date", direction = Sort.Direction.DESC) Sort sort,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		String ics = IcsWriter.write(find(filter, binding, sort, user), this.clock.instant(),
				"binnenbuiten.cultuurschakel.nl");
		return this.files.ofToday(FILENAME, "ics", Download.ICS, locale, ics.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("filter") ActivityListFilter filter, BindingResult binding,
			@SortDefault(sort = "date", direction = Sort.Direction.DESC) Sort sort,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		ExportColumns<ActivityListItem> columns = new ExportColumns<ActivityListItem>()
			.add("activity.date", (item) -> item.row().date())
			.add("activity.startTime", (item) -> item.row().startTime())
			.add("activity.endTime", (item) -> item.row().endTime())
			.add("activity.title", (item) -> item.row().title())
			.add("activity.neighbourhood", ActivityListItem::neighbourhoodName)
			.add("activity.location", ActivityListItem::location)
			.add("activity.discipline", (item) -> this.files.text("discipline." + item.row().discipline(), locale))
			.add("activity.minAge", (item) -> item.row().minAge())
			.add("activity.maxAge", (item) -> item.row().maxAge())
			.add("activity.costType", (item) -> this.files.text("activity.costType." + item.row().costType(), locale))
			.add("activity.price", (item) -> Money.of(item.row().price()))
			.add("activity.status", (item) -> this.files.text("activity.status." + item.row().status(), locale))
			.add("activity.childrenReached", (item) -> item.row().childrenReached());
		List<ActivityListItem> items = find(filter, binding, sort, user);
		byte[] csv = CsvWriter.bytes((out) -> {
			out.row(columns.headers((key) -> this.files.text(key, locale)));
			items.forEach((item) -> out.row(columns.values(item)));
		});
		return this.files.ofToday(FILENAME, "csv", Download.CSV, locale, csv);
	}

	/** What the list shows this user, in the list's order (newest first by default). */
	private List<ActivityListItem> find(ActivityListFilter filter, BindingResult binding, Sort sort, CurrentUser user) {
		return this.activities
			.find(filter.toFilter(this.access.visibleNeighbourhoods(user), binding),
					ActivityController.sorted(PageRequest.of(0, MAX_EXPORT, sort), Sort.Direction.DESC))
			.getContent();
	}

}
