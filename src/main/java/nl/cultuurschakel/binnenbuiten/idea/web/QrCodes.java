package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as SVG markup, drawn by ZXing: one square per dark module, joined into runs
 * per row, with the standard quiet zone of four modules. The same markup goes into the
 * page and into the PDF, so both print sharp at any size.
 */
final class QrCodes {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCodes() {
	}

	/**
	 * An {@code <svg>} element showing {@code text} as a QR code, scaling to its
	 * container's width.
	 */
	static String svg(String text) {
		BitMatrix matrix = encode(text);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < matrix.getWidth()) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < matrix.getWidth() && matrix.get(x, y)) {
					x++;
				}
				path.append('M')
					.append(start)
					.append(' ')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return """
				<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 %1$d %2$d" width="%1$d" height="%2$d" \
				shape-rendering="crispEdges" aria-hidden="true" focusable="false">\
				<rect width="%1$d" height="%2$d" fill="#ffffff"/><path fill="#000000" d="%3$s"/></svg>"""
			.formatted(matrix.getWidth(), matrix.getHeight(), path);
	}

	private static BitMatrix encode(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot draw a QR code of " + text.length() + " characters", ex);
		}
	}

}
