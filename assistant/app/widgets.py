"""Widgets of the TUI. All corpus and user text goes in as rich Text (never parsed as markup), made safe."""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from assistant.models import Answer, Citation
from assistant.render import safe, source_line


def plain(text: str, style: str = "") -> Text:
    """Literal text for a widget: no markup, control characters shown as escapes."""
    return Text(safe(text), style=style)


class QuestionBubble(Static):
    def __init__(self, question: str) -> None:
        super().__init__(plain(f"› {question}"), classes="question")


class AnswerBubble(Static):
    """An answer with its [n] markers and clickable source lines; a declined answer is styled apart."""

    def __init__(self, answer: Answer, index: int = 0) -> None:
        body = Text()
        if answer.understood_as:
            body.append_text(plain(f"Reading this as: {answer.understood_as}\n", "italic"))
        body.append_text(plain(answer.answer))
        if answer.citations:
            body.append("\n")
            for c in answer.citations:
                click = Style.from_meta({"@click": f"app.show_source_of({index}, {c.n})"})
                line = plain(f"\n{source_line(c.n, c.guide_title, c.section, c.location)}", "dim")
                line.stylize(click)
                body.append_text(line)
        super().__init__(body, classes="answer" if answer.answered else "answer declined")
        self.answer = answer


def passage_text(c: Citation) -> Text:
    """A cited passage for the sources pane, the question's matched terms highlighted."""
    out = plain(f"[{c.n}] {c.guide_title}\n", "bold")
    out.append_text(plain(c.section.replace(" > ", " › ") + "\n", "italic"))
    out.append_text(plain(f"{c.location} · {c.kind} · score {c.score:.3f}\n\n", "dim"))
    body = plain(c.text)
    for word in c.matched:
        body.highlight_regex(re.compile(rf"(?i)\b{re.escape(word)}\b"), "bold reverse")
    out.append_text(body)
    return out
