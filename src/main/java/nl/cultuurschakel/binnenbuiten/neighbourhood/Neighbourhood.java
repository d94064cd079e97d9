package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "neighbourhood")
class Neighbourhood {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "neighbourhood_id_seq")
	@SequenceGenerator(name = "neighbourhood_id_seq", sequenceName = "neighbourhood_id_seq", allocationSize = 50)
	private Long id;

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

	@Version
	private long version;

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

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	long getVersion() {
		return this.version;
	}

	NeighbourhoodDetails toDetails() {
		return new NeighbourhoodDetails(this.id, this.name, this.district, this.profile, this.children4To12, this.phase,
				this.activeSince, this.latitude, this.longitude, this.version);
	}

}
