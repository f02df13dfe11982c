"""Blocks -> passages that follow the guide's own structure (FAQ, symptom/cause/solution, protocol,
table row, prose, reference), each with its section path and 1-based line range."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from assistant.corpus import boilerplate
from assistant.corpus.blocks import Block
from assistant.corpus.cleaning import clean
from assistant.models import Kind, Passage

_Q = re.compile(r"^(?:\*\*)?Q(\d*)\s*[:.](?:\*\*)?\s*", re.IGNORECASE)
_A = re.compile(r"^(?:\*\*)?A(\d*)\s*[:.](?:\*\*)?\s*", re.IGNORECASE)
_LABELS: dict[Kind, re.Pattern[str]] = {
    "symptom": re.compile(r"^(?:\*\*)?(?:symptoms?|observation|problem)\s*:", re.IGNORECASE),
    "cause": re.compile(r"^(?:\*\*)?(?:(?:possible |likely |root )?causes?|reason)\s*:", re.IGNORECASE),
    "solution": re.compile(r"^(?:\*\*)?(?:solutions?|remedy|fix|recommendations?|action)\s*:", re.IGNORECASE),
}
_PROTOCOL = re.compile(r"^(?:\*\*)?(?:experimental |general |standard )?(?:protocol|procedure)\b", re.IGNORECASE)
# A section named for a kind ("Symptoms", "Fixes") makes each of its list items a passage of that kind.
_SECTION_KINDS: dict[Kind, re.Pattern[str]] = {
    "symptom": re.compile(r"^(?:common )?(?:symptoms?|observations?|problems?)$", re.IGNORECASE),
    "cause": re.compile(r"^(?:(?:possible |likely |root )?causes?|reasons?)$", re.IGNORECASE),
    "solution": re.compile(r"^(?:solutions?|fix(?:es)?|remed(?:y|ies)|what to do)$", re.IGNORECASE),
}
_FAQ_SECTION = re.compile(r"FAQ|frequently asked", re.IGNORECASE)
_MAX_PROSE_WORDS = 150
_MAX_STEPS = 10


@dataclass
class _State:
    guide: str
    title: str = ""
    stack: list[str] = field(default_factory=list)
    container: str | None = None
    mode: str = "content"  # content | references | drop
    question: tuple[str, int] | None = None  # a Markdown FAQ heading waiting for its answer


def chunk(guide: str, blocks: list[Block], fallback_title: str = "") -> tuple[str, list[Passage]]:
    """Return the guide's title and its passages, in reading order."""
    st = _State(guide)
    out: list[Passage] = []
    j = 0
    while j < len(blocks):
        b = blocks[j]
        nxt = blocks[j + 1] if j + 1 < len(blocks) else None
        j += 1
        if b.kind == "heading":
            if _PROTOCOL.match(b.text) and st.mode == "content":
                if b.level >= 1:  # a Markdown protocol heading closes sections at its level and below
                    st.stack = st.stack[: b.level - 1]
                j = _protocol(st, out, b, blocks, j)
            else:
                _heading(st, b, nxt)
            continue
        if st.mode == "drop" or b.kind == "label":
            continue
        if b.kind == "figure":
            if nxt is not None and nxt.kind == "paragraph":
                j += 1  # the figure's caption describes a picture the text does not have
            continue
        if st.mode == "references":
            if b.kind == "item":
                out.append(_make(st, "reference", [f"Reference {b.start}"], b.start, b.end, clean(b.text)))
            continue
        if b.kind == "row":
            j = _table(st, out, blocks, j - 1)
        elif b.kind == "paragraph" and _Q.match(b.text):
            j = _faq(st, out, b, blocks, j)
        elif b.kind == "paragraph" and _PROTOCOL.match(b.text):
            j = _protocol(st, out, b, blocks, j)
        elif (kind := _labelled(b.text)) is not None:
            out.append(_make(st, kind, [kind.capitalize()], b.start, b.end, clean(b.text)))
        elif b.kind == "item" and (kind := _section_kind(st)) is not None:
            out.append(_make(st, kind, [], b.start, b.end, clean(b.text)))
        elif st.question is not None:
            q, qline = st.question
            st.question = None
            text = f"{clean(q)}\n{clean(b.text)}"
            out.append(_make(st, "faq", [clean(q)[:80]], qline, b.end, text, title=clean(q)))
        else:
            _prose(st, out, b)
    return st.title or fallback_title, _unique_ids(out)


def _unique_ids(passages: list[Passage]) -> list[Passage]:
    """A passage repeated word for word in one section keeps its id; its repeats get -2, -3, ..."""
    seen: dict[str, int] = {}
    out: list[Passage] = []
    for p in passages:
        seen[p.id] = seen.get(p.id, 0) + 1
        out.append(p if seen[p.id] == 1 else replace(p, id=f"{p.id}-{seen[p.id]}"))
    return out


