package nl.cultuurschakel.binnenbuiten.dashboard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRow;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.network.NetworkMetrics;
import nl.cultuurschakel.binnenbuiten.network.NetworkOverview;
import nl.cultuurschakel.binnenbuiten.network.NetworkService;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanFigures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.export.Money;
import nl.cultuurschakel.binnenbuiten.shared.export.Percent;
import nl.cultuurschakel.binnenbuiten.shared.export.SheetWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Spreadsheet;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopSummary;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact report as a spreadsheet: a cover sheet saying what it is about, a sheet with
 * the figures and their definitions, one per neighbourhood section, and one per module
 * with the rows of the period behind the figures — statuses as the UI names them, in the
 * user's language. Every sheet covers the report's period and selection of
 * neighbourhoods, each module filtering in SQL with one query for the whole period.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReportWorkbook {

	private static final int PAGE = 1000;

	private final ContactService contacts;

	private final ActivityService activities;

	private final WorkshopService workshops;

	private final IdeaService ideas;

	private final GrantService grants;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final ScanFigures scans;

	private final NetworkService networks;

	private final ReportNames names;

	private final MessageSource messages;

	public byte[] write(ReportService.Report report, Locale locale) {
		try (Spreadsheet workbook = new Spreadsheet(this.messages, locale)) {
			Sheets sheets = new Sheets(workbook, report.period(), report.selection().neighbourhoodIds(),
					this.partners.allNames(), this.neighbourhoods.allNames());
			cover(workbook, report, locale);
			figures(workbook, report);
			sections(workbook, report);
			networks(workbook, report);
			scans(workbook, report);
			contacts(sheets);
			activities(sheets);
			workshops(sheets);
			ideas(sheets);
			grants(sheets);
			return workbook.toByteArray();
		}
	}

	/**
	 * What the workbook covers, as the report's heading says it, with both ends of the
	 * period as dates and the selected neighbourhoods by name.
	 */
	private void cover(Spreadsheet workbook, ReportService.Report report, Locale locale) {
		SheetWriter cover = workbook.sheet("report.export.cover.sheet",
				List.of(this.names.heading(report.period(), report.selection(), locale), ""));
		cover.row(workbook.text("report.export.cover.from"), report.period().from());
		cover.row(workbook.text("report.export.cover.to"), report.period().to());
		cover.row(workbook.text("report.export.cover.selection"), this.names.selection(report.selection(), locale));
		cover.row(workbook.text("report.export.cover.neighbourhoods"),
				report.sections()
					.stream()
					.map((section) -> section.neighbourhood().name())
					.collect(Collectors.joining(", ")));
		cover.row(workbook.text("report.export.cover.note"));
	}

	private static void figures(Spreadsheet workbook, ReportService.Report report) {
		SheetWriter figures = workbook.sheet("report.sheet.figures", "report.figure", "report.value", "report.previous",
				"report.definition");
		for (Figure figure : report.dashboard().figures()) {
			figures.row(workbook.text("dashboard.figure." + figure.name()), cell(figure.key(), figure.value()),
					cell(figure.key(), figure.previous()),
					workbook.text("dashboard.figure." + figure.name() + ".definition"));
		}
	}

	private static void sections(Spreadsheet workbook, ReportService.Report report) {
		SheetWriter sections = workbook.sheet("report.neighbourhoods", "neighbourhood.name", "report.network",
				"dashboard.figure.activities", "dashboard.figure.children-reached", "dashboard.figure.ideas",
				"report.realised", "dashboard.figure.grants", "dashboard.figure.grant-amount");
		for (ReportService.NeighbourhoodSection section : report.sections()) {
			sections.row(section.neighbourhood().name(), section.networkSize(), section.activities(),
					section.childrenReached(), section.ideaCount(), section.realised(), section.grants().count(),
					Money.of(section.grants().total()));
		}
	}

	/**
	 * Each neighbourhood's network in the period and the one before, as the report shows
	 * them.
	 */
	private void networks(Spreadsheet workbook, ReportService.Report report) {
		NetworkOverview overview = this.networks.overview(report.sectionIds(), report.period());
		SheetWriter sheet = workbook.sheet("report.networks", "neighbourhood.name", "report.networks.tiesBefore",
				"network.metric.ties", "report.networks.crossBefore", "network.years.crossShare",
				"network.metric.isolated");
		for (ReportService.NeighbourhoodSection section : report.sections()) {
			NetworkMetrics now = overview.now(section.neighbourhood().id());
			NetworkMetrics before = overview.before(section.neighbourhood().id());
			sheet.row(section.neighbourhood().name(), before.ties(), now.ties(), share(before.crossDomainShare()),
					share(now.crossDomainShare()), now.isolated().size());
		}
		sheet.row(workbook.text("report.networks.total"), overview.tiesBefore(), overview.ties(),
				share(overview.crossDomainShareBefore()), share(overview.crossDomainShare()), overview.isolated());
	}

	/**
	 * The building-blocks scans of the report's year, as the report shows them; only a
	 * report of a calendar year has them.
	 */
	private void scans(Spreadsheet workbook, ReportService.Report report) {
		if (!report.period().isCalendarYear()) {
			return;
		}
		Map<Long, ScanFigures.ScanResult> scans = this.scans.perNeighbourhood(report.period().from().getYear(),
				report.selection().neighbourhoodIds());
		SheetWriter sheet = workbook.sheet("report.sheet.scan", "neighbourhood.name", "scan.report.inPlace",
				"report.scan.items", "scan.report.signedOff");
		for (ReportService.NeighbourhoodSection section : report.sections()) {
			ScanFigures.ScanResult scan = scans.get(section.neighbourhood().id());
			if (scan != null) {
				sheet.row(section.neighbourhood().name(), scan.inPlace(), scan.items(),
						workbook.text(scan.signedOff() ? "scan.report.yes" : "scan.report.no"));
			}
		}
	}

	private void contacts(Sheets sheets) {
		SheetWriter sheet = sheets.workbook.sheet("contact.list.title", "contact.date", "contact.counterpart",
				"contact.domain", "contact.neighbourhood", "contact.kind", "contact.subject");
		this.contacts.forEachIn(sheets.period.from(), sheets.period.to(), sheets.neighbourhoodIds,
				(row) -> sheet.row(row.date(), sheets.partner(row.counterpartId()),
						sheets.text("partner.domain." + row.counterpartDomain()),
						sheets.neighbourhood(row.neighbourhoodId()), sheets.text("contact.kind." + row.kind()),
						row.subject()));
	}

	private void activities(Sheets sheets) {
		SheetWriter sheet = sheets.workbook.sheet("report.sheet.activities", "report.column.date",
				"report.column.title", "contact.neighbourhood", "report.column.status",
				"dashboard.figure.children-reached");
		ActivityFilter filter = new ActivityFilter(sheets.period.from(), sheets.period.to(), null, null, null, null,
				null, null, (sheets.neighbourhoodIds != null) ? new HashSet<>(sheets.neighbourhoodIds) : null);
		for (int page = 0;; page++) {
			// The id breaks ties of a day, so no activity falls between two pages.
			Page<ActivityListItem> items = this.activities.find(filter,
					PageRequest.of(page, PAGE, Sort.by("date", "id")));
			for (ActivityListItem item : items) {
				ActivityRow row = item.row();
				sheet.row(row.date(), row.title(), item.neighbourhoodName(),
						sheets.text("activity.status." + row.status()), row.childrenReached());
			}
			if (!items.hasNext()) {
				break;
			}
		}
	}

	private void workshops(Sheets sheets) {
		SheetWriter sheet = sheets.workbook.sheet("report.sheet.workshops", "report.column.date",
				"contact.neighbourhood", "report.column.venue", "dashboard.figure.children-spoken");
		for (WorkshopSummary workshop : this.workshops.heldIn(sheets.period.from(), sheets.period.to(),
				sheets.neighbourhoodIds)) {
			sheet.row(workshop.heldOn(), sheets.neighbourhood(workshop.neighbourhoodId()),
					sheets.partner(workshop.venuePartnerId()), workshop.childrenSpoken());
		}
	}

	private void ideas(Sheets sheets) {
		SheetWriter sheet = sheets.workbook.sheet("report.sheet.ideas", "report.column.date", "report.column.title",
				"contact.neighbourhood", "report.column.status", "report.column.children");
		for (IdeaCard idea : this.ideas.collectedIn(sheets.period.from(), sheets.period.to(),
				sheets.neighbourhoodIds)) {
			sheet.row(idea.collectedOn(), idea.title(), sheets.neighbourhood(idea.neighbourhoodId()),
					sheets.text("idea.status." + idea.status()), idea.childrenCount());
		}
	}

	/** The grants decided in the period, with the idea each supports and its wijk. */
	private void grants(Sheets sheets) {
		SheetWriter sheet = sheets.workbook.sheet("report.sheet.grants", "report.column.decided", "grant.export.idea",
				"contact.neighbourhood", "report.column.partner", "report.column.status", "report.column.awarded");
		List<GrantRow> decided = this.grants.decidedIn(sheets.period.from(), sheets.period.to(),
				sheets.neighbourhoodIds);
		Map<Long, IdeaOption> ideas = this.ideas.byIds(decided.stream().map(GrantRow::ideaId).distinct().toList());
		for (GrantRow grant : decided) {
			IdeaOption idea = ideas.get(grant.ideaId());
			sheet.row(grant.decidedOn(), (idea != null) ? idea.title() : null,
					(idea != null) ? sheets.neighbourhood(idea.neighbourhoodId()) : null,
					sheets.partner(grant.partnerId()), sheets.text("grant.status." + grant.status()),
					Money.of(grant.amountAwarded()));
		}
	}

	/** A share such as 0.625 as a percentage cell (62.5%). */
	private static Percent share(double fraction) {
		return Percent.of(BigDecimal.valueOf(fraction).movePointRight(2));
	}

	/** A figure's value as a cell of its unit: a count, a percentage or euros. */
	private static Object cell(FigureKey key, BigDecimal value) {
		return switch (key.unit()) {
			case PERCENT -> Percent.of(value);
			case EUROS -> Money.of(value);
			case COUNT -> value;
		};
	}

	/**
	 * What the detail sheets share: the workbook, the period and the neighbourhoods
	 * ({@code null} = all), and the names of partners and neighbourhoods by id.
	 */
	private record Sheets(Spreadsheet workbook, Period period, Collection<Long> neighbourhoodIds,
			Map<Long, String> partnerNames, Map<Long, String> neighbourhoodNames) {

		String text(String key) {
			return this.workbook.text(key);
		}

		String partner(Long id) {
			return (id != null) ? this.partnerNames.get(id) : null;
		}

		String neighbourhood(Long id) {
			return (id != null) ? this.neighbourhoodNames.get(id) : null;
		}

	}

}
