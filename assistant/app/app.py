"""Bare `assistant`: ask, read the cited answer, open its sources, follow up.

The index loads once in a worker; each answer is computed in an exclusive worker thread, one at a time, so
the UI never blocks. What the chemist makes (question history, transcripts) goes to the user's data folder,
and a failure to save, copy or open a source is a notification, never a crash.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.worker import Worker, WorkerState

from assistant.app.conversation import Conversation, example_questions
from assistant.app.history import History
from assistant.app.keys import COMMANDS, KeysScreen
from assistant.app.opener import open_command, open_source
from assistant.app.question_box import QuestionBox
from assistant.app.sources import SourceList
from assistant.app.transcript import TITLE, markdown, save, transcript_path
from assistant.app.widgets import passage_text, plain
from assistant.errors import AssistantError, IndexMismatchError, IndexMissingError
from assistant.index.store import IndexStore, load_index
from assistant.models import Answer, Citation
from assistant.render import safe
from assistant.session import MAX_QUESTION, Session, clean_question, is_truncated
from assistant.settings import Paths, data_folder, paths

__all__ = ["BenchApp", "open_command", "run_app"]

HINT = "F1 keys · Tab sources · PgUp/PgDn scroll · ctrl+p commands"


class BenchApp(App[None]):
    """The troubleshooting assistant's TUI."""

    CSS_PATH = "app.tcss"
    TITLE = "Bench assistant"
    SUB_TITLE = "cited answers from your troubleshooting guides"
    BINDINGS = [
        Binding("f1", "keys", "Keys"),
        Binding("ctrl+o", "open_source", "Open"),
        Binding("ctrl+y", "copy_answer", "Copy"),
        Binding("ctrl+s", "save_transcript", "Save"),
        Binding("ctrl+t", "toggle_long", "Long"),
        Binding("ctrl+n", "next_source", "Next source", show=False),
        Binding("pageup", "scroll_conversation(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_conversation(1)", "Scroll down", show=False),
        Binding("escape", "focus_question", "Question box", show=False),
        # Alt+digit types characters in tmux and on macOS; kept for terminals where it works, not advertised.
        *[Binding(f"alt+{n}", f"show_source({n})", f"Source {n}", show=False) for n in range(1, 10)],
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, where: Paths | None = None, session: Session | None = None, reindex: bool = False,
                 data: Path | None = None) -> None:
        super().__init__()
        self.where = where or paths()
        self.reindex = reindex
        self.session = session
        self.data = data or data_folder()
        self.history = History(self.data / "history.jsonl")
        self.history_failed = False
        self.answers: list[Answer] = []
        self.current = -1  # the answer whose source the sources pane shows
        self.selected = 1
        self.long = False
        self.busy = False
        self.pending: tuple[str, str | None] | None = None  # asked while the index was loading
        self.last_asked: tuple[str, str | None] | None = None
        self.started = datetime.now()
        self.saved_answers = 0  # how many answers the transcript file holds

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield Conversation(id="conversation")
            with VerticalScroll(id="sources"):
                yield Static(plain("Sources of the selected answer appear here."), id="passage")
        yield Static(plain(HINT), id="statusline")
        yield QuestionBox(self.history, id="question")
        yield Footer()

    @property
    def conversation(self) -> Conversation:
        return self.query_one(Conversation)

    def on_mount(self) -> None:
        self.query_one("#sources").border_title = "Sources"
        self._set_busy(False)
        try:
            self.history.load()
        except OSError as e:
            self.notify(safe(f"Could not read the question history {self.history.path}: {e.strerror or e}"),
                        severity="warning", markup=False, timeout=15)
        self.query_one(QuestionBox).focus()
        if self.session is None:
            self.load_index()
        else:
            self._index_ready()

    # Loading

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
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
        self.call_from_thread(self.conversation.status, "Rebuilding the index (only changed guides are embedded)…",
                              True)
        from assistant.index.build import build_index

        build_index(self.where)
        return load_index(self.where)

    def _load_failed(self, message: str) -> None:
        self.conversation.status(f"No index: {message}")
        self.notify(safe(message), title="Index unavailable", severity="error", timeout=30, markup=False)
        self.query_one(QuestionBox).disabled = True
        self._set_busy(False)

    def _index_ready(self) -> None:
        assert self.session is not None
        self.conversation.status("Ask a question below, or pick one of these:")
        self.conversation.show_examples(example_questions(self.session.store))
        if self.pending:  # asked while the index was loading
            question, previous = self.pending
            self.pending = None
            self.answer(question, previous)

    # Asking

    @on(OptionList.OptionSelected, "#suggestions")
    def pick_suggestion(self, event: OptionList.OptionSelected) -> None:
        self.ask(str(event.option.prompt))
        self.query_one(QuestionBox).focus()

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.notify("Type a question first.", severity="warning")
            return
        if self.ask(text):
            event.input.value = ""

    @on(QuestionBox.Joined)
    def pasted_lines(self, event: QuestionBox.Joined) -> None:
        self.notify(f"The {event.lines} pasted lines were joined into one question.")

    def ask(self, raw: str) -> bool:
        """Start answering a question; False (and the question stays in the box) while one is on its way."""
        if self.busy:
            self.notify("Still answering the last question; yours stays in the box.", severity="warning")
            return False
        try:
            question = clean_question(raw)
        except AssistantError as e:
            self.notify(safe(str(e)), severity="warning", markup=False)
            return False
        cut = is_truncated(raw)
        if cut:
            self.notify(f"The question was cut to its first {MAX_QUESTION} characters.", severity="warning",
                        timeout=15)
        self.history.add(question)
        self._save_history()
        self._start(question, self.follow_up_context(), cut)
        return True

    def follow_up_context(self) -> str | None:
        """What a follow-up leans on: the question answered last, as it was understood. (Asking waits for
        the answer on its way, so this is never an answer still to come.)"""
        last = self.answers[-1] if self.answers else None
        return (last.understood_as or last.question) if last else None

    def _start(self, question: str, previous: str | None, cut: bool = False) -> None:
        self.conversation.add_question(question, cut)
        self.last_asked = (question, previous)
        self._set_busy(True)
        if self.session is None:
            self.pending = (question, previous)
        else:
            self.answer(question, previous)

    @work(thread=True, exclusive=True, group="answer", exit_on_error=False)
    def answer(self, question: str, previous: str | None) -> None:
        assert self.session is not None
        try:
            result = self.session.ask(question, long=self.long, previous=previous)
        except AssistantError as e:
            self.call_from_thread(self._answer_failed, str(e))
            return
        self.call_from_thread(self.call_later, self._show_answer, result)  # call_later: it awaits the mount

    @on(Worker.StateChanged)
    def worker_failed(self, event: Worker.StateChanged) -> None:
        """A bug in answering or loading is reported and the prompt comes back; the session goes on."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        message = f"{type(error).__name__}: {error}"
        if event.worker.group == "load":
            self._load_failed(message)
        else:
            self._answer_failed(message)

    def _answer_failed(self, message: str) -> None:
        self._set_busy(False)
        self.notify(safe(message), title="No answer", severity="error", markup=False, timeout=15)

    async def _show_answer(self, answer: Answer) -> None:
        self.answers.append(answer)
        await self.conversation.add_answer(answer, len(self.answers) - 1)
        self._set_busy(False)
        if answer.citations:
            self.show_source(len(self.answers) - 1, 1)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.query_one(QuestionBox).set_busy(busy)
        self.conversation.show_mode(busy, self.long)

    def _save_history(self) -> None:
        try:
            self.history.save()
        except OSError as e:
            if not self.history_failed:  # once is enough; the history is still kept for this session
                self.notify(safe(f"The question history cannot be saved to {self.history.path}: "
                                 f"{e.strerror or e}"), severity="warning", markup=False, timeout=15)
            self.history_failed = True

    # Sources

    def show_source(self, index: int, n: int, from_list: bool = False) -> None:
        """Show source n of answer `index` in the sources pane; that answer is then the one keys act on."""
        if not 0 <= index < len(self.answers):
            return
        answer = self.answers[index]
        if not 1 <= n <= len(answer.citations):
            self.notify(f"That answer has {len(answer.citations)} source(s).", severity="warning")
            return
        self.current, self.selected = index, n
        self.query_one("#passage", Static).update(passage_text(answer.citations[n - 1]))
        pane = self.query_one("#sources", VerticalScroll)
        pane.border_title = safe(f"Sources of: {answer.question}")
        pane.scroll_home(animate=False)
        self.conversation.mark(index, n, from_list)

    def shown(self) -> Citation | None:
        """The citation in the sources pane."""
        if not 0 <= self.current < len(self.answers):
            return None
        cites = self.answers[self.current].citations
        return cites[self.selected - 1] if 1 <= self.selected <= len(cites) else None

    @on(OptionList.OptionHighlighted, ".sources")
    @on(OptionList.OptionSelected, ".sources")
    def source_chosen(self, event: OptionList.OptionHighlighted | OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, SourceList):
            self.show_source(event.option_list.index, event.option_index + 1, from_list=True)

    def action_show_source(self, n: int) -> None:
        self.show_source(self.current, n)

    def action_show_source_of(self, index: int, n: int) -> None:
        self.show_source(index, n)

    def action_next_source(self) -> None:
        if 0 <= self.current < len(self.answers) and self.answers[self.current].citations:
            self.show_source(self.current, self.selected % len(self.answers[self.current].citations) + 1)

    def action_open_source(self) -> None:
        c = self.shown()
        if c is None:
            self.notify("No source is shown yet.", severity="warning")
        else:
            open_source(self, c, self.where.corpus)

    # Copy and save

    def action_copy_answer(self) -> None:
        if not self.answers:
            self.notify("Nothing to copy yet.", severity="warning")
            return
        answer = self.answers[self.current if 0 <= self.current < len(self.answers) else -1]
        try:
            self.copy_to_clipboard(markdown([answer]))
        except OSError as e:
            self.notify(safe(f"Could not copy: {e.strerror or e}. ctrl+s saves the conversation instead."),
                        severity="error", markup=False, timeout=30)
            return
        self.notify("Answer and sources copied as Markdown.")

    def action_save_transcript(self) -> None:
        if not self.answers:
            self.notify("Nothing to save yet.", severity="warning")
            return
        path = transcript_path(self.data, self.started)
        line = self.query_one("#statusline", Static)
        try:
            save(path, self.answers)
        except OSError as e:
            reason = e.strerror or str(e)
            try:
                self.copy_to_clipboard(f"{TITLE}\n\n{markdown(self.answers)}")
                fallback = "It was copied to the clipboard instead."
            except OSError:
                fallback = "Copying it failed too; the conversation is still here."
            self.notify(safe(f"Could not save the transcript to {path}: {reason}. {fallback}"),
                        severity="error", markup=False, timeout=30)
            line.update(plain(f"Not saved ({reason}): {path}", "bold"))
            return
        self.saved_answers = len(self.answers)
        line.update(Text.assemble(("Saved ", "bold"), safe(_home(path))))
        self.notify(safe(f"Saved {path}"), markup=False, timeout=15)

    def save_on_exit(self) -> str | None:
        """After quitting: answers not yet in the transcript are saved there, so nothing is lost; one line
        for the terminal says where (or why not)."""
        if len(self.answers) <= self.saved_answers:
            return None
        path = transcript_path(self.data, self.started)
        try:
            save(path, self.answers)
        except OSError as e:
            return f"assistant: could not save this conversation to {path}: {e.strerror or e}"
        self.saved_answers = len(self.answers)
        return f"assistant: this conversation is saved in {path}"

    # Keys, focus, modes

    def action_toggle_long(self) -> None:
        """Long answers on or off; the last question is asked again in the new length."""
        self.long = not self.long
        self.conversation.show_mode(self.busy, self.long)
        again = self.last_asked if self.answers and not self.busy else None
        self.notify(f"Long answers {'on' if self.long else 'off'}" + ("; asking again." if again else "."))
        if again:
            self._start(*again)

    def action_keys(self) -> None:
        if not isinstance(self.screen, KeysScreen):
            self.push_screen(KeysScreen())

    def action_focus_question(self) -> None:
        self.query_one(QuestionBox).focus()

    def action_focus_answers(self) -> None:
        """Tab from the question box: the sources of the answer shown, else the example questions."""
        self.conversation.focus_sources(self.current)

    def action_scroll_conversation(self, pages: int) -> None:
        self.conversation.page(pages)

    def on_key(self, event: events.Key) -> None:
        """A printable key pressed anywhere else goes to the question box, so no typing is thrown away."""
        box = self.query_one(QuestionBox)
        if self.screen.is_modal or self.focused is box or box.disabled or event.key in self.active_bindings:
            return  # (this runs before the focused widget's bindings: a source list's digits are its own)
        if event.is_printable and event.character:
            box.focus()
            box.insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        """A paste while another pane has focus goes to the question box too."""
        box = self.query_one(QuestionBox)
        if self.screen.is_modal or self.focused is box or box.disabled:
            return
        box.focus()
        box.take_paste(event.text)
        event.stop()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The app's own actions in the command palette (ctrl+p), then Textual's."""
        for title, help_text, action in COMMANDS:
            yield SystemCommand(title, help_text, getattr(self, f"action_{action}"))
        yield from super().get_system_commands(screen)


def _home(path: Path) -> str:
    """A path with the home folder as ~, so more of it fits in the status line."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except (ValueError, RuntimeError):
        return str(path)


def run_app(where: Paths, reindex: bool = False) -> int:
    """Run the TUI; the exit code is non-zero only when the app itself failed."""
    app = BenchApp(where, reindex=reindex)
    app.run()
    note = app.save_on_exit()
    if note:
        print(note, file=sys.stderr)
    return app.return_code or 0