def _heading(st: _State, b: Block, nxt: Block | None) -> None:
    text = clean(b.text)
    if not st.title and b.level == 0 and not st.stack:
        st.title = text
        return
    if boilerplate.opens_references(text):
        st.mode, st.stack = "references", [text]
        return
    if st.mode != "content" or boilerplate.opens_back_matter(text):
        st.mode = "drop"
        return
    if st.stack and _FAQ_SECTION.search(st.stack[0]) and text.endswith("?"):
        st.question = (b.text, b.start)
        return
    level = b.level
    if level == 0:  # plain text: infer nesting from shape
        if nxt is not None and nxt.kind == "heading":
            level, st.container = 1, text
        elif st.container is not None:
            level = 2
        else:
            level = 1
    st.stack = st.stack[: level - 1] + [text]
    st.question = None


def _section_kind(st: _State) -> Kind | None:
    name = clean(st.stack[-1]).rstrip(":").strip() if st.stack else ""
    for kind, pattern in _SECTION_KINDS.items():
        if pattern.match(name):
            return kind
    return None


def _labelled(text: str) -> Kind | None:
    for kind, pattern in _LABELS.items():
        if pattern.match(text):
            return kind
    return None


def _faq(st: _State, out: list[Passage], q: Block, blocks: list[Block], j: int) -> int:
    num = _Q.match(q.text)
    assert num is not None
    question = _Q.sub("", clean(q.text), count=1).strip()  # clean first: "**Q: why?**" loses both markers
    answer: list[str] = []
    end = q.end
    while j < len(blocks) and blocks[j].kind in ("paragraph", "item") and not _Q.match(blocks[j].text):
        if blocks[j].kind == "paragraph" and _PROTOCOL.match(blocks[j].text):
            break
        answer.append(clean(_A.sub("", blocks[j].text, count=1)))
        end = blocks[j].end
        j += 1
    label = f"Q{num.group(1)}" if num.group(1) else question[:80]
    n = num.group(1)
    text = f"Q{n}: {question}\nA{n}: {' '.join(answer)}".strip()
    out.append(_make(st, "faq", [label], q.start, end, text, title=question))
    return j


def _protocol(st: _State, out: list[Passage], head: Block, blocks: list[Block], j: int) -> int:
    title = clean(head.text)
    steps: list[Block] = []
    while j < len(blocks) and (blocks[j].kind == "item" or re.match(r"^step\s*\d", blocks[j].text, re.I)):
        steps.append(blocks[j])
        j += 1
    if not steps:
        _prose(st, out, head)
        return j
    parts = [steps[i : i + _MAX_STEPS] for i in range(0, len(steps), _MAX_STEPS)]
    for k, part in enumerate(parts):
        first = k * _MAX_STEPS + 1
        items = tuple(clean(s.text) for s in part)
        body = "\n".join(f"{first + i}. {s}" for i, s in enumerate(items))
        label = title if len(parts) == 1 else f"{title} (steps {first}-{first + len(part) - 1})"
        start = head.start if k == 0 else part[0].start
        out.append(_make(st, "protocol", [label], start, part[-1].end, f"{title}\n{body}", title=title, items=items))
    return j


def _table(st: _State, out: list[Passage], blocks: list[Block], j: int) -> int:
    rows: list[Block] = []
    while j < len(blocks) and blocks[j].kind == "row":
        rows.append(blocks[j])
        j += 1
    header = tuple(clean(c) for c in rows[0].cells)
    if len(rows) == 1:
        _prose(st, out, rows[0])
        return j
    for row in rows[1:]:
        cells = tuple(clean(c) for c in row.cells)
        text = " | ".join(f"{h}: {c}" for h, c in zip(header, cells, strict=False) if c)
        label = cells[0] if cells else ""
        out.append(
            _make(st, "table-row", [f"Table: {header[0]}", label], row.start, row.end, text,
                  title=label, items=cells, header=header)
        )
    return j


def _prose(st: _State, out: list[Passage], b: Block) -> None:
    text = clean(b.text)
    if not text:
        return
    prev = out[-1] if out else None
    section = tuple(st.stack or ["Introduction"])
    if (
        prev is not None
        and prev.kind == "prose"
        and prev.section == section
        and len(prev.text.split()) + len(text.split()) <= _MAX_PROSE_WORDS
    ):
        out[-1] = _make(st, "prose", [], prev.lines[0], b.end, f"{prev.text}\n{text}")
        return
    out.append(_make(st, "prose", [], b.start, b.end, text))


def _make(
    st: _State, kind: Kind, tail: list[str], start: int, end: int, text: str, *,
    title: str = "", items: tuple[str, ...] = (), header: tuple[str, ...] = (),
) -> Passage:
    section = tuple((st.stack or ([] if tail else ["Introduction"])) + tail)
    digest = hashlib.sha1(f"{' > '.join(section)}\n{text}".encode()).hexdigest()[:10]
    return Passage(
        id=f"{st.guide}:{kind}:{digest}", guide=st.guide, guide_title=st.title or st.guide,
        section=section, kind=kind, lines=(start, end), text=text, title=title, items=items, header=header,
    )
