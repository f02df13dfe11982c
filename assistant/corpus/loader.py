"""Read guides from the corpus folder (the only I/O of the corpus package)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import CorpusError
from assistant.models import Passage

SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True)
class Guide:
    id: str
    path: Path
    text: str
    sha256: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def guide_files(corpus: Path) -> list[Path]:
    """The guide files of a corpus folder, in a stable order."""
    if not corpus.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus}")
    files = sorted(p for p in corpus.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    files = [p for p in files if not p.name.startswith(".") and p.name.lower() != "readme.md"]
    if not files:
        raise CorpusError(f"no guides (.txt or .md) in {corpus}")
    return files


def load_guide(path: Path) -> Guide:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path.name} is not UTF-8 text ({e.reason} at byte {e.start})") from None
    return Guide(path.stem, path, text, hashlib.sha256(data).hexdigest())


def load_corpus(corpus: Path) -> list[Guide]:
    guides = [load_guide(p) for p in guide_files(corpus)]
    seen: set[str] = set()
    for g in guides:
        if g.id in seen:
            raise CorpusError(f"two guides share the name {g.id!r}; rename one")
        seen.add(g.id)
    return guides


def passages_of(guide: Guide) -> list[Passage]:
    """Parse one guide with the parser for its layout and chunk it into passages."""
    # Imported here: `ask` only hashes guides to check the index is fresh, and never parses them.
    from assistant.corpus.chunker import chunk
    from assistant.corpus.parse_markdown import parse_markdown
    from assistant.corpus.parse_text import parse_text

    lines = guide.lines
    is_md = guide.path.suffix.lower() in (".md", ".markdown")
    blocks = parse_markdown(lines) if is_md else parse_text(lines)
    _, passages = chunk(guide.id, blocks, fallback_title=guide.id.replace("-", " "))
    return passages
