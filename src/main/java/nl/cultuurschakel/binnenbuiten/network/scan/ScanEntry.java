package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.EnumMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills in and signs off scans for another module (the demo data) with the same rules as
 * the scan page: answers change the scan and withdraw a sign-off, a sign-off vouches for
 * the scan as stored.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScanEntry {

	private final ScanService scans;

	/**
	 * Stores the answers given (items left out keep theirs) on behalf of the user.
	 */
	@Transactional
	public void answer(Long neighbourhoodId, int year, Map<ScanItem, ScanAnswer> answers, Long userId) {
		Map<ScanItem, ItemAnswer> given = new EnumMap<>(ScanItem.class);
		answers.forEach((item, answer) -> given.put(item, new ItemAnswer(answer.status(),
				(answer.note() == null || answer.note().isBlank()) ? null : answer.note().strip())));
		this.scans.answer(neighbourhoodId, year, given, this.scans.get(neighbourhoodId, year).version(), userId);
	}

	/**
	 * A coordinator signs off the scan as stored.
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when no
	 * scan is stored for the neighbourhood and year
	 */
	@Transactional
	public void signOff(Long neighbourhoodId, int year, Long coordinatorId) {
		this.scans.signOff(neighbourhoodId, year, this.scans.get(neighbourhoodId, year).version(), coordinatorId);
	}

}
