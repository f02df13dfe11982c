"""Word (.docx) guides -> `Document`, read with python-docx (lxml) straight from the body XML.

Paragraphs and tables come in the order they stand in the body. A block's `start`/`end` is its paragraph
number: 1-based, every body paragraph counted (empty ones too), each table row counting as one.
Headings: Heading N and outline-level styles, the Title style (level 0), and paragraphs that are headings
only by formatting: short, not a sentence, all bold / underlined / italic / larger than the body text, or
ending in a colon before content. Their levels form a consistent tree: formatting headings sit below the
open styled heading, the more prominent formatting outside the less prominent. List numbers live in
numbering.xml, not in the text: they are restored with counters per (numId, level). Headers, footers,
footnotes, comments and pictures are not read; `Document.dropped` says which the file had.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assistant.corpus.document import Block, Document
from assistant.errors import CorpusError

El = Any  # an lxml element of the document's XML
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: a binary .doc, or an encrypted .docx
_SKIP = {W + t for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText", "fldData")}
_SKIP.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")  # a copy of the Choice
_WRAPPERS = {W + t for t in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo")}
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b-\u200d\ufeff\ue000-\uf8ff]")
_MANUAL = re.compile(r"^(?:[•▪◦‣–-]|(?P<num>\d{1,2}|[a-z])[.)])\s+")  # a number or bullet typed in the text
_SYMBOL = dict(zip(b"\xb0m\xb1\xb4\xae\xa3\xb3abgdDlpsqW", "°µ±×→≤≥αβγδΔλπσθΩ", strict=True))  # Symbol font
_GENERIC = {"introduction", "background", "purpose", "scope", "overview", "summary", "contents", "abstract"}
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def read(data: bytes, name: str) -> Document:
    """Read a Word guide; a file that is not a readable .docx raises CorpusError with the reason."""
    if data[:8] == _OLE:
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise CorpusError(f"{name}: encrypted Word file; save an unprotected copy")
        raise CorpusError(f"{name}: old binary .doc or encrypted file; save as .docx")
    import docx  # python-docx (absolute import: not this module)

    try:
        d = docx.Document(io.BytesIO(data))
        numbering = d.part.numbering_part.element
    except NotImplementedError:  # no numbering part: a document without lists
        numbering = None
    except Exception as e:  # zipfile, lxml and python-docx each raise their own
        reason = str(e).splitlines()[0][:80] if str(e) else ""
        raise CorpusError(f"{name}: not a readable Word file ({type(e).__name__}: {reason})") from None
    r = _Reader(_Styles(d.styles.element), numbering)
    body = d.element.body
    r.walk(body)
    blocks = _blocks(r.entries)
    visible = next((b.text for b in blocks if b.kind == "heading" and b.level == 0), "")
    first = next((b.text for b in blocks if b.kind == "heading"), "")
    core = (d.core_properties.title or "").strip()
    dropped = _dropped(d, r.toc, sum(1 for _ in body.iter(W + "drawing")))
    return Document("docx", blocks, core if _sensible(core, visible) else visible or first, dropped)


@dataclass
class _Para:
    n: int  # paragraph number
    text: str
    styled: int = -1  # heading level given by the style: 0 Title, N Heading N / outline level; -1 none
    num: str = ""  # numId when the paragraph is in a list
    label: str = ""  # the number as Word shows it ("3.", "b)"), "" for a bullet
    number: str = ""  # the bare number ("3", "b")
    size: int = 0  # the smallest font size of its text, half-points
    bold: bool = False  # all of its text bold (likewise underlined, italic)
    underline: bool = False
    italic: bool = False


@dataclass
class _Row:
    n: int
    cells: tuple[str, ...]
    table: int


def _on(el: El | None) -> bool:
    return el is not None and (el.get(W + "val") or "true").lower() not in ("0", "false", "off", "none")


def _attr(el: El | None, path: str, attr: str, default: str = "") -> str:
    found = el.find(path) if el is not None and path else el
    return str(found.get(attr, default)) if found is not None else default


def _val(el: El | None, path: str, default: str = "") -> str:
    return _attr(el, path, W + "val", default)


def _int(text: str, default: int) -> int:
    return int(text) if text.lstrip("-").isdigit() else default


class _Styles:
    def __init__(self, root: El) -> None:
        self.by_id: dict[str, El] = {s.get(W + "styleId", ""): s for s in root.iter(W + "style")}
        self.default = next((k for k, s in self.by_id.items() if s.get(W + "type") == "paragraph"
                             and s.get(W + "default") in ("1", "true", "on")), "")
        self.doc_rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")

    def find(self, sid: str, path: str) -> El | None:
        """The first `path` found in the style or the styles it is based on."""
        for _ in range(12):
            s = self.by_id.get(sid)
            if s is None:
                return None
            if (el := s.find(path)) is not None:
                return el
            sid = _val(s, W + "basedOn")
        return None

    def name(self, sid: str) -> str:
        return _val(self.by_id.get(sid), W + "name", sid).lower()


class _Numbering:
    """List counters per (numId, level), as Word keeps them."""

    def __init__(self, root: El | None, styles: _Styles) -> None:
        self.abstract = {a.get(W + "abstractNumId"): a for a in root.iter(W + "abstractNum")} if root is not None else {}
        self.nums = {n.get(W + "numId"): n for n in root.iter(W + "num")} if root is not None else {}
        self.styles, self.count = styles, dict[tuple[str, int], int]()

    def _abstract(self, num_id: str, depth: int = 0) -> El | None:
        a = self.abstract.get(_val(self.nums.get(num_id), W + "abstractNumId"))
        link = _val(a, W + "numStyleLink")  # the list is defined by a numbering style: follow it
        if link and depth < 3:
            return self._abstract(_val(self.styles.find(link, f"{W}pPr/{W}numPr"), W + "numId"), depth + 1)
        return a

    def lvl(self, num_id: str, ilvl: int) -> El | None:
        for o in self.nums[num_id].iter(W + "lvlOverride") if num_id in self.nums else ():
            if o.get(W + "ilvl") == str(ilvl) and (lv := o.find(W + "lvl")) is not None:
                return lv
        a = self._abstract(num_id)
        return next((lv for lv in a.iter(W + "lvl") if lv.get(W + "ilvl") == str(ilvl)), None) if a is not None else None

    def level_of_style(self, num_id: str, sid: str) -> int:
        a = self._abstract(num_id)
        return next((_int(lv.get(W + "ilvl", ""), 0) for lv in (a.iter(W + "lvl") if a is not None else ())
                     if _val(lv, W + "pStyle") == sid), 0)

    def _start(self, num_id: str, ilvl: int) -> int:
        for o in self.nums[num_id].iter(W + "lvlOverride") if num_id in self.nums else ():
            if o.get(W + "ilvl") == str(ilvl) and o.find(W + "startOverride") is not None:
                return _int(_val(o, W + "startOverride"), 0)
        return _int(_val(self.lvl(num_id, ilvl), W + "start"), 0)

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

        label = re.sub(r"%([1-9])", level, _val(lv, W + "lvlText", f"%{ilvl + 1}.")).strip()
        return label, re.sub(r"^[(\[]+|[.):\]]+$", "", label)


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman") and n > 0:
        s = ""
        for v, r in _ROMAN:
            s, n = s + r * (n // v), n % v
        return s if fmt == "upperRoman" else s.lower()
    return f"{n:02d}" if fmt == "decimalZero" else str(n)


class _Reader:
    """Walks the body in document order, numbering paragraphs and counting lists and tables as it goes."""

    def __init__(self, styles: _Styles, numbering: El | None) -> None:
        self.styles, self.lists = styles, _Numbering(numbering, styles)
        self.n = self.table = 0
        self.toc = False
        self.entries: list[_Para | _Row] = []

    def walk(self, parent: El) -> None:
        for el in _children(parent, W + "p", W + "tbl"):
            if el.tag == W + "tbl":
                self._table(el)
                continue
            self.n += 1
            p = self._para(el, self.n)
            self.entries.append(p)

    def _para(self, p: El, n: int) -> _Para:
        sid = _val(p, f"{W}pPr/{W}pStyle") or self.styles.default
        name = self.styles.name(sid)
        pieces: list[tuple[str, El | None]] = []
        _pieces(p, pieces, None)
        text = re.sub(r"\s+", " ", _JUNK.sub("", "".join(t for t, _ in pieces))).strip()
        if name.startswith("toc"):  # a table of contents: the headings themselves follow
            self.toc = self.toc or bool(text)
            return _Para(n, "")
        styled = 0 if name == "title" else int(m.group(1)) if (m := re.fullmatch(r"heading ([1-9])", name)) else -1
        outline = _val(p, f"{W}pPr/{W}outlineLvl") or _val(self.styles.find(sid, f"{W}pPr/{W}outlineLvl"), "")
        if styled < 0 and outline.isdigit() and int(outline) < 9:
            styled = int(outline) + 1
        num_id, ilvl = _val(p, f"{W}pPr/{W}numPr/{W}numId"), _val(p, f"{W}pPr/{W}numPr/{W}ilvl")
        if not num_id:  # the list may come with the paragraph style ('List Number')
            num_id = _val(self.styles.find(sid, f"{W}pPr/{W}numPr/{W}numId"), "")
            ilvl = ilvl or _val(self.styles.find(sid, f"{W}pPr/{W}numPr/{W}ilvl"), "") or str(
                self.lists.level_of_style(num_id, sid))
        label = number = ""
        if num_id not in ("", "0"):
            label, number = self.lists.advance(num_id, _int(ilvl, 0))
        runs = [r for t, r in pieces if r is not None and any(c.isalnum() for c in t)]
        flags = [[_on(self._rpr(r, sid, tag)) for r in runs] for tag in ("b", "u", "i")]
        size = min((_int(_val(self._rpr(r, sid, "sz"), ""), 0) or 22 for r in runs), default=0)
        return _Para(n, text, styled, num_id if num_id != "0" else "", label, number, size,
                     *(bool(runs) and all(f) for f in flags))

    def _rpr(self, run: El, sid: str, tag: str) -> El | None:
        """A run property: set on the run, by its character style, its paragraph style or the defaults."""
        if (el := run.find(f"{W}rPr/{W}{tag}")) is not None:
            return el
        for style in (_val(run, f"{W}rPr/{W}rStyle"), sid):
            if style and (el := self.styles.find(style, f"{W}rPr/{W}{tag}")) is not None:
                return el
        return self.styles.doc_rpr.find(W + tag) if self.styles.doc_rpr is not None else None

    def _table(self, tbl: El) -> None:
        rows = list(_children(tbl, W + "tr"))
        if len(rows) == 1 and len(list(_children(rows[0], W + "tc"))) == 1:  # a box around text, not a table
            self.n += 1
            self.entries.append(_Para(self.n, self._cell(next(_children(rows[0], W + "tc")))))
            return
        self.table += 1
        head = _fill(rows[0]) if rows else ""
        prev = head
        for i, tr in enumerate(rows):
            self.n += 1
            fill = _fill(tr)
            if i and head and fill == head != prev:  # a second header row, shaded like the first: a new table
                self.table += 1
            prev = fill
            cells = [""] * _int(_val(tr, f"{W}trPr/{W}gridBefore"), 0)
            for tc in _children(tr, W + "tc"):
                merged = tc.find(f"{W}tcPr/{W}vMerge")
                hmerge = tc.find(f"{W}tcPr/{W}hMerge")
                continued = (merged is not None and merged.get(W + "val", "continue") == "continue") or (
                    hmerge is not None and hmerge.get(W + "val", "continue") == "continue")
                cells += [self._cell(tc) if not continued else ""] + [""] * (
                    _int(_val(tc, f"{W}tcPr/{W}gridSpan"), 1) - 1)
            if any(cells):
                self.entries.append(_Row(self.n, tuple(cells), self.table))

    def _cell(self, tc: El) -> str:
        """A cell's text: its paragraphs (with their list numbers) and nested tables, flattened."""
        parts: list[str] = []
        for el in _children(tc, W + "p", W + "tbl"):
            if el.tag == W + "p":
                p = self._para(el, 0)
                parts.append(f"{p.label} {p.text}" if p.label and p.text else p.text)
            else:
                parts += ["; ".join(", ".join(c for c in (self._cell(tc) for tc in _children(tr, W + "tc")) if c)
                                    for tr in _children(el, W + "tr"))]
        text = ""
        for part in filter(None, parts):
            text += part if not text else (" " if text[-1] in ".:;!?," else "; ") + part
        return text


