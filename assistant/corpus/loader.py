"""Read guides from the corpus folder and turn each into passages through its format's reader
(`files` finds them and hashes them; `readers` turns bytes into a `Document`; `chunker` makes passages)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.document import Document
from assistant.corpus.files import MAX_BYTES, file_digest, guide_files, sha256
from assistant.errors import CorpusError
from assistant.models import Passage


@dataclass(frozen=True)
class Guide:
    id: str
    path: Path
    data: bytes
    sha256: str
    size: int = -1  # size and mtime as read, so the index can tell an unchanged file without hashing it
    mtime_ns: int = -1


def load_guide(path: Path) -> Guide:
    """Read one guide file's bytes; an unreadable, empty or oversized file is a CorpusError."""
    try:
        st = path.stat()  # before reading: an edit racing the read then shows up as a change later
        if st.st_size > MAX_BYTES:
            raise CorpusError(f"{path.name}: is {_size(st.st_size)}, over the {_size(MAX_BYTES)} limit for a guide")
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{path.name}: cannot be read ({e.strerror})") from None
    if not data.strip():
        raise CorpusError(f"{path.name}: is empty")
    return Guide(path.stem, path, data, sha256(data), st.st_size, st.st_mtime_ns)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 10**6 else f"{n / 1e3:.0f} kB"


@dataclass(frozen=True)
class Problem:
    """A corpus file skipped because it is not a readable guide."""

    path: Path
    reason: str
    sha256: str


def load_corpus(corpus: Path) -> tuple[list[Guide], list[Problem]]:
    """Every readable guide of the corpus folder, and the files skipped (with the reason)."""
    guides: list[Guide] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in guide_files(corpus):
        try:
            g = load_guide(path)
        except CorpusError as e:
            problems.append(Problem(path, str(e).split(": ", 1)[-1], file_digest(path)))
            continue
        if g.id in seen:
            problems.append(Problem(path, f"has the same name as {seen[g.id].name}; rename one", g.sha256))
            continue
        seen[g.id] = path
        guides.append(g)
    return guides, problems


def document_of(guide: Guide) -> Document:
    """The guide read by the reader for its format; CorpusError (with the reason) when it cannot be read."""
    from assistant.corpus.readers import read  # the readers load their libraries: only at index time

    return read(guide.path, guide.data)


def passages_of(guide: Guide, doc: Document | None = None) -> list[Passage]:
    """Read one guide with the reader for its format and chunk it into passages."""
    from assistant.corpus.chunker import chunk

    doc = doc if doc is not None else document_of(guide)
    _, passages = chunk(guide.id, doc, fallback_title=guide.id.replace("-", " "), dropped=doc.dropped)
    return passages
