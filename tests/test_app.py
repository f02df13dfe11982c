"""The TUI through Textual's pilot: ask, read sources, follow up, suggestions, safety, errors; what a chemist
does all day: keys that work in every terminal, nothing lost, the answer in view, valid Markdown."""

from __future__ import annotations

import contextlib
import io
import re
import threading
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from rich.console import Console
from textual import events
from textual.widgets import Input, OptionList, Static
from textual.widgets._footer import FooterKey

from assistant.answer.followup import NOT_COVERED, keep_to_topic
from assistant.app.app import BenchApp
from assistant.app.keys import KeysScreen
from assistant.app.question_box import QuestionBox
from assistant.app.sources import SourceList, short_label
from assistant.app.transcript import markdown
from assistant.app.widgets import AnswerBubble, QuestionBubble
from assistant.models import Answer, Citation
from assistant.session import MAX_QUESTION, Session
from assistant.settings import Paths


@pytest.fixture(scope="module")
def session(hashing_paths: Paths) -> Session:
    return Session(hashing_paths)


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every app in these tests keeps its history and transcripts under tmp_path, never in ~ or the repo."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "bench-assistant"


def passage_shown(app: BenchApp) -> str:
    return str(app.query_one("#passage", Static).render())


def notes(app: BenchApp, severity: str | None = None) -> list[str]:
    return [n.message for n in app._notifications if severity is None or n.severity == severity]


async def answered(pilot, count: int) -> None:  # type: ignore[no-untyped-def]
    for _ in range(400):  # answers come from a worker thread; CI machines can be slow
        await pilot.pause(0.05)
        if len(pilot.app.answers) >= count and not pilot.app.busy:
            break
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()  # the app scrolls to the newest answer after the next refresh


