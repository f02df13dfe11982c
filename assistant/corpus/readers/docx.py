"""Word (.docx) guides -> `Document`, read with python-docx (lxml) straight from the body XML, in body order.

`start`/`end` are paragraph numbers: every body paragraph counts (empty ones too), each table row counts one.
Headings: Title (level 0), Heading N / outline levels, and paragraphs that are headings only by formatting,
nested below the open styled heading, the more prominent look outside the less. List numbers, which live in
numbering.xml and not in the text, are restored. Footnotes and endnotes follow the text under their own
heading. Headers, footers and pictures are not read.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from assistant.corpus import roles
from assistant.corpus.document import Block, Document
from assistant.corpus.readers import settle_run_ins
from assistant.errors import CorpusError

El = Any  # an lxml element of the document's XML
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: a binary .doc, or an encrypted .docx
_SKIP = {W + t for t in ("pPr", "rPr", "del", "moveFrom")} | {
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}  # a copy of the Choice
_WRAPPERS = {W + t for t in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo")}
_SPACES = {W + t for t in ("tab", "ptab", "br", "cr")}
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b-\u200d\ufeff\ue000-\uf8ff]")
_MANUAL = re.compile(r"^(?:[•▪◦‣–-]|(?P<num>\d{1,2}|[a-z])[.)])\s+")  # a number or bullet typed in the text
_SYMBOL = dict(zip(b"\xb0m\xb1\xb4\xae\xa3\xb3abgdDlpsqW", "°µ±×→≤≥αβγδΔλπσθΩ", strict=True))  # Symbol font
_GENERIC = {"introduction", "background", "purpose", "scope", "overview", "summary", "contents", "abstract"}
_ROMAN = dict(zip((1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1), "M CM D CD C XC L XL X IX V IV I".split()))
Key = tuple[int, bool, bool, bool, bool]  # a formatting heading's look; sorted, the most prominent first


def read(data: bytes, name: str) -> Document:
    """Read a Word guide; a file that is not a readable .docx raises CorpusError with the reason."""
    if data[:8] == OLE:
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise CorpusError(f"{name}: encrypted Word file; save an unprotected copy")
        raise CorpusError(f"{name}: old binary .doc or encrypted file; save as .docx")
    import docx  # python-docx (an absolute import: not this module)

    try:
        d = docx.Document(io.BytesIO(data))
        if (body := d.element.body) is None:
            raise ValueError("no document body")
        numbering = d.part.numbering_part.element
    except NotImplementedError:  # no numbering part: a document without lists
        numbering = None
    except Exception as e:  # zipfile, lxml and python-docx each raise their own
        reason = (str(e).splitlines() or [""])[0][:80]
        raise CorpusError(f"{name}: not a readable Word file ({type(e).__name__}: {reason})") from None
    reader = _Reader(d.styles.element, numbering, _diagram_data(d), _chunk_part(d))
    reader.walk(body)
    notes = _notes(d)
    if notes:  # footnotes and endnotes after the text, under their own heading, each one a paragraph
        reader.n += 1
        reader.entries.append(Para(reader.n, "Footnotes", styled=1))
        for note in notes:
            reader.walk(note)
    blocks = paragraph_blocks(reader.entries)
    visible = next((b.text for b in blocks if b.kind == "heading" and b.level == 0), "")
    first = next((b.text for b in blocks if b.kind == "heading"), "")
    core = (d.core_properties.title or "").strip()
    dropped = [k for k in _dropped(d, reader.toc, sum(1 for _ in body.iter(W + "drawing", W + "object")))
               if not (notes and k in ("footnotes", "endnotes"))]
    return Document("docx", blocks, core if _sensible(core, visible) else visible or first, dropped)


@dataclass
class Para:
    """A paragraph as a word processor holds it (Word, RTF): its text, style and look, before headings are told
    from body text by `paragraph_blocks`."""

    n: int  # paragraph number
    text: str
    styled: int = -1  # heading level given by the style: 0 Title, N Heading N / outline level; -1 none
    num: str = ""  # numId when the paragraph is in a list
    label: str = ""  # the number as Word shows it ("3.", "b)"), "" for a bullet; `number` is it bare ("3")
    number: str = ""
    size: int = 0  # the smallest font size of its text, half-points
    look: tuple[bool, bool, bool] = (False, False, False)  # all of its text bold, underlined, italic
    lead: str = ""  # its opening sentence when that alone is bold and text follows (a run-in heading)


def _on(el: El | None) -> bool:
    return el is not None and (el.get(W + "val") or "true").lower() not in ("0", "false", "off", "none")


def _val(el: El | None, path: str = "", default: str = "", attr: str = W + "val") -> str:
    found = el.find(path) if el is not None and path else el
    return str(found.get(attr, default)) if found is not None else default


def _int(text: str, default: int) -> int:
    return int(text) if text.lstrip("-").isdigit() else default


def _children(parent: El, *tags: str) -> Iterator[El]:
    """The elements of `tags` under `parent`, looking through content controls and other wrappers."""
    for el in parent:
        if el.tag in tags:
            yield el
        elif el.tag in _WRAPPERS:
            yield from _children(el, *tags)


class _Lists:
    """List counters per (numId, level), a level restarting when a higher one advances (or per lvlRestart)."""

    def __init__(self, root: El | None, style: Callable[[str, str], El | None]) -> None:
        found = list(root) if root is not None else []
        self.abstract = {a.get(W + "abstractNumId"): a for a in found if a.tag == W + "abstractNum"}
        self.nums = {n.get(W + "numId"): n for n in found if n.tag == W + "num"}
        self.style, self.count = style, dict[tuple[str, int], int]()

    def _abstract(self, num_id: str, depth: int = 0) -> El | None:
        a = self.abstract.get(_val(self.nums.get(num_id), W + "abstractNumId"))
        if (link := _val(a, W + "numStyleLink")) and depth < 3:  # defined by a numbering style: follow it
            return self._abstract(_val(self.style(link, f"{W}pPr/{W}numPr"), W + "numId"), depth + 1)
        return a

    def _override(self, num_id: str, ilvl: int, tag: str) -> El | None:
        num = self.nums.get(num_id)
        return num.find(f"{W}lvlOverride[@{W}ilvl='{ilvl}']/{W}{tag}") if num is not None else None

    def lvl(self, num_id: str, ilvl: int, pstyle: str = "") -> El | None:
        if (lv := self._override(num_id, ilvl, "lvl")) is not None:
            return lv
        a = self._abstract(num_id)
        levels = a.iterchildren(W + "lvl") if a is not None else ()
        return next((lv for lv in levels if (_val(lv, W + "pStyle") == pstyle if pstyle
                                             else lv.get(W + "ilvl") == str(ilvl))), None)

    def _start(self, num_id: str, ilvl: int) -> int:
        if (start := self._override(num_id, ilvl, "startOverride")) is not None:
            return _int(_val(start), 0)
        return _int(_val(self.lvl(num_id, ilvl), W + "start"), 0)  # absent: 0, as Word counts

    def advance(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """Count one paragraph of the list: the label Word shows ("3.", "" for a bullet) and the bare number."""
        for key in [k for k in self.count if k[0] == num_id and k[1] > ilvl]:
            restart = _int(_val(self.lvl(num_id, key[1]), W + "lvlRestart"), key[1])  # default: any higher level
            if restart and ilvl < restart:
                del self.count[key]
        key = (num_id, ilvl)
        self.count[key] = self.count[key] + 1 if key in self.count else self._start(num_id, ilvl)
        lv = self.lvl(num_id, ilvl)
        if lv is None or _val(lv, W + "numFmt", "decimal") in ("bullet", "none"):
            return "", ""
        legal = lv.find(W + "isLgl") is not None

        def level(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            fmt = "decimal" if legal else _val(self.lvl(num_id, k), W + "numFmt", "decimal")
            return _format(self.count.get((num_id, k), self._start(num_id, k)), fmt)

        text = _val(lv, W + "lvlText", f"%{ilvl + 1}.")
        bare = re.search(r"%[1-9].*%[1-9]|%[1-9]", text)  # "Step %1:" -> "%1", "%1.%2." -> "%1.%2"
        return re.sub(r"%([1-9])", level, text).strip(), re.sub(r"%([1-9])", level, bare.group()) if bare else ""


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman") and n > 0:
        s = ""
        for v, r in _ROMAN.items():
            s, n = s + r * (n // v), n % v
        return s if fmt == "upperRoman" else s.lower()
    return f"{n:02d}" if fmt == "decimalZero" else str(n)


class _Reader:
    """Walks the body in document order, numbering paragraphs and counting lists and tables as it goes."""

    def __init__(self, styles: El, numbering: El | None, diagrams: Callable[[str], El | None] = lambda rid: None,
                 chunks: Callable[[str], tuple[bytes, str] | None] = lambda rid: None) -> None:
        self.diagrams = diagrams  # a SmartArt diagram's data part, by the id its drawing names
        self.chunks = chunks  # an imported part (w:altChunk): its bytes and content type, by its id
        self.styles: dict[str, El] = {s.get(W + "styleId", ""): s for s in styles.iter(W + "style")}
        self.default = next((k for k, s in self.styles.items() if s.get(W + "type") == "paragraph"
                             and s.get(W + "default") in ("1", "true", "on")), "")
        self.doc_rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.lists, self.n, self.table, self.toc = _Lists(numbering, self.style), 0, 0, False
        self.entries: list[Para | Block] = []  # paragraphs and table rows

    def style(self, sid: str, path: str) -> El | None:
        """The first `path` in the style or in the styles it is based on."""
        for _ in range(12):
            if (s := self.styles.get(sid)) is None or (el := s.find(path)) is not None:
                return None if s is None else el
            sid = _val(s, W + "basedOn")
        return None

    def walk(self, body: El) -> None:
        for el in _children(body, W + "p", W + "tbl", W + "altChunk"):
            if el.tag == W + "altChunk":
                self._chunk(self.chunks(el.get(_REL + "id", "")))
            elif el.tag == W + "tbl":
                self._table(el)
            else:
                self.n += 1
                self.entries.append(self._para(el, self.n))
                for rid in el.iter(_DGM + "relIds"):
                    self.entries += _diagram(self.diagrams(rid.get(_REL + "dm", "")), self.n)

    def _chunk(self, part: tuple[bytes, str] | None) -> None:
        """An imported HTML or text part (w:altChunk: how document systems assemble a Word file from pieces),
        which Word shows in its place: its headings as Word headings, its paragraphs, list items and table
        rows each a paragraph of the document."""
        if part is None:
            return
        data, kind = part
        if "html" in kind:
            from assistant.corpus.readers import html

            try:
                blocks = html.read(data, "part.htm").blocks
            except CorpusError:
                return
        elif kind.startswith("text/plain"):
            blocks = [Block("paragraph", ln.strip(), 0, 0) for ln in data.decode("utf-8", "replace").splitlines()
                      if ln.strip()]
        else:
            return
        tables: dict[int, int] = {}
        for b in blocks:
            self.n += 1
            if b.kind == "row":
                if b.table not in tables:
                    self.table += 1
                    tables[b.table] = self.table
                self.entries.append(Block("row", b.text, self.n, self.n, cells=b.cells, table=tables[b.table]))
            elif b.kind == "heading":
                self.entries.append(Para(self.n, b.text, styled=max(1, b.level), size=_BODY_SIZE))
            elif b.kind == "item":
                self.entries.append(Para(self.n, b.text, num="part", number=b.number,
                                          label=f"{b.number}." if b.number else "", size=_BODY_SIZE))
            elif b.text:
                self.entries.append(Para(self.n, b.text, size=_BODY_SIZE))

    def _para(self, p: El, n: int) -> Para:
        sid = _val(p, f"{W}pPr/{W}pStyle") or self.default
        name = _val(self.styles.get(sid), W + "name", sid).lower()
        pieces: list[tuple[str, El | None]] = []
        _pieces(p, pieces, None)
        text = re.sub(r"\s+", " ", _JUNK.sub("", "".join(t for t, _ in pieces))).strip()
        if name.startswith("toc"):  # a table of contents: the headings themselves follow
            self.toc = self.toc or bool(text)
            return Para(n, "")
        styled = 0 if name == "title" else int(m.group(1)) if (m := re.fullmatch(r"heading ([1-9])", name)) else -1
        outline = _val(p, f"{W}pPr/{W}outlineLvl") or _val(self.style(sid, f"{W}pPr/{W}outlineLvl"))
        if styled < 0 and outline.isdigit() and int(outline) < 9:
            styled = int(outline) + 1
        num_id, ilvl = _val(p, f"{W}pPr/{W}numPr/{W}numId"), _val(p, f"{W}pPr/{W}numPr/{W}ilvl")
        if not num_id:  # the list may come with the paragraph style ('List Number'), a level naming its style
            num_id = _val(self.style(sid, f"{W}pPr/{W}numPr/{W}numId"))
            ilvl = ilvl or _val(self.style(sid, f"{W}pPr/{W}numPr/{W}ilvl")) or _val(
                self.lists.lvl(num_id, 0, sid), attr=W + "ilvl")
        num_id = "" if num_id == "0" else num_id
        label, number = self.lists.advance(num_id, _int(ilvl, 0)) if num_id else ("", "")
        runs = [r for t, r in pieces if r is not None and any(c.isalnum() for c in t)]
        b, u, i = (bool(runs) and all(_on(self._rpr(r, sid, tag)) for r in runs) for tag in ("b", "u", "i"))
        size = min((_int(_val(self._rpr(r, sid, "sz")), 0) or 22 for r in runs), default=0)
        lead = ""
        if not b and styled < 0 and not num_id:
            bold = list[str]()
            for t, r in pieces:
                if r is not None and any(c.isalnum() for c in t) and not _on(self._rpr(r, sid, "b")):
                    break
                bold.append(t)
            lead = re.sub(r"\s+", " ", "".join(bold)).strip()
            if not (text.startswith(lead) and len(text) > len(lead) and roles.names_entry(lead)):
                lead = ""
        return Para(n, text, styled, num_id, label, number, size, (b, u, i), lead)

    def _rpr(self, run: El, sid: str, tag: str) -> El | None:
        """A run property: set on the run, by its character style, its paragraph style or the defaults."""
        if (el := run.find(f"{W}rPr/{W}{tag}")) is not None:
            return el
        for style in (_val(run, f"{W}rPr/{W}rStyle"), sid):
            if style and (el := self.style(style, f"{W}rPr/{W}{tag}")) is not None:
                return el
        return self.doc_rpr.find(W + tag) if self.doc_rpr is not None else None

    def _table(self, tbl: El) -> None:
        rows = list(_children(tbl, W + "tr"))
        if len(rows) == 1 and len(tcs := list(_children(rows[0], W + "tc"))) == 1:  # a box around text
            self.n += 1
            self.entries.append(Para(self.n, self._cell(tcs[0])))
            return
        if _laid_out(rows):
            self._sections(rows)
            return
        self.table += 1
        head = prev = _fill(rows[0]) if rows else ""
        above: list[str] = []  # the cells of the row above: a vertically merged cell carries its value down
        for i, tr in enumerate(rows):
            self.n += 1
            if i and head and _fill(tr) == head != prev:  # a second header row shaded like the first: a new table
                self.table += 1
            prev = _fill(tr)
            row, pad = [""] * _int(_val(tr, f"{W}trPr/{W}gridBefore"), 0), 0
            for tc in _children(tr, W + "tc"):
                vmerge = tc.find(f"{W}tcPr/{W}vMerge")
                hmerge = tc.find(f"{W}tcPr/{W}hMerge")
                down = vmerge is not None and vmerge.get(W + "val", "continue") == "continue"
                across = hmerge is not None and hmerge.get(W + "val", "continue") == "continue"
                pad = _int(_val(tc, f"{W}tcPr/{W}gridSpan"), 1) - 1  # a merged cell once, then blanks to align
                # A row should read on its own ("Fridge 2 | Azides 2"), so a cell merged down repeats its value.
                value = (above[len(row)] if len(row) < len(above) else "") if down else "" if across else self._cell(tc)
                row += [value] + [""] * pad
            above = row
            if any(row):
                cells = tuple(row[: len(row) - pad])
                self.entries.append(Block("row", " | ".join(cells), self.n, self.n, cells=cells, table=self.table))

    def _sections(self, rows: list[El]) -> None:
        """A document laid out in a table of labels and what they say: each label heads its text, read as the
        body is (paragraphs, lists, tables); a label with a one-line value is a line ("Version: 2.1"), a row
        across the table a heading over the rows below it."""
        for tr in rows:
            tcs = list(_children(tr, W + "tc"))
            label = self._cell(tcs[0]) if tcs else ""
            values = [v for v in map(self._cell, tcs[1:]) if v]
            self.n += 1
            if not values:
                self.entries.append(Para(self.n, label, styled=LAYOUT_BAR))
            elif _short(tcs[1:]):
                self.entries.append(Para(self.n, f"{label}: {'; '.join(values)}"))
            else:
                self.entries.append(Para(self.n, label, styled=LAYOUT_LABEL))
                for tc in tcs[1:]:
                    self.walk(tc)

    def _cell(self, tc: El) -> str:
        """A cell's text: its paragraphs (with their list numbers) and nested tables, flattened."""
        parts: list[str] = []
        for el in _children(tc, W + "p", W + "tbl"):
            if el.tag == W + "p":
                p = self._para(el, 0)
                parts.append(f"{p.label} {p.text}" if p.label and p.text else p.text)
            else:
                parts += ["; ".join(", ".join(filter(None, map(self._cell, _children(tr, W + "tc"))))
                                    for tr in _children(el, W + "tr"))]
        text = ""
        for part in filter(None, parts):
            text += part if not text else (" " if text[-1] in ".:;!?," else "; ") + part
        return text


