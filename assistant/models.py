"""The typed data that crosses module boundaries: passages, hits, citations, answers, manifests.

These are frozen standard-library dataclasses, not pydantic models: they sit on the query path of every
`ask`, and importing pydantic and building its model classes costs about 0.15 s there, half the latency
budget (see benchmarks/results.md). Pydantic validates them where data enters from outside instead:
the public `ask --json` schema (`answer_schema()`), the eval question files and the manifest check.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

# "problem": an entry of a troubleshooting section, named by its heading, whose text explains and fixes it.
Kind = Literal["faq", "symptom", "cause", "solution", "protocol", "table-row", "prose", "reference", "problem"]
KINDS: tuple[str, ...] = ("faq", "symptom", "cause", "solution", "protocol", "table-row", "prose", "reference",
                          "problem")


def _tuples(d: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """JSON arrays back into the tuples the frozen models hold."""
    return {k: tuple(v) if k in names and isinstance(v, list) else v for k, v in d.items()}


@dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """One retrievable unit of a guide, following the guide's own structure."""

    id: str
    guide: str  # guide id: the corpus file name without its suffix
    guide_title: str
    section: tuple[str, ...]  # section path, outermost first
    kind: Kind
    lines: tuple[int, int]  # 1-based, inclusive line range in the guide file
    text: str  # the passage as shown and quoted: the guide's words, markup removed
    title: str = ""  # FAQ question, protocol title or table-row label
    items: tuple[str, ...] = ()  # protocol steps, or table cells in column order
    header: tuple[str, ...] = ()  # table-row: the table's column headers
    format: str = "text"  # the guide file's format: document.FORMATS
    pages: tuple[int, ...] = ()  # PDF: first and last page; `lines` are then lines of those pages

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @property
    def location(self) -> str:
        """Where to look in the guide file: "lines 12–18", "p. 8" (PDF) or "¶ 14" (Word)."""
        return location(self.format, self.lines, self.pages)

    def context_text(self) -> str:
        """Text for embedding and lexical search: the passage with its guide and section context."""
        return f"{self.guide_title} > {self.section_path}\n{self.text}"

    def to_dict(self) -> dict[str, Any]:
        # Every field is a str, int or tuple of them: a shallow dict is the JSON (asdict is 10x slower).
        return {f: getattr(self, f) for f in _PASSAGE_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Passage:
        """A passage read back from `passages.jsonl`; a missing or unknown field is a TypeError."""
        p = cls(**_tuples(d, ("section", "lines", "items", "header", "pages")))
        if p.kind not in KINDS or len(p.lines) != 2:
            raise ValueError(f"not a passage: {p.id}")
        return p


_PASSAGE_FIELDS = tuple(f.name for f in fields(Passage))


def location(fmt: str, lines: tuple[int, int], pages: tuple[int, ...] = ()) -> str:
    """A place in a guide file a chemist can open: pages for a PDF, paragraphs for Word, rows for Excel, slides
    for PowerPoint, lines otherwise."""
    a, b = lines
    if fmt == "pdf" and pages:
        return f"p. {pages[0]}" if pages[-1] == pages[0] else f"pp. {pages[0]}–{pages[-1]}"
    if fmt in ("docx", "rtf", "odt"):
        return f"¶ {a}" if a == b else f"¶ {a}–{b}"
    if fmt == "xlsx":  # rows of its sheet (the sheet names the section)
        return f"row {a}" if a == b else f"rows {a}–{b}"
    if fmt == "pptx" and pages:
        return f"slide {pages[0]}" if pages[-1] == pages[0] else f"slides {pages[0]}–{pages[-1]}"
    if fmt == "ipynb" and pages:
        return f"cell {pages[0]}" if pages[-1] == pages[0] else f"cells {pages[0]}–{pages[-1]}"
    return f"line {a}" if a == b else f"lines {a}–{b}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """A passage retrieved for a question, with its fused score and the evidence behind it."""

    passage: Passage
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    matched: tuple[str, ...] = ()
    unit_scores: tuple[float, ...] = ()  # dense cosine of each quotable unit, in unit order


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A numbered source of an answer, in the public `ask --json` shape."""

    n: int
    guide: str
    guide_title: str
    section: str
    kind: str
    lines: tuple[int, int]
    score: float
    text: str
    id: str
    matched: tuple[str, ...] = ()
    format: str = "text"  # the guide's file format: document.FORMATS
    location: str = ""  # where to look: "lines 12–18", "p. 8" (PDF), "¶ 14" (Word, with `section`)
    pages: tuple[int, ...] = ()  # PDF: first and last page of the passage; empty for other formats


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerLine:
    """One line of an answer: its text (the guide's words and at most a short label), the sources it quotes,
    and its role: fix, cause, value, step, comparison, answer, gap (what the guides lack), nearest."""

    text: str
    cites: tuple[int, ...]
    role: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """What the assistant says to one question: text with [n] markers and the sources they point to."""

    question: str
    answered: bool
    answer: str
    citations: tuple[Citation, ...] = ()
    intent: str = "general"
    understood_as: str | None = None
    unmatched_terms: tuple[str, ...] = ()
    lines: tuple[AnswerLine, ...] = ()  # the answer line by line, with citations and roles
    missing: tuple[str, ...] = ()  # what was asked that the guides do not give ("equivalents for COMU")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideRecord:
    """One guide file as the index saw it: its content hash, and its size and mtime for a cheap check."""

    guide: str
    path: str
    sha256: str
    passages: int
    size: int = -1
    mtime_ns: int = -1
    format: str = ""  # the reader that read it: document.FORMATS
    kinds: dict[str, int] = field(default_factory=dict)  # passages found, by kind
    dropped: tuple[str, ...] = ()  # what the reader left out as boilerplate (running headers, navigation, ...)


@dataclass(frozen=True, slots=True, kw_only=True)
class SkippedGuide:
    """A file in the corpus folder that could not be read as a guide, and why."""

    path: str
    sha256: str
    reason: str
    size: int = -1
    mtime_ns: int = -1


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """Written last into an index folder; the loader refuses an index whose manifest does not match."""

    format_version: int
    model_name: str
    model_sha256: str
    dimension: int
    passage_count: int
    guides: tuple[GuideRecord, ...]
    built_at: str
    embedder: str = "sentence-transformers"
    corpus: str = ""
    skipped: tuple[SkippedGuide, ...] = field(default=())
    parser: str = ""  # fingerprint of the parsing code: passages of unchanged guides are reused only if it matches
    model_stat: str = ""  # the weights file's size and mtime when model_sha256 was taken (a cheap first check)
    vectors: str = "exact"  # the backend holding the vectors (index.ann): exact, or faiss for very large collections

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a manifest; anything malformed is a ValueError (TypeError from a wrong field is wrapped)."""
        try:
            d = json.loads(text)
            if not isinstance(d, dict):
                raise ValueError("not a JSON object")
            known = {f.name for f in fields(cls)}
            d = {k: v for k, v in d.items() if k in known}  # a newer format's extra fields: its version says so
            guides = d.get("guides", ())
            for g in guides:  # in place: a manifest of 10,000 guides is read on every `ask`
                if isinstance(g, dict) and isinstance(g.get("dropped"), list):
                    g["dropped"] = tuple(g["dropped"])
            d["guides"] = tuple(GuideRecord(**g) for g in guides)
            d["skipped"] = tuple(SkippedGuide(**s) for s in d.get("skipped", ()))
            m = cls(**d)
        except TypeError as e:
            raise ValueError(str(e)) from None
        if not isinstance(m.format_version, int) or not isinstance(m.passage_count, int):
            raise ValueError("manifest counts are not integers")
        return m


def answer_schema() -> dict[str, Any]:
    """The JSON Schema of one `ask --json` object (pydantic reads the dataclass; off the query path)."""
    from pydantic import TypeAdapter

    return TypeAdapter(Answer).json_schema(mode="serialization")
