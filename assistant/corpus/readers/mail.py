"""An e-mail saved as its source (a .eml file, or a .txt of Gmail's "Show original" or Outlook's "Save as"):
the message's own words, not its transport.

The transport headers, the HTML copy of the text and binary attachments are left out; the text part is
decoded (quoted-printable or base64, in its charset), and a reply's quoted history ("On ..., Ann wrote:" then
"> ..." lines, quoted again at each level) becomes the thread it is: each message a section headed by its
sender, newest first, read as an e-mail thread saved as text is (readers.text). A text attachment (a CSV
table) follows as a table. Every block keeps the lines of the file it came from.
"""

from __future__ import annotations

import base64
import binascii
import csv
import quopri
import re
from dataclasses import dataclass, replace
from email.header import decode_header, make_header

from assistant.corpus.document import Block, Document

_HEADER = re.compile(r"^([A-Za-z][!-9;-~]*):[ \t]*(.*)$")  # any printable name (RFC 5322): "msip_labels:"
_TRANSPORT = frozenset({"mime-version", "content-type", "received", "message-id", "return-path", "delivered-to",
                        "dkim-signature", "x-mailer", "x-received", "thread-index", "x-ms-exchange-organization"})
_WROTE = re.compile(r"^On (?P<when>.{5,120}?),? (?P<who>[^,<>]{2,80}?)\s*(?:<[^>]*>)?\s*wrote:\s*$", re.IGNORECASE)
_QUOTE = re.compile(r"^((?:> ?)+)")


@dataclass
class _Part:
    headers: dict[str, str]
    start: int  # the first line of its body (0-based, in the file)
    end: int  # one past its last line
    message: dict[str, str] | None = None  # the headers of the forwarded or digested message it is part of
    origin: int = 0  # that message's first line

    def header(self, name: str) -> str:
        return self.headers.get(name, "")

    def param(self, header: str, name: str) -> str:
        m = re.search(rf';\s*{name}\s*=\s*"?([^";]+)"?', self.header(header), re.IGNORECASE)
        return m.group(1).strip() if m else ""

    @property
    def type(self) -> str:
        return (self.header("content-type").split(";")[0].strip() or "text/plain").lower()


def is_message(lines: list[str]) -> bool:
    """Whether a text file is a message's source: it opens with a header block that has a sender and the
    headers of a MIME message or its transport (a thread exported by a mailing list archive does not)."""
    headers, _ = _headers(lines, 0)
    return bool(headers) and "from" in headers and bool(_TRANSPORT & headers.keys())


def read(data: bytes, name: str) -> Document:
    """Read a message's source; a file that is not one is read as plain text (readers.text)."""
    from assistant.corpus.readers import text, utf8_text

    raw = utf8_text(data, name, "an e-mail").replace("\r\n", "\n").split("\n")
    if not is_message(raw):
        return text.read(data, name)
    headers, body = _headers(raw, 0)
    leaves = _leaves(_Part(headers, body, len(raw)), raw)
    plain = next((p for p in leaves if p.type == "text/plain" and not _attached(p)), None)
    lines: list[tuple[str, int, int]] = []  # (text, its first and last line in the file)
    subject = re.sub(r"^\s*((re|fwd?|aw|wg)\s*:\s*)+", "", _words(headers.get("subject", "")), flags=re.IGNORECASE)
    if subject:
        at = _line_of(raw, "subject")
        lines += [(subject, at, at), ("", at, at)]
    if any(p.message is not None for p in leaves):  # a digest, or a message forwarded as an attachment
        lines += _postings(leaves, raw)
    elif plain is not None:
        lines += _thread(_decoded(plain, raw), _words(headers.get("from", "")), headers.get("date", ""),
                         _line_of(raw, "from"))
    elif html := next((p for p in leaves if p.type == "text/html"), None):
        from assistant.corpus.readers import html as html_reader

        decoded = _decoded(html, raw)  # decoded already: the BOM says so over the page's own <meta charset>
        doc = html_reader.read(b"\xef\xbb\xbf" + "\n".join(t for t, _, _ in decoded).encode("utf-8"), name)
        blocks = [replace(b, start=decoded[min(b.start, len(decoded)) - 1][1] + 1,
                          end=decoded[min(b.end, len(decoded)) - 1][2] + 1) for b in doc.blocks] if decoded else []
        return replace(doc, title=subject or doc.title,
                       blocks=_senders(blocks, _words(headers.get("from", "")), _line_of(raw, "from") + 1))
    blocks = text.parse_text([t for t, _, _ in lines])
    blocks = [replace(b, start=lines[b.start - 1][1] + 1, end=max(lines[b.start - 1][1], lines[b.end - 1][2]) + 1)
              for b in blocks]
    for p in leaves:
        if p.type == "text/csv" or (p.type == "text/plain" and _attached(p)):
            blocks += _attachment(p, raw, max((b.table for b in blocks), default=0) + 1)
    return Document("text", blocks, title=subject)


