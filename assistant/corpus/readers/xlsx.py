"""An Excel workbook (.xlsx, read with openpyxl): each visible sheet a section named after it, its rows read as
a sheet saved as CSV is (readers.sheet: a one-cell row is a heading or a note, a row of short labels a header,
the rows under it that table's rows). Cells are read as shown: the value a formula last computed, a whole
number without ".0", a date without a midnight time; a cell merged down several rows ("Reaction" beside its
three problems) is read in each of them; a cell's comment (note) after its value. Hidden sheets and columns
(scratch work) are left out. Cited by row."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from assistant.corpus.document import Block, Document
from assistant.corpus.readers.sheet import Record, sheet
from assistant.errors import CorpusError


def read(data: bytes, name: str) -> Document:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise CorpusError(f"{name}: cannot open the workbook ({e})") from None
    title, blocks = "", []
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        rows = [Record(cells, k, k) for k, cells in enumerate(_shown(ws), 1) if any(cells)]
        if not rows:
            continue
        part = sheet(rows)
        blocks.append(Block("heading", ws.title, rows[0].start, rows[0].start, level=1))
        if part.title and title:  # a later sheet's own title line is said under its name
            blocks.append(Block("paragraph", part.title, rows[0].start, rows[0].end))
        title = title or part.title
        blocks += [replace(b, level=b.level + 1) if b.kind == "heading" else b for b in part.blocks]  # under it
    book.close()
    if not blocks:
        raise CorpusError(f"{name}: no filled cell in the workbook")
    return Document("xlsx", blocks, title=title)


def _shown(ws: Any) -> list[tuple[str, ...]]:
    """The rows of a sheet as shown: its visible columns, a value merged down the rows below repeated in each."""
    from openpyxl.utils import get_column_letter

    hidden = {k for k in range(1, (ws.max_column or 0) + 1)
              if ws.column_dimensions[get_column_letter(k)].hidden}
    down: dict[tuple[int, int], object] = {}
    for merged in ws.merged_cells.ranges:
        if merged.max_row > merged.min_row:
            value = ws.cell(merged.min_row, merged.min_col).value
            down.update({(r, merged.min_col): value for r in range(merged.min_row + 1, merged.max_row + 1)})
    out = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            if c.column in hidden:
                continue
            value = down.get((c.row, c.column), c.value)
            note = " ".join(c.comment.text.split()) if c.comment is not None and c.comment.text else ""
            if note and c.comment.author and note.startswith(f"{c.comment.author}:"):
                note = note[len(c.comment.author) + 1:].strip()  # Excel opens a note with its author's name
            cells.append(" ".join(filter(None, (_cell(value), f"(Note: {note})" if note else ""))))
        out.append(tuple(cells))
    return out


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime) and v.time() == time():
        return v.date().isoformat()
    if isinstance(v, datetime | date | time):
        return v.isoformat(sep=" ") if isinstance(v, datetime) else v.isoformat()
    return " ".join(str(v).split())
