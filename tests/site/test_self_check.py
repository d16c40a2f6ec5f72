"""Self-check sections (CONTRIBUTING.md, "Self-check sections") and the weekly review pages.

Every lecture page of weeks 1 to 4 ends with a ``{ #self-check }`` section of 2 to
4 numbered questions, each with a collapsed answer that links to the section
teaching it; the region between the snippet markers is what the week's
``self-check.md`` includes. Numeric answers are ``pycon`` blocks, run by
test_page_examples.py like every other example.
"""

from __future__ import annotations

import re

import pytest
import self_check_pages  # scripts/ is on pytest's pythonpath
from sitetools import LANGS, headings, md_pages, read_page, snippet_includes

ANSWER = {"ko": '??? success "풀이"', "en": '??? success "Answer"'}
START = "<!-- --8<-- [start:self-check] -->"
END = "<!-- --8<-- [end:self-check] -->"
_QUESTION = re.compile(r"^\*\*(?P<n>\d+)\.\*\* \S", re.M)
_LINK = re.compile(r"\]\((?P<target>[\w-]+\.md#[\w-]+|\.\./week\d/[\w-]+\.md#[\w-]+)\)")

LECTURES = [
    f"{lang}/{rel}"
    for lang in LANGS
    for rel in md_pages(lang)
    if rel.startswith("week") and not rel.endswith("/self-check.md")
]


def _region(text: str, where: str) -> str:
    assert text.count(START) == 1 and text.count(END) == 1, f"{where}: one start and one end marker"
    region = text.split(START, 1)[1].split(END, 1)[0]
    return region


@pytest.mark.parametrize("page", LECTURES)
def test_lecture_page_ends_with_a_self_check(page: str) -> None:
    lang, rel = page.split("/", 1)
    text = read_page(lang, rel)
    h2 = [h for h in headings(text) if h.level == 2]
    assert h2 and h2[-1].id == "self-check", (
        f"docs/{page}: the last ## heading is not {{ #self-check }}"
    )
    after_heading = text.split("{ #self-check }", 1)[1]
    assert START in after_heading, f"docs/{page}: the self-check region starts before its heading"
    region = _region(text, f"docs/{page}")
    numbers = [int(m["n"]) for m in _QUESTION.finditer(region)]
    assert 2 <= len(numbers) <= 4, f"docs/{page}: {len(numbers)} questions (want 2 to 4)"
    assert numbers == list(range(1, len(numbers) + 1)), f"docs/{page}: questions numbered {numbers}"
    answers = region.split(ANSWER[lang])
    assert len(answers) - 1 == len(numbers), (
        f"docs/{page}: {len(numbers)} questions but {len(answers) - 1} '{ANSWER[lang]}' answers"
    )
    for k, answer in enumerate(answers[1:], start=1):
        body = _QUESTION.split(answer, maxsplit=1)[0]
        assert _LINK.search(body), f"docs/{page}: answer {k} links to no section (page.md#id)"


def test_every_week_has_lecture_pages_with_self_checks() -> None:
    weeks = {p.split("/")[1] for p in LECTURES}
    assert {"week1", "week2", "week3"} <= weeks


def test_review_pages_are_up_to_date() -> None:
    assert self_check_pages.main(["--check"]) == 0, "run python scripts/self_check_pages.py"


@pytest.mark.parametrize("lang", LANGS)
def test_review_pages_include_every_lecture_of_their_week(lang: str) -> None:
    for week, pages in self_check_pages.week_pages().items():
        text = read_page(lang, f"week{week}/self-check.md")
        assert snippet_includes(text) == [f"docs/{lang}/{rel}:self-check" for rel in pages]
