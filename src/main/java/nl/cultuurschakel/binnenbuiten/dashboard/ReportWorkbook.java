package nl.cultuurschakel.binnenbuiten.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopSummary;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact report as a spreadsheet (Apache POI, streaming): a sheet with the figures
 * and their definitions, one per neighbourhood section, and one per module with the rows
 * of the period behind the figures.
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
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheets sheets = new Sheets(workbook, locale);
			Sheet figures = sheets.create("report.sheet.figures", "report.figure", "report.value", "report.previous",
					"report.definition");
			for (Figure figure : report.dashboard().figures()) {
				sheets.row(figures, text(locale, "dashboard.figure." + figure.name()), figure.value(),
						figure.previous(), text(locale, "dashboard.figure." + figure.name() + ".definition"));
			}
			Sheet sections = sheets.create("report.neighbourhoods", "neighbourhood.name", "report.network",
					"dashboard.figure.activities", "dashboard.figure.children-reached", "dashboard.figure.ideas",
					"report.realised", "dashboard.figure.grants", "dashboard.figure.grant-amount");
			for (ReportService.NeighbourhoodSection section : report.sections()) {
				sheets.row(sections, section.neighbourhood().name(), section.networkSize(), section.activities(),
						section.childrenReached(), section.ideaCount(), section.realised(), section.grants().count(),
						section.grants().total());
			}
			Sheet contactSheet = sheets.create("contact.list.title", "contact.date", "contact.counterpart",
					"contact.domain", "contact.neighbourhood", "contact.kind", "contact.subject");
			this.contacts.forEach(new ContactFilter(period.from(), period.to(), null, null, null, null, null, null),
					(row) -> sheets.row(contactSheet, row.date(), partnerNames.get(row.counterpartId()),
							text(locale, "partner.domain." + row.counterpartDomain()),
							neighbourhoodNames.get(row.neighbourhoodId()), text(locale, "contact.kind." + row.kind()),
							row.subject()));
			Sheet activitySheet = sheets.create("report.sheet.activities", "report.column.date", "report.column.title",
					"contact.neighbourhood", "report.column.status", "dashboard.figure.children-reached");
			for (int page = 0;; page++) {
				Page<ActivityListItem> items = this.activities.find(
						new ActivityFilter(period.from(), period.to(), null, null, null, null, null, null, null),
						PageRequest.of(page, PAGE, Sort.by("date")));
				for (ActivityListItem item : items) {
					ActivityRow row = item.row();
					sheets.row(activitySheet, row.date(), row.title(), item.neighbourhoodName(), row.status().name(),
							row.childrenReached());
				}
				if (!items.hasNext()) {
					break;
				}
			}
			Sheet workshopSheet = sheets.create("report.sheet.workshops", "report.column.date", "contact.neighbourhood",
					"report.column.venue", "dashboard.figure.children-spoken");
			for (int page = 0;; page++) {
				Page<WorkshopSummary> items = this.workshops.find(null, null, period.from(), period.to(),
						PageRequest.of(page, PAGE));
				for (WorkshopSummary workshop : items) {
					sheets.row(workshopSheet, workshop.heldOn(), neighbourhoodNames.get(workshop.neighbourhoodId()),
							partnerNames.get(workshop.venuePartnerId()), workshop.childrenSpoken());
				}
				if (!items.hasNext()) {
					break;
				}
			}
			Sheet ideaSheet = sheets.create("report.sheet.ideas", "report.column.date", "report.column.title",
					"contact.neighbourhood", "report.column.status", "report.column.children");
			for (IdeaCard idea : this.ideas.find(new IdeaFilter(null, null, period.from(), period.to()),
					Sort.by("collectedOn"))) {
				sheets.row(ideaSheet, idea.collectedOn(), idea.title(), neighbourhoodNames.get(idea.neighbourhoodId()),
						text(locale, "idea.status." + idea.status()), idea.childrenCount());
			}
			Sheet grantSheet = sheets.create("report.sheet.grants", "report.column.decided", "report.column.partner",
					"report.column.status", "report.column.awarded");
			for (GrantRow grant : grantsDecidedIn(period)) {
				sheets.row(grantSheet, grant.decidedOn(), partnerNames.get(grant.partnerId()), grant.status().name(),
						grant.amountAwarded());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private String text(Locale locale, String key) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * Writes sheets with a header row and typed cells (dates as dates, numbers as
	 * numbers).
	 */
	private final class Sheets {

		private final SXSSFWorkbook workbook;

		private final Locale locale;

		private final CellStyle dateStyle;

		Sheets(SXSSFWorkbook workbook, Locale locale) {
			this.workbook = workbook;
			this.locale = locale;
			this.dateStyle = workbook.createCellStyle();
			this.dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		}

		Sheet create(String titleKey, String... headerKeys) {
			Sheet sheet = this.workbook.createSheet(safeName(text(this.locale, titleKey)));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headerKeys.length; i++) {
				header.createCell(i).setCellValue(text(this.locale, headerKeys[i]));
			}
			return sheet;
		}

		void row(Sheet sheet, Object... values) {
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			for (int i = 0; i < values.length; i++) {
				Cell cell = row.createCell(i);
				Object value = values[i];
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(this.dateStyle);
				}
				else if (value instanceof BigDecimal number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value != null) {
					cell.setCellValue(value.toString());
				}
			}
		}

		/** Sheet names may not hold some characters and have at most 31. */
		private static String safeName(String name) {
			String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
			return (safe.length() > 31) ? safe.substring(0, 31) : safe;
		}

	}

}
