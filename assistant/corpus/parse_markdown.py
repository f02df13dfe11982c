"""Markdown guides (# headings, - bullets, | tables |) -> blocks."""

from __future__ import annotations

import re

from assistant.corpus import boilerplate
from assistant.corpus.blocks import Block, BlockKind

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LABEL_ONLY = re.compile(r"^(?:\*\*)?[A-Z][\w .()/&,-]{0,60}:(?:\*\*)?$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")  # a line of = or - under a heading's text
_QA = re.compile(r"^(?:\*\*)?[QA]\d*\s*[:.]", re.IGNORECASE)  # "Q:" / "A1." start their own paragraph


def parse_markdown(lines: list[str]) -> list[Block]:
    """Split a Markdown guide into blocks; consecutive text lines join into one paragraph."""
    blocks: list[Block] = []
    para: list[tuple[int, str]] = []
    in_fence = False

    def flush() -> None:
        if para:
            text = " ".join(t for _, t in para)
            kind: BlockKind = "label" if _LABEL_ONLY.match(text) else "paragraph"
            blocks.append(Block(kind, text, para[0][0], para[-1][0]))
            para.clear()

    for i, raw in enumerate(lines):
        n, line = i + 1, raw.rstrip("\n")
        text = line.strip()
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
            blocks.append(Block("heading", m.group(2), n, n, level=len(m.group(1))))
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
