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
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


def utf8_text(data: bytes, name: str, what: str) -> str:
    """A text guide's bytes as text: UTF-8 (a BOM allowed); binary or other encodings are a CorpusError."""
    from assistant.errors import CorpusError

    if b"\x00" in data[:8192]:
        raise CorpusError(f"{name}: looks binary, not {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{name}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def read(path: Path, data: bytes) -> Document:
    """The file's `Document`; a file its reader cannot read raises CorpusError with the reason."""
    module = importlib.import_module(f"assistant.corpus.readers.{READERS[path.suffix.lower()]}")
    doc: Document = module.read(data, path.name)
    if doc.format != "text":  # plain text infers its heading levels in the chunker (level 0): left as it is
        doc = replace(doc, blocks=dashed_run_ins(doc.blocks))
    return doc


# "Sharps – Needles must never ...": a short capitalised label, an en or em dash, then the text
_DASHED = re.compile(r"^(?P<label>[A-Z][^\s.:;!?–—]*(?: [^\s.:;!?–—]+){0,4}) [–—] (?P<text>[A-Z(\"“‘'].*)$", re.DOTALL)


def dashed_run_ins(blocks: list[Block]) -> list[Block]:
    """Paragraphs (or bullets) each opening with a short label and a dash, two or more under one heading
    (house rules, an SOP's notes on each piece of equipment, "Aqueous waste – ..."), are each headed by their
    label; a lone one keeps its label in its text ("The shaker – it is old – ..." is a sentence, not an entry)."""
    def label(b: Block) -> str:
        m = _DASHED.match(b.text) if b.kind == "paragraph" or (b.kind == "item" and not b.number) else None
        return m.group("label") if m and roles.run_in(f"{m.group('label')}: x") is None else ""

    section, n = [], 0
    for b in blocks:
        n += b.kind == "heading"
        section.append(n)
    count: dict[int, int] = {}
    for b, s in zip(blocks, section, strict=True):
        count[s] = count.get(s, 0) + bool(label(b))
    out: list[Block] = []
    level = 0
    for b, s in zip(blocks, section, strict=True):
        if b.kind == "heading":
            level = b.level
        if count[s] >= 2 and (name := label(b)):
            out.append(Block("heading", name, b.start, b.start, level=level + 1, page=b.page, page_end=b.page))
            out.append(replace(b, kind="paragraph", text=b.text[len(name):].lstrip(" –—")))
        else:
            out.append(b)
    return out


def settle_run_ins(blocks: list[Block], run_ins: set[int]) -> list[Block]:
    """Run-in headings (a paragraph's opening sentence set in bold; `run_ins`: the ids of those heading
    blocks) stand as headings only in a series, two or more under the same heading (a troubleshooting
    section's entries: symptom, its text, symptom, ...); a lone one ("This page is kept by the peptide
    subgroup.") is put back at the head of its paragraph, so the paragraphs after it are not filed under it."""
    section: list[int] = []  # which stretch between ordinary headings each block is in
    n = 0
    for b in blocks:
        n += b.kind == "heading" and id(b) not in run_ins
        section.append(n)
    count: dict[int, int] = {}
    for b, s in zip(blocks, section, strict=True):
        count[s] = count.get(s, 0) + (id(b) in run_ins)
    out: list[Block] = []
    skip = False
    for i, b in enumerate(blocks):
        if skip:
            skip = False
            continue
        if id(b) in run_ins and count[section[i]] < 2 and i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph":
            nxt = blocks[i + 1]
            out.append(Block("paragraph", f"{b.text} {nxt.text}", b.start, nxt.end, page=b.page,
                             page_end=nxt.page_end))
            skip = True
        else:
            out.append(b)
    return out
