"""Markdown guides -> `Document`, through a CommonMark parser (markdown-it-py) and its line maps.

ATX and setext headings, lists (with their numbers), pipe tables and raw HTML tables, block quotes and
callouts, code blocks. Kept out: breadcrumbs, link-only tables of contents, HTML comments, boilerplate
lines. A short paragraph that is only bold ("**Symptoms**") or only a label ("Workflow:") is a
sub-heading; consecutive lines that each open with a label ("**Cause:** ...", "Q: ...") are blocks of
their own, so Symptom / Cause / Solution written on consecutive lines stay three blocks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.corpus import boilerplate, roles
from assistant.corpus.document import Block, Document
from assistant.corpus.readers import in_series, settle_run_ins, utf8_text

if TYPE_CHECKING:
    from markdown_it.token import Token

_LABEL_ONLY = re.compile(r"^(?:\*\*)?[A-Z][\w .()/&,-]{0,60}:(?:\*\*)?$")
_BOLD_ONLY = re.compile(r"^(\*\*|__)[^*_]{1,80}\1:?$|^(\*\*|__)[^*_]{1,80}:\2$")  # "**Symptoms**", "**Fix:**"
_BOLD_LEAD = re.compile(r"^(\*\*|__)([^*_]{3,120}?\.)\1\s+(\S.*)$")  # a bold opening sentence, then text
_LABEL_LINE = re.compile(r"^(?:\*\*|__)?[A-Z][\w ()/&-]{0,30}\d*\s*[:.](?:\*\*|__)?\s")  # opens its own block
_CALLOUT = re.compile(r"^\[!(\w+)\]\s*")
_BREADCRUMB = re.compile(r"^[^>»›\n]{1,40}(?:\s+[>»›/]\s+[^>»›\n]{1,80}){2,}$")
_LINK_ONLY = re.compile(r"^\s*\[[^\]]+\]\(#[^)]*\)\s*$")
_ATTRIBUTES = re.compile(r"\s*\{[#.][^}]*\}\s*$")  # Pandoc / kramdown heading attributes: "Troubleshooting {#sec-x}"
_IMAGE_ONLY = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")


def read(data: bytes, name: str) -> Document:
    """Read a Markdown guide (UTF-8)."""
    blocks, dropped = parse_markdown(utf8_text(data, name, "a Markdown guide"))
    return Document("markdown", blocks, dropped=dropped)


def _untagged(inline: Token) -> str:
    """An inline's text without the HTML tags in it (a <span> around a quote, <sub> in "H<sub>2</sub>O", a <br>
    read as a space): the tags markdown-it found, so "USP <921>" or "< 5 °C" stay; its line breaks kept."""
    text, at, out = inline.content, 0, []
    for tag in (c.content for c in inline.children or [] if c.type == "html_inline"):
        if (k := text.find(tag, at)) < 0:
            continue
        out += [text[at:k], " " if re.match(r"<br\b", tag, re.IGNORECASE) else "\n" * tag.count("\n")]
        at = k + len(tag)
    return "".join([*out, text[at:]])


def parse_markdown(text: str) -> tuple[list[Block], list[str]]:
    """The guide's blocks in reading order, and what was left out as boilerplate."""
    from markdown_it import MarkdownIt

    # Lines as an editor counts them: CRLF is one break, a lone CR is not a break at all.
    text = re.sub(r"\r(?!\n)", " ", text).replace("\r\n", "\n")
    text, title, dropped = _pandoc(text)
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)
    for t in tokens:
        if t.type == "inline":
            t.content = _untagged(t)
    r = _Reader(tokens)
    r.dropped += dropped
    r.walk()
    r.blocks = settle_run_ins(_toggles(r.blocks, r.depth), r.run_ins)
    if title and sum(b.kind == "heading" and b.level == 1 for b in r.blocks) != 1:
        # the front matter's title is the guide's, and every H1 a section (one H1 alone is the title)
        return [Block("heading", title, 1, 1, level=0), *_normalise_levels(r.blocks, titled=True)], r.dropped
    return _normalise_levels(r.blocks), r.dropped


