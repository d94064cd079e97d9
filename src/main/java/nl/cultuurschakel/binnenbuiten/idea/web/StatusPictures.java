package nl.cultuurschakel.binnenbuiten.idea.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A picture per idea status for the children's pages and poster, shipped as SVG in
 * {@code images/outcome/<STATUS>.svg} and inlined (decorative: the sentence next to it
 * says the same), so the page and the PDF draw the same picture without a request.
 */
@Component
class StatusPictures {

	private final Map<IdeaStatus, String> pictures = new EnumMap<>(IdeaStatus.class);

	StatusPictures() {
		for (IdeaStatus status : IdeaStatus.values()) {
			this.pictures.put(status, read(status).replaceFirst("<svg ",
					"<svg class=\"outcome-picture\" aria-hidden=\"true\" focusable=\"false\" "));
		}
	}

	/**
	 * The {@code <svg>} element of each status.
	 */
	Map<IdeaStatus, String> all() {
		return this.pictures;
	}

	private static String read(IdeaStatus status) {
		try {
			return new ClassPathResource("images/outcome/" + status + ".svg").getContentAsString(StandardCharsets.UTF_8)
				.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
