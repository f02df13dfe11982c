"""Plain-text guides written in a lightweight markup, Emacs Org-mode, AsciiDoc, DokuWiki, Typst or Textile
(Redmine, Textpattern), as Markdown.

A lab's notes kept in Org-mode or a wiki page kept as AsciiDoc or DokuWiki source are saved as .txt. Read by shape,
their markup is noise ("#+OPTIONS", ":PROPERTIES:", "|===", "[NOTE]") and their headings, tables and
troubleshooting lists are lost. Each is recognised by markup no other text has (Org: "#+KEY:" lines or
drawers beside "* " headings; AsciiDoc: "== " headings beside attributes, block attributes or "|==="; DokuWiki:
headings between runs of "=", the first of five or six, beside "^" table headers, "[[links]]" or "<WRAP>"; Typst:
"= " headings beside "#set", "#show", "#let" or "#import" lines; Textile: "h2. " headings beside "|_." table
headers, "p(class). ", "bq. ", "fn1. ", "!image!" or "{{macro}}" lines) and
rewritten line for line as the Markdown the Markdown reader reads: headings, tables (rows moved up by at
most a line or two, so that no blank line breaks them), numbered steps, and a description list's
"term :: definition" (joined by the Markdown reader; `readers.described_terms` heads each definition by its
term). Every other line keeps its number, so a citation's lines still point at the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

Markup = Literal["org", "asciidoc", "dokuwiki", "typst", "latex", "textile"]

# ---- Org-mode -------------------------------------------------------------------------------------------
_ORG_HEADING = re.compile(r"^(\*+)\s+(.*?)\s*$")
_ORG_KEYWORD = re.compile(r"^\s*#\+(\w+):\s?(.*)$")
_ORG_BLOCK = re.compile(r"^\s*#\+(BEGIN|END)_(\w+)", re.IGNORECASE)
_ORG_DRAWER = re.compile(r"^\s*:(PROPERTIES|LOGBOOK|[A-Z][A-Z_]*):\s*$")
_ORG_END = re.compile(r"^\s*:END:\s*$")
_ORG_PLANNING = re.compile(r"^\s*(CLOSED|SCHEDULED|DEADLINE):\s")
_ORG_TAGS = re.compile(r"\s+:[\w@#%:]+:\s*$")
_ORG_PRIORITY = re.compile(r"^\[#[A-Z0-9]\]\s*")
_ORG_LINK = re.compile(r"\[\[(?:[^\]]*)\]\[([^\]]*)\]\]|\[\[([^\]]*)\]\]")
_ORG_VERBATIM = re.compile(r"(?<![\w=~])([=~])(\S(?:[^\n]*?\S)?)\1(?![\w=~])")
_ORG_DESCRIPTION = re.compile(r"^(\s*)[-+]\s+(.+?)\s+::\s+(\S.*)$")
_ORG_RESULT = re.compile(r"^\s*:(\s|$)")

# ---- AsciiDoc -------------------------------------------------------------------------------------------
_ADOC_HEADING = re.compile(r"^(={1,6})\s+(\S.*?)\s*$")
_ADOC_ATTRIBUTE = re.compile(r"^:(!?[\w-]+!?):\s*(.*)$")
_ADOC_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$")
_ADOC_DELIMITER = re.compile(r"^(={4,}|\*{4,}|-{4,}|\.{4,}|_{4,}|\+{4,}|--)\s*$")
_ADOC_TITLE = re.compile(r"^\.([^.\s].*)$")
_ADOC_TABLE = re.compile(r"^[|!,:]===\s*$")
_ADOC_ORDERED = re.compile(r"^(\.{1,5})\s+(\S.*)$")
_ADOC_BULLET = re.compile(r"^(\*{1,5}|-)\s+(\S.*)$")
_ADOC_TERM = re.compile(r"^(\S.*?)(:{2,4}|;;)(?:\s+(\S.*))?$")
_ADOC_COMMENT = re.compile(r"^//(?!/)")
_ADOC_MACRO = re.compile(r"\b(?:link|xref|kbd|btn|menu|footnote|image|icon|mailto|https?):(?:[^\s\[]*)\[([^\]]*)\]")
_ADOC_XREF = re.compile(r"<<[^,>]*,\s*([^>]*)>>|<<([^>]*)>>")
_ADOC_LISTING = re.compile(r"^(-{4,}|\.{4,})\s*$")  # a listing or literal block's delimiter
_ADOC_INCLUDE = re.compile(r"^(include|ifdef|ifndef|endif|ifeval)::")

# ---- DokuWiki -------------------------------------------------------------------------------------------
_DOKU_HEADING = re.compile(r"^\s*(={2,6})\s*(\S.*?)\s*\1\s*$")
_DOKU_ROW = re.compile(r"^\s*[\^|].*[\^|]\s*$")
_DOKU_LIST = re.compile(r"^((?:  |\t)+)([*-])\s+(.*)$")
_DOKU_LINK = re.compile(r"\[\[([^|\]]*)(?:\|([^\]]*))?\]\]")
_DOKU_MEDIA = re.compile(r"\{\{([^}|]*)(?:\|([^}]*))?\}\}")
_DOKU_MACRO = re.compile(r"~~[A-Z_]+(?::[^~]*)?~~")
_DOKU_TAG = re.compile(r"</?(?:WRAP|wrap|note|box|well|hidden|nowiki|html|color|fs|del|sub|sup|todo)\b[^>]*>")
_DOKU_BLOCK = re.compile(r"^\s*<(/?)(code|file)\b[^>]*>\s*$")
_DOKU_FOOTNOTE = re.compile(r"\(\((.+?)\)\)")
_DOKU_ITALIC = re.compile(r"(?<![:/])//(?=\S)(.+?)(?<=\S)//")
_DOKU_MONO = re.compile(r"''(?=\S)(.+?)(?<=\S)''")
_DOKU_UNDERLINE = re.compile(r"__(?=\S)(.+?)(?<=\S)__")


# ---- Typst ----------------------------------------------------------------------------------------------
_TYP_HEADING = re.compile(r"^(=+)\s+(\S.*?)\s*(<[\w:.\-]+>)?\s*$")
_TYP_CODE = re.compile(r"^\s*#(set|show|let|import|include)\b")
_TYP_LET = re.compile(r"^\s*#let\s+([\w-]+)\s*=\s*\[(.*)\]\s*$")
_TYP_CALL = re.compile(r"^\s*#(figure|table|v|pagebreak|align|grid|place|image|outline|bibliography)\b")
_TYP_TITLE = re.compile(r"\btitle:\s*\[([^\]]*)\]")
_TYP_NUMBERED = re.compile(r"^(\s*)\+\s+(\S.*)$")
_TYP_TERM = re.compile(r"^(\s*)/\s+([^:]+?):\s+(\S.*)$")  # "/ Term: description"
_TYP_LABEL = re.compile(r"\s*<[\w:.\-]+>")
_TYP_REF = re.compile(r"\s*\(@[\w:.\-]+\)|@[\w:.\-]+")


def markup_of(lines: list[str]) -> Markup | None:
    """Which lightweight markup a plain-text guide is written in, if any."""
    if is_latex(lines):
        return "latex"
    typst_headings = sum(bool(_TYP_HEADING.match(ln)) for ln in lines)
    if typst_headings >= 2 and sum(bool(_TYP_CODE.match(ln)) for ln in lines) >= 2:
        return "typst"
    org_headings = sum(bool(_ORG_HEADING.match(ln)) and not ln.startswith("* ") or ln.startswith("* ")
                       and not ln[2:3].isspace() for ln in lines if ln.startswith("*"))
    org_marks = sum(bool(_ORG_KEYWORD.match(ln) or _ORG_BLOCK.match(ln) or _ORG_DRAWER.match(ln)) for ln in lines)
    if org_headings >= 2 and org_marks >= 2:
        return "org"
    adoc_headings = sum(bool(_ADOC_HEADING.match(ln)) and ln.startswith("==") for ln in lines)
    adoc_marks = sum(bool(_ADOC_ATTRIBUTE.match(ln) or _ADOC_TABLE.match(ln) or _ADOC_BLOCK_ATTRIBUTES.match(ln))
                     for ln in lines)
    if adoc_headings >= 2 and adoc_marks >= 2:
        return "asciidoc"
    doku = [m for m in map(_DOKU_HEADING.match, lines) if m]
    doku_marks = sum(bool(ln.startswith("^") or "[[" in ln or "{{" in ln or _DOKU_TAG.search(ln)) for ln in lines)
    if len(doku) >= 2 and max(len(m.group(1)) for m in doku) >= 5 and doku_marks >= 1:
        return "dokuwiki"
    textile = sum(bool(_TEXTILE_HEADING.match(ln)) for ln in lines)
    if textile >= 2 and sum(bool(_TEXTILE_MARK.match(ln)) for ln in lines) >= 1:
        return "textile"
    return None


def as_markdown(lines: list[str], markup: Markup) -> list[str]:
    """The guide's lines as Markdown, as many as there were."""
    out = (_org(lines) if markup == "org" else _asciidoc(lines) if markup == "asciidoc" else _typst(lines)
           if markup == "typst" else _latex(lines) if markup == "latex" else _textile(lines) if markup == "textile"
           else _dokuwiki(lines))
    assert len(out) == len(lines)
    return out