def _children(parent: El, *tags: str) -> Iterator[El]:
    """The elements of `tags` under `parent`, looking through content controls and other wrappers."""
    for el in parent:
        if el.tag in tags:
            yield el
        elif el.tag in _WRAPPERS:
            yield from _children(el, *tags)


def _pieces(el: El, out: list[tuple[str, El | None]], run: El | None) -> None:
    """The visible text of a paragraph in pieces, each with the run it belongs to (None for spacing)."""
    for ch in el:
        tag = ch.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "r":
            if not _on(ch.find(f"{W}rPr/{W}vanish")):  # hidden text stays hidden
                _pieces(ch, out, ch)
        elif tag == W + "t":
            out.append((ch.text or "", run))
        elif tag in (W + "tab", W + "ptab", W + "br", W + "cr"):
            out.append((" ", None))
        elif tag == W + "noBreakHyphen":
            out.append(("-", run))
        elif tag == W + "sym":
            code, font = _int(str(int(ch.get(W + "char", "0"), 16)), 0) & 0xFF, ch.get(W + "font", "").lower()
            out.append((_SYMBOL.get(code, "") if "symbol" in font else chr(code) if 32 <= code < 127 else "", run))
        elif tag == W + "p":  # a text box's paragraph inside this one
            _pieces(ch, out, None)
            out.append((" ", None))
        else:
            _pieces(ch, out, run)


