package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.history.StatusChange;

import nl.cultuurschakel.binnenbuiten.account.Actor;
import org.hibernate.envers.Audited;

/**
 * One recorded step in an idea's life: from which status to which, when, by whom and why.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "idea_status_change_id_seq", allocationSize = 50)
@Table(name = "idea_status_change")
@AttributeOverride(name = "subjectId", column = @Column(name = "idea_id", nullable = false))
class IdeaStatusChange extends StatusChange<IdeaStatus> {

	protected IdeaStatusChange() {
	}

	IdeaStatusChange(Long ideaId, IdeaStatus from, IdeaStatus to, LocalDate changedOn, Actor actor, String note) {
		super(ideaId, from, to, changedOn, actor.userId(), actor.name(), note);
	}

}
