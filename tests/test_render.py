"""Corpus and user text reach the terminal as text: no escape sequences, no markup."""

from __future__ import annotations

import json

from assistant import render
from assistant.models import Answer, Citation, location


def answer_with(text: str) -> Answer:
    c = Citation(n=1, guide="g", guide_title="Guide \x1b[31mred", section="A > B", kind="prose", lines=(3, 4),
                 score=0.5, text=text, id="g:prose:1", matched=("catalyst",))
    return Answer(question="q\x1b]0;title\x07", answered=True, answer=f"{text} [1]", citations=(c,))


def test_escape_sequences_are_shown_not_obeyed() -> None:
    out = render.terminal(answer_with("bad \x1b]0;pwned\x07 and \x9b2J and \u202eevil"), color=False)
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\u202e" not in out
    assert "\\x1b]0;pwned\\x07" in out and "\\u202e" in out


def test_markup_is_left_literal() -> None:
    out = render.terminal(answer_with("[bold]not bold[/bold] catalyst"), color=False)
    assert "[bold]not bold[/bold] catalyst [1]" in out


def test_source_line_format() -> None:
    assert render.source_line(2, "T", "A > B", location("text", (5, 7))) == "[2] T › A › B (lines 5–7)"
    assert render.source_line(1, "T", "A", location("markdown", (5, 5))) == "[1] T › A (line 5)"
    assert render.source_line(3, "T", "A", location("pdf", (2, 9), (8, 8))) == "[3] T › A (p. 8)"
    assert render.source_line(4, "T", "A", location("pdf", (30, 4), (8, 9))) == "[4] T › A (pp. 8–9)"
    assert render.source_line(5, "T", "A > B", location("docx", (14, 16))) == "[5] T › A › B (¶ 14–16)"


def test_matched_terms_are_marked_only_in_colour() -> None:
    a = answer_with("the catalyst died")
    assert render.BOLD + "catalyst" + render.RESET in render.terminal(a, color=True)
    assert render.BOLD not in render.terminal(a, color=False)


def test_json_escapes_control_characters() -> None:
    line = render.to_json(answer_with("x\x1by"))
    assert "\x1b" not in line and json.loads(line)["citations"][0]["text"] == "x\x1by"


def test_two_citations_of_one_entry_print_its_text_once() -> None:
    """A fix and its cause are two sources of one troubleshooting entry; the entry's text is printed under
    the first, and the second says which source shows it."""
    entry = "Symptom: Low conversion.\nCause: Impurities.\nSolution: Degas."
    parts = ((1, "RCM > Solution", "solution"), (2, "RCM > Cause", "cause"))
    cites = tuple(Citation(n=n, guide="g", guide_title="G", section=s, kind=k, lines=(n, n), score=1.0, text=entry,
                           id=f"g:{k}:{n}") for n, s, k in parts)
    out = render.terminal(Answer(question="q", answered=True, answer="What to do: Degas. [1]\nLikely cause: "
                                 "Impurities. [2]", citations=cites))
    assert out.count("Symptom: Low conversion.") == 1 and "    (the same entry as [1])" in out


def test_a_saved_transcript_quotes_one_entry_once_too() -> None:
    from assistant.app.transcript import markdown

    entry = "Symptom: Low conversion.\nCause: Impurities.\nSolution: Degas."
    cites = tuple(Citation(n=n, guide="g", guide_title="G", section="RCM", kind="cause", lines=(n, n), score=1.0,
                           text=entry, id=f"g:cause:{n}") for n in (1, 2))
    md = markdown([Answer(question="q", answered=True, answer="Degas. [1]\nImpurities. [2]", citations=cites)])
    assert md.count("Symptom: Low conversion.") == 1 and "(the same entry as [1])" in md
