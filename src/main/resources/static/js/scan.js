/*
 * The building-blocks scan (templates/scan/page.html): "Alle voorstellen overnemen" sets
 * every item that has a suggestion to its suggested status (the select's data-suggested)
 * and says how many it set. Nothing is saved until the user submits the form; without
 * JavaScript the button stays hidden and each item is chosen by hand.
 */
(function () {
  'use strict';

  function start() {
    var take = document.getElementById('scan-take');
    if (!take) {
      return;
    }
    var result = document.getElementById('scan-take-result');
    take.hidden = false;
    take.querySelector('button').addEventListener('click', function () {
      var selects = document.querySelectorAll('select[data-suggested]');
      var changed = 0;
      selects.forEach(function (select) {
        if (select.value !== select.getAttribute('data-suggested')) {
          select.value = select.getAttribute('data-suggested');
          changed++;
        }
      });
      result.textContent = result.getAttribute('data-taken').replace('{0}', String(changed));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