def _org(lines: list[str]) -> list[str]:
    keywords = {"TODO", "DONE"}
    for ln in lines:
        if (m := _ORG_KEYWORD.match(ln)) and m.group(1).upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            keywords |= {re.sub(r"\(.*\)$", "", w) for w in m.group(2).split() if w != "|"}
    titled = any((m := _ORG_KEYWORD.match(ln)) and m.group(1).upper() == "TITLE" for ln in lines)
    out: list[str] = []
    drawer = code = results = False
    for ln in lines:
        if drawer:
            drawer = not _ORG_END.match(ln)
            out.append("")
            continue
        if (m := _ORG_BLOCK.match(ln)) is not None:
            code = m.group(1).upper() == "BEGIN" and m.group(2).upper() in ("SRC", "EXAMPLE")
            out.append("```" if m.group(2).upper() in ("SRC", "EXAMPLE") else "")
            continue
        if code:
            out.append(ln)
            continue
        if results and _ORG_RESULT.match(ln):  # the output of a code block
            out.append("")
            continue
        results = False
        if (m := _ORG_KEYWORD.match(ln)) is not None:
            key = m.group(1).upper()
            results = key == "RESULTS"
            out.append(f"# {m.group(2).strip()}" if key == "TITLE" and m.group(2).strip() else "")
            continue
        if _ORG_DRAWER.match(ln):
            drawer = True
            out.append("")
            continue
        if _ORG_PLANNING.match(ln) or _ORG_END.match(ln):
            out.append("")
            continue
        if ln.startswith("*") and (m := _ORG_HEADING.match(ln)) and set(m.group(1)) == {"*"}:
            words = _ORG_PRIORITY.sub("", _ORG_TAGS.sub("", m.group(2))).split(" ", 1)
            if words[0] in keywords:
                words = words[1:]
            title = _org_inline(" ".join(words).strip())
            out.append("#" * min(6, len(m.group(1)) + titled) + " " + title if title else "")
            continue
        if (m := _ORG_DESCRIPTION.match(ln)) is not None:
            out.append(f"{m.group(1)}- {_org_inline(m.group(2))} :: {_org_inline(m.group(3))}")
            continue
        out.append(_org_inline(ln))
    return _tables(out, _org_rows)


