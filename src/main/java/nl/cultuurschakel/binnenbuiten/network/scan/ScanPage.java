package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.shared.Chart;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the scan page shows besides the form: the blocks, who may do what, and the links
 * to the years around it.
 */
@Component
@RequiredArgsConstructor
class ScanPage {

	private final ScanSuggestions suggestions;

	private final ScanService scans;

	private final MessageSource messages;

	/** The error summary's labels, in the order of the form: each item's text. */
	private static final Map<String, String> ITEM_LABELS = itemLabels();

	Map<String, Object> model(NeighbourhoodDetails neighbourhood, ScanView scan, CurrentUser user, Locale locale) {
		Map<String, Object> model = new LinkedHashMap<>();
		int year = scan.year();
		model.put("neighbourhood", neighbourhood);
		model.put("scan", scan);
		model.put("year", String.valueOf(year));
		model.put("blocks", BuildingBlock.values());
		model.put("statuses", ItemStatus.values());
		model.put("itemLabels", ITEM_LABELS);
		model.put("suggestions", this.suggestions.suggest(neighbourhood.id(), year));
		model.put("mayEdit", user.isStaff());
		model.put("maySignOff", user.getRole() == Role.COORDINATOR && scan.isStored() && !scan.isSignedOff());
		model.put("previousYear", (year > Period.EARLIEST.getYear()) ? String.valueOf(year - 1) : null);
		model.put("nextYear", (year < Period.LATEST.getYear()) ? String.valueOf(year + 1) : null);
		model.put("comparison", comparison(scan, locale));
		return model;
	}

	/**
	 * Items in place per block, the year before next to this year: two bars per block,
	 * each labelled with the block and its year.
	 */
	Chart comparison(ScanView scan, Locale locale) {
		int year = scan.year();
		ScanView before = (year > Period.EARLIEST.getYear()) ? this.scans.get(scan.neighbourhoodId(), year - 1) : null;
		List<Chart.Bar> bars = new ArrayList<>();
		for (BuildingBlock block : BuildingBlock.values()) {
			String name = this.messages.getMessage("scan.block." + block, null, locale);
			if (before != null) {
				bars.add(Chart.Bar.text(name + " " + (year - 1), before.inPlace(block)));
			}
			bars.add(Chart.Bar.text(name + " " + year, scan.inPlace(block)));
		}
		return new Chart("scan-comparison", "scan.chart.title", bars);
	}

	private static Map<String, String> itemLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ScanItem item : ScanItem.values()) {
			labels.put("items[" + item + "].status", "scan.item." + item);
			labels.put("items[" + item + "].note", "scan.note");
		}
		return labels;
	}

}
