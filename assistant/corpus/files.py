"""Which files of the corpus folder are guides, and their content hashes: all an index needs to tell
whether it is fresh, so `ask` checks freshness without importing the parsers."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus.readers import READERS
from assistant.errors import CorpusError

SUFFIXES = tuple(READERS)
LAB_VOCABULARY = "vocabulary.toml"  # a lab's own vocabulary beside its guides (corpus.vocabulary)
MAX_BYTES = 50 * 10**6  # a guide larger than this is skipped with its reason (a lab's guides are far smaller)


def guide_files(corpus: Path) -> list[Path]:
    """The guide files of a corpus folder, in a stable order."""
    if not corpus.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus}")
    files = sorted(p for p in corpus.iterdir() if is_guide_name(p.name) and p.is_file())
    if not files:
        raise CorpusError(f"no guides ({', '.join(SUFFIXES)}) in {corpus}")
    return files


def ignored_files(corpus: Path) -> list[Path]:
    """Files in the corpus folder that are not read as guides (other suffixes), to tell the user."""
    if not corpus.is_dir():
        return []
    return sorted(p for p in corpus.iterdir() if p.is_file() and not _hidden(p.name)
                  and p.suffix.lower() not in SUFFIXES and p.name != LAB_VOCABULARY)


def is_guide_name(name: str) -> bool:
    """Whether a file of the corpus folder is a guide by its name: a reader's suffix, not hidden, not a lock
    file, not the folder's README."""
    return Path(name).suffix.lower() in SUFFIXES and not _hidden(name) and name.lower() != "readme.md"


def _hidden(name: str) -> bool:
    """A hidden file, or the lock file Word and Excel keep beside an open document ("~$SOP.docx")."""
    return name.startswith((".", "~$"))


def stat_key(path: Path) -> str:
    """A file's size and modification time: unchanged, the file is taken as unchanged without reading it."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def file_digest(path: Path) -> str:
    try:
        return sha256(path.read_bytes())
    except OSError:
        return ""


def sha256(data: bytes) -> str:
    import hashlib  # loads OpenSSL (~6 ms): only when a guide must be hashed, never on a fresh index's ask

    return hashlib.sha256(data).hexdigest()
