"""The typed data that crosses module boundaries: passages, hits, citations, answers, manifests."""


from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["faq", "symptom", "cause", "solution", "protocol", "table-row", "prose", "reference"]
KINDS: tuple[str, ...] = ("faq", "symptom", "cause", "solution", "protocol", "table-row", "prose", "reference")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Passage(_Model):
    """One retrievable unit of a guide, following the guide's own structure."""

    id: str
    guide: str = Field(description="guide id: the corpus file name without its suffix")
    guide_title: str
    section: tuple[str, ...] = Field(description="section path, outermost first")
    kind: Kind
    lines: tuple[int, int] = Field(description="1-based, inclusive line range in the guide file")
    text: str = Field(description="the passage as shown and quoted: the guide's words, markup removed")
    title: str = Field("", description="FAQ question, protocol title or table-row label")
    items: tuple[str, ...] = Field((), description="protocol steps, or table cells in column order")
    header: tuple[str, ...] = Field((), description="table-row: the table's column headers")

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    def context_text(self) -> str:
        """Text for embedding and lexical search: the passage with its guide and section context."""
        return f"{self.guide_title} > {self.section_path}\n{self.text}"


class Hit(_Model):
    """A passage retrieved for a question, with its fused score and the evidence behind it."""

    passage: Passage
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    matched: tuple[str, ...] = ()
    unit_scores: tuple[float, ...] = Field((), description="dense cosine of each quotable unit, in unit order")


class Citation(_Model):
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


class Answer(_Model):
    """What the assistant says to one question: text with [n] markers and the sources they point to."""

    question: str
    answered: bool
    answer: str
    citations: tuple[Citation, ...] = ()
    intent: str = "general"
    understood_as: str | None = None
    unmatched_terms: tuple[str, ...] = ()


class GuideRecord(_Model):
    guide: str
    path: str
    sha256: str
    passages: int


class Manifest(_Model):
    """Written last into an index folder; the loader refuses an index whose manifest does not match."""

    format_version: int
    model_name: str
    model_sha256: str
    dimension: int
    passage_count: int
    guides: tuple[GuideRecord, ...]
    built_at: str
    embedder: str = "sentence-transformers"
