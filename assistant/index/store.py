"""The index folder on disk: its layout, the atomic write, and a load that refuses stale or half-built ones."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload

from assistant.corpus.files import file_digest, guide_files
from assistant.errors import IndexBusyError, IndexMismatchError, IndexMissingError
from assistant.models import KINDS, GuideRecord, Manifest, Passage, SkippedGuide
from assistant.settings import INDEX_NAME, Paths

if TYPE_CHECKING:
    import numpy as np

    from assistant.index.dense import DenseIndex
    from assistant.index.lexical import LexicalIndex

FORMAT_VERSION = 63  # 12: entries and guides in the catalog; 13: row topics and labels in it, vector backends;
# 14: bench-note entries (a "FIX:" line under an indented item; unlabelled text joins its entry);
# 15: a run-in label standing alone as a sentence ("Fix.") is no quotable unit;
# 16: a PDF section balanced in two columns on its own; heading levels that skip nest by depth;
# 17: a series of paragraphs each opening with a bold sentence: each headed by it (PDF, HTML, Markdown);
# 18: "Cat no. 10777404", "fig. 3" do not end a sentence (the units embedded for each passage);
# 19: paragraphs each opening with a dashed label ("Sharps – ..."), two or more under a heading: headed by it;
# 20: section titles numbered like list items head their sections; a form table (label | value | label | value);
# 21: plain text: underlined headings take their level from the underline, grid tables, reST markup dropped;
#     HTML: a title paragraph; 22: Markdown toggle lists (bullets each holding bullets) head their bullets;
# 23: numbered section headings take their level from their number; emoji around a section name ignored;
# 24: plain text in Org-mode or AsciiDoc read as its markup says; description-list terms head their entries;
#     "Troubleshooting <reaction>" holds problem entries as "Troubleshooting" does;
# 25: PDF: a raised footnote mark is not read into the word before it ("P(t-Bu)3" not "P(t-Bu)325");
# 26: a bold one-word label ("Reuse.") or a bold question opening a paragraph heads it, in a series;
# 27: each passage's length in words in the catalog (a ranking feature); 28: plain text printed in pages
#     (running headers, page numbers, framed warnings, diagrams, grid rows), DokuWiki source, MkDocs
#     admonitions and tabs, Jupyter code cells, a PDF's numbered clauses, Windows-1252 text
# 29: PDF: a subscript set below its line stays in its formula ("CH2Cl2", not "CH Cl" and a line "2 2");
# 30: an e-mail's source (.eml, or saved as .txt): its thread, not its transport; 31: SmartArt text (Word),
#     EPUB footnotes and tip boxes (HTML), inline HTML tags out of Markdown, a man page's overstrike, running
#     lines and box-drawn tables (text)
# 32: a sheet saved as CSV (.csv, or .txt) as table rows; Word's HTML lists as items; an accordion's heading
#     in its toggle button; an HTML-only e-mail thread by sender; MyST (Jupyter Book) markup;
# 33: a filled-in PDF form's field values; a digest's (or a forward's) attached messages; WebVTT transcripts
# 34: a Word document laid out in a two-column table of labels and texts as headed sections
# 35: Typst source (saved as .txt) as Markdown: headings, steps, term lists, tables, variables
# 36: a booklet printed 2-up (PDF): each sheet read as its two pages, in page order; 37: its right-hand
#     pages measured from their own left edge (centred headings, two columns); a table boxed row by row; a
#     contents page without leader dots; 38: HTML: a bold label standing alone heads what follows (a panel's
#     header, a OneNote or Evernote outline's bold line); bold styled spans open run-in entries
# 39: a two-column PDF saved by pdftotext -layout read down each column; HackMD/Docusaurus containers with a
#     title head what they hold, Pandoc/HackMD inline extensions as text; Sphinx permalink marks out
# 40: a sheet's "sep=;" line (Excel's separator note) read as the separator, not as a row
# 41: a typeset text's hyphenated line ends rejoined as a PDF's are ("anti-" "inflammatory" keeps its hyphen)
# 42: Hugo page sources: TOML front matter out, shortcodes read as the headings and text they frame
# 43: HTML: a definition-list term naming a role ("Cause:", "Fix:" of a Sphinx field list) labels its definition
# 44: list items numbered by hand after their section ("[ ] 7.1 Raise ...", "[ ] 7.2 ...") are its steps
# 45: Word: imported parts (w:altChunk, HTML or text) read in their place
# 46: HTML: a forum thread or page comments read post by post, each under its poster; post controls out
# 47: plain text saved by Word: tabbed numbered headings, list lines and contents lines read as such
# 48: Jekyll pages: Liquid tags, comments and page variables, kramdown attribute lists read as their text
# 49: sheets: a help-centre export (an article per row, its body an HTML cell) read as its articles
# 50: text after an entry's fix (a reply going on to other points) is no longer the entry's symptom;
#     a thread's post that asks is its problem; a blog's share buttons, related posts and reply form left out
# 51: the abbreviations the guides define ("Lawesson's reagent (LR)") kept with the vocabulary
# 52: a group chat's export read as its senders' posts (WhatsApp); a chat channel's sender names its message
#     (HTML); "1. ...<br>2. ..." are list items; bullets run into one line are quoted one by one, and a stamp or
#     a date alone is no quotable unit
# 53: a later sentence of a list item is embedded and searched with the name the item opens with ("10% Pd/C: ...")
# 54: PDF: a sheet printed with its row numbers and column letters is read as a sheet, without them; a page in
#     three or more columns (a poster) is read column by column
# 55: PDF: a slide's symptom bullet heads its "cause:" and "fix:" sub-bullets
# 56: HTML: a collapsed section's toggle button with no heading in or around it (a Bootstrap card) heads it
# 57: plain text in Textile (a Redmine wiki page) read as its markup says
# 58: HTML: a <details> block's <summary> that names a problem heads what it folds
# 59: PDF: on a page of three or more columns, a row in the top margin that the gutters split heads each column
# 60: a FAQ question and its answer on one line ("Q: Why ...? A: Because ...") split; no empty "A:" answer
# 61: RTF read as Word paragraphs (styles, tables, list numbers; no page headers); notebook printed lines apart;
#     xlsx: hidden sheets and columns out, merged cells down, notes read; wiki likes and labels out
# 62: a plain-text definition list (a term on its own line, its text indented under it) heads each entry by its term
# 63: PDF: a sidebar (a narrow column beside the text, its gutter from 15 % of the width in) read apart from the text
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
OFFSETS = "passage_offsets.npy"  # byte offset of each line of passages.jsonl, and the file's length
CATALOG = "catalog"  # .npy per field: kind number, whether it states an amount, ... (ranking without parsing)
CATALOG_FIELDS = ("kinds", "amounts", "types", "entries", "guides", "words", "topics", "topic_terms",
                  "term_topics", "titles", "title_rows", "title_starts")
KEYS = "keys.json"  # a digest of every embedded text, so a rebuild re-embeds only what changed
LEXICAL = "lexical"
LOCK = ".lock"
REBUILD = "run `assistant index` to rebuild it (or pass --reindex)"


@contextmanager
def build_lock(index_root: Path) -> Iterator[None]:
    """Hold the index folder's build lock; a second `assistant index` is told, not queued or corrupted.

    flock is released by the kernel when the holder dies, so a killed build never leaves it stuck.
    """
    import fcntl

    index_root.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise IndexBusyError(f"another `assistant index` is building in {index_root}; wait for it to finish") from None
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def write_atomically(index_root: Path, fill: Callable[[Path], Manifest]) -> Manifest:
    """Build into a fresh folder, write the manifest last, then swap the `current` link in one rename."""
    import shutil
    import uuid

    index_root.mkdir(parents=True, exist_ok=True)
    build = index_root / f"build-{uuid.uuid4().hex[:12]}"
    build.mkdir()
    try:
        manifest = fill(build)
        tmp = build / (MANIFEST + ".tmp")
        tmp.write_text(manifest.to_json())
        os.replace(tmp, build / MANIFEST)
        link = index_root / f".{INDEX_NAME}-{uuid.uuid4().hex[:8]}"
        os.symlink(build.name, link)
        os.replace(link, index_root / INDEX_NAME)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    for old in index_root.glob("build-*"):  # earlier builds, and any a killed build left half-written
        if old != build:
            shutil.rmtree(old, ignore_errors=True)
    for stray in index_root.glob(f".{INDEX_NAME}-*"):
        stray.unlink(missing_ok=True)
    return manifest


def read_manifest(folder: Path) -> Manifest:
    f = folder / MANIFEST
    if not folder.exists():
        raise IndexMissingError(f"no index at {folder}; {REBUILD}")
    if not f.exists():
        raise IndexMismatchError(f"the index at {folder} is incomplete (no manifest); {REBUILD}")
    try:
        return Manifest.from_json(f.read_text())
    except ValueError:
        raise IndexMismatchError(f"the index manifest at {f} is unreadable; {REBUILD}") from None


def check_fresh(manifest: Manifest, corpus: Path) -> None:
    """Refuse an index whose guides differ from the corpus on disk (added, removed or edited).

    A file whose size and modification time match the manifest is taken as unchanged; any other is hashed.
    """
    recorded: dict[str, GuideRecord | SkippedGuide] = {g.path: g for g in manifest.guides}
    recorded.update({s.path: s for s in manifest.skipped})
    files = _guide_entries(corpus)
    changes = [f"{n} added" for n in sorted(files.keys() - recorded.keys())]
    changes += [f"{n} removed" for n in sorted(recorded.keys() - files.keys())]
    for name in sorted(files.keys() & recorded.keys()):
        rec, st = recorded[name], files[name].stat()
        if (st.st_size, st.st_mtime_ns) != (rec.size, rec.mtime_ns) and file_digest(Path(files[name])) != rec.sha256:
            changes.append(f"{name} changed")
    if changes:
        shown = ", ".join(changes[:3]) + (f" and {len(changes) - 3} more" if len(changes) > 3 else "")
        raise IndexMismatchError(f"the index is stale ({shown}); {REBUILD}")


def _guide_entries(corpus: Path) -> dict[str, os.DirEntry[str] | Path]:
    """The guide files of a corpus (as corpus.files.guide_files) by name, from one directory scan: ten
    thousand guides cost one stat each, not a sort of paths and two stats (0.4 s per `ask`, measured)."""
    from assistant.corpus.files import is_guide_name

    if not corpus.is_dir():
        guide_files(corpus)  # its error: no such folder
    found: dict[str, os.DirEntry[str] | Path] = {}
    with os.scandir(corpus) as it:
        for e in it:
            if is_guide_name(e.name) and e.is_file():
                found[e.name] = e
    return found or {p.name: p for p in guide_files(corpus)}  # (none: its error, no guides)


def check_model(manifest: Manifest) -> None:
    """Refuse an index built with another embedding model or other weights than the ones installed."""
    from assistant.index.encoders import MODEL_NAMES, model_fingerprint, model_stat

    if manifest.embedder not in MODEL_NAMES:
        raise IndexMismatchError(f"the index was built with an unknown embedder {manifest.embedder!r}; {REBUILD}")
    if manifest.model_stat and manifest.model_stat == model_stat(manifest.embedder):
        return  # the same weights file, untouched since the build
    if manifest.model_sha256 != model_fingerprint(manifest.embedder):
        raise IndexMismatchError(f"the index was built with other model weights than installed; {REBUILD}")


def parser_fingerprint() -> str:
    """A digest of the code that turns guides into passages (readers, chunker, roles, units, analyzer,
    amounts, entries): an index built by other code is rebuilt, never read as if it were current."""
    import zlib  # not hashlib: `ask` checks this on every question, and hashlib loads OpenSSL

    import assistant.corpus as corpus_pkg

    root = Path(corpus_pkg.__file__).parent
    crc = 0
    for f in sorted(root.rglob("*.py")):
        crc = zlib.crc32(f.read_bytes(), zlib.crc32(str(f.relative_to(root)).encode(), crc))
    return f"crc32-{crc:08x}"


def write_passages(passages: list[Passage], folder: Path) -> None:
    """passages.jsonl with its line offsets, and the catalog the ranker reads instead of the passages."""
    import numpy as np

    from assistant.corpus.amounts import QUANTITY, states
    from assistant.corpus.entries import entry_ids, guide_ids
    from assistant.corpus.topics import row_topics, rows_by_title

    offsets = [0]
    with (folder / PASSAGES).open("wb") as f:
        for p in passages:
            offsets.append(offsets[-1] + f.write((json.dumps(p.to_dict(), ensure_ascii=False) + "\n").encode()))
    np.save(folder / OFFSETS, np.asarray(offsets, dtype=np.int64))
    catalog = {
        "kinds": np.asarray([KINDS.index(p.kind) for p in passages], dtype=np.int8),
        "amounts": np.asarray([bool(QUANTITY.search(p.text)) for p in passages], dtype=bool),
        "types": np.asarray([states(p.text, p.header, p.items) for p in passages], dtype=np.int8),
        "entries": np.asarray(entry_ids(passages), dtype=np.int64),
        "guides": np.asarray(guide_ids(passages), dtype=np.int64),
        "words": np.asarray([len(p.text.split()) for p in passages], dtype=np.int32),
    }
    topics, terms = row_topics(passages)
    titles, title_rows, starts = rows_by_title(passages)
    catalog.update({
        "topics": np.asarray(topics, dtype=np.int32),
        "topic_terms": np.asarray(sorted(terms), dtype=str),
        "term_topics": np.asarray([terms[t] for t in sorted(terms)], dtype=np.int32),
        "titles": np.asarray(titles, dtype=str),
        "title_rows": np.asarray(title_rows, dtype=np.int64),
        "title_starts": np.asarray(starts, dtype=np.int64),
    })
    (folder / CATALOG).mkdir()
    for name in CATALOG_FIELDS:  # plain .npy files: reading an .npz would import zipfile on every ask
        np.save(folder / CATALOG / f"{name}.npy", catalog[name])


class PassageTable(Sequence[Passage]):
    """The passages of an index, parsed only when used: `ask` reads ten of them, not all of them."""

    def __init__(self, folder: Path) -> None:
        import mmap

        import numpy as np

        self.offsets = np.load(folder / OFFSETS)
        with (folder / PASSAGES).open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if len(self.offsets) == 0 or size != int(self.offsets[-1]):
                raise ValueError("passages.jsonl does not match its offsets (truncated or rewritten)")
            self._data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        self._cache: dict[int, Passage] = {}

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, i: int) -> Passage: ...

    @overload
    def __getitem__(self, i: slice) -> list[Passage]: ...

    def __getitem__(self, i: int | slice) -> Passage | list[Passage]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        p = self._cache.get(i)
        if p is None:
            line = self._data[int(self.offsets[i]) : int(self.offsets[i + 1])]
            try:
                p = self._cache[i] = Passage.from_dict(json.loads(line))
            except (ValueError, TypeError):
                raise IndexMismatchError(f"passage {i} of the index is damaged; {REBUILD}") from None
        return p


@dataclass
class IndexStore:
    """A loaded, checked index: passages (parsed on use), their catalog, and the search structures."""

    folder: Path
    manifest: Manifest
    passages: Sequence[Passage]
    dense: DenseIndex
    lexical: LexicalIndex
    kinds: np.ndarray  # KINDS index of every passage
    amounts: np.ndarray  # whether each passage states an amount (a range, or a number with a unit)
    types: np.ndarray  # which kinds of amount each passage states (bit mask over intent.TYPES)
    entries: np.ndarray  # the problem entry of each passage (corpus.entries): symptom, cause and fix share one
    guides: np.ndarray  # the guide of each passage, numbered
    words: np.ndarray  # the length of each passage's text in words
    topics: np.ndarray  # the topic of each table row under a titled section, numbered; -1 for the rest
    topic_terms: dict[str, int]  # each distinctive term of a topic's title -> that topic (corpus.topics)
    rows_by_title: dict[str, np.ndarray]  # each table-row label, lower-cased -> the positions of its rows


def load_index(paths: Paths) -> IndexStore:
    """Open the live index, checking format, completeness and freshness against the corpus."""
    from assistant.index.ann import BACKENDS, file_name
    from assistant.index.dense import UNITS, VECTORS, DenseIndex
    from assistant.index.lexical import LexicalIndex

    folder = paths.index
    manifest = read_manifest(folder)
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index has format {manifest.format_version}, this program reads {FORMAT_VERSION}; {REBUILD}"
        )
    check_model(manifest)
    if manifest.parser != parser_fingerprint():
        raise IndexMismatchError(f"the index was built by another version of the guide readers; {REBUILD}")
    check_fresh(manifest, paths.corpus)
    import numpy as np

    if manifest.vectors not in BACKENDS:
        raise IndexMismatchError(f"the index keeps its vectors in an unknown backend {manifest.vectors!r}; {REBUILD}")
    if missing := [n for n in (VECTORS, UNITS) if not (folder / file_name(manifest.vectors, n)).exists()]:
        raise IndexMismatchError(f"the index at {folder} is damaged: its manifest says the vectors are in a "
                                 f"{manifest.vectors} index, but {file_name(manifest.vectors, missing[0])} is "
                                 f"missing; {REBUILD}")
    try:
        passages = PassageTable(folder)
        cat = {k: np.load(folder / CATALOG / f"{k}.npy") for k in CATALOG_FIELDS}
        topic_terms = dict(zip(cat["topic_terms"].tolist(), cat["term_topics"].tolist(), strict=True))
        starts = cat["title_starts"]
        by_title = {str(t): cat["title_rows"][starts[i] : starts[i + 1]] for i, t in enumerate(cat["titles"])}
        dense = DenseIndex(folder, manifest.vectors)
        lexical = LexicalIndex(folder / LEXICAL)
        passages[0], passages[-1]  # noqa: B018 - the first and last lines must parse
    except (OSError, ValueError, KeyError, TypeError, IndexMismatchError, IndexError, RuntimeError) as e:  # damaged
        raise IndexMismatchError(f"the index at {folder} is damaged ({type(e).__name__}); {REBUILD}") from None
    n = manifest.passage_count
    if not len(passages) == n == len(dense) == lexical.num_docs == len(cat["kinds"]) == len(cat["topics"]) or (
        len(dense) and dense.dimension != manifest.dimension
    ):
        raise IndexMismatchError(f"the index at {folder} has inconsistent parts; {REBUILD}")
    return IndexStore(folder, manifest, passages, dense, lexical, cat["kinds"], cat["amounts"], cat["types"],
                      cat["entries"], cat["guides"], cat["words"], cat["topics"], topic_terms, by_title)
