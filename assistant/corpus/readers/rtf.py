"""A Rich Text Format document (.rtf: WordPad, TextEdit, an SOP Word saved "as RTF"; Word also writes it under
.doc), read as Word's own files are: its paragraphs with their styles (a "heading 2" style or an outline level
heads a section), their look (bold, size: a heading by formatting) and their list numbers (`\\listtext`, a
Word 95 list's `\\pntext`), and its tables (`\\cell`, `\\row`) as rows; page headers and footers, fonts,
colours, pictures, fields' codes and other hidden parts left out (readers.docx.paragraph_blocks tells
headings from text). Cited by paragraph. A file whose structure this does not follow is read as the plain text
striprtf gives, a paragraph a line, by the plain-text reader."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.corpus import roles
from assistant.corpus.document import Block, Document
from assistant.corpus.readers import text
from assistant.corpus.readers.docx import Para, paragraph_blocks
from assistant.errors import CorpusError

_PNTEXT = re.compile(rb"\{\\pntext\b")  # "{\pntext 3.\tab}": an old list's number, kept as text by striprtf
_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}]+)")
# groups that are no part of the text: tables of fonts, colours, styles and lists, the document's properties,
# page headers and footers, pictures and objects, a field's code (its result is the text), comments
_HIDDEN = frozenset((
    "fonttbl", "colortbl", "stylesheet", "info", "header", "headerl", "headerr", "headerf", "footer", "footerl",
    "footerr", "footerf", "pict", "object", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
    "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl", "fldinst", "footnote",
    "annotation", "atnid", "atnauthor", "revtbl", "filetbl", "mmathPr", "pnseclvl"))
_SYMBOLS = {"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
            "rdblquote": "”", "tab": " ", "line": " ", "~": " ", "_": "-", "enspace": " ", "emspace": " "}
_DEFAULT_SIZE = 24  # \fs is in half-points; RTF's default is 12 pt


@dataclass
class _Run:
    skip: bool = False
    label: bool = False  # inside a list number group (\listtext, \pntext)
    uc: int = 1
    bold: bool = False
    under: bool = False
    italic: bool = False
    size: int = _DEFAULT_SIZE


@dataclass
class _State:
    style: int = 0
    outline: int = -1
    table: bool = False
    listed: str = ""
    pieces: list[tuple[str, bool, bool, bool, int]] = field(default_factory=list)
    label: str = ""


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def read(data: bytes, name: str) -> Document:
    if not is_rtf(data):
        raise CorpusError(f"{name}: not an RTF document (no {{\\rtf header)")
    source = data.decode("latin-1")
    try:
        blocks = _structured(source)
    except (ValueError, IndexError, RecursionError):
        blocks = []
    if any(b.kind != "row" for b in blocks):
        return Document("rtf", blocks)
    return _plain(data, name)


def _plain(data: bytes, name: str) -> Document:
    from striprtf.striprtf import rtf_to_text

    try:
        plain = rtf_to_text(_PNTEXT.sub(b"{", data).decode("latin-1"), errors="replace")
    except (ValueError, IndexError, UnicodeError) as e:
        raise CorpusError(f"{name}: cannot read the RTF ({e})") from None
    if not plain.strip():
        raise CorpusError(f"{name}: no text in the RTF document")
    return replace(text.read(plain.replace("\r\n", "\n").encode("utf-8"), name), format="rtf")


def _styles(source: str) -> dict[int, int]:
    """The heading level of each paragraph style (0 Title, N "heading N" or outline level N-1), by number."""
    start = source.find("{\\stylesheet")
    if start < 0:
        return {}
    depth, end = 0, start
    for end in range(start, len(source)):
        depth += {"{": 1, "}": -1}.get(source[end], 0)
        if depth == 0:
            break
    out: dict[int, int] = {}
    for group in re.findall(r"\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", source[start + 1:end]):
        if not (m := re.match(r"\s*(?:\\\*)?\\s(\d+)\b", group)):
            continue
        name = re.sub(r"\\[a-zA-Z]+-?\d* ?|\{[^{}]*\}", "", group).strip().rstrip(";").strip().lower()
        if name == "title":
            out[int(m.group(1))] = 0
        elif h := re.fullmatch(r"heading ([1-9])", name):
            out[int(m.group(1))] = int(h.group(1))
        elif o := re.search(r"\\outlinelevel(\d)", group):
            out[int(m.group(1))] = int(o.group(1)) + 1
    return out


def _structured(source: str) -> list[Block]:
    """The paragraphs and table rows of an RTF document as blocks."""
    styles = _styles(source)
    entries: list[Para | Block] = []
    runs = [_Run()]
    para = _State()
    cells: list[str] = []
    cell_text: list[str] = []  # the paragraphs of the cell being read
    skip_chars = 0
    n = table = 0
    last_row = False
    fresh = False  # a group just opened: its first control word may make it a hidden destination

    def finish() -> Para | None:
        nonlocal para
        words = "".join(t for t, *_ in para.pieces)
        body = re.sub(r"\s+", " ", words).strip()
        shown = [p for p in para.pieces if any(c.isalnum() for c in p[0])]
        label = para.label.strip()
        number = re.sub(r"[^\w]", "", label)
        styled = styles.get(para.style, -1)
        if styled < 0 and para.outline >= 0:
            styled = para.outline + 1
        look = (bool(shown) and all(p[1] for p in shown), bool(shown) and all(p[2] for p in shown),
                bool(shown) and all(p[3] for p in shown))
        out = Para(0, body, styled, para.listed or ("pn" if number else ""), label if number else "", number,
                   min((p[4] for p in shown), default=0), look)
        if not out.look[0] and styled < 0 and not out.num:
            bold = ""
            for t, b, *_ in para.pieces:
                if any(c.isalnum() for c in t) and not b:
                    break
                bold += t
            lead = re.sub(r"\s+", " ", bold).strip()
            if body.startswith(lead) and len(body) > len(lead) and roles.names_entry(lead):
                out.lead = lead
        para = _State(para.style, para.outline, para.table, para.listed)
        return out if body else None

    for m in _TOKEN.finditer(source):
        word, arg, hexa, sym, brace, chunk = m.groups()
        run = runs[-1]
        if brace == "{":
            runs.append(replace(run))
            fresh = True
            continue
        if brace == "}":
            if len(runs) > 1:
                runs.pop()
            fresh = False
            continue
        was_fresh, fresh = fresh, False
        if run.skip:
            continue
        if sym == "*" and was_fresh:
            run.skip = True
            continue
        if word and was_fresh and word in _HIDDEN:
            run.skip = True
            continue
        piece = ""
        if chunk is not None:
            chunk = chunk.replace("\r", "").replace("\n", "")
            if skip_chars:
                cut = min(skip_chars, len(chunk))
                chunk, skip_chars = chunk[cut:], skip_chars - cut
            piece = chunk
        elif hexa is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            piece = bytes([int(hexa, 16)]).decode("cp1252", errors="replace")
        elif sym is not None:
            if sym in "\\{}":
                piece = sym
            elif sym in _SYMBOLS:
                piece = _SYMBOLS[sym]
            elif sym == "\n" or sym == "\r":
                word = "par"
        if word:
            value = int(arg) if arg is not None else None
            if word in ("listtext", "pntext") and was_fresh:
                run.label = True
            elif word == "u" and value is not None:
                piece, skip_chars = chr(value % 65536), run.uc
            elif word == "uc" and value is not None:
                run.uc = value
            elif word in _SYMBOLS:
                piece = _SYMBOLS[word]
            elif run.label:
                pass  # a list number's own formatting and paragraph words say nothing of the paragraph
            elif word == "pard":
                para.style, para.outline, para.table, para.listed = 0, -1, False, ""
            elif word == "plain":
                run.bold = run.under = run.italic = False
                run.size = _DEFAULT_SIZE
            elif word == "s" and value is not None:
                para.style = value
            elif word == "outlinelevel" and value is not None:
                para.outline = value if value < 9 else -1
            elif word == "intbl":
                para.table = True
            elif word == "ls" and value is not None:
                para.listed = str(value)
            elif word in ("b", "ul", "i"):
                on = value != 0
                run.bold, run.under, run.italic = (on if word == "b" else run.bold, on if word == "ul" else run.under,
                                                   on if word == "i" else run.italic)
            elif word == "ulnone":
                run.under = False
            elif word == "fs" and value is not None:
                run.size = value
            elif word in ("par", "sect", "page") or word in ("cell", "nestcell", "row", "nestrow"):
                if word in ("cell", "nestcell") or para.table and word == "par":
                    p = finish()
                    if p is not None:
                        cell_text.append(f"{p.label} {p.text}" if p.label else p.text)
                    if word in ("cell", "nestcell"):
                        cells.append("; ".join(cell_text))
                        cell_text = []
                elif word in ("row", "nestrow"):
                    if any(cells):
                        n += 1
                        table += 0 if last_row else 1
                        entries.append(Block("row", " | ".join(cells), n, n, cells=tuple(cells), table=table))
                        last_row = True
                    cells = []
                elif (p := finish()) is not None:
                    n += 1
                    p.n = n
                    entries.append(p)
                    last_row = False
        if piece:
            if run.label:
                para.label += piece
            else:
                para.pieces.append((piece, run.bold, run.under, run.italic, run.size))
    if (p := finish()) is not None:
        p.n = n + 1
        entries.append(p)
    return paragraph_blocks(entries)
