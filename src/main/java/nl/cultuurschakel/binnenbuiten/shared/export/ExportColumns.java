package nl.cultuurschakel.binnenbuiten.shared.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of an export, defined once for CSV and XLSX: a header (message key) and how
 * to read each row's value ({@link java.time.LocalDate}, a number, {@link Money},
 * {@link Percent} or text).
 *
 * @param <T> the exported row
 */
public final class ExportColumns<T> {

	private final List<String> headerKeys = new ArrayList<>();

	private final List<Function<? super T, ?>> values = new ArrayList<>();

	public ExportColumns<T> add(String headerKey, Function<? super T, ?> value) {
		this.headerKeys.add(headerKey);
		this.values.add(value);
		return this;
	}

	public List<String> headers(Function<String, String> text) {
		return this.headerKeys.stream().map(text).toList();
	}

	public List<Object> values(T row) {
		List<Object> cells = new ArrayList<>(this.values.size());
		this.values.forEach((value) -> cells.add(value.apply(row)));
		return cells;
	}

}
