/* On an article page opened from a search result (?highlight=the query), mark
 * the words that matched, as the search page marked them, and scroll to the
 * first. lunr.js and the fold table load only when there is a query. */
(function () {
  'use strict';

  var script = document.currentScript;
  var core = window.newsarchiveSearchCore;
  var query = new URLSearchParams(location.search).get('highlight');
  if (!script || !core || !query || !query.trim()) return;

  core.loadScripts([script.dataset.lunr, script.dataset.fold], function () {
    var terms = core.create(window.lunr, window.newsarchiveSearch.fold);
    var parsed = terms.parseQuery(query);
    var marks = [];
    document.querySelectorAll(script.dataset.within).forEach(function (element) {
      marks = marks.concat(terms.highlightWithin(element, parsed));
    });
    if (marks.length) marks[0].scrollIntoView({ block: 'center' });
  }, function () {
    // Without the files the page simply stays unmarked.
  });
})();
