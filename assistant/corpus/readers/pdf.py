"""PDF guides -> `Document`, read with pdfplumber (pdfminer.six underneath).

A page's words are clustered into its lines, numbered 1.. from the top (a block's `start`/`end`).
A page set in three or more columns (a poster, a newsletter) is read column by column between its banners.
Tables come from pdfplumber's finder on ruled or shaded cells; parts with the same columns are merged
(with the unshaded rows between and below shaded ones) and a part continuing at the top of the next page
keeps its table number. Small text in boxes or over pictures (screenshot callouts) becomes `label`s.
Running headers and footers, page numbers and a dotted table of contents are dropped and noted in
`Document.dropped`. The rest is grouped into paragraphs and list items by vertical gaps, indents and
markers, with hard wraps rejoined; headings are told by font size or boldness and levelled by size.
"""

from __future__ import annotations

import bisect
import io
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.corpus import boilerplate, roles
from assistant.corpus.cleaning import rejoin
from assistant.corpus.document import Block, BlockKind, Document
from assistant.corpus.readers import settle_run_ins, sheet
from assistant.errors import CorpusError

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_GLYPH = re.compile(r"(?:\(cid:\d+\))+")  # a word that is only an unmapped glyph: a drawn bullet, as a list shows it
_BULLETS = {"•", "▪", "◦", "●", "■", "□", "‣", "➢", "►", "✓", "·", "-", "–", "*"}
_NUM = re.compile(r"^\(?(\d{1,3})[.)]$|^\(([a-z])\)$")
_CLAUSE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")  # an SOP's clause number opening its paragraph: "7.3.2"
_TOC_HEAD = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)
_TOC_LINE = re.compile(r"(.+?)\s+(\d{1,3})")  # a contents line without leader dots: a title and its page
Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Bands = list[tuple[float, float]]  # a table's columns, left to right


@dataclass
class _W:  # a word
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool
    n: int = 0  # the line of the page it is on

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Table:  # a table on a page: its box, its columns and the row bands its cells mark
    box: Box
    bands: Bands
    rows: list[tuple[float, float]]


@dataclass
class _Page:
    no: int
    width: float
    height: float
    lines: list[list[_W]]  # every word, by line
    tables: list[_Table]
    boxes: list[Box]  # pictures and the text boxes near them: small text in them is a callout
    left: float = 0.0  # where the page starts across: the right half of a 2-up sheet keeps the sheet's x
    body: list[list[_W]] = field(default_factory=list)  # the lines' words outside tables and callouts
    labels: list[_W] = field(default_factory=list)


@dataclass
class _Blk:
    kind: BlockKind
    lines: list[list[_W]]
    page: int
    start: int
    top: float
    x0: float = 0.0
    number: str = ""
    tx: float = 0.0  # where the text starts (after an item's marker): a wrapped line starts there too
    cells: tuple[str, ...] = ()
    group: int = -1  # rows: which table of the page
    text: str = ""
    end: int = 0
    page_end: int = 0
    style: tuple[float, bool, bool] = (0.0, False, False)  # headings: (-size, not bold, not centred), biggest first
    table: int = 0
    run_in: bool = False  # a heading that was a paragraph's bold opening sentence (readers.settle_run_ins)


