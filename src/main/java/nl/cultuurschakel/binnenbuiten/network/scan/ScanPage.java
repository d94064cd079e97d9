package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.stereotype.Component;

/**
 * What the scan page shows besides the form: the blocks, who may do what, and the links
 * to the years around it.
 */
@Component
@RequiredArgsConstructor
class ScanPage {

	private final ScanSuggestions suggestions;

	/** The error summary's labels, in the order of the form: each item's text. */
	private static final Map<String, String> ITEM_LABELS = itemLabels();

	Map<String, Object> model(NeighbourhoodDetails neighbourhood, ScanView scan, CurrentUser user) {
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
		return model;
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
