"""The TUI through Textual's pilot: ask, read sources, follow up, suggestions, safety, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from assistant.app.app import BenchApp
from assistant.app.widgets import AnswerBubble
from assistant.models import Citation
from assistant.session import Session
from assistant.settings import Paths


@pytest.fixture(scope="module")
def session(hashing_paths: Paths) -> Session:
    return Session(hashing_paths)


def passage_shown(app: BenchApp) -> str:
    return str(app.query_one("#passage", Static).render())


async def ask(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    box = pilot.app.query_one("#question", Input)
    box.cursor_blink = False  # a blinking cursor makes screenshots depend on timing
    box.value = text
    await pilot.press("enter")
    for _ in range(400):  # answers come from a worker thread; CI machines can be slow
        await pilot.pause(0.05)
        if len(pilot.app.answers) and pilot.app.answers[-1].question == text:
            break
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()  # the app scrolls to the newest answer after the next refresh


async def test_ask_shows_a_cited_answer_and_its_source(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        bubbles = app.query(AnswerBubble)
        assert len(bubbles) == 1
        text = str(bubbles.first().render())
        assert "[1]" in text and "Technical Support Center" in text
        first = app.answers[-1].citations[0]
        assert first.text[:40] in passage_shown(app).replace("\n", " ")


async def test_selecting_a_citation_shows_its_passage(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "how much catalyst loading for Grubbs II")
        second = app.answers[-1].citations[1]
        await pilot.press("alt+2")
        assert f"[2] {second.guide_title}" in passage_shown(app)
        assert second.location in passage_shown(app)  # "line 143", not "lines 143–143"
        await pilot.press("ctrl+n")
        assert app.selected == 3


async def test_follow_up_is_resolved_from_context(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await ask(pilot, "and what temperature?")
        last = app.answers[-1]
        assert last.understood_as is not None and "rcm" in last.understood_as.lower()
        assert "Reading this as:" in str(app.query(AnswerBubble).last().render())


async def test_empty_conversation_offers_suggestions_from_the_guides(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        options = app.query_one("#suggestions", OptionList)
        assert options.display and options.option_count >= 4
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Ring-Closing Metathesis" in p for p in prompts)
        options.focus()
        await pilot.press("down", "enter")
        for _ in range(400):
            await pilot.pause(0.05)
            if app.answers:
                break
        assert app.answers and app.answers[0].question == prompts[1] or app.answers[0].question == prompts[0]


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
        notes = list(app._notifications)
        assert notes and notes[0].severity == "error" and "assistant index" in notes[0].message
        assert app.query_one("#question", Input).disabled


def test_snapshot_main_screen_100x30(snap_compare, hashing_paths: Paths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ask(pilot, "why is my RCM sluggish")

    assert snap_compare(BenchApp(hashing_paths, Session(hashing_paths)), terminal_size=(100, 30),
                        run_before=run_before)


def test_snapshot_main_screen_160x45(snap_compare, hashing_paths: Paths) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ask(pilot, "how much catalyst loading for Grubbs II")

    assert snap_compare(BenchApp(hashing_paths, Session(hashing_paths)), terminal_size=(160, 45),
                        run_before=run_before)


async def test_clicking_a_source_line_shows_that_passage(hashing_paths: Paths, session: Session) -> None:
    app = BenchApp(hashing_paths, session)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "why is my RCM sluggish")
        await ask(pilot, "HATU or COMU?")
        first = app.answers[0].citations[2]
        await pilot.pause()
        app.action_show_source_of(0, 3)  # what the source line's @click meta runs
        assert f"[3] {first.guide_title}" in passage_shown(app)
        bubble = app.query(AnswerBubble).first()
        spans = [s for s in bubble.render().spans if "@click" in (s.style.meta if hasattr(s.style, "meta") else {})]
        assert spans, "source lines carry a click action"


async def test_stale_index_is_refused_then_rebuilt_with_reindex(fresh_paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil
    from pathlib import Path

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