def _fill(tr: El) -> str:
    """The shading all cells of a row share ("" for none or white)."""
    fills = {_attr(tc, f"{W}tcPr/{W}shd", W + "fill").upper() for tc in _children(tr, W + "tc")}
    fill = fills.pop() if len(fills) == 1 else ""
    return "" if fill in ("AUTO", "FFFFFF") else fill


def _blocks(entries: list[_Para | _Row]) -> list[Block]:
    shown = [e for e in entries if isinstance(e, _Row) or e.text]
    sizes: Counter[int] = Counter()
    for e in shown:
        if isinstance(e, _Para) and e.styled < 0:
            sizes[e.size] += len(e.text)
    body = sizes.most_common(1)[0][0] if sizes else 22
    keys: dict[int, tuple[int, bool, bool, bool, bool]] = {}
    for i, e in enumerate(shown):
        if isinstance(e, _Para) and e.styled < 0:
            if (key := _shape_heading(e, shown[i + 1] if i + 1 < len(shown) else None, body)) is not None:
                keys[i] = key
    ranks = {key: 100 + r for r, key in enumerate(sorted(set(keys.values())))}
    titled = any(isinstance(e, _Para) and e.styled == 0 for e in shown)
    out: list[Block] = []
    stack: list[int] = []  # ranks of the open headings
    for i, e in enumerate(shown):
        if isinstance(e, _Row):
            out.append(Block("row", " | ".join(e.cells), e.n, e.n, cells=e.cells, table=e.table))
            continue
        if e.styled < 0 and i not in keys:
            m = _MANUAL.match(e.text) if not e.num else None
            if e.num or m:
                out.append(Block("item", e.text[m.end():] if m else e.text, e.n, e.n,
                                 number=m.group("num") or "" if m else e.number))
            else:
                out.append(Block("paragraph", e.text, e.n, e.n))
            continue
        text = f"{e.label} {e.text}" if e.label else e.text
        if e.styled == 0 or (i == 0 and not titled and not e.num and not e.text.endswith(":")
                             and e.text.lower() not in _GENERIC):
            out.append(Block("heading", text, e.n, e.n, level=0))
            continue
        rank = e.styled if e.styled > 0 else ranks[keys[i]]
        while stack and stack[-1] >= rank:
            stack.pop()
        stack.append(rank)
        out.append(Block("heading", text, e.n, e.n, level=len(stack)))
    return out


