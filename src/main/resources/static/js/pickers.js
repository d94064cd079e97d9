// The pickers of the forms (templates/fragments/pickers.html and the contact form's partner search).
// Progressive enhancement only: without this file the selects and the checkbox lists work on their own.
(function () {
  'use strict';

  // Lower case without accents, so "cafe" finds "Café".
  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function words(text) {
    return normalise(text).split(/\s+/).filter(Boolean);
  }

  // Every typed word occurs in the name, in any order.
  function matches(name, typed) {
    var normalised = normalise(name);
    return typed.every(function (word) { return normalised.indexOf(word) >= 0; });
  }

  // "Geen … / 1 … / {0} …" from the element's data-status-none, -one and -many.
  function countText(element, count) {
    if (count === 0) {
      return element.getAttribute('data-status-none');
    }
    return count === 1 ? element.getAttribute('data-status-one')
      : element.getAttribute('data-status-many').replace('{0}', count);
  }

  /*
   * "Zoek een partner": a combobox with a list of matches, after the WAI-ARIA pattern "list autocomplete
   * with automatic selection". The first match is highlighted; arrow keys move the highlight; Enter or a
   * click picks it into the select named by data-picks (a change event, so htmx updates the neighbourhood);
   * Escape closes the list or empties the field. Enter never submits the form from here.
   */
  function combobox(input) {
    var select = document.getElementById(input.getAttribute('data-picks'));
    var listbox = document.getElementById(input.getAttribute('aria-controls'));
    var status = document.getElementById(input.id + '-status');
    var shown = [];
    var active = -1;

    function partnerOptions() {
      return Array.prototype.filter.call(select.options, function (option) { return option.value !== ''; });
    }

    function highlight(index) {
      Array.prototype.forEach.call(listbox.children, function (item, i) {
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      var item = listbox.children[index];
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    // Lists the matches of the typed text (all partners when asked with an empty field).
    function open(showAll) {
      var typed = words(input.value);
      shown = (typed.length > 0 || showAll)
        ? partnerOptions().filter(function (option) { return matches(option.text, typed); }) : [];
      listbox.textContent = '';
      shown.forEach(function (option) {
        var item = document.createElement('li');
        item.id = input.id + '-option-' + option.value;
        item.setAttribute('role', 'option');
        item.textContent = option.text;
        listbox.appendChild(item);
      });
      status.textContent = (typed.length > 0 || showAll) ? countText(input, shown.length) : '';
      if (shown.length === 0) {
        close();
        return;
      }
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(0);
    }

    function pick(index) {
      var option = shown[index];
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      input.value = option.text;
      close();
      status.textContent = input.getAttribute('data-status-picked').replace('{0}', option.text);
    }

    input.addEventListener('input', function () { open(false); });
    input.addEventListener('keydown', function (event) {
      var isOpen = !listbox.hidden;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (isOpen) {
            highlight((active + 1) % shown.length);
          } else {
            open(true);
          }
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (isOpen) {
            highlight((active - 1 + shown.length) % shown.length);
          }
          break;
        case 'Enter':
          event.preventDefault();
          if (isOpen && active >= 0) {
            pick(active);
          }
          break;
        case 'Escape':
          if (isOpen) {
            event.preventDefault();
            close();
          } else if (input.value !== '') {
            event.preventDefault();
            input.value = '';
            status.textContent = '';
          }
          break;
        default:
          break;
      }
    });
    input.addEventListener('blur', close);
    // Keep the focus in the field while clicking a match.
    listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
    listbox.addEventListener('click', function (event) {
      var item = event.target.closest('[role="option"]');
      if (item) {
        pick(Array.prototype.indexOf.call(listbox.children, item));
      }
    });
  }

  /*
   * A checklist (fragments/pickers.html :: checklist): a filter box over a list of checkboxes, named by
   * the box's data-filters. Typing shows the items whose label has every typed word, and always the ticked
   * ones; the status line says how many match. Enter does not submit the form from the box, Escape empties
   * it. The listeners sit on the document, so a list that htmx swaps in works at once.
   */
  function filter(input) {
    var list = document.getElementById(input.getAttribute('data-filters'));
    var status = document.getElementById(input.id + '-status');
    var typed = words(input.value);
    var matching = 0;
    Array.prototype.forEach.call(list.children, function (item) {
      var match = matches(item.textContent, typed);
      item.hidden = !(match || item.querySelector('input[type="checkbox"]').checked);
      matching += match ? 1 : 0;
    });
    status.textContent = typed.length > 0 ? countText(input, matching) : '';
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('[data-filters]')) {
      filter(event.target);
    }
  });
  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('[data-filters]')) {
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      filter(input);
    }
  });

  // "(2 gekozen)" for a checklist: each element whose data-chosen-count names the list, with the text of
  // its data-template; the fixed (disabled, ticked) items count too.
  document.addEventListener('change', function (event) {
    var list = event.target.closest && event.target.closest('.checklist');
    if (!list || !list.id) {
      return;
    }
    var count = list.querySelectorAll('input[type="checkbox"]:checked').length;
    document.querySelectorAll('[data-chosen-count="' + list.id + '"]').forEach(function (counter) {
      counter.textContent = count > 0 ? counter.getAttribute('data-template').replace('{0}', count) : '';
    });
  });

  document.querySelectorAll('[role="combobox"][data-picks]').forEach(combobox);
})();
