// Progressive enhancement for the activity form: the page works without this file.
(function () {
  'use strict';

  // Enter in a live search field searches (htmx listens for "search") instead of
  // submitting the whole form.
  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key === 'Enter' && field.matches && field.matches('input[data-enter-searches]')) {
      event.preventDefault();
      field.dispatchEvent(new Event('search', { bubbles: true }));
    }
  });
})();