_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)\s*$", re.MULTILINE)
_YAML_LINE = re.compile(r"^(?:[\w-]+\s*:|\s+\S|-\s|#)")  # "key: value", an indented or "- " continuation, a comment
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(.+?)[\"']?\s*$", re.MULTILINE)
_DIV_FENCE = re.compile(r"^:{3,}\s*(?:\{([^}]*)\}|([\w-]+))?\s*$")
_DIV_TITLE = re.compile(r"""title\s*=\s*["']([^"']+)["']""")


def _pandoc(text: str) -> tuple[str, str, list[str]]:
    """Pandoc / Quarto / R Markdown / Jekyll / MkDocs extensions CommonMark does not know, each line kept in
    place (line numbers stay the file's): YAML front matter out (its `title:` kept), a fenced div's `:::`
    lines out (a callout's title kept as a sentence of its own), an executable chunk (```{r}) left for the
    reader to drop, MkDocs admonitions and tabs as headings over their text (_mkdocs)."""
    dropped: list[str] = []
    title = ""
    lines = text.split("\n")
    substitutions: dict[str, str] = {}
    values: dict[str, str] = {}  # the front matter's top-level keys, for Jekyll's {{ page.key }}
    if lines and lines[0].strip() == "+++":  # Hugo's TOML front matter
        end = next((k for k in range(1, min(len(lines), 200)) if lines[k].strip() == "+++"), 0)
        if end:
            if m := _TOML_TITLE.search("\n".join(lines[1:end])):
                title = m.group(1).strip()
            lines[: end + 1] = [""] * (end + 1)
            dropped.append("front matter")
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, min(len(lines), 200)) if _FRONT_MATTER_END.match(lines[k])), 0)
        if end and all(_YAML_LINE.match(ln) for ln in lines[1:end] if ln.strip()):  # YAML, not a rule and text
            if m := _FRONT_TITLE.search("\n".join(lines[1:end])):
                title = m.group(1).strip()
            substitutions = _substitutions(lines[1:end])
            values = _front_values(lines[1:end])
            lines[: end + 1] = [""] * (end + 1)
            dropped.append("front matter")
    _liquid(lines, values)
    _myst(lines, substitutions)
    _mkdocs(lines)
    level = 1
    for k, line in enumerate(lines):
        if h := _ATX.match(line):
            level = len(h.group(1))
        if m := _SHORTCODE_LINE.match(line):
            lines[k] = _shortcode(m, level)
        elif m := _DIV_FENCE.match(line):
            label = _DIV_TITLE.search(m.group(1) or "")
            lines[k] = ""
            if label:
                t = label.group(1).strip()
                lines[k] = t if t[-1:] in ".:!?" else f"{t}:"
        elif m := _CONTAINER.match(line):  # ":::spoiler Lamp does not strike": a heading over what it holds
            lines[k] = f"{'#' * min(level + 1, 6)} {(m.group(1) or m.group(2)).strip()}"
        else:
            lines[k] = _extended(_SHORTCODE.sub("", line))
    return "\n".join(lines), title, dropped


_TOML_TITLE = re.compile(r"^title\s*=\s*[\"']([^\"']+)[\"']\s*$", re.MULTILINE)
# Hugo shortcodes: "{{% alert title="Never" %}}", "{{< faq q="Can I ...?" >}}", "{{% /tab %}}", "{{< ref "x.md" >}}"
_SHORTCODE_LINE = re.compile(r"^\s*\{\{([<%])\s*(/?)([\w./-]+)(.*?)\s*[>%]\}\}\s*$")
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}")
_SHORTCODE_NAME = re.compile(r"""\b(?:title|header|q|question|summary)\s*=\s*(?:"([^"]+)"|'([^']+)')""")
_SHORTCODE_CAPTION = re.compile(r"""\bcaption\s*=\s*(?:"([^"]+)"|'([^']+)')""")
_SHORTCODE_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]+)"|'([^']+)')""")


