// KaTeX render server for hooks/katex.py.
//
// One long-lived process per MkDocs run. Protocol: JSON lines.
//   request  (stdin):  {"id": 7, "items": [{"tex": "x^2", "display": false}, ...]}
//   response (stdout): {"id": 7, "results": [{"html": "..."} | {"error": "..."}, ...]}
// Each result may also carry "warnings": [...] (KaTeX strict-mode complaints
// such as unknown Unicode in math); the Python side turns them into MkDocs
// warnings, so `mkdocs build --strict` fails on them too.
// A line that is not valid JSON gets {"id": null, "fatal": "..."}.

import { createInterface } from "node:readline";
import katex from "katex";

function render(tex, display) {
  const warnings = [];
  try {
    const html = katex.renderToString(tex, {
      displayMode: Boolean(display),
      output: "htmlAndMathml",
      throwOnError: true,
      trust: false,
      strict: (errorCode, errorMsg) => {
        warnings.push(`${errorMsg} [${errorCode}]`);
        return "ignore";
      },
    });
    return warnings.length ? { html, warnings } : { html };
  } catch (err) {
    return { error: String(err && err.message ? err.message : err) };
  }
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!line.trim()) return;
  let request;
  try {
    request = JSON.parse(line);
  } catch (err) {
    process.stdout.write(JSON.stringify({ id: null, fatal: `bad request: ${err.message}` }) + "\n");
    return;
  }
  const results = (request.items || []).map((item) => render(item.tex, item.display));
  process.stdout.write(JSON.stringify({ id: request.id, version: katex.version, results }) + "\n");
});
rl.on("close", () => process.exit(0));
