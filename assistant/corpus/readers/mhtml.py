"""A web page saved as one file: `.mhtml` / `.mht` (a browser's "Webpage, Single File", Word's "Single File Web
Page") and the `.doc` a wiki writes for "Export to Word" (the same MIME package under another name). The page's
HTML part, its transfer encoding and charset undone, is read by the HTML reader; a binary Word 97-2003 `.doc` is
refused with what to do, and RTF saved under .doc is read as RTF (readers.rtf). Cited lines are the lines of
that HTML part."""

from __future__ import annotations

import email
import email.policy
import re

from assistant.corpus.document import Document
from assistant.corpus.readers import html, rtf
from assistant.corpus.readers.docx import OLE
from assistant.errors import CorpusError

_MIME = re.compile(rb"^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?mime-version\s*:", re.IGNORECASE)
_HTML = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html|head|body)", re.IGNORECASE)


def read(data: bytes, name: str) -> Document:
    if data.startswith(OLE):
        raise CorpusError(f"{name}: a Word 97-2003 binary document; open it in Word and save it as .docx")
    if rtf.is_rtf(data):  # Word's "Rich Text Format" saved under .doc
        return rtf.read(data, name)
    if _HTML.match(data[:1024]):  # a page saved as HTML under another name
        return html.read(data, name)
    if not _MIME.match(data[:8192].replace(b"\r\n", b"\n")):
        raise CorpusError(f"{name}: not a saved web page (no MIME header), nor HTML")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            charset = part.get_content_charset()
            if charset:  # said in the MIME header, perhaps not in the page: handed on as UTF-8 with its mark
                try:
                    payload = b"\xef\xbb\xbf" + payload.decode(charset, errors="replace").encode("utf-8")
                except LookupError:
                    pass
            return html.read(payload, name)
    raise CorpusError(f"{name}: a MIME package with no web page in it")
