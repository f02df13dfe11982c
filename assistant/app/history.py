"""The question history: Up/Down walk it from the question box, a half-typed draft is kept, and it survives
restarts in the user's data folder (one JSON string per line, so any question round-trips)."""

from __future__ import annotations

import json
from pathlib import Path

KEEP = 500


class History:
    """Earlier questions, oldest first, and where Up/Down have got to; `position == len(entries)` is the draft."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.entries: list[str] = []
        self.position = 0
        self.draft = ""

    def load(self) -> None:
        """Read the saved history; a missing file is an empty history, an unreadable one an OSError."""
        if self.path is None or not self.path.exists():
            return
        entries: list[str] = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                value = json.loads(line)
            except ValueError:  # a line cut short by a crash: skip it, keep the rest
                continue
            if isinstance(value, str) and value.strip():
                entries.append(value)
        self.entries = entries[-KEEP:]
        self.position = len(self.entries)

    def add(self, question: str) -> None:
        """Remember a question asked (in memory first, so a failed write loses nothing this session)."""
        if not self.entries or self.entries[-1] != question:
            self.entries.append(question)
        self.position = len(self.entries)
        self.draft = ""

    def save(self) -> None:
        """Write the last KEEP questions; an OSError says why not (the caller shows it)."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in self.entries[-KEEP:]),
                       encoding="utf-8")
        tmp.replace(self.path)

    def older(self, current: str) -> str | None:
        """The question before the one shown (None at the oldest); leaving the draft keeps it."""
        if self.position == 0:
            return None
        if self.position == len(self.entries):
            self.draft = current
        self.position -= 1
        return self.entries[self.position]

    def newer(self) -> str | None:
        """The question after the one shown, then the draft; None when already at the draft."""
        if self.position >= len(self.entries):
            return None
        self.position += 1
        return self.entries[self.position] if self.position < len(self.entries) else self.draft