def _org_inline(text: str) -> str:
    text = _ORG_LINK.sub(lambda m: m.group(1) or m.group(2), text)
    return _ORG_VERBATIM.sub(r"\2", text)


def _org_rows(block: list[str]) -> list[list[str]]:
    """An Org table's rows, its rule lines left out (the first row is its header, as in Markdown)."""
    return [[c.strip() for c in s.strip("|").split("|")] for s in (ln.strip() for ln in block)
            if not (re.match(r"^\|[-+:| ]*$", s) and "-" in s)]


def _asciidoc(lines: list[str]) -> list[str]:
    attributes: dict[str, str] = {}
    out: list[str] = []
    header = True  # the document header: title, author and revision lines, attributes
    counters: list[int] = []
    table = listing = False
    for i, ln in enumerate(lines):
        if _ADOC_TABLE.match(ln):
            table = not table
            out.append("|===")  # kept for _tables, which knows where each table starts and ends
            continue
        if table:
            out.append(_adoc_inline(ln, attributes))
            continue
        if listing:
            listing = not _ADOC_LISTING.match(ln)
            out.append("```" if not listing else ln)
            continue
        if _ADOC_LISTING.match(ln):  # a listing or literal block: verbatim
            listing = True
            out.append("```")
            continue
        if (m := _ADOC_ATTRIBUTE.match(ln)) is not None:
            attributes[m.group(1)] = m.group(2).strip()
            out.append("")
            continue
        if (m := _ADOC_HEADING.match(ln)) is not None:
            out.append("#" * len(m.group(1)) + " " + _adoc_inline(m.group(2), attributes))
            header = len(m.group(1)) == 1
            continue
        if header and ln.strip() and i > 0:  # author and revision lines under the title
            out.append("")
            continue
        header = False
        if (_ADOC_BLOCK_ATTRIBUTES.match(ln) or _ADOC_DELIMITER.match(ln) or _ADOC_COMMENT.match(ln)
                or _ADOC_INCLUDE.match(ln)):
            out.append("")
            continue
        if (m := _ADOC_TITLE.match(ln)) is not None:
            out.append(f"**{_adoc_inline(m.group(1), attributes)}**")
            continue
        if (m := _ADOC_ORDERED.match(ln)) is not None:
            depth = len(m.group(1))
            counters = counters[:depth] + [0] * (depth - len(counters))
            counters[depth - 1] += 1
            out.append("   " * (depth - 1) + f"{counters[depth - 1]}. {_adoc_inline(m.group(2), attributes)}")
            continue
        if ln.strip() and i > 0 and not lines[i - 1].strip() and not _ADOC_BULLET.match(ln):
            counters = []  # a new paragraph after a blank line ends the list (a wrapped item's next line does not)
        if (m := _ADOC_BULLET.match(ln)) is not None and not ln.startswith("**"):
            depth = len(m.group(1)) if m.group(1) != "-" else 1
            out.append("  " * (depth - 1) + f"- {_adoc_inline(m.group(2), attributes)}")
            continue
        if (m := _ADOC_TERM.match(ln)) is not None and not _ADOC_MACRO.search(ln) and "://" not in ln:
            term, rest = _adoc_inline(m.group(1).strip(), attributes), m.group(3)
            out.append(f"{term} :: {_adoc_inline(rest, attributes)}" if rest else f"{term} ::")
            continue
        out.append("" if ln.strip() == "+" else _adoc_inline(ln, attributes))
    return _tables(out, _adoc_rows)


def _adoc_inline(text: str, attributes: dict[str, str]) -> str:
    text = re.sub(r"\{([\w-]+)\}", lambda m: attributes.get(m.group(1), m.group(0)), text)
    text = _ADOC_MACRO.sub(lambda m: m.group(1), text)
    text = _ADOC_XREF.sub(lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)  # *strong*: the words


def _adoc_rows(block: list[str]) -> list[list[str]]:
    """An AsciiDoc table's rows. Cells open with "|" and may run over several lines; a row is as many cells
    as the header row (the cells before the first blank line), else as the first line has."""
    cells: list[str] = []
    width = 0
    header_cells = 0
    seen_blank = False
    for ln in block:
        s = ln.strip()
        if not s:
            if cells and not seen_blank:
                header_cells = len(cells)
            seen_blank = seen_blank or bool(cells)
            continue
        if s.startswith("|"):
            parts = [c.strip() for c in re.split(r"(?<!\\)\|", s)[1:]]
            width = width or len(parts)
            cells += parts
        elif cells:
            cells[-1] = f"{cells[-1]} {s}".strip()
    width = header_cells or width
    return [cells[k: k + width] for k in range(0, len(cells), width)] if width else []


def _tables(lines: list[str], rows_of: Callable[[list[str]], list[list[str]]]) -> list[str]:
    """Each table (a run of "|" lines, or an AsciiDoc "|===" block) as a Markdown table that starts on its
    first line, its rows one after another, blank lines after it to keep every later line's number."""
    out = list(lines)
    i = 0
    while i < len(out):
        start = i
        if out[i] == "|===":
            j = i + 1
            while j < len(out) and out[j] != "|===":
                j += 1
            block, end = out[i + 1: j], min(j + 1, len(out))
        elif out[i].lstrip().startswith("|"):
            j = i
            while j < len(out) and out[j].lstrip().startswith("|"):
                j += 1
            block, end = out[i:j], j
        else:
            i += 1
            continue
        rows = [r for r in rows_of(block) if any(r)]
        if rows:
            width = max(len(r) for r in rows)
            md = [_row(rows[0], width), "|" + "---|" * width] + [_row(r, width) for r in rows[1:]]
        else:
            md = []
        while len(md) > end - start and end < len(out) and not out[end].strip():
            end += 1  # a table without a rule under its header takes the blank line after it
        md = md[: end - start]  # never longer than the lines it replaces
        out[start:end] = md + [""] * (end - start - len(md))
        i = end
    return out


