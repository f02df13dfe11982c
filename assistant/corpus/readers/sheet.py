"""A spreadsheet saved as CSV (a .csv file, or one renamed .txt): its rows as table rows.

Excel pads every row to the sheet's width, so a sheet is told from prose by most of its records filling
two or more cells and most of those having the same number of fields (three or more), read with the csv
module (quoted cells may hold commas, doubled quotes and line breaks). A row with one filled cell is a
heading (the first one the title), or a paragraph when it is long; a row of short labels without digits
is a header, and the rows under it are its table's rows; a first column that repeats a few values
("Checks", "Troubleshooting") is the sheet's sections: each value heads its rows, and the column is left
out of them. Every block keeps the lines of the file it came from.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, replace

from assistant.corpus.document import Block, Document

_DELIMITERS = (",", ";")  # a tab-separated file reads as a space-aligned table already (readers.text)
_MIN_RECORDS = 5
_SHARE = 0.8  # of the records with two or more filled cells, this share has the sheet's width
_WIDE_SHARE = 0.5  # and they are at least this share of all records
_LABEL_WORDS = 5
_HEADING_CHARS = 80
_CODE = re.compile(r"^[A-Z]{0,3}-?\d{1,3}[a-z]?$")


@dataclass(frozen=True)
class Record:
    cells: tuple[str, ...]
    start: int  # 1-based lines of the file
    end: int

    @property
    def filled(self) -> list[str]:
        return [c for c in self.cells if c]


_SEPARATOR_LINE = re.compile(r"\A\ufeff?\s*sep=(.)\s*?(?=\r?\n)")  # "sep=;": Excel's note of the separator


def records(text: str) -> list[Record] | None:
    """The sheet's non-empty records, or None when the text is not a sheet."""
    if m := _SEPARATOR_LINE.match(text):  # read with the separator it names; the line itself is no record
        rest = text[m.end():]
        out = _parse("\n" + rest[rest.index("\n") + 1:], m.group(1))  # (its line stays line 1, empty)
        return out if len(out) >= _MIN_RECORDS else None
    for delimiter in _DELIMITERS:
        if not any(delimiter in ln for ln in text.split("\n")[:5]):
            continue
        try:
            out = _parse(text, delimiter)
        except csv.Error:
            continue
        wide = [r for r in out if len(r.filled) >= 2]
        if len(out) < _MIN_RECORDS or len(wide) < 3 or len(wide) < _WIDE_SHARE * len(out):
            continue  # a few comma-separated lines in a text guide do not make it a sheet
        width, n = Counter(len(r.cells) for r in wide).most_common(1)[0]
        if width >= 3 and n >= _SHARE * len(wide):
            return out
    return None


def _parse(text: str, delimiter: str) -> list[Record]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter, strict=True)
    out: list[Record] = []
    last = 0
    for row in reader:
        cells = tuple(" ".join(c.split()) for c in row)
        if any(cells):
            out.append(Record(cells, last + 1, reader.line_num))
        last = reader.line_num
    return out


def read(data: bytes, name: str) -> Document:
    """Read a sheet saved as CSV; a file that is not one is read as plain text (readers.text)."""
    from assistant.corpus.readers import text, utf8_text

    rows = records(utf8_text(data, name, "a CSV sheet").replace("\r\n", "\n"))
    return text.read(data, name) if rows is None else sheet(rows)


def sheet(rows: list[Record]) -> Document:
    """The Document of a sheet's records."""
    headers = [k for k, r in enumerate(rows) if _is_header(r)]
    first = headers[0] if headers else len(rows)
    body = [r for r in rows[first:] if len(r.filled) >= 2 and not _is_header(r)]
    firsts = [r.cells[0] for r in body]
    grouped = bool(body) and all(firsts) and len(set(firsts)) <= len(firsts) / 2
    title, blocks = "", []
    for r in rows[:first]:
        if len(r.filled) == 1 and not title and len(r.filled[0]) <= 2 * _HEADING_CHARS:
            title = r.filled[0]
        else:
            blocks.append(_single(r))
    if (article := _article_column(rows, first, headers)) is not None:
        return Document("text", blocks + _articles(rows[first:], headers[0] if headers else None, rows, article),
                        title=title)
    header: tuple[str, ...] = ()
    head: Record | None = None  # the header row as written: its lines are cited wherever it is repeated
    section, table, pending = "", 0, False  # pending: the current table's header is not out yet
    for k in range(first, len(rows)):
        r = rows[k]
        cells = r.cells[1:] if grouped else r.cells
        if k in headers:
            header, head, table, pending = cells, r, table + 1, True
            if grouped and r.cells[0] and r.cells[0] != rows[first].cells[0] and r.cells[0] != section:
                section = r.cells[0]  # "Troubleshooting, Ref, Symptom, ...": the section it opens
                blocks.append(Block("heading", section, r.start, r.end, level=1))
            continue
        if len(r.filled) == 1:
            blocks.append(single := _single(r))
            table, pending = table + 1, True  # rows after a note start the table again under the same header
            if single.kind == "heading" and k > first and r.start > rows[k - 1].end + 1 and not grouped:
                header, head = (), None  # a heading after an empty row opens a new part: no header above it
            continue
        if grouped and r.cells[0] != section:
            section, table, pending = r.cells[0], table + 1, True
            blocks.append(Block("heading", section, r.start, r.start, level=1))
        if head is None and k > first:  # rows under no header: a numbered list ("1 | Benzaldehyde is ..."), or lines
            number = r.filled[0] if len(r.filled) == 2 and re.fullmatch(r"\d{1,2}", r.filled[0]) else ""
            blocks.append(Block("item", r.filled[1], r.start, r.end, number=number) if number else _single(r))
            continue
        if pending and head is not None:
            blocks.append(_row(header, head, table))
        pending = False
        blocks.append(_row(cells, r, table))
    return Document("text", _coded(blocks), title=title)


