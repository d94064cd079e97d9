package nl.cultuurschakel.binnenbuiten.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class EditConflictTests {

	@Test
	void showsTheStoredRecordAndSaysNothingWasSaved() {
		BindingResult result = new BeanPropertyBindingResult(new Object(), "ideaForm");
		ExtendedModelMap model = new ExtendedModelMap();
		Object stored = new Object();

		EditConflict.show(stored, result, model);

		assertThat(result.getGlobalErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getCode()).isEqualTo("edit.conflict"));
		assertThat(result.getFieldErrors()).isEmpty();
		assertThat(model.get("current")).isSameAs(stored);
	}

	@Test
	void aFailedDeleteSaysTheRecordIsStillInUse() {
		ExtendedModelMap model = new ExtendedModelMap();

		DeleteConfirmation.stillInUse(model);

		assertThat(model.get("inUse")).isEqualTo(true);
	}

}