def _row(cells: list[str], width: int) -> str:
    cells = [c.replace("|", "/") for c in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(cells) + " |"


def _dokuwiki(lines: list[str]) -> list[str]:
    out: list[str] = []
    counters: list[int] = []
    above: list[str] = []  # the cells of the table row above (for a ":::" cell, which spans down)
    code = False
    for ln in lines:
        if (b := _DOKU_BLOCK.match(ln)) is not None:
            code = not b.group(1)
            out.append("```")
            continue
        if code:
            out.append(ln)
            continue
        if (m := _DOKU_HEADING.match(ln)) is not None:
            out.append("#" * (7 - len(m.group(1))) + " " + _doku_inline(m.group(2)))
            counters, above = [], []
            continue
        if _DOKU_ROW.match(ln):
            cells = [_doku_inline(c.strip()) for c in re.split(r"[\^|]", ln.strip())[1:-1]]
            cells = [above[k] if c == ":::" and k < len(above) else c for k, c in enumerate(cells)]
            above = cells
            out.append(_row(cells, len(cells)))
            continue
        above = []
        if (m := _DOKU_LIST.match(ln)) is not None:
            depth = len(m.group(1).replace("\t", "  ")) // 2
            text = _doku_inline(m.group(3))
            line, counters = _list_item(counters, depth, m.group(2) == "-", text)
            out.append(line)
            continue
        if ln.strip():
            counters = []
        out.append(_doku_inline(ln).strip() if ln.strip() else "")
    return _tables(out, _org_rows)


def _list_item(counters: list[int], depth: int, numbered: bool, text: str) -> tuple[str, list[int]]:
    """A wiki list item at `depth` (1 = top) as a Markdown item, numbered on from `counters` (one per depth)
    when it is a numbered one; the counters after it."""
    if not numbered:
        return "  " * (depth - 1) + f"- {text}", counters
    counters = counters[:depth] + [0] * (depth - len(counters))
    counters[depth - 1] += 1
    return "   " * (depth - 1) + f"{counters[depth - 1]}. {text}", counters


def _doku_inline(text: str) -> str:
    text = _DOKU_MACRO.sub("", _DOKU_TAG.sub("", text))
    text = _DOKU_MEDIA.sub(lambda m: "" if m.group(1).startswith("tag>") else (m.group(2) or ""), text)
    text = _DOKU_LINK.sub(lambda m: (m.group(2) or m.group(1).rsplit(":", 1)[-1]).strip(), text)
    text = _DOKU_FOOTNOTE.sub(lambda m: f" ({m.group(1).strip()})", text)
    text = re.sub(r"\\\\(?:\s|$)", " ", text)  # a forced line break
    for pattern in (_DOKU_ITALIC, _DOKU_MONO, _DOKU_UNDERLINE):
        text = pattern.sub(r"\1", text)
    return text.rstrip()


def _typst(lines: list[str]) -> list[str]:
    """Typst source as Markdown: headings, `+` steps, `/ term: description` entries, tables of `[cells]` in
    a `table(...)` call (the caption above them), a variable set with `#let` as it renders, functions on text as
    their text (a footnote in brackets, a link as its words); references, labels, comments and settings out."""
    lets = {m.group(1): m.group(2) for m in map(_TYP_LET.match, lines) if m}
    out = [""] * len(lines)
    body: list[int] = []  # lines of text, converted together so that a function may span lines
    i = 0
    title = False
    while i < len(lines):
        line = lines[i]
        if _TYP_CALL.match(line) or _TYP_CODE.match(line):
            end = _closing(lines, i)
            block = "\n".join(lines[i:end + 1])
            if "table(" in block:
                _typst_table(block, i, out, lets)
            elif not title and (m := _TYP_TITLE.search(block)):
                out[i], title = "# " + _typst_inline(m.group(1), lets), True
            i = end + 1
            continue
        if line.lstrip().startswith("//"):
            i += 1
            continue
        body.append(i)
        i += 1
    text = _typst_inline("\n".join(lines[j] for j in body), lets).split("\n")
    step = 0
    for j, ln in zip(body, text, strict=True):
        if m := _TYP_HEADING.match(ln):
            out[j], step = "#" * len(m.group(1)) + " " + m.group(2), 0
        elif m := _TYP_TERM.match(ln):
            out[j] = f"{m.group(1)}- {m.group(2)} :: {m.group(3)}"
        elif m := _TYP_NUMBERED.match(ln):
            step += 1
            out[j] = f"{m.group(1)}{step}. {m.group(2)}"
        else:
            out[j] = ln if ln.strip() != "]" else ""
            step = step if ln.startswith((" ", "\t")) or not ln.strip() else 0
    return out


def _closing(lines: list[str], i: int) -> int:
    """The last line of a call that opens on line `i` (its brackets balanced)."""
    depth = 0
    for j in range(i, len(lines)):
        for c in re.sub(r'"[^"]*"', "", lines[j]):
            depth += c in "([{"
            depth -= c in ")]}"
        if depth <= 0:
            return j
    return len(lines) - 1


def _typst_table(block: str, first: int, out: list[str], lets: dict[str, str]) -> None:
    """A `table(...)` call as a Markdown table on the call's own lines, its caption on the line above."""
    columns = re.search(r"columns:\s*(\d+|\([^)]*\))", block)
    width = (int(columns.group(1)) if columns.group(1).isdigit() else columns.group(1).count(",") + 1
             if columns.group(1).strip("() ") else 1) if columns else 1
    cells = [_typst_inline(c, lets).replace("\n", " ").strip() for c in _brackets(block.split("caption:")[0])]
    caption = ""
    if m := re.search(r"caption:\s*\[([^\]]*)\]", block):
        caption = _typst_inline(m.group(1), lets)
    rows = [cells[k:k + width] for k in range(0, len(cells), width)]
    lines = ([caption, ""] if caption else []) + [_row(r, width) for r in rows[:1]] + ["|" + "---|" * width]
    lines += [_row(r, width) for r in rows[1:]]
    n = block.count("\n") + 1
    if len(lines) > n:  # more rows than the call has lines: the last line holds the rest
        lines = lines[:n - 1] + [" ".join(lines[n - 1:])]
    for k, text in enumerate(lines):
        out[first + k] = text.replace("**", "")


def _brackets(text: str) -> list[str]:
    """The contents of the outermost `[...]` groups, in order (a table's cells)."""
    found, depth, start = [], 0, 0
    for k, c in enumerate(text):
        if c == "[":
            depth += 1
            if depth == 1:
                start = k + 1
        elif c == "]" and depth:
            depth -= 1
            if depth == 0:
                found.append(text[start:k])
    return found


def _typst_inline(text: str, lets: dict[str, str]) -> str:
    """Typst markup in running text as plain text (newlines kept): `#f[...]` as its content, a footnote in
    brackets, `#link("url")[words]` as the words, `#name` as its `#let` value, `~` a space, `--` a dash."""
    out: list[str] = []
    k = 0
    while k < len(text):
        c = text[k]
        if c == "\\" and k + 1 < len(text) and text[k + 1] in "#*_$@<[]~\\":
            out.append(text[k + 1])
            k += 2
            continue
        if c == "#" and (m := re.match(r"#([A-Za-z][\w.\-]*)", text[k:])):
            name, k = m.group(1).rstrip(".-"), k + 1 + len(m.group(1).rstrip(".-"))
            args = ""
            if k < len(text) and text[k] == "(":
                end = _match(text, k, "(", ")")
                args, k = text[k + 1:end], end + 1
            if k < len(text) and text[k] == "[":
                end = _match(text, k, "[", "]")
                inner = _typst_inline(text[k + 1:end], lets)
                k = end + 1
                out.append(f" ({inner.strip()})" if name == "footnote" else inner)
            elif name == "link" and (url := re.search(r'"([^"]*)"', args)):
                out.append(url.group(1))
            elif name in lets:
                out.append(_typst_inline(lets[name], lets))
            out.append("\n" * args.count("\n"))
            continue
        out.append(c)
        k += 1
    plain = "".join(out)
    plain = _TYP_REF.sub("", _TYP_LABEL.sub("", plain))
    plain = re.sub(r"(?<!\w)\$\s*([^$\n]*?)\s*\$(?!\w)", r"\1", plain)
    plain = plain.replace("---", "—").replace("--", "–").replace("~", " ")
    return re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"**\1**", plain)


def _match(text: str, start: int, open_: str, close: str) -> int:
    """Where the bracket opened at `start` closes (the end of the text if it never does)."""
    depth = 0
    for k in range(start, len(text)):
        depth += text[k] == open_
        depth -= text[k] == close
        if depth == 0:
            return k
    return len(text) - 1


# ---- LaTeX ----------------------------------------------------------------------------------------------
_TEX_DOC = re.compile(r"^\s*\\(documentclass|begin\{document\})")
_TEX_SECTION = re.compile(r"^\s*\\(chapter|section|subsection|subsubsection|paragraph)\*?\s*(?:\[[^\]]*\])?"
                          r"\{(.*)\}(.*)$")
_TEX_DEFINE = re.compile(r"^\s*\\(?:newcommand|renewcommand|providecommand|def|DeclareSIUnit)\*?\s*\{?\\(\w+)\}?"
                         r"(?:\[\d\])?\s*\{(.*)\}\s*$")
_TEX_TITLE = re.compile(r"^\s*\\title\{(.*)\}\s*$")
_TEX_BEGIN = re.compile(r"^\s*\\begin\{(\w+\*?)\}(?:\{[^}]*\})*(?:\[([^\]]*)\])?(?:\{[^}]*\})*\s*(.*)$")
_TEX_END = re.compile(r"^\s*\\end\{(\w+\*?)\}\s*(.*)$")
_TEX_ITEM = re.compile(r"^\s*\\item(?:\[([^\]]*)\])?\s*(.*)$")
_TEX_COMMENT = re.compile(r"(?<!\\)%.*$")
_TEX_TABULAR = ("tabular", "tabular*", "tabularx", "tabulary", "longtable", "tblr", "array")
_TEX_LISTS = ("enumerate", "itemize", "description", "compactenum", "compactitem", "steps")
_TEX_CODE = ("verbatim", "lstlisting", "minted", "comment", "tikzpicture", "equation", "align", "align*")
_TEX_DROP = re.compile(r"^\s*\\(label|centering|raggedright|toprule|midrule|bottomrule|hline|cline|maketitle|"
                       r"tableofcontents|listoftables|listoffigures|newpage|clearpage|pagebreak|noindent|vspace|"
                       r"hspace|smallskip|medskip|bigskip|bibliography|bibliographystyle|printbibliography|"
                       r"appendix|usepackage|sisetup|author|date|input|include|setlength|renewcommand|newcommand|"
                       r"newtcolorbox|newenvironment|DeclareSIUnit|pagestyle|thispagestyle|addplot)\b")
