"""An Excel workbook (.xlsx, read with openpyxl): each sheet a section named after it, its rows read as a
sheet saved as CSV is (readers.sheet: a one-cell row is a heading or a note, a row of short labels a header,
the rows under it that table's rows). Cells are read as shown: the value a formula last computed, a whole
number without ".0". Cited by row."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

from assistant.corpus.document import Block, Document
from assistant.corpus.readers.sheet import Record, sheet
from assistant.errors import CorpusError


def read(data: bytes, name: str) -> Document:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise CorpusError(f"{name}: cannot open the workbook ({e})") from None
    title, blocks = "", []
    for ws in book.worksheets:
        rows = [Record(cells, k, k) for k, row in enumerate(ws.iter_rows(values_only=True), 1)
                if any(cells := tuple(_cell(v) for v in row))]
        if not rows:
            continue
        part = sheet(rows)
        blocks.append(Block("heading", ws.title, rows[0].start, rows[0].start, level=1))
        if part.title and title:  # a later sheet's own title line is said under its name
            blocks.append(Block("paragraph", part.title, rows[0].start, rows[0].end))
        title = title or part.title
        blocks += part.blocks
    book.close()
    if not blocks:
        raise CorpusError(f"{name}: no filled cell in the workbook")
    return Document("xlsx", blocks, title=title)


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime | date | time):
        return v.isoformat(sep=" ") if isinstance(v, datetime) else v.isoformat()
    return " ".join(str(v).split())
