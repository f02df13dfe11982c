"""One reader per file format, each turning a file's bytes into the one `Document` model.

Readers are imported only when a guide of their format is parsed (`assistant index`), never on `ask`.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
from pathlib import Path

from assistant.corpus import roles
from assistant.corpus.document import Block, Document

# suffix -> reader module (assistant.corpus.readers.<name>), each with `read(data: bytes, name: str) -> Document`
READERS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    # plain text in a lightweight markup, a transcript or a tab-separated sheet: the text reader tells which
    ".rst": "text",
    ".rest": "text",
    ".org": "text",
    ".adoc": "text",
    ".asciidoc": "text",
    ".typ": "text",
    ".tex": "text",
    ".vtt": "text",
    ".tsv": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    # a web page saved as one file (MIME); a wiki's "Export to Word" .doc is one too (a binary .doc is refused)
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".doc": "mhtml",
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".rtf": "rtf",
    ".odt": "odt",
    ".ipynb": "ipynb",
    ".eml": "mail",
    ".csv": "sheet",
}


def utf8_text(data: bytes, name: str, what: str) -> str:
    """A text guide's bytes as text: UTF-8 (a BOM allowed), else Windows-1252 (what Notepad and Word save as
    "ANSI" text: "25 \xb0C" is 25 °C); binary or any other encoding is a CorpusError."""
    from assistant.errors import CorpusError

    if b"\x00" in data[:8192]:
        raise CorpusError(f"{name}: looks binary, not {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise CorpusError(f"{name}: neither UTF-8 nor Windows-1252 text ({e.reason} at byte {e.start})") from None


def read(path: Path, data: bytes) -> Document:
    """The file's `Document`; a file its reader cannot read raises CorpusError with the reason."""
    module = importlib.import_module(f"assistant.corpus.readers.{READERS[path.suffix.lower()]}")
    doc: Document = module.read(data, path.name)
    if doc.format != "text" or doc.markup:  # plain text infers its heading levels in the chunker: left as it is
        doc = replace(doc, blocks=described_terms(dashed_run_ins(numbered_levels(numbered_headings(doc.blocks)))))
    return doc


_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def numbered_levels(blocks: list[Block]) -> list[Block]:
    """Numbered section headings take their level from their number ("2." a sibling of "1.", "2.1" a child of
    "2."), whatever their look (a Word file with styled headings in places and plain bold ones in others);
    an unnumbered heading below a numbered one keeps its depth under it. Only when three or more headings,
    two of them top-level ("1.", "2."), are numbered."""
    numbers = {k: m.group(1).split(".") for k, b in enumerate(blocks)
               if b.kind == "heading" and b.level > 0 and (m := _SECTION_NUMBER.match(b.text))}
    tops = [k for k, parts in numbers.items() if len(parts) == 1]
    if len(numbers) < 3 or len(tops) < 2:
        return blocks
    base = min(blocks[k].level for k in tops)
    out = list(blocks)
    last: tuple[int, int] | None = None  # the last numbered heading: its level as read, and as numbered
    for k, b in enumerate(blocks):
        if b.kind != "heading" or b.level == 0:
            continue
        if k in numbers:
            level = base + len(numbers[k]) - 1
            last = (b.level, level)
        elif last is not None and b.level > last[0]:
            level = last[1] + b.level - last[0]
        elif last is not None:
            level = min(b.level, last[1])
        else:
            continue
        out[k] = replace(b, level=level)
    return out


def _title_item(b: Block) -> bool:
    """A numbered item that reads as a section title: a few words, capitalised, no closing punctuation."""
    t = b.text.strip()
    return (b.kind == "item" and b.number.isdigit() and 0 < len(t.split()) <= 8 and len(t) <= 70
            and t[0].isupper() and t[-1] not in ".:;,")


def numbered_headings(blocks: list[Block]) -> list[Block]:
    """Section titles set as numbered list items ("1 Purpose and scope", "4 Procedure A: ...", bold at body
    size in an SOP exported to PDF) head their sections: three or more short items numbered 1, 2, 3, ...
    through the document, each followed by its own text or by steps numbered from 1 again. A list of short
    items one after another ("1. Dry DCM 2. Et3N 3. TBSCl") stays a list."""
    chain: list[int] = []
    for i, b in enumerate(blocks):
        if _title_item(b) and b.number == str(len(chain) + 1):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and (nxt.kind == "paragraph" or (nxt.kind == "item" and nxt.number == "1"
                                                                  and not _title_item(nxt))):
                chain.append(i)
    if len(chain) < 3:
        return blocks
    out = list(blocks)
    base = next((b.level for b in reversed(blocks[: chain[0]]) if b.kind == "heading"), 0)
    for i in chain:
        b = blocks[i]
        out[i] = Block("heading", f"{b.number}. {b.text}", b.start, b.end, level=base + 1, page=b.page,
                       page_end=b.page_end)
    return out


