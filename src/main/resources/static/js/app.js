// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Ask before destructive actions: <form data-confirm="message">, <button data-confirm="...">, or a chosen
  // <option data-confirm="..."> (such as withdrawing a grant in a status form).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var chosen = form.querySelector('option[data-confirm]:checked');
    var message = (submitter && submitter.getAttribute('data-confirm')) ||
      (chosen && chosen.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Show that a slow action is under way and prevent a second click.
  document.addEventListener('submit', function (event) {
    if (event.defaultPrevented || event.target.method.toLowerCase() !== 'post') {
      return;
    }
    var form = event.target;
    form.setAttribute('aria-busy', 'true');
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      window.setTimeout(function () { button.disabled = true; }, 0);
    });
  });

  // Coming back through the browser's history must not leave buttons disabled.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[aria-busy="true"]').forEach(function (form) {
      form.removeAttribute('aria-busy');
      form.querySelectorAll('button[type="submit"]').forEach(function (button) { button.disabled = false; });
    });
  });

  // The menu is shown in full on a wide screen (app.css): keep its <details> open there too, so that
  // browsers, assistive technology and tests see it as open; on a phone it starts folded.
  var wideScreen = window.matchMedia('(min-width: 64rem)');
  function fitMenu() {
    document.querySelectorAll('details.site-menu').forEach(function (menu) { menu.open = wideScreen.matches; });
  }
  document.addEventListener('DOMContentLoaded', fitMenu);
  wideScreen.addEventListener('change', fitMenu);

  // Move focus to the error summary so screen-reader and keyboard users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });

  // A line of the error summary puts the focus in its field (a link alone only scrolls there), with
  // the field's label or legend in view above it. A group (checkboxes) gets the focus on its first control.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('.error-summary a[href^="#"]');
    var target = link && document.getElementById(link.getAttribute('href').substring(1));
    var field = target && (target.matches('input, select, textarea') ? target
      : target.querySelector('input:not([type="hidden"]), select, textarea'));
    if (!field) {
      return;
    }
    event.preventDefault();
    var label = target === field ? document.querySelector('label[for="' + field.id + '"]') : target;
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
  // The header's search box: "/" puts the focus in it (unless the user is typing somewhere); Escape or a click
  // elsewhere closes its short list of results.
  document.addEventListener('keydown', function (event) {
    var box = document.getElementById('site-search-q');
    var target = event.target;
    var typing = target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName);
    if (box && event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    }
    // The first Escape closes the list and keeps the text; with no list open, the browser's own Escape clears it.
    var list = document.getElementById('site-search-suggestions');
    if (event.key === 'Escape' && target.closest && target.closest('.site-search') && list && list.hasChildNodes()) {
      event.preventDefault();
      closeSuggestions();
      if (box) {
        box.focus();
      }
    }
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.site-search')) {
      closeSuggestions();
    }
  });
  function closeSuggestions() {
    var list = document.getElementById('site-search-suggestions');
    if (list) {
      list.replaceChildren();
    }
  }
})();
