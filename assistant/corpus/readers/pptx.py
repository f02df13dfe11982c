"""A PowerPoint deck (.pptx, read with python-pptx): each slide a section under its title, its text boxes
top to bottom and left to right (a content placeholder's paragraphs as bullets, a text box's as paragraphs),
its tables as rows, grouped shapes opened, and its speaker notes after the slide's own text; a list PowerPoint
numbers itself is numbered as shown; the footer, slide number and date every slide repeats are left out. The
first slide's title names the deck. Cited by slide."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from assistant.corpus.document import Block, Document
from assistant.errors import CorpusError

_AUTONUM = "{http://schemas.openxmlformats.org/drawingml/2006/main}buAutoNum"  # "1.", "2." as PowerPoint draws them
_ROW = 100_000  # EMU (about 0.1 inch): boxes whose tops differ by less are side by side, read left to right


def read(data: bytes, name: str) -> Document:
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.exc import PackageNotFoundError

    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise CorpusError(f"{name}: cannot open the slide deck ({e})") from None
    furniture = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)
    blocks: list[Block] = []
    title = ""
    tables = 0
    for number, slide in enumerate(deck.slides, 1):
        n = len(blocks) + 1

        def block(kind: Any, text: str, **kw: Any) -> Block:
            return Block(kind, text, n + len(out), n + len(out), page=number, page_end=number, **kw)

        out: list[Block] = []
        heading = slide.shapes.title
        name_of = " ".join(heading.text_frame.text.split()) if heading is not None and heading.has_text_frame else ""
        if name_of:
            title = title or name_of
            out.append(block("heading", name_of, level=1))
        for shape in _shapes(slide.shapes):
            if heading is not None and shape.shape_id == heading.shape_id:
                continue
            if shape.is_placeholder and shape.placeholder_format.type in furniture:
                continue  # the deck's footer, slide number and date on every slide
            if getattr(shape, "has_table", False) and shape.has_table:
                tables += 1
                for row in shape.table.rows:
                    cells = tuple(" ".join(c.text.split()) for c in row.cells)
                    if any(cells):
                        out.append(block("row", " | ".join(cells), cells=cells, table=tables))
            elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                bullets = shape.is_placeholder and shape.placeholder_format.type in (PP_PLACEHOLDER.BODY,
                                                                                    PP_PLACEHOLDER.OBJECT)
                counted: dict[int, int] = {}  # an auto-numbered list's next number, by level
                for p in shape.text_frame.paragraphs:
                    text = " ".join("".join(r.text for r in p.runs).split())
                    auto = p._p.pPr.find(_AUTONUM) if p._p.pPr is not None else None
                    if auto is None:
                        counted.pop(p.level, None)
                    if not text:
                        continue
                    if auto is not None:
                        counted[p.level] = counted.get(p.level, int(auto.get("startAt", "1")) - 1) + 1
                        out.append(block("item", text, number=str(counted[p.level])))
                    else:
                        out.append(block("item" if bullets or p.level else "paragraph", text))
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            for line in (notes.text if notes is not None else "").splitlines():
                if text := " ".join(line.split()):
                    out.append(block("paragraph", text))
        blocks += out
    if not blocks:
        raise CorpusError(f"{name}: no text on any slide")
    return Document("pptx", blocks, title=title)


def _shapes(shapes: Any) -> Iterator[Any]:
    """The shapes of a slide in reading order (top to bottom, then left to right), groups opened."""
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in sorted(shapes, key=lambda s: ((s.top or 0) // _ROW, s.left or 0)):
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape
