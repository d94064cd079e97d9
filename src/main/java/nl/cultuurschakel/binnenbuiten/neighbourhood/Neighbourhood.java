package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

@Entity
@Audited
@SequenceGenerator(sequenceName = "neighbourhood_id_seq", allocationSize = 50)
@Table(name = "neighbourhood")
class Neighbourhood extends VersionedEntity {

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private District district;

	@Column(length = 5000)
	private String profile;

	@Column(name = "children_4_to_12")
	private Integer children4To12;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EcosystemPhase phase;

	@Column(name = "active_since")
	private LocalDate activeSince;

	@Column(precision = 8, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 8, scale = 6)
	private BigDecimal longitude;

	protected Neighbourhood() {
	}

	Neighbourhood(NeighbourhoodData data, EcosystemPhase phase) {
		describe(data);
		this.phase = phase;
	}

	void describe(NeighbourhoodData data) {
		this.name = data.name();
		this.district = data.district();
		this.profile = data.profile();
		this.children4To12 = data.children4To12();
		this.activeSince = data.activeSince();
		this.latitude = data.latitude();
		this.longitude = data.longitude();
	}

	EcosystemPhase getPhase() {
		return this.phase;
	}

	/**
	 * Moves to another phase; answers whether anything changed.
	 */
	boolean moveTo(EcosystemPhase phase) {
		if (this.phase == phase) {
			return false;
		}
		this.phase = phase;
		return true;
	}

	String getName() {
		return this.name;
	}

	NeighbourhoodDetails toDetails() {
		return new NeighbourhoodDetails(getId(), this.name, this.district, this.profile, this.children4To12, this.phase,
				this.activeSince, this.latitude, this.longitude, getVersion());
	}

}