def _shortcode(m: re.Match[str], level: int) -> str:
    """A line that is one Hugo shortcode: one with a title (an alert, a tab, an FAQ's question) heads what it
    frames, a figure is its caption, the rest (closings, `pageinfo`, `tabpane`) nothing."""
    if m.group(2):
        return ""
    attributes = m.group(4)
    if name := _SHORTCODE_NAME.search(attributes):
        return f"{'#' * min(level + 1, 6)} {(name.group(1) or name.group(2)).strip()}"
    if m.group(3) == "figure" and (caption := _SHORTCODE_CAPTION.search(attributes) or
                                   _SHORTCODE_ALT.search(attributes)):
        return (caption.group(1) or caption.group(2)).strip()
    return ""


# HackMD, VuePress and Docusaurus containers with a title (":::spoiler Title", ":::tip Title", ":::note[Title]")
_CONTAINER = re.compile(r"^:{3,}\s*[A-Za-z][\w-]*\s*(?:\[([^\]]+)\]|\s(.*\S))\s*$")
# Inline extensions CommonMark does not know (Pandoc, HackMD): "CH~2~Cl~2~", "^1^H", "==stop at 90 %==",
# HackMD's "[name=Ann] [time=...] [color=...]" tags, "[TOC]", ":bulb:" emoji codes
_SUB_SUP = re.compile(r"(?<=\S)~([^\s~]{1,6})~|\^([^\s^]{1,6})\^")
_MARK = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_HACKMD_TAG = re.compile(r"\s*\[(?:name|time|color)=[^\]]*\]|^\s*\[TOC\]\s*$"
                         r"|(?<![\w:]):(?=[\w+-]*[a-z])[a-z0-9_+-]{2,30}:(?![\w:])")


def _extended(line: str) -> str:
    """A line with Pandoc's and HackMD's inline extensions read as their text."""
    line = _SUB_SUP.sub(lambda m: m.group(1) or m.group(2), line)
    return _HACKMD_TAG.sub("", _MARK.sub(r"\1", line))


# Jekyll: Liquid tags ("{% include x.html %}", "{% if ... %}"), comments and highlight blocks, "{{ page.key }}"
# variables; kramdown attribute lists ("{: .note }" on a line of its own or after a paragraph) and "{:toc}"
_LIQUID_TAG = re.compile(r"(?<!\{)\{%-?\s*(\w+)[^%]*?-?%\}(?!\})")  # not Hugo's "{{% alert %}}"
_LIQUID_VARIABLE = re.compile(r"\{\{-?\s*(page|site|include|layout)\.([\w.-]+)[^}]*?-?\}\}")
_KRAMDOWN_ATTRIBUTES = re.compile(r"\s*\{:[^}]*\}")
_FRONT_VALUE = re.compile(r"^([\w-]+)\s*:\s*[\"']?([^\"'#]+?)[\"']?\s*$")


def _front_values(front: list[str]) -> dict[str, str]:
    """The top-level `key: value` pairs of a YAML front matter."""
    return {m.group(1): m.group(2) for ln in front if (m := _FRONT_VALUE.match(ln))}


def _liquid(lines: list[str], values: dict[str, str]) -> None:
    """Jekyll's Liquid and kramdown's markup, each line kept in place: a comment left out with what it holds, a
    highlight block made a code fence, other tags left out, a page variable filled in from the front matter (or
    left out), attribute lists and the "{:toc}" marker (with its placeholder line) left out."""
    comment = False
    for k, line in enumerate(lines):
        if "{:toc}" in line or (k + 1 < len(lines) and lines[k + 1].strip() == "{:toc}"):
            lines[k] = ""  # kramdown's generated contents and the list item standing in for it
            continue
        if "{%" not in line and "{{" not in line and "{:" not in line and not comment:
            continue
        out, at = [], 0
        for m in _LIQUID_TAG.finditer(line):
            if not comment:
                out.append(line[at:m.start()])
            name = m.group(1)
            comment = name == "comment" or (comment and name != "endcomment")
            out.append({"highlight": "```", "endhighlight": "```"}.get(name, "") if not comment else "")
            at = m.end()
        if not comment:
            out.append(line[at:])
        text = "".join(out)
        text = _LIQUID_VARIABLE.sub(lambda m: values.get(m.group(2).split(".")[-1], ""), text)
        lines[k] = _KRAMDOWN_ATTRIBUTES.sub("", text) if "{:" in text else text


