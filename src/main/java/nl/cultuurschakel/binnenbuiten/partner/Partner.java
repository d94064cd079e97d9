package nl.cultuurschakel.binnenbuiten.partner;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A partner organisation. Never deleted once it has history: it is deactivated instead.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "partner_id_seq", allocationSize = 50)
@Table(name = "partner")
class Partner extends VersionedEntity {

	@Column(nullable = false, length = 150)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PartnerDomain domain;

	@Column(name = "knowledge_partner", nullable = false)
	private boolean knowledgePartner;

	@Column(name = "contact_name", length = 120)
	private String contactName;

	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(length = 300)
	private String website;

	@Column(length = 300)
	private String address;

	@Column(length = 5000)
	private String offer;

	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "partner_offer_tag", joinColumns = @JoinColumn(name = "partner_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "tag", length = 20)
	private Set<OfferTag> tags = EnumSet.noneOf(OfferTag.class);

	@Column(nullable = false)
	private boolean active = true;

	protected Partner() {
	}

	Partner(PartnerData data) {
		describe(data);
	}

	/**
	 * Staff change everything about a partner.
	 */
	void describe(PartnerData data) {
		this.name = data.name();
		this.domain = data.domain();
		this.knowledgePartner = data.knowledgePartner();
		describeProfile(data.profile());
	}

	/**
	 * The part a partner user keeps up to date: contact person, address and position,
	 * website, offer.
	 */
	void describeProfile(PartnerProfile profile) {
		this.contactName = profile.contactName();
		this.contactEmail = profile.contactEmail();
		this.contactPhone = profile.contactPhone();
		this.website = profile.website();
		this.address = profile.address();
		this.offer = profile.offer();
		GeoPoint position = profile.position();
		this.latitude = (position != null) ? position.latitude() : null;
		this.longitude = (position != null) ? position.longitude() : null;
		this.tags.clear();
		this.tags.addAll(profile.tags());
	}

	/**
	 * Empties the contact person's name, e-mail address and phone number.
	 * @return the properties that held a value
	 */
	Set<String> eraseContactPerson() {
		Set<String> erased = new TreeSet<>();
		if (this.contactName != null) {
			erased.add("contactName");
		}
		if (this.contactEmail != null) {
			erased.add("contactEmail");
		}
		if (this.contactPhone != null) {
			erased.add("contactPhone");
		}
		this.contactName = null;
		this.contactEmail = null;
		this.contactPhone = null;
		return erased;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	String getName() {
		return this.name;
	}

	boolean isActive() {
		return this.active;
	}

	MapMember toMapMember(List<MapMember.Place> spaces) {
		return new MapMember(getId(), this.name, this.domain, this.knowledgePartner, this.address,
				GeoPoint.ofNullable(this.latitude, this.longitude), spaces);
	}

	PartnerDetails toDetails() {
		PartnerProfile profile = new PartnerProfile(this.contactName, this.contactEmail, this.contactPhone,
				this.website, this.address, this.offer, this.tags, GeoPoint.ofNullable(this.latitude, this.longitude));
		return new PartnerDetails(getId(), this.name, this.domain, this.knowledgePartner, profile, this.active,
				getVersion());
	}

}
