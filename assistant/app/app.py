"""Bare `assistant`: ask, read the cited answer, open its sources, follow up.

The index loads once in a worker; each answer is computed in a worker thread, so the UI never blocks.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from datetime import datetime
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Input, LoadingIndicator, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.widgets import AnswerBubble, QuestionBubble, passage_text, plain
from assistant.errors import AssistantError, IndexMismatchError, IndexMissingError
from assistant.index.store import IndexStore, load_index
from assistant.models import KINDS, Answer, Citation
from assistant.render import safe, source_line
from assistant.session import Session
from assistant.settings import Paths, paths

SUGGESTIONS = 6


class BenchApp(App[None]):
    """The troubleshooting assistant's TUI."""

    CSS_PATH = "app.tcss"
    TITLE = "Bench assistant"
    SUB_TITLE = "cited answers from your troubleshooting guides"
    BINDINGS = [
        Binding("ctrl+y", "copy_answer", "Copy answer"),
        Binding("ctrl+s", "save_transcript", "Save transcript"),
        Binding("ctrl+o", "open_source", "Open in $EDITOR"),
        Binding("ctrl+l", "toggle_long", "Long answers"),
        Binding("ctrl+n", "next_source", "Next source"),
        *[Binding(f"alt+{n}", f"show_source({n})", f"Source {n}", show=n == 1) for n in range(1, 10)],
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, where: Paths | None = None, session: Session | None = None, reindex: bool = False) -> None:
        super().__init__()
        self.where = where or paths()
        self.reindex = reindex
        self.session = session
        self.history: list[str] = []
        self.history_pos = 0
        self.answers: list[Answer] = []
        self.selected = 1
        self.long = False
        self.pending: list[tuple[str, str | None]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with VerticalScroll(id="conversation"):
                yield LoadingIndicator(id="loading")
                yield Static(plain("Loading the index…"), id="status")
                yield OptionList(id="suggestions")
            with VerticalScroll(id="sources"):
                yield Static(plain("Sources of the selected answer appear here."), id="passage")
        yield Input(placeholder="Ask about your reaction, e.g. why is my RCM sluggish", id="question")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#conversation").border_title = "Conversation"
        self.query_one("#sources").border_title = "Sources"
        self.query_one("#suggestions").display = False
        self.query_one("#question", Input).focus()
        if self.session is None:
            self.load_index()
        else:
            self._index_ready()

    @work(thread=True, exclusive=True, group="load")
    def load_index(self) -> None:
        try:
            session = Session(store=self._open_store())
        except AssistantError as e:
            self.call_from_thread(self._load_failed, str(e))
            return
        self.session = session
        self.call_from_thread(self._index_ready)

    def _open_store(self) -> IndexStore:
        """The index, rebuilt first when the user asked for --reindex and it is missing or stale."""
        try:
            return load_index(self.where)
        except (IndexMissingError, IndexMismatchError):
            if not self.reindex:
                raise
        self.call_from_thread(self._status, "Rebuilding the index (only changed guides are embedded)…")
        from assistant.index.build import build_index

        build_index(self.where)
        return load_index(self.where)

    def _status(self, text: str) -> None:
        self.query_one("#status", Static).update(plain(text))

    def _load_failed(self, message: str) -> None:
        self.query_one("#loading").display = False
        self.query_one("#status", Static).update(plain(f"No index: {message}"))
        self.notify(safe(message), title="Index unavailable", severity="error", timeout=30, markup=False)
        self.query_one("#question", Input).disabled = True

    def _index_ready(self) -> None:
        self.query_one("#loading").display = False
        self.query_one("#status", Static).update(plain("Ask a question below, or pick one of these:"))
        if self.pending:  # typed while the index was loading
            for question, previous in self.pending:
                self.answer(question, previous)
            self.pending.clear()
        else:
            self._show_suggestions()

    def _show_suggestions(self) -> None:
        assert self.session is not None
        picks: list[str] = []
        store = self.session.store
        wanted = {KINDS.index("faq"), KINDS.index("symptom")}
        for i in (i for i, k in enumerate(store.kinds) if k in wanted):  # parse only those passages
            if len(picks) >= SUGGESTIONS:
                break
            p = store.passages[i]
            if p.kind == "faq" and p.title:
                picks.append(p.title)
            elif p.kind == "symptom":
                picks.append(p.text.removeprefix("Symptom:").strip())
        options = self.query_one("#suggestions", OptionList)
        options.clear_options()
        options.add_options([Option(plain(s)) for s in picks[:SUGGESTIONS]])
        options.display = bool(picks)

    @on(OptionList.OptionSelected, "#suggestions")
    def pick_suggestion(self, event: OptionList.OptionSelected) -> None:
        self.ask(str(event.option.prompt))

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.notify("Type a question first.", severity="warning")
            return
        event.input.value = ""
        self.ask(text)

    def ask(self, question: str) -> None:
        self.query_one("#suggestions").display = False
        self.query_one("#status").display = False
        self.history.append(question)
        self.history_pos = len(self.history)
        conv = self.query_one("#conversation", VerticalScroll)
        conv.mount(QuestionBubble(question))
        self.call_after_refresh(conv.scroll_end, animate=False)  # after layout, so the new height counts
        previous = self.answers[-1].understood_as or self.answers[-1].question if self.answers else None
        if self.session is None:
            self.pending.append((question, previous))
        else:
            self.answer(question, previous)

    @work(thread=True, group="answer")
    def answer(self, question: str, previous: str | None) -> None:
        assert self.session is not None
        try:
            result = self.session.ask(question, long=self.long, previous=previous)
        except AssistantError as e:
            self.call_from_thread(self.notify, safe(str(e)), severity="error", markup=False)
            return
        self.call_from_thread(self._show_answer, result)

    def _show_answer(self, answer: Answer) -> None:
        self.answers.append(answer)
        conv = self.query_one("#conversation", VerticalScroll)
        conv.mount(AnswerBubble(answer, len(self.answers) - 1))
        self.call_after_refresh(conv.scroll_end, animate=False)  # after layout, so the new height counts
        self.action_show_source(1)

    def action_show_source(self, n: int) -> None:
        if not self.answers:
            return
        cites = self.answers[-1].citations
        if not 1 <= n <= len(cites):
            self.notify(f"The last answer has {len(cites)} source(s).", severity="warning")
            return
        self.selected = n
        self.query_one("#passage", Static).update(passage_text(cites[n - 1]))

    def action_show_source_of(self, index: int, n: int) -> None:
        """A click on a source line of any answer in the conversation."""
        if 0 <= index < len(self.answers) and 1 <= n <= len(self.answers[index].citations):
            self.selected = n
            self.query_one("#passage", Static).update(passage_text(self.answers[index].citations[n - 1]))

    def action_next_source(self) -> None:
        if self.answers and self.answers[-1].citations:
            self.action_show_source(self.selected % len(self.answers[-1].citations) + 1)

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        box = self.query_one("#question", Input)
        if self.focused is not box or not self.history:
            return
        if event.key == "up":
            self.history_pos = max(0, self.history_pos - 1)
        elif event.key == "down":
            self.history_pos = min(len(self.history), self.history_pos + 1)
        else:
            return
        box.value = self.history[self.history_pos] if self.history_pos < len(self.history) else ""
        box.cursor_position = len(box.value)
        event.stop()

    def action_toggle_long(self) -> None:
        self.long = not self.long
        self.notify(f"Long answers {'on' if self.long else 'off'}.")

    def markdown(self, answers: list[Answer]) -> str:
        """Answers with their sources as Markdown."""
        out: list[str] = []
        for a in answers:
            out += [f"## {a.question}", ""]
            if a.understood_as:
                out += [f"*Reading this as: {a.understood_as}*", ""]
            out += [a.answer, ""]
            for c in a.citations:
                out += [f"- {source_line(c.n, c.guide_title, c.section, c.location)}", "", f"  > {c.text}", ""]
        return "\n".join(out)

    def action_copy_answer(self) -> None:
        if not self.answers:
            self.notify("Nothing to copy yet.", severity="warning")
            return
        self.copy_to_clipboard(self.markdown(self.answers[-1:]))
        self.notify("Answer and sources copied as Markdown.")

    def action_save_transcript(self) -> None:
        if not self.answers:
            self.notify("Nothing to save yet.", severity="warning")
            return
        path = Path.cwd() / f"assistant-transcript-{datetime.now():%Y%m%d-%H%M%S}.md"
        path.write_text("# Bench assistant transcript\n\n" + self.markdown(self.answers), encoding="utf-8")
        self.notify(safe(f"Saved {path}"), markup=False)

    def action_open_source(self) -> None:
        if not self.answers or not self.answers[-1].citations:
            self.notify("No source selected.", severity="warning")
            return
        c = self.answers[-1].citations[self.selected - 1]
        guide = next((g for g in self.where.corpus.iterdir() if g.stem == c.guide), None)
        if guide is None:
            self.notify("Guide file not found.", severity="error")
            return
        command = open_command(c, guide)
        if command is None:  # a PDF with no viewer configured, or a Word file: say where to look
            self.notify(safe(f"Open {guide} at {c.location}"), markup=False, timeout=15)
            return
        try:
            with self.suspend():
                code = subprocess.call(command)
        except OSError as e:
            self.notify(safe(f"Could not run {command[0]}: {e.strerror}"), markup=False, severity="error")
            return
        if code != 0:
            self.notify(safe(f"{command[0]} exited with {code}"), markup=False, severity="warning")


def open_command(c: Citation, guide: Path) -> list[str] | None:
    """How to open a cited guide at its place: $EDITOR at the line for text formats; for a PDF the viewer
    in $ASSISTANT_PDF_VIEWER ("zathura --page={page} {path}", "evince -i {page} {path}") at the page;
    None when nothing can open it there (a Word file, a PDF without a viewer set)."""
    if c.format == "pdf":
        viewer = os.environ.get("ASSISTANT_PDF_VIEWER")
        if not viewer or not c.pages:
            return None
        return [part.format(page=c.pages[0], path=guide) for part in shlex.split(viewer)]
    editor = os.environ.get("EDITOR") or os.environ.get("VISUAL")
    if c.format == "docx" or not editor:
        return None
    return [*shlex.split(editor), f"+{c.lines[0]}", str(guide)]


def run_app(where: Paths, reindex: bool = False) -> int:
    BenchApp(where, reindex=reindex).run()
    return 0
