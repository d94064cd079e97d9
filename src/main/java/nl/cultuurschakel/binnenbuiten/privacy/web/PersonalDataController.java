package nl.cultuurschakel.binnenbuiten.privacy.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.privacy.PersonalData;
import nl.cultuurschakel.binnenbuiten.privacy.PersonalDataExport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An administrator downloads everything stored about one user account, as JSON, to answer
 * that person's request (AVG/GDPR article 15).
 */
@Controller
@RequiredArgsConstructor
class PersonalDataController {

	private final PersonalDataExport export;

	@GetMapping("/admin/users/{id}/export")
	ResponseEntity<PersonalData> export(@PathVariable Long id) {
		PersonalData data = this.export.of(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("binnenbuiten-user-" + id + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(data);
	}

}
