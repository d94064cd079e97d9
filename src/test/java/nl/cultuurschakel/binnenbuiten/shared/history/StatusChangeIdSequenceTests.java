package nl.cultuurschakel.binnenbuiten.shared.history;

import jakarta.persistence.EntityManagerFactory;
import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The id is declared once in {@link StatusChange}; each history must still draw it from
 * its own table's sequence, in blocks of 50 like every other table.
 */
@IntegrationTest
class StatusChangeIdSequenceTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@ParameterizedTest
	@CsvSource({ "idea.IdeaStatusChange, idea_status_change_id_seq",
			"grant.GrantStatusChange, grant_status_change_id_seq",
			"neighbourhood.PhaseChange, neighbourhood_phase_change_id_seq" })
	void eachHistoryDrawsItsIdFromItsOwnTableSequence(String entity, String sequence) {
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
