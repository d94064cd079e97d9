package nl.cultuurschakel.binnenbuiten.partner.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.partner.OfferTag;
import nl.cultuurschakel.binnenbuiten.partner.PartnerProfile;
import nl.cultuurschakel.binnenbuiten.shared.EnumSets;
import nl.cultuurschakel.binnenbuiten.shared.web.PositionForm;

/**
 * The part of a partner that its own users keep up to date: contact person, address and
 * position on the map, website and offer. Staff edit it as part of {@link PartnerForm}.
 */
class ProfileForm extends PositionForm {

	@Size(max = 120)
	private String contactName;

	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
	@Size(max = 254)
	private String contactEmail;

	/** Dutch or international numbers: digits, spaces, +, - and brackets. */
	@Pattern(regexp = "\\+?[0-9][0-9 ()-]{7,18}[0-9]")
	private String contactPhone;

	@Pattern(regexp = "https?://[^\\s]+\\.[^\\s]+")
	@Size(max = 300)
	private String website;

	@Size(max = 300)
	private String address;

	@Size(max = 5000)
	private String offer;

	private Set<OfferTag> tags = EnumSet.noneOf(OfferTag.class);

	void fill(PartnerProfile profile, long version) {
		this.contactName = profile.contactName();
		this.contactEmail = profile.contactEmail();
		this.contactPhone = profile.contactPhone();
		this.website = profile.website();
		this.address = profile.address();
		this.offer = profile.offer();
		this.tags = EnumSets.copyOf(OfferTag.class, profile.tags());
		fillPosition(profile.position());
		setVersion(version);
	}

	PartnerProfile toProfile() {
		return new PartnerProfile(this.contactName, this.contactEmail, this.contactPhone, this.website, this.address,
				this.offer, this.tags, position());
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOffer() {
		return this.offer;
	}

	public void setOffer(String offer) {
		this.offer = offer;
	}

	public Set<OfferTag> getTags() {
		return this.tags;
	}

	public void setTags(Set<OfferTag> tags) {
		this.tags = EnumSets.copyOf(OfferTag.class, tags);
	}

}