_SI_PREFIX = {"kilo": "k", "milli": "m", "micro": "µ", "nano": "n", "centi": "c", "mega": "M"}
_SI_UNIT = {"gram": "g", "litre": "L", "liter": "L", "metre": "m", "meter": "m", "mole": "mol", "molar": "M",
            "Molar": "M", "second": "s", "minute": "min", "hour": "h", "day": "d", "degreeCelsius": "°C",
            "celsius": "°C", "kelvin": "K", "percent": "%", "bar": "bar", "pascal": "Pa", "hertz": "Hz", "volt": "V",
            "atmosphere": "atm", "torr": "Torr", "angstrom": "Å", "mmHg": "mmHg", "ppm": "ppm", "dalton": "Da",
            "rpm": "rpm"}
_TEX_SYMBOLS = {"times": "×", "pm": "±", "degree": "°", "textdegree": "°", "celsius": "°C", "ldots": "…",
                "dots": "…", "to": "→", "rightarrow": "→", "leftarrow": "←", "approx": "≈", "sim": "~", "le": "≤",
                "leq": "≤", "ge": "≥", "geq": "≥", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
                "mu": "µ", "pi": "π", "sigma": "σ", "lambda": "λ", "textmu": "µ", "textasciitilde": "~",
                "LaTeX": "LaTeX", "TeX": "TeX", "textendash": "–", "textemdash": "—"}
_TEX_DROPPED_ARG = re.compile(r"\\(label|ref|eqref|cref|Cref|autoref|pageref|cite|citep|citet|index|vspace|hspace)"
                              r"\*?\s*(\[[^\]]*\])?\{[^{}]*\}")
_TEX_REFERRED = re.compile(r"\b(?:Tables?|Sections?|Figures?|Fig\.|Schemes?|Equations?|Eqs?\.|[Ss]teps?|Chapters?|"
                           r"[Aa]ppendix)~?\s*\\(?:ref|cref|autoref|eqref)\{[^{}]*\}")
_TEX_CMD_ARG = re.compile(r"\\([A-Za-z]+)\*?\s*(?:\[[^\]]*\])?\{([^{}]*)\}")
_TEX_CMD = re.compile(r"\\([A-Za-z]+)\b\s?")


def is_latex(lines: list[str]) -> bool:
    """A LaTeX source: a document class or a document environment, or two section commands."""
    return any(_TEX_DOC.match(ln) for ln in lines[:400]) or sum(bool(_TEX_SECTION.match(ln)) for ln in lines) >= 2


def _si_unit(text: str, units: dict[str, str]) -> str:
    """A siunitx unit ("\\milli\\litre", "\\per\\minute", "mL") as it prints ("mL", "/min")."""
    out = re.sub(r"\\per\s*", "/", text)
    out = re.sub(r"\\(\w+)\s*", lambda m: units.get(m.group(1), _SI_PREFIX.get(m.group(1), _SI_UNIT.get(
        m.group(1), m.group(1)))), out)
    return out.replace("{", "").replace("}", "").strip()


def _tex_inline(text: str, macros: dict[str, str], units: dict[str, str]) -> str:
    """LaTeX in running text as the words it prints: macros expanded, siunitx amounts and units as printed,
    mhchem formulas as typed, emphasis and links as their text, bold kept as Markdown bold, references,
    labels and citations out, a footnote in brackets, math as its characters."""
    for _ in range(3):  # a macro may use another
        text = re.sub(r"\\(\w+)(?:\{\})?", lambda m: macros.get(m.group(1), m.group(0)), text)
    text = _TEX_REFERRED.sub("", text)  # "(Table~\ref{tab:hcl})": the pointer goes with its number
    text = _TEX_DROPPED_ARG.sub("", text)
    text = re.sub(r"\s*\(\s*\)", "", text)
    text = re.sub(r"\\(?:qtyrange|SIrange)\{([^}]*)\}\{([^}]*)\}\{((?:[^{}]|\{[^}]*\})*)\}",
                  lambda m: f"{m.group(1)}–{m.group(2)} {_si_unit(m.group(3), units)}", text)
    text = re.sub(r"\\(?:qty|SI)\{([^}]*)\}\{((?:[^{}]|\{[^}]*\})*)\}",
                  lambda m: f"{m.group(1)} {_si_unit(m.group(2), units)}", text)
    text = re.sub(r"\\(?:si|unit)\{((?:[^{}]|\{[^}]*\})*)\}", lambda m: _si_unit(m.group(1), units), text)
    text = re.sub(r"\\footnote\{((?:[^{}]|\{[^}]*\})*)\}", r" (\1)", text)
    text = re.sub(r"\\textbf\{([^{}]*)\}", r"**\1**", text)
    text = re.sub(r"\$([^$]*)\$", lambda m: re.sub(r"[_^]\{?([^{}\s]*)\}?", r"\1", m.group(1)), text)
    text = re.sub(r"\^\{([^{}]*)\}", r"^\1", text)
    text = re.sub(r"_\{([^{}]*)\}", r"\1", text)
    text = text.replace("---", "—").replace("--", "–").replace("``", '"').replace("''", '"')
    text = re.sub(r"\\([%&_#$])", r"\1", text)
    text = re.sub(r"\\\\(\[[^\]]*\])?", " ", text)
    text = re.sub(r"\\[,;:! ]", " ", text)
    text = re.sub(r"(?<!\\)~", " ", text)
    for _ in range(3):  # nested: \emph{\ce{H2O}}
        text = _TEX_CMD_ARG.sub(lambda m: _TEX_SYMBOLS.get(m.group(1), m.group(2)), text)
    text = _TEX_CMD.sub(lambda m: _TEX_SYMBOLS.get(m.group(1), ""), text)
    return re.sub(r"(?<!\\)[{}]", "", text).rstrip()


