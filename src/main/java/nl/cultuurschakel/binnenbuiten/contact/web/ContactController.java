package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactDetails;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactRow;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.contact.UnknownPartnerException;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging, listing and changing contact moments (staff only).
 */
@Controller
@RequestMapping("/contacts")
@RequiredArgsConstructor
class ContactController {

	private static final String FORM = "contacts/form";

	private final ContactService contacts;

	private final ContactNames names;

	private final AccountService accounts;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final NeighbourhoodChoices neighbourhoodChoices;

	private final Clock clock;

	@ModelAttribute("kinds")
	ContactKind[] kinds() {
		return ContactKind.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") ContactListFilter filter,
			@PageableDefault(size = 25, sort = "date", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		Pageable safe = SortGuard.allow(pageable, ContactService.SORTABLE, Sort.by(Sort.Direction.DESC, "date"));
		Page<ContactRow> page = this.contacts.find(filter.toFilter(), safe);
		model.addAttribute("contacts", page);
		model.addAttribute("split", this.contacts.domainSplit(filter.toFilter()));
		model.addAttribute("domains", PartnerDomain.values());
		model.addAttribute("staff", this.accounts.staff());
		model.addAttribute("partnerOptions", this.partners.options());
		model.addAttribute("neighbourhoodOptions", this.neighbourhoods.all());
		this.names.addFor(page.getContent(), model);
		return "contacts/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ContactDetails contact = this.contacts.get(id);
		Set<Long> partnerIds = new HashSet<>(contact.data().participantIds());
		partnerIds.add(contact.data().counterpartId());
		Map<Long, String> partnerNames = this.names.add(Set.of(contact.data().advisorId()), partnerIds,
				(contact.data().neighbourhoodId() != null) ? Set.of(contact.data().neighbourhoodId()) : Set.of(),
				model);
		model.addAttribute("participants",
				contact.data()
					.participantIds()
					.stream()
					.map((partnerId) -> new PartnerLink(partnerId, partnerNames.get(partnerId)))
					.sorted(Comparator.comparing(PartnerLink::name, Comparator.nullsLast(Comparator.naturalOrder())))
					.toList());
		model.addAttribute("contact", contact);
		model.addAttribute("mayChange", ContactService.mayChange(user, contact.data().advisorId()));
		return "contacts/detail";
	}

	/**
	 * A fresh form: today, the advisor's last kind of contact, and the partner or
	 * neighbourhood of the page it was opened from.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long partner, @RequestParam(required = false) Long neighbourhood,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		ContactForm form = freshForm(LocalDate.now(this.clock),
				this.contacts.lastKind(user.getId()).orElse(ContactKind.MEETING), user);
		if (partner != null && this.partners.find(partner).isPresent()) {
			form.setCounterpartId(partner);
		}
		if (neighbourhood != null && this.neighbourhoods.exists(neighbourhood)) {
			form.setNeighbourhoodId(neighbourhood);
		}
		return showForm(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute ContactForm contactForm, BindingResult result,
			@RequestParam(required = false) String another, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		checkForm(contactForm, result, user);
		if (contactForm.getSubmissionKey() == null) {
			contactForm.setSubmissionKey(UUID.randomUUID());
		}
		if (result.hasErrors()) {
			return showForm(contactForm, null, model);
		}
		Long id;
		boolean duplicate = this.contacts.findBySubmission(contactForm.getSubmissionKey()).isPresent();
		try {
			id = this.contacts.log(contactForm.toData(), contactForm.getSubmissionKey());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form was posted twice at the same moment; the other request logged
			// it.
			id = this.contacts.findBySubmission(contactForm.getSubmissionKey()).orElseThrow(() -> ex);
			duplicate = true;
		}
		catch (UnknownPartnerException ex) {
			result.rejectValue("counterpartId", "contact.counterpart.unknown");
			return showForm(contactForm, null, model);
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, duplicate ? "contact.duplicate" : "contact.logged");
		if (another != null) {
			// Keep date and kind; everything else starts empty.
			return "redirect:/contacts/new?date=" + contactForm.getDate() + "&kind=" + contactForm.getKind();
		}
		return "redirect:/contacts/" + id;
	}

	@GetMapping(path = "/new", params = { "date", "kind" })
	String anotherForm(@RequestParam LocalDate date, @RequestParam ContactKind kind,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return showForm(freshForm(date, kind, user), null, model);
	}

	/**
	 * An empty form of the user's on the given day and kind, with its own submission key
	 * (a second post of the same form logs nothing twice).
	 */
	private static ContactForm freshForm(LocalDate date, ContactKind kind, CurrentUser user) {
		ContactForm form = new ContactForm();
		form.setDate(date);
		form.setKind(kind);
		form.setAdvisorId(user.getId());
		form.setSubmissionKey(UUID.randomUUID());
		return form;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ContactDetails contact = this.contacts.get(id);
		checkMayChange(user, contact);
		return showForm(ContactForm.of(contact), contact, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute ContactForm contactForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ContactDetails contact = this.contacts.get(id);
		checkMayChange(user, contact);
		checkForm(contactForm, result, user);
		if (!result.hasErrors()) {
			try {
				this.contacts.update(id, contactForm.toData(), contactForm.getVersion(), user);
				return Flash.redirect(redirect, "contact.saved", "/contacts/" + id);
			}
			catch (UnknownPartnerException ex) {
				result.rejectValue("counterpartId", "contact.counterpart.unknown");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				contactForm.setVersion(EditConflict.show(this.contacts.get(id), result, model).version());
			}
		}
		return showForm(contactForm, contact, model);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ContactDetails contact = this.contacts.get(id);
		checkMayChange(user, contact);
		model.addAttribute("contact", contact);
		return "contacts/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.contacts.delete(id, user);
		return Flash.redirect(redirect, "contact.deleted", "/contacts");
	}

	private String showForm(ContactForm form, ContactDetails contact, Model model) {
		model.addAttribute("contactForm", form);
		model.addAttribute("contact", contact);
		model.addAttribute("partnerOptions", this.partners.options());
		model.addAttribute("neighbourhoodChoice", this.neighbourhoodChoices.applyTo(form));
		model.addAttribute("staff", this.accounts.staff());
		return FORM;
	}

	/**
	 * Advisors log for themselves; coordinators may log for another advisor.
	 */
	private void checkForm(ContactForm form, BindingResult result, CurrentUser user) {
		if (user.getRole() != Role.COORDINATOR || form.getAdvisorId() == null) {
			form.setAdvisorId(user.getId());
		}
		else if (this.accounts.staff().stream().noneMatch((member) -> member.id().equals(form.getAdvisorId()))) {
			result.rejectValue("advisorId", "contact.advisor.unknown");
		}
		if (form.getCounterpartId() != null && this.partners.find(form.getCounterpartId()).isEmpty()) {
			result.rejectValue("counterpartId", "contact.counterpart.unknown");
		}
		if (form.getNeighbourhoodId() != null && !this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			result.rejectValue("neighbourhoodId", "contact.neighbourhood.unknown");
		}
		if (!this.partners.names(form.getParticipantIds()).keySet().containsAll(form.getParticipantIds())) {
			result.rejectValue("participantIds", "contact.participants.unknown");
		}
		if (form.hasDueDateWithoutFollowUp()) {
			result.rejectValue("followUp", "contact.followUp.needed");
		}
	}

	private static void checkMayChange(CurrentUser user, ContactDetails contact) {
		if (!ContactService.mayChange(user, contact.data().advisorId())) {
			throw new AccessDeniedException("Not your contact moment");
		}
	}

}
