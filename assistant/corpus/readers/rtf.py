"""A Rich Text Format document (.rtf: WordPad, TextEdit, an old SOP saved "as RTF"; Word also writes it under
.doc): its text as striprtf gives it, a paragraph a line, list numbers kept (a Word 95 list's `\\pntext`
numbers, which striprtf drops, are turned into text first), read by the plain-text reader (headings from
their form: ALL CAPS, numbered, Title Case). Cited by paragraph."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.corpus.document import Document
from assistant.corpus.readers import text
from assistant.errors import CorpusError

_PNTEXT = re.compile(rb"\{\\pntext\b")  # "{\pntext 3.\tab}": an old list's number, kept as text


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def read(data: bytes, name: str) -> Document:
    from striprtf.striprtf import rtf_to_text

    if not is_rtf(data):
        raise CorpusError(f"{name}: not an RTF document (no {{\\rtf header)")
    try:
        plain = rtf_to_text(_PNTEXT.sub(b"{", data).decode("latin-1"), errors="replace")
    except (ValueError, IndexError, UnicodeError) as e:
        raise CorpusError(f"{name}: cannot read the RTF ({e})") from None
    if not plain.strip():
        raise CorpusError(f"{name}: no text in the RTF document")
    return replace(text.read(plain.replace("\r\n", "\n").encode("utf-8"), name), format="rtf")