_SUBSTITUTION = re.compile(r"\{\{\s*([\w.-]+)\s*\}\}")
_ROLE = re.compile(r"\{[\w:-]+\}`([^`]*)`")  # {ref}`text <target>`, {math}`A = ...`, {sub}`2`
_LABEL = re.compile(r"^\s*\(([\w.:-]+)\)=\s*$")  # "(ch-uvvis)=": a target for cross-references
_DIRECTIVE = re.compile(r"^(\s*)(`{3,}|:{3,})\{([\w-]+)\}\s*(.*)$")  # ```{note} Title, :::{dropdown} Title
_OPTION = re.compile(r"^\s*:[\w-]+:")  # ":header-rows: 1"
# a fence naming a programming language holds a program ("```python", "```bash", "``` r"), not bench text
_PROGRAM = re.compile(r"(?i)^(python\d?|py|ipython\d?|pycon|r|julia|jl|javascript|js|typescript|ts|bash|sh|shell|zsh|"
                      r"console|powershell|ps1|bat|matlab|octave|c|cpp|c\+\+|java|go|rust|sql|perl|ruby|php|json|"
                      r"yaml|yml|toml|xml|css|vba|vb|csharp|cs|scala|kotlin|swift|makefile|dockerfile)\b")

# the directives that hold text (in ``` fences, other names are code: "```{r}", "```{code-cell}")
_TEXT_DIRECTIVES = {"note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
                    "seealso", "admonition", "dropdown", "card", "margin", "sidebar", "topic", "epigraph",
                    "list-table", "div", "tab-item", "grid-item-card"}


def _substitutions(front: list[str]) -> dict[str, str]:
    """A MyST page's `substitutions:` from its front matter (one level: "  key: value")."""
    out: dict[str, str] = {}
    inside = False
    for ln in front:
        if re.match(r"^substitutions\s*:\s*$", ln):
            inside = True
        elif inside and (m := re.match(r"^\s+([\w.-]+)\s*:\s*(.*?)\s*$", ln)):
            out[m.group(1)] = m.group(2).strip("\"'")
        elif ln.strip() and not ln.startswith((" ", "\t")):
            inside = False
    return out


def _myst(lines: list[str], substitutions: dict[str, str]) -> None:
    """MyST (Jupyter Book) markup, each line kept in place: substitutions filled in, roles read as their text,
    labels out; a directive with a title (a dropdown, an admonition) becomes a heading over its text, a
    list-table a pipe table, a code cell stays code for the reader to drop; options and fences out."""
    level = 1
    k = 0
    while k < len(lines):
        line = _SUBSTITUTION.sub(lambda m: substitutions.get(m.group(1), m.group(0)), lines[k])
        line = _ROLE.sub(lambda m: re.sub(r"\s*<[^>]*>\s*$", "", m.group(1)) or m.group(1), line)
        lines[k] = "" if _LABEL.match(line) else line
        if h := _ATX.match(lines[k]):
            level = len(h.group(1))
        m = _DIRECTIVE.match(lines[k])
        if m is None or (m.group(2)[0] == "`" and m.group(3) not in _TEXT_DIRECTIVES):
            k += 1
            continue
        fence, name, argument = m.group(2), m.group(3), m.group(4).strip()
        end = next((j for j in range(k + 1, len(lines)) if lines[j].strip() == fence), len(lines))
        body = k + 1
        while body < end and _OPTION.match(lines[body]):
            body += 1
        lines[k] = f"{'#' * min(level + 1, 6)} {argument}" if argument and name != "list-table" else ""
        lines[k + 1:body] = [""] * (body - k - 1)
        if name == "list-table":
            _list_table(lines, k, body, end, argument)
        if end < len(lines):
            lines[end] = ""
        k = body


