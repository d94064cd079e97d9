package nl.cultuurschakel.binnenbuiten.shared.web;

import java.util.concurrent.atomic.AtomicBoolean;

import nl.cultuurschakel.binnenbuiten.shared.InUseException;
import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small helpers every controller ends its handlers with: {@link Flash},
 * {@link DeleteConfirmation#deleted} and the stored record from
 * {@link EditConflict#show}.
 */
class FlashTests {

	@Test
	void redirectCarriesTheMessageKeyToTheNextPage() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		String view = Flash.redirect(redirect, "idea.saved", "/ideas/7");

		assertThat(view).isEqualTo("redirect:/ideas/7");
		assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("idea.saved");
		assertThat(redirect.asMap()).isEmpty();
	}

	@Test
	void aDeleteThatWentThroughLeavesTheModelAlone() {
		ExtendedModelMap model = new ExtendedModelMap();
		AtomicBoolean ran = new AtomicBoolean();

		boolean deleted = DeleteConfirmation.deleted(() -> ran.set(true), model);

		assertThat(deleted).isTrue();
		assertThat(ran).isTrue();
		assertThat(model).doesNotContainKey("inUse");
	}

	@Test
	void aRecordStillInUseIsNotDeletedAndTheConfirmationPageSaysSo() {
		ExtendedModelMap model = new ExtendedModelMap();

		boolean deleted = DeleteConfirmation.deleted(() -> {
			throw new InUseException("Workshop", 3L, null);
		}, model);

		assertThat(deleted).isFalse();
		assertThat(model.get("inUse")).isEqualTo(true);
	}

	@Test
	void anEditConflictHandsBackTheStoredRecordForItsVersion() {
		BindingResult result = new BeanPropertyBindingResult(new Object(), "ideaForm");
		ExtendedModelMap model = new ExtendedModelMap();
		Stored stored = new Stored(4);

		assertThat(EditConflict.show(stored, result, model).version()).isEqualTo(4);
		assertThat(model.get("current")).isSameAs(stored);
	}

	record Stored(long version) {
	}

}
