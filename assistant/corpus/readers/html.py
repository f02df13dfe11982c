"""HTML guides -> `Document`: the page's main content as headings, paragraphs, list items and table rows.

Boilerplate (navigation, page header and footer, sidebars, cookie banners, scripts ...) is dropped and
noted in `Document.dropped`; when the page marks its main content (<main>, role=main, <article>) only
that is read. Lines are the file's: lxml's `sourceline` of each element, advanced by the newlines of
the text read since. lxml is imported only when a page is read.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import replace
from typing import Any

from assistant.corpus import roles
from assistant.corpus.document import Block, BlockKind, Document
from assistant.corpus.readers import settle_run_ins
from assistant.errors import CorpusError

_SCRIPTS = {"script", "style", "noscript", "template"}
_SKIP = _SCRIPTS | {"head", "title", "svg", "iframe", "object", "embed", "canvas", "video", "audio", "img",
                    "button", "select", "input", "textarea", "link", "meta", "base", "map", "datalist"}
_SPEAKER_NOTES = re.compile(r"\b(speaker-)?notes\b")
_BLOCKS = {"address", "article", "aside", "blockquote", "body", "center", "details", "div", "dd", "dt", "fieldset",
           "figcaption", "figure", "footer", "form", "header", "hgroup", "html", "legend", "main", "nav", "p",
           "section", "summary", "caption", "search", "tr", "td", "th", "thead", "tbody", "tfoot"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = {"ol", "ul", "menu", "dir"}
_UNITS = set(_HEADINGS) | _LISTS | {"li", "dl", "dt", "table", "pre"}  # one block each; inside another: text
_SECTIONING = {"article", "aside", "main", "nav", "section"}
_ROLES = {"navigation": "navigation", "banner": "header", "contentinfo": "footer", "complementary": "sidebar"}
_W = r"(?:^|[^a-z0-9])"  # the start of a word in a class or id
_NAMES = [(re.compile(rx), note) for rx, note in (
    (r"cookie|consent|gdpr", "cookie banner"), (r"newsletter", "newsletter signup"), (r"sidebar", "sidebar"),
    (r"breadcrumb", "breadcrumbs"), (rf"skip-?link|{_W}skip-to", "skip link"), (rf"{_W}advert", "advertising"),
    (rf"{_W}(?:share|sharing|social)", "share buttons"), (rf"{_W}related", "related links"),
    (rf"{_W}(?:menu|nav|page-?tree|space-tools)", "navigation"), (rf"{_W}footer", "footer"), (rf"{_W}banner", "banner"),
    (rf"{_W}feedback", "feedback form"),
    # a wiki page's likes and labels under the article (Confluence: "Anna and 3 others like this", its tags)
    (rf"{_W}(?:likes?-(?:and-labels|section|summary|button)|labels?-(?:section|content|list))(?:$|[^a-z0-9-])",
     "likes and labels"),
    # a wiki page saved from the browser (MediaWiki): section edit links, "Jump to navigation", the "From
    # <wiki>" tagline, the "^" back-links of its references, "Retrieved from" and the category links
    (r"edit-?section", "edit links"), (r"jump-?(?:link|to)", "skip link"), (rf"{_W}site-?sub", "tagline"),
    (r"cite-backlink", "back-links"), (r"print-?footer|cat-?links", "wiki footer"),
    # a documentation site's permalink marks ("¶" after every heading, term and caption: Sphinx, MkDocs)
    (r"headerlink", "permalinks"),
    # a forum thread's or a blog's post furniture (Discourse, phpBB, WordPress comments): like, share and reply
    # buttons, read states, reply-to tabs, avatars, the poster's title and the post's date
    (rf"{_W}(?:post-?(?:controls|actions|infos|menu-area|links-container|date|avatar)|topic-avatar|reply-to-tab"
     rf"|read-state|relative-date|user-title|quote-controls|like-count|comment-?(?:reply|actions|metadata)"
     rf"|reply-?link|comment-?(?:form|respond)|user_?icon|avatar|thread-?info|day-?divider)(?:$|[^a-z0-9-])"
     rf"|quick-comment", "post controls"),
    # a Jupyter notebook exported to HTML: code cells and the "In [3]:" / "Out[3]:" prompts (the notes are its
    # Markdown cells; a cell's printed output stays), and error output (tracebacks, warnings) below
    (r"jp-(?:in|out)put-?prompt|(?:in|out)put_?prompt|jp-input-?area-?editor|jp-code-?mirror|input_?area"
     r"|output_(?:stderr|error)", "notebook code"))]
# A post's byline in a forum thread or a blog's comments (Discourse, phpBB, WordPress): the poster names the post
_BYLINE = re.compile(rf"{_W}(?:topic-meta-data|post-?(?:header|meta|author|byline)|comment-?(?:meta|author|header)"
                     rf"|postprofile|author-?info)(?:$|[^a-z0-9-])")
_POSTER = (re.compile(rf"{_W}(?:full-?name|display-?name|author-?name|fn)(?:$|[^a-z0-9-])"),
           re.compile(rf"{_W}(?:username|user-?name|nickname|author)(?:$|[^a-z0-9-])"))
# A chat message's sender standing alone beside its avatar and time (a Slack channel's HTML export): the sender
# names the message, as a byline does
_SENDER = re.compile(r"(?:^|\s)(?:username|user-?name|sender|message-?sender|c-message__sender)(?:$|\s)")
# A thread's list of comments or replies, and each comment in it: containers of posts, not a list of items
_THREAD = re.compile(rf"{_W}(?:comments?|comment-?(?:threads?|list)|commentlist|replies|children)(?:$|[^a-z0-9-])")
_SEPARATORS = re.compile(r"[\s|·•›»/–-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""",
                      re.IGNORECASE)
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff\ufffd]")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_MAX_LINE = 65535  # libxml2 reports any later line as 65535; the reader then counts on by itself