def _list_table(lines: list[str], at: int, body: int, end: int, caption: str) -> None:
    """A MyST list-table ("* - cell" rows of "  - cell" cells) rewritten as a pipe table in its own lines."""
    rows: list[list[str]] = []
    for ln in lines[body:end]:
        if m := re.match(r"^\*\s+-\s+(.*)$", ln):
            rows.append([m.group(1).strip()])
        elif rows and (m := re.match(r"^\s+-\s+(.*)$", ln)):
            rows[-1].append(m.group(1).strip())
        elif rows and ln.strip():
            rows[-1][-1] += " " + ln.strip()
    out = ([f"{caption}:", ""] if caption else []) + [
        "| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows[:1]] + [
        "|" + " --- |" * len(rows[0]) if rows else ""] + [
        "| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows[1:]]
    span = list(range(at, end))
    for j in span:
        lines[j] = ""
    for j, text in zip(span, out, strict=False):
        lines[j] = text


_ADMONITION = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+"([^"]*)")?\s*$')  # MkDocs / Python-Markdown
_TAB = re.compile(r'^(\s*)===\+?\s+"([^"]*)"\s*$')  # a content tab (pymdownx.tabbed)
_SNIPPET = re.compile(r"^\s*-{2}8<-{2}")  # a snippet include ("--8<-- "file.md"")
_ABBREVIATION = re.compile(r"^\*\[[^\]]+\]:\s")  # "*[HATU]: hexafluorophosphate ..."
_ATX = re.compile(r"^(#{1,6})\s")


def _mkdocs(lines: list[str]) -> None:
    """MkDocs-Material extensions, each line kept in place: an admonition ("!!! warning "Title"", a collapsible
    "??? failure "Symptom"") or a content tab ("=== "Tab"") becomes a heading under the section it sits in
    (none for an admonition without a title), and its indented body is read as text, not as code; snippet
    includes and abbreviation definitions are left out."""
    level = 1  # the level of the last Markdown heading
    bodies: list[int] = []  # the indent of each open admonition or tab body
    for k, line in enumerate(lines):
        if line.strip():
            while bodies and len(line) - len(line.lstrip()) < bodies[-1]:
                bodies.pop()
        m = _ADMONITION.match(line) or _TAB.match(line)
        if m is not None:
            title = (m.group(2) or "").strip()
            lines[k] = f"{'#' * min(level + len(bodies) + 1, 6)} {title}" if title else ""
            bodies.append(len(m.group(1)) + 4)
            continue
        if bodies and line.strip():
            lines[k] = line[bodies[-1]:]
        if h := _ATX.match(lines[k]):
            level = len(h.group(1)) if not bodies else level
        elif _SNIPPET.match(line) or _ABBREVIATION.match(line):
            lines[k] = ""


def _toggles(blocks: list[Block], depth: dict[int, tuple[int, int]]) -> list[Block]:
    """A toggle list (Notion, outliners): bullets that each hold bullets of their own, two or more in one
    list, name what their bullets are about ("Product is a sticky film" over its fixes); each heads its own.
    A sentence over its bullets ("Amines streak on silica." over the fixes) stays an item, and so do a
    numbered step with sub-bullets and a lone one."""
    def toggle(k: int, b: Block) -> bool:
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        return (b.kind == "item" and not b.number and len(b.text.split()) <= 15 and b.text.rstrip()[-1:] not in ".:;,"
                and nxt is not None and nxt.kind == "item"
                and depth.get(id(nxt), (0, 0))[0] > depth.get(id(b), (0, 0))[0])

    out = list(blocks)
    for k in sorted(in_series(blocks, [toggle(k, b) for k, b in enumerate(blocks)])):
        b = blocks[k]
        out[k] = Block("heading", b.text, b.start, b.end, level=min(depth[id(b)][1] + 1, 7))
    return out


