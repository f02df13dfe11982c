"""Plain-text guides (one paragraph per line, tab-separated tables, "- " bullets) -> blocks.

Plain text has no heading markup, so a heading is recognised by shape: a short line standing alone
between blank lines, not ending like a sentence or a label, not a bullet, row or labelled line.
"""

from __future__ import annotations

import re

from assistant.corpus import boilerplate
from assistant.corpus.blocks import Block

_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_LABELLED = re.compile(r"^(?:\*\*)?[A-Z][\w .()/&-]{0,40}(?:\*\*)?:")  # "Symptom: ...", "Q1: ...", "**Cause:**"
_LABEL_ONLY = re.compile(r"^[A-Z][\w .()/&,-]{0,60}:$")  # "Troubleshooting Workflow:"
_MAX_HEADING = 100


def parse_text(lines: list[str]) -> list[Block]:
    """Split a plain-text guide into blocks; boilerplate lines are dropped here."""
    blank = [not ln.strip() or boilerplate.is_boilerplate_line(ln) for ln in lines]
    blocks: list[Block] = []
    for i, raw in enumerate(lines):
        if blank[i]:
            continue
        n = i + 1
        line = raw.rstrip("\n")
        text = line.strip()
        if "\t" in line:
            cells = tuple(c.strip() for c in line.strip("\n").split("\t"))
            blocks.append(Block("row", text, n, n, cells=cells))
        elif boilerplate.is_figure(text):
            blocks.append(Block("figure", text, n, n))
        elif _BULLET.match(line):
            blocks.append(Block("item", _BULLET.sub("", line, count=1).strip(), n, n))
        elif _LABEL_ONLY.match(text):
            blocks.append(Block("label", text, n, n))
        elif _is_heading(text, i, blank):
            blocks.append(Block("heading", text, n, n))
        else:
            blocks.append(Block("paragraph", text, n, n))
    return blocks


def _is_heading(text: str, i: int, blank: list[bool]) -> bool:
    alone = (i == 0 or blank[i - 1]) and (i + 1 >= len(blank) or blank[i + 1])
    return (
        alone
        and len(text) <= _MAX_HEADING
        and (text[0].isupper() or _lower_prefix_title(text))
        and text[-1] not in ".:;,!"
        and not (_LABELLED.match(text) and not _title_with_colon(text))
    )


def _lower_prefix_title(text: str) -> bool:
    # "tert-Butyl cation side products", "n-BuLi quench": a chemical prefix before a capitalised word.
    return bool(re.match(r"^[a-z]{1,4}-[A-Z]", text)) and len(text.split()) <= 8


def _title_with_colon(text: str) -> bool:
    # "Technical Support Center: Troubleshooting X" is a title; "Symptom: low yield" is a labelled line.
    head = text.split(":", 1)[0]
    return len(head.split()) >= 3