def _latex(lines: list[str]) -> list[str]:
    """LaTeX source as Markdown, line for line: the title, chapters, sections and \\paragraph run-ins as
    headings; enumerate / itemize / description lists as numbered steps, bullets and "term :: definition"
    (an enumerate with `[resume]` goes on counting); tabular environments as tables (their rules out, a row
    per `\\\\`); a table's caption as its own line; a box environment's title (`\\begin{tipbox}[If nothing
    crystallises]`) as a bold line over its text; macros defined with \\newcommand expanded; comments, the
    preamble, labels, references and code out."""
    macros: dict[str, str] = {}
    units: dict[str, str] = {}
    for ln in lines:
        if m := _TEX_DEFINE.match(_TEX_COMMENT.sub("", ln)):
            (units if "DeclareSIUnit" in ln else macros)[m.group(1)] = m.group(2)
    for name, value in list(macros.items()):
        macros[name] = _tex_inline(value, {k: v for k, v in macros.items() if k != name}, units)
    has_chapters = any(re.match(r"^\s*\\chapter\b", ln) for ln in lines)
    level = {"chapter": 2, "section": 2 + has_chapters, "subsection": 3 + has_chapters,
             "subsubsection": 4 + has_chapters}
    start = next((k + 1 for k, ln in enumerate(lines) if re.match(r"^\s*\\begin\{document\}", ln)), 0)
    out = [""] * len(lines)
    for k in range(start):
        if m := _TEX_TITLE.match(_TEX_COMMENT.sub("", lines[k])):
            out[k] = "# " + " ".join(_tex_inline(m.group(1), macros, units).split())
    lists: list[str] = []  # the kind of each open list, innermost last
    counts: list[int] = []  # and the items it has counted
    last_count = 0  # where the last enumerate stopped ([resume] goes on from it)
    code = ""
    i = start
    while i < len(lines):
        line = _TEX_COMMENT.sub("", lines[i]) if not code else lines[i]
        if code:
            code = "" if re.match(rf"^\s*\\end\{{{re.escape(code)}\}}", line) else code
            i += 1
            continue
        if re.match(r"^\s*\\end\{document\}", line):
            break
        if m := _TEX_BEGIN.match(line):
            env, option = m.group(1), m.group(2) or ""
            if env in _TEX_CODE:
                code = env
            elif env in _TEX_TABULAR:
                i = _tex_table(lines, i, env, out, macros, units)
            elif env in _TEX_LISTS:
                lists.append(env)
                counts.append(last_count if "resume" in option and env == "enumerate" else 0)
            elif option and env not in ("table", "figure", "center", "minipage", "table*", "figure*"):
                out[i] = f"**{_tex_inline(option, macros, units)}**"
            i += 1
            continue
        if m := _TEX_END.match(line):
            if m.group(1) in _TEX_LISTS and lists:
                if lists.pop() == "enumerate":
                    last_count = counts[-1]
                counts.pop()
            i += 1
            continue
        if m := _TEX_SECTION.match(line):
            cmd, name, rest = m.group(1), _tex_inline(m.group(2), macros, units), _tex_inline(m.group(3), macros, units)
            out[i] = f"**{name}** {rest}".rstrip() if cmd == "paragraph" else "#" * level[cmd] + " " + name
            i += 1
            continue
        if m := _TEX_ITEM.match(line):
            indent = "   " * max(0, len(lists) - 1)
            kind = lists[-1] if lists else "itemize"
            label, text = _tex_inline(m.group(1) or "", macros, units), _tex_inline(m.group(2), macros, units)
            if kind == "enumerate":
                counts[-1] += 1
                out[i] = f"{indent}{counts[-1]}. {text}"
            elif kind == "description" and label:
                out[i] = f"{indent}- {label} :: {text}"
            else:
                out[i] = f"{indent}- **{label}** {text}" if label else f"{indent}- {text}"
            i += 1
            continue
        if re.match(r"^\s*\\caption\b", line):
            out[i] = _tex_inline(re.sub(r"^\s*\\caption(\[[^\]]*\])?", "", line), macros, units).strip()
        elif not _TEX_DROP.match(line):
            text = _tex_inline(line, macros, units)
            out[i] = ("   " * len(lists) + text.strip()) if lists and text.strip() else text
        i += 1
    return out


def _tex_table(lines: list[str], i: int, env: str, out: list[str], macros: dict[str, str],
               units: dict[str, str]) -> int:
    """A tabular environment opening on line `i` as a Markdown table on its own lines (rows moved up over the
    rules); the index of its \\end line."""
    end = next((j for j in range(i + 1, len(lines)) if re.match(rf"^\s*\\end\{{{re.escape(env)}\}}", lines[j])),
               len(lines) - 1)
    body = " ".join(_TEX_COMMENT.sub("", ln) for ln in lines[i + 1:end])
    body = re.sub(r"\\(toprule|midrule|bottomrule|hline|endhead|endfirsthead|endfoot|endlastfoot)\b"
                  r"|\\cline\{[^}]*\}|\\cmidrule(\([^)]*\))?\{[^}]*\}", " ", body)
    rows = [[_tex_inline(c, macros, units).strip() for c in re.split(r"(?<!\\)&", r)]
            for r in re.split(r"\\\\(?:\[[^\]]*\])?", body) if r.strip()]
    rows = [r for r in rows if any(r)]
    if not rows:
        return end
    width = max(len(r) for r in rows)
    table = [_row(rows[0], width), "|" + "---|" * width] + [_row(r, width) for r in rows[1:]]
    # the header on its own line (the rule under it takes the separator), so the rows keep theirs when only
    # rules stand between them; moved up as far as the table needs
    head = next((j for j in range(i + 1, end) if "&" in _TEX_COMMENT.sub("", lines[j])), i)
    first = max(i, min(head, end - len(table)))
    slots = end - first
    if len(table) > slots:  # more rows than the environment has lines: the last line holds the rest
        table = table[:slots - 1] + [" ".join(table[slots - 1:])]
    for k, text in enumerate(table):
        out[first + k] = text
    return end