def _is_header(r: Record) -> bool:
    """A row of short labels without digits ("Section, Ref, Symptom, Likely cause, What to do")."""
    return len(r.filled) >= 2 and all(len(c.split()) <= _LABEL_WORDS and not any(ch.isdigit() for ch in c)
                                      and (not c.endswith((".", "?", "!")) or _ABBREVIATION.match(c))
                                      for c in r.filled)


_ABBREVIATION = re.compile(r"^[A-Za-z]{1,4}\.$")  # "No.", "Ref.", "Temp." in a header


def _single(r: Record) -> Block:
    """A row that is no table row: one short cell is a heading, anything else a paragraph."""
    only = " ".join(r.filled)
    if len(r.filled) == 2 and len(r.filled[0].split()) <= _LABEL_WORDS and r.filled[0][-1:].isalnum():
        only = ": ".join(r.filled)  # a label and its value ("Turnaround | 5 working days")
    short = len(r.filled) == 1 and len(only) <= _HEADING_CHARS and not only.endswith((".", ":", ";", ","))
    return Block("heading" if short else "paragraph", only, r.start, r.end, level=1 if short else 0)


_HTML_BLOCK = re.compile(r"<(?:p|ul|ol|table|h[1-6]|div)\b[^>]*>", re.IGNORECASE)
_HTML_MARKUP = re.compile(r"</?[a-z][a-z0-9]*\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
_ARTICLE_CHARS = 200
_TITLE_COLUMN = re.compile(r"^(?:title|subject|name|question|summary|heading)$", re.IGNORECASE)


def _article_column(rows: list[Record], first: int, headers: list[int]) -> int | None:
    """A help-centre export (Zendesk, Freshdesk, a wiki's CSV): the column whose cells are whole articles in
    HTML in most rows, or None."""
    body = [r for k, r in enumerate(rows[first:], first) if k not in headers and len(r.filled) >= 2]
    if not body:
        return None
    width = max(len(r.cells) for r in body)
    for col in range(width):
        pages = sum(col < len(r.cells) and len(r.cells[col]) >= _ARTICLE_CHARS
                    and bool(_HTML_BLOCK.search(r.cells[col])) for r in body)
        if pages >= max(2, len(body) / 2):
            return col
    return None


def _articles(rows: list[Record], header_at: int | None, every: list[Record], col: int) -> list[Block]:
    """Each row an article: its title (the column so named, else its first cell of words) heads the article's
    HTML read as the page it is; the row's other cells (ids, dates, locales) are the export's bookkeeping."""
    from assistant.corpus.readers import html

    header = every[header_at].cells if header_at is not None else ()
    named = next((k for k, h in enumerate(header) if _TITLE_COLUMN.match(h.strip())), None)
    out: list[Block] = []
    for r in rows:
        if r is (every[header_at] if header_at is not None else None) or col >= len(r.cells):
            continue
        words = [c for k, c in enumerate(r.cells) if k != col and c and any(ch.isalpha() for ch in c)
                 and " " in c]
        title = r.cells[named] if named is not None and named < len(r.cells) else (words[0] if words else "")
        if title:
            out.append(Block("heading", _text_of(title), r.start, r.start, level=1))
        page = f"<html><body><main>{r.cells[col]}</main></body></html>".encode()
        for b in html.read(page, "article.html").blocks:
            level = max(2, b.level + 1) if b.kind == "heading" else b.level
            out.append(replace(b, start=r.start, end=r.end, level=level))
    return out


def _text_of(cell: str) -> str:
    """A cell's text: an HTML fragment ("<p>Dry it.</p><ul><li>...") read as its words, entities decoded."""
    if not _HTML_MARKUP.search(cell):
        return cell
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(cell, create_parent="div")
    except Exception:  # lxml raises several types on broken markup: then the cell is text as written
        return cell
    for el in root.iter("p", "li", "br", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
        el.tail = " " + (el.tail or "")
    return " ".join(root.text_content().split())


def _row(cells: tuple[str, ...], r: Record, table: int) -> Block:
    cells = tuple(_text_of(c) for c in cells)
    while cells and not cells[-1]:
        cells = cells[:-1]
    return Block("row", " | ".join(cells), r.start, r.end, cells=cells, table=table)


def _coded(blocks: list[Block]) -> list[Block]:
    """A table whose first column only numbers its rows ("T1", "C2", "12") names each row by the next
    column ("Reading keeps falling"): the code column goes last."""
    tables: dict[int, list[int]] = {}
    for k, b in enumerate(blocks):
        if b.kind == "row":
            tables.setdefault(b.table, []).append(k)
    out = list(blocks)
    for ks in tables.values():
        body = [blocks[k] for k in ks[1:]]
        if body and all(len(b.cells) >= 3 and _CODE.match(b.cells[0]) for b in body):
            width = max(len(blocks[k].cells) for k in ks)  # trailing empty cells were trimmed: align first
            for k in ks:
                padded = blocks[k].cells + ("",) * (width - len(blocks[k].cells))
                cells = (*padded[1:], padded[0])
                out[k] = replace(blocks[k], text=" | ".join(cells), cells=cells)
    return out


_ROW_NUMBER = re.compile(r"^\d{1,6}$")
_WORKBOOK = re.compile(r"\.(xlsx|xlsm|xls|ods|csv)\b", re.IGNORECASE)


def unframed(blocks: list[Block]) -> list[Block]:
    """A sheet printed with its row and column headings (Excel's "Print headings", then saved as PDF): a
    table whose header is ("", "A", "B", ...) and whose rows open with their row numbers. Without that frame
    its rows are read as a sheet's records are (sheet): a title row spilling into the cell beside it and set
    off by an empty row is one heading, a row of short labels the header of the rows under it. The blocks
    keep the page and lines they were printed on; any other block is left as it is."""
    out: list[Block] = []
    tables = max((b.table for b in blocks), default=0)
    i = 0
    while i < len(blocks):
        b, j = blocks[i], i + 1
        if b.kind == "row" and _frame(b.cells):
            while j < len(blocks) and blocks[j].kind == "row" and blocks[j].table == b.table:
                j += 1
        body = blocks[i + 1 : j]
        if not body or not _numbered(body):
            out.append(b)
            i += 1
            continue
        if out and out[-1].kind == "paragraph" and out[-1].page == b.page and _WORKBOOK.search(out[-1].text):
            out.pop()  # the print header over the sheet ("guide_v4.xlsx Drying 04/03/2025")
        doc = sheet(_titled([Record(r.cells[1:], k, k) for k, r in enumerate(body)]))
        if doc.title:
            out.append(Block("heading", doc.title, body[0].start, body[0].end, level=1, page=body[0].page,
                             page_end=body[0].page_end))
        for nb in doc.blocks:
            first, last = body[nb.start], body[nb.end]
            out.append(replace(nb, start=first.start, end=last.end, page=first.page,
                               page_end=last.page_end or last.page, table=nb.table + tables if nb.table else 0))
        tables += max((nb.table for nb in doc.blocks), default=0)
        i = j
    return out


def _frame(cells: tuple[str, ...]) -> bool:
    """The column letters of a printed sheet: ("", "A", "B", "C"), at least two, one after another."""
    letters = cells[1:]
    return len(letters) >= 2 and not cells[0] and all(len(c) == 1 and c.isupper() for c in letters) \
        and all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:]))


def _numbered(rows: list[Block]) -> bool:
    """Rows that open with the sheet's row numbers, rising."""
    numbers = [int(r.cells[0]) if r.cells and _ROW_NUMBER.match(r.cells[0]) else -1 for r in rows]
    return all(n > 0 for n in numbers) and all(b > a for a, b in zip(numbers, numbers[1:]))


def _titled(rows: list[Record]) -> list[Record]:
    """The non-empty records, a title spilt over two or three cells and set off by an empty row as one cell
    ("What | to hand in" above an empty row: "What to hand in")."""
    out: list[Record] = []
    for k, r in enumerate(rows):
        if not r.filled:
            continue
        before = k == 0 or not rows[k - 1].filled
        after = k + 1 < len(rows) and not rows[k + 1].filled
        if before and after and 2 <= len(r.filled) <= 3 and not r.filled[-1].endswith((".", ":", ";")):
            r = replace(r, cells=(" ".join(r.filled),))
        out.append(r)
    return out
