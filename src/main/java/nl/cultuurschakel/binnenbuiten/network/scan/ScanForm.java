package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

/**
 * The scan as a form: a status and a note for every item
 * ({@code items[FIXED_CONTACT_PERSON].status}). Every item is present from the start, so
 * that a request naming an item that does not exist binds to nothing.
 */
class ScanForm extends VersionedForm {

	/** The names of the form's fields: the version and each item's status and note. */
	static final String[] FIELDS = Stream
		.concat(Stream.of("version"),
				Arrays.stream(ScanItem.values())
					.flatMap((item) -> Stream.of("items[" + item + "].status", "items[" + item + "].note")))
		.toArray(String[]::new);

	@Valid
	private final Map<ScanItem, ItemForm> items = new EnumMap<>(ScanItem.class);

	public ScanForm() {
		for (ScanItem item : ScanItem.values()) {
			this.items.put(item, new ItemForm());
		}
	}

	static ScanForm of(ScanView scan) {
		ScanForm form = new ScanForm();
		form.setVersion(scan.version());
		for (ScanItem item : ScanItem.values()) {
			ItemAnswer answer = scan.answer(item);
			form.items.get(item).setStatus(answer.status());
			form.items.get(item).setNote(answer.note());
		}
		return form;
	}

	public Map<ScanItem, ItemForm> getItems() {
		return this.items;
	}

	Map<ScanItem, ItemAnswer> toAnswers() {
		Map<ScanItem, ItemAnswer> answers = new EnumMap<>(ScanItem.class);
		this.items.forEach((item, form) -> answers.put(item, form.toAnswer()));
		return answers;
	}

}
