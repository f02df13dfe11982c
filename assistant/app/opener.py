"""Opening a cited guide at its place: which command, and whether it can run at all."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from textual.app import App, SuspendNotSupported

from assistant.models import Citation
from assistant.render import safe


def open_command(c: Citation, guide: Path) -> list[str] | None:
    """How to open a cited guide at its place: $EDITOR at the line for text formats; for a PDF the viewer
    in $ASSISTANT_PDF_VIEWER ("zathura --page={page} {path}", "evince -i {page} {path}") at the page;
    None when nothing can open it there (a Word, Excel or PowerPoint file, a PDF without a viewer set)."""
    if c.format == "pdf":
        viewer = os.environ.get("ASSISTANT_PDF_VIEWER")
        if not viewer or not c.pages:
            return None
        return [_fill(part, c.pages[0], guide) for part in _words(viewer)]
    editor = os.environ.get("EDITOR") or os.environ.get("VISUAL")
    if c.format in ("docx", "xlsx", "pptx", "rtf", "odt", "ipynb") or not editor:
        return None
    return [*_words(editor), f"+{c.lines[0]}", str(guide)]


def _words(command: str) -> list[str]:
    try:
        return shlex.split(command) or [command]
    except ValueError:  # an unbalanced quote: run it as one word, so the failure names it
        return [command]


def _fill(part: str, page: int, guide: Path) -> str:
    try:
        return part.format(page=page, path=guide)
    except (KeyError, IndexError, ValueError):  # a stray brace in the viewer setting: leave that word alone
        return part


def find_guide(corpus: Path, guide: str) -> Path | None:
    """The corpus file of a guide id (its name without the suffix); an OSError if the folder is unreadable."""
    return next((g for g in sorted(corpus.iterdir()) if g.stem == guide), None)


def missing_program(command: list[str]) -> str | None:
    """The program of a command when it is not installed (so the app need not leave the screen to find out)."""
    return None if shutil.which(command[0]) else command[0]


def open_source(app: App[None], c: Citation, corpus: Path) -> None:
    """Open a cited guide at its place, handing the terminal over to the editor or viewer; anything that
    stops it (no such program, a failing one, a terminal that cannot hand over) is a notification that
    also says where the passage is, so the chemist can open it by hand."""

    def error(message: str) -> None:
        app.notify(safe(message), severity="error", markup=False, timeout=30)

    try:
        guide = find_guide(corpus, c.guide)
    except OSError as e:
        return error(f"Cannot read the corpus folder {corpus}: {e.strerror or e}")
    if guide is None:
        return error(f"The guide {c.guide} is no longer in {corpus}.")
    command = open_command(c, guide)
    if command is None:  # a PDF with no viewer configured, or a Word file: say where to look
        app.notify(safe(f"Open {guide} at {c.location}"), markup=False, timeout=30)
        return None
    if program := missing_program(command):
        return error(f"Cannot open the source: {program} is not installed (check $EDITOR). "
                     f"It is {guide} at {c.location}.")
    try:
        with app.suspend():
            code = subprocess.call(command)
    except SuspendNotSupported:
        return error(f"This terminal cannot hand over to {command[0]}; open {guide} at {c.location}.")
    except OSError as e:
        return error(f"Could not run {command[0]}: {e.strerror or e}. It is {guide} at {c.location}.")
    if code != 0:
        app.notify(safe(f"{command[0]} exited with {code}"), markup=False, severity="warning")
    return None
