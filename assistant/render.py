"""Answers as terminal text or JSON: the one place that makes corpus and user text safe to print."""

from __future__ import annotations

import json
import re
import textwrap

from assistant.models import Answer

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
BOLD, RESET = "\x1b[1m", "\x1b[0m"


def safe(text: str) -> str:
    """Show control characters (ESC, bidi overrides, ...) as visible escapes instead of obeying them."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _mark(text: str, words: tuple[str, ...], color: bool) -> str:
    if not color or not words:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    return pattern.sub(lambda m: f"{BOLD}{m.group()}{RESET}", text)


def source_line(n: int, guide_title: str, section: str, where: str) -> str:
    """"[1] Guide › Section › Sub (lines 12–18)": `where` is the citation's location (lines, p. 8, ¶ 14)."""
    return f"[{n}] {guide_title} › {section.replace(' > ', ' › ')} ({where})"


def terminal(answer: Answer, color: bool = False, width: int = 100) -> str:
    """The answer, then its numbered sources with the quoted passages."""
    out: list[str] = []
    if answer.understood_as:
        out += [f"Reading this as: {safe(answer.understood_as)}", ""]
    out += [safe(line) for line in answer.answer.split("\n")]
    if answer.citations:
        out += ["", "Sources" if answer.answered else "Closest sections"]
        shown: dict[str, int] = {}  # two parts of one troubleshooting entry cite the same text: printed once
        for c in answer.citations:
            out.append(safe(source_line(c.n, c.guide_title, c.section, c.location)))
            if c.text in shown:
                out.append(f"    (the same entry as [{shown[c.text]}])")
                continue
            shown[c.text] = c.n
            for para in c.text.split("\n"):
                wrapped = textwrap.fill(safe(para), width=width, initial_indent="    ", subsequent_indent="    ")
                out.append(_mark(wrapped, c.matched, color))
    return "\n".join(out)


def to_json(answer: Answer) -> str:
    """One line of JSON in the public `ask --json` schema (see README)."""
    return json.dumps(answer.to_dict(), ensure_ascii=False)