# "Sharps – Needles must never ...": a short capitalised label, an en or em dash, then the text
# A description list's entry as a paragraph or bullet: "Overpressure abort :: The solvent is too volatile ..."
# (Org-mode "- term :: definition", AsciiDoc "term::" over its definition, as readers.lightmarkup writes them).
_DESCRIBED = re.compile(r"^(?P<term>\S[^\n]{0,150}?)\s+::(?:\s+(?P<text>\S.*))?$", re.DOTALL)


def described_terms(blocks: list[Block]) -> list[Block]:
    """Description-list entries, two or more under one heading (a troubleshooting list, a glossary, an FAQ
    written as "question :: answer"), are each headed by their term; the definition is the text under it."""
    def entry(b: Block) -> tuple[str, str] | None:
        m = _DESCRIBED.match(b.text) if b.kind in ("paragraph", "item") else None
        return (m.group("term").strip(), (m.group("text") or "").strip()) if m else None

    return _headed(blocks, [entry(b) for b in blocks])


_DASHED = re.compile(r"^(?P<label>[A-Z][^\s.:;!?–—]*(?: [^\s.:;!?–—]+){0,4}) [–—] (?P<text>[A-Z(\"“‘'].*)$", re.DOTALL)


def dashed_run_ins(blocks: list[Block]) -> list[Block]:
    """Paragraphs (or bullets) each opening with a short label and a dash, two or more under one heading
    (house rules, an SOP's notes on each piece of equipment, "Aqueous waste – ..."), are each headed by their
    label; a lone one keeps its label in its text ("The shaker – it is old – ..." is a sentence, not an entry)."""
    def entry(b: Block) -> tuple[str, str] | None:
        m = _DASHED.match(b.text) if b.kind == "paragraph" or (b.kind == "item" and not b.number) else None
        if not m or roles.run_in(f"{m.group('label')}: x") is not None:
            return None
        return m.group("label"), b.text[len(m.group("label")):].lstrip(" –—")

    return _headed(blocks, [entry(b) for b in blocks])


def _headed(blocks: list[Block], entries: list[tuple[str, str] | None]) -> list[Block]:
    """Each block split into (its name, its text), when two or more stand under one heading (in_series), as a
    heading one level below that heading over a paragraph of its text; every other block as it is."""
    serial = in_series(blocks, [e is not None for e in entries])
    out: list[Block] = []
    level = 0
    for k, (b, e) in enumerate(zip(blocks, entries, strict=True)):
        if b.kind == "heading":
            level = b.level
        if k in serial and e is not None:
            name, text = e
            out.append(Block("heading", name, b.start, b.start, level=level + 1, page=b.page, page_end=b.page))
            if text:
                out.append(replace(b, kind="paragraph", text=text, number=""))
        else:
            out.append(b)
    return out


def in_series(blocks: list[Block], marked: list[bool], ignore: frozenset[int] | set[int] = frozenset()) -> set[int]:
    """The positions of the marked blocks that stand two or more between the same two headings (headings
    whose ids are in `ignore` do not part them): a series of entries, where a lone one is only a sentence."""
    section: list[int] = []
    n = 0
    for b in blocks:
        n += b.kind == "heading" and id(b) not in ignore
        section.append(n)
    count: dict[int, int] = {}
    for s, m in zip(section, marked, strict=True):
        count[s] = count.get(s, 0) + m
    return {k for k, (s, m) in enumerate(zip(section, marked, strict=True)) if m and count[s] >= 2}


def settle_run_ins(blocks: list[Block], run_ins: set[int]) -> list[Block]:
    """Run-in headings (a paragraph's opening sentence set in bold; `run_ins`: the ids of those heading
    blocks) stand as headings only in a series, two or more under the same heading (a troubleshooting
    section's entries: symptom, its text, symptom, ...); a lone one ("This page is kept by the peptide
    subgroup.") is put back at the head of its paragraph, so the paragraphs after it are not filed under it."""
    serial = in_series(blocks, [id(b) in run_ins for b in blocks], ignore=run_ins)
    out: list[Block] = []
    skip = False
    for i, b in enumerate(blocks):
        if skip:
            skip = False
            continue
        if id(b) in run_ins and i not in serial and i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph":
            nxt = blocks[i + 1]
            out.append(Block("paragraph", f"{b.text} {nxt.text}", b.start, nxt.end, page=b.page,
                             page_end=nxt.page_end))
            skip = True
        else:
            out.append(b)
    return out
