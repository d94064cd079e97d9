package nl.cultuurschakel.binnenbuiten.shared;

import jakarta.persistence.EntityManagerFactory;
import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The id is declared once in {@link VersionedEntity}; each entity must still draw it from
 * its own table's sequence, in blocks of 50.
 */
@IntegrationTest
class EntityIdSequenceTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@ParameterizedTest
	@CsvSource({ "idea.IdeaStatusChange, idea_status_change_id_seq",
			"grant.GrantStatusChange, grant_status_change_id_seq",
			"neighbourhood.PhaseChange, neighbourhood_phase_change_id_seq", "activity.Activity, activity_id_seq",
			"idea.Idea, idea_id_seq", "grant.Grant, grant_contribution_id_seq",
			"grant.GrantBudget, grant_budget_id_seq", "account.UserAccount, account_user_id_seq",
			"workshop.Workshop, workshop_id_seq", "partner.Partner, partner_id_seq",
			"partner.Membership, partner_membership_id_seq", "partner.Space, partner_space_id_seq",
			"contact.Contact, contact_id_seq", "neighbourhood.Neighbourhood, neighbourhood_id_seq",
			"dashboard.ReportNarrative, report_narrative_id_seq" })
	void eachRecordDrawsItsIdFromItsOwnTableSequence(String entity, String sequence) {
		SessionFactoryImplementor sessionFactory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		Object generator = sessionFactory.getMappingMetamodel()
			.getEntityDescriptor("nl.cultuurschakel.binnenbuiten." + entity)
			.getGenerator();

		assertThat(generator).isInstanceOf(SequenceStyleGenerator.class);
		SequenceStyleGenerator sequenceGenerator = (SequenceStyleGenerator) generator;
		assertThat(sequenceGenerator.getDatabaseStructure().getPhysicalName().getObjectName().getText())
			.isEqualTo(sequence);
		assertThat(sequenceGenerator.getDatabaseStructure().getIncrementSize()).isEqualTo(50);
	}

}
