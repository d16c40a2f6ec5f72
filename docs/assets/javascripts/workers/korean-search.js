// dlnotes: the search worker every page starts (hooks/search_ko.py points
// Material's `search` setting here). It is Material's own worker, loaded with
// importScripts and left unchanged, plus three small steps around it:
//   1. index: each Korean token also indexes the content units a prefix query
//      would not reach through the token (경사하강법은 -> 하강법), at the
//      token's position, so highlighting marks the word the reader sees;
//   2. query: each Korean word is replaced by its content units before
//      Material reads it (초기화를 -> 초기화, 손실함수 -> 손실 함수);
//   3. results: the pages of this page's language come first.
// Analysis: korean-analysis.js; the data it needs comes in the search index
// (config.korean). URL parameters, set by the hook: `worker`, the file name of
// Material's worker (same folder); `root`, this page's language root in the
// index ("" or "en/"); `roots`, every non-default root, comma-separated.
(function () {
  "use strict";

  var SETUP = 0; // Material's SearchMessageType
  var QUERY = 2;
  var RESULT = 3;

  var params = new URL(self.location.href).searchParams;
  var material = params.get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
    throw new Error("korean-search.js: no valid ?worker= (Material's search worker file name)");
  }
  var root = params.get("root") || "";
  var roots = (params.get("roots") || "").split(",").filter(Boolean);

  importScripts("korean-analysis.js");
  var analyser = null;
  var separator = null;

  // Runs before Material's own listener (added by importScripts below).
  addEventListener("message", function (ev) {
    var msg = ev.data;
    if (!msg) return;
    if (msg.type === SETUP) {
      var config = msg.data.config;
      analyser = config.korean ? self.dlnotesKorean.createAnalyser(config.korean) : null;
      separator = config.separator;
    } else if (msg.type === QUERY && analyser && typeof msg.data === "string") {
      msg.data = analyser.rewrite(msg.data, separator);
    }
  });

  function ownLanguage(location) {
    if (root) return location.lastIndexOf(root, 0) === 0;
    return !roots.some(function (r) {
      return location.lastIndexOf(r, 0) === 0;
    });
  }

  // Material's worker answers with postMessage(); this one puts the groups
  // (one per page) of the page's language first, each side in Material's order.
  var post = self.postMessage.bind(self);
  self.postMessage = function (msg, transfer) {
    if (msg && msg.type === RESULT && msg.data && Array.isArray(msg.data.items)) {
      var items = msg.data.items;
      var mine = items.filter(function (group) {
        return ownLanguage(group[0].location);
      });
      var other = items.filter(function (group) {
        return !ownLanguage(group[0].location);
      });
      msg.data.items = mine.concat(other);
    }
    return transfer === undefined ? post(msg) : post(msg, transfer);
  };

  importScripts(material);

  // Index side: one more lunr pipeline step, after Material's own.
  var lunr = self.lunr;
  var expand = function (token) {
    if (!analyser) return token;
    var extra = analyser.extraUnits(token.toString());
    if (!extra.length) return token;
    return [token].concat(
      extra.map(function (unit) {
        return token.clone(function () {
          return unit;
        });
      })
    );
  };
  lunr.Pipeline.registerFunction(expand, "dlnotesKoreanUnits");
  var add = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function (doc, attributes) {
    if (!this.dlnotesKorean) {
      this.pipeline.add(expand);
      this.dlnotesKorean = true;
    }
    return add.call(this, doc, attributes);
  };
})();
