package nl.cultuurschakel.binnenbuiten.grant.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of euros as people type it in their language: in Dutch {@code 1250,50},
 * {@code 1.250,50} or {@code € 1.250}, and {@code 1250.50} as the forms used to ask; in
 * English {@code 1,250.50}. Digits grouped in anything but threes are refused rather than
 * guessed, so 1.25 never silently becomes 125. Written back with the language's decimal
 * mark and no grouping, ready to edit.
 */
class AmountEditor extends PropertyEditorSupport {

	private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

	private final char decimal;

	private final char grouping;

	AmountEditor(Locale locale) {
		boolean dutch = "nl".equals(locale.getLanguage());
		this.decimal = dutch ? ',' : '.';
		this.grouping = dutch ? '.' : ',';
	}

	@Override
	public void setAsText(String text) {
		String amount = (text != null) ? text.replace("€", "").replaceAll("[\\s\\u00a0]", "") : "";
		if (amount.isEmpty()) {
			setValue(null);
			return;
		}
		boolean negative = amount.startsWith("-");
		String digits = normalise(negative ? amount.substring(1) : amount);
		setValue(new BigDecimal(negative ? "-" + digits : digits));
	}

	/**
	 * The amount with a point for decimals and no grouping.
	 * @throws IllegalArgumentException when it is not an amount (a type mismatch for the
	 * form)
	 */
	private String normalise(String amount) {
		int decimals = amount.lastIndexOf(this.decimal);
		int groups = amount.lastIndexOf(this.grouping);
		if (decimals < 0 && groups >= 0 && amount.indexOf(this.grouping) == groups
				&& amount.length() - groups - 1 != 3) {
			// One "wrong" mark not followed by a group of three is a decimal mark:
			// 1250.50 in Dutch.
			return checked(amount.replace(this.grouping, '.'));
		}
		if (decimals >= 0 && groups > decimals) {
			throw new IllegalArgumentException("Grouping after the decimals: " + amount);
		}
		String whole = (decimals >= 0) ? amount.substring(0, decimals) : amount;
		String fraction = (decimals >= 0) ? amount.substring(decimals + 1) : null;
		if (groups >= 0 && !whole.matches("\\d{1,3}(" + Pattern.quote(String.valueOf(this.grouping)) + "\\d{3})+")) {
			throw new IllegalArgumentException("Digits not grouped in threes: " + amount);
		}
		String plain = whole.replace(String.valueOf(this.grouping), "");
		return checked((fraction != null) ? plain + "." + fraction : plain);
	}

	private static String checked(String amount) {
		if (!PLAIN.matcher(amount).matches()) {
			throw new IllegalArgumentException("Not an amount: " + amount);
		}
		return amount;
	}

	@Override
	public String getAsText() {
		BigDecimal amount = (BigDecimal) getValue();
		return (amount != null) ? amount.toPlainString().replace('.', this.decimal) : "";
	}

}
