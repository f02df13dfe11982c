"""Widgets of the conversation. All corpus and user text goes in as rich Text (never parsed as markup), made
safe."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from assistant.app.sources import SourceList, short_label
from assistant.models import Answer, Citation
from assistant.render import safe
from assistant.session import MAX_QUESTION


def plain(text: str, style: str = "") -> Text:
    """Literal text for a widget: no markup, control characters shown as escapes."""
    return Text(safe(text), style=style)


class QuestionBubble(Static):
    """The question as it was asked; a question cut at the length limit says so."""

    def __init__(self, question: str, cut: bool = False) -> None:
        body = plain(f"› {question}")
        if cut:
            body.append_text(plain(f"\n(cut to its first {MAX_QUESTION} characters: the rest was not asked)",
                                   "italic"))
        super().__init__(body, classes="question")


class AnswerBubble(Vertical):
    """An answer with its [n] markers, then its sources one line each; a declined answer is styled apart."""

    def __init__(self, answer: Answer, index: int = 0) -> None:
        super().__init__(classes="answer" if answer.answered else "answer declined")
        self.answer = answer
        self.index = index

    def compose(self) -> ComposeResult:
        body = Text()
        if self.answer.understood_as:
            body.append_text(plain(f"Reading this as: {self.answer.understood_as}\n", "italic"))
        body.append_text(plain(self.answer.answer))
        yield Static(body, classes="answer-text")
        if self.answer.citations:
            yield SourceList(self.answer, self.index)

    @property
    def text(self) -> str:
        """What the answer's text shows (for tests and screen readers)."""
        return str(self.query_one(".answer-text", Static).render())


def passage_text(c: Citation) -> Text:
    """A cited passage for the sources pane: its short name and place first, then the passage with the
    question's matched terms highlighted, then the full guide title and section path."""
    out = plain(f"{short_label(c)}\n\n", "bold")
    body = plain(c.text)
    for word in c.matched:
        body.highlight_regex(re.compile(rf"(?i)\b{re.escape(word)}\b"), "bold reverse")
    out.append_text(body)
    out.append_text(plain(f"\n\nFrom {c.guide_title} › {c.section.replace(' > ', ' › ')}, {c.location}", "dim italic"))
    return out
