/* newsarchive search, the part the search page (search.js) and article pages
 * (highlight.js) share: how a query becomes words, which words of a text match
 * it, marking them, loading script files, and turning the compact index of
 * search/index.js into a lunr.js index.
 *
 * Query words are made the way the index made its terms
 * (plugins/newsarchive/write/search_terms.py): folded with the table of
 * search/fold.js, trimmed, possessive dropped, then stemmed by lunr.js's own
 * stemmer. Text from the index or the query enters the page only as text
 * nodes, never as markup.
 */
(function () {
  'use strict';

  // The same patterns as search_terms.py: EDGE_NON_WORD, POSSESSIVE, APOSTROPHE.
  var EDGE_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  var POSSESSIVE = /'s$/;
  var APOSTROPHES = /'/g;
  // search_terms.NORMALIZE_LABEL: the index's pipeline names it.
  var NORMALIZE_LABEL = 'newsarchiveNormalize';
  // A "phrase", or an unclosed one still being typed.
  var PHRASE = /"([^"]*)("|$)/g;
  // Runs of text between separators, as lunr.tokenizer.separator splits.
  var TOKEN = /[^\s\-]+/g;
  // Words at least this long also match as the start of longer words (shorter
  // ones would match much of the vocabulary: slow, and no help to a reader).
  var MIN_PREFIX = 3;
  // Endings tried on each word, so a prefix finds words whose stem is shorter
  // than it: "negotiat" + "e" stems to "negoti", the term of "negotiations"
  // (lunr.js issue #413: a stemmed index breaks plain prefix search).
  var ENDINGS = [
    'e', 'es', 'ed', 'ing', 's', 'y', 'ies', 'ied', 'ion', 'ions', 'ation', 'ations',
    'ate', 'ated', 'ating', 'ity', 'ities', 'ize', 'ized', 'izing', 'ization', 'ise',
    'ised', 'ising', 'isation', 'ment', 'ments', 'ness', 'al', 'ally', 'ical', 'ive',
    'ous', 'ence', 'ance', 'ent', 'ant', 'er', 'ers', 'ful', 'able', 'ible', 'ism',
    'ist', 'ists'
  ];

  /* Load scripts in order (each sets a global); `done` once all ran, `failed` at the first error. */
  function loadScripts(urls, done, failed) {
    var pending = urls.length;
    var broken = false;
    urls.forEach(function (url) {
      var script = document.createElement('script');
      script.src = url;
      script.async = false;
      script.onload = function () {
        pending -= 1;
        if (pending === 0 && !broken) done();
      };
      script.onerror = function () {
        if (!broken) failed(url);
        broken = true;
      };
      document.head.appendChild(script);
    });
  }

  /* Turn search/index.js's compact index back into lunr's serialized form:
   * postings with term frequencies give lunr's field vectors, scored with
   * lunr.idf and the BM25 formula of lunr.Builder. Written for speed (it
   * runs once over every posting): plain loops, rows by number. */
  function loadIndex(lunr, compact) {
    var fields = compact.fields;
    var count = compact.documentCount;
    var noMetadata = Object.freeze({});  // lunr keeps none (no positions) per match
    // rows[f][ref]: [termIndex, frequency, termIndex, frequency, ...], termIndex ascending
    var rows = fields.map(function () { return new Array(count); });
    var totals = fields.map(function () { return 0; });
    var idf = new Array(compact.terms.length);
    var invertedIndex = new Array(compact.terms.length);
    for (var termIndex = 0; termIndex < compact.terms.length; termIndex++) {
      var posting = { _index: termIndex };
      for (var f = 0; f < fields.length; f++) {
        var refs = {};
        var gaps = compact.postings[termIndex][f];
        var ref = -1;
        var row = null;
        for (var g = 0; g < gaps.length; g++) {
          totals[f] += 1;
          if (gaps[g] === 0) {
            row[row.length - 1] += 1;
            continue;
          }
          ref += gaps[g];
          refs[ref] = noMetadata;
          row = rows[f][ref] || (rows[f][ref] = []);
          row.push(termIndex, 1);
        }
        posting[fields[f]] = refs;
      }
      idf[termIndex] = lunr.idf(posting, count);
      invertedIndex[termIndex] = [compact.terms[termIndex], posting];
    }
    var fieldVectors = [];
    fields.forEach(function (field, f) {
      var average = totals[f] / count;
      rows[f].forEach(function (row, ref) {
        fieldVectors.push([field + '/' + ref, scores(row, idf, average, compact, f)]);
      });
    });
    return lunr.Index.load({
      version: compact.version,
      fields: fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      pipeline: compact.pipeline
    });
  }

  /* One field vector's elements, as lunr.Builder#createFieldVectors scores them. */
  function scores(row, idf, average, compact, f) {
    var k1 = compact.k1;
    var b = compact.b;
    var length = 0;
    for (var i = 1; i < row.length; i += 2) length += row[i];
    var elements = [];
    for (var j = 0; j < row.length; j += 2) {
      var frequency = row[j + 1];
      var score = idf[row[j]] * ((k1 + 1) * frequency) /
        (k1 * (1 - b + b * (length / average)) + frequency) * compact.boosts[f];
      elements.push(row[j], Math.round(score * 1000) / 1000);
    }
    return elements;
  }

  /* The query functions over a loaded lunr and fold table. */
  function create(lunr, foldTable) {
    var stems = new Map();

    function fold(text) {
      var folded = '';
      for (var char of text.toLowerCase()) {
        folded += Object.prototype.hasOwnProperty.call(foldTable, char) ? foldTable[char] : char;
      }
      return folded;
    }

    function normalize(word) {
      var trimmed = fold(word).replace(EDGE_NON_WORD, '');
      return trimmed.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
    }

    function stem(word) {
      if (!stems.has(word)) stems.set(word, lunr.stemmer(new lunr.Token(word)).toString());
      return stems.get(word);
    }

    function isStopWord(word) {
      return lunr.stopWordFilter(new lunr.Token(word)) === undefined;
    }

    /* The normalized words of a text, in order (stop words too: phrases hold them). */
    function wordsOf(text) {
      return fold(text).split(lunr.tokenizer.separator).map(normalize).filter(Boolean);
    }

    function endingStems(word) {
      var found = new Set();
      ENDINGS.forEach(function (ending) {
        for (var typed = 0; typed < ending.length; typed++) {
          if (word.endsWith(ending.slice(0, typed))) found.add(stem(word + ending.slice(typed)));
        }
      });
      found.delete(stem(word));
      return Array.from(found);
    }

    /* What a query asks for: `words` each document must match (a stem, an
     * ending's stem or, for a prefix, the start of a term), and `phrases`
     * whose words must follow one another. A stop word counts only while it
     * is still being typed (it may begin a longer word); the index has none. */
    function parseQuery(query) {
      var folded = fold(query);
      var phrases = [];
      folded.replace(PHRASE, function (all, inner, close) {
        var words = wordsOf(inner);
        if (words.length > 1) phrases.push({ words: words, open: close === '' });
        return all;
      });
      var raw = folded.split(lunr.tokenizer.separator);
      var typing = !/[\s"]$/.test(query);
      var seen = new Set();
      var words = [];
      raw.forEach(function (token, position) {
        var text = normalize(token);
        var last = typing && position === raw.length - 1;
        if (!text || seen.has(text)) return;
        var stop = isStopWord(text);
        if (stop && !(last && text.length >= MIN_PREFIX)) return;
        seen.add(text);
        words.push({
          text: text,
          stem: stop ? null : stem(text),
          endings: stop ? [] : endingStems(text),
          prefix: text.length >= MIN_PREFIX
        });
      });
      return { query: query, words: words, phrases: phrases };
    }

    /* Whether an index term is one a query word asks for. */
    function termMatches(word, term) {
      return term === word.stem || word.endings.indexOf(term) >= 0 ||
        (word.prefix && term.startsWith(word.text));
    }

    /* Whether a word of running text (as written) matches any query word. */
    function wordMatches(parsed, written) {
      var word = normalize(written);
      if (!word) return false;
      return parsed.words.some(function (queryWord) {
        return (queryWord.prefix && word.startsWith(queryWord.text)) ||
          (!isStopWord(word) && termMatches(queryWord, stem(word)));
      });
    }

    /* Whether `words` (normalized, in order) hold the phrase. */
    function holdsPhrase(words, phrase) {
      var wanted = phrase.words;
      for (var start = 0; start + wanted.length <= words.length; start++) {
        var all = wanted.every(function (word, offset) {
          var seen = words[start + offset];
          var lastOpen = phrase.open && offset === wanted.length - 1;
          return lastOpen ? seen.startsWith(word) : seen === word;
        });
        if (all) return true;
      }
      return false;
    }

    /* `text` as a fragment whose matching words are in <mark> elements. */
    function highlight(text, parsed) {
      var fragment = document.createDocumentFragment();
      var done = 0;
      var token;
      TOKEN.lastIndex = 0;
      while ((token = TOKEN.exec(text)) !== null) {
        var start = token.index + token[0].search(/[\p{L}\p{N}]/u);
        var core = token[0].replace(EDGE_NON_WORD, '');
        if (!core || !wordMatches(parsed, core)) continue;
        fragment.append(text.slice(done, start));
        var mark = document.createElement('mark');
        mark.textContent = core;
        fragment.append(mark);
        done = start + core.length;
      }
      fragment.append(text.slice(done));
      return fragment;
    }

    /* Mark the matching words in the text under `element`; returns the marks. */
    function highlightWithin(element, parsed) {
      var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      var marks = [];
      nodes.forEach(function (node) {
        var fragment = highlight(node.data, parsed);
        var found = fragment.querySelectorAll('mark');
        if (!found.length) return;
        marks.push.apply(marks, found);
        node.replaceWith(fragment);
      });
      return marks;
    }

    /* lunr.js loads the index only once its pipeline's functions are registered. */
    function registerPipeline() {
      if (lunr.Pipeline.registeredFunctions[NORMALIZE_LABEL]) return;
      lunr.Pipeline.registerFunction(function (token) {
        var word = normalize(token.toString());
        return word ? token.update(function () { return word; }) : undefined;
      }, NORMALIZE_LABEL);
    }

    return {
      fold: fold,
      normalize: normalize,
      stem: stem,
      wordsOf: wordsOf,
      parseQuery: parseQuery,
      termMatches: termMatches,
      holdsPhrase: holdsPhrase,
      highlight: highlight,
      highlightWithin: highlightWithin,
      registerPipeline: registerPipeline
    };
  }

  window.newsarchiveSearchCore = {
    create: create, loadIndex: loadIndex, loadScripts: loadScripts, minPrefix: MIN_PREFIX
  };
})();
