package nl.cultuurschakel.binnenbuiten.network.scan;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, fills in and signs off the building-blocks scans.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ScanService {

	/** The version an edit of a scan that is not stored yet starts from. */
	static final long NEW = -1;

	private final ScanRepository scans;

	private final AccountService accounts;

	private final Clock clock;

	/**
	 * The scan of the neighbourhood and year, empty (all "not yet") when none is stored.
	 */
	ScanView get(Long neighbourhoodId, int year) {
		return this.scans.findByNeighbourhoodIdAndYear(neighbourhoodId, year)
			.map(this::view)
			.orElseGet(() -> new ScanView(neighbourhoodId, year, Map.of(), NEW, null, null, null, null));
	}

	/**
	 * Stores the answers given (items left out keep theirs), all or nothing.
	 * @param startedFrom the version the edit started from ({@link #NEW} for a scan not
	 * stored yet)
	 * @return whether a sign-off was withdrawn because the answers changed
	 * @throws ObjectOptimisticLockingFailureException when someone else saved since
	 */
	@Transactional
	boolean answer(Long neighbourhoodId, int year, Map<ScanItem, ItemAnswer> answers, long startedFrom, Long userId) {
		Optional<Scan> stored = this.scans.findByNeighbourhoodIdAndYear(neighbourhoodId, year);
		if (stored.isPresent() == (startedFrom == NEW)) {
			throw new ObjectOptimisticLockingFailureException(Scan.class, neighbourhoodId + "/" + year);
		}
		Scan scan = stored.orElseGet(() -> new Scan(neighbourhoodId, year));
		scan.checkVersion(stored.isPresent() ? startedFrom : 0);
		boolean reopened = scan.answer(answers, userId, this.clock.instant());
		this.scans.saveAndFlush(scan);
		return reopened;
	}

	/**
	 * A coordinator signs off the scan as stored.
	 * @throws ObjectOptimisticLockingFailureException when it changed since the page was
	 * opened, or nothing is stored yet
	 */
	@Transactional
	void signOff(Long neighbourhoodId, int year, long startedFrom, Long userId) {
		Scan scan = this.scans.findByNeighbourhoodIdAndYear(neighbourhoodId, year)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(Scan.class, neighbourhoodId + "/" + year));
		scan.checkVersion(startedFrom);
		scan.signOff(userId, this.clock.instant());
		this.scans.saveAndFlush(scan);
	}

	private ScanView view(Scan scan) {
		Map<Long, String> names = this.accounts
			.displayNames(Stream.of(scan.getUpdatedBy(), scan.getSignedOffBy()).filter(Objects::nonNull).toList());
		return new ScanView(scan.getNeighbourhoodId(), scan.getYear(), scan.getAnswers(), scan.getVersion(),
				names.get(scan.getUpdatedBy()), scan.getUpdatedAt(), names.get(scan.getSignedOffBy()),
				scan.getSignedOffAt());
	}

}
