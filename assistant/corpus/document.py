"""The one document model every reader produces and the chunker consumes, whatever the file format.

A `Document` is the guide's title, its format and its blocks in reading order. Headings carry a level
(0 = the guide's title, 1 = top section, 2 = nested, ...; 0 on a non-title heading means "let the
chunker infer it from shape", which plain text needs), so the heading tree is the blocks' own order.
Each block carries where a chemist finds it again: lines of the file for text, Markdown and HTML;
the page (and the line on it) for a PDF; the paragraph number for a Word file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "row", "label", "figure"]
Format = Literal["text", "markdown", "html", "pdf", "docx", "xlsx", "pptx", "rtf", "odt", "ipynb"]
FORMATS: tuple[str, ...] = ("text", "markdown", "html", "pdf", "docx", "xlsx", "pptx", "rtf", "odt", "ipynb")


@dataclass(frozen=True)
class Block:
    """One structural element of a guide.

    `start`/`end` are 1-based and inclusive: lines of the file (text, Markdown, HTML), lines of the
    page (PDF, with `page`/`page_end`), or paragraph numbers counted in document order (Word).
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0  # headings only, see the module docstring
    cells: tuple[str, ...] = ()  # rows: the cells in column order; the first row of a table is its header
    number: str = ""  # items: the list number as the reader restored it ("3", "b"); "" for a bullet
    page: int = 0  # PDF: the page the block starts on (1-based); 0 for other formats
    page_end: int = 0  # PDF: the page it ends on
    table: int = 0  # rows: which table of the document the row belongs to (1-based), so two tables never merge
    post: bool = False  # headings: the heading opens one post of a thread (an e-mail, a forum post), its poster


@dataclass(frozen=True)
class Document:
    """A guide as read: its title (may be empty: the chunker then takes the first title heading or the
    file name), its format, its blocks, and a note of each thing the reader dropped as boilerplate."""

    format: Format
    blocks: list[Block]
    title: str = ""
    dropped: list[str] = field(default_factory=list)
    markup: str = ""  # text written in a lightweight markup the reader read ("org", "asciidoc"), else ""
