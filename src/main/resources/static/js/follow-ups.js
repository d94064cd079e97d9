// The follow-up list, enhanced: "select all" ticks every follow-up's box, and the undo of a tick-off
// disappears when its few seconds are over (the server refuses a late undo in any case). Event
// delegation, so both keep working after htmx swaps the list.
(function () {
  'use strict';

  function boxes(name) {
    return document.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
  }

  document.addEventListener('change', function (event) {
    var all = event.target.closest('[data-select-all]');
    if (all) {
      boxes(all.getAttribute('data-select-all')).forEach(function (box) { box.checked = all.checked; });
      all.indeterminate = false;
      return;
    }
    var box = event.target.closest('input[type="checkbox"][name]');
    var selectAll = box && document.querySelector('[data-select-all="' + box.name + '"]');
    if (selectAll) {
      var checked = Array.prototype.filter.call(boxes(box.name), function (b) { return b.checked; }).length;
      selectAll.checked = checked > 0 && checked === boxes(box.name).length;
      selectAll.indeterminate = checked > 0 && !selectAll.checked;
    }
  });

  function expireUndo() {
    document.querySelectorAll('[data-undo-until]').forEach(function (notice) {
      var left = Number(notice.getAttribute('data-undo-until')) - Date.now();
      var form = notice.querySelector('form');
      if (!form || notice.hasAttribute('data-undo-timer')) {
        return;
      }
      notice.setAttribute('data-undo-timer', '');
      window.setTimeout(function () { form.hidden = true; }, Math.max(left, 0));
    });
  }
  document.addEventListener('DOMContentLoaded', expireUndo);
  document.addEventListener('htmx:afterSettle', expireUndo);

  // After htmx swapped the list in, the button that was pressed is gone: put the focus on what the
  // page now says (the tick-off with its undo, a warning, or a message), so keyboard and
  // screen-reader users carry on from there.
  document.addEventListener('htmx:afterSettle', function () {
    var notice = document.querySelector('main .notice');
    if (notice) {
      notice.setAttribute('tabindex', '-1');
      notice.focus();
    }
  });
})();