class _Reader:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.blocks: list[Block] = []
        self.dropped: list[str] = []
        self.level = 1  # of the last real heading: a bold or "Label:" paragraph is a sub-heading below it
        self.tables = 0
        self.items: list[Block | None] = []  # the open list items, innermost last (None: not yet emitted)
        self.numbers: list[str] = []
        self.run_ins: set[int] = set()  # ids of run-in headings (a bold opening sentence): readers.settle_run_ins
        self.depth: dict[int, tuple[int, int]] = {}  # id of an item -> how deep its list is, the heading level

    def walk(self) -> None:
        toks, i = self.tokens, 0
        while i < len(toks):
            t = toks[i]
            if t.type == "heading_open":
                self.level = int(t.tag[1])
                name = _ATTRIBUTES.sub("", toks[i + 1].content).strip() or toks[i + 1].content
                self._add(Block("heading", name, *_lines(t), level=self.level))
                i += 3
                continue
            if t.type in ("bullet_list_open", "ordered_list_open") and self._is_toc(i):
                i = self._skip(i, "table of contents")
                continue
            if t.type == "list_item_open":
                self.numbers.append(t.info)
                self.items.append(None)
            elif t.type == "list_item_close":
                self.numbers.pop()
                self.items.pop()
            elif t.type == "paragraph_open":
                self._paragraph(t, toks[i + 1])
                i += 3
                continue
            elif t.type == "table_open":
                i = self._table(i)
                continue
            elif t.type == "html_block":
                self._html(t)
            elif t.type == "fence" and t.info.strip().startswith("{"):
                self.dropped.append("code chunks")  # ```{r}: code a notebook runs, not text for the bench
            elif t.type == "fence" and _PROGRAM.match(t.info.strip()):
                self.dropped.append("code blocks")  # ```python: a program, not text for the bench
            elif t.type in ("fence", "code_block") and t.content.strip():
                self._preformatted(t)
            i += 1

    def _add(self, b: Block) -> None:
        self.blocks.append(b)

    def _preformatted(self, t: Token) -> None:
        """A code block of text (a notebook's printed output, an instrument's settings): one paragraph a line
        when its lines are lines ("150 °C: 74 mL more oil"), one paragraph when they wrap a text."""
        start, end = _lines(t)
        rows = [(k, " ".join(ln.split())) for k, ln in enumerate(t.content.split("\n")) if ln.strip()]
        wrapped = any(b[:1].islower() for _, b in rows[1:])
        if wrapped or len(rows) < 2:
            self._add(Block("paragraph", " ".join(t.content.split()), start, end))
            return
        first = start + 1 if t.type == "fence" else start  # (a fence's own line comes first)
        for k, row in rows:
            self._add(Block("paragraph", row, first + k, first + k))

    def _paragraph(self, open_: Token, inline: Token) -> None:
        first = (open_.map or [0, 1])[0] + 1
        lines = inline.content.split("\n")
        if self.items:  # a paragraph of a list item: the item's text (a second paragraph joins the first)
            start, end = first, first + len(lines) - 1
            text = " ".join(ln.strip() for ln in lines if ln.strip())
            prev = self.items[-1]
            if prev is None:
                b = Block("item", text, start, end, number=self.numbers[-1])
            else:
                self.blocks.remove(prev)
                b = Block("item", f"{prev.text} {text}", prev.start, end, number=prev.number)
            self.items[-1] = b
            self.depth[id(b)] = (len(self.items), self.level)
            self._add(b)
            return
        groups: list[tuple[int, list[str]]] = []
        for k, raw in enumerate(lines):
            line = raw.strip()
            if k == 0 and (m := _CALLOUT.match(line)):
                line = line[m.end():]
                if not line:
                    continue
            if not line or boilerplate.is_boilerplate_line(line):
                if line:
                    self.dropped.append("boilerplate lines")
                groups.append((first + k + 1, []))
                continue
            if not groups or not groups[-1][1] or _LABEL_LINE.match(line) or roles.QUESTION.match(line) \
                    or roles.ANSWER.match(line):
                groups.append((first + k, [line]))
            else:
                groups[-1][1].append(line)
        for start, group in groups:
            if group:
                self._text_block(" ".join(group), start, start + len(group) - 1)

    def _text_block(self, text: str, start: int, end: int) -> None:
        if _BREADCRUMB.match(text) and not any(b.kind != "heading" for b in self.blocks):
            self.dropped.append("breadcrumb")
            return
        if _IMAGE_ONLY.match(text) or boilerplate.is_figure(text):
            self._add(Block("figure", text, start, end))
        elif (m := _BOLD_LEAD.match(text)) and roles.names_entry(m.group(2)):
            # "**Black precipitate within 15 min.** Pd(0) aggregated ...": the bold sentence names the entry
            head = Block("heading", m.group(2), start, start, level=min(self.level + 1, 7))
            self.run_ins.add(id(head))
            self._add(head)
            self._add(Block("paragraph", m.group(3), start, end))
        elif start == end and (_BOLD_ONLY.match(text) or _LABEL_ONLY.match(text)) and not roles.QUESTION.match(text):
            title = text.strip("*_ ").rstrip(":").strip("*_ ")
            self._add(Block("heading", title, start, end, level=min(self.level + 1, 7)))
        else:
            self._add(Block("paragraph", text, start, end))

    def _table(self, i: int) -> int:
        self.tables += 1
        cells: list[str] = []
        row_map: list[int] = [0, 1]
        while self.tokens[i].type != "table_close":
            t = self.tokens[i]
            if t.type == "tr_open":
                cells, row_map = [], t.map or row_map
            elif t.type == "inline":
                cells.append(t.content.strip())
            elif t.type == "tr_close":
                self._add(Block("row", " | ".join(cells), row_map[0] + 1, row_map[1], cells=tuple(cells),
                                table=self.tables))
            i += 1
        return i + 1

    def _html(self, t: Token) -> None:
        """A raw HTML block: a table becomes rows; other markup its text; comments nothing."""
        src = t.content.strip()
        if not src or src.startswith("<!--"):
            return
        from lxml import html as lxml_html

        first = (t.map or [0, 1])[0] + 1
        try:
            root = lxml_html.fragment_fromstring(src, create_parent="div")
        except Exception:  # lxml raises several types on broken markup: then it is plain text
            return
        summary = root.xpath(".//summary")
        if summary and (name := " ".join(summary[0].text_content().split())):
            # a collapsible block (<details>): its summary names what the block holds, like a heading
            self._add(Block("heading", name, first, first, level=min(self.level + 1, 7)))
            summary[0].drop_tree()
        rows = root.xpath(".//tr")
        if rows:
            self.tables += 1
            for tr in rows:
                cells = tuple(" ".join(td.text_content().split()) for td in tr.xpath("./th|./td"))
                line = first + (tr.sourceline or 1) - 1
                self._add(Block("row", " | ".join(cells), line, line, cells=cells, table=self.tables))
            return
        text = " ".join(root.text_content().split())
        if text:
            self._add(Block("paragraph", text, first, (t.map or [0, 1])[1]))

    def _is_toc(self, i: int) -> bool:
        """A list whose every item is only a link to an anchor of the page: a table of contents."""
        depth, links, items = 0, 0, 0
        for t in self.tokens[i:]:
            depth += t.nesting
            if t.type == "inline":
                items += 1
                links += bool(_LINK_ONLY.match(t.content))
            if depth == 0:
                break
        return items >= 2 and links == items

    def _skip(self, i: int, what: str) -> int:
        depth = 0
        while True:
            depth += self.tokens[i].nesting
            i += 1
            if depth == 0:
                break
        self.dropped.append(what)
        return i


def _lines(t: Token) -> tuple[int, int]:
    a, b = t.map or [0, 1]
    return a + 1, max(a + 1, b)


def _normalise_levels(blocks: list[Block], titled: bool = False) -> list[Block]:
    """The first H1 is the guide's title (level 0) unless the guide has one already (`titled`); the rest
    shift so the top section is level 1."""
    heads = [b.level for b in blocks if b.kind == "heading"]
    if not heads:
        return blocks
    top = min(heads)
    out: list[Block] = []
    shift = 2 if top == 1 and not titled else top  # an H1 title taken out: H2 is the top section
    titled = titled or top != 1  # only an H1 is a title; guides that start at H2 have none
    for b in blocks:
        if b.kind == "heading":
            if not titled and b.level == top:
                titled = True
                out.append(Block("heading", b.text, b.start, b.end, level=0))
                continue
            level = max(1, b.level - shift + 1)
            out.append(Block("heading", b.text, b.start, b.end, level=level))
        else:
            out.append(b)
    return out
