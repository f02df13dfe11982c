"""F1: every key of the app on one screen, including the ones the footer has no room for; and the app's
actions by name for the command palette."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", "ask the question in the box"),
    ("Up / Down", "in the question box: earlier and later questions (your draft is kept)"),
    ("PageUp / PageDown", "scroll the conversation"),
    ("Tab", "from the question box: to the newest answer's sources (or the example questions)"),
    ("Up / Down, Enter", "in a source list: choose a source; past the ends, the next or earlier answer"),
    ("1 … 9", "in a source list: that source"),
    ("Escape", "back to the question box (typing anywhere goes there too)"),
    ("ctrl+n", "next source of the answer shown in the sources pane"),
    ("ctrl+o", "open the source shown in $EDITOR at its line (a PDF in $ASSISTANT_PDF_VIEWER)"),
    ("ctrl+y", "copy the answer shown, with its sources, as Markdown"),
    ("ctrl+s", "save the whole conversation as Markdown in your data folder"),
    ("ctrl+t", "long answers on or off, and ask the last question again"),
    ("ctrl+p", "command palette: every action by name"),
    ("F1", "this list"),
    ("ctrl+q", "quit"),
)

# The app's actions by name, for the command palette (ctrl+p): title, what it does, the action.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Copy answer", "Copy the answer shown, with its sources, as Markdown (ctrl+y)", "copy_answer"),
    ("Save transcript", "Save the conversation as Markdown in your data folder (ctrl+s)", "save_transcript"),
    ("Open source", "Open the source shown in $EDITOR at its line (ctrl+o)", "open_source"),
    ("Next source", "Show the next source of the answer shown (ctrl+n)", "next_source"),
    ("Long answers", "Long answers on or off, asking the last question again (ctrl+t)", "toggle_long"),
    ("Show keys", "Every key of the app (F1)", "keys"),
    ("Question box", "Back to the question box (Escape)", "focus_question"),
)


def keys_table() -> Table:
    """The key list: keys in bold on the left, what they do wrapped on the right."""
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for key, what in KEYS:
        table.add_row(key, what)
    return table


class KeysScreen(ModalScreen[None]):
    """The key list over the app; any of Escape, F1 or q closes it."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close", show=False)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="keys"):
            yield Static(keys_table())

    def on_mount(self) -> None:
        self.query_one("#keys").border_title = "Keys (Escape closes)"
