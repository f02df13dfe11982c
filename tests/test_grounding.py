"""Every answer to every eval question is grounded: each line ends in [n] and its words are in passage n."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from assistant.answer.compose import NOT_COVERED, TEMPLATE_WORDS
from assistant.evaluate import QUESTIONS
from assistant.models import Answer, Citation
from assistant.session import Session
from assistant.settings import Paths

pytestmark = pytest.mark.slow
_LINE = re.compile(r"^(?P<body>.*?)(?P<marks>(?: \[\d+\])+)$")


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def passage_words(c: Citation) -> set[str]:
    """A line may quote its passage and name the guide it comes from (as guides that differ are shown)."""
    return words(c.text) | words(c.guide_title)


def check(answer: Answer) -> None:
    cites = {c.n: c for c in answer.citations}
    lines = answer.answer.split("\n")
    if not answer.answered and not (answer.lines and answer.lines[0].role == "gap"):  # a gap is checked below
        assert lines[0] == NOT_COVERED
        for line in lines[1:]:
            if m := _LINE.match(line):
                n = int(re.findall(r"\d+", m["marks"])[0])
                assert m["body"].strip() == cites[n].section
        return
    roles = [ln.role for ln in answer.lines] if answer.lines else [""] * len(lines)
    for line, role in zip(lines, roles, strict=True):
        m = _LINE.match(line)
        assert m, f"line without a citation: {line!r}"
        body = re.sub(r"^\d+\.\s", "", m["body"])  # protocol step numbers are the template's
        body = re.sub(r", step \d+: ", " ", body)  # "Protocol X, step 3: ..." names the step by its number
        ns = [int(x) for x in re.findall(r"\d+", m["marks"])]
        allowed = set().union(*(passage_words(cites[n]) for n in ns)) | TEMPLATE_WORDS
        if role == "gap":  # "The guides give no amount for COMU.": the asked thing, in the question's words
            allowed |= words(answer.question)
        stray = words(body) - allowed
        assert not stray, f"{stray} not in cited passage(s) {ns}: {line!r}"


def test_every_eval_answer_is_grounded(real_paths: Paths) -> None:
    session = Session(real_paths)
    questions = [json.loads(x)["question"] for x in QUESTIONS.read_text().splitlines() if x.strip()]
    for q in questions:
        for long in (False, True):
            check(session.ask(q, long=long))


def test_grounding_check_catches_an_invented_word(real_paths: Paths) -> None:
    a = Session(real_paths).ask("why is my RCM sluggish")
    bad = dataclasses.replace(a, answer=a.answer.replace("catalyst", "unicorn", 1))
    with pytest.raises(AssertionError, match="unicorn"):
        check(bad)