# ---- Textile (Redmine, Textpattern) --------------------------------------------------------------------
_TEXTILE_HEADING = re.compile(r"^h([1-6])(?:\([^)]*\)|\{[^}]*\}|[<>=]+)*\.\s+(\S.*)$")
# what only Textile writes: a header cell "|_.", a styled paragraph "p(warning). ", a quote "bq. ", a footnote
# "fn1. ", an image alone "!x.png!", a Redmine macro line "{{toc}}", "{{collapse(...)"
_TEXTILE_MARK = re.compile(r"^(\|_\.|p(\([^)]*\)|\{[^}]*\}|[<>=]+)*\.\s|bq\.\s|fn\d+\.\s|![^!\s]+!\s*$|\{\{)")
_TEXTILE_BLOCK = re.compile(r"^(?:p|bq|fn\d+|bc|pre)(?:\([^)]*\)|\{[^}]*\}|[<>=]+)*\.\s+")
_TEXTILE_LIST = re.compile(r"^([#*]+)\s+(\S.*)$")
_TEXTILE_COLLAPSE = re.compile(r"^\{\{collapse\((.*?)\)\s*$")
_TEXTILE_CELL = re.compile(r"^(?:_|[\\/]\d+|[<>=^~-]|\([^)]*\)|\{[^}]*\})+\.\s*")
_TEXTILE_SPAN = re.compile(r"^[\\/]\d+")
_TEXTILE_LINK = re.compile(r'"([^"]+)":(?:\S+?)(?=[\s,;)]|[.!?](?:\s|$)|$)')
_TEXTILE_WIKI = re.compile(r"\[\[([^|\]]*)(?:\|([^\]]*))?\]\]")


def _textile(lines: list[str]) -> list[str]:
    out: list[str] = []
    counters: list[int] = []
    spans: dict[int, str] = {}  # a table cell marked to span ("\2.", "/2."), by column: carried to a short row below
    level, code = 1, False
    for ln in lines:
        if re.match(r"^\s*</?pre>\s*$", ln):
            code = not ln.strip().startswith("</")
            out.append("```")
            continue
        if code:
            out.append(ln)
            continue
        if (m := _TEXTILE_HEADING.match(ln)) is not None:
            level = int(m.group(1))
            out.append("#" * level + " " + _textile_inline(m.group(2)))
            counters, spans = [], {}
            continue
        if (m := _TEXTILE_COLLAPSE.match(ln)) is not None:  # Redmine's collapsed block: its title heads it
            out.append("#" * min(level + 1, 6) + " " + _textile_inline(m.group(1)))
            continue
        if ln.strip().startswith("|") and ln.strip().endswith("|"):
            raw = [c.strip() for c in ln.strip()[1:-1].split("|")]
            cells = [_textile_inline(_TEXTILE_CELL.sub("", c)) for c in raw]
            if spans and len(cells) < max(spans) + 1:
                for k in sorted(spans):
                    if k <= len(cells):
                        cells.insert(k, spans[k])
            spans = {k: cells[k] for k, c in enumerate(raw) if _TEXTILE_SPAN.match(c)}
            out.append(_row(cells, len(cells)))
            continue
        spans = {}
        if (m := _TEXTILE_LIST.match(ln)) is not None:
            depth, text = len(m.group(1)), _textile_inline(m.group(2))
            line, counters = _list_item(counters, depth, m.group(1)[-1] == "#", text)
            out.append(line)
            continue
        if ln.strip():
            counters = []
        stripped = ln.strip()
        if re.match(r"^(\{\{[^}]*\}\}|\}\}|![^!\s]+!)$", stripped):  # a macro ("{{>toc}}"), a block's end, an image
            out.append("")
            continue
        out.append(_textile_inline(_TEXTILE_BLOCK.sub("", stripped)) if stripped else "")
    return _textile_tables(out)


def _textile_tables(out: list[str]) -> list[str]:
    """Each run of table rows under a Markdown header rule: the header moved up onto the blank line before the
    table where there is one (a text right under the table is then no row of it), else the rows moved down
    onto the blank line after it."""
    i = 0
    while i < len(out):
        if not out[i].startswith("| "):
            i += 1
            continue
        j = i
        while j < len(out) and out[j].startswith("| "):
            j += 1
        rule = "|" + "---|" * (out[i].count(" | ") + 1)
        if i > 0 and not out[i - 1].strip():
            out[i - 1:i + 1] = [out[i], rule]
        else:
            out[i:j] = _tables(out[i:j] + [""], _org_rows)[: j - i] if j < len(out) and not out[j].strip() else out[i:j]
        i = j
    return out


def _textile_inline(text: str) -> str:
    text = _TEXTILE_LINK.sub(r"\1", text)
    text = _TEXTILE_WIKI.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"**\1**", text)  # *bold*: Markdown's **bold**
    text = re.sub(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])", r"\1", text)  # _emphasis_
    text = re.sub(r"(?<![\w@])@(?=\S)([^@]+?)(?<=\S)@(?![\w@])", r"\1", text)  # @code@
    text = re.sub(r"~(?=\S)([^~\s]{1,12})~|\^(?=\S)([^^\s]{1,12})\^", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"%\{[^}]*\}(.*?)%", r"\1", text)  # a styled span
    return text.rstrip()
