"""Plain-text guides -> `Document`: one paragraph per line, headings recognised by shape.

Plain text has no markup, so structure is read from shape: the first short line is the title; a
heading is a short line standing alone (or an ALL-CAPS line anywhere) that does not end like a
sentence or a label; tab- or space-aligned lines form tables; "-", "•" and "1." lines are list items.
Nesting: when a guide mixes ALL-CAPS and other headings, ALL-CAPS ones are the outer level; otherwise
a heading followed directly by another heading holds the ones after it.
"""

from __future__ import annotations

import re

from assistant.corpus import boilerplate, roles
from assistant.corpus.document import Block, Document
from assistant.corpus.readers import utf8_text

_BULLET = re.compile(r"^\s*(?:[-*•▪‣◦]|(?P<num>\d{1,2}|[a-z])[.)])\s+")
_LABELLED = re.compile(r"^(?:\*\*)?[A-Z][\w .()/&-]{0,40}(?:\*\*)?:")  # "Symptom: ...", "Q1: ...", "**Cause:**"
_LABEL_ONLY = re.compile(r"^[A-Z][\w .()/&,-]{0,60}:$")  # "Troubleshooting Workflow:"
_ALIGNED = re.compile(r"\S(?: ?\S)*")  # a cell of a space-aligned table: words separated by single spaces
_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\b")
_MAX_HEADING = 100
_RULE = re.compile(r"^[=\-_*~#]{3,}$")  # a line of ===== or ----- under or between text: decoration
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.{0,80})$")  # "1. INTRODUCTION", "2.1 Limits"
_STEP = re.compile(r"^step\s*\d+\s*[.:)]", re.IGNORECASE)  # "Step 2. Treat each ...": a block of its own
_WRAP = 50  # a line this long followed by more text without a blank line was hard-wrapped


def read(data: bytes, name: str) -> Document:
    """Read a plain-text guide (UTF-8)."""
    return Document("text", parse_text(utf8_text(data, name, "a text guide").split("\n")))


def parse_text(lines: list[str]) -> list[Block]:
    """Split a plain-text guide into blocks; boilerplate lines are dropped here."""
    blank = [not ln.strip() or boilerplate.is_boilerplate_line(ln) or bool(_RULE.match(ln.strip())) for ln in lines]
    aligned = _aligned_rows(lines, blank)
    blocks: list[Block] = []
    table = 0
    for i, raw in enumerate(lines):
        if blank[i]:
            continue
        n = i + 1
        line = raw.rstrip("\r\n")
        text = line.strip()
        if "\t" in line.strip() or i in aligned:
            cells = (tuple(c.strip() for c in line.strip().split("\t")) if "\t" in line.strip()
                     else aligned[i])
            if not (blocks and blocks[-1].kind == "row" and blocks[-1].end == n - 1):
                table += 1
            blocks.append(Block("row", text, n, n, cells=cells, table=table))
        elif boilerplate.is_figure(text):
            blocks.append(Block("figure", text, n, n))
        elif not blocks and _is_title(text):
            blocks.append(Block("heading", text, n, n, level=0))
        elif (level := _numbered_heading(text, i, blank)) is not None:
            blocks.append(Block("heading", text, n, n, level=level))
        elif _continues_item(blocks, lines, line, n):
            last = blocks.pop()  # a line indented past a list item's bullet, right under it, continues it
            blocks.append(Block("item", f"{last.text} {text}", last.start, n, number=last.number))
        elif m := _BULLET.match(line):
            blocks.append(Block("item", _BULLET.sub("", line, count=1).strip(), n, n, number=m.group("num") or ""))
        elif _LABEL_ONLY.match(text):
            blocks.append(Block("label", text, n, n))
        elif _is_heading(text, i, blank):
            blocks.append(Block("heading", text, n, n))
        elif _continues(blocks, lines, n, text):
            last = blocks.pop()  # a hard-wrapped paragraph: its lines are one block
            blocks.append(Block("paragraph", f"{last.text} {text}", last.start, n))
        else:
            blocks.append(Block("paragraph", text, n, n))
    return _levels(blocks)


def _is_title(text: str) -> bool:
    """The guide's first line is its title when it reads like one (short, not a sentence or a label)."""
    return (len(text.split()) <= 15 and text[-1] not in ".;,:!" and not _BULLET.match(text)
            and not (_LABELLED.match(text) and not _title_with_colon(text)))


def _numbered_heading(text: str, i: int, blank: list[bool]) -> int | None:
    """'1. INTRODUCTION', '2.1 ICH Q3D limits', '3. Choosing A Solvent' standing alone: a numbered
    section heading, its level the depth of its number. A numbered step ('1. Stir overnight') is not:
    a one-level number needs ALL-CAPS or Title-Case words."""
    m = _NUMBERED_HEADING.match(text)
    alone = (i == 0 or blank[i - 1]) and (i + 1 >= len(blank) or blank[i + 1])
    if not m or not alone or text[-1] in ".;,:!" or len(m.group(2).split()) > 10:
        return None
    words = [w for w in m.group(2).split() if w[0].isalpha()]
    titled = bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6
    if "." in m.group(1) or _all_caps(m.group(2)) or titled:
        return m.group(1).count(".") + 1
    return None


