package nl.cultuurschakel.binnenbuiten.neighbourhood.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;

/**
 * Moves a neighbourhood to another phase as of a date (today unless the change happened
 * earlier).
 */
class PhaseForm {

	@NotNull
	private EcosystemPhase phase;

	@NotNull
	@PastOrPresent
	private LocalDate changedOn;

	public EcosystemPhase getPhase() {
		return this.phase;
	}

	public void setPhase(EcosystemPhase phase) {
		this.phase = phase;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public void setChangedOn(LocalDate changedOn) {
		this.changedOn = changedOn;
	}

}
