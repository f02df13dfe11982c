"""One reader per file format, each turning a file's bytes into the one `Document` model.

Readers are imported only when a guide of their format is parsed (`assistant index`), never on `ask`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from assistant.corpus.document import Document

# suffix -> reader module (assistant.corpus.readers.<name>), each with `read(data: bytes, name: str) -> Document`
READERS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


def utf8_text(data: bytes, name: str, what: str) -> str:
    """A text guide's bytes as text: UTF-8 (a BOM allowed); binary or other encodings are a CorpusError."""
    from assistant.errors import CorpusError

    if b"\x00" in data[:8192]:
        raise CorpusError(f"{name}: looks binary, not {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{name}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def read(path: Path, data: bytes) -> Document:
    """The file's `Document`; a file its reader cannot read raises CorpusError with the reason."""
    module = importlib.import_module(f"assistant.corpus.readers.{READERS[path.suffix.lower()]}")
    doc: Document = module.read(data, path.name)
    return doc
