// Shows an event's time in the reader's own time zone; everything else on the page works without script.
document.addEventListener('DOMContentLoaded', function () {
  var lang = document.documentElement.lang || 'en';
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var format = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' });
  document.querySelectorAll('[data-reader-zone]').forEach(function (line) {
    var start = new Date(line.getAttribute('data-start'));
    var end = new Date(line.getAttribute('data-end'));
    var text = format.formatRange ? format.formatRange(start, end)
      : format.format(start) + ' – ' + format.format(end);
    line.querySelector('time').textContent = text + ' (' + zone + ')';
    line.hidden = false;
  });
});