def read(data: bytes, name: str) -> Document:
    """Read a PDF guide; an encrypted, image-only or unreadable PDF raises CorpusError."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = pdf.metadata or {}
            pages = _in_page_order([_page(half, i + 1) for i, p in enumerate(pdf.pages) for half in _halves(p)])
    except Exception as e:  # pdfminer raises many kinds; all mean the file cannot be read
        if any(re.search("password|encrypt", type(x).__name__, re.IGNORECASE) for x in [e, *e.args, e.__context__]):
            raise CorpusError(f"{name}: encrypted PDF; save an unencrypted copy") from None
        inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        reason = " ".join(str(inner).split())[:100] or type(inner).__name__
        raise CorpusError(f"{name}: not a readable PDF ({reason})") from None
    if not pages:
        raise CorpusError(f"{name}: not a readable PDF (no pages)")
    doc = _document(pages, meta) if any(p.lines for p in pages) else None
    if doc is None or not doc.blocks:  # no words, or only page numbers
        raise CorpusError(f"{name}: no text layer (a scanned PDF?); OCR is not supported")
    return doc


# A booklet printed 2-up: two portrait pages side by side on a landscape sheet, nothing across the middle.
TWO_UP_GUTTER = 0.04  # of the sheet's width on each side of its middle: no word there
TWO_UP_SHARE = 0.2  # of the words on each half at least


def _halves(page: Any) -> list[Any]:
    """A sheet printed 2-up: its two pages, left then right (each read on its own); any other page: itself."""
    width, height = page.width, page.height
    if width < 1.2 * height:
        return [page]
    words = page.extract_words()
    mid, gap = width / 2, TWO_UP_GUTTER * width
    left = sum(w["x1"] <= mid for w in words)
    if len(words) < 20 or min(left, len(words) - left) < TWO_UP_SHARE * len(words) or any(
            w["x0"] < mid + gap and w["x1"] > mid - gap for w in words):
        return [page]
    return [page.crop((0, 0, mid, height)), page.crop((mid, 0, width, height))]


def _in_page_order(pages: list[_Page]) -> list[_Page]:
    """Pages read from 2-up sheets in the order of their page numbers: a saddle-stitched booklet's when the
    numbers printed at the pages' feet are its imposition (8 | 1, 2 | 7, 6 | 3, 4 | 5; the covers often carry
    none), else the printed numbers when every page has its own; else as they come."""
    if len({p.no for p in pages}) == len(pages):
        return pages
    numbers = [_printed_number(p) for p in pages]
    n = len(pages)
    if n % 2 == 0 and all(p.no == k // 2 + 1 for k, p in enumerate(pages)):  # every sheet read as two pages
        stitched = [n - k // 2 if (k // 2) % 2 == (k % 2) else k // 2 + 1 for k in range(n)]
        if any(numbers) and all(x is None or x == s for x, s in zip(numbers, stitched, strict=True)):
            numbers = list[int | None](stitched)
    if None in numbers or len(set(numbers)) < len(numbers):
        return pages
    return [p for _, p in sorted(zip(numbers, pages, strict=True), key=lambda t: t[0] or 0)]


def _printed_number(p: _Page) -> int | None:
    """The page number printed at the foot of a page (its last line, digits alone, in the bottom eighth)."""
    if not p.lines:
        return None
    last = max(p.lines, key=lambda ln: ln[0].top)
    text = " ".join(w.text for w in last)
    return int(text) if text.isdigit() and last[0].top > 0.875 * p.height else None


def _clean(s: str) -> str:
    """Control and format characters out, ligatures expanded (NFKC on them only), a soft hyphen kept at the end."""
    s = re.sub(r"\xad(?=.)", "", re.sub(r"\(cid:\d+\)", "", s)).replace("\xad", "-")
    s = "".join("•" if unicodedata.category(c) == "Co" else c for c in s)  # a symbol-font bullet
    s = "".join(c for c in s if unicodedata.category(c) not in ("Cc", "Cf"))
    return "".join(unicodedata.normalize("NFKC", c) if "\ufb00" <= c <= "\ufb06" else c for c in s).strip()


def _page(page: Any, no: int) -> _Page:
    # a gap of 0.15 em splits words even where the PDF has no space characters (TeX, DocBook)
    raw = page.extract_words(extra_attrs=["fontname", "size"], x_tolerance_ratio=0.15, expand_ligatures=False)
    words = [_W(t, w["x0"], w["x1"], w["top"], w["bottom"], w["size"], f, bool(_BOLD.search(f)))
             for w in raw if (t := "•" if _GLYPH.fullmatch(w["text"]) else _clean(w["text"]))
             and (f := str(w["fontname"]))]
    words = _unraised(words + _fields(page))
    lines: list[list[_W]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        a = lines[-1][0] if lines else None
        if a and min(a.bottom, w.bottom) - max(a.top, w.top) >= 0.5 * min(a.bottom - a.top, w.bottom - w.top):
            lines[-1].append(w)
        else:
            lines.append([w])
    for ln in lines:
        ln.sort(key=lambda w: w.x0)
    tables = _tables(page, words)
    left = float(page.bbox[0])
    lines = _columns(lines, left, page.width, page.height, tables)
    for n, ln in enumerate(lines, 1):
        for w in ln:
            w.n = n
    area = page.width * page.height
    images = [b for im in page.images if _area(b := _box(im)) < 0.5 * area]
    boxes = [b for r in page.rects if min(r["width"], r["height"]) >= 8 and _area(b := _box(r)) < 0.25 * area
             and any(_overlap(b, i, 40) for i in images) and not any(_overlap(b, t.box) for t in tables)]
    return _Page(no, page.width, page.height, lines, tables, boxes + images, left=left)


_FONT_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")


def _fields(page: Any) -> list[_W]:
    """The words typed into a filled-in form's text fields (kept as field values, not as page text), set
    in each field's box in order; a value longer than its box is squeezed into it, so it is read whole."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: list[_W] = []
    for a in page.annots or []:
        d = resolve1(a.get("data")) or {}
        parent = resolve1(d.get("Parent")) or {}
        kind, value = resolve1(d.get("FT") or parent.get("FT")), resolve1(d.get("V") or parent.get("V"))
        if str(d.get("Subtype")) != "/'Widget'" or str(kind) != "/'Tx'" or not isinstance(value, bytes | str):
            continue
        text = decode_text(value) if isinstance(value, bytes) else value
        rows = [r.split() for r in re.split(r"\r\n|\r|\n", text) if r.strip()]
        m = _FONT_SIZE.search(resolve1(d.get("DA") or parent.get("DA")) or b"")
        size = float(m.group(1)) if m and float(m.group(1)) > 0 else 10.0
        x0, top, x1, bottom = a["x0"], a["top"], a["x1"], a["bottom"]
        step = min(size * 1.2, max(bottom - top, size) / max(len(rows), 1)) if rows else 0.0
        for i, row in enumerate(rows):
            width = sum(len(w) + 1 for w in row) * size * 0.5
            scale = min(1.0, (x1 - x0 - 2) / width) if width else 1.0
            x, y = x0 + 1, top + i * step
            for w in row:
                advance = len(w) * size * 0.5 * scale
                out.append(_W(_clean(w), x, x + advance, y, y + min(size, 0.9 * step), size, "Helvetica", False))
                x += advance + size * 0.5 * scale
    return [w for w in out if w.text]


_FORMULA_END = re.compile(r"[A-Za-z)\]]$")  # where a formula's subscript follows: "CH", "Et", "(OAc)"
_MARK = re.compile(r"[0-9]{1,2}|[*†‡§¶]{1,2}|[a-z]")  # a footnote mark: "¹", "12", "*", "†", "a"


