"""Bad input through the real entry points, and properties that hold for any text (hypothesis):
nothing crashes, nothing reaches the terminal raw, and usage errors are one line with exit 2."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.corpus.chunker import chunk
from assistant.corpus.document import Document
from assistant.corpus.readers.markdown import parse_markdown
from assistant.corpus.readers.text import parse_text
from assistant.index.build import build_index
from assistant.models import KINDS
from assistant.session import MAX_QUESTION
from assistant.settings import Paths

from .conftest import GUIDE
from .conftest import run_ask as ask

BIN = Path(sys.executable).parent
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # newline and tab are fine; ESC, BEL, CSI are not


def test_a_one_megabyte_question_is_cut_and_answered(indexed: Paths, capsys) -> None:  # type: ignore[no-untyped-def]
    question = ("why is my RCM sluggish with Grubbs catalyst " * 30000)[: 1 << 20]
    code, out, err = ask(capsys, ["--json", question])
    assert code == 0
    assert f"cut to its first {MAX_QUESTION} characters" in err
    obj = json.loads(out)
    assert len(obj["question"]) <= MAX_QUESTION and isinstance(obj["answered"], bool)


def test_escapes_and_markup_in_the_question_are_shown_not_obeyed(indexed: Paths, capsys) -> None:  # type: ignore[no-untyped-def]
    q = "why is my \x1b[2J\x1b]0;pwned\x07 RCM [bold red]sluggish[/bold red] \x9b31m"
    code, out, err = ask(capsys, [q])
    assert code == 0 and not RAW_CONTROL.search(out + err)
    code, out, _ = ask(capsys, ["--json", q])
    assert json.loads(out)["question"] == " ".join(q.split())  # JSON keeps it exactly, escaped


def test_escapes_and_markup_in_a_guide_never_reach_the_terminal(tmp_path: Path, use_paths, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(GUIDE, corpus)
    (corpus / "evil.md").write_text(
        "# Evil \x1b]52;c;cm0gLXJmIH4=\x07 Guide\n\n## Sluggish RCM\n\n"
        "Symptom: the RCM is sluggish and stalls.\n\n"
        "Solution: sparge with argon \x1b[31m[bold]red[/bold]\x1b[0m [link=file:///etc/passwd]here[/link] to drive "
        "off ethylene.\n")
    p = use_paths(Paths(corpus, tmp_path / "index"))
    build_index(p, embedder="hashing")
    code, out, _ = ask(capsys, ["--long", "sluggish RCM stalls sparge argon ethylene"])
    assert code == 0 and "Evil" in out
    assert not RAW_CONTROL.search(out)
    assert "[bold]red[/bold]" in out and "[link=file:///etc/passwd]" in out  # literal, not interpreted


def test_invalid_utf8_on_stdin_is_replaced_not_fatal(indexed: Paths) -> None:
    out = subprocess.run([str(BIN / "ask"), "--json", "-"], input=b"why is my RCM \xff\xfe sluggish\n\nhow much HATU\n",
                         capture_output=True, env={**__import__("os").environ}, timeout=120)
    assert out.returncode == 0
    assert b"not valid UTF-8" in out.stderr and len(out.stderr.splitlines()) == 1
    objs = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert [o["question"] for o in objs] == ["why is my RCM \ufffd\ufffd sluggish", "how much HATU"]


def test_undecodable_argv_does_not_crash(indexed: Paths) -> None:
    out = subprocess.run([str(BIN / "ask"), b"why is my RCM \xff sluggish"], capture_output=True, timeout=120)  # type: ignore[list-item]
    assert out.returncode == 0 and b"Traceback" not in out.stderr and b"[1]" in out.stdout


def test_blank_lines_in_a_batch_are_skipped(indexed: Paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = ask(capsys, ["--json", "-"], "\n  \nwhy is my RCM sluggish\n\t\n\nhow much HATU\n\n", monkeypatch)
    assert code == 0 and len(out.splitlines()) == 2


@pytest.mark.parametrize("argv", [["--frobnicate"], ["--json"], ["\t \n"], ["--index"]])
def test_bad_arguments_are_one_line_usage_errors(indexed: Paths, capsys, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    code, out, err = ask(capsys, argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err


# Text a guide could contain: headings, bullets, rows, labels, Q/A, escapes, odd unicode, blank lines.
_LINE = st.one_of(
    st.sampled_from(["", "# Heading", "## Sub", "Symptom: slow", "Cause: wet", "Solution: dry it", "Q: why?",
                     "A: because.", "- item", "1. step", "| a | b |", "|---|---|", "a\tb\tc", "Protocol: X",
                     "References", "===", "---", "```", "FAQ", "tert-Butyl things"]),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60),
)
_DOC = st.lists(_LINE, max_size=40).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(_DOC, st.booleans())
def test_chunker_handles_any_text(text: str, markdown: bool) -> None:
    lines = text.split("\n")
    doc = Document("markdown", parse_markdown(text)[0]) if markdown else Document("text", parse_text(lines))
    _, passages = chunk("g", doc, fallback_title="g")
    for p in passages:
        assert p.kind in KINDS and p.text.strip()
        a, b = p.lines
        assert 1 <= a <= b <= len(lines)
    assert len({p.id for p in passages}) == len(passages)  # ids are unique within a guide


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300).filter(lambda t: t != "-"))
def test_any_question_is_answered_declined_or_refused_cleanly(indexed: Paths, capsys, text: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = ask(capsys, [text])
    assert code in (0, 2), err
    assert not RAW_CONTROL.search(out) and "Traceback" not in err
    if code == 2:
        assert not text.strip() or text.startswith("-")
        assert len(err.strip().splitlines()) == 1
