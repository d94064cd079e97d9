package nl.cultuurschakel.binnenbuiten.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf. The HTML goes through jsoup
 * into a W3C document first, so templates need not be strict XHTML. DejaVu Sans (shipped
 * in {@code fonts/}) is embedded, so €, diacritics and arrows print. Inline {@code <svg>}
 * elements are drawn (by Batik), as vectors.
 */
@Component
@RequiredArgsConstructor
public class PdfRenderer {

	/** The font family name templates use in their CSS. */
	public static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = this.templates.process(template, new Context(locale, model));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(() -> open("fonts/DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> open("fonts/DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
