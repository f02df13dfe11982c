"""The conversation pane: example questions, then each question and its answer, newest last, with the
answer just given kept in view and the answer whose source is shown marked."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import LoadingIndicator, OptionList, Static
from textual.widgets.option_list import Option

from assistant.app.sources import SourceList
from assistant.app.widgets import AnswerBubble, QuestionBubble, plain
from assistant.index.store import IndexStore
from assistant.models import KINDS, Answer

EXAMPLES = 6


def example_questions(store: IndexStore, limit: int = EXAMPLES) -> list[str]:
    """Questions the guides answer, from their FAQ titles and symptoms (only those passages are parsed)."""
    picks: list[str] = []
    wanted = {KINDS.index("faq"), KINDS.index("symptom")}
    for i in (i for i, k in enumerate(store.kinds) if k in wanted):
        if len(picks) >= limit:
            break
        p = store.passages[i]
        if p.kind == "faq" and p.title:
            picks.append(p.title)
        elif p.kind == "symptom":
            picks.append(p.text.removeprefix("Symptom:").strip())
    return picks


class Conversation(VerticalScroll):
    """Questions and answers. The frame's subtitle is the lasting indicator of answer length and work."""

    def compose(self) -> ComposeResult:
        yield LoadingIndicator(id="loading")
        yield Static(plain("Loading the index…"), id="status")
        yield OptionList(id="suggestions")

    def on_mount(self) -> None:
        self.border_title = "Conversation"
        self.query_one("#suggestions").display = False

    def status(self, text: str, loading: bool = False) -> None:
        self.query_one("#loading").display = loading
        self.query_one("#status", Static).update(plain(text))

    def show_examples(self, questions: list[str]) -> None:
        options = self.query_one("#suggestions", OptionList)
        options.clear_options()
        options.add_options([Option(plain(q)) for q in questions])
        options.display = bool(questions)

    def show_mode(self, busy: bool, long: bool) -> None:
        self.border_subtitle = " · ".join([*(["answering…"] if busy else []),
                                           "long answers" if long else "short answers"])

    def add_question(self, question: str, cut: bool) -> None:
        bubble = QuestionBubble(question, cut)
        self.mount(bubble)
        self.call_after_refresh(self.scroll_to_widget, bubble, animate=False)

    async def add_answer(self, answer: Answer, index: int) -> None:
        await self.mount(AnswerBubble(answer, index))
        question = self.query(QuestionBubble).last()
        # The question at the top, so its answer starts in view however long the sources below it are.
        self.call_after_refresh(self.scroll_to_widget, question, top=True, animate=False)

    def mark(self, index: int, n: int, from_list: bool) -> None:
        """Mark answer `index` as the one shown, its source n highlighted (unless its list already moved
        there itself: setting it again could undo a key pressed meanwhile); other lists lose theirs."""
        for bubble in self.query(AnswerBubble):
            bubble.set_class(bubble.index == index, "-current")
        for sources in self.query(SourceList):
            want = n - 1 if sources.index == index else None
            if sources.highlighted != want and not (from_list and sources.index == index):
                sources.highlighted = want

    def focus_sources(self, index: int) -> None:
        """Focus the sources of answer `index` (else the newest), or the example questions before any."""
        lists = {s.index: s for s in self.query(SourceList)}
        examples = self.query_one("#suggestions", OptionList)
        if lists:
            lists.get(index, list(lists.values())[-1]).focus()
        elif examples.display:
            examples.focus()

    def page(self, pages: int) -> None:
        if pages < 0:
            self.scroll_page_up(animate=False)
        else:
            self.scroll_page_down(animate=False)