def _unraised(words: list[_W]) -> list[_W]:
    """Words set small and raised or lowered against the word just before them on its line: a footnote mark
    after a word ("Novozym 435¹") is dropped, so it neither runs into the word ("4351") nor stands as a line
    of its own; a power of ten's exponent ("10⁵") and a formula's subscript ("CH₂Cl₂", set so low that it
    would make a line "2 2" of its own) are set on the line, the subscript into its formula."""
    by_end = sorted(words, key=lambda p: p.x1)
    ends = [p.x1 for p in by_end]
    reach = 0.5 * max((p.size for p in words), default=0.0)
    out: list[_W] = []
    for w in words:
        near = by_end[bisect.bisect_left(ends, w.x0 - reach): bisect.bisect_right(ends, w.x0 + 0.5)]
        before = [p for p in near if p is not w and 0.0 <= w.x0 - p.x1 < 0.5 * p.size and w.size < 0.8 * p.size
                  and p.top - 0.6 * p.size <= w.top and w.bottom < p.bottom - 0.1 * p.size and w.bottom > p.top]
        below = [p for p in near if p is not w and -0.5 <= w.x0 - p.x1 < 0.1 * p.size and w.size < 0.9 * p.size
                 and p.top < w.top < p.bottom < w.bottom and _FORMULA_END.search(p.text)]
        if below:
            out.append(_W(w.text, w.x0, w.x1, below[0].top, below[0].bottom, w.size, w.font, w.bold))
        elif not before:
            out.append(w)
        elif before[0].text.endswith("10"):
            out.append(_W(w.text, w.x0, w.x1, before[0].top, before[0].bottom, w.size, w.font, w.bold))
        elif not _MARK.fullmatch(w.text):
            out.append(w)
    return out


_MIN_COLUMN_ROWS = 3  # rows split by one gutter, with text on both sides, before a page has two columns there
_SIDE = 0.15  # of the text width: a gutter this far in from either side parts two columns (a sidebar beside the text)