async def ask(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    box = pilot.app.query_one("#question", Input)
    box.cursor_blink = False  # a blinking cursor makes screenshots depend on timing
    box.value = text
    before = len(pilot.app.answers)
    await pilot.press("enter")
    await answered(pilot, before + 1)


async def test_ask_shows_a_cited_answer_and_its_source(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        bubbles = app.query(AnswerBubble)
        assert len(bubbles) == 1
        assert "[1]" in bubbles.first().text
        first = app.answers[-1].citations[0]
        assert first.text[:40] in passage_shown(app).replace("\n", " ")
        assert first.guide_title in passage_shown(app).replace("\n", " ")  # the full title, in the pane only


async def test_sources_are_one_short_line_each_in_the_conversation(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "how much catalyst loading for Grubbs II")
        cites = app.answers[-1].citations
        sources = app.query_one(SourceList)
        assert sources.option_count == len(cites) and sources.region.height == len(cites)
        labels = [str(sources.get_option_at_index(i).prompt) for i in range(sources.option_count)]
        assert labels == [short_label(c) for c in cites]
        assert all("Technical Support Center" not in label for label in labels)  # the long title is not repeated
        assert re.fullmatch(r"\[1\] .+ › .+ · lines? \d+(–\d+)?", labels[0])
        assert "score" not in passage_shown(app)


def test_short_label_names_the_reaction_and_the_place() -> None:
    c = Citation(n=1, guide="g", guide_title="Technical Support Center: Troubleshooting 1,4-Diazepane Ring Formation",
                 section="In-Depth Troubleshooting Guides > Ring-Closing Metathesis (RCM) for Unsaturated "
                         "1,4-Diazepanes > Symptom", kind="symptom", lines=(116, 116), score=1.0, text="t",
                 id="g:1", location="line 116")
    assert short_label(c) == "[1] RCM › Symptom · line 116"
    intro = Citation(n=2, guide="g", guide_title=c.guide_title, section="Introduction", kind="prose",
                     lines=(3, 5), score=1.0, text="t", id="g:2", location="lines 3–5")
    assert short_label(intro) == "[2] 1,4-Diazepane Ring Formation › Introduction · lines 3–5"


async def test_selecting_a_citation_shows_its_passage(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "RCM is sluggish, catalyst dies")  # a step, a fix and a cause: three sources
        second = app.answers[-1].citations[1]
        await pilot.press("alt+2")  # still there for terminals where Alt works, no longer advertised
        assert short_label(second) in passage_shown(app)
        assert second.location in passage_shown(app)  # "line 143", not "lines 143–143"
        await pilot.press("ctrl+n")
        assert app.selected == 2 % len(app.answers[-1].citations) + 1  # the next source, wrapping round


async def test_sources_are_chosen_with_tab_arrows_enter_and_digits(hashing_paths: Paths, session: Session) -> None:
    """No Alt needed: Tab to the newest answer's sources, Up past the top to the earlier answer's, Enter or a
    digit to choose; Escape goes back to the question box."""
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "RCM is sluggish, catalyst dies")  # a step, a fix and a cause: three sources
        await ask(pilot, "HATU or COMU?")
        first, last = app.answers
        assert len(first.citations) >= 2
        await pilot.press("tab")
        assert isinstance(app.focused, SourceList) and app.focused.index == 1
        await pilot.press("up")  # off the top of the newest answer's list: the earlier answer's last source
        assert isinstance(app.focused, SourceList) and app.focused.index == 0
        assert (app.current, app.selected) == (0, len(first.citations))
        await pilot.press("up", "enter")
        assert (app.current, app.selected) == (0, len(first.citations) - 1)
        assert short_label(first.citations[-2]) in passage_shown(app)
        await pilot.press("1")
        assert (app.current, app.selected) == (0, 1)
        await pilot.press(*["down"] * len(first.citations))  # past the bottom: the newer answer's first source
        assert (app.current, app.selected) == (1, 1) and last.citations
        await pilot.press("escape")
        assert isinstance(app.focused, QuestionBox)


async def test_typing_anywhere_goes_to_the_question_box(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("tab")
        assert isinstance(app.focused, SourceList)
        await pilot.press("w", "h", "y", "space", "?")
        box = app.query_one(QuestionBox)
        assert box.value == "why ?" and app.focused is box


async def test_ctrl_o_and_ctrl_n_act_on_the_answer_whose_source_is_shown(
        hashing_paths: Paths, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ran: list[list[str]] = []
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setattr("assistant.app.opener.subprocess.call", lambda command: ran.append(command) or 0)
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # the headless driver cannot suspend
        await ask(pilot, "RCM is sluggish, catalyst dies")  # a step, a fix and a cause: three sources
        await ask(pilot, "how much catalyst loading for Grubbs II")
        first = app.answers[0].citations
        sources = app.query(SourceList).first()
        sources.scroll_visible(animate=False)
        await pilot.pause()
        last = len(first)
        assert last >= 2
        await pilot.click(sources, offset=(4, last - 1))  # the last source line of the first answer
        assert (app.current, app.selected) == (0, last)
        await pilot.press("ctrl+o")
        assert ran and ran[-1][-2] == f"+{first[-1].lines[0]}"
        await pilot.press("ctrl+n")  # round to the first answer's first source, not the newest answer's
        assert (app.current, app.selected) == (0, 1)
        assert not notes(app, "error")


@pytest.mark.parametrize(("editor", "expected"), [
    ("subl -w", "subl is not installed"),  # not installed: said at once, without leaving the screen
    ("true", "cannot hand over to true"),  # the headless driver cannot suspend
])
async def test_an_editor_that_cannot_run_is_a_notification(hashing_paths: Paths, session: Session, monkeypatch,  # type: ignore[no-untyped-def]
                                                           editor: str, expected: str) -> None:
    monkeypatch.setenv("EDITOR", editor)
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("ctrl+o")
        (message,) = notes(app, "error")
        assert expected in message and "line" in message and app.is_running
        await ask(pilot, "how much catalyst loading for Grubbs II")  # the session goes on
        assert len(app.answers) == 2


async def test_an_editor_that_fails_is_a_warning(hashing_paths: Paths, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EDITOR", "false")
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("ctrl+o")
        assert any("false exited with 1" in m for m in notes(app, "warning")) and app.is_running


async def test_transcript_is_saved_in_the_data_folder_and_its_path_stays(  # type: ignore[no-untyped-def]
        hashing_paths: Paths, session: Session, data_home: Path, tmp_path: Path, monkeypatch) -> None:
    cwd = tmp_path / "bench"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await ask(pilot, "how much catalyst loading for Grubbs II")
        await pilot.press("ctrl+s")
        (saved,) = (data_home / "transcripts").glob("transcript-*.md")
        assert list(cwd.iterdir()) == []  # nothing written where the app was started
        assert str(app.query_one("#statusline", Static).render()).startswith("Saved ")
        assert saved.name in str(app.query_one("#statusline", Static).render())
        text = saved.read_text(encoding="utf-8")
        assert_valid_markdown(text, app.answers)
        await ask(pilot, "HATU or COMU?")
        await pilot.press("ctrl+s")  # the same file, now with all three
        assert list((data_home / "transcripts").glob("*.md")) == [saved]
        assert "## HATU or COMU?" in saved.read_text(encoding="utf-8")


async def test_a_failed_save_is_a_notification_and_the_transcript_is_copied(  # type: ignore[no-untyped-def]
        hashing_paths: Paths, session: Session, data_home: Path) -> None:
    data_home.parent.mkdir(parents=True)
    data_home.write_text("a file where the data folder should be")  # fails even for root, unlike chmod
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("ctrl+s")
        (message,) = notes(app, "error")
        assert "Could not save the transcript" in message and "copied to the clipboard" in message
        assert app.clipboard.startswith("# Bench assistant transcript") and app.is_running
        assert str(app.query_one("#statusline", Static).render()).startswith("Not saved")


async def test_saving_from_a_deleted_folder_works(hashing_paths: Paths, session: Session, data_home: Path,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path, monkeypatch) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("ctrl+s")
        assert not notes(app, "error") and len(list((data_home / "transcripts").glob("*.md"))) == 1


async def test_quitting_saves_what_was_not_saved(hashing_paths: Paths, session: Session, data_home: Path) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("ctrl+s")
        await ask(pilot, "HATU or COMU?")
    note = app.save_on_exit()  # what run_app prints once the terminal is back
    (saved,) = (data_home / "transcripts").glob("*.md")
    assert note is not None and str(saved) in note and "## HATU or COMU?" in saved.read_text(encoding="utf-8")
    assert app.save_on_exit() is None  # nothing new since


@pytest.mark.parametrize(("crash", "code"), [(False, 0), (True, 1)])
def test_exit_code_is_non_zero_only_when_the_app_failed(hashing_paths: Paths, monkeypatch, crash: bool,  # type: ignore[no-untyped-def]
                                                         code: int) -> None:
    from assistant.app import app as module

    def run(self: BenchApp) -> None:
        if crash:
            self._return_code = 1  # what Textual sets after an unhandled exception

    monkeypatch.setattr(module.BenchApp, "run", run)
    assert module.run_app(hashing_paths) == code


async def test_the_pane_with_focus_is_marked(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        conv, sources = app.query_one("#conversation"), app.query_one("#sources")
        blurred = (conv.styles.border_top, sources.styles.border_top)
        await pilot.press("tab")
        assert conv.styles.border_top != blurred[0]
        await pilot.press("escape")
        assert conv.styles.border_top == blurred[0]
        sources.focus()
        await pilot.pause()
        assert sources.styles.border_top != blurred[1]


async def test_copy_gives_the_shown_answer_as_valid_markdown(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "how much catalyst loading for Grubbs II")
        await ask(pilot, "why is my RCM sluggish")
        app.show_source(0, 1)
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith("## how much catalyst loading for Grubbs II")
        assert_valid_markdown(app.clipboard, app.answers[:1])


_MARKER = re.compile(r"^(?:(?:\d+[.)]|[-*+>]|#{1,6})\s+)+")


def blocks(md: str) -> tuple[list[str], list[str]]:
    """The text of each block of a Markdown document, outside and inside block quotes."""
    outside: list[str] = []
    quoted: list[str] = []
    depth = 0
    for token in MarkdownIt("commonmark").parse(md):
        depth += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        if token.type == "inline":
            (quoted if depth else outside).append(token.content)
    return outside, quoted


def assert_valid_markdown(md: str, answers: list[Answer]) -> None:
    """Parsed as Markdown: every answer line is a block of its own, every passage line is quoted."""
    outside, quoted = blocks(md)
    quoted_lines = {line for block in quoted for line in block.split("\n")}
    for a in answers:
        for line in filter(None, (ln.strip() for ln in a.answer.split("\n"))):
            assert _MARKER.sub("", line) in outside, line
        for c in a.citations:
            for line in filter(None, (ln.strip() for ln in c.text.split("\n"))):
                assert _MARKER.sub("", line) in quoted_lines, line


def test_markdown_quotes_every_passage_line_and_keeps_answer_lines_apart() -> None:
    protocol = ("Experimental Protocol: Optimized RCM\n1. Dissolve the diene in degassed toluene.\n"
                "2. Add Grubbs II (1-5 mol%).\n\n3. Heat to 40-80 °C.")
    cites = (Citation(n=1, guide="g", guide_title="G", section="RCM > Protocol", kind="protocol", lines=(1, 5),
                      score=1.0, text=protocol, id="g:1", location="lines 1–5"),
             Citation(n=2, guide="g", guide_title="G", section="FAQ", kind="faq", lines=(9, 9), score=0.5,
                      text="# not a heading\n- not a list\n> not a quote", id="g:2", location="line 9"))
    answer = Answer(question="how do I run the RCM", answered=True,
                    answer="Dissolve the diene [1]\nAdd the catalyst [1]\n1. Heat [1]\n2. Watch it [2]",
                    citations=cites)
    md = markdown([answer])
    assert_valid_markdown(md, [answer])
    outside, _ = blocks(md)
    assert "Dissolve the diene [1]" in outside and "Add the catalyst [1]" in outside  # not run together


async def test_question_history_survives_a_restart_and_keeps_the_draft(  # type: ignore[no-untyped-def]
        hashing_paths: Paths, session: Session, data_home: Path) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await ask(pilot, "HATU or COMU?")
    assert (data_home / "history.jsonl").is_file()
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.query_one(QuestionBox)
        box.value = "half a"
        await pilot.press("up")
        assert box.value == "HATU or COMU?"
        await pilot.press("up")
        assert box.value == "why is my RCM sluggish"
        await pilot.press("down", "down")
        assert box.value == "half a"  # the draft comes back


async def test_an_unreadable_history_is_a_warning(hashing_paths: Paths, session: Session, data_home: Path) -> None:
    (data_home / "history.jsonl").mkdir(parents=True)  # a folder where the file should be
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        assert len(app.answers) == 1 and notes(app, "warning")
        assert not notes(app, "error")


async def test_answer_stays_in_view_after_each_answer_at_80x24(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        conv = app.query_one("#conversation")
        for q in ("how much catalyst loading for Grubbs II", "why is my RCM sluggish", "HATU or COMU?"):
            await ask(pilot, q)
            view = conv.content_region
            question = app.query(QuestionBubble).last().region
            start = app.query(AnswerBubble).last().query_one(".answer-text").region
            assert view.y <= question.y < view.bottom, q
            assert view.y < start.y < view.bottom, q  # the first line of the answer is on screen


async def test_page_keys_scroll_the_conversation_from_the_question_box(hashing_paths: Paths,
                                                                       session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        for q in ("how much catalyst loading for Grubbs II", "why is my RCM sluggish", "HATU or COMU?"):
            await ask(pilot, q)
        conv = app.query_one("#conversation")
        assert isinstance(app.focused, QuestionBox)
        y = conv.scroll_y
        await pilot.press("pageup")
        assert conv.scroll_y < y
        await pilot.press("pagedown")
        assert conv.scroll_y == y


async def test_one_answer_at_a_time_and_the_box_shows_it(hashing_paths: Paths, session: Session) -> None:
    gate = threading.Event()

    class Slow:
        store = session.store

        def ask(self, *args, **kwargs) -> Answer:  # type: ignore[no-untyped-def]
            gate.wait(20)
            return session.ask(*args, **kwargs)

    app = BenchApp(hashing_paths, Slow())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.query_one(QuestionBox)
        box.value = "why is my RCM sluggish"
        await pilot.press("enter")
        assert app.busy and box.has_class("-busy") and "Answering" in box.placeholder
        assert "answering" in str(app.query_one("#conversation").border_subtitle)
        box.value = "HATU or COMU?"
        await pilot.press("enter")
        assert box.value == "HATU or COMU?"  # kept, not lost
        assert any("Still answering" in m for m in notes(app, "warning"))
        gate.set()
        await answered(pilot, 1)
        assert not app.busy and not box.has_class("-busy") and len(app.answers) == 1
        await pilot.press("enter")
        await answered(pilot, 2)
        assert [a.question for a in app.answers] == ["why is my RCM sluggish", "HATU or COMU?"]


async def test_a_failing_answer_is_a_notification_and_the_prompt_comes_back(hashing_paths: Paths,
                                                                            session: Session) -> None:
    class Broken:
        store = session.store

        def ask(self, *args, **kwargs) -> Answer:  # type: ignore[no-untyped-def]
            raise RuntimeError("the retriever tripped")

    app = BenchApp(hashing_paths, Broken())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(QuestionBox).value = "why is my RCM sluggish"
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.05)
            if notes(app, "error"):
                break
        assert any("RuntimeError: the retriever tripped" in m for m in notes(app, "error"))
        assert not app.busy and app.is_running and app.return_code is None


def test_follow_up_context_is_the_last_answered_question(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    assert app.follow_up_context() is None
    app.answers = [Answer(question="why is my RCM sluggish", answered=True, answer="a"),
                   Answer(question="and what temperature?", answered=True, answer="b",
                          understood_as="what temperature (rcm sluggish)"),
                   Answer(question="HATU or COMU?", answered=True, answer="c")]
    assert app.follow_up_context() == "HATU or COMU?"
    app.answers.pop()
    assert app.follow_up_context() == "what temperature (rcm sluggish)"  # as it was understood


async def test_a_multi_line_paste_is_one_question(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.query_one(QuestionBox)
        app.post_message(events.Paste("why is my\n  RCM\n\nsluggish\n"))  # as the driver sends it
        await pilot.pause()
        assert box.value == "why is my RCM sluggish"
        assert any("3 pasted lines were joined" in m for m in notes(app))
        await pilot.press("enter")
        await answered(pilot, 1)
        assert app.answers[0].question == "why is my RCM sluggish"
        await pilot.press("tab")
        assert isinstance(app.focused, SourceList)
        app.post_message(events.Paste("HATU\nor COMU?"))  # as the driver sends it, the sources having focus
        await pilot.pause()
        await pilot.pause()
        assert box.value == "HATU or COMU?"


async def test_a_question_cut_at_the_limit_says_so(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    long = "why is my RCM sluggish " + "and the catalyst turns brown " * 85
    assert len(long) > MAX_QUESTION
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, long)
        assert any(f"cut to its first {MAX_QUESTION}" in m for m in notes(app, "warning"))
        bubble = str(app.query(QuestionBubble).last().render())
        assert "cut to its first" in bubble and len(app.answers[0].question) <= MAX_QUESTION


async def test_long_answers_key_has_a_lasting_indicator_and_asks_again(hashing_paths: Paths,
                                                                      session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        conv = app.query_one("#conversation")
        assert "short answers" in str(conv.border_subtitle)
        await ask(pilot, "why is my RCM sluggish")
        await pilot.press("ctrl+t")
        await answered(pilot, 2)
        assert app.long and "long answers" in str(conv.border_subtitle)
        assert [a.question for a in app.answers] == ["why is my RCM sluggish"] * 2
        assert len(app.answers[1].citations) >= len(app.answers[0].citations)
        assert "ctrl+l" not in {b.key for b in app.BINDINGS if hasattr(b, "key")}  # ctrl+l clears the screen


async def test_f1_shows_the_keys(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, KeysScreen)
        console = Console(width=80, record=True, file=io.StringIO())
        console.print(app.screen.query_one(Static).content)
        shown = console.export_text()
        assert "ctrl+o" in shown and "PageUp" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, KeysScreen)


async def test_footer_fits_80_columns(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = {k.key: k.region for k in app.query(FooterKey)}
        assert {"f1", "ctrl+o", "ctrl+y", "ctrl+s", "ctrl+t", "ctrl+q"} <= set(keys)
        assert all(r.width and r.right <= 80 for r in keys.values())
        assert not any(k.startswith("alt+") for k in keys)


async def test_command_palette_lists_the_apps_actions(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(80, 24)):
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Copy answer", "Save transcript", "Open source", "Next source", "Long answers",
                "Show keys"} <= set(titles)


def test_a_follow_up_keeps_only_lines_about_its_topic() -> None:
    def cite(n: int, section: str, text: str) -> Citation:
        return Citation(n=n, guide="g", guide_title="Diazepanes", section=section, kind="table-row",
                        lines=(n, n), score=1.0, text=text, id=f"g:{n}", location=f"line {n}")

    cites = (cite(1, "Reductive Amination > Table: Parameter > Temperature", "Temperature: 0 °C to 40 °C"),
             cite(2, "Cyclization > Table: Coupling Reagent > HATU", "HATU: run at 0 °C to room temperature"),
             cite(3, "Reductive Amination > Reducing Agent", "Sodium triacetoxyborohydride at 0 °C"))
    answer = Answer(question="and what temperature?", answered=True, understood_as="what temperature (hatu)",
                    answer="Temperature 0-40 °C [1]\nHATU: 0 °C to room temperature [2]", citations=cites)
    kept = keep_to_topic(answer, ["hatu"])
    assert kept.answered and kept.answer == "HATU: 0 °C to room temperature [2]"
    declined = keep_to_topic(answer, ["comu"])
    assert not declined.answered and declined.answer.startswith(NOT_COVERED) and "comu" in declined.answer
    stab = Answer(question="and what temperature?", answered=True, answer="0 °C [3]\n0-40 °C [1]", citations=cites)
    assert keep_to_topic(stab, ["stab"], ["sodium triacetoxyborohydride"]).answer == "0 °C [3]"


async def test_follow_up_is_resolved_from_context(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await ask(pilot, "and what temperature?")
        last = app.answers[-1]
        assert last.understood_as is not None and "rcm" in last.understood_as.lower()
        assert "Reading this as:" in app.query(AnswerBubble).last().text


async def test_empty_conversation_offers_suggestions_from_the_guides(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        options = app.query_one("#suggestions", OptionList)
        assert options.display and options.option_count >= 4
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Ring-Closing Metathesis" in p for p in prompts)
        await pilot.press("tab")  # one Tab from the question box
        assert app.focused is options
        await pilot.press("down", "enter")
        await answered(pilot, 1)
        assert app.answers and app.answers[0].question in prompts[:2]
        assert isinstance(app.focused, QuestionBox)  # back to typing


async def test_markup_and_escapes_show_literally(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "[bold]grubbs[/bold] \x1b]0;pwned\x07 loading")
        bubble = str(app.query(".question").last().render())
        assert "[bold]grubbs[/bold]" in bubble and "\\x1b]0;pwned\\x07" in bubble and "\x1b" not in bubble
        evil = Citation(n=1, guide="g", guide_title="T", section="S", kind="prose", lines=(1, 1), score=1.0,
                        text="[red]x[/red] \x1b[2J", id="g:1")
        from assistant.app.widgets import passage_text

        shown = str(passage_text(evil))
        assert "[red]x[/red]" in shown and "\\x1b[2J" in shown and "\x1b" not in shown


async def test_missing_index_is_a_notification_not_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = BenchApp(Paths(tmp_path, tmp_path / "none"))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if app._notifications:
                break
        errors = notes(app, "error")
        assert errors and "assistant index" in errors[0]
        assert app.query_one("#question", Input).disabled


def test_snapshot_main_screen_80x24(snap_compare, hashing_paths: Paths) -> None:  # type: ignore[no-untyped-def]
    """The smallest terminal: the three answer lines are in view, the sources one line each, the footer whole."""
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ask(pilot, "how much catalyst loading for Grubbs II")

    assert snap_compare(BenchApp(hashing_paths, Session(hashing_paths)), terminal_size=(80, 24),
                        run_before=run_before)


def test_snapshot_main_screen_100x30(snap_compare, hashing_paths: Paths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ask(pilot, "why is my RCM sluggish")

    assert snap_compare(BenchApp(hashing_paths, Session(hashing_paths)), terminal_size=(100, 30),
                        run_before=run_before)


def test_snapshot_second_answer_in_view_100x30(snap_compare, hashing_paths: Paths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ask(pilot, "why is my RCM sluggish")
        await ask(pilot, "how much catalyst loading for Grubbs II")

    assert snap_compare(BenchApp(hashing_paths, Session(hashing_paths)), terminal_size=(100, 30),
                        run_before=run_before)


def test_snapshot_main_screen_160x45(snap_compare, hashing_paths: Paths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ask(pilot, "how much catalyst loading for Grubbs II")

    assert snap_compare(BenchApp(hashing_paths, Session(hashing_paths)), terminal_size=(160, 45),
                        run_before=run_before)


async def test_stale_index_is_refused_then_rebuilt_with_reindex(fresh_paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    shutil.copy(Path(__file__).parent / "fixtures" / "guides" / "rcm-lab-notes.md", fresh_paths.corpus)
    app = BenchApp(fresh_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app._notifications:
                break
        (note,) = list(app._notifications)
        assert "stale (rcm-lab-notes.md added)" in note.message and "--reindex" in note.message
    app = BenchApp(fresh_paths, reindex=True)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            await pilot.pause(0.05)
            if app.session is not None:
                break
        await ask(pilot, "why does my RCM stop at half conversion")
        assert app.answers[-1].citations[0].guide == "rcm-lab-notes"


@pytest.mark.parametrize(("fmt", "env", "expected"), [
    ("text", {"EDITOR": "vim"}, ["vim", "+12", "GUIDE"]),
    ("markdown", {"EDITOR": "code -g"}, ["code", "-g", "+12", "GUIDE"]),
    ("pdf", {"EDITOR": "vim", "ASSISTANT_PDF_VIEWER": "zathura --page={page} {path}"},
     ["zathura", "--page=8", "GUIDE"]),
    ("pdf", {"EDITOR": "vim"}, None),  # no viewer: the app says the path and page instead
    ("docx", {"EDITOR": "vim"}, None),  # a Word file has no line to jump to: the path and paragraph are shown
    ("text", {"EDITOR": "'unbalanced"}, ["'unbalanced", "+12", "GUIDE"]),  # runs, fails, and says so
])
def test_a_cited_guide_opens_at_its_place(monkeypatch, tmp_path: Path, fmt: str, env: dict[str, str],  # type: ignore[no-untyped-def]
                                          expected: list[str] | None) -> None:
    from assistant.app.app import open_command

    for name in ("EDITOR", "VISUAL", "ASSISTANT_PDF_VIEWER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    guide = tmp_path / "g.x"
    c = Citation(n=1, guide="g", guide_title="G", section="S", kind="prose", lines=(12, 14), score=1.0, text="t",
                 id="g:prose:1", format=fmt, location="", pages=(8, 8) if fmt == "pdf" else ())
    want = None if expected is None else [str(guide) if part == "GUIDE" else part for part in expected]
    assert open_command(c, guide) == want
