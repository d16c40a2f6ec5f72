// dlnotes: Korean query analysis for Material's search, in the browser.
//
// The build (hooks/search_ko.py) analyses every word form of the site with
// Kiwi, a Korean morphological analyser, and writes what this file needs into
// the search index, as `config.korean`:
//   vocab  every content unit (noun, compound part, verb stem, ...) on the site
//   tails  particle and ending sequences (를, 에서는, 했습니다, ...) from Kiwi's
//          analyses of the site, composed by Kiwi for each kind of stem
//   forms  the site's word forms whose Kiwi analysis the rules below do not
//          reproduce, each with its units (space-separated)
// `analyse(word)` gives a word's content units: the Kiwi analysis for every
// form on the site (by construction: the build checks each form against these
// rules and lists the ones they get wrong), and for any other form the longest
// stem that is a unit, or a run of units, once a known tail is cut off
// (the fewest units, then the longest stem):
//   초기화를 -> 초기화   경사하강법은 -> 경사 하강법   손실함수를 -> 손실 함수
//   미분했습니다 -> 미분 (when 미분 is on the site and 했습니다 is a tail)
// and failing that, the longest unit the word starts with (대칭성을 -> 대칭).
// The same code runs in the search worker (workers/korean-search.js), in the
// build (hooks/search_ko_node.cjs) and in the tests.
(function (root) {
  "use strict";

  var HANGUL = /[\uac00-\ud7a3]/;
  var MIN_PART = 2; // a compound part has at least two syllables

  function createAnalyser(data) {
    var vocab = new Set(data.vocab || []);
    var tails = new Set(data.tails || []);
    var forms = new Map(Object.entries(data.forms || {}));
    var maxTail = 0;
    tails.forEach(function (t) {
      if (t.length > maxTail) maxTail = t.length;
    });
    var cache = new Map();

    // The fewest vocabulary parts (two syllables or more) that spell `stem`;
    // the stem itself if it is a unit; null if neither.
    function segment(stem) {
      if (vocab.has(stem)) return [stem];
      var n = stem.length;
      var best = new Array(n + 1).fill(null);
      best[0] = [];
      for (var i = 0; i < n; i++) {
        if (best[i] === null) continue;
        for (var j = i + MIN_PART; j <= n; j++) {
          var part = stem.slice(i, j);
          if (vocab.has(part) && (best[j] === null || best[i].length + 1 < best[j].length)) {
            best[j] = best[i].concat([part]);
          }
        }
      }
      return best[n];
    }

    // Cut a known tail (or none) so that the stem is a unit or a run of
    // units: the fewest units win, then the longest stem (경사하강법은 ->
    // 경사 하강법 + 은; 계산에도 -> 계산 + 에도, not 계산 + a unit 에도).
    function guess(word) {
      var best = null;
      for (var i = word.length; i >= 1 && word.length - i <= maxTail; i--) {
        var tail = word.slice(i);
        if (tail && !tails.has(tail)) continue;
        var parts = segment(word.slice(0, i));
        if (parts !== null && (best === null || parts.length < best.length)) {
          best = parts;
          if (best.length === 1) break;
        }
      }
      return best;
    }

    function units(value) {
      return value ? value.split(" ") : [];
    }

    // Last resort: the longest unit (two syllables or more) the word starts
    // with (대칭성을 -> 대칭). Its prefix query still finds the word itself.
    function knownStart(word) {
      for (var i = word.length - 1; i >= MIN_PART; i--) {
        if (vocab.has(word.slice(0, i))) return [word.slice(0, i)];
      }
      return null;
    }

    // Content units of one word (lower-cased); [word] when nothing is known.
    function analyse(word) {
      word = word.toLowerCase();
      if (!HANGUL.test(word)) return [word];
      var hit = cache.get(word);
      if (hit) return hit;
      var out;
      if (forms.has(word)) out = units(forms.get(word));
      else out = guess(word) || knownStart(word) || [word];
      cache.set(word, out);
      return out;
    }

    // Index side: the units of a token that a prefix query for them would
    // not reach through the token itself (하강법 in 경사하강법은, 나누 in 나눠).
    function extraUnits(token) {
      if (!HANGUL.test(token)) return [];
      return analyse(token).filter(function (u) {
        return token.lastIndexOf(u, 0) !== 0;
      });
    }

    // Query side: every word becomes its units; words with lunr syntax
    // (wildcards, fields, boosts, fuzziness, quotes) are left as typed.
    function rewrite(query, separator) {
      var sep = separator ? new RegExp(separator) : /\s+/;
      return query
        .split(/\s+/)
        .map(function (word) {
          if (!HANGUL.test(word) || /[*:^~"]/.test(word)) return word;
          var sign = /^[+-]/.test(word) ? word[0] : "";
          var out = [];
          word
            .slice(sign.length)
            .split(sep)
            .forEach(function (piece) {
              if (!piece) return;
              var us = analyse(piece);
              (us.length ? us : [piece.toLowerCase()]).forEach(function (u) {
                if (out.indexOf(sign + u) < 0) out.push(sign + u);
              });
            });
          return out.join(" ");
        })
        .filter(Boolean)
        .join(" ");
    }

    return { analyse: analyse, guess: guess, extraUnits: extraUnits, rewrite: rewrite };
  }

  var api = { createAnalyser: createAnalyser };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.dlnotesKorean = api;
})(typeof self !== "undefined" ? self : this);