def read(data: bytes, name: str) -> Document:
    """Read an HTML page (BOM, <meta charset>, else UTF-8, else cp1252)."""
    import lxml.html
    from lxml import etree

    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{name}: looks binary, not an HTML page")
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(_decode(data).replace("\x00", "").encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        if "empty" in str(e).lower():
            raise CorpusError(f"{name}: no readable text in the page") from None
        raise CorpusError(f"{name}: cannot parse the page as HTML ({e})") from None
    if fatal := [e for e in parser.error_log if e.level_name == "FATAL"]:  # libxml2 stopped reading part-way
        raise CorpusError(f"{name}: cannot parse the page as HTML ({fatal[0].message.strip()})")
    body = next(root.iterchildren("body"), root)
    dropped: set[Any] = set()
    notes: list[str] = []
    mains = [e for e in root.iter() if e.tag in ("main", "article") or _role(e) == "main"]
    protected = {a for m in mains if m.tag == "main" or _role(m) == "main" for a in (m, *m.iterancestors())}
    _mark(root, dropped, notes, protected, None)  # first by what elements are, then by what they are called
    _mark(root, dropped, notes, protected, _text_len(body, dropped))
    alive = [m for m in mains if _alive(m, dropped)]
    content = [m for m in alive if m.tag == "main" or _role(m) == "main"][:1] or [
        m for m in alive if not any(a.tag == "article" for a in m.iterancestors())]
    if content and _text_len(body, dropped | set(content)):
        notes.append("text outside the main content")
    for roots in ([content, [body]] if content else [[body]]):
        reader = _Reader(dropped, roots)
        for r in roots:
            reader.walk(r)
            reader.flush()
        if reader.blocks:
            return Document("html", settle_run_ins(reader.blocks, reader.run_ins),
                            title=reader.title or _page_title(root, body, dropped),
                            dropped=notes)
    raise CorpusError(f"{name}: no readable text in the page")


def _decode(data: bytes) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    declared = _CHARSET.search(data[:4096])
    for label in ([declared.group(1) or declared.group(2)] if declared else []) + [b"utf-8"]:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            enc = codecs.lookup(label.decode("ascii")).name
            enc = "cp1252" if enc in ("latin-1", "iso8859-1", "ascii") else enc  # as browsers read them
            return data.decode("utf-8" if enc.startswith(("utf-16", "utf-32")) else enc)  # said in ASCII: not so
    return data.decode("cp1252", errors="replace")


_WORD_LIST = re.compile(r"mso-list:\s*(?!none|ignore)\w", re.IGNORECASE)  # a paragraph of a list in Word's HTML
_TYPED_NUMBER = re.compile(r"^(\d{1,2}|[a-z]|[ivx]{1,4})[.)]$", re.IGNORECASE)
_PERMALINK = re.compile(r"\s*[¶§#🔗]\s*$")


def _clean(text: str) -> str:
    return " ".join(_INVISIBLE.sub("", text).split())


_BREAK = "\u2028"  # where a <br> broke a paragraph's line (whitespace to _clean)
_TYPED_STEP = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")


def _typed_steps(lines: list[str]) -> tuple[str, list[tuple[str, str]]] | None:
    """A paragraph whose lines (broken by <br>) are numbered 1., 2., ... from one line on: the lines before (the
    procedure's name) and the numbered steps; None when fewer than two lines are numbered in order."""
    lines = [ln for ln in lines if ln]
    at = next((k for k, ln in enumerate(lines) if _TYPED_STEP.match(ln)), None)
    if at is None or len(lines) - at < 2:
        return None
    steps = [m.groups() for ln in lines[at:] if (m := _TYPED_STEP.match(ln))]
    if len(steps) != len(lines) - at or [int(n) for n, _ in steps] != list(range(int(steps[0][0]),
                                                                                 int(steps[0][0]) + len(steps))):
        return None
    return " ".join(lines[:at]), [(n, t) for n, t in steps]


def _role(el: Any) -> str:
    return str(el.get("role") or "").strip().lower() if isinstance(el.tag, str) else ""


def _skipped(el: Any) -> bool:
    """Whether an element shows no text of the guide: scripts, media, form controls; but a button that opens
    a collapsed section (SharePoint, Bootstrap accordions) holds, or is held by, that section's heading."""
    if el.tag != "button":
        return el.tag in _SKIP
    return not _with_heading(el) and not _folded_name(el)


def _with_heading(el: Any) -> bool:
    return next(el.iter(*_HEADINGS), None) is not None or any(a.tag in _HEADINGS for a in el.iterancestors())


def _folded_name(el: Any) -> bool:
    """What names a folded section when no heading in or around it does: a button that opens it (a Bootstrap
    card's header, Moodle's "Click a problem to open it"), or a <details> block's <summary> that names a
    problem (BookStack, wikis; one that asks a question is the question of a Q&A pair, read with its answer)."""
    if _with_heading(el):
        return False
    if el.tag == "button":
        return (el.get("data-toggle") or el.get("data-bs-toggle") or "").lower() == "collapse" \
            or el.get("aria-controls") is not None and el.get("aria-expanded") is not None
    parent = el.getparent()
    return el.tag == "summary" and parent is not None and parent.tag == "details" \
        and not el.text_content().strip().endswith("?")


def _alive(el: Any, dropped: set[Any]) -> bool:
    return not any(a in dropped or _skipped(a) for a in (el, *el.iterancestors()))


def _category(el: Any, scopes: frozenset[str], protected: set[Any], dropped: set[Any],
              body_len: int | None) -> str | None:
    """Why `el` (inside the sectioning elements `scopes`) is boilerplate, or None; by tag and role only
    while `body_len` is None, else by class, id and hidden, not a wrapper with most of the page's text."""
    tag, role = el.tag, _role(el)
    if tag in _SCRIPTS:
        return "scripts and styles"
    if el in protected or tag in ("html", "head", "body"):
        return None
    if role in _ROLES:
        return _ROLES[role]
    if tag == "aside" and (_SPEAKER_NOTES.search(el.get("class") or "") or role.startswith("doc-")
                           or el.get("epub:type")):
        return None  # a slide's speaker notes (reveal.js), a book's footnote or tip box (EPUB): part of the text
    if tag in ("header", "footer", "nav", "aside"):  # header and footer of the page, an aside outside an article
        if tag == "nav" or not scopes & ({"article"} if tag == "aside" else _SECTIONING):
            return {"nav": "navigation", "aside": "sidebar"}.get(tag, tag)
    if body_len is None:
        return None
    names = re.sub(r"([a-z])([A-Z])", r"\1-\2", f"{el.get('class') or ''} {el.get('id') or ''}").lower()
    note = next((n for rx, n in _NAMES if rx.search(names)), "form" if tag == "form" else None)
    if note in ("banner", "footer") and scopes & {"main", "article"}:
        note = None  # a warning banner or an article's footer is part of the article
    if note is None and not scopes & {"main", "article"} and _link_bar(el):
        note = "navigation"
    if note is None and "jupyter.stderr" in (el.get("data-mime-type") or ""):
        note = "notebook code"
    if note is None and (el.get("hidden") is not None or el.get("aria-hidden") == "true"
                         or _HIDDEN_STYLE.search(el.get("style") or "")):
        note = "hidden elements"
    if note is None or el.find(".//h1") is not None or 2 * _text_len(el, dropped) > body_len:
        return None  # a wrapper named "has-sidebar" around the whole page is not boilerplate
    return note


def _poster(byline: Any) -> str:
    """The poster's name in a post's byline: the full name when it has one, else the user name."""
    for rx in _POSTER:
        for e in byline.iter():
            name = " ".join(e.text_content().split()) if isinstance(e.tag, str) else ""
            if name and rx.search(e.get("class") or ""):
                return name
    return ""


def _link_bar(el: Any) -> bool:
    """A <div> or <p> of nothing but three or more links: "Main page | Cross-coupling | Recent changes"."""
    links = el.findall(".//a")

    def shown(e: Any) -> int:
        return len(_SEPARATORS.sub("", "".join(e.itertext())))

    return el.tag in ("div", "p") and len(links) >= 3 and shown(el) == sum(map(shown, links))


def _mark(el: Any, dropped: set[Any], notes: list[str], protected: set[Any], body_len: int | None,
          scopes: frozenset[str] = frozenset()) -> None:
    """Mark the boilerplate under `el` as dropped, noting what it was (with what it holds: a header's menu)."""
    for child in el:
        if not isinstance(child.tag, str) or child in dropped:
            continue
        if note := _category(child, scopes, protected, dropped, body_len):
            dropped.add(child)
            if note not in notes and (note == "scripts and styles" or "".join(child.itertext()).strip()):
                notes.append(note)
        scope = "main" if _role(child) == "main" else child.tag
        _mark(child, set() if note else dropped, notes, protected, body_len,
              scopes | {scope} if scope in _SECTIONING else scopes)


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_LABEL_WORDS = 16  # a bold label standing alone heads what follows when no longer (a symptom), and no sentence


def _bold(el: Any) -> bool:
    """<b>, <strong>, or a span styled bold (OneNote, Word's and Outlook's HTML)."""
    return isinstance(el.tag, str) and (el.tag in ("strong", "b") or bool(_BOLD_STYLE.search(el.get("style") or "")))


def _bold_label(el: Any) -> str:
    """The text of a block that is one short bold label and nothing else ("<p><b>Before you start</b></p>",
    a panel's "<div><b>Check first</b></div>"); "" for anything else, a bold sentence too (a warning)."""
    inner = el
    while len(inner) == 1 and not (inner.text or "").strip() and not (inner[0].tail or "").strip() \
            and isinstance(inner[0].tag, str) and inner[0].tag in ("b", "strong", "span", "font", "em"):
        inner = inner[0]
        if _bold(inner):
            text = " ".join(inner.text_content().split())
            sentence = text.endswith((".", "!", "?", ";")) or len(text.split()) > _LABEL_WORDS
            return "" if sentence or not re.search(r"[^\W\d_]", text) else text
    return ""


def _bold_lead(p: Any) -> Any | None:
    """The <strong>/<b> a paragraph opens with when it is a whole sentence of two words or more followed by
    more text, and no role label ("Fix.", "Cause:" stay in their text)."""
    if len(p) == 0 or (p.text or "").strip() or not _bold(p[0]):
        return None
    rest = (p[0].tail or "").strip() or len(p) > 1
    return p[0] if rest and roles.names_entry(" ".join(p[0].text_content().split())) else None


def _text_len(el: Any, dropped: set[Any]) -> int:
    """How much text `el` shows, leaving out `dropped`."""
    if el in dropped or not isinstance(el.tag, str) or _skipped(el):
        return 0
    return len((el.text or "").strip()) + sum(_text_len(c, dropped) + len((c.tail or "").strip()) for c in el)


def _page_title(root: Any, body: Any, dropped: set[Any]) -> str:
    h1 = next((t for h in body.iter("h1")
               if _alive(h, dropped) and (t := _PERMALINK.sub("", _clean(h.text_content())))), "")
    title = root.find("head/title")
    title = root.find(".//title") if title is None else title
    return h1 or (_clean(title.text_content()).split(" | ")[0].strip() if title is not None else "")


def _line(el: Any, line: int) -> int:
    s = el.sourceline or 0
    return max(line, s) if s >= _MAX_LINE else (s or line)


def _end(el: Any, line: int) -> int:
    """The line where the text inside `el` ends, reading from `line`."""
    if not isinstance(el.tag, str):
        return _line(el, line)  # libxml2 gives a comment the line it ends on
    line = _line(el, line) + (el.text or "").count("\n")
    for c in el:
        line = _end(c, line) + (c.tail or "").count("\n")
    return line


def _number(n: int, style: str) -> str:
    """`n` as an <ol type=...> shows it: 1, a/A (z, aa, ...), i/I."""
    s, k = "", n
    if style in ("a", "A") and n > 0:
        while k:
            k, r = divmod(k - 1, 26)
            s = chr(ord("a") + r) + s
    elif style in ("i", "I") and 0 < n < 4000:
        for value, numeral in _ROMAN:
            s, k = s + numeral * (k // value), k % value
    return (s.upper() if style.isupper() else s) or str(n)


def _int(value: Any, default: int) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return default


class _Reader:
    """Walks the content in document order, gathering inline text until a block boundary."""

    def __init__(self, dropped: set[Any], roots: list[Any]) -> None:
        self.blocks: list[Block] = []
        self.run_ins: set[int] = set()  # ids of run-in headings (a bold opening sentence): readers.settle_run_ins
        self.dropped, self.line, self.title, self.buf = dropped, 1, "", [""]
        self.first = self.last = 0  # lines of the gathered text
        self.unit = 0  # > 0 while gathering one block (heading, item, cell): block boundaries become spaces
        self.brs = 0  # <br>s in a row
        self.defer: list[Any] | None = None  # an item's nested lists and tables, read after the item
        self.level, self.term_level, self.tables, self.number = 0, 0, 0, ""
        self.post_level = 0  # the level of a thread's posts, each headed by its poster (0: none seen yet)
        self.label = ""  # a term that names a role ("Cause", "Fix"): the run-in label of its definition
        heads = [h for r in roots for h in r.iter(*_HEADINGS) if _alive(h, dropped) and _clean(h.text_content())]
        # A word processor's export names the document in a title paragraph (Google Docs, LibreOffice:
        # <p class="title">) and sets every top section in <h1>; otherwise a page's first <h1> is its title.
        self.title_p = next((p for r in roots for p in r.iter("p") if "title" in (p.get("class") or "").split()
                             and _alive(p, dropped) and _clean(p.text_content())), None)
        h1s = [h for h in heads if h.tag == "h1"]
        self.title_h1 = h1s[0] if h1s and self.title_p is None else None
        self.base = min((_HEADINGS[h.tag] for h in heads if h.tag != "h1" or self.title_p is not None),
                        default=2)  # -> level 1

    def emit(self, kind: BlockKind, text: str, start: int, end: int, **kw: Any) -> None:
        if self.label and kind in ("paragraph", "item"):
            text, self.label = f"{self.label}: {text}", ""
        elif kind == "heading":
            self.label = ""
        self.blocks.append(Block(kind, text, start, max(start, end), **kw))

    def text(self, s: str | None) -> None:
        if not s:
            return
        if s.strip():
            self.first = self.first or self.line + s[:len(s) - len(s.lstrip())].count("\n")
            self.last = self.line + s[:len(s.rstrip())].count("\n")
            self.brs = 0
        self.buf.append(s)
        self.line += s.count("\n")

    def take(self) -> tuple[str, int, int]:
        out = (_clean("".join(self.buf)), self.first, self.last)
        self.buf, self.first, self.last, self.brs = [], 0, 0, 0
        return out

    def flush(self) -> None:
        if self.unit:
            self.buf.append(" ")
            return
        lines = "".join(self.buf).split(_BREAK)
        text, first, last = self.take()
        if not text:
            return
        if (steps := _typed_steps([_clean(ln) for ln in lines])) is None:
            self.emit("paragraph", text, first, last)
            return
        name, items = steps
        if name:
            self.emit("paragraph", name, first, first)
        for number, item in items:
            self.emit("item", item, first, last, number=number)

    def collect(self, el: Any) -> tuple[str, int, int]:
        self.flush()
        self.unit += 1
        self.children(el)
        self.unit -= 1
        text, first, last = self.take()
        return text, first or el.sourceline or self.line, last

    def children(self, el: Any) -> None:
        self.text(el.text)
        for c in el:
            self.walk(c)
            self.text(c.tail)

    def walk(self, el: Any) -> None:
        tag = el.tag
        if tag == "textarea" and el not in self.dropped and el.getparent().get("data-markdown") is not None:
            self.markdown(el)  # a slide written in Markdown (reveal.js): read as the Markdown it is
            return
        if not isinstance(tag, str) or el in self.dropped or _skipped(el):
            self.line = _end(el, self.line)  # comments, scripts, boilerplate
            return
        self.line = _line(el, self.line)
        if self.defer is not None and tag in ("ol", "ul", "menu", "dir", "dl", "table"):
            self.defer.append(el)
            self.line = _end(el, self.line)
        elif tag == "br":
            self.brs += 1
            if self.brs == 2 and not self.unit:
                self.flush()  # two in a row end the paragraph
            else:
                self.buf.append(" " if self.unit else _BREAK)
        elif tag == "hr":
            self.flush()
        elif tag in ("ol", "ul", "li") and not self.unit and _THREAD.search(el.get("class") or ""):
            self.flush()  # a thread's comments: each one a post (its byline heads it), not a list item
            self.children(el)
            self.flush()
        elif tag in ("div", "header", "span", "p", "h3", "h4", "h5", "h6") and not self.unit \
                and (_BYLINE.search(el.get("class") or "") or _SENDER.search(el.get("class") or "")):
            self.flush()  # a post's byline (or a chat message's sender): the post under its poster's name
            if poster := _poster(el):
                self.post_level = self.post_level or self.level + 1
                self.emit("heading", poster, self.line, self.line, level=self.post_level, post=True)
            self.line = _end(el, self.line)
        elif el is self.title_p:
            self.flush()
            text, first, last = self.collect(el)
            self.title = text
            self.emit("heading", text, first, last, level=0)
        elif tag == "p" and not self.unit and (lead := _bold_lead(el)) is not None:
            # "<p><strong>Black precipitate within 15 min.</strong> Pd(0) aggregated ...": the bold sentence
            # names the entry, a run-in heading; the rest is its paragraph
            self.flush()
            name = " ".join(lead.text_content().split())
            self.emit("heading", name, self.line, self.line, level=self.level + 1)
            self.run_ins.add(id(self.blocks[-1]))
            self.line += lead.text_content().count("\n")
            self.text(lead.tail)
            for c in list(el)[1:]:
                self.walk(c)
                self.text(c.tail)
            self.flush()
        elif tag in ("button", "summary") and not self.unit and _folded_name(el):
            self.flush()  # the name of a folded section heads it, one below the section (as a bold label)
            text, first, last = self.collect(el)
            if text:
                self.emit("heading", text, first, last, level=self.level + 1)
        elif tag in ("p", "div") and not self.unit and (label := _bold_label(el)):
            self.flush()  # a bold label standing alone heads what follows, one below the section (not a section)
            self.emit("heading", label, self.line, _end(el, self.line), level=self.level + 1)
            self.line = _end(el, self.line)
        elif tag == "p" and not self.unit and _WORD_LIST.search(el.get("style") or ""):
            # Word's HTML types a list's number into a span it marks to ignore: an item, numbered as typed
            marker = next((sp for sp in el.iter("span") if "mso-list:ignore" in (sp.get("style") or "").lower()), None)
            number = ""
            if marker is not None:
                typed = _TYPED_NUMBER.match(_clean(marker.text_content()))
                number = typed.group(1) if typed else ""  # "1." numbers the item; "·" or "o" is a bullet
                self.dropped.add(marker)
            text, first, last = self.collect(el)
            if text:
                self.emit("item", text, first, last, number=number)
        elif (self.unit and tag in _UNITS) or tag not in _UNITS:
            block = tag in _BLOCKS or tag in _UNITS
            if block:
                self.flush()
            self.children(el)
            if block:
                self.flush()
        elif tag in _HEADINGS:
            text, first, last = self.collect(el)
            text = _PERMALINK.sub("", text)  # "Shimming¶": a docs site's permalink mark is no part of the name
            if text:
                self.level = 0 if el is self.title_h1 else max(1, _HEADINGS[tag] - self.base + 1)
                self.title = text if el is self.title_h1 else self.title
                self.emit("heading", text, first, last, level=self.level)
        elif tag == "dt":  # a term is a heading one below the current one; its <dd> paragraphs follow it
            text, first, last = self.collect(el)
            if roles.named(text) is not None:  # "Cause:" / "Fix:" (a Sphinx field list): labels its definition
                self.label = text.rstrip(": ")
            else:
                self.level = self.term_level or self.level + 1
                if text:
                    self.emit("heading", text, first, last, level=self.level)
        elif tag == "dl":
            levels, self.term_level = (self.level, self.term_level), self.level + 1
            self.flush()
            self.children(el)
            self.flush()
            self.level, self.term_level = levels
        elif tag == "li":
            number, self.number, saved, self.defer = self.number, "", self.defer, []
            text, first, last = self.collect(el)
            deferred, self.defer = self.defer, saved
            if text:
                self.emit("item", text, first, last, number=number)
            for d in deferred:
                self.walk(d)
        elif tag in _LISTS:
            self.list(el)
        elif tag == "table":
            self.table(el)
        elif (taken := self.collect(el))[0]:  # pre
            self.emit("paragraph", *taken)

    def markdown(self, el: Any) -> None:
        import textwrap

        from assistant.corpus.readers.markdown import parse_markdown

        self.flush()
        at = _line(el, self.line) - 1  # the Markdown's first line is the rest of the <textarea> tag's line
        blocks, _ = parse_markdown(textwrap.dedent(el.text or ""))
        for b in blocks:
            level = max(1, b.level - self.base + 1) if b.kind == "heading" else b.level
            self.blocks.append(replace(b, start=b.start + at, end=b.end + at, level=level,
                                       table=b.table + self.tables if b.kind == "row" else b.table))
        self.tables += max((b.table for b in blocks), default=0)
        self.line = _end(el, self.line)

    def list(self, el: Any) -> None:
        self.flush()
        step = -1 if el.get("reversed") is not None else 1
        n = _int(el.get("start"), sum(c.tag == "li" for c in el) if step < 0 else 1)
        self.text(el.text)
        for c in el:
            if c.tag == "li":
                n = _int(c.get("value"), n)
                self.number = _number(n, c.get("type") or el.get("type") or "1") if el.tag == "ol" else ""
                n += step
            self.walk(c)
            self.number = ""
            self.text(c.tail)
        self.flush()

    def labelled_rows(self, el: Any) -> bool:
        """A table whose rows are each a label cell (<th>) and its value (a wiki's infobox, a data sheet's
        properties): each row read as "label: value", not as a column of values under the first row. Rows of
        one cell (a spanning title, an image) are read as they are."""
        rows = [tr for tr in el.iter("tr") if tr not in self.dropped]
        cells = [[c for c in tr if c.tag in ("td", "th") and c not in self.dropped] for tr in rows]
        pairs = [cs for cs in cells if len(cs) >= 2]
        if len(pairs) < 2 or any(cs[0].tag != "th" or any(c.tag != "td" for c in cs[1:]) for cs in pairs):
            return False
        for tr, cs in zip(rows, cells, strict=True):
            start = self.line = _line(tr, self.line)
            texts = [self.collect(c) for c in cs]
            words = [t for t, _, _ in texts if t]
            if words:
                text = f"{words[0]}: {' | '.join(words[1:])}" if len(cs) >= 2 and len(words) > 1 else " ".join(words)
                self.emit("paragraph", text, start, max(last for _, _, last in texts))
        return True

    def table(self, el: Any) -> None:
        self.flush()
        if (_role(el) in ("presentation", "none") or el.find(".//table") is not None
                or next(el.iter(*_HEADINGS), None) is not None
                or sum(c.tag in ("td", "th") for tr in el.iter("tr") for c in tr) <= 1):
            self.children(el)  # a layout table, or a one-cell box: running text
            self.flush()
            return
        if self.labelled_rows(el):
            return
        self.tables += 1
        for cap in el.iterchildren("caption"):
            self.walk(cap)
        parts: dict[str, list[Any]] = {"thead": [], "tbody": [], "tfoot": []}
        for part in el:
            trs = [part] if part.tag == "tr" else [tr for tr in part if tr.tag == "tr"]
            parts.get(part.tag, parts["tbody"]).extend(t for t in trs if t not in self.dropped)
        head, rows = parts["thead"], parts["tbody"]
        if not head:  # the first row of header cells goes first
            th = next((r for r in rows if r.find("th") is not None and r.find("td") is None), None)
            head = [rows.pop(rows.index(th))] if th is not None else []
        carry: dict[int, tuple[str, int]] = {}  # column -> (text, rows left) of a cell with rowspan

        def carried(col: int) -> str:
            text, left = carry.pop(col)
            carry.update({col: (text, left - 1)} if left > 1 else {})
            return text
        for tr in head + rows + parts["tfoot"]:
            row: list[str] = []
            start = end = self.line = _line(tr, self.line)
            for cell in (c for c in tr if c.tag in ("td", "th") and c not in self.dropped):
                while len(row) in carry:
                    row.append(carried(len(row)))
                text, _, last = self.collect(cell)
                end = max(end, last)
                span, down = min(max(_int(cell.get("colspan"), 1), 1), 100), _int(cell.get("rowspan"), 1)
                for i in range(span if down > 1 or down == 0 else 0):
                    carry[len(row) + i] = ("" if i else text, down - 1 if down > 0 else 10**6)
                row += [text] + [""] * (span - 1)
            for col in sorted(c for c in carry if c >= len(row)):
                row += [""] * (col - len(row)) + [carried(col)]
            if any(row):
                self.emit("row", " | ".join(row), start, end, cells=tuple(row), table=self.tables)