# A table of labels and texts that is the document's layout, not a table of data (a Word SOP form): two
# columns, short labels, and in several rows more than a line of text on the right (paragraphs, a list, a table).
LAYOUT_ROWS = 4  # rows at least
LAYOUT_LABEL_WORDS = 8  # words in a label at most
LAYOUT_BAR, LAYOUT_LABEL = 1, 2  # the heading levels of a row across the table and of a label


def _laid_out(rows: list[El]) -> bool:
    if len(rows) < LAYOUT_ROWS:
        return False
    cells = [list(_children(tr, W + "tc")) for tr in rows]
    if any(len(c) > 2 for c in cells):
        return False
    pairs = [c for c in cells if len(c) == 2]
    if len(pairs) < LAYOUT_ROWS - 1 or any(len(_text(c[0]).split()) > LAYOUT_LABEL_WORDS for c in pairs):
        return False
    return sum(not _short(c[1:]) for c in pairs) >= max(2, len(pairs) // 3)


def _short(tcs: list[El]) -> bool:
    """Whether cells hold no more than one paragraph of a line or two and no table."""
    blocks = [el for tc in tcs for el in _children(tc, W + "p", W + "tbl") if el.tag == W + "tbl" or _text(el)]
    return len(blocks) <= 1 and all(el.tag == W + "p" and len(_text(el).split()) <= 25 for el in blocks)


def _text(el: El) -> str:
    return "".join(t.text or "" for t in el.iter(W + "t")).strip()


def _pieces(el: El, out: list[tuple[str, El | None]], run: El | None) -> None:
    """The visible text of a paragraph in pieces, each with the run it belongs to (None for spacing)."""
    for ch in el:
        if not isinstance(ch.tag, str) or ch.tag in _SKIP:
            continue
        if ch.tag == W + "r":
            if not _on(ch.find(f"{W}rPr/{W}vanish")):  # hidden text stays hidden
                _pieces(ch, out, ch)
        elif ch.tag == W + "t" or ch.tag == W + "noBreakHyphen":
            out.append((ch.text or "" if ch.tag == W + "t" else "-", run))
        elif ch.tag in _SPACES:
            out.append((" ", None))
        elif ch.tag == W + "sym":
            char, symbol = ch.get(W + "char", ""), "symbol" in ch.get(W + "font", "").lower()
            code = int(char, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,5}", char) else 0
            out.append((chr(code) if 32 <= code < 0xF000 else _SYMBOL.get(code & 0xFF, "") if symbol else "", run))
        else:  # hyperlinks, fields, and a text box's paragraphs (then a space)
            _pieces(ch, out, None if ch.tag == W + "p" else run)
            out += [(" ", None)] * (ch.tag == W + "p")


def _fill(tr: El) -> str:
    """The shading all cells of a row share ("" for none or white)."""
    fills = {_val(tc, f"{W}tcPr/{W}shd", attr=W + "fill").upper() for tc in _children(tr, W + "tc")}
    fill = fills.pop() if len(fills) == 1 else ""
    return "" if fill in ("AUTO", "FFFFFF") else fill


def paragraph_blocks(entries: list[Para | Block]) -> list[Block]:
    """The blocks of a word processor's paragraphs and table rows: headings by style, else by their look."""
    shown = [e for e in entries if isinstance(e, Block) or e.text]
    sizes: Counter[int] = Counter()
    for e in shown:
        if isinstance(e, Para) and e.styled < 0:
            sizes[e.size] += len(e.text)
    body = sizes.most_common(1)[0][0] if sizes else 22  # the body text's font size
    keys: dict[int, Key] = {}
    for i, e in enumerate(shown):
        nxt = shown[i + 1] if i + 1 < len(shown) else None
        if isinstance(e, Para) and e.styled < 0 and (key := _shape_heading(e, nxt, body)) is not None:
            keys[i] = key
    ranks = {key: 100 + r for r, key in enumerate(sorted(set(keys.values())))}
    title = next((i for i, e in enumerate(shown) if isinstance(e, Para) and e.styled == 0), None)
    if title is None and 0 in keys and isinstance(top := shown[0], Para) and not top.num and top.text[-1] != ":":
        title = None if top.text.lower() in _GENERIC else 0  # a first line standing out: the guide's title
    out: list[Block] = []
    run_ins: set[int] = set()
    stack: list[int] = []  # ranks of the open headings: the level of a heading is its depth
    for i, e in enumerate(shown):
        if isinstance(e, Block):  # a table row
            out.append(e)
        elif e.styled < 0 and i not in keys:
            if e.num:
                out.append(Block("item", e.text, e.n, e.n, number=e.number))
            elif m := _MANUAL.match(e.text):
                out.append(Block("item", e.text[m.end():], e.n, e.n, number=m.group("num") or ""))
            elif e.lead:  # a troubleshooting entry's symptom in bold, then its text: readers.settle_run_ins
                out.append(head := Block("heading", e.lead, e.n, e.n, level=len(stack) + 1))
                run_ins.add(id(head))
                out.append(Block("paragraph", e.text[len(e.lead):].strip(), e.n, e.n))
            else:
                out.append(Block("paragraph", e.text, e.n, e.n))
        else:
            text = f"{e.label} {e.text}" if e.label else e.text
            if i == title:
                out.append(Block("heading", text, e.n, e.n, level=0))
                continue
            rank = e.styled if e.styled >= 0 else ranks[keys[i]]  # a second Title: outermost
            while stack and stack[-1] >= rank:
                stack.pop()
            stack.append(rank)
            out.append(Block("heading", text, e.n, e.n, level=len(stack)))
    return settle_run_ins(out, run_ins)


ENTRY_WORDS = 24  # words at most in a heading by formatting that names a problem ("Cause: ..." follows)


def _shape_heading(e: Para, nxt: Para | Block | None, body: int) -> Key | None:
    """A heading by formatting only, and its look: larger, bold, underlined, italic, unnumbered rank first."""
    entry = isinstance(nxt, Para) and roles.run_in(nxt.text) is not None  # "Cause: ..." next: it names a problem
    if nxt is None or len(e.text.split()) > (ENTRY_WORDS if entry else 12) or len(e.text) > (200 if entry else 120) \
            or not any(c.isalpha() for c in e.text):
        return None
    end = e.text.rstrip("\"'”’)]")[-1:]
    emphasis = any(e.look) or e.size >= body + 4
    if end in (".", ",", ";") or (e.num and (not emphasis or isinstance(nxt, Para) and nxt.num == e.num)):
        return None  # a sentence; a list item, even a bold one, unless what follows is not in its list
    if not emphasis and not (end == ":" and _content(nxt)):
        return None
    return -e.size, not e.look[0], not e.look[1], not e.look[2], bool(e.num)


def _content(e: Para | Block) -> bool:
    """Body content (a table, a list, a paragraph that is not another heading-like line)."""
    if isinstance(e, Block) or e.num:
        return True
    return e.styled < 0 and (len(e.text.split()) > 12 or not (e.text[-1] == ":" or any(e.look)))


def _sensible(core: str, visible: str) -> bool:
    """The core-properties title is worth showing: not a default, nor a stale near-copy of the visible title."""
    low = core.lower()
    if not 3 <= len(core) <= 150 or not re.search(r"[a-z]{2}", low) or low in ("title", "untitled", "document"):
        return False
    if re.search(r"^microsoft word|^document\d*$|\.docx?$|^template", low):
        return False
    a, b = set(re.findall(r"\w+", low)), set(re.findall(r"\w+", visible.lower()))
    return not visible or a == b or 2 * len(a & b) < len(a | b)  # "... for G7" over a page that says "for G25"


_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_STEP = re.compile(r"^(?:step\s*)?(\d{1,2})[.:)]?\s+(?=\S)", re.IGNORECASE)


_BODY_SIZE = 22  # Word's default text size (11 pt, in half-points): an imported part's paragraphs are body text


def _chunk_part(d: Any) -> Callable[[str], tuple[bytes, str] | None]:
    """An imported part (w:altChunk) by its relationship id: its bytes and content type."""

    def part(rid: str) -> tuple[bytes, str] | None:
        rel = d.part.rels.get(rid)
        if rel is None or rel.is_external:
            return None
        target = rel.target_part
        return target.blob, (target.content_type or "").lower()

    return part


def _diagram_data(d: Any) -> Callable[[str], El | None]:
    """The data part of a SmartArt diagram by its relationship id (None when it is missing or unreadable)."""
    from lxml import etree

    def data(rid: str) -> El | None:
        rel = d.part.rels.get(rid)
        if rel is None or rel.is_external:
            return None
        try:
            return etree.fromstring(rel.target_part.blob)
        except (etree.XMLSyntaxError, ValueError):
            return None

    return data


def _diagram(model: El | None, n: int) -> list[Block]:
    """A SmartArt diagram's text (a check list, a procedure drawn as boxes and arrows) as the items it draws, at
    paragraph n: each node its paragraphs, a short first one naming it ("Reagent. Is the reagent ..."); a
    process diagram's nodes are numbered steps ("Step 2: Heat" is step 2, named "Heat")."""
    if model is None:
        return []
    layout = next((pt.find(_DGM + "prSet") for pt in model.iter(_DGM + "pt") if pt.get("type") == "doc"), None)
    process = layout is not None and "process" in (layout.get("loTypeId") or "").lower()
    out: list[Block] = []
    for pt in model.iter(_DGM + "pt"):
        if pt.get("type") not in (None, "node"):
            continue  # the diagram itself, its connectors and presentation points
        paras = [t for p in pt.iter(_A + "p")
                 if (t := " ".join("".join(x.text or "" for x in p.iter(_A + "t")).split()))]
        if not paras:
            continue
        number = str(len(out) + 1) if process else ""
        if m := _STEP.match(paras[0]):
            number, paras[0] = m.group(1), paras[0][m.end():]
        head, rest = paras[0], " ".join(paras[1:])
        text = f"{head}{'' if head[-1] in '.:?!' else '.'} {rest}" if rest else head
        out.append(Block("item", text, n, n, number=number))
    return out


def _notes(d: Any) -> list[El]:
    """The document's footnotes and endnotes that hold text (not Word's separator lines), in order."""
    from lxml import etree

    out: list[El] = []
    for rel in d.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if rel.is_external or kind not in ("footnotes", "endnotes"):
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue
        tag = W + kind[:-1]
        out += [n for n in root.iter(tag) if not n.get(W + "type") and "".join(n.itertext()).strip()]
    return out


def _dropped(d: Any, toc: bool, pictures: int) -> list[str]:
    """What the file has that the reader leaves out."""
    has = {kind for rel in d.part.rels.values() if not rel.is_external
           and (kind := rel.reltype.rsplit("/", 1)[-1]) in ("header", "footer", "footnotes", "endnotes", "comments")
           and re.search(rb"<w:t(?: [^>]*)?>[^<]*\w", rel.target_part.blob)}
    out = ["page header and footer"] if {"header", "footer"} <= has else [f"page {k}" for k in
                                                                          ("header", "footer") if k in has]
    out += [k for k in ("footnotes", "endnotes", "comments") if k in has] + ["table of contents"] * toc
    return out + [f"{pictures} picture{'s' * (pictures > 1)}"] * (pictures > 0)
