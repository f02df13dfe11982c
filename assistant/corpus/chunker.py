"""A `Document` -> passages that follow the guide's own structure (FAQ, symptom/cause/solution,
protocol, table row, prose, reference), each with its section path and location, whatever the format."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from assistant.corpus import roles
from assistant.corpus.cleaning import clean, unruled
from assistant.corpus.document import Block, Document
from assistant.corpus.units import says_nothing, sentences
from assistant.models import Kind, Passage

_MAX_PROSE_WORDS = 150
_MAX_STEPS = 10
_MIN_NUMBERED_STEPS = 3  # a numbered list this long right under a plain heading is a procedure
_STEP = re.compile(r"^step\s*\d", re.IGNORECASE)  # "Step 2. Treat each ...": numbered in its own words
_MIN_RUN = 2  # numbered items in a row within a section: the section's steps


@dataclass
class _State:
    guide: str
    fmt: str
    title: str = ""
    stack: list[str] = field(default_factory=list)
    mode: str = "content"  # content | references | drop
    mode_level: int = 0  # the heading level that opened references or dropped back matter
    question: tuple[str, Block] | None = None  # a FAQ heading waiting for its answer
    dropped: list[str] = field(default_factory=list)


def chunk(
    guide: str, doc: Document, fallback_title: str = "", dropped: list[str] | None = None,
) -> tuple[str, list[Passage]]:
    """Return the guide's title and its passages, in reading order; back-matter sections left out are
    named in `dropped` when it is given."""
    st = _State(guide, doc.format, title=clean(doc.title))
    if dropped is not None:
        st.dropped = dropped
    blocks = _typed_steps(_nested_levels(doc.blocks))
    out: list[Passage] = []
    j = 0
    while j < len(blocks):
        b = blocks[j]
        j += 1
        if b.kind == "heading":
            if st.mode != "content" and b.level > st.mode_level:
                continue  # a sub-heading of the reference list or of dropped back matter
            name = clean(b.text)
            if roles.opens_back_matter(name) or roles.opens_references(name):
                _heading(st, b)
            elif _in_faq(st) and name.endswith(("?", ".")) and st.mode == "content":
                j = _faq_section(st, out, b, blocks, j)
            elif roles.is_protocol(name):
                _enter(st, b)
                j = _protocol(st, out, b, blocks, j)
            elif _numbered_list_follows(blocks, j) and roles.named(name) is None and b.level > 0:
                _enter(st, b)
                j = _protocol(st, out, b, blocks, j)
            else:
                _heading(st, b)
            continue
        if b.kind == "label" and doc.format == "pdf":
            st.dropped.append("figure callouts")  # words printed on a screenshot: no sentence to quote
        if st.mode == "drop" or b.kind == "label":
            continue
        if b.kind == "figure":
            if j < len(blocks) and blocks[j].kind == "paragraph":
                j += 1  # the figure's caption describes a picture the text does not have
            continue
        if st.mode == "references":
            if b.kind in ("item", "paragraph"):
                out.append(_make(st, "reference", [f"Reference {b.start}"], b, b, clean(b.text)))
            continue
        if b.kind == "row":
            j = _table(st, out, blocks, j - 1)
        elif b.kind == "paragraph" and roles.QUESTION.match(b.text):
            j = _faq(st, out, b, blocks, j)
        elif b.kind == "paragraph" and roles.PROTOCOL.match(b.text) and _items_follow(blocks, j):
            j = _protocol(st, out, b, blocks, j)
        elif (role := roles.run_in(b.text)) is not None:
            out.append(_make(st, role, [role.capitalize()], b, b, clean(b.text)))
        elif b.kind == "item" and (role := _section_kind(st)) is not None:
            out.append(_make(st, role, [], b, b, clean(b.text)))
        elif b.kind == "item" and b.number.isdigit() and _numbered_run(blocks, j - 1) >= _MIN_RUN and st.stack:
            j = _steps(st, out, blocks, j - 1)
        elif b.kind == "paragraph" and _in_faq(st) and clean(b.text).endswith("?") and _answer_follows(blocks, j):
            st.question = (b.text, b)  # plain text: a question line, its answer on the lines below
        elif st.question is not None:
            q, qb = st.question
            st.question = None
            text = f"{clean(q)}\n{clean(b.text)}"
            out.append(_make(st, "faq", [clean(q)[:80]], qb, b, text, title=clean(q)))
        else:
            _prose(st, out, b)
    return st.title or fallback_title, _unique_ids(_asking_posts(blocks, out))


_SIGN_OFF = 6  # words: a post's last paragraph this short after a question is its sign-off ("Thanks, Tom")


def _asking_posts(blocks: list[Block], out: list[Passage]) -> list[Passage]:
    """In a thread (e-mails, forum posts, comments), a post that ends by asking ("Is 3 equiv just too little?
    Any ideas welcome.": a question among the last two sentences of its last paragraph, or of the one before a
    short sign-off, "Thanks,") states a problem: its text is read as a symptom, which the answer to it is not;
    the replies (one that asks back first, "Did you add the DMF? Without it ...", too), a post that lists the
    questions to check and then says what matters most, and a post that reports back stay what they are."""
    heads = [k for k, b in enumerate(blocks) if b.kind == "heading" and b.post]
    if len(heads) < 2:
        return out
    asking: list[tuple[int, int]] = []  # the line spans of the posts that ask
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        level = blocks[k].level
        body: list[Block] = []
        last = blocks[k].end
        for b in blocks[k + 1:end]:
            if b.kind == "heading" and b.level <= level:
                break
            last = max(last, b.end)
            if b.kind in ("paragraph", "item") and not says_nothing(b.text):  # not its time or reactions
                body.append(b)
        ending = body[-2:] if body and len(body[-1].text.split()) <= _SIGN_OFF else body[-1:]
        if any("?" in s for b in ending for s in sentences(b.text)[-2:]):
            asking.append((blocks[k].start, last))
    return [replace(p, kind="symptom") if p.kind == "prose" and not p.pages
            and any(a <= p.lines[0] and p.lines[1] <= b for a, b in asking) else p for p in out]


def _nested_levels(blocks: list[Block]) -> list[Block]:
    """Heading levels as nesting depths: a reader's levels may skip ("2." at 1, "2.1" and "2.2" at 3, told
    apart by size), and "2.2" is then a sibling of "2.1", not its child. Level 0 (the title, or a level the
    chunker infers from shape) is left as it is."""
    out: list[Block] = []
    open_levels: list[int] = []
    for b in blocks:
        if b.kind == "heading" and b.level > 0:
            while open_levels and open_levels[-1] >= b.level:
                open_levels.pop()
            open_levels.append(b.level)
            if len(open_levels) != b.level:
                b = replace(b, level=len(open_levels))
        out.append(b)
    return out


_SECTION_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def _typed_steps(blocks: list[Block]) -> list[Block]:
    """Steps numbered by hand after their section ("7.3.1 Start the stirrer ...", "7.3.2 ..." under
    "7.3 Running the distillation" in "7. Procedure"): an SOP's way of writing a procedure's steps. Inside a
    section that is, or sits in, a procedure, such paragraphs are its numbered items; elsewhere ("1.1 This
    procedure describes ..." under "1. Purpose") they stay paragraphs. List items so numbered ("[ ] 7.1 Raise
    the box pressure", "[ ] 7.2 ..." of a checklist) are steps in any section, two or more in a row."""
    out: list[Block] = []
    procedures: dict[str, bool] = {}  # section number -> whether it names a procedure
    current = ""
    listed: list[int] = []  # the positions in `out` of list items numbered so, the current run
    for b in blocks:
        if b.kind == "heading":
            m = _SECTION_NUMBER.match(clean(b.text))
            current = m.group(1) if m else ""
            if current:
                procedures[current] = roles.is_protocol(clean(b.text))
        elif b.kind == "paragraph" and current and any(
                procedures.get(".".join(current.split(".")[:k]), False) for k in range(1, current.count(".") + 2)):
            m = re.match(rf"{re.escape(current)}\.(\d+)\.?\s+(?=\S)", b.text)
            if m:
                b = replace(b, kind="item", number=m.group(1))  # its text keeps "7.3.2", as the SOP is cited
        elif b.kind == "item" and not b.number and current and \
                (m := re.match(rf"{re.escape(current)}\.(\d+)\.?\s+(?=\S)", b.text)):
            listed.append(len(out))
            out.append(replace(b, number=m.group(1)))
            continue
        if len(listed) < _MIN_RUN:
            for k in listed:
                out[k] = replace(out[k], number="")  # one numbered item alone is no procedure
        listed = []
        out.append(b)
    if len(listed) < _MIN_RUN:
        for k in listed:
            out[k] = replace(out[k], number="")
    return out


def _unique_ids(passages: list[Passage]) -> list[Passage]:
    """A passage repeated word for word in one section keeps its id; its repeats get -2, -3, ..."""
    seen: dict[str, int] = {}
    out: list[Passage] = []
    for p in passages:
        seen[p.id] = seen.get(p.id, 0) + 1
        out.append(p if seen[p.id] == 1 else replace(p, id=f"{p.id}-{seen[p.id]}"))
    return out


def _enter(st: _State, b: Block) -> None:
    """A protocol heading closes the sections at its level and below, and reopens content."""
    if b.level >= 1:
        st.stack = st.stack[: b.level - 1]
    st.mode, st.question = "content", None


def _heading(st: _State, b: Block) -> None:
    text = unruled(clean(b.text)).rstrip(":").strip() or clean(b.text)
    if b.level == 0 and not st.title and not st.stack:
        st.title = text
        return
    level = max(1, b.level)
    if roles.opens_references(text):
        st.mode, st.mode_level, st.stack = "references", level, [text]  # back matter sits at the top
        return
    if roles.opens_back_matter(text):
        st.mode, st.mode_level = "drop", level
        st.dropped.append(f"section '{text[:40]}'")
        return
    st.mode = "content"
    if _in_faq(st) and text.endswith("?"):
        st.question = (b.text, b)
        return
    st.stack = st.stack[: level - 1] + [text]
    st.question = None


def _in_faq(st: _State) -> bool:
    return any(roles.FAQ_SECTION.search(s) for s in st.stack) or bool(roles.FAQ_SECTION.search(st.title))


def _section_kind(st: _State) -> roles.Role | None:
    return roles.named(clean(st.stack[-1])) if st.stack else None


def _answer_follows(blocks: list[Block], j: int) -> bool:
    return j < len(blocks) and blocks[j].kind in ("paragraph", "item") and not clean(blocks[j].text).endswith("?")


def _items_follow(blocks: list[Block], j: int) -> bool:
    return j < len(blocks) and (blocks[j].kind == "item" or bool(_STEP.match(blocks[j].text)))


def _numbered_list_follows(blocks: list[Block], j: int) -> bool:
    return _numbered_run(blocks, j) >= _MIN_NUMBERED_STEPS


def _numbered_run(blocks: list[Block], j: int) -> int:
    n = 0
    while j + n < len(blocks) and blocks[j + n].kind == "item" and blocks[j + n].number.isdigit():
        n += 1
    return n


def _steps(st: _State, out: list[Passage], blocks: list[Block], j: int) -> int:
    """Numbered items inside a section (after its introduction, or resumed after a table): the
    section's steps, one protocol passage titled by the section, numbered as the guide numbers them."""
    title = st.stack[-1]
    steps: list[Block] = []
    while j < len(blocks) and blocks[j].kind == "item" and blocks[j].number.isdigit():
        steps.append(blocks[j])
        j += 1
    intro = ""
    prev = out[-1] if out else None
    if (steps and prev is not None and prev.kind == "prose" and prev.section == tuple(st.stack)
            and prev.text.rstrip().endswith(":") and prev.lines[1] >= steps[0].start - 2):
        intro = out.pop().text.strip()  # "For x g of LiAlH4 used ... add in order:": the steps' lead-in
    for k in range(0, len(steps), _MAX_STEPS):
        part = steps[k : k + _MAX_STEPS]
        items = tuple(clean(s.text) for s in part)
        body = "\n".join(f"{s.number}. {t}" for s, t in zip(part, items, strict=True))
        span = f"steps {part[0].number}-{part[-1].number}"
        label = f"{title} ({span})"
        head = f"{title} ({span})\n{intro}" if intro and k == 0 else f"{title} ({span})"
        out.append(_make(st, "protocol", [label], part[0], part[-1], f"{head}\n{body}", title=title,
                         items=items, stack=st.stack[:-1]))
    return j


# "Q: Why ...? A: Because ...": an answer that starts on its question's line (a hard-wrapped text card)
_INLINE_ANSWER = re.compile(r"(?<=\?)\s+A\d*\s*:(?:\s+|$)")


def _faq(st: _State, out: list[Passage], q: Block, blocks: list[Block], j: int) -> int:
    num = roles.QUESTION.match(q.text)
    assert num is not None
    question = roles.QUESTION.sub("", clean(q.text), count=1).strip()  # clean first: "**Q: why?**" loses both
    question, *inline = _INLINE_ANSWER.split(question, maxsplit=1)
    answer = [a for a in (s.strip() for s in inline) if a]
    last = q
    while j < len(blocks) and blocks[j].kind in ("paragraph", "item") and not roles.QUESTION.match(blocks[j].text):
        if blocks[j].kind == "paragraph" and roles.PROTOCOL.match(blocks[j].text):
            break
        answer.append(clean(roles.ANSWER.sub("", blocks[j].text, count=1)))
        last = blocks[j]
        j += 1
    label = f"Q{num.group(1)}" if num.group(1) else question[:80]
    n = num.group(1)
    text = f"Q{n}: {question}\nA{n}: {' '.join(answer)}" if answer else f"Q{n}: {question}"
    out.append(_make(st, "faq", [label], q, last, text, title=question))
    return j


def _faq_section(st: _State, out: list[Passage], q: Block, blocks: list[Block], j: int) -> int:
    """A question heading of a FAQ: everything up to the next heading is its answer."""
    question = clean(q.text)
    if q.level >= 1:
        st.stack = st.stack[: q.level - 1]  # a question is a sibling of the one before, not its child
    answer: list[str] = []
    last = q
    while j < len(blocks) and blocks[j].kind != "heading":
        if blocks[j].kind in ("paragraph", "item", "row"):
            answer.append(clean(blocks[j].text))
            last = blocks[j]
        j += 1
    if answer:
        out.append(_make(st, "faq", [question[:80]], q, last, "\n".join([question, *answer]), title=question))
    return j


def _protocol(st: _State, out: list[Passage], head: Block, blocks: list[Block], j: int) -> int:
    title = clean(head.text)
    steps: list[Block] = []
    while j < len(blocks) and (blocks[j].kind == "item" or _STEP.match(blocks[j].text)):
        steps.append(blocks[j])
        j += 1
    steps = _nest(steps)
    if not steps:
        if head.kind == "heading":
            _heading(st, head)
        else:
            _prose(st, out, head)
        return j
    if head.kind == "heading" and not st.stack:
        st.stack = [title]  # what follows a top-level procedure belongs to it, not to "Introduction"
        label_stack: list[str] = []
    else:
        label_stack = st.stack
    parts = [steps[i : i + _MAX_STEPS] for i in range(0, len(steps), _MAX_STEPS)]
    for k, part in enumerate(parts):
        first = k * _MAX_STEPS + 1
        items = tuple(clean(s.text) for s in part)
        body = "\n".join(t if _STEP.match(t) else f"{s.number if s.number.isdigit() else first + i}. {t}"
                         for i, (s, t) in enumerate(zip(part, items, strict=True)))
        label = title if len(parts) == 1 else f"{title} (steps {first}-{first + len(part) - 1})"
        out.append(_make(st, "protocol", [label], head if k == 0 else part[0], part[-1], f"{title}\n{body}",
                         title=title, items=items, stack=label_stack))
    return j


def _nest(steps: list[Block]) -> list[Block]:
    """In a numbered list, an unnumbered item is a sub-item of the step before ("o" bullets under step 7):
    it joins that step instead of taking a number of its own."""
    if not any(s.number.isdigit() for s in steps):
        return steps
    out: list[Block] = []
    for s in steps:
        if not s.number and out and out[-1].number.isdigit():
            last = out.pop()
            out.append(replace(last, text=f"{last.text}; {s.text}", end=s.end, page_end=s.page_end or s.page))
        else:
            out.append(s)
    return out


def _table(st: _State, out: list[Passage], blocks: list[Block], j: int) -> int:
    rows = [blocks[j]]
    j += 1
    while j < len(blocks) and blocks[j].kind == "row" and blocks[j].table == rows[0].table:
        rows.append(blocks[j])
        j += 1
    def filled(row: Block) -> int:
        return sum(1 for c in row.cells if clean(c))

    width = max(filled(r) for r in rows)
    k = 0
    while k < len(rows) - 1 and width >= 2 and filled(rows[k]) < 2:
        k += 1  # a merged title row over the table ("TROUBLESHOOTING GUIDE: ..."): the header is the first full row
    header = tuple(clean(c) for c in rows[k].cells)
    if _form(rows[k:]):  # label | value | label | value: each value with its own label, no header
        for row in rows[k:]:
            fields = [clean(c) for c in row.cells]
            pairs = [f"{a}: {b}" for a, b in zip(fields[::2], fields[1::2], strict=False) if a and b]
            _prose(st, out, replace(row, kind="paragraph", text="; ".join(pairs)))
        return j
    if len(rows) - k == 1:
        for row in rows[k:]:
            _prose(st, out, row)
        return j
    group: list[str] = []
    for row in rows[k + 1:]:
        cells = tuple(clean(c) for c in row.cells)
        if len(row.cells) == 1 and cells[0] and len(header) >= 2:
            if row is rows[-1]:  # a merged row closing the table ("NOT PERMITTED: acetone, ..."): a note
                _prose(st, out, replace(row, kind="paragraph", text=cells[0]))
                continue
            group = [next(c for c in cells if c)]  # a merged row inside it ("A. Formation"): names the rows below
            continue
        names = header + ("",) * (len(cells) - len(header))
        text = " | ".join(f"{h}: {c}" if h else c for h, c in zip(names, cells, strict=False) if c)
        if not text.strip():  # a row of empty cells (or of control characters only) says nothing
            continue
        label = cells[0] if cells else ""
        out.append(_make(st, "table-row", [f"Table: {header[0]}", *group, label], row, row, text,
                         title=label, items=cells, header=header))
    return j


def _label(cell: str) -> bool:
    """A form's field label: a few words, no figures ("Document ID", "Next review", "Owner:")."""
    c = clean(cell).rstrip(":")
    return bool(c) and len(c.split()) <= 4 and not any(ch.isdigit() for ch in c)


def _form(rows: list[Block]) -> bool:
    """Whether a table is a form of labels and values side by side (a document-control block: "Document ID |
    SOP-0388 | Version | 4.0", or two columns: "Revision | 03"): every even column a label in every row,
    first row included, and the first row holding a figure in a value column (a header row holds none)."""
    widths = {len(r.cells) for r in rows}
    if len(widths) != 1 or (n := widths.pop()) < 2 or n % 2 or len(rows) < 2:
        return False
    if not all(_label(c) for r in rows for c in r.cells[::2]):
        return False
    return any(any(ch.isdigit() for ch in c) for c in rows[0].cells[1::2])


def _prose(st: _State, out: list[Passage], b: Block) -> None:
    text = clean(b.text)
    if b.kind == "item" and b.number and text:
        text = f"{b.number}. {text}"  # "follow steps 1-4 above" needs the numbers
    if not text:
        return
    prev = out[-1] if out else None
    section = tuple(st.stack or ["Introduction"])
    kind: Kind = "problem" if any(roles.named(s) == "symptom" for s in st.stack[:-1]) else "prose"
    if (
        prev is not None
        and prev.kind == kind
        and prev.section == section
        and len(prev.text.split()) + len(text.split()) <= _MAX_PROSE_WORDS
    ):
        out[-1] = replace(_make(st, kind, [], b, b, f"{prev.text}\n{text}"),
                          lines=_span(prev.lines, (b.start, b.end), bool(prev.pages)),
                          pages=(prev.pages[:1] + _pages(b)[1:]) if prev.pages else ())
        return
    out.append(_make(st, kind, [], b, b, text))


def _span(first: tuple[int, int], last: tuple[int, int], paged: bool) -> tuple[int, int]:
    """The lines a passage runs over: from its first block's start to its last block's end; in a text read down
    two columns (lines not in reading order) from the first line to the last of either (a PDF's lines are
    its pages' lines, counted again on each page: first and last as they come)."""
    if paged:
        return first[0], last[1]
    return min(first[0], last[0]), max(first[1], last[1])


def _pages(b: Block) -> tuple[int, ...]:
    return (b.page, b.page_end or b.page) if b.page else ()


def _make(
    st: _State, kind: Kind, tail: list[str], first: Block, last: Block, text: str, *,
    title: str = "", items: tuple[str, ...] = (), header: tuple[str, ...] = (), stack: list[str] | None = None,
) -> Passage:
    stack = st.stack if stack is None else stack
    section = tuple((stack or ([] if tail else ["Introduction"])) + tail)
    digest = hashlib.sha1(f"{' > '.join(section)}\n{text}".encode()).hexdigest()[:10]
    pages = (first.page, last.page_end or last.page) if first.page else ()
    return Passage(
        id=f"{st.guide}:{kind}:{digest}", guide=st.guide, guide_title=st.title or st.guide,
        section=section, kind=kind, lines=_span((first.start, first.end), (last.start, last.end), bool(first.page)),
        text=text, title=title, items=items,
        header=header, format=st.fmt, pages=pages,
    )

