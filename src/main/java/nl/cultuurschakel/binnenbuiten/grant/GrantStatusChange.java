package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.shared.history.StatusChange;
import org.hibernate.envers.Audited;

/**
 * One recorded step of a grant: from which status to which, when, by whom and why.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "grant_status_change_id_seq", allocationSize = 50)
@Table(name = "grant_status_change")
@AttributeOverride(name = "subjectId", column = @Column(name = "grant_id", nullable = false))
class GrantStatusChange extends StatusChange<GrantStatus> {

	protected GrantStatusChange() {
	}

	GrantStatusChange(Long grantId, GrantStatus from, GrantStatus to, LocalDate changedOn, Actor actor, String note) {
		super(grantId, from, to, changedOn, actor.userId(), actor.name(), note);
	}

}