def _columns(lines: list[list[_W]], left: float, width: float, height: float, tables: list[_Table],
             ) -> list[list[_W]]:
    """Lines in reading order: where the page sets text in two columns (rows split by one gutter, in the middle or
    beside a sidebar, the left parts running up to it), the left column's lines, then the right column's, each half
    of a row a line of its own; full-width lines, tables and the page's top and bottom margins as they are.
    Label-and-value lines ("Flow rate      1.0 mL/min") are not columns: their left parts stop far short."""
    def gap_at(ln: list[_W]) -> tuple[float, float] | None:  # the row's widest gap not at either edge (_SIDE)
        gaps = [(a.x1, b.x0) for a, b in zip(ln, ln[1:]) if b.x0 - a.x1 >= 1.5 * a.size
                and _SIDE * width < (a.x1 + b.x0) / 2 - left < (1 - _SIDE) * width]
        return max(gaps, key=lambda g: g[1] - g[0]) if gaps else None

    def free(ln: list[_W]) -> bool:  # a row that may belong to a two-column stretch
        return (not any(_inside(w, t.box) for t in tables for w in ln)
                and ln[0].top > 0.075 * height and ln[-1].bottom < 0.925 * height)

    if len(cuts := _column_cuts([ln for ln in lines if free(ln)], left, width)) >= 2:
        def headings(ln: list[_W]) -> bool:  # a row in the margin that the gutters split: each column's heading
            return (not any(_inside(w, t.box) for t in tables for w in ln) and not _across(ln, cuts)
                    and len({sum(c < w.cx for c in cuts) for w in ln}) >= 2)

        return _by_columns(lines, cuts, lambda ln: free(ln) or headings(ln))  # three or more columns (a leaflet)
    splits = [g for ln in lines if free(ln) and (g := gap_at(ln))]
    if len(splits) < _MIN_COLUMN_ROWS:
        return lines
    x = sorted((a + b) / 2 for a, b in splits)[len(splits) // 2]

    def halves(run: list[list[_W]]) -> list[list[_W]]:
        both = [ln for ln in run if any(w.x1 <= x for w in ln) and any(w.x0 >= x for w in ln)]
        lefts = [ln for ln in run if any(w.x1 <= x for w in ln)]
        margin = min((ln[0].x0 for ln in lefts), default=0.0)
        reach = sorted(max(w.x1 for w in ln if w.x1 <= x) for ln in lefts)
        text_like = bool(reach) and reach[len(reach) // 2] >= margin + 0.65 * (x - margin)
        if len(both) < _MIN_COLUMN_ROWS or not text_like:
            return run
        left = [[w for w in ln if w.x1 <= x] for ln in run]
        right = [[w for w in ln if w.x0 >= x] for ln in run]
        return [ln for ln in left if ln] + [ln for ln in right if ln]

    sizes = sorted(w.size for ln in lines for w in ln)
    body = sizes[len(sizes) // 2]

    def between(ln: list[_W]) -> bool:  # a heading across both columns' blocks: a section balanced on its own
        if ln[-1].x1 > x or not (all(w.bold for w in ln) or ln[0].size >= body + 1):
            return False
        h = ln[0].bottom - ln[0].top  # the right column is empty beside it and for a line and a half above
        return not any(w.x0 >= x and ln[0].top - 1.5 * h < w.top < ln[0].bottom for other in lines for w in other)

    return _in_runs(lines, lambda ln: free(ln) and not between(ln) and not _across(ln, [x]), halves)


def _in_runs(lines: list[list[_W]], inside: Callable[[list[_W]], bool],
             read: Callable[[list[list[_W]]], list[list[_W]]]) -> list[list[_W]]:
    """Lines in reading order: each stretch of lines `inside` columns read by `read`, any other line where it is."""
    out: list[list[_W]] = []
    run: list[list[_W]] = []
    for ln in lines:
        if inside(ln):
            run.append(ln)
        else:
            out += read(run) + [ln]
            run = []
    return out + read(run)


def _across(ln: list[_W], cuts: list[float]) -> bool:
    """Whether a row runs across any of the gutters: a word over one, or text flowing on over it."""
    return any(w.x0 < x < w.x1 for x in cuts for w in ln) or any(_flows_across(ln, x) for x in cuts)


_CUT_SUPPORT = 0.2  # of the page's free rows at least have a gap at a gutter between three or more columns
_CUT_CROSSING = 0.05  # and at most this share of those rows has a word across it
_CUT_MERGE = 0.03  # of the page's width: gaps closer than this are one gutter


def _column_cuts(lines: list[list[_W]], left: float, width: float) -> list[float]:
    """The gutters of a page set in three or more columns: x positions where many rows have a gap of an em and
    a half or more and almost none a word, with the columns' text running up to them (justified or ragged
    prose, not the cells of a table that stop far short). Fewer than two: the page is read by `_columns`."""
    mids = sorted((a.x1 + b.x0) / 2 for ln in lines for a, b in zip(ln, ln[1:])
                  if b.x0 - a.x1 >= 1.5 * a.size and 0.1 * width < (a.x1 + b.x0) / 2 - left < 0.9 * width)
    need = max(_MIN_COLUMN_ROWS, _CUT_SUPPORT * len(lines))
    found: list[tuple[int, float]] = []
    for x in mids:
        support = sum(any(a.x1 <= x <= b.x0 for a, b in zip(ln, ln[1:])) for ln in lines)
        crossing = sum(any(w.x0 < x < w.x1 for w in ln) for ln in lines)
        if support >= need and crossing <= _CUT_CROSSING * support:
            if found and x - found[-1][1] < _CUT_MERGE * width:
                found[-1] = max(found[-1], (support, x))
            else:
                found.append((support, x))
    cuts = [x for _, x in found]
    if len(cuts) < 2:
        return []
    for lo, hi in zip([left, *cuts], cuts):  # every column but the last runs up to its gutter
        parts = [[w for w in ln if lo <= w.x0 and w.x1 <= hi] for ln in lines]
        parts = [p for p in parts if p]
        if not parts:
            return []
        margin = min(p[0].x0 for p in parts)
        reach = sorted(p[-1].x1 for p in parts)
        if reach[len(reach) // 2] < margin + 0.65 * (hi - margin):
            return []
    return cuts


def _by_columns(lines: list[list[_W]], cuts: list[float], free: Callable[[list[_W]], bool]) -> list[list[_W]]:
    """Lines in reading order on a page of three or more columns: each stretch of rows between lines that run
    across a gutter (a title, a banner) is read column by column, top to bottom."""
    edges = [-math.inf, *cuts, math.inf]

    def columns(run: list[list[_W]]) -> list[list[_W]]:
        return [part for lo, hi in zip(edges, edges[1:])
                for ln in run if (part := [w for w in ln if lo <= (w.x0 + w.x1) / 2 < hi])]

    return _in_runs(lines, lambda ln: free(ln) and not _across(ln, cuts), columns)


def _flows_across(ln: list[_W], x: float) -> bool:
    """Whether a row's text runs on across `x` (words closer than an em and a half on both sides of it)."""
    return any(a.x1 <= x <= b.x0 and b.x0 - a.x1 < 1.5 * a.size for a, b in zip(ln, ln[1:]))


def _box(o: Any) -> Box:
    return (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))


def _area(b: Box) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _overlap(a: Box, b: Box, pad: float = 0.0) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def _inside_box(a: Box, b: Box, pad: float = 1.0) -> bool:
    return b[0] - pad <= a[0] and a[2] <= b[2] + pad and b[1] - pad <= a[1] and a[3] <= b[3] + pad


def _inside(w: _W, b: Box, pad: float = 1.0) -> bool:
    return b[0] - pad <= w.cx <= b[2] + pad and b[1] - pad <= w.cy <= b[3] + pad


def _column(bands: Bands, x: float) -> int:
    return min(range(len(bands)), key=lambda k: max(bands[k][0] - x, 0.0, x - bands[k][1]))


def _fits(ws: Iterable[_W], bands: Bands) -> bool:
    return all(any(a - 3 <= w.x0 and w.x1 <= b + 3 for a, b in bands) for w in ws)


def _ruled(page: Any, words: list[_W], found: list[Box]) -> list[_Table]:
    """Tables drawn with horizontal rules only (LaTeX booktabs, many Word styles): three or more rules of one
    width, the text between the first and the last set in columns that white space keeps apart (a gap of
    at least one em no word on any line crosses). Each line between the rules is a row."""
    rules: dict[tuple[int, int], list[float]] = {}
    for e in page.edges:
        if e["orientation"] == "h" and e["x1"] - e["x0"] > 0.2 * page.width:
            rules.setdefault((round(e["x0"]), round(e["x1"])), []).append(float(e["top"]))
    out: list[_Table] = []
    for (x0, x1), tops in rules.items():
        ys = sorted(set(round(y, 1) for y in tops))
        if len(ys) < _RULES:
            continue
        box = (x0 - 2.0, ys[0], x1 + 2.0, ys[-1])
        if any(_overlap(box, b) for b in found) or ys[-1] - ys[0] > 0.6 * page.height:
            continue
        mine = [w for w in words if _inside(w, box, 0)]
        lines = _lines_of(mine)
        bands = _gutters(mine, lines)
        if not bands:
            continue  # one column of text between rules: a boxed note, not a table
        rows: list[tuple[float, float]] = []
        for ln in lines:  # a line with words in one column only, under a row, is that row's wrapped cell
            top, bottom = min(w.top for w in ln) - 1, max(w.bottom for w in ln) + 1
            if len(rows) > 1 and len({_column(bands, w.cx) for w in ln}) == 1 and len(bands) > 2:
                rows[-1] = (rows[-1][0], bottom)
            else:
                rows.append((top, bottom))
        out.append(_Table(box, bands, rows))
    return out


def _lines_of(words: list[_W]) -> list[list[_W]]:
    lines: list[list[_W]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - w.top) < 0.5 * w.size:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _gutters(words: list[_W], lines: list[list[_W]], gap: float = 1.0) -> Bands:
    """The columns white space keeps apart in a table's words (a gap of at least `gap` em that no word on any
    line crosses), as bands that meet in the gaps' middles; none unless two lines or more have words in two."""
    if len(lines) < 2:
        return []
    em = sorted(w.size for w in words)[len(words) // 2]
    spans: list[tuple[float, float]] = []
    for a, b in sorted((w.x0, w.x1) for w in words):
        if spans and a - spans[-1][1] < gap * em:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    if len(spans) < 2 or sum(len({_column(spans, w.cx) for w in ln}) >= 2 for ln in lines) < 2:
        return []
    edges = [spans[0][0] - 1] + [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])] + [spans[-1][1] + 1]
    return list(zip(edges, edges[1:]))


_BOXED_GAP = 0.5  # ems of white space between two columns of a table boxed row by row (a space is ~0.3 em)
_RULES = 3  # rules of one width (top, under the header, bottom) before text between them is a table


def _tables(page: Any, words: list[_W]) -> list[_Table]:
    """The page's tables; parts with the same columns and only fitting text between them are one table."""
    found = page.find_tables()
    # a frame of one column around other tables (a slide on a notes page) is no table: the ones in it are
    framed = [t for t in found if len({c[0] for c in t.cells}) > 1
              or not any(u is not t and _inside_box(u.bbox, t.bbox) for u in found)]
    outer = [t for t in framed if not any(_area(u.bbox) > _area(t.bbox) and _overlap(u.bbox, t.bbox) for u in framed)]
    out: list[_Table] = []
    for t in sorted(outer, key=lambda t: t.bbox[1]):
        xs = sorted({c[0] for c in t.cells} | {c[2] for c in t.cells})  # near-equal edges bound no word: no band
        bands = [(a, b) for a, b in zip(xs, xs[1:]) if any(a <= w.cx <= b and _inside(w, t.bbox) for w in words)]
        cuts = [y for y in sorted({c[1] for c in t.cells} | {c[3] for c in t.cells})
                if not any(c[1] < y - 1 and c[3] > y + 1 for c in t.cells)]  # a cell spanning y: no row ends there
        if len(bands) < 2 and len(cuts) >= _RULES:  # rows boxed across the page, columns kept apart by white space
            mine = [w for w in words if _inside(w, t.bbox)]  # (wrapped to the cells' padding: half an em apart
            bands = _gutters(mine, _lines_of(mine), _BOXED_GAP) if mine else []  # is wider than a word space)
        if len(bands) < 2:
            continue
        last = out[-1] if out else None
        gap = [w for w in words if last and last.box[3] < w.cy < t.bbox[1]]
        if last and len(last.bands) == len(bands) and (gap or t.bbox[1] - last.box[3] < 15) and _fits(gap, last.bands) \
                and all(min(a[1], b[1]) - max(a[0], b[0]) > 0.5 * min(a[1] - a[0], b[1] - b[0])
                        for a, b in zip(last.bands, bands)):
            last.box = (min(last.box[0], t.bbox[0]), last.box[1], max(last.box[2], t.bbox[2]), t.bbox[3])
            last.rows += zip(cuts, cuts[1:])
        else:
            out.append(_Table(tuple(t.bbox), bands, list(zip(cuts, cuts[1:]))))
    return sorted(out + _ruled(page, words, [t.box for t in out] + [tuple(t.bbox) for t in found]),
                  key=lambda t: t.box[1])


def _text(ln: list[_W]) -> str:
    return "".join(b.text if a is None or b.x0 - a.x1 < 0.1 * b.size else " " + b.text for a, b in zip([None, *ln], ln))


def _joined(ws: Iterable[_W], keep: set[str]) -> str:
    lines: dict[int, list[_W]] = {}
    for w in sorted(ws, key=lambda w: (w.n, w.x0)):
        lines.setdefault(w.n, []).append(w)
    text = ""
    for ln in lines.values():
        text = rejoin(text, _text(ln), keep)
    return text


def _size(ws: Iterable[_W]) -> float:
    return Counter(round(w.size, 1) for w in ws for _ in w.text).most_common(1)[0][0]


def _document(pages: list[_Page], meta: dict[str, Any]) -> Document:
    words = [w for p in pages for ln in p.lines for w in ln]
    body = _size(words)
    keep = {t for w in words if re.fullmatch(r"[a-z]+-[a-z]+", t := w.text.lower().strip(".,;:()"))}
    for p in pages:
        for ln in p.lines:
            ws = [w for w in ln if not any(_inside(w, t.box) for t in p.tables)]
            callouts = {id(w) for w in ws if w.size < body - 0.5 and any(_inside(w, b, 5) for b in p.boxes)}
            p.labels += [w for w in ws if id(w) in callouts]
            if kept := [w for w in ws if id(w) not in callouts]:
                p.body.append(kept)
    dropped = _margins(pages) + _toc(pages)
    _extend_tables(pages)
    pitches = sorted((b[0].top - a[0].top) / _size(a) for p in pages for a, b in zip(p.body, p.body[1:]))
    ratio = (pitches[len(pitches) // 3] if pitches else 1.2) + 0.35  # more than this apart: a new paragraph
    blocks: list[_Blk] = []
    table, header, header_bold, group = 0, tuple[str, ...](), False, (0, -1)
    for p in pages:
        for b in _blocks(p, body, ratio, keep):
            prev = next((x for x in reversed(blocks) if x.kind != "label"), None)
            if prev and prev.page_end == p.no - 1 and b.kind == "paragraph" and prev.kind in ("paragraph", "item") \
                    and (not prev.text.endswith((".", "!", "?", ":")) or b.text[:1].islower()):
                prev.text, prev.end, prev.page_end = rejoin(prev.text, b.text, keep), b.end, p.no
                continue
            if b.kind == "row" and (p.no, b.group) != group:
                group, bold = (p.no, b.group), all(w.bold for w in b.lines[0])
                cont = prev is not None and prev.kind == "row" and prev.page_end == p.no - 1 and \
                    len(b.cells) == len(header)
                if cont and b.cells == header:
                    continue  # the header repeated on the next page
                if not cont or (bold and header_bold):
                    table, header, header_bold = table + 1, b.cells, bold
            b.table = table if b.kind == "row" else 0
            if b.text:
                blocks.append(b)
    levelled = _levels(blocks)
    run_ins = {id(x) for x, b in zip(levelled, blocks, strict=True) if b.run_in}
    toggled = _toggles(levelled, [b.x0 for b in blocks])
    # a sheet printed with its row numbers and column letters is read without them (sheet.unframed)
    return Document("pdf", sheet.unframed(settle_run_ins(toggled, run_ins)), _title(blocks, meta), dropped)


def _margins(pages: list[_Page]) -> list[str]:
    """Drop page numbers and lines repeated (digits aside) at the top or bottom of pages (half of them, or 3)."""
    seen: dict[tuple[str, str], list[tuple[_Page, list[_W]]]] = {}
    numbered: set[int] = set()
    for p in pages:
        edge = {id(ln): (ln, "header") for ln in p.body[:2] if ln[0].top < 0.075 * p.height}
        edge |= {id(ln): (ln, "footer") for ln in p.body[-2:] if ln[-1].bottom > 0.925 * p.height}
        for ln, where in edge.values():
            key = re.sub(r"\s+", "", _text(ln).lower())
            if boilerplate.is_page_number(key):
                p.body.remove(ln)
                numbered.add(p.no)
            else:
                seen.setdefault((where, re.sub(r"\d+", "#", key)), []).append((p, ln))
    notes = []
    for (where, _), hits in seen.items():
        if len(pages) > 1 and len(hits) >= max(2, min(3, (len(pages) + 1) // 2)):  # a chapter's running head too
            for p, ln in hits:
                p.body.remove(ln)
            notes.append(f"running {where} '{_text(hits[0][1])}' on {len(hits)} pages")
    return notes + ([f"page numbers on {len(numbered)} pages"] if numbered else [])


def _toc(pages: list[_Page]) -> list[str]:
    """A table of contents: lines with leader dots and a page number, or, on a page of its own under "Contents",
    three or more lines that are a later line's text and a page number ("1 Setting up   3")."""
    entries = [(p, ln) for p in pages for ln in p.body if boilerplate.TOC_ENTRY.search(_text(ln))]
    if len(entries) < 2:
        later = {_text(ln): k for k, p in enumerate(pages) for ln in p.body}  # (2-up halves share a sheet's no)
        for k, p in enumerate(pages):
            if not any(_TOC_HEAD.match(_text(ln)) for ln in p.body):
                continue
            listed = [ln for ln in p.body if (m := _TOC_LINE.fullmatch(_text(ln))) and later.get(m[1], 0) > k]
            if len(listed) >= 3:
                entries = [(p, ln) for ln in listed]
                break
    if len(entries) < 2:
        return []
    for p, ln in entries:
        p.body.remove(ln)
        p.body = [x for x in p.body if not _TOC_HEAD.match(_text(x))]
    return [f"table of contents ({len(entries)} entries)"]


def _extend_tables(pages: list[_Page]) -> None:
    """Unshaded rows just below a table join it (when they use two columns or more), and so do rows at the
    top of a page that fit the columns of a table ending the page before."""
    for p in pages:
        for t in p.tables:
            below: list[list[_W]] = []
            for ln in (ln for ln in p.body if ln[0].top > t.box[3] - 1):
                bottom = max(w.bottom for w in below[-1]) if below else t.box[3]
                if ln[0].top - bottom > _size(ln) or not _fits(ln, t.bands):
                    break
                below.append(ln)
            if len({_column(t.bands, w.x0) for ln in below for w in ln}) > 1:
                t.box = (*t.box[:3], max(w.bottom for w in below[-1]) + 1)
                p.body = [ln for ln in p.body if all(ln is not x for x in below)]
    for prev, p in zip(pages, pages[1:]):
        if not (prev.tables and p.tables) or any(ln[0].top > prev.tables[-1].box[3] for ln in prev.body):
            continue
        first = p.tables[0]
        above = [ln for ln in p.body if ln[-1].bottom <= first.box[1] + 1]
        if above and len(first.bands) == len(prev.tables[-1].bands) and _fits(sum(above, []), first.bands):
            first.box = (first.box[0], min(w.top for w in above[0]) - 1, *first.box[2:])
            p.body = p.body[len(above):]


def _heady(ln: list[_W], body: float) -> bool:
    return _size(ln) >= body + 1 or all(w.bold for w in ln)


def _shaped(text: str) -> bool:  # a heading's shape: short, some letters, not ending like a sentence
    return len(text) <= 120 and any(c.isalpha() for c in text) and not text.endswith((".", ",", ";"))


def _blocks(p: _Page, body: float, ratio: float, keep: set[str]) -> list[_Blk]:
    """The page's paragraphs, items, headings, rows and labels, from the top."""
    out: list[_Blk] = []
    cur: _Blk | None = None
    for prev, ln in zip([None, *p.body], p.body):
        w0, number, rest, item = ln[0], "", ln[1:], True
        if w0.text == "o" and len(ln) > 1 and (ln[1].font != w0.font or ln[1].x0 - w0.x1 > 0.5 * w0.size):
            pass  # the "o" bullet of Word's second list level
        elif (m := _NUM.match(w0.text)) and not (rest and _size(ln) >= body + 1):  # "2. Pumps" in big type: heading
            number = m.group(1) or m.group(2)
        elif w0.text not in _BULLETS:
            rest, item = ln, False
        if item and cur and prev and abs(ln[0].x0 - cur.tx) <= 2 and not _heady(prev, body) \
                and not _text(prev).endswith((".", ":", ";", "!", "?")):
            number, rest, item = "", ln, False  # "...the maximum is" / "100.": a wrapped line, not a list item
        if cur is None or prev is None:
            brk = True
        elif cur.kind == "item" and not any(cur.lines) and not item:
            brk, cur.tx = False, ln[0].x0  # "3." alone on its line: the step's text follows
        else:
            was, heady = _heady(prev, body), _heady(ln, body)
            restyled = abs(_size(ln) - _size(prev)) > 0.5 or ln[0].bold != prev[0].bold
            brk = item or ln[0].top - prev[0].top > ratio * _size(prev) or (was and (not heady or restyled)) \
                or (heady and not was and (_size(ln) > _size(prev) + 0.5 or _shaped(_text(ln)))) \
                or (cur.kind == "item" and ln[0].x0 < cur.x0 - 2) \
                or any(prev[-1].bottom < w.cy < ln[0].top for w in p.labels) \
                or any(prev[-1].bottom < t.box[1] < ln[0].top for t in p.tables) \
                or ln[0].top < prev[0].top \
                or _clause(ln, prev, heady)  # back up the page: the next column; a numbered clause
        if brk or cur is None:
            out.append(cur := _Blk("item" if item else "paragraph", [rest], p.no, ln[0].n, ln[0].top, ln[0].x0, number,
                                   tx=rest[0].x0 if rest else ln[0].x0))
        else:
            cur.lines.append(ln)
    for b in out:
        b.text = _joined(sum(b.lines, []), keep)
        if b.kind == "paragraph" and len(b.lines) <= 2 and _shaped(b.text) and all(_heady(x, body) for x in b.lines):
            first = b.lines[0]
            x0, x1 = first[0].x0 - p.left, first[-1].x1 - p.left
            centred = abs((x0 + x1 - p.width) / 2) < 15 and x0 > 0.2 * p.width
            b.kind, b.style = "heading", (-_size(first), not first[0].bold, not centred)
    out = [x for b in out for x in (_run_in(b, keep) if b.kind == "paragraph" else [b])]
    for k, t in enumerate(p.tables):
        out += _rows(p, t, k)
    groups: dict[int, list[_W]] = {}
    for w in p.labels:
        groups.setdefault(next((j for j, b in enumerate(p.boxes) if _inside(w, b, 5)), -1), []).append(w)
    out += [_Blk("label", [ws], p.no, min(w.n for w in ws), min(w.top for w in ws), text=_joined(ws, keep))
            for ws in groups.values()]
    for b in out:
        b.end, b.page_end = max((w.n for ln in b.lines for w in ln), default=b.start), p.no
    return sorted(out, key=lambda b: (b.start, b.top))  # reading order: by line, and a page's lines follow its columns


def _clause(ln: list[_W], prev: list[_W], heady: bool) -> bool:
    """Whether a line opens an SOP's numbered clause ("7.3.2 Weigh about 10 mg ...", set like the text
    before it, which ended a sentence): a paragraph of its own, though no space sets it apart. "7.5" after
    an unfinished sentence, or before a lower-case word ("7.5 mL"), goes on with it."""
    if heady or not _CLAUSE.match(ln[0].text) or not _text(prev).endswith((".", ":", ";", "!", "?", ")")):
        return False
    return ln[0].text.count(".") >= 2 or (len(ln) > 1 and ln[1].text[:1].isupper())


def _run_in(b: _Blk, keep: set[str]) -> list[_Blk]:
    """A paragraph that opens with a sentence set in bold ("Black precipitate within 15 min." then regular
    text): the sentence names what the paragraph is about, a run-in heading below every other heading of
    its size; the rest is the paragraph. A bold role label ("Cause:", "Fix.") stays part of its text."""
    words = [w for ln in b.lines for w in ln]
    k = next((i for i, w in enumerate(words) if not w.bold), len(words))
    head = _joined(words[:k], keep)
    if k == len(words) or not roles.names_entry(head):
        return [b]
    first, rest = words[0], words[k:]
    lines = [[w for w in ln if w in rest] for ln in b.lines]
    lines = [ln for ln in lines if ln]
    return [_Blk("heading", [words[:k]], b.page, b.start, b.top, b.x0, text=head,
                 style=(-first.size + 0.01, False, True), run_in=True),
            _Blk("paragraph", lines, b.page, rest[0].n, rest[0].top, b.x0, tx=b.tx, text=_joined(rest, keep))]


def _rows(p: _Page, t: _Table, k: int) -> list[_Blk]:
    """A table's rows: its words binned by the cells' row bands, words between bands split at blank space."""
    mine = sorted((w for ln in p.lines for w in ln if _inside(w, t.box)), key=lambda w: w.top)
    bins = [[w for w in mine if a - 1 <= w.cy <= b + 1] for a, b in t.rows]
    binned, loose = {id(w) for b in bins for w in b}, list[_W]()
    for w in (w for w in mine if id(w) not in binned):
        if loose and w.top - max(x.bottom for x in loose) <= 0.8 * w.size \
                and not any(loose[-1].bottom < a < w.top for a, _ in t.rows):
            loose.append(w)
        else:
            bins.append(loose := [w])
    out = []
    for ws in (b for b in bins if b):
        cells = tuple(_joined((w for w in ws if _column(t.bands, w.cx) == c), set()) for c in range(len(t.bands)))
        out.append(_Blk("row", [ws], p.no, min(w.n for w in ws), min(w.top for w in ws), cells=cells, group=k,
                        text=" | ".join(cells)))
    return out


def _levels(blocks: list[_Blk]) -> list[Block]:
    title = _title_heading(blocks)
    styles = sorted({b.style for b in blocks if b.kind == "heading" and b is not title})
    return [Block(b.kind, b.text, b.start, b.end,
                  level=0 if b is title or b.kind != "heading" else styles.index(b.style) + 1,
                  cells=b.cells, number=b.number, page=b.page, page_end=b.page_end, table=b.table)
            for b in blocks]


def _toggles(blocks: list[Block], x0: list[float]) -> list[Block]:
    """A bullet over deeper bullets labelled by their role (a slide's symptom over its "cause:" and "fix:"
    sub-bullets) heads them, one level below its section, as a toggle list does in Markdown; a bullet beside it
    that says "Name: what to do" is an entry of its own. Other nested bullets stay items: a slide's bullets seldom
    end as sentences do, so a statement over its details ("Ru(bpy)3Cl2 absorbs at 452 nm" over "any blue source
    works") is not told from a name."""
    out: list[Block] = []
    level, toggle_x = 1, None  # the section's level; the x of the bullets that head their sub-bullets
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind == "heading":
            level, toggle_x = b.level, None
        elif b.kind == "item" and not b.number and len(b.text.split()) <= 25 and b.text.rstrip()[-1:] not in ".:;," \
                and nxt is not None and nxt.kind == "item" and x0[k + 1] > x0[k] + 3 \
                and (roles.run_in(nxt.text) or (toggle_x is not None and abs(x0[k] - toggle_x) <= 1)):
            # (once one such bullet heads its own, a sibling over deeper bullets of any kind does too)
            out.append(replace(b, kind="heading", level=min(level + 1, 7)))
            toggle_x = x0[k]
            continue
        elif b.kind == "item" and toggle_x is not None and abs(x0[k] - toggle_x) <= 1 and \
                (m := _RUN_IN_ITEM.match(b.text)):  # "Silica fines in the fractions: porosity 2 funnel ...", a
            # sibling of the bullets that head theirs, is an entry of its own, not the previous one's sub-bullet
            out += [replace(b, kind="heading", text=m.group(1), level=min(level + 1, 7)), replace(b, text=m.group(2))]
            continue
        elif b.kind != "item":
            toggle_x = None
        out.append(b)
    return out


_RUN_IN_ITEM = re.compile(r"^([^:;.]{3,60}?):\s+(\S.*)$", re.DOTALL)


def _title_heading(blocks: list[_Blk]) -> _Blk | None:
    """The title: the first block, a heading on page 1 as big as any there, centred or alone in its style."""
    heads = [b for b in blocks if b.kind == "heading"]
    h = heads[0] if heads and blocks[0] is heads[0] and heads[0].page == 1 else None
    if h is None or h.style != min(b.style for b in heads if b.page == 1):
        return None
    return h if not h.style[2] or sum(b.style == h.style for b in heads) == 1 else None


def _title(blocks: list[_Blk], meta: dict[str, Any]) -> str:
    """The metadata title unless it is empty or a file name, else the title heading."""
    t = meta.get("Title")
    t = _clean(t.decode("utf-8", "replace") if isinstance(t, bytes) else str(t or ""))
    if len(t) <= 150 and re.search(r"[A-Za-z]{3}", t) and not re.search(
            r"\.(docx?|pdf|odt|rtf|tex|txt)$|^microsoft word|^untitled", t, re.IGNORECASE):
        return t
    return h.text if (h := _title_heading(blocks)) else ""
