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

  // Move focus to the error summary so screen-reader and keyboard users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
