/* The search page: loads lunr.js and the index files when first needed,
 * searches as you type, lists results with the matched words marked, and
 * filters them by year, source and actor. The query and filters live in the
 * URL (search/?q=...&year=...), so a search can be shared and reloaded.
 *
 * The index files are scripts (see plugins/newsarchive/write/search.py), so
 * this works from a web server, from a sub-folder and from disk (file://).
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var coreModule = window.newsarchiveSearchCore;
  if (!form || !coreModule) return;
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var filters = document.getElementById('search-filters');
  var more = document.getElementById('search-more');

  // Filter groups: OR within a group, AND across groups; `param` is the URL's.
  var GROUPS = [
    { param: 'year', legend: 'Year', order: 'newest' },
    { param: 'source', legend: 'Source', order: 'count' },
    { param: 'actor', legend: 'Person, organisation or place', order: 'count' }
  ];
  var RESULTS_PER_PAGE = 20;
  var OPTIONS_SHOWN = 12;  // per group, the most frequent (chosen ones always show)
  var TYPING_PAUSE_MS = 60;
  // An exact word outranks a word sharing its stem through an ending, which
  // outranks a longer word that only starts with it.
  var BOOSTS = { exact: 10, ending: 3, prefix: 1 };
  var YEAR = /^\d{4}/;
  var FULL_TEXT_FIELD = 'body';  // search.py's FULL_TEXT_FIELD

  var state = { query: '', chosen: {}, shown: RESULTS_PER_PAGE };
  GROUPS.forEach(function (group) { state.chosen[group.param] = []; });
  var engine = null;  // once loaded: {terms, index, documents, actors, fullText}
  var loading = false;
  var lastSearch = { query: null, refs: [] };
  var pause = null;

  function load() {
    if (engine || loading) return;
    loading = true;
    showLoading();
    var data = form.dataset;
    coreModule.loadScripts([data.lunr, data.fold, data.documents, data.index], function () {
      var files = window.newsarchiveSearch;
      var terms = coreModule.create(lunr, files.fold);
      terms.registerPipeline();
      engine = {
        terms: terms,
        index: coreModule.loadIndex(lunr, files.index),
        documents: files.documents,
        actors: files.actors,
        fullText: files.index.fields.indexOf(FULL_TEXT_FIELD) >= 0,
        wordsByRef: new Map()
      };
      loading = false;
      results.removeAttribute('aria-busy');
      run();
    }, function () {
      loading = false;
      results.removeAttribute('aria-busy');
      status.textContent = 'The search index could not be loaded; reload the page to try again.';
    });
  }

  function showLoading() {
    if (!loading) return;
    results.setAttribute('aria-busy', 'true');
    status.textContent = state.query ? 'Loading the search index…' : 'Loading the search index; type meanwhile.';
  }

  /* Refs of the documents matching the query, best first. */
  function search(parsed) {
    var terms = engine.terms;
    if (!parsed.words.length) return [];
    var hits = engine.index.query(function (query) {
      parsed.words.forEach(function (word) {
        if (word.stem) query.term(word.stem, { usePipeline: false, boost: BOOSTS.exact });
        word.endings.forEach(function (stem) {
          query.term(stem, { usePipeline: false, boost: BOOSTS.ending });
        });
        if (word.prefix) {
          query.term(word.text, {
            usePipeline: false, boost: BOOSTS.prefix, wildcard: lunr.Query.wildcard.TRAILING
          });
        }
      });
    });
    var everyWord = hits.filter(function (hit) {
      var matched = Object.keys(hit.matchData.metadata);
      return parsed.words.every(function (word) {
        return matched.some(function (term) { return terms.termMatches(word, term); });
      });
    });
    var refs = everyWord.map(function (hit) { return Number(hit.ref); });
    if (!parsed.phrases.length) return refs;
    // Phrases are checked on the text the documents file holds; with the
    // full text indexed, a phrase may also sit in the body, which it does
    // not hold: those results are kept, after the confirmed ones.
    var confirmed = refs.filter(function (ref) { return holdsPhrases(ref, parsed); });
    if (!engine.fullText) return confirmed;
    return confirmed.concat(refs.filter(function (ref) { return confirmed.indexOf(ref) < 0; }));
  }

  function holdsPhrases(ref, parsed) {
    var texts = documentWords(ref);
    return parsed.phrases.every(function (phrase) {
      return texts.some(function (words) { return engine.terms.holdsPhrase(words, phrase); });
    });
  }

  function documentWords(ref) {
    if (!engine.wordsByRef.has(ref)) {
      var documents = engine.documents;
      var texts = [documents.title[ref], documents.lead[ref], documents.source[ref] || '']
        .concat(documents.actors[ref].map(function (row) { return engine.actors.name[row]; }));
      engine.wordsByRef.set(ref, texts.map(engine.terms.wordsOf));
    }
    return engine.wordsByRef.get(ref);
  }

  function valuesOf(ref, param) {
    var documents = engine.documents;
    if (param === 'year') {
      var year = YEAR.exec(documents.date[ref] || '');
      return year ? [year[0]] : [];
    }
    if (param === 'source') return documents.source[ref] ? [documents.source[ref]] : [];
    return documents.actors[ref].map(function (row) { return engine.actors.id[row]; });
  }

  /* Whether a document passes every group's choice but `skipped`'s. */
  function passes(ref, skipped) {
    return GROUPS.every(function (group) {
      var chosen = state.chosen[group.param];
      if (group.param === skipped || !chosen.length) return true;
      return valuesOf(ref, group.param).some(function (value) { return chosen.indexOf(value) >= 0; });
    });
  }

  /* Each group's options, counted over the results the other groups let through:
   * a count says how many results that choice adds. */
  function options(refs, group) {
    var counts = new Map();
    refs.filter(function (ref) { return passes(ref, group.param); }).forEach(function (ref) {
      valuesOf(ref, group.param).forEach(function (value) {
        counts.set(value, (counts.get(value) || 0) + 1);
      });
    });
    var chosen = state.chosen[group.param];
    chosen.forEach(function (value) { if (!counts.has(value)) counts.set(value, 0); });
    var values = Array.from(counts.keys()).sort(function (a, b) {
      if (group.order === 'newest') return a < b ? 1 : -1;
      return counts.get(b) - counts.get(a) || labelOf(group.param, a).localeCompare(labelOf(group.param, b));
    });
    var top = values.slice(0, OPTIONS_SHOWN);
    chosen.forEach(function (value) { if (top.indexOf(value) < 0) top.push(value); });
    return top.map(function (value) { return { value: value, count: counts.get(value) }; });
  }

  function labelOf(param, value) {
    if (param !== 'actor') return value;
    var row = engine.actors.id.indexOf(value);
    return row >= 0 ? engine.actors.name[row] : value;
  }

  function run() {
    clearTimeout(pause);
    if (!engine) {
      showLoading();
      return;
    }
    var parsed = engine.terms.parseQuery(state.query);
    if (lastSearch.query !== state.query) {
      lastSearch = { query: state.query, refs: search(parsed) };
    }
    var refs = lastSearch.refs;
    var shown = refs.filter(function (ref) { return passes(ref, null); });
    renderFilters(refs);
    renderResults(shown, parsed);
    announce(shown.length, refs.length, parsed);
  }

  function announce(shown, found, parsed) {
    var quoted = '“' + state.query.trim() + '”';
    if (!state.query.trim()) {
      status.textContent = '';
    } else if (!parsed.words.length) {
      status.textContent = 'Nothing to search for in ' + quoted + ': very common words, and ' +
        'beginnings of words shorter than ' + coreModule.minPrefix + ' letters, are not searched.';
    } else if (!found) {
      status.textContent = 'No results for ' + quoted + '.';
    } else if (shown === found) {
      status.textContent = plural(found, 'result') + ' for ' + quoted + '.';
    } else {
      status.textContent = shown + ' of ' + plural(found, 'result') + ' for ' + quoted + ', filtered.';
    }
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function renderResults(refs, parsed) {
    var items = refs.slice(0, state.shown).map(function (ref) { return resultItem(ref, parsed); });
    results.replaceChildren.apply(results, items);
    more.hidden = refs.length <= state.shown;
  }

  function resultItem(ref, parsed) {
    var documents = engine.documents;
    var terms = engine.terms;
    var item = element('li', 'article-item');
    var link = element('a', 'article-link');
    link.href = form.dataset.root + documents.url[ref] + '?highlight=' + encodeURIComponent(state.query);
    link.append(terms.highlight(documents.title[ref], parsed));
    var facts = element('p', 'article-facts');
    if (documents.date[ref]) {
      var time = element('time');
      time.dateTime = documents.date[ref].replace(/^--/, '');
      time.textContent = documents.dateLabel[ref];
      facts.append(time);
    } else {
      facts.append(element('span', 'unknown', documents.dateLabel[ref]));
    }
    facts.append(' · ');
    facts.append(documents.source[ref] ? element('span', 'source', documents.source[ref])
      : element('span', 'unknown', 'source unknown'));
    var snippet = element('p', 'snippet');
    snippet.append(terms.highlight(documents.lead[ref], parsed));
    item.append(link, facts, snippet);
    return item;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderFilters(refs) {
    var focused = document.activeElement;
    var refocus = focused && focused.name && filters.contains(focused) ? focused : null;
    var groups = state.query.trim() ? GROUPS.map(function (group) {
      var choices = options(refs, group);
      if (!choices.length) return null;
      var fieldset = element('fieldset', 'filter-group');
      fieldset.append(element('legend', null, group.legend));
      choices.forEach(function (choice) {
        var label = element('label', 'filter-option');
        var box = element('input');
        box.type = 'checkbox';
        box.name = group.param;
        box.value = choice.value;
        box.checked = state.chosen[group.param].indexOf(choice.value) >= 0;
        label.append(box, ' ' + labelOf(group.param, choice.value) + ' ',
          element('span', 'filter-count', '(' + choice.count + ')'));
        fieldset.append(label);
      });
      return fieldset;
    }).filter(Boolean) : [];
    filters.replaceChildren.apply(filters, groups);
    filters.hidden = !groups.length;
    if (refocus) {
      var again = Array.from(filters.querySelectorAll('input')).find(function (box) {
        return box.name === refocus.name && box.value === refocus.value;
      });
      if (again) again.focus();
    }
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    state.query = params.get('q') || '';
    GROUPS.forEach(function (group) { state.chosen[group.param] = params.getAll(group.param); });
    input.value = state.query;
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (state.query) params.set('q', state.query);
    GROUPS.forEach(function (group) {
      state.chosen[group.param].forEach(function (value) { params.append(group.param, value); });
    });
    var query = params.toString();
    try {
      history.replaceState(null, '', query ? '?' + query : location.pathname);
    } catch (error) {
      // Some browsers refuse to change the address of a page opened from disk.
    }
  }

  function queryChanged() {
    state.query = input.value;
    state.shown = RESULTS_PER_PAGE;
    writeUrl();
    clearTimeout(pause);
    pause = setTimeout(run, TYPING_PAUSE_MS);
  }

  function resultLinks() {
    return Array.from(results.querySelectorAll('a'));
  }

  /* Arrow keys move between the query and the result links. */
  function moveFocus(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (document.activeElement === input) next = event.key === 'ArrowDown' ? 0 : -1;
    if (next >= links.length || (next < 0 && at < 0)) return;
    event.preventDefault();
    (next < 0 ? input : links[next]).focus();
  }

  readUrl();
  input.addEventListener('focus', load);
  input.addEventListener('input', function () {
    load();
    queryChanged();
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    load();
    state.query = input.value;
    writeUrl();
    run();
  });
  form.addEventListener('keydown', moveFocus);
  results.addEventListener('keydown', moveFocus);
  filters.addEventListener('change', function (event) {
    var box = event.target;
    var chosen = state.chosen[box.name];
    if (box.checked) chosen.push(box.value);
    else chosen.splice(chosen.indexOf(box.value), 1);
    state.shown = RESULTS_PER_PAGE;
    writeUrl();
    run();
  });
  more.addEventListener('click', function () {
    var before = resultLinks().length;
    state.shown += RESULTS_PER_PAGE;
    run();
    var links = resultLinks();
    if (links[before]) links[before].focus();
  });
  if (state.query) load();
})();
