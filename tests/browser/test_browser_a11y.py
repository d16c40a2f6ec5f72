"""Accessibility: axe-core (node_modules/axe-core, pinned in package.json) on a
sample of pages in each language: no violation of impact serious or critical.

The sample: the home page, a week 2 lecture with math and code, a week 3
lecture with figures, the glossary; plus one lecture in the dark palette
(colour contrast differs there). A failure lists every violation with its
rule, the elements (CSS selectors) and axe's summary of what to fix.
"""

from __future__ import annotations

from typing import Any

import pytest

from .browserkit import AXE_JS, LANGS, Session, lang_path

pytestmark = pytest.mark.browser

BLOCKING = ("serious", "critical")

SAMPLE = [
    "",  # home
    "week2/logistic-regression-gradient-descent/",  # math and code
    "week3/neural-network-representation/",  # figures
    "glossary/",
]
DARK_SAMPLE = "week2/vectorization/"  # math, code, tabs, admonition, a table

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "), html: n.html.slice(0, 200),
      summary: n.failureSummary,
    })),
  }));
}"""


def run_axe(s: Session, path: str) -> list[dict[str, Any]]:
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci` (`make test` does)", pytrace=False)
    visit = s.goto(path)
    s.page.add_script_tag(path=str(AXE_JS))
    violations: list[dict[str, Any]] = s.page.evaluate(RUN_AXE)
    visit.assert_clean()
    return violations


def format_violations(path: str, violations: list[dict[str, Any]]) -> str:
    lines = [f"axe: {len(violations)} serious/critical violations on {path}"]
    for v in violations:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} elements)")
        lines.append(f"      {v['helpUrl']}")
        for n in v["nodes"][:8]:
            lines.append(f"      - {n['target']}")
            lines.append(f"        {n['html']}")
            for line in (n["summary"] or "").splitlines():
                lines.append(f"        | {line}")
        if len(v["nodes"]) > 8:
            lines.append(f"      ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


def _check(s: Session, path: str) -> None:
    bad = [v for v in run_axe(s, path) if v["impact"] in BLOCKING]
    if bad:
        pytest.fail(format_violations(path, bad), pytrace=False)


@pytest.mark.parametrize("rel", SAMPLE, ids=[r or "home" for r in SAMPLE])
@pytest.mark.parametrize("lang", LANGS)
def test_no_serious_accessibility_violations(lang: str, rel: str, desktop: Session) -> None:
    _check(desktop, lang_path(lang, rel))


@pytest.mark.parametrize("lang", LANGS)
def test_no_serious_accessibility_violations_dark(lang: str, dark: Session) -> None:
    _check(dark, lang_path(lang, DARK_SAMPLE))
    scheme = dark.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == "slate", f"the dark palette did not apply (scheme {scheme!r})"


@pytest.mark.parametrize("lang", LANGS)
def test_no_serious_accessibility_violations_phone(lang: str, phone: Session) -> None:
    """The home page at 390 px (the header buttons and the drawer replace the sidebars)."""
    _check(phone, lang_path(lang, ""))