# The header Outlook writes above each quoted message of a reply ("From: Ann <a@b> Sent: ... To: ...")
_REPLY_HEADER = re.compile(r"^From:\s*(?P<who>[^<>]+?)\s*(?:<[^>]*>)?\s+(?:Sent|Date):", re.IGNORECASE)


def _senders(blocks: list[Block], sender: str, at: int) -> list[Block]:
    """An HTML thread with each message headed by its sender: the quoted messages' "From: ... Sent: ..."
    blocks become headings, and the newest message is headed by the message's own sender."""
    if not any(b.kind == "paragraph" and _REPLY_HEADER.match(b.text) for b in blocks):
        return blocks
    name = re.sub(r"\s*<[^>]*>", "", sender).strip().strip('"') or "Message"
    out = [Block("heading", name, at, at, level=1, post=True)]
    for b in blocks:
        m = _REPLY_HEADER.match(b.text) if b.kind == "paragraph" else None
        out.append(Block("heading", m.group("who").strip().strip('"'), b.start, b.end, level=1, post=True)
                   if m else b)
    return out


def _headers(lines: list[str], i: int) -> tuple[dict[str, str], int]:
    """The header block from line i (folded lines joined), lower-cased names; and the first body line."""
    out: dict[str, str] = {}
    last = ""
    while i < len(lines) and lines[i].strip():
        ln = lines[i]
        if ln[:1] in (" ", "\t") and last:
            out[last] += " " + ln.strip()
        elif m := _HEADER.match(ln):
            last = m.group(1).lower()
            out.setdefault(last, m.group(2).strip())
        else:
            return out, i  # a line that is no header: the body starts there (no header block at all: {})
        i += 1
    return out, i + 1


def _leaves(part: _Part, raw: list[str]) -> list[_Part]:
    """The parts of a message that hold content, in order (multiparts and attached messages opened, however
    nested); each part of an attached message (a digest's postings, a forwarded message) knows its headers."""
    if part.type == "message/rfc822":
        headers, body = _headers(raw, part.start)
        return _leaves(_Part(headers, body, part.end, headers, part.start), raw)
    boundary = part.param("content-type", "boundary")
    if not part.type.startswith("multipart/") or not boundary:
        return [part]
    marks = [i for i in range(part.start, part.end) if raw[i].rstrip() in (f"--{boundary}", f"--{boundary}--")]
    out: list[_Part] = []
    for a, b in zip(marks, marks[1:]):
        if raw[a].rstrip() == f"--{boundary}--":
            break
        headers, body = _headers(raw, a + 1)
        if part.type == "multipart/digest" and "content-type" not in headers:
            headers["content-type"] = "message/rfc822"  # RFC 2046: a digest's parts are messages
        out += _leaves(_Part(headers, min(body, b), b, part.message, part.origin), raw)
    return out


def _postings(leaves: list[_Part], raw: list[str]) -> list[tuple[str, int, int]]:
    """A digest's or a forward's attached messages, each as a thread under its sender; the digest's own
    table of contents ("Today's Topics:") is left out, any other text of the carrying message is kept."""
    out: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    for p in leaves:
        if p.type != "text/plain" or _attached(p):
            continue
        decoded = _decoded(p, raw)
        if p.message is None:
            if "digest" not in p.header("content-description").lower() and not any(
                    t.strip().lower().startswith("today's topics") for t, _, _ in decoded):
                out += decoded + [("", p.end - 1, p.end - 1)]
            continue
        if p.origin in seen:
            continue  # a posting's other text parts (its HTML copy's twin) are the same words
        seen.add(p.origin)
        sender, date = _words(p.message.get("from", "")), p.message.get("date", "")
        thread = _thread(decoded, sender, date, p.origin)
        if not thread or not thread[0][0].startswith("From: "):
            thread = [(f"From: {sender}", p.origin, p.origin), (f"Date: {date}", p.origin, p.origin),
                      ("", p.origin, p.origin), *thread]
        out += thread + [("", p.end - 1, p.end - 1)]
    return out


