package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.shared.history.StatusChange;

/**
 * One recorded step of a grant: from which status to which, when, by whom and why.
 */
@Entity
@Table(name = "grant_status_change")
@AttributeOverride(name = "subjectId", column = @Column(name = "grant_id", nullable = false))
class GrantStatusChange extends StatusChange<GrantStatus> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_status_change_id_seq")
	@SequenceGenerator(name = "grant_status_change_id_seq", sequenceName = "grant_status_change_id_seq",
			allocationSize = 50)
	private Long id;

	protected GrantStatusChange() {
	}

	GrantStatusChange(Long grantId, GrantStatus from, GrantStatus to, LocalDate changedOn, Actor actor, String note) {
		super(grantId, from, to, changedOn, actor.userId(), actor.name(), note);
	}

}
