"""An answer's sources in the conversation: one short line each, a focusable list (arrows, Enter, 1-9) that
moves on to the neighbouring answer's list at its ends, so every source is reachable without Alt."""

from __future__ import annotations

import re

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assistant.models import Answer, Citation
from assistant.render import safe

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)")
_CUT = re.compile(r" (?:for|to|of|in|with|via|using) |: ")
TOPIC_WIDTH = 32


def short_title(title: str) -> str:
    """A guide title without its boilerplate: "Technical Support Center: Troubleshooting X" -> "X"."""
    tail = title.rsplit(": ", 1)[-1]
    return re.sub(r"^(?:troubleshooting|guide to|a guide to)\s+", "", tail, flags=re.IGNORECASE).strip() or title


def _shorten(text: str) -> str:
    m = _CUT.search(text)
    head = text[: m.start()] if m and m.start() > 0 else text
    if len(head) <= TOPIC_WIDTH:
        return head
    return head[:TOPIC_WIDTH].rsplit(" ", 1)[0] + "…"


def topic(c: Citation) -> str:
    """What a source is about, in a few words: an acronym the section names ("RCM"), else its reaction's
    section, else the guide's short title."""
    parents = c.section.split(" > ")[:-1]
    for part in reversed(parents):
        if m := _ACRONYM.search(part):
            return m.group(1)
    named = [p for p in parents if not p.startswith("Table:") and "troubleshooting" not in p.lower()]
    if named:
        return _shorten(named[-1])
    return "" if parents else _shorten(short_title(c.guide_title))


def short_label(c: Citation) -> str:
    """One line per source in the conversation: "[1] RCM › Symptom · line 116"."""
    leaf = re.sub(r"^Experimental Protocol: ", "Protocol: ", c.section.split(" > ")[-1])
    about = topic(c)
    if not about:  # a reaction's own section: its name, shortened, is the topic
        return f"[{c.n}] {_shorten(leaf)} · {c.location}"
    return f"[{c.n}] {about} › {leaf} · {c.location}"


class SourceList(OptionList):
    """The sources of one answer (`index` in the app's list of answers)."""

    BINDINGS = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        *[Binding(str(n), f"pick({n - 1})", f"Source {n}", show=False) for n in range(1, 10)],
    ]

    def __init__(self, answer: Answer, index: int) -> None:
        super().__init__(*[Option(Text(safe(short_label(c)))) for c in answer.citations], classes="sources")
        self.index = index

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def _neighbour(self, step: int) -> SourceList | None:
        lists = list(self.screen.query(SourceList))
        i = lists.index(self) + step
        return lists[i] if 0 <= i < len(lists) else None

    def action_cursor_up(self) -> None:
        if self.highlighted:
            super().action_cursor_up()
        elif (prev := self._neighbour(-1)) is not None:  # off the top: the earlier answer's last source
            self.screen.set_focus(prev)  # now, not after a refresh: a quick second key goes to it
            prev.highlighted = prev.option_count - 1

    def action_cursor_down(self) -> None:
        if self.highlighted is not None and self.highlighted < self.option_count - 1:
            super().action_cursor_down()
        elif (nxt := self._neighbour(1)) is not None:  # off the bottom: the next answer's first source
            self.screen.set_focus(nxt)
            nxt.highlighted = 0

    def action_pick(self, i: int) -> None:
        if i < self.option_count:
            self.highlighted = i
            self.action_select()
