package nl.cultuurschakel.binnenbuiten.activity.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRow;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The filtered activity list (same URL parameters as the list) as iCalendar and CSV.
 */
@Controller
@RequestMapping("/activities")
class ActivityExportController {

	/** An export holds at most this many activities. */
	static final int MAX_EXPORT = 5000;

	private static final List<String> CSV_COLUMNS = List.of("activity.date", "activity.startTime", "activity.endTime",
			"activity.title", "activity.neighbourhood", "activity.location", "activity.discipline", "activity.minAge",
			"activity.maxAge", "activity.costType", "activity.price", "activity.status", "activity.childrenReached");

	private final ActivityService activities;

	private final ActivityAccess access;

	private final MessageSource messages;

	private final Clock clock;

	ActivityExportController(ActivityService activities, ActivityAccess access, MessageSource messages, Clock clock) {
		this.activities = activities;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export.ics")
	ResponseEntity<byte[]> ics(@ModelAttribute("filter") ActivityListFilter filter, BindingResult ignored,
			@AuthenticationPrincipal CurrentUser user) {
		String ics = IcsWriter.write(find(filter, user), this.clock.instant(), "binnenbuiten.cultuurschakel.nl");
		return download(ics, "activiteiten.ics", new MediaType("text", "calendar", StandardCharsets.UTF_8));
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("filter") ActivityListFilter filter, BindingResult ignored,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		CsvWriter csv = new CsvWriter();
		csv.row(CSV_COLUMNS.stream().map((key) -> this.messages.getMessage(key, null, locale)).toList());
		for (ActivityListItem item : find(filter, user)) {
			ActivityRow row = item.row();
			csv.row(row.date(), row.startTime(), row.endTime(), row.title(), item.neighbourhoodName(), item.location(),
					label("discipline." + row.discipline(), locale), row.minAge(), row.maxAge(),
					label("activity.costType." + row.costType(), locale), row.price(),
					label("activity.status." + row.status(), locale), row.childrenReached());
		}
		return download(csv.toString(), "activiteiten.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	private List<ActivityListItem> find(ActivityListFilter filter, CurrentUser user) {
		Pageable all = PageRequest.of(0, MAX_EXPORT, Sort.by("date", "startTime", "id"));
		return this.activities.find(filter.toFilter(this.access.visibleNeighbourhoods(user)), all).getContent();
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static ResponseEntity<byte[]> download(String body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
