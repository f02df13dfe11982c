"""The question box: a multi-line paste becomes one question, Up/Down walk the history, and it shows when
an answer is being worked on."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from assistant.app.history import History

PLACEHOLDER = "Ask about your reaction, e.g. why is my RCM sluggish"


def one_line(text: str) -> str:
    """Pasted text as one line: its lines joined by spaces, surrounding blanks dropped."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class QuestionBox(Input):
    """The Input the chemist types into; the rest of the app sends stray keystrokes here."""

    BINDINGS = [
        Binding("up", "older", "Earlier question", show=False),
        Binding("down", "newer", "Later question", show=False),
        Binding("tab", "app.focus_answers", "Sources", show=False),
    ]

    class Joined(Message):
        """A paste of several lines was joined into one question."""

        def __init__(self, lines: int) -> None:
            super().__init__()
            self.lines = lines

    def __init__(self, history: History, id: str | None = None) -> None:
        # Not select-on-focus: a key typed elsewhere comes here, and must not replace what was typed before.
        super().__init__(placeholder=PLACEHOLDER, id=id, select_on_focus=False)
        self.history = history

    def _on_paste(self, event: events.Paste) -> None:
        # Input keeps only the first line of a paste; a question pasted from notes is usually several.
        self.take_paste(event.text)
        event.stop()
        event.prevent_default()  # not Input's own paste handler as well

    def take_paste(self, pasted: str) -> None:
        """Insert pasted text as one line (also a paste that arrived while another pane had focus)."""
        text = one_line(pasted)
        if text:
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        lines = sum(1 for line in pasted.splitlines() if line.strip())
        if lines > 1:
            self.post_message(self.Joined(lines))

    def set_busy(self, busy: bool) -> None:
        """Say an answer is on its way; typing the next question stays possible."""
        self.set_class(busy, "-busy")
        self.placeholder = "Answering… (type your next question meanwhile)" if busy else PLACEHOLDER

    def _show(self, text: str | None) -> None:
        if text is not None:
            self.value = text
            self.cursor_position = len(text)

    def action_older(self) -> None:
        self._show(self.history.older(self.value))

    def action_newer(self) -> None:
        self._show(self.history.newer())
