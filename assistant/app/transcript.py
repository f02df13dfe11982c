"""Answers as Markdown (copy and save), and where saved transcripts go: the user's data folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from assistant.models import Answer
from assistant.render import safe, source_line

TITLE = "# Bench assistant transcript"


def _quote(text: str, indent: str = "") -> list[str]:
    """Every line of a passage quoted; a quoted blank line between them keeps each on its own line."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        if out:
            out.append(f"{indent}>")
        out.append(f"{indent}> {safe(line)}")
    return out


def markdown(answers: list[Answer]) -> str:
    """Questions, answers and their quoted sources as Markdown: one block per answer line, so no two run
    together, and each source a list item holding its passage as a quote."""
    out: list[str] = []
    for a in answers:
        out += [f"## {safe(a.question)}", ""]
        if a.understood_as:
            out += [f"_Reading this as: {safe(a.understood_as)}_", ""]
        for line in (ln.strip() for ln in a.answer.split("\n")):
            if line:
                out += [safe(line), ""]
        if a.citations:
            out += ["### Sources" if a.answered else "### Closest sections", ""]
        shown: dict[str, int] = {}  # two parts of one troubleshooting entry cite the same text: quoted once
        for c in a.citations:
            out += [f"- {safe(source_line(c.n, c.guide_title, c.section, c.location))}", ""]
            out += [f"  (the same entry as [{shown[c.text]}])", ""] if c.text in shown else [*_quote(c.text, "  "), ""]
            shown.setdefault(c.text, c.n)
    return "\n".join(out).rstrip("\n") + "\n"


def transcript_path(folder: Path, started: datetime) -> Path:
    """One file per app session, named by when it started; saving again rewrites it with every answer."""
    return folder / "transcripts" / f"transcript-{started:%Y%m%d-%H%M%S}.md"


def save(path: Path, answers: list[Answer]) -> None:
    """Write the transcript, creating its folder; an OSError says why it could not (the caller shows it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(f"{TITLE}\n\n{markdown(answers)}", encoding="utf-8")
    tmp.replace(path)  # a crash mid-write never leaves half a transcript behind
