package nl.cultuurschakel.binnenbuiten.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.Deletions;
import nl.cultuurschakel.binnenbuiten.shared.InUseException;
import nl.cultuurschakel.binnenbuiten.shared.UniqueKeys;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner module's API for partners and their spaces.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PartnerService {

	private final PartnerRepository partners;

	private final SpaceRepository spaces;

	private final Clock clock;

	public Page<PartnerSummary> find(PartnerFilter filter, Pageable pageable) {
		return this.partners.findBy(PartnerSpecifications.matching(filter, LocalDate.now(this.clock)),
				(query) -> query.as(PartnerSummary.class).page(pageable));
	}

	/**
	 * Active partners by name, for pickers.
	 */
	public List<PartnerOption> options() {
		return this.partners.findActiveOptions();
	}

	/**
	 * Names of the given partners (active or not) by id, in one query.
	 */
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.partners.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Partner::getId, Partner::getName));
	}

	/**
	 * Names of all partners by id, for exports.
	 */
	public Map<Long, String> allNames() {
		return this.partners.findAllOptions()
			.stream()
			.collect(Collectors.toMap(PartnerOption::id, PartnerOption::name));
	}

	/**
	 * The domain of a partner, if it exists.
	 */
	public Optional<PartnerDomain> domainOf(Long id) {
		return find(id).map(PartnerDetails::domain);
	}

	public PartnerDetails get(Long id) {
		return load(id).toDetails();
	}

	public Optional<PartnerDetails> find(Long id) {
		return (id != null) ? this.partners.findById(id).map(Partner::toDetails) : Optional.empty();
	}

	/**
	 * @throws PartnerNameTakenException when the name exists in any case
	 */
	@Transactional
	public Long register(PartnerData data) {
		checkName(data.name(), null);
		Long id = this.partners.save(new Partner(data)).getId();
		flushName(data.name());
		return id;
	}

	/**
	 * A staff edit of everything.
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 */
	@Transactional
	public void update(Long id, PartnerData data, long version) {
		Partner partner = loadVersion(id, version);
		checkName(data.name(), id);
		partner.describe(data);
		flushName(data.name());
	}

	/**
	 * A partner user's edit of the own profile: name, domain and knowledge-partner flag
	 * stay as they are.
	 */
	@Transactional
	public void updateProfile(Long id, PartnerProfile profile, long version) {
		loadVersion(id, version).describeProfile(profile);
	}

	@Transactional
	public void deactivate(Long id) {
		load(id).deactivate();
	}

	@Transactional
	public void activate(Long id) {
		load(id).activate();
	}

	public List<SpaceView> spaces(Long partnerId) {
		return this.spaces.findByPartnerIdOrderByName(partnerId).stream().map(Space::toView).toList();
	}

	/**
	 * Every shared space with its partner's name, for pickers.
	 */
	public List<SpaceOption> spaceOptions() {
		return this.spaces.findOptions();
	}

	/**
	 * The spaces a neighbourhood's network shares on a day: those of the active partners
	 * that are members then, by partner and name. With {@code ownPartnerId} (a partner
	 * user's organisation) also that partner's own spaces, member or not; either argument
	 * may be {@code null}.
	 */
	public List<SpaceOption> sharedSpaces(Long neighbourhoodId, LocalDate on, Long ownPartnerId) {
		if (neighbourhoodId == null && ownPartnerId == null) {
			return List.of();
		}
		return this.spaces.findSharedOptions(neighbourhoodId, on, ownPartnerId);
	}

	/**
	 * A space by its id alone (with the partner it belongs to in the view).
	 */
	public Optional<SpaceView> findSpace(Long spaceId) {
		return (spaceId != null) ? this.spaces.findById(spaceId).map(Space::toView) : Optional.empty();
	}

	public SpaceView space(Long partnerId, Long spaceId) {
		return loadSpace(partnerId, spaceId).toView();
	}

	@Transactional
	public Long addSpace(Long partnerId, SpaceData data) {
		load(partnerId);
		return this.spaces.save(new Space(partnerId, data)).getId();
	}

	@Transactional
	public void updateSpace(Long partnerId, Long spaceId, SpaceData data, long version) {
		Space space = loadSpace(partnerId, spaceId);
		space.checkVersion(version);
		space.describe(data);
	}

	/**
	 * @throws InUseException when activities take place in it
	 */
	@Transactional
	public void removeSpace(Long partnerId, Long spaceId) {
		Deletions.deleteUnlessInUse(this.spaces, loadSpace(partnerId, spaceId), "Space", spaceId);
	}

	private void checkName(String name, Long id) {
		if (this.partners.existsOtherWithName(name, id)) {
			throw new PartnerNameTakenException(name);
		}
	}

	/**
	 * The name can still be taken between the check and the save, by someone saving the
	 * same name at the same moment: the unique index decides.
	 */
	private void flushName(String name) {
		UniqueKeys.flush(this.partners, "uk_partner_name", () -> new PartnerNameTakenException(name));
	}

	private Partner loadVersion(Long id, long version) {
		Partner partner = load(id);
		partner.checkVersion(version);
		return partner;
	}

	private Partner load(Long id) {
		return this.partners.findById(id).orElseThrow(() -> new PartnerNotFoundException("Partner", id));
	}

	/**
	 * A space of another partner is reported as not found, never shown.
	 */
	private Space loadSpace(Long partnerId, Long spaceId) {
		return this.spaces.findById(spaceId)
			.filter((space) -> space.getPartnerId().equals(partnerId))
			.orElseThrow(() -> new PartnerNotFoundException("Space", spaceId));
	}

}