def _shape_heading(e: _Para, nxt: _Para | _Row | None, body: int) -> tuple[int, bool, bool, bool, bool] | None:
    """A heading by formatting only: its prominence (larger, bold, underlined, italic, unnumbered first)."""
    if nxt is None or len(e.text.split()) > 12 or len(e.text) > 120 or not any(c.isalpha() for c in e.text):
        return None
    end = e.text.rstrip("\"'”’)]")[-1:]
    if end in (".", ",", ";"):
        return None
    emphasis = e.bold or e.underline or e.italic or e.size >= body + 4
    if e.num and (not emphasis or (isinstance(nxt, _Para) and nxt.num == e.num)):
        return None  # a list item, even a bold one, unless the list goes on in another list
    if not emphasis and not (end == ":" and _content(nxt)):
        return None
    return -e.size, not e.bold, not e.underline, not e.italic, bool(e.num)


def _content(e: _Para | _Row) -> bool:
    """Body content (a table, a list, a paragraph that is not another heading-like line), not a heading."""
    if isinstance(e, _Row) or e.num:
        return True
    short = len(e.text.split()) <= 12
    return e.styled < 0 and not (short and (e.text.endswith(":") or e.bold or e.underline or e.italic))


def _sensible(core: str, visible: str) -> bool:
    """The core-properties title is worth showing: not a default, and not a stale near-copy of the visible one."""
    low = core.lower()
    if not 3 <= len(core) <= 150 or not re.search(r"[a-z]{2}", low) or low in ("title", "untitled", "document"):
        return False
    if low.startswith("microsoft word") or re.search(r"^document\d*$|\.docx?$|^template", low):
        return False
    if visible and low != visible.lower():
        a, b = set(re.findall(r"\w+", low)), set(re.findall(r"\w+", visible.lower()))
        if 2 * len(a & b) >= len(a | b):  # "Safety Induction for G7" over a page that says "... for G25"
            return False
    return True


def _dropped(d: Any, toc: bool, pictures: int) -> list[str]:
    """What the file has that the reader leaves out."""
    has: set[str] = set()
    for rel in d.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if not rel.is_external and kind in ("header", "footer", "footnotes", "endnotes", "comments"):
            if re.search(rb"<w:t(?: [^>]*)?>[^<]*\w", rel.target_part.blob):
                has.add(kind)
    out = ["page header and footer"] if {"header", "footer"} <= has else [f"page {k}" for k in
                                                                          ("header", "footer") if k in has]
    out += [k for k in ("footnotes", "endnotes", "comments") if k in has]
    out += ["table of contents"] * toc + [f"{pictures} picture{'s' * (pictures > 1)}"] * (pictures > 0)
    return out
