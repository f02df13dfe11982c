"""An OpenDocument text (.odt: LibreOffice Writer, Google Docs' "OpenDocument" download), read from its
content.xml with lxml: headings with their outline levels, paragraphs, lists (numbered when the list's style
numbers them, the numbers restored), tables as rows, sections and text frames opened; a paragraph in the
"Title" style names the guide. Cited by paragraph, counted in document order as Word's are."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from assistant.corpus.document import Block, Document
from assistant.errors import CorpusError

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def read(data: bytes, name: str) -> Document:
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            content = etree.fromstring(z.read("content.xml"))
            styles = etree.fromstring(z.read("styles.xml")) if "styles.xml" in z.namelist() else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as e:
        raise CorpusError(f"{name}: cannot open the OpenDocument file ({e})") from None
    reader = _Reader(content, styles)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise CorpusError(f"{name}: no text body (not a text document: a spreadsheet or a drawing?)")
    reader.walk(body)
    if not reader.blocks:
        raise CorpusError(f"{name}: no text in the document")
    return Document("odt", reader.blocks, title=reader.title)


class _Reader:
    def __init__(self, content: Any, styles: Any) -> None:
        self.blocks: list[Block] = []
        self.title = ""
        self.n = 0  # paragraphs so far, as cited
        self.tables = 0
        self.parent: dict[str, str] = {}  # automatic style -> the named style it derives from
        self.numbered: dict[str, dict[int, bool]] = {}  # list style -> level -> numbers (not bullets)
        for root in (r for r in (styles, content) if r is not None):
            for s in root.iter(_q("style:style")):
                if parent := s.get(_q("style:parent-style-name")):
                    self.parent[s.get(_q("style:name"), "")] = parent
            for ls in root.iter(_q("text:list-style")):
                levels = self.numbered.setdefault(ls.get(_q("style:name"), ""), {})
                for lvl in ls:
                    levels[int(lvl.get(_q("text:level"), "1"))] = lvl.tag == _q("text:list-level-style-number")

    def walk(self, el: Any, list_style: str = "", depth: int = 0) -> None:
        for child in el:
            tag = child.tag
            if tag == _q("text:h"):
                self._add("heading", child, level=int(child.get(_q("text:outline-level"), "1")))
            elif tag == _q("text:p"):
                style = child.get(_q("text:style-name"), "")
                if (self.parent.get(style, style) == "Title" or style == "Title") and not self.title:
                    self.title = _text(child)
                    self.n += 1
                else:
                    self._add("paragraph", child)
            elif tag == _q("text:list"):
                self._list(child, child.get(_q("text:style-name"), "") or list_style, depth + 1)
            elif tag == _q("table:table"):
                self.tables += 1
                for row in child.iter(_q("table:table-row")):
                    cells = tuple(" ".join(_text(c).split()) for c in row.iter(_q("table:table-cell")))
                    self.n += 1
                    if any(cells):
                        self.blocks.append(Block("row", " | ".join(cells), self.n, self.n, cells=cells,
                                                 table=self.tables))
            elif tag in (_q("text:section"), _q("text:index-body")) or tag.endswith("}frame") \
                    or tag.endswith("}text-box"):
                self.walk(child, list_style, depth)

    def _list(self, lst: Any, style: str, depth: int) -> None:
        numbers = self.numbered.get(style, {}).get(depth, False)
        count = int(lst.get(_q("text:start-value"), "0") or 0) or 0
        for item in lst.iter(_q("text:list-item")):
            if item.getparent() is not lst:
                continue
            count += 1
            for child in item:
                if child.tag in (_q("text:p"), _q("text:h")):
                    self._add("item", child, number=str(count) if numbers else "")
                elif child.tag == _q("text:list"):
                    self._list(child, child.get(_q("text:style-name"), "") or style, depth + 1)

    def _add(self, kind: Any, el: Any, level: int = 0, number: str = "") -> None:
        self.n += 1
        if text := " ".join(_text(el).split()):
            self.blocks.append(Block(kind, text, self.n, self.n, level=level, number=number))


def _text(el: Any) -> str:
    """An element's text: spans followed, `text:s` as its count of spaces, tabs and line breaks as spaces,
    notes and annotations left out."""
    out: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _q("text:s"):
            out.append(" " * int(child.get(_q("text:c"), "1")))
        elif tag in (_q("text:tab"), _q("text:line-break")):
            out.append(" ")
        elif not (tag.endswith("}note") or tag.endswith("}annotation")):
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)
