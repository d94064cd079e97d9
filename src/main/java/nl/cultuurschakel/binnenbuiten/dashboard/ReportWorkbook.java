package nl.cultuurschakel.binnenbuiten.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRow;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.contact.ContactFilter;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
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
 * The impact report as a spreadsheet: a sheet with the figures and their definitions, one
 * per neighbourhood section, and one per module with the rows of the period behind the
 * figures — statuses as the UI names them, in the user's language.
 */
@Service
@Transactional(readOnly = true)
public class ReportWorkbook {

	private static final int PAGE = 1000;

	private final ContactService contacts;

	private final ActivityService activities;

	private final WorkshopService workshops;

	private final IdeaService ideas;

	private final GrantService grants;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final MessageSource messages;

	ReportWorkbook(ContactService contacts, ActivityService activities, WorkshopService workshops, IdeaService ideas,
			GrantService grants, PartnerService partners, NeighbourhoodService neighbourhoods, MessageSource messages) {
		this.contacts = contacts;
		this.activities = activities;
		this.workshops = workshops;
		this.ideas = ideas;
		this.grants = grants;
		this.partners = partners;
		this.neighbourhoods = neighbourhoods;
		this.messages = messages;
	}

	public byte[] write(ReportService.Report report, Locale locale) {
		ReportPeriod period = report.dashboard().period();
		Map<Long, String> partnerNames = this.partners.allNames();
		Map<Long, String> neighbourhoodNames = this.neighbourhoods.all()
			.stream()
			.collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::name));
		try (Spreadsheet workbook = new Spreadsheet(this.messages, locale)) {
			SheetWriter figures = workbook.sheet("report.sheet.figures", "report.figure", "report.value",
					"report.previous", "report.definition");
			for (Figure figure : report.dashboard().figures()) {
				figures.row(workbook.text("dashboard.figure." + figure.name()), cell(figure.key(), figure.value()),
						cell(figure.key(), figure.previous()),
						workbook.text("dashboard.figure." + figure.name() + ".definition"));
			}
			SheetWriter sections = workbook.sheet("report.neighbourhoods", "neighbourhood.name", "report.network",
					"dashboard.figure.activities", "dashboard.figure.children-reached", "dashboard.figure.ideas",
					"report.realised", "dashboard.figure.grants", "dashboard.figure.grant-amount");
			for (ReportService.NeighbourhoodSection section : report.sections()) {
				sections.row(section.neighbourhood().name(), section.networkSize(), section.activities(),
						section.childrenReached(), section.ideaCount(), section.realised(), section.grants().count(),
						Money.of(section.grants().total()));
			}
			SheetWriter contactSheet = workbook.sheet("contact.list.title", "contact.date", "contact.counterpart",
					"contact.domain", "contact.neighbourhood", "contact.kind", "contact.subject");
			this.contacts.forEach(new ContactFilter(period.from(), period.to(), null, null, null, null, null, null),
					(row) -> contactSheet.row(row.date(), partnerNames.get(row.counterpartId()),
							workbook.text("partner.domain." + row.counterpartDomain()),
							neighbourhoodNames.get(row.neighbourhoodId()), workbook.text("contact.kind." + row.kind()),
							row.subject()));
			SheetWriter activitySheet = workbook.sheet("report.sheet.activities", "report.column.date",
					"report.column.title", "contact.neighbourhood", "report.column.status",
					"dashboard.figure.children-reached");
			for (int page = 0;; page++) {
				Page<ActivityListItem> items = this.activities.find(
						new ActivityFilter(period.from(), period.to(), null, null, null, null, null, null, null),
						PageRequest.of(page, PAGE, Sort.by("date")));
				for (ActivityListItem item : items) {
					ActivityRow row = item.row();
					activitySheet.row(row.date(), row.title(), item.neighbourhoodName(),
							workbook.text("activity.status." + row.status()), row.childrenReached());
				}
				if (!items.hasNext()) {
					break;
				}
			}
			SheetWriter workshopSheet = workbook.sheet("report.sheet.workshops", "report.column.date",
					"contact.neighbourhood", "report.column.venue", "dashboard.figure.children-spoken");
			for (int page = 0;; page++) {
				Page<WorkshopSummary> items = this.workshops.find(null, null, period.from(), period.to(),
						PageRequest.of(page, PAGE));
				for (WorkshopSummary workshop : items) {
					workshopSheet.row(workshop.heldOn(), neighbourhoodNames.get(workshop.neighbourhoodId()),
							partnerNames.get(workshop.venuePartnerId()), workshop.childrenSpoken());
				}
				if (!items.hasNext()) {
					break;
				}
			}
			SheetWriter ideaSheet = workbook.sheet("report.sheet.ideas", "report.column.date", "report.column.title",
					"contact.neighbourhood", "report.column.status", "report.column.children");
			for (IdeaCard idea : this.ideas.find(new IdeaFilter(null, null, period.from(), period.to()),
					Sort.by("collectedOn"))) {
				ideaSheet.row(idea.collectedOn(), idea.title(), neighbourhoodNames.get(idea.neighbourhoodId()),
						workbook.text("idea.status." + idea.status()), idea.childrenCount());
			}
			SheetWriter grantSheet = workbook.sheet("report.sheet.grants", "report.column.decided",
					"report.column.partner", "report.column.status", "report.column.awarded");
			for (GrantRow grant : grantsDecidedIn(period)) {
				grantSheet.row(grant.decidedOn(), partnerNames.get(grant.partnerId()),
						workbook.text("grant.status." + grant.status()), Money.of(grant.amountAwarded()));
			}
			return workbook.toByteArray();
		}
	}

	/**
	 * The file name of a download of the report (PDF or XLSX) in the user's language:
	 * {@code impactrapportage-2023.pdf},
	 * {@code impact-report-2023-01-01-2023-06-30.xlsx}.
	 */
	public String filename(ReportPeriod period, String extension, Locale locale) {
		String part = period.isCalendarYear() ? String.valueOf(period.from().getYear())
				: period.from() + "-" + period.to();
		return Download.filename(this.messages, locale, "report.export.filename", part, extension);
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
	 * Grants decided in the period (the grant list filters by calendar year).
	 */
	private List<GrantRow> grantsDecidedIn(ReportPeriod period) {
		List<GrantRow> rows = new ArrayList<>();
		for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
			for (GrantRow grant : this.grants.findAll(new GrantFilter(year, null, null, null), Sort.by("decidedOn"))) {
				LocalDate decided = grant.decidedOn();
				if (decided != null && !decided.isBefore(period.from()) && !decided.isAfter(period.to())) {
					rows.add(grant);
				}
			}
		}
		return rows;
	}

}
