"""A Jupyter notebook (.ipynb, an electronic lab notebook kept in Jupyter): its Markdown cells read as Markdown,
what its code printed (a cell's stream output, a Markdown display) as text under them, the code itself left
out. Cited by cell, as Jupyter numbers them from 1 in the notebook's order."""

from __future__ import annotations

import json
from dataclasses import replace

from assistant.corpus.document import Block, Document
from assistant.corpus.readers import utf8_text
from assistant.corpus.readers.markdown import parse_markdown
from assistant.errors import CorpusError


def read(data: bytes, name: str) -> Document:
    try:
        nb = json.loads(utf8_text(data, name, "a Jupyter notebook"))
    except json.JSONDecodeError as e:
        raise CorpusError(f"{name}: not a Jupyter notebook (bad JSON at line {e.lineno})") from None
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        raise CorpusError(f"{name}: not a Jupyter notebook (no cells)")
    blocks: list[Block] = []
    dropped: list[str] = []
    line = 0  # the notebook read as one text: a cell's lines follow the cell before
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown":
            read, lost = parse_markdown(_joined(cell.get("source")))
            dropped += lost
        elif cell.get("cell_type") == "code":
            read = []
            for o in cell.get("outputs") or []:  # one output below the other
                below = max((b.end for b in read), default=0)
                read += [replace(b, start=b.start + below, end=b.end + below) for b in _printed(o)]
        else:
            continue
        blocks += [replace(b, start=b.start + line, end=b.end + line, page=number, page_end=number) for b in read]
        line = max((b.end for b in blocks), default=line) + 1
    if not blocks:
        raise CorpusError(f"{name}: no Markdown or printed text in the notebook")
    return Document("ipynb", blocks, dropped=dropped)


def _joined(source: object) -> str:
    return "".join(source) if isinstance(source, list) else source if isinstance(source, str) else ""


def _printed(output: object) -> list[Block]:
    """What a code cell showed as text: each line it printed, as written (a table of amounts prints one
    reagent a line: run together, a line would mix two), or a result shown as Markdown."""
    if not isinstance(output, dict):
        return []
    if output.get("output_type") == "stream" and output.get("name") == "stdout":
        lines = _joined(output.get("text")).split("\n")
        return [Block("paragraph", " ".join(text.split()), k, k) for k, text in enumerate(lines, 1) if text.strip()]
    shown = output.get("data")
    if isinstance(shown, dict):
        return parse_markdown(_joined(shown.get("text/markdown") or ""))[0]
    return []
