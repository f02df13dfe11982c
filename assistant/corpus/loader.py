"""Read guides from the corpus folder and parse them into passages (`files` finds them and hashes them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.files import file_digest, guide_files, sha256
from assistant.errors import CorpusError
from assistant.models import Passage


@dataclass(frozen=True)
class Guide:
    id: str
    path: Path
    text: str
    sha256: str
    size: int = -1  # size and mtime as read, so the index can tell an unchanged file without hashing it
    mtime_ns: int = -1

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def load_guide(path: Path) -> Guide:
    """Read one guide; a file that is not a text guide (binary, not UTF-8, empty) is a CorpusError."""
    try:
        st = path.stat()  # before reading: an edit racing the read then shows up as a change later
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{path.name}: cannot be read ({e.strerror})") from None
    if b"\x00" in data[:8192]:
        raise CorpusError(f"{path.name}: looks binary, not a text guide")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path.name}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    if not text.strip():
        raise CorpusError(f"{path.name}: is empty")
    return Guide(path.stem, path, text, sha256(data), st.st_size, st.st_mtime_ns)


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
