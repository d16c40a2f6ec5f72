// Runs the browser's Korean query analysis (docs/assets/javascripts/workers/
// korean-analysis.js) under Node, for hooks/search_ko.py and the tests.
//   stdin:  {"korean": {vocab, tails, forms}, "separator": "...",
//            "calls": [["analyse" | "guess" | "extraUnits" | "rewrite", "word or query"], ...]}
//   stdout: one result per call, as a JSON array.
"use strict";

const path = require("path");
const { createAnalyser } = require(
  path.join(__dirname, "..", "docs", "assets", "javascripts", "workers", "korean-analysis.js")
);

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const analyser = createAnalyser(request.korean);
  const out = request.calls.map(([fn, arg]) =>
    fn === "rewrite" ? analyser.rewrite(arg, request.separator) : analyser[fn](arg)
  );
  process.stdout.write(JSON.stringify(out));
});
