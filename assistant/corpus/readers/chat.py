"""A group chat exported as text: WhatsApp on an iPhone ("[2/4/25, 9:14:37 AM] Ana: ..."), on Android
("04/02/2025, 09:14 - Ana: ..."), or any log that stamps each message with its date and time and its sender.

Each run of one sender's messages on one day is a post of a thread, headed by the sender; the stamps go, and so do the
chat's own lines (the encryption notice, "image omitted", "This message was deleted", "Ana left"), which the
export marks with a left-to-right mark or leaves without a sender, and a message with no word ("👍"). A
message's later lines stay where they are.
"""

from __future__ import annotations

import re

from assistant.corpus.units import says_nothing

# the stamp and sender that open a message; the time may carry AM/PM after a (narrow) no-break space
_STAMP = re.compile(
    r"^\u200e?\[?(?P<day>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s(?:\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:[\s\u202f\u00a0]?[AaPp]\.?[Mm]\.?)?\]?(?:\s[-\u2013]\s|\s)")
_SENDER = re.compile(r"^([^:\n]{1,60}?):\s")
_LRM = "\u200e"
# what the export says of a message it did not keep, and the edit mark it adds to one
_NOT_KEPT = re.compile(r"^(?:<?(?:media|image|video|audio|sticker|gif|document|contact card)\s+omitted>?"
                       r"|(?:this message was|you) deleted(?: this message)?\.?|null|POLL:.*|OPTION:.*)$",
                       re.IGNORECASE)
_EDITED = re.compile(r"\s*\u200e?<this message was edited>\s*$", re.IGNORECASE)
# WhatsApp's own markup on a whole line: *bold* (a line that names what follows), _italic_, ``` (monospace, a
# table pasted in) around lines
_BOLD_LINE = re.compile(r"^\*([^*]{2,100})\*$")
_ITALIC_LINE = re.compile(r"^\s*_([^_].*[^_])_\s*$")
_FENCE = re.compile(r"^\s*```\s*|\s*```\s*$")
_SHARE = 0.3  # a chat: at least this share of its non-blank lines open with a stamp
_FEW = 3  # ... and at least this many


def is_chat(lines: list[str]) -> bool:
    """Whether a text file is a chat's export: most of its lines open with a message's stamp."""
    filled = [ln for ln in lines if ln.strip()]
    stamped = sum(1 for ln in filled if _STAMP.match(ln.lstrip("\ufeff")))
    return stamped >= _FEW and stamped >= _SHARE * len(filled)


Heading = tuple[str, int, bool]  # a heading's text, level and whether it opens a post (a sender's messages)


def messages(lines: list[str]) -> tuple[list[str], dict[int, list[Heading]]]:
    """The chat's lines, each in place, with stamps, senders and the chat's own lines taken out, and the
    headings that stand before a line: the sender where a sender's run of messages starts (a post), and a line
    a message sets in bold on its own ("*A. Alkylation (10 mmol scale)*"), which names what follows it."""
    out = [""] * len(lines)
    heads: dict[int, list[Heading]] = {}
    sender, day, keep, named = "", "", False, False  # named: the sender's last message set a line in bold
    for k, raw in enumerate(lines):
        line = raw.lstrip("\ufeff").rstrip()
        if m := _STAMP.match(line):
            rest = line[m.end():]
            who = _SENDER.match(rest)
            text = _EDITED.sub("", rest[who.end():] if who else "").strip()
            keep = (bool(who) and not text.startswith(_LRM) and not _NOT_KEPT.match(text)
                    and (not says_nothing(text) or not _FENCE.sub("", text)))  # "👍" alone says nothing
                    # (a message that opens with an empty line or a ``` mark goes on below it)
            if not keep or who is None:
                continue  # the chat's own line ("Ben left", "image omitted"), and any later lines of it
            # a new sender, a new day, or a message after one whose bold lines named its parts: a new post
            if (who.group(1).strip(), m.group("day")) != (sender, day) or named:
                sender, day, named = who.group(1).strip(), m.group("day"), False
                heads[k] = [(sender, 1, True)]
        elif keep:
            text = _EDITED.sub("", line.replace(_LRM, ""))
        else:
            continue
        if bold := _BOLD_LINE.match(text.strip()):  # a message's first bold line names it, later ones its parts
            heads.setdefault(k, []).append((bold.group(1).strip(), 3 if named and not m else 2, False))
            text, named = "", True
        out[k] = _FENCE.sub("", _ITALIC_LINE.sub(r"\1", text))
    return out, heads
