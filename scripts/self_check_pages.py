"""Write docs/<lang>/week<N>/self-check.md: each week's self-check questions on one page.

Every lecture page ends with a self-check section whose questions sit between
``<!-- --8<-- [start:self-check] -->`` and ``<!-- --8<-- [end:self-check] -->``
(CONTRIBUTING.md, "Self-check sections"). The week's review page includes those
regions, in the order of the site's navigation, under the title of each page;
answer links name the page file, so they resolve from both places.

    python scripts/self_check_pages.py          # write the pages
    python scripts/self_check_pages.py --check  # exit 1 if a page is stale

tests/site/test_self_check.py runs the check, so a new lecture page or a new
title cannot leave its week's review page behind.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGS = ("ko", "en")
REVIEW = "self-check.md"

_NAV_PAGE = re.compile(r"^\s+- (?P<path>week(?P<week>\d)/[\w-]+\.md)\s*$")
_TITLE = re.compile(r"^# (?P<title>.+?)\s*\{\s*#[\w-]+\s*\}\s*$", re.M)

INTRO = {
    "ko": (
        "# {week}주차 스스로 확인하기 {{ #week{week}-self-check }}\n\n"
        "{week}주차 각 페이지의 끝에 있는 문제를 한곳에 모았습니다. 풀이는 접혀 있으니 "
        "먼저 스스로 답을 정한 뒤에 펼쳐 보십시오. 풀이에 걸린 링크를 따라가면 그 내용을 "
        "설명하는 절로 이동합니다.\n"
    ),
    "en": (
        "# Week {week} self-check {{ #week{week}-self-check }}\n\n"
        "The questions from the end of every week {week} page, gathered in one place. "
        "Each answer stays folded until you open it, so settle on your own answer first. "
        "The link in each answer leads to the section that teaches it.\n"
    ),
}
GO_TO_PAGE = {"ko": "페이지로 가기", "en": "Go to the page"}


def week_pages(mkdocs_yml: Path = ROOT / "mkdocs.yml") -> dict[int, list[str]]:
    """Lecture pages of each week in navigation order (commented-out entries skipped)."""
    weeks: dict[int, list[str]] = {}
    for line in mkdocs_yml.read_text(encoding="utf-8").splitlines():
        m = _NAV_PAGE.match(line)
        if m and not m["path"].endswith("/" + REVIEW):
            weeks.setdefault(int(m["week"]), []).append(m["path"])
    return weeks


def page_title(lang: str, rel: str) -> str:
    text = (DOCS / lang / rel).read_text(encoding="utf-8")
    m = _TITLE.search(text)
    if not m:
        raise SystemExit(f"docs/{lang}/{rel}: no '# Title {{ #id }}' heading")
    return m["title"]


def review_page(lang: str, week: int, pages: list[str]) -> str:
    parts = [INTRO[lang].format(week=week)]
    for rel in pages:
        stem = rel.split("/", 1)[1]
        parts.append(
            f"\n## {page_title(lang, rel)} {{ #{stem[:-3]} }}\n\n"
            f"[{GO_TO_PAGE[lang]}]({stem})\n\n"
            f'--8<-- "docs/{lang}/{rel}:self-check"\n'
        )
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="report stale pages, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for week, pages in sorted(week_pages().items()):
        for lang in LANGS:
            path = DOCS / lang / f"week{week}" / REVIEW
            text = review_page(lang, week, pages)
            if path.is_file() and path.read_text(encoding="utf-8") == text:
                continue
            stale.append(path.relative_to(ROOT).as_posix())
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("stale (run python scripts/self_check_pages.py):", *stale, sep="\n  ")
        return 1
    for p in stale:
        print("wrote", p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
