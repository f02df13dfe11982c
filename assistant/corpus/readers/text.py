"""Plain-text guides -> `Document`: one paragraph per line, headings recognised by shape.

Plain text has no markup, so structure is read from shape: the first short line is the title; a
heading is a short line standing alone (or an ALL-CAPS line anywhere) that does not end like a
sentence or a label; tab- or space-aligned lines form tables; "-", "•" and "1." lines are list items.
Nesting: when a guide mixes ALL-CAPS and other headings, ALL-CAPS ones are the outer level; otherwise
a heading followed directly by another heading holds the ones after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from assistant.corpus import boilerplate, roles
from assistant.corpus.cleaning import rejoin, unruled
from assistant.corpus.document import Block, Document
from assistant.corpus.readers import chat, lightmarkup, mail, sheet, utf8_text
from assistant.corpus.readers.markdown import parse_markdown

_BULLET = re.compile(r"^\s*(?:[-*•▪‣◦]|\[[ xX✓✔]?\]|(?P<num>\d{1,2}|[a-z])[.)])\s+")  # "[ ]": a checklist item
_LABELLED = re.compile(r"^(?:\*\*)?[A-Z][\w .()/&-]{0,40}(?:\*\*)?:")  # "Symptom: ...", "Q1: ...", "**Cause:**"
_LABEL_ONLY = re.compile(r"^[A-Z][\w .()/&,-]{0,60}:$")  # "Troubleshooting Workflow:"
_ALIGNED = re.compile(r"\S(?: ?\S)*")  # a cell of a space-aligned table: words separated by single spaces
_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\b")
_MAX_HEADING = 100
# a line of ===== or ----- under or between text, or under a table's header ("------  ----"): decoration
_RULE = re.compile(r"^[=\-_*~#]{3,}(?:\s+[=\-_*~#]{3,})*$")
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.{0,80})$")  # "1. INTRODUCTION", "2.1 Limits"
_STEP = re.compile(r"^step\s*\d+\s*[.:)]", re.IGNORECASE)  # "Step 2. Treat each ...": a block of its own
_BOX = str.maketrans({**dict.fromkeys("─━╌┄", "-"), **dict.fromkeys("═", "="), **dict.fromkeys("│┃║╎┆", "|"),
                      **dict.fromkeys("┌┐└┘├┤┬┴┼╒╕╘╛╞╡╤╧╪╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋", "+")})
_BOX_RULE = re.compile(r"[┌├╞╔┏][─═━]{3,}")  # the corner or edge of a table drawn with box characters
_WRAP = 50  # a line this long followed by more text without a blank line was hard-wrapped
_UNWRAPPED = 10**6  # text whose lines are never hard-wrapped (a chat's messages)


def read(data: bytes, name: str) -> Document:
    """Read a plain-text guide (UTF-8); one written in Org-mode or AsciiDoc is read as the Markdown it is
    rewritten to (readers.lightmarkup)."""
    # a man page printed by nroff sets bold and underline by overstriking ("N\bN", "_\bs"): the letter is meant;
    # a table drawn with box characters ("┌─┬─┐", "│") is the '+---+' grid it looks like
    text = re.sub(r"[^\n]\x08", "", utf8_text(data, name, "a text guide"))
    lines = (text.translate(_BOX) if _BOX_RULE.search(text) else text).split("\n")
    if mail.is_message(lines):  # an e-mail's source saved as text
        return mail.read(data, name)
    if (rows := sheet.records(text)) is not None:  # a spreadsheet saved as CSV and named .txt
        return sheet.sheet(rows)
    if lines and lines[0].lstrip("\ufeff").startswith("WEBVTT"):  # a meeting's transcript (Teams, Zoom)
        # it names no title: the file does (not its first speaker)
        return Document("text", parse_text(_spoken(lines)), title=name.rsplit(".", 1)[0])
    if chat.is_chat(lines):  # a group chat's export (WhatsApp): a thread of its senders' messages, titled by its file
        said, heads = chat.messages(lines)
        return Document("text", parse_text(said, heads=heads, wrap=_UNWRAPPED), title=name.rsplit(".", 1)[0])
    if (markup := lightmarkup.markup_of(lines)) is not None:
        blocks, dropped = parse_markdown("\n".join(lightmarkup.as_markdown(lines, markup)))
        return Document("text", blocks, dropped=dropped, markup=markup)
    if (columns := two_columns(lines)) is not None:  # a two-column PDF saved by `pdftotext -layout`
        read_down, numbers, width = columns
        blocks = parse_text(read_down, wrap=int(_COLUMN_WRAP * width), dehyphenate=True, typeset=True)
        return Document("text", [_renumbered(b, numbers) for b in blocks])
    return Document("text", parse_text(lines))


# `pdftotext -layout` keeps a two-column page's columns side by side: each line holds a line of each, apart by a
# run of spaces at one place (the gutter) on most lines of the page.
_GUTTER_RUN = re.compile(r"\S {3,}(?=\S)")
_GUTTER_SLACK = 4  # characters a column's lines start left of most (a ligature counted as one character)
_COLUMN_ROWS = 6  # at least this many lines of a page split at its gutter (and _COLUMN_SHARE of them)
_COLUMN_SHARE = 0.3
_COLUMN_WRAP = 0.6  # of a column's width: a line this long followed by more text was hard-wrapped


def two_columns(lines: list[str]) -> tuple[list[str], list[int], int] | None:
    """A text whose pages (between form feeds) are set in two columns, read down the left column then the right
    wherever both run side by side (lines that cross the gutter - a title, a full-width table, a footnote - stay
    where they are): the lines in reading order, the line of the file each stands on, and the columns' width.
    None when no page is in two columns."""
    out: list[str] = []
    numbers: list[int] = []
    widths: list[int] = []
    page: list[int] = []
    for k in [*range(len(lines)), len(lines)]:
        if k == len(lines) or ("\f" in lines[k] and page):
            gutter = _gutter([lines[j].replace("\f", " ") for j in page])
            if gutter is None:
                out += [lines[j] for j in page]
                numbers += page
            else:
                widths.append(gutter)
                for text, j in _read_down(lines, page, gutter):
                    out.append(text)
                    numbers.append(j)
            page = []
        if k < len(lines):
            page.append(k)
    return (out, numbers, min(widths)) if widths else None


def _gutter(page: list[str]) -> int | None:
    """Where a page's right column starts, when most of its lines have one (see two_columns)."""
    width = max((len(ln.rstrip()) for ln in page), default=0)
    starts = [m.end() for ln in page for m in _GUTTER_RUN.finditer(ln.rstrip())]
    starts += [len(ln) - len(ln.lstrip()) for ln in page if ln.strip() and len(ln) - len(ln.lstrip()) >= 0.3 * width]
    candidates = [x for x in starts if 0.3 * width <= x <= 0.7 * width]
    if not candidates:
        return None
    mode = max(sorted(set(candidates)), key=candidates.count)  # most lines' right column starts there; a few a
    at = min(y for y in candidates if mode - _GUTTER_SLACK // 2 <= y <= mode)  # little left (ligatures)
    halves = [h for ln in page if (h := _halves(ln, at)) is not None and h[1]]  # the lines split at the gutter
    lefts = [a for a, _ in halves if a.strip()]
    if len(halves) < max(_COLUMN_ROWS, _COLUMN_SHARE * sum(bool(ln.strip()) for ln in page)) \
            or len(lefts) < _COLUMN_ROWS:
        return None
    # prose, not a table: the left column's lines run most of the way to the gutter, and neither column's lines
    # are split again by wide gaps (a table's further columns)
    reach = sorted(len(a) for a in lefts)
    gapped = sum(bool(_GUTTER_RUN.search(a.strip()) or _GUTTER_RUN.search(b.strip())) for a, b in halves)
    return at if reach[len(reach) // 2] >= 0.65 * at and gapped <= 0.1 * len(halves) else None


def _halves(line: str, at: int) -> tuple[str, str] | None:
    """A line's left and right column parts, or None when its text crosses the gutter at `at`."""
    flat = line.replace("\f", " ").rstrip()
    if len(flat) < at - 1:
        return flat, ""
    if flat[at - 2:at].strip():
        return None
    return flat[:at].rstrip(), flat[at:].rstrip()


def _read_down(lines: list[str], page: list[int], at: int) -> list[tuple[str, int]]:
    """A page's lines in reading order, each with the line of the file it stands on."""
    out: list[tuple[str, int]] = []
    left: list[tuple[str, int]] = []
    right: list[tuple[str, int]] = []
    for j in page:
        halves = _halves(lines[j], at)
        if halves is None:  # across both columns: the columns above it are read first
            out += _columns_read(left, right) + [(lines[j], j)]
            left, right = [], []
        else:
            left.append(("\f" + halves[0] if "\f" in lines[j] else halves[0], j))
            right.append((halves[1], j))
    return out + _columns_read(left, right)


def _columns_read(left: list[tuple[str, int]], right: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Two columns side by side, the left read before the right; a sentence running on from the foot of the
    left column to the top of the right one runs on (no paragraph break between them)."""
    a, b = _paragraphs(left), _paragraphs(right)
    while a and not a[-1][0].strip("\f "):
        a.pop()
    while b and not b[0][0].strip("\f "):  # the rows above both columns are blank in both
        b.pop(0)
    if not a or not b:
        return a + b
    if a[-1][0].rstrip().endswith((".", ":", "?", "!", ")")):
        return [*a, ("", a[-1][1]), *b]
    return a + b


def _paragraphs(column: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A column's lines with a blank line before each indented first line of a paragraph (how a typeset page
    starts one), set flush with the column."""
    indents = [len(t) - len(t.lstrip()) for t, _ in ((t.replace("\f", ""), j) for t, j in column) if t.strip()]
    margin = max(sorted(set(indents)), key=indents.count, default=0)  # most lines start there (a ligature
    out: list[tuple[str, int]] = []  # counted as one character shifts a line's text a little to the left)
    for text, j in column:
        flat = text.replace("\f", "")
        if flat.strip() and len(flat) - len(flat.lstrip()) >= margin + 2 and (not out or out[-1][0].strip("\f ")):
            out.append(("", j))
        out.append((("\f" if "\f" in text else "") + flat.strip(), j))
    return out


def _renumbered(b: Block, numbers: list[int]) -> Block:
    """A block read from reordered lines, placed on the lines of the file it stands on (1-based)."""
    span = numbers[b.start - 1:b.end]
    return replace(b, start=min(span) + 1, end=max(span) + 1)


_CUE_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_CUE_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{2}:\d{2}[:.\d]*>")
_TURN_WORDS = 60  # a speaker's turn is split into paragraphs of about this many words, at a sentence's end


def _spoken(lines: list[str]) -> list[str]:
    """A WebVTT transcript as text, each line in place: a speaker's consecutive cues joined into paragraphs
    (a cue often ends mid-sentence), each turn under the speaker's name; cue numbers, timings and voice tags
    out; a NOTE block's lines (slides pasted in) kept as text."""
    out = [""] * len(lines)
    speaker, para_at, words = "", -1, 0
    k = 1
    while k < len(lines):
        if _CUE_TIME.match(lines[k]):
            # a speaker's turn is read as a message of a thread (parse_text heads it by its sender): "From:" on
            # the cue's identifier line (or the blank line before the cue), "Date:" on its timing line
            head = k - 1 if lines[k - 1].strip() or k < 2 else k - 2
            time = lines[k].split("-->")[0].strip()
            timing = k
            k += 1
            while k < len(lines) and lines[k].strip():
                text = lines[k]
                who = m.group(1).strip() if (m := _VOICE.search(text)) else speaker
                text = " ".join(_CUE_TAG.sub("", text).split())
                if who != speaker:
                    speaker, para_at, words = who, -1, 0
                    if who:
                        out[head], out[timing] = f"From: {who}", f"Date: {time}"
                if text:
                    if para_at < 0:
                        para_at, words = k, 0
                        out[k] = text
                    else:
                        out[para_at] += " " + text
                    words += len(text.split())
                    if words >= _TURN_WORDS and text.endswith((".", "?", "!")):
                        para_at = -1
                k += 1
        elif lines[k].strip() == "NOTE" or lines[k].startswith("NOTE "):
            speaker, para_at = "", -1
            k += 1
            while k < len(lines) and lines[k].strip():
                out[k] = lines[k]
                k += 1
        else:
            k += 1
    return out


def parse_text(lines: list[str], wrap: int = 0, dehyphenate: bool = False, typeset: bool = False,
               heads: Mapping[int, Sequence[tuple[str, int, bool]]] | None = None) -> list[Block]:
    """Split a plain-text guide into blocks; boilerplate lines are dropped here. `wrap`: the length from which a
    line followed by more text was hard-wrapped (_WRAP unless given); `dehyphenate`: a word hyphenated at a line's
    end is joined again ("sul-" "fur": "sulfur"; "non-" "polar" stays "non-polar" when the text has it so);
    `typeset`: text set by a typesetter (a PDF saved as text), whose numbered section headings are in sentence
    case ("5. Following the reaction") and run straight into their first paragraph; `heads`: headings (text,
    level, whether it opens a post) that stand before a line's own text (a chat's senders, chat.messages)."""
    keep = {m.group(0).lower() for m in _COMPOUND.finditer("\n".join(lines))} if dehyphenate else set()
    furniture = _page_furniture(lines)
    lines = ["" if k in furniture else _unframed(ln.replace("\f", ""), lines, k) for k, ln in enumerate(lines)]
    lines, senders = _unmail(lines)
    heads = heads or {}
    thread = bool(senders or heads)  # a thread's headings are its posters, and nothing else heads a section
    lines, tabbed = _word_tabs(lines)
    blank = [not ln.strip() or boilerplate.is_boilerplate_line(ln) or bool(_RULE.match(ln.strip())) for ln in lines]
    for k in _markup(lines):
        blank[k] = True
    adorned = _adorned(lines, blank)
    aligned, absorbed = _aligned_rows(lines, blank)
    grid, covered = _grid_rows(lines)
    aligned, absorbed = {**aligned, **grid}, absorbed | covered
    for k in _drawings(lines, blank, set(grid) | covered):  # a drawing may look like a space-aligned table
        blank[k] = True
    terms = set() if thread else _terms(lines, blank)
    blocks: list[Block] = []
    table = 0
    for i, raw in enumerate(lines):
        n = i + 1
        for head, depth, post in heads.get(i, ()):
            blocks.append(Block("heading", head, n, n, level=depth, post=post))
        if blank[i] or i in absorbed:
            continue
        line = raw.rstrip("\r\n")
        text = line.strip()
        if i in tabbed:  # "2.1<tab>Mechanism": a heading as Word saves it as plain text
            blocks.append(Block("heading", text, n, n, level=tabbed[i]))
        elif "\t" in line.strip() or i in aligned:
            cells, final = ((tuple(c.strip() for c in line.strip().split("\t")), i) if "\t" in line.strip()
                            else aligned[i])
            if not (blocks and blocks[-1].kind == "row" and _adjoins(blocks[-1].end, n, lines)):
                table += 1
            text = (" | ".join(c for c in cells if c) if i in grid else
                    " ".join(lines[k].strip() for k in range(i, final + 1) if not blank[k]))
            blocks.append(Block("row", text, n, final + 1, cells=cells, table=table))
        elif boilerplate.is_figure(text):
            blocks.append(Block("figure", text, n, n))
        elif i in senders:  # a message of an e-mail thread: its sender heads it, and nothing else does
            blocks.append(Block("heading", text, n, n, level=1, post=True))
        elif i in terms:  # a definition list's term: it heads the text indented under it (level set in _levels)
            blocks.append(Block("heading", text, n, n, level=_TERM))
        elif i in adorned:  # underlined (or over- and underlined) heading: its style says its level
            blocks.append(Block("heading", text, n, n, level=adorned[i]))
        elif not blocks and _is_title(text):
            blocks.append(Block("heading", unruled(text), n, n, level=0))
        elif not thread and (level := _numbered_heading(text, i, blank, typeset)) is not None:
            blocks.append(Block("heading", text, n, n, level=level))
        elif _continues_item(blocks, lines, line, n):
            last = blocks.pop()  # a line indented past a list item's bullet, right under it, continues it
            blocks.append(Block("item", f"{last.text} {text}", last.start, n, number=last.number))
        elif m := _BULLET.match(line):
            item = re.sub(r"\s{2,}", " ", _BULLET.sub("", line, count=1).strip())  # "[ ] 1.1  Sign in"
            blocks.append(Block("item", item, n, n, number=m.group("num") or ""))
        elif not thread and _LABEL_ONLY.match(text):
            blocks.append(Block("label", text, n, n))
        elif not thread and _is_heading(text, i, blank):
            blocks.append(Block("heading", unruled(text), n, n))
        elif i - 1 not in terms and _continues(blocks, lines, n, text, wrap or _WRAP):
            last = blocks.pop()  # a hard-wrapped paragraph: its lines are one block
            blocks.append(Block("paragraph", rejoin(last.text, text, keep) if dehyphenate else f"{last.text} {text}",
                                last.start, n))
        else:
            blocks.append(Block("paragraph", text, n, n))
    return _levels(blocks)


# Word's "Save as Plain Text": a tab after a heading's number, after a list's number or symbol bullet (Symbol and
# Wingdings bullets come out as "•", "o", "§", "·"), and contents lines "number<tab>title<tab>page"
_TAB_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\t([^\t]{1,80})$")
_TAB_ITEM = re.compile(r"^\s*(?:([•·o§▪◦‣–-])|(\d{1,2}|[a-z])([.)]))\t(?=\S)")
_TAB_CONTENTS = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\t[^\t]{1,80}\t\d{1,3}$")
_CONTENTS_HEAD = re.compile(r"^(?:table of )?contents:?$", re.IGNORECASE)


def _word_tabs(lines: list[str]) -> tuple[list[str], dict[int, int]]:
    """A text saved by Word as plain text, line for line: its list lines as the items they are ("1. ...",
    "- ..."), its contents lines left out (three or more in a row), and its numbered headings (a number, a tab
    and a short title that is no sentence) with their levels."""
    out = list(lines)
    heads: dict[int, int] = {}
    contents = [bool(_TAB_CONTENTS.match(ln.strip())) for ln in lines]
    listed = False  # in the run of contents lines right under a "Contents" line (a table's rows are not)
    for k, ln in enumerate(lines):
        listed = contents[k] and (listed or (k > 0 and bool(_CONTENTS_HEAD.match(lines[k - 1].strip()))))
        if listed and sum(contents[k:k + 3]) + sum(contents[max(0, k - 2):k]) >= 3:
            out[k] = ""
        elif (m := _TAB_HEADING.match(ln.strip())) and m.group(2).rstrip()[-1:] not in ".;,:" \
                and len(m.group(2).split()) <= 12:
            out[k] = f"{m.group(1)} {m.group(2).strip()}"
            heads[k] = m.group(1).count(".") + 1
        elif m := _TAB_ITEM.match(ln):
            out[k] = (f"{m.group(2)}{m.group(3)} " if m.group(2) else "- ") + ln[m.end():].strip()
    return out, heads


_DRAWING_MARKS = frozenset("-+|<>=_/\\")


def _drawings(lines: list[str], blank: list[bool], tables: set[int]) -> set[int]:
    """The lines of diagrams drawn in characters (boxes of "+---+" and "|", arrows "--->"): runs of three or
    more lines, outside tables, at least half of them mostly drawing marks; their labels go with them."""
    def drawn(line: str) -> bool:
        s = line.replace(" ", "")
        marks = sum(c in _DRAWING_MARKS for c in s)
        return bool(s) and marks >= 0.3 * len(s) and ("|" in s or "--" in s or "+" in s)

    out: set[int] = set()
    k = 0
    while k < len(lines):
        run = []
        while k < len(lines) and not blank[k] and k not in tables:
            run.append(k)
            k += 1
        if len(run) >= 3 and 2 * sum(drawn(lines[j]) for j in run) >= len(run):
            out.update(run)
        k += 1
    return out


def _page_furniture(lines: list[str]) -> set[int]:
    """The lines of a text printed in pages (form feeds between them) that are the printer's, not the guide's:
    a running header (a page's first line, the same on two or more pages) and a page number closing a page;
    without form feeds, the running lines (_running_lines)."""
    starts = [k for k, ln in enumerate(lines) if "\f" in ln]
    if not starts:
        return _running_lines(lines)
    out: set[int] = set()
    firsts: dict[str, list[int]] = {}
    for a, b in zip([0, *starts], [*starts, len(lines)], strict=True):
        text = [k for k in range(a, b) if lines[k].replace("\f", "").strip()]
        if not text:
            continue
        # the same on every page but for the page number at one end ("42  Practical Notes 9 (2024)")
        firsts.setdefault(_PAGE_NO_AT_ENDS.sub("", " ".join(lines[text[0]].split())), []).append(text[0])
        if boilerplate.is_page_number(lines[text[-1]].replace("\f", "")):
            out.add(text[-1])
    for ks in firsts.values():
        if len(ks) >= 2:
            out.update(ks)
    return out


_PAGE_NO_AT_ENDS = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")
_SPREAD = re.compile(r"^\S.*\S {3,}\S.*\S {3,}\S+\s*$")  # "IRSCAN(1)    FT-IR Lab Tools Manual    IRSCAN(1)"


def _running_lines(lines: list[str]) -> set[int]:
    """A text printed in pages without form feeds (nroff pads its pages with blank lines): a line set across the
    page in three parts ("NAME(1)   Title   NAME(1)", "Version   date   3"), alone between blank lines, that
    comes back (digits aside) on three pages or more is the printer's running header or footer."""
    seen: dict[str, list[int]] = {}
    for k, ln in enumerate(lines):
        if _SPREAD.match(ln) and (k == 0 or not lines[k - 1].strip()) and (k + 1 == len(lines)
                                                                          or not lines[k + 1].strip()):
            seen.setdefault(re.sub(r"\d+", "#", " ".join(ln.split())), []).append(k)
    return {k for ks in seen.values() if len(ks) >= 3 for k in ks}


_FRAMED = re.compile(r"^(\s*)([*#])\s+(.*?)\s+\2\s*$")  # "*  WARNING: Never let air in ...   *"


def _unframed(line: str, lines: list[str], k: int) -> str:
    """A line of a box drawn with asterisks (or hashes) around a warning, as its text: framed lines come
    under a rule of the frame's character or after another framed line."""
    m = _FRAMED.match(line)
    if m is None:
        return line
    edge = m.group(2)
    near = [lines[j].replace("\f", "").strip() for j in (k - 1, k + 1) if 0 <= j < len(lines)]
    if any(n and (set(n) == {edge} and len(n) >= 3 or _FRAMED.match(n) and n[0] == edge) for n in near):
        return m.group(1) + m.group(3)
    return line


_MAIL_HEADER = re.compile(r"^(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|Message-ID|In-Reply-To):\s", re.IGNORECASE)
_FROM = re.compile(r"^From:\s*\"?([^<\"@]+?)\"?\s*(?:<[^>]*>)?\s*$")
_WROTE = re.compile(r"^On .{5,120}wrote:\s*$|^-{2,}\s*Original Message\s*-{2,}$", re.IGNORECASE)


def _unmail(lines: list[str]) -> tuple[list[str], set[int]]:
    """A saved e-mail thread (two or more messages with From: and Subject: or Date: headers): each message
    is a section headed by its sender; what precedes the first message but its title, the messages'
    headers, quoted lines ("> ..."), "On ... wrote:" lines, the
    sign-off and the signature below "--" (with any list footer) are left out. Lines left out become
    blank, so every other line keeps its number. Returns the lines and the senders' lines (none, and the
    text as it is, when it is no thread)."""
    starts = [i for i, ln in enumerate(lines) if _FROM.match(ln.strip())
              and any(_MAIL_HEADER.match(x.strip()) and not x.strip().lower().startswith("from:")
                      for x in lines[i + 1:i + 5])]
    if len(starts) < 2:
        return lines, set()
    out = list(lines)
    first = next((k for k, ln in enumerate(lines) if ln.strip()), 0)
    for k in range(first + 1, starts[0]):
        out[k] = ""  # the export's own lines ("Messages: 8", the subject again) between its title and mail 1
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        m = _FROM.match(lines[i].strip())
        out[i] = m.group(1).strip() if m else ""  # the message's heading: its sender
        j = i + 1
        while j < end and _MAIL_HEADER.match(lines[j].strip()):
            out[j] = ""
            j += 1
        signature = False
        for j in range(j, end):
            text = lines[j].strip()
            if text in ("--", "-- ") or text.startswith("___"):
                signature = True
            if signature or text.startswith(">") or _WROTE.match(text):
                out[j] = ""
        body = [j for j in range(i + 1, end) if out[j].strip() and not _RULE.match(out[j].strip())]
        if body and len(out[body[-1]].split()) <= 3 and out[body[-1]].strip()[-1:] not in ".:;?!":
            out[body[-1]] = ""  # the sign-off ("Tom", "Cheers, Ann")
    return out, {i for i in starts if out[i]}


def _is_title(text: str) -> bool:
    """The guide's first line is its title when it reads like one (short, not a sentence or a label)."""
    return (len(text.split()) <= 15 and text[-1] not in ".;,:!" and not _BULLET.match(text)
            and not (_LABELLED.match(text) and not _title_with_colon(text)))


def _numbered_heading(text: str, i: int, blank: list[bool], typeset: bool = False) -> int | None:
    """'1. INTRODUCTION', '2.1 ICH Q3D limits', '3. Choosing A Solvent' standing alone: a numbered
    section heading, its level the depth of its number. A numbered step ('1. Stir overnight') is not:
    a one-level number needs ALL-CAPS or Title-Case words. Typeset text: a short numbered line after a blank
    one, its words capitalised as a sentence, heads the text under it ('5. Following the reaction')."""
    m = _NUMBERED_HEADING.match(text)
    alone = (i == 0 or blank[i - 1]) and (i + 1 >= len(blank) or blank[i + 1])
    if typeset and m and (i == 0 or blank[i - 1]) and text[-1] not in ".;,:!" and len(m.group(2).split()) <= 8 \
            and m.group(2)[0].isupper():
        return m.group(1).count(".") + 1
    if not m or not alone or text[-1] in ".;,:!" or len(m.group(2).split()) > 10:
        return None
    name = re.sub(r"\s*\([^)]*\)", "", m.group(2)) or m.group(2)  # "CHANGING A GLOVE (trained users only)"
    words = [w for w in name.split() if w[0].isalpha()]
    titled = bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6
    if "." in m.group(1) or _all_caps(name) or titled:
        return m.group(1).count(".") + 1
    return None


_TERM = -1  # the level a definition list's term is read with, until _levels places it under its heading
_TERM_MAX = 60  # characters: a definition list's term is a short line (a longer one over an indented line hangs)


def _terms(lines: list[str], blank: list[bool]) -> set[int]:
    """The terms of definition lists (reStructuredText, plain notes: "Acetonide on the wrong hydroxyls" on its own
    line, what to do indented under it), two or more in one list: each short line at the list's margin, not a
    bullet and not ending like a sentence or a label, that opens a paragraph and has text indented under it."""
    def term(i: int) -> bool:
        line, text = lines[i], lines[i].strip()
        return (i + 1 < len(lines) and not blank[i] and not blank[i + 1] and 0 < len(text) <= _TERM_MAX
                and text[-1] not in ".,;:" and not _BULLET.match(line) and not _BULLET.match(lines[i + 1])
                and _indent(lines[i + 1]) >= _indent(line) + 2
                and (i == 0 or blank[i - 1] or _indent(lines[i - 1]) > _indent(line) or _all_caps(lines[i - 1].strip()))
                # what heads by its own shape (a man page's "OPTIONS", a dated entry, "4.1 ..."), a label ("Q: ...")
                and not (_all_caps(text) or _DATE.match(text) or _NUMBERED_HEADING.match(text)
                         or _LABELLED.match(text) or roles.QUESTION.match(text) or roles.ANSWER.match(text)))

    found = [i for i in range(len(lines)) if term(i)]
    out: set[int] = set()
    for a, b in zip(found, found[1:]):  # two terms of one list: between them only text indented under the first
        margin = _indent(lines[a])
        if _indent(lines[b]) == margin and all(blank[k] or _indent(lines[k]) > margin for k in range(a + 1, b)):
            out |= {a, b}
    return out


def _continues_item(blocks: list[Block], lines: list[str], line: str, n: int) -> bool:
    """A line right under a list item, indented further than the item's bullet and not opening with a
    label or a bullet of its own: the item wraps on. ("  - cause" then "  FIX: ..." are two blocks.)"""
    if not blocks or blocks[-1].kind != "item" or blocks[-1].end != n - 1:
        return False
    first = lines[blocks[-1].start - 1]
    text = line.strip()
    return (_indent(line) > _indent(first) and not _BULLET.match(line)
            and not (_LABELLED.match(text) and roles.run_in(text) is not None))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _continues(blocks: list[Block], lines: list[str], n: int, text: str, wrap: int = _WRAP) -> bool:
    """A line right under a long paragraph line, not opening with a label: the paragraph wraps on."""
    if not blocks or blocks[-1].kind != "paragraph" or blocks[-1].end != n - 1:
        return False
    prev = lines[n - 2].strip()
    opens = _LABELLED.match(text) or roles.QUESTION.match(text) or roles.ANSWER.match(text) or _STEP.match(text)
    return len(prev) >= wrap and not opens and not prev.endswith(":")


_COMPOUND = re.compile(r"\b[a-z]+-[a-z]+\b", re.IGNORECASE)  # "non-polar": a word the text hyphenates itself


def _adjoins(end: int, n: int, lines: list[str]) -> bool:
    """Whether line n (1-based) follows line `end` with nothing but rules between: the same table."""
    return all(_RULE.match(lines[k].strip()) or _BORDER.match(lines[k].strip()) for k in range(end, n - 1))


_BORDER = re.compile(r"^\+(?:[-=]+\+)+$")


def _grid_rows(lines: list[str]) -> tuple[dict[int, tuple[tuple[str, ...], int]], set[int]]:
    """Rows of '+---+---+' grid tables (reStructuredText and other text exports): the columns are where the
    border's '+' stand; a row runs from one border to the next, its cells wrapped over its lines and joined.
    A row that spans the table (its lines have no inner '|') is one cell; between two borders, lines that
    each open a new first cell with a capital or a digit are rows of their own (a table ruled only around
    its header and body); a row whose first cell is empty continues the first cell of the row above (a
    cell merged down: one symptom, several causes). Returns each row's first line index -> its cells and its
    last line index, and every other line of the tables (borders and wrapped lines)."""
    found: dict[int, tuple[tuple[str, ...], int]] = {}
    covered: set[int] = set()
    i = 0
    while i < len(lines):
        border = lines[i].strip()
        if not _BORDER.match(border):
            i += 1
            continue
        indent = len(lines[i]) - len(lines[i].lstrip())
        cuts = [indent + k for k, c in enumerate(border) if c == "+"]
        covered.add(i)
        j = i + 1
        segment: list[int] = []
        above, header = "", True  # the first cell of the row above; the first rows are the header
        while j < len(lines) and lines[j].strip()[:1] in ("|", "+"):
            if _BORDER.match(lines[j].strip()):
                for row in _grid_split(lines, segment, cuts):
                    cells = _grid_cells(lines, row, cuts)
                    if not cells[0] and above and any(cells[1:]):
                        cells = (above, *cells[1:])
                    above = "" if header else cells[0]
                    found[row[0]] = (cells, row[-1])
                    covered.update(row[1:])
                covered.add(j)
                segment, header = [], False
            else:
                segment.append(j)
            j += 1
        for k in segment:  # an unclosed table: its last lines stay text
            covered.discard(k)
        i = j
    return found, covered


def _grid_cells(lines: list[str], row: list[int], cuts: list[int]) -> tuple[str, ...]:
    """A grid row's cells: its lines cut where the border has '+' and a line has '|' (a spanning row has none)."""
    inner = [c for c in cuts[1:-1] if any(lines[k][c:c + 1] == "|" for k in row)]
    edges = [cuts[0], *inner, cuts[-1]]
    return tuple(" ".join(filter(None, (lines[k][a + 1:b].strip() for k in row))) for a, b in zip(edges, edges[1:]))


def _grid_split(lines: list[str], segment: list[int], cuts: list[int]) -> list[list[int]]:
    """The rows between two borders: one, unless two or more lines open a first cell with a capital or digit
    and every line that has a first cell does (a wrapped first cell goes on in lower case)."""
    if len(segment) < 2 or len(cuts) < 3:
        return [segment] if segment else []
    firsts = [lines[k][cuts[0] + 1:cuts[1]].strip() for k in segment]
    opens = [bool(f) for f in firsts]
    if sum(opens) < 2 or not opens[0] or any(f and not (f[0].isupper() or f[0].isdigit()) for f in firsts):
        return [segment]
    rows: list[list[int]] = []
    for k, o in zip(segment, opens):
        if o or not rows:
            rows.append([k])
        else:
            rows[-1].append(k)
    return rows


def _aligned_rows(lines: list[str], blank: list[bool]
                  ) -> tuple[dict[int, tuple[tuple[str, ...], int]], set[int]]:
    """Lines of tables whose columns are aligned with runs of spaces: a header that splits into two or more
    cells at runs of 2+ spaces, and lines under it whose cells each start in a different column, in order
    (a cell may span the next column; a rule under the header is skipped). A line whose first column is empty
    continues the row above, cell by cell (a cell wrapped onto the next line). Returns each row's first line
    index -> its cells and its last line index, and the continuation lines."""
    found: dict[int, tuple[tuple[str, ...], int]] = {}
    absorbed: set[int] = set()
    i = 0
    while i < len(lines):
        cols: list[int] = []
        run: list[tuple[int, list[str], int]] = []  # first line, cells, last line
        wrapped: list[int] = []
        ruled = False
        j = i
        while j < len(lines) and lines[j].strip() and "\t" not in lines[j].strip():
            line = lines[j].rstrip()
            if _RULE.match(line.strip()):
                if not run:
                    break
                ruled = True  # the rule under a header (or closing the table)
                j += 1
                continue
            if _BULLET.match(line) or boilerplate.is_boilerplate_line(line):
                break
            cells = list(_ALIGNED.finditer(line))
            if not cols:
                if len(cells) < 2 or any(len(m.group().split()) > 6 or m.group()[-1] in ".;,!?" for m in cells):
                    break  # a header's cells are names, not sentences ("larger.  Stir VIGOROUSLY ...")
                cols = [c.start() for c in cells]
                run.append((j, [c.group() for c in cells], j))
                j += 1
                continue
            # each cell starts where its column starts; under a ruled header, anywhere in its column (numbers
            # may sit right-aligned under their header)
            slots = [max((k for k, c in enumerate(cols) if c <= m.start() + 1), default=None) if ruled
                     else next((k for k, c in enumerate(cols) if abs(c - m.start()) <= 1), None) for m in cells]
            if None in slots or slots != sorted(set(s for s in slots if s is not None)):
                break
            row = [""] * len(cols)
            for k, m in zip(slots, cells, strict=True):
                row[k or 0] = m.group()
            if slots[0] and len(run) > 1:  # first column empty: the row above wraps on
                first, prev, _ = run[-1]
                run[-1] = (first, [f"{a} {b}".strip() for a, b in zip(prev, row, strict=True)], j)
                wrapped.append(j)
            elif len(cells) >= 2:
                run.append((j, row, j))
            else:
                break
            j += 1
        if len(run) >= 2:
            for first, cells_, last in run:
                found[first] = (tuple(cells_), last)
            absorbed.update(wrapped)
            i = j
        else:
            i += 1
    return found, absorbed


_BANNER = re.compile(r"^[=\-*~#]{3,}\s+\S.{0,80}?\s+[=\-*~#]{3,}$")  # "----- SUMMARY (for the wiki) -----"


# reStructuredText's explicit markup: a link target (".. _acetals:"), a comment, or a directive line
# (".. note::", ".. contents:: On this page") with its indented options (":local:"); a note's text stays
_DIRECTIVE = re.compile(r"^\.\.(?:\s|$)")
_OPTION = re.compile(r"^\s+:[\w-]+:")
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+_])\1{2,}$")


def _markup(lines: list[str]) -> list[int]:
    """The lines of explicit markup in a reStructuredText page saved as text: no words of the guide."""
    out: list[int] = []
    for k, line in enumerate(lines):
        if _DIRECTIVE.match(line):
            out.append(k)
            j = k + 1
            while j < len(lines) and _OPTION.match(lines[j]):
                out.append(j)
                j += 1
    return out


def _adorned(lines: list[str], blank: list[bool]) -> dict[int, int]:
    """Headings underlined with a run of one character (setext, reStructuredText: "Making the acetal" over
    "====="), each with its level: each style (character, and whether it is also overlined) is a level in the
    order the page first uses it; a page that opens with an overlined heading has it as its title (0)."""
    styles: dict[tuple[str, bool], int] = {}
    out: dict[int, int] = {}
    for i in range(len(lines) - 1):
        text, under = lines[i].strip(), lines[i + 1].strip()
        m = _ADORNMENT.match(under)
        if (not m or not text or blank[i] or lines[i][:1].isspace() or _ADORNMENT.match(text)
                or len(text) > _MAX_HEADING or len(under) < max(3, len(text) // 2)):
            continue
        over = i > 0 and lines[i - 1].strip() == under
        style = (m.group(1), over)
        if style not in styles:
            styles[style] = 0 if over and not out else len([v for v in styles.values() if v > 0]) + 1
        out[i] = styles[style]
    return out if len(out) >= 2 else {}


def _is_heading(text: str, i: int, blank: list[bool]) -> bool:
    alone = (i == 0 or blank[i - 1]) and (i + 1 >= len(blank) or blank[i + 1])
    if alone and _BANNER.match(text):
        return True
    if _all_caps(text) and text[-1] not in ".;,":
        return True
    if _DATE.match(text):  # a dated entry of bench notes: "2025-03-04 — Luche on enone 12"
        return len(text.split()) <= 12 and text[-1] not in ".;,"
    return (
        alone
        and len(text) <= _MAX_HEADING
        and (text[0].isupper() or _lower_prefix_title(text))
        and text[-1] not in ".:;,!"
        and not (_LABELLED.match(text) and not _title_with_colon(text))
    )


def _all_caps(text: str) -> bool:
    """An ALL-CAPS heading, allowing a formula or a unit in it ("FIESER WORK-UP (LiAlH4)", "(5 mmol)"):
    every word that starts with a letter is capitalised and nearly all letters are upper case."""
    text = re.sub(r"\([^A-Z()]*\)", "", text)  # a lower-case remark: "SUMMARY (for the group wiki)"
    letters = [c for c in text if c.isalpha()]
    words = [w.strip("()[],:;") for w in text.split()]
    initials = [w[0] for w in words if w[:1].isalpha()]
    lower = sum(c.islower() for c in letters)
    return (len(letters) >= 4 and len(text.split()) <= 10 and sum(c.isupper() for c in initials) >= len(initials) - 1
            and lower <= 0.2 * len(letters) and sum(c.isupper() for c in letters) >= 4)


def _lower_prefix_title(text: str) -> bool:
    # "tert-Butyl cation side products", "n-BuLi quench": a chemical prefix before a capitalised word.
    return bool(re.match(r"^[a-z]{1,4}-[A-Z]", text)) and len(text.split()) <= 8


def _title_with_colon(text: str) -> bool:
    # "Technical Support Center: Troubleshooting X" is a title; "Symptom: low yield" is a labelled line.
    head = text.split(":", 1)[0]
    return len(head.split()) >= 3


def _levels(blocks: list[Block]) -> list[Block]:
    """Give each heading its level: the first line of the guide, if it is a heading, is the title (0); a definition
    list's term, one below the heading it stands under."""
    out = list(_section_levels(blocks))
    level = 0
    for k, b in enumerate(out):
        if b.kind == "heading" and b.level == _TERM:
            out[k] = _with_level(b, level + 1)
        elif b.kind == "heading":
            level = b.level
    return out


def _section_levels(blocks: list[Block]) -> list[Block]:
    """The levels of the headings other than a definition list's terms."""
    heads = [k for k, b in enumerate(blocks) if b.kind == "heading" and b.level != _TERM]
    if not heads:
        return blocks
    out = list(blocks)
    if heads[0] == 0:
        out[0] = _with_level(blocks[0], 0)
        heads = heads[1:]
    numbered = [k for k in heads if blocks[k].level > 0]  # numbered sections: their numbers say the level
    heads = [k for k in heads if blocks[k].level == 0]
    if numbered:
        for k in heads:  # unnumbered headings among numbered sections sit below them
            out[k] = _with_level(blocks[k], 1 + max((blocks[m].level for m in numbered if m < k), default=0))
        return out
    styles = {_all_caps(blocks[k].text) for k in heads}
    container = False
    for k in heads:
        b = blocks[k]
        if len(styles) == 2:  # ALL-CAPS sections hold the others
            level = 1 if _all_caps(b.text) else 2
        else:
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if nxt is not None and nxt.kind == "heading" and nxt.level != _TERM and not nxt.text.endswith("?"):
                level, container = 1, True  # a heading directly over another holds the ones after it
            else:
                level = 2 if container else 1
        out[k] = _with_level(b, level)
    return out


def _with_level(b: Block, level: int) -> Block:
    return replace(b, level=level)