def _attached(p: _Part) -> bool:
    return "attachment" in p.header("content-disposition").lower() or bool(p.param("content-disposition", "filename"))


def _decoded(p: _Part, raw: list[str]) -> list[tuple[str, int, int]]:
    """A part's text, line by line, each with the lines of the file it was encoded on (0-based)."""
    charset = p.param("content-type", "charset") or "utf-8"
    encoding = p.header("content-transfer-encoding").lower()
    body = raw[p.start:p.end]
    if encoding == "base64":
        try:
            data = base64.b64decode("".join(ln.strip() for ln in body))
        except (binascii.Error, ValueError):
            return []
        texts = _text(data, charset).replace("\r\n", "\n").split("\n")
        at = [p.start + k * len(body) // max(1, len(texts)) for k in range(len(texts))]
        return [(t, a, a) for t, a in zip(texts, at, strict=True)]
    if encoding != "quoted-printable":
        return [(ln, p.start + k, p.start + k) for k, ln in enumerate(body)]
    out: list[tuple[str, int, int]] = []
    pending, first = b"", -1
    for k, ln in enumerate(body):
        first = p.start + k if first < 0 else first
        soft = ln.rstrip().endswith("=")
        chunk = ln.rstrip()[:-1] if soft else ln.rstrip()
        pending += quopri.decodestring(chunk.encode("utf-8", "replace"))
        if not soft:
            out.append((_text(pending, charset), first, p.start + k))
            pending, first = b"", -1
    if pending:
        out.append((_text(pending, charset), first, p.end - 1))
    return out


def _text(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _words(value: str) -> str:
    """A header's words, its encoded words ("=?UTF-8?Q?Tom=C3=A1s?=") decoded."""
    try:
        return str(make_header(decode_header(value))).strip()
    except (LookupError, ValueError, UnicodeDecodeError):
        return value.strip()


def _line_of(raw: list[str], name: str) -> int:
    return next((i for i, ln in enumerate(raw) if ln.lower().startswith(name + ":")), 0)


def _thread(lines: list[tuple[str, int, int]], sender: str, date: str, at: int) -> list[tuple[str, int, int]]:
    """The text with its quoted history unquoted: each message after a "From:" and a "Date:" line (as a
    saved thread shows them), so that the text reader heads each with its sender; one message is its text."""
    out: list[tuple[str, int, int]] = [(f"From: {sender}", at, at), (f"Date: {date}", at, at), ("", at, at)]
    k = 0
    while k < len(lines):
        t, n, last = lines[k]
        bare = _QUOTE.sub("", t).rstrip()
        nxt = _QUOTE.sub("", lines[k + 1][0]).strip() if k + 1 < len(lines) else ""
        if bare.lower().startswith("on ") and not bare.lower().endswith("wrote:") and nxt.lower() == "wrote:":
            bare, k, last = f"{bare} wrote:", k + 1, lines[k + 1][2]  # "On ..., Ann <ann@...>" / "wrote:"
        m = _WROTE.match(bare.strip())
        if m:
            who = re.sub(r"^.*\b(?:AM|PM|\d{1,2}:\d{2})\s+", "", m.group("who").strip())  # "... 10:20 AM Ann"
            out += [(f"From: {who}", n, last), (f"Date: {m.group('when').strip()}", n, last), ("", n, last)]
        else:
            out.append((bare, n, last))
        k += 1
    starts = sum(1 for t, _, _ in out if t.startswith("From: "))
    return out if starts >= 2 else out[3:]


def _attachment(p: _Part, raw: list[str], table: int) -> list[Block]:
    """A text attachment: a CSV file as a table under its file name, other text as paragraphs."""
    name = p.param("content-disposition", "filename") or p.param("content-type", "name")
    decoded = _decoded(p, raw)
    at = p.start  # its lines are encoded in the file: cited at the attachment's first line
    head = Block("heading", name or "Attachment", at, at, level=1)
    texts = [t for t, _, _ in decoded if t.strip()]
    if p.type != "text/csv":
        return [head, *(Block("paragraph", t.strip(), at, at) for t in texts)]
    rows = [tuple(c.strip() for c in r) for r in csv.reader(texts) if any(c.strip() for c in r)]
    return [head, *(Block("row", " | ".join(c for c in r if c), at, at, cells=r, table=table) for r in rows)]
