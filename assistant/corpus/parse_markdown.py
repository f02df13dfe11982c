"""Markdown guides (# headings, - bullets, | tables |) -> blocks."""

from __future__ import annotations

import re

from assistant.corpus import boilerplate
from assistant.corpus.blocks import Block

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LABEL_ONLY = re.compile(r"^(?:\*\*)?[A-Z][\w .()/&,-]{0,60}:(?:\*\*)?$")
_BOLD_ONLY = re.compile(r"^(\*\*|__)[^*_]{1,80}\1:?$|^(\*\*|__)[^*_]{1,80}:\2$")  # "**Symptoms**", "**Fix:**"
_SETEXT = re.compile(r"^(=+|-+)\s*$")  # a line of = or - under a heading's text
_QA = re.compile(r"^(?:\*\*)?[QA]\d*\s*[:.]", re.IGNORECASE)  # "Q:" / "A1." start their own paragraph


def parse_markdown(lines: list[str]) -> list[Block]:
    """Split a Markdown guide into blocks; consecutive text lines join into one paragraph."""
    blocks: list[Block] = []
    para: list[tuple[int, str]] = []
    in_fence = False
    level = 1  # of the last real heading: a bold or "Label:" line on its own is a sub-heading below it

    def flush() -> None:
        if para:
            text = " ".join(t for _, t in para)
            if len(para) == 1 and (_BOLD_ONLY.match(text) or _LABEL_ONLY.match(text)) and not _QA.match(text):
                title = text.strip("*_ ").rstrip(":").strip("*_ ")
                blocks.append(Block("heading", title, para[0][0], para[0][0], level=min(level + 1, 7)))
            else:
                blocks.append(Block("paragraph", text, para[0][0], para[-1][0]))
            para.clear()

    for i, raw in enumerate(lines):
        n, line = i + 1, raw.rstrip("\n")
        text = line.strip()
        if text.startswith(">") and not in_fence:  # a blockquote: its text counts, its markers do not
            text = text.lstrip("> ").strip()
        if text.startswith("```"):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            para.append((n, text))
            continue
        if not text or boilerplate.is_boilerplate_line(text) or text.startswith("<!--"):
            flush()
            continue
        if para and len(para) == 1 and _SETEXT.match(text) and not blocks_follow_item(blocks, para):
            (start, title), level = para[0], 1 if text.startswith("=") else 2
            para.clear()
            blocks.append(Block("heading", title, start, n, level=level))
            continue
        if _QA.match(text):
            flush()
        if m := _HEADING.match(text):
            flush()
            level = len(m.group(1))
            blocks.append(Block("heading", m.group(2), n, n, level=level))
        elif text.startswith("|"):
            flush()
            if not _TABLE_RULE.match(text):
                cells = tuple(c.strip() for c in text.strip().strip("|").split("|"))
                blocks.append(Block("row", text, n, n, cells=cells))
        elif boilerplate.is_figure(text):
            flush()
            blocks.append(Block("figure", text, n, n))
        elif _BULLET.match(line):
            flush()
            blocks.append(Block("item", _BULLET.sub("", line, count=1).strip(), n, n))
        elif para and blocks and blocks[-1].kind == "item" and line.startswith((" ", "\t")):
            para.append((n, text))
        else:
            if not para and blocks and blocks[-1].kind == "item" and line.startswith((" ", "\t")):
                last = blocks.pop()
                blocks.append(Block("item", f"{last.text} {text}", last.start, n))
                continue
            para.append((n, text))
    flush()
    return _normalise_levels(blocks)


def blocks_follow_item(blocks: list[Block], para: list[tuple[int, str]]) -> bool:
    """True when the pending paragraph continues a list item (then `---` is a rule, not an underline)."""
    return bool(blocks) and blocks[-1].kind == "item" and blocks[-1].end == para[0][0] - 1


def _normalise_levels(blocks: list[Block]) -> list[Block]:
    # The first H1 is the guide's title (level 0); the rest shift so the top section is level 1.
    heads = [b.level for b in blocks if b.kind == "heading"]
    if not heads:
        return blocks
    top = min(heads)
    out: list[Block] = []
    titled = top != 1  # only an H1 is a title; guides that start at H2 have none
    for b in blocks:
        if b.kind == "heading":
            if not titled and b.level == top:
                titled = True
                out.append(Block("heading", b.text, b.start, b.end, level=0))
                continue
            level = max(1, b.level - 1) if top == 1 else b.level - top + 1
            out.append(Block("heading", b.text, b.start, b.end, level=level))
        else:
            out.append(b)
    return out
