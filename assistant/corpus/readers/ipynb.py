"""A Jupyter notebook (.ipynb, an electronic lab notebook kept in Jupyter): its Markdown cells read as Markdown,
what its code printed (a cell's stream output, a Markdown display) as text under them, the code itself left
out. Cited by cell, as Jupyter numbers them from 1 in the notebook's order."""

from __future__ import annotations

import json
from dataclasses import replace

from assistant.corpus.document import Document
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
    parts: list[str] = []
    owner: list[int] = []  # the cell of each line of the text parsed
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown":
            text = _joined(cell.get("source"))
        elif cell.get("cell_type") == "code":
            text = "\n\n".join(_printed(o) for o in cell.get("outputs") or [] if isinstance(o, dict))
        else:
            continue
        if text.strip():
            lines = text.strip("\n").split("\n") + [""]
            parts += lines
            owner += [number] * len(lines)
    if not parts:
        raise CorpusError(f"{name}: no Markdown or printed text in the notebook")
    blocks, dropped = parse_markdown("\n".join(parts))

    def cell_of(line: int) -> int:
        return owner[min(max(line, 1), len(owner)) - 1]

    return Document("ipynb", [replace(b, page=cell_of(b.start), page_end=cell_of(b.end)) for b in blocks],
                    dropped=dropped)


def _joined(source: object) -> str:
    return "".join(source) if isinstance(source, list) else source if isinstance(source, str) else ""


def _printed(output: dict[str, object]) -> str:
    """What a code cell showed as text: its printed stream, or a result shown as Markdown or plain text."""
    if output.get("output_type") == "stream" and output.get("name") == "stdout":
        return _joined(output.get("text"))
    shown = output.get("data")
    if isinstance(shown, dict):
        return _joined(shown.get("text/markdown") or "")
    return ""


