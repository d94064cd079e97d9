package nl.cultuurschakel.binnenbuiten.audit.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.audit.AuditEntry;
import nl.cultuurschakel.binnenbuiten.audit.AuditFilter;
import nl.cultuurschakel.binnenbuiten.audit.AuditTrail;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit trail for admins and coordinators: every change, newest first and filtered by
 * user, kind of record and period, and one record's whole history. Read-only: there is no
 * address that edits or deletes a revision.
 */
@Controller
@RequestMapping("/admin/audit")
@RequiredArgsConstructor
class AuditController {

	private final AuditTrail trail;

	private final AuditLabels labels;

	@GetMapping
	String list(@ModelAttribute("filter") AuditListFilter filter, BindingResult binding,
			@PageableDefault(size = 25) Pageable pageable, Model model) {
		Period period = filter.period(binding);
		String type = blankToNull(filter.getType());
		Page<AuditEntry> changes;
		if (type != null && !this.trail.isType(type)) {
			binding.rejectValue("type", "audit.filter.type.unknown");
			changes = new PageImpl<>(List.of(), PageRequest.of(0, pageable.getPageSize()), 0);
		}
		else {
			changes = this.trail.changes(
					new AuditFilter(blankToNull(filter.getUser()), type, period.from(), period.to()),
					PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		}
		model.addAttribute("changes", changes);
		model.addAttribute("types", this.trail.types());
		model.addAttribute("usernames", this.trail.usernames());
		return "admin/audit/list";
	}

	@GetMapping("/{type}/{id}")
	String history(@PathVariable String type, @PathVariable String id, Model model, HttpServletResponse response) {
		Optional<Long> recordId = parse(id);
		Optional<List<AuditEntry>> history = recordId.flatMap((value) -> this.trail.history(type, value));
		model.addAttribute("type", type);
		model.addAttribute("typeLabel", this.labels.type(type));
		model.addAttribute("recordId", id);
		if (history.isEmpty()) {
			model.addAttribute("knownType", this.trail.isType(type));
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "admin/audit/not-found";
		}
		model.addAttribute("history", history.get());
		model.addAttribute("recordName",
				history.get()
					.stream()
					.map(AuditEntry::recordName)
					.filter((name) -> name != null)
					.findFirst()
					.orElse(null));
		return "admin/audit/history";
	}

	private static Optional<Long> parse(String id) {
		try {
			long value = Long.parseLong(id);
			return (value > 0) ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
