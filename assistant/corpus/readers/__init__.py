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


def read(path: Path, data: bytes) -> Document:
    """The file's `Document`; a file its reader cannot read raises CorpusError with the reason."""
    module = importlib.import_module(f"assistant.corpus.readers.{READERS[path.suffix.lower()]}")
    doc: Document = module.read(data, path.name)
    return doc