def _continues_item(blocks: list[Block], lines: list[str], line: str, n: int) -> bool:
    """A line right under a list item, indented further than the item's bullet and not opening with a
    label or a bullet of its own: the item wraps on. ("  - cause" then "  FIX: ..." are two blocks.)"""
    if not blocks or blocks[-1].kind != "item" or blocks[-1].end != n - 1:
        return False
    first = lines[blocks[-1].start - 1]
    text = line.strip()
    return (_indent(line) > _indent(first) and not _BULLET.match(line)
            and not (_LABELLED.match(text) and roles.run_in(text) is not None))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _continues(blocks: list[Block], lines: list[str], n: int, text: str) -> bool:
    """A line right under a long paragraph line, not opening with a label: the paragraph wraps on."""
    if not blocks or blocks[-1].kind != "paragraph" or blocks[-1].end != n - 1:
        return False
    prev = lines[n - 2].strip()
    opens = _LABELLED.match(text) or roles.QUESTION.match(text) or roles.ANSWER.match(text) or _STEP.match(text)
    return len(prev) >= _WRAP and not opens and not prev.endswith(":")


def _aligned_rows(lines: list[str], blank: list[bool]) -> dict[int, tuple[str, ...]]:
    """Lines of tables whose columns are aligned with runs of spaces: two or more consecutive lines that
    split into the same number (>= 2) of cells at runs of 2+ spaces, with the columns starting together."""
    found: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(lines):
        run: list[tuple[int, list[re.Match[str]]]] = []
        while i < len(lines) and not blank[i] and "\t" not in lines[i].strip():
            cells = list(_ALIGNED.finditer(lines[i].rstrip()))
            if len(cells) < 2 or (run and len(cells) != len(run[0][1])):
                break
            run.append((i, cells))
            i += 1
        if len(run) >= 2 and all(
            all(abs(a.start() - b.start()) <= 1 for a, b in zip(cells, run[0][1], strict=True)) for _, cells in run
        ):
            for j, cells in run:
                found[j] = tuple(c.group() for c in cells)
        i += 1 if not run else 0
    return found


def _is_heading(text: str, i: int, blank: list[bool]) -> bool:
    alone = (i == 0 or blank[i - 1]) and (i + 1 >= len(blank) or blank[i + 1])
    if _all_caps(text) and text[-1] not in ".;,":
        return True
    if _DATE.match(text):  # a dated entry of bench notes: "2025-03-04 — Luche on enone 12"
        return len(text.split()) <= 12 and text[-1] not in ".;,"
    return (
        alone
        and len(text) <= _MAX_HEADING
        and (text[0].isupper() or _lower_prefix_title(text))
        and text[-1] not in ".:;,!"
        and not (_LABELLED.match(text) and not _title_with_colon(text))
    )


def _all_caps(text: str) -> bool:
    """An ALL-CAPS heading, allowing a formula or a unit in it ("FIESER WORK-UP (LiAlH4)", "(5 mmol)"):
    every word that starts with a letter is capitalised and nearly all letters are upper case."""
    letters = [c for c in text if c.isalpha()]
    words = [w.strip("()[],:;") for w in text.split()]
    initials = [w[0] for w in words if w[:1].isalpha()]
    lower = sum(c.islower() for c in letters)
    return (len(letters) >= 4 and len(text.split()) <= 10 and sum(c.isupper() for c in initials) >= len(initials) - 1
            and lower <= 0.2 * len(letters) and sum(c.isupper() for c in letters) >= 4)


def _lower_prefix_title(text: str) -> bool:
    # "tert-Butyl cation side products", "n-BuLi quench": a chemical prefix before a capitalised word.
    return bool(re.match(r"^[a-z]{1,4}-[A-Z]", text)) and len(text.split()) <= 8


def _title_with_colon(text: str) -> bool:
    # "Technical Support Center: Troubleshooting X" is a title; "Symptom: low yield" is a labelled line.
    head = text.split(":", 1)[0]
    return len(head.split()) >= 3


def _levels(blocks: list[Block]) -> list[Block]:
    """Give each heading its level: the first line of the guide, if it is a heading, is the title (0)."""
    heads = [k for k, b in enumerate(blocks) if b.kind == "heading"]
    if not heads:
        return blocks
    out = list(blocks)
    if heads[0] == 0:
        out[0] = _with_level(blocks[0], 0)
        heads = heads[1:]
    numbered = [k for k in heads if blocks[k].level > 0]  # numbered sections: their numbers say the level
    heads = [k for k in heads if blocks[k].level == 0]
    if numbered:
        for k in heads:  # unnumbered headings among numbered sections sit below them
            out[k] = _with_level(blocks[k], 1 + max((blocks[m].level for m in numbered if m < k), default=0))
        return out
    styles = {_all_caps(blocks[k].text) for k in heads}
    container = False
    for k in heads:
        b = blocks[k]
        if len(styles) == 2:  # ALL-CAPS sections hold the others
            level = 1 if _all_caps(b.text) else 2
        else:
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if nxt is not None and nxt.kind == "heading" and not nxt.text.endswith("?"):
                level, container = 1, True  # a heading directly over another holds the ones after it
            else:
                level = 2 if container else 1
        out[k] = _with_level(b, level)
    return out


def _with_level(b: Block, level: int) -> Block:
    return Block(b.kind, b.text, b.start, b.end, level=level)
