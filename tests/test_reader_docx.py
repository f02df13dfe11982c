"""The Word reader: body order, paragraph numbers, headings (styled and by formatting), restored list
numbers, tables, what is left out, text clean-up, unreadable files, and the two real lab documents."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from assistant.corpus.document import Block, Document
from assistant.corpus.readers import read as read_path
from assistant.corpus.readers.docx import read
from assistant.errors import CorpusError

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-guides"
SAFETY = REAL / "G25 Safety Induction May 2019.docx"
INVENTORY = REAL / "G25 Inventory Guidelines.docx"
W = nsdecls("w")


def _read(d: Any, tmp_path: Path, name: str = "guide.docx") -> Document:
    path = tmp_path / name
    d.save(str(path))
    return read(path.read_bytes(), name)


def _bytes(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _list(d: Any, num_id: int, levels: list[tuple[str, str, int, str]], override: str = "") -> None:
    """Define list `num_id` in numbering.xml; a level is (format, text, start, extra XML such as lvlRestart)."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start, extra) in enumerate(levels)
    )
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="{900 + num_id}">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{900 + num_id}"/>'
                               f"{override}</w:num>"))


def _item(d: Any, text: str, num_id: int, ilvl: int = 0, style: str | None = None) -> Any:
    p = d.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def _kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


def _block(doc: Document, text: str) -> Block:
    return next(b for b in doc.blocks if b.text == text)


# -- order and locations ------------------------------------------------------------------------------------


def test_body_order_keeps_a_table_between_list_items_and_numbers_paragraphs_and_rows(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Column care", style="Heading 1")  # ¶1
    d.add_paragraph("")  # ¶2: empty, counted, not a block
    d.add_paragraph("Flush the column with methanol.", style="List Number")  # ¶3
    d.add_paragraph("Check the pressure against the table.", style="List Number")  # ¶4
    t = d.add_table(rows=2, cols=2)  # rows ¶5, ¶6
    for r, (a, b) in enumerate([("Solvent", "Max bar"), ("MeOH", "400")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    d.add_paragraph("Store in acetonitrile.", style="List Number")  # ¶7
    doc = _read(d, tmp_path)
    assert [(b.kind, b.start, b.end) for b in doc.blocks] == [
        ("heading", 1, 1), ("item", 3, 3), ("item", 4, 4), ("row", 5, 5), ("row", 6, 6), ("item", 7, 7)]
    assert [b.number for b in doc.blocks if b.kind == "item"] == ["1", "2", "3"]  # the table does not restart it
    assert all(b.page == 0 for b in doc.blocks)
    assert doc.format == "docx"


def test_registry_reads_docx_by_suffix(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Quench with saturated ammonium chloride.")
    doc = read_path(Path("Quench.DOCX"), _bytes(d))
    assert _kinds(doc) == [("paragraph", "Quench with saturated ammonium chloride.")]
    assert "site-packages" in (sys.modules["docx"].__file__ or "")  # `import docx` in the reader is python-docx


# -- headings -----------------------------------------------------------------------------------------------


def test_heading_styles_title_and_levels(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Rotavap Guide", style="Title")
    d.add_paragraph("Before you start", style="Heading 1")
    d.add_paragraph("Check the bath temperature.")
    d.add_paragraph("Vacuum", style="Heading 2")
    d.add_paragraph("Use the diaphragm pump.")
    d.add_paragraph("Cleaning", style="Heading 1")
    d.add_paragraph("Rinse the bump trap with acetone.")
    doc = _read(d, tmp_path)
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("Rotavap Guide", 0), ("Before you start", 1), ("Vacuum", 2), ("Cleaning", 1)]
    assert doc.title == "Rotavap Guide"


def test_headings_by_formatting_only(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Sample preparation").runs[0].bold = True
    d.add_paragraph("Dissolve 1 mg in 1 mL of MeCN.")
    p = d.add_paragraph()
    p.add_run("Filtering ").underline = True
    p.add_run("samples").underline = True
    d.add_paragraph("Use a 0.2 µm PTFE filter.")
    d.add_paragraph("Common mistakes").runs[0].italic = True
    d.add_paragraph("Injecting suspensions blocks the needle.")
    d.add_paragraph("Always do this before injecting:")  # a plain colon line followed by content
    d.add_paragraph("Centrifuge the vial.", style="List Bullet")
    d.add_paragraph("This whole sentence is bold but it ends with a full stop.").runs[0].bold = True
    mixed = d.add_paragraph()
    mixed.add_run("Never").bold = True
    mixed.add_run(" heat a closed vessel")
    d.add_paragraph("A bold line that is far too long to be a heading because it goes on and on and on"
                    ).runs[0].bold = True
    d.add_paragraph("Waste", style="No Spacing").runs[0].bold = True  # a custom style used as a heading
    d.add_paragraph("Halogenated solvents go in the red can.")
    doc = _read(d, tmp_path)
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads == ["Sample preparation", "Filtering samples", "Common mistakes", "Always do this before injecting:",
                     "Waste"]
    assert _block(doc, "This whole sentence is bold but it ends with a full stop.").kind == "paragraph"
    assert _block(doc, "Never heat a closed vessel").kind == "paragraph"
    assert _block(doc, "Sample preparation").level == 0  # the first line, bold: the guide's title
    assert doc.title == "Sample preparation"
    for text in ("Filtering samples", "Common mistakes", "Always do this before injecting:", "Waste"):
        assert _block(doc, text).level >= 1


def test_formatting_headings_nest_by_prominence_and_under_styled_headings(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Intro paragraph before any heading.")
    d.add_paragraph("Workup").runs[0].bold = True
    d.add_paragraph("Aqueous").runs[0].italic = True
    d.add_paragraph("Wash twice with brine.")
    d.add_paragraph("Organic").runs[0].italic = True
    d.add_paragraph("Dry over sodium sulfate.")
    d.add_paragraph("Purification").runs[0].bold = True
    d.add_paragraph("Run a column.")
    d.add_paragraph("Storage", style="Heading 1")
    d.add_paragraph("Freezer").runs[0].bold = True
    d.add_paragraph("Keep at -20 °C.")
    doc = _read(d, tmp_path)
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("Workup", 1), ("Aqueous", 2), ("Organic", 2), ("Purification", 1), ("Storage", 1),
                     ("Freezer", 2)]


def test_last_line_and_colon_lines_without_content_are_not_headings(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Use nitrile gloves for this procedure every time.")
    d.add_paragraph("Signed (student):")
    d.add_paragraph("Date:")
    d.add_paragraph("Thank you").runs[0].bold = True  # nothing follows it
    doc = _read(d, tmp_path)
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 4


def test_outline_level_styles_larger_text_toc_and_a_second_title(tmp_path: Path) -> None:
    d = docx.Document()
    section = d.styles.add_style("Lab Section", WD_STYLE_TYPE.PARAGRAPH)
    section.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
    d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Column Guide", style="Title")
    d.add_paragraph("Contents", style="TOC Heading")
    d.add_paragraph("Packing\t3", style="toc 1")
    d.add_paragraph("Packing", style="Lab Section")
    d.add_paragraph("Slurry the silica in the eluent and pour it in one go.")
    d.add_paragraph("Dry loading").runs[0].font.size = Pt(16)  # only larger than the body text
    d.add_paragraph("Adsorb the crude onto silica first, then load it on top of the column.")
    d.add_paragraph("Appendix", style="Title")
    d.add_paragraph("Solvent table follows in the next version of this guide.")
    doc = _read(d, tmp_path)
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("Column Guide", 0), ("Packing", 1), ("Dry loading", 2), ("Appendix", 1)]
    assert not any("3" in b.text or b.text == "Contents" for b in doc.blocks)
    assert doc.dropped == ["table of contents"]


def test_title_prefers_core_properties_when_sensible(tmp_path: Path) -> None:
    d = docx.Document()
    d.core_properties.title = "HPLC Troubleshooting"
    d.add_paragraph("Pressure problems", style="Heading 1")
    d.add_paragraph("Check for blockages.")
    assert _read(d, tmp_path).title == "HPLC Troubleshooting"
    d.core_properties.title = "Microsoft Word - hplc.doc"
    assert _read(d, tmp_path).title == "Pressure problems"  # no title style: the first heading
    d.core_properties.title = "Safety Induction for G7"  # stale, copied from another group's file
    d.paragraphs[0].insert_paragraph_before("Safety Induction for G25", style="Title")
    assert _read(d, tmp_path).title == "Safety Induction for G25"


# -- lists --------------------------------------------------------------------------------------------------


def test_numbering_formats_start_and_restart(tmp_path: Path) -> None:
    d = docx.Document()
    _list(d, 41, [("decimal", "%1.", 3, ""), ("lowerLetter", "%2)", 1, ""), ("lowerRoman", "(%3)", 1, "")])
    _item(d, "Weigh the solid.", 41)
    _item(d, "Tare the balance first.", 41, 1)
    _item(d, "Use a weighing boat.", 41, 1)
    _item(d, "Check the calibration sticker.", 41, 2)
    _item(d, "Dissolve it.", 41)
    _item(d, "Stir until clear.", 41, 1)  # restarts at a) because level 1 advanced
    _list(d, 42, [("upperLetter", "%1.", 1, ""), ("bullet", "•", 1, "")])
    _item(d, "Option A text", 42)
    _item(d, "A bullet under it", 42, 1)
    _item(d, "Option B text", 42)
    doc = _read(d, tmp_path)
    items = [(b.number, b.text) for b in doc.blocks if b.kind == "item"]
    assert items == [("3", "Weigh the solid."), ("a", "Tare the balance first."), ("b", "Use a weighing boat."),
                     ("i", "Check the calibration sticker."), ("4", "Dissolve it."), ("a", "Stir until clear."),
                     ("A", "Option A text"), ("", "A bullet under it"), ("B", "Option B text")]


def test_numbering_lvl_restart_zero_start_override_and_multilevel_text(tmp_path: Path) -> None:
    d = docx.Document()
    _list(d, 51, [("decimal", "%1.", 1, ""), ("decimal", "Step %2:", 1, '<w:lvlRestart w:val="0"/>')])
    _item(d, "Part one", 51)
    _item(d, "Mix.", 51, 1)
    _item(d, "Part two", 51)
    _item(d, "Heat.", 51, 1)  # lvlRestart 0: keeps counting -> Step 2
    _list(d, 52, [("decimal", "%1.", 1, ""), ("decimal", "%1.%2.", 1, "")],
          override='<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>')
    _item(d, "Seventh", 52)
    _item(d, "Seventh, first sub-step", 52, 1)
    doc = _read(d, tmp_path)
    assert [b.number for b in doc.blocks if b.kind == "item"] == ["1", "1", "2", "2", "7", "7.1"]


def test_separate_lists_count_separately_and_manual_numbers_are_items(tmp_path: Path) -> None:
    d = docx.Document()
    _list(d, 61, [("decimal", "%1.", 1, "")])
    _list(d, 62, [("decimal", "%1.", 1, "")])
    _item(d, "First list one", 61)
    _item(d, "First list two", 61)
    d.add_paragraph("Then:")
    _item(d, "Second list one", 62)
    _item(d, "First list three", 61)
    d.add_paragraph("4) typed by hand")
    doc = _read(d, tmp_path)
    assert [(b.number, b.text) for b in doc.blocks if b.kind == "item"] == [
        ("1", "First list one"), ("2", "First list two"), ("1", "Second list one"), ("3", "First list three"),
        ("4", "typed by hand")]


def test_numbered_bold_lines_over_another_list_are_numbered_headings(tmp_path: Path) -> None:
    d = docx.Document()
    _list(d, 71, [("decimal", "%1.", 1, "")])
    _list(d, 72, [("bullet", "–", 1, "")])
    _item(d, "Fire exits", 71).runs[0].bold = True
    _item(d, "Raise the alarm.", 72)
    _item(d, "Spills", 71).runs[0].bold = True
    _item(d, "Use the spill kit.", 72)
    _item(d, "Close the sash", 72).runs[0].bold = True  # bold, but its list goes on: an item
    _item(d, "Call the safety officer.", 72)
    doc = _read(d, tmp_path)
    assert _kinds(doc) == [("heading", "1. Fire exits"), ("item", "Raise the alarm."), ("heading", "2. Spills"),
                           ("item", "Use the spill kit."), ("item", "Close the sash"),
                           ("item", "Call the safety officer.")]


# -- tables -------------------------------------------------------------------------------------------------


def test_tables_header_first_merged_cells_once_and_counter(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    for c, text in enumerate(["Fridge", "Shelf", "Contents"]):
        t.cell(0, c).text = text
    t.cell(1, 0).text = "Fridge 1"
    t.cell(1, 0).merge(t.cell(2, 0))  # vMerge down two rows
    t.cell(1, 1).text, t.cell(1, 2).text = "Top", "Azides"
    t.cell(2, 1).text, t.cell(2, 2).text = "Bottom", "Oxidants"
    t.rows[2]._tr.tc_lst[0].p_lst[0].append(parse_xml(f"<w:r {W}><w:t>stale text Word does not show</w:t></w:r>"))
    t.cell(3, 0).merge(t.cell(3, 1)).text = "Spanning two columns"  # gridSpan 2
    t.cell(3, 2).text = "Thiols"
    d.add_paragraph("Between the tables.")
    t2 = d.add_table(rows=2, cols=2)
    t2.cell(0, 0).text, t2.cell(0, 1).text = "A", "B"
    d.add_table(rows=1, cols=1).cell(0, 0).text = "Never heat a closed vessel."  # a box, not a table
    doc = _read(d, tmp_path)
    assert doc.blocks[-1] == Block("paragraph", "Never heat a closed vessel.", 8, 8)
    rows = [(b.cells, b.table, b.text) for b in doc.blocks if b.kind == "row"]
    assert rows[0] == (("Fridge", "Shelf", "Contents"), 1, "Fridge | Shelf | Contents")
    assert rows[1][0] == ("Fridge 1", "Top", "Azides")
    assert rows[2][0] == ("Fridge 1", "Bottom", "Oxidants")  # a cell merged down reads in every row it spans
    assert rows[3][0] == ("Spanning two columns", "", "Thiols")  # nor the spanning one
    assert rows[4][:2] == (("A", "B"), 2)  # a document-wide table counter; the empty row is skipped
    assert len(rows) == 5


def test_cell_paragraphs_and_nested_tables_are_flattened(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Problem", "Fix"
    t.cell(1, 0).text = "High pressure"
    fix = t.cell(1, 1)
    fix.text = "Check the frit"
    fix.add_paragraph("replace the guard column.")
    inner = fix.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Column", "Limit"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "C18", "400 bar"
    doc = _read(d, tmp_path)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert len(rows) == 2 and rows[1].start == 2
    assert rows[1].cells == ("High pressure", "Check the frit; replace the guard column. Column, Limit; C18, 400 bar")


def test_a_document_laid_out_in_a_two_column_table_reads_as_headed_sections(tmp_path: Path) -> None:
    """A Word SOP form: the whole text in a table of labels (left) and what they say (right), several paragraphs,
    lists or a table in a cell; each label heads its text, which reads as paragraphs, items and rows."""
    d = docx.Document()
    t = d.add_table(rows=6, cols=2)
    for i, label in enumerate(("Document no.", "Version", "Purpose", "Procedure", "Hazards", "Waste")):
        t.cell(i, 0).text = label
    t.cell(0, 1).text, t.cell(1, 1).text = "SOP-HP-031", "2.1"
    t.cell(2, 1).text = "This SOP covers the Strecker reaction of an aldehyde, an amine and cyanide."
    t.cell(2, 1).add_paragraph("It does not cover HCN gas.")
    t.cell(3, 1).text = "Work in fume cupboard FC-3 only."
    for n, step in enumerate(("Dissolve the aldehyde in MeOH.", "Add the amine and stir 30 min.", "Add TMSCN."), 1):
        t.cell(3, 1).add_paragraph(f"{n}. {step}")
    t.cell(4, 1).text = "Cyanide is very toxic."
    inner = t.cell(4, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Substance", "Limit"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "HCN", "0.9 ppm"
    t.cell(5, 1).text = "Quench with bleach at pH 10 or above."
    t.cell(5, 1).add_paragraph("Never acidify cyanide waste.")
    doc = _read(d, tmp_path)
    kinds = _kinds(doc)
    assert ("heading", "Purpose") in kinds and ("heading", "Waste") in kinds
    purpose = kinds.index(("heading", "Purpose"))
    assert kinds[purpose + 1:purpose + 3] == [
        ("paragraph", "This SOP covers the Strecker reaction of an aldehyde, an amine and cyanide."),
        ("paragraph", "It does not cover HCN gas.")]
    assert ("item", "Add the amine and stir 30 min.") in kinds
    assert ("row", "HCN | 0.9 ppm") in kinds  # a table inside a cell is a table
    assert ("paragraph", "Version: 2.1") in kinds  # a label with a short value is a line
    assert not any(k == "row" and "Purpose" in text for k, text in kinds)


# -- what is left out, and text -----------------------------------------------------------------------------


def test_headers_and_footers_do_not_leak_and_are_noted(tmp_path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "CONFIDENTIAL - Todd group"
    d.sections[0].footer.paragraphs[0].text = "Page 1 of 3"
    d.add_paragraph("Body text only.")
    doc = _read(d, tmp_path)
    assert _kinds(doc) == [("paragraph", "Body text only.")]
    assert doc.dropped == ["page header and footer"]
    plain = docx.Document()
    plain.add_paragraph("Nothing else.")
    assert _read(plain, tmp_path).dropped == []


def test_text_clean_up_breaks_tabs_fields_links_and_symbols(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Heat to 40\u00a0°C\tfor 2 h\nthen cool. “Dry” 5 µL\u200b\x85 of\u00ad it")
    p = d.add_paragraph("See ")
    p._p.append(parse_xml(f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                          f'relationships" r:id="rId99"><w:r><w:t>the SOP</w:t></w:r></w:hyperlink>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> page 4</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> at 25</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Symbol" w:char="F0B0"/><w:t>C.</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:del {W}><w:r><w:delText>deleted words</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> 5 </w:t><w:sym w:font="Symbol" w:char="F06D"/>'
                          f'<w:t>L </w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Arial" '
                          f'w:char="00B1"/><w:t>1</w:t></w:r>'))
    doc = _read(d, tmp_path)
    assert _kinds(doc) == [("paragraph", "Heat to 40 °C for 2 h then cool. “Dry” 5 µL of it"),
                           ("paragraph", "See the SOP page 4 at 25°C. 5 µL ±1")]


# -- unreadable files ---------------------------------------------------------------------------------------


def test_not_a_word_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"^notes\.docx: not a readable Word file \(BadZipFile"):
        read(b"just some text, renamed", "notes.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "a zip, but not Word")
    with pytest.raises(CorpusError, match="not a readable Word file"):
        read(buf.getvalue(), "x.docx")
    d = docx.Document()
    d.add_paragraph("Truncated in transfer.")
    with pytest.raises(CorpusError, match="not a readable Word file"):
        read(_bytes(d)[:3000], "cut.docx")
    with pytest.raises(CorpusError) as e:
        read(_corrupt_xml(_bytes(d)), "broken.docx")
    assert "not a readable Word file (XMLSyntaxError" in str(e.value) and "\n" not in str(e.value)


def _corrupt_xml(data: bytes) -> bytes:
    src, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            body = src.read(info.filename)
            z.writestr(info, body[: len(body) // 2] if info.filename == "word/document.xml" else body)
    return buf.getvalue()


def _ole(*streams: str) -> bytes:
    """The start of a compound file with the directory names of its streams (UTF-16, as OLE stores them)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"".join(s.encode("utf-16-le") + bytes(40) for s in
                                                                        ("Root Entry", *streams))


def test_encrypted_docx_and_old_doc() -> None:
    with pytest.raises(CorpusError, match=r"^locked\.docx: encrypted Word file; save an unprotected copy$"):
        read(_ole("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"), "locked.docx")
    with pytest.raises(CorpusError, match=r"^old\.docx: old binary \.doc or encrypted file; save as \.docx$"):
        read(_ole("WordDocument", "1Table", "\x05SummaryInformation"), "old.docx")


# -- the real lab documents ---------------------------------------------------------------------------------

real = pytest.mark.skipif(not SAFETY.exists() or not INVENTORY.exists(), reason="../shared/real-guides absent")


@real
def test_real_safety_induction() -> None:
    doc = read(SAFETY.read_bytes(), SAFETY.name)
    assert doc.title == "Safety Induction for G25"  # not the stale core title "... for G7"
    assert doc.blocks[0] == Block("heading", "Safety Induction for G25", 1, 1, level=0)
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    numbered = [t for t, lvl in heads if lvl == 1 and t[0].isdigit()]  # "No Spacing" + bold + numbering.xml
    assert numbered == ["1. Lab coats, glasses and gloves", "2. Fire Exits", "3. Spillages and personal injury",
                        "4. Sinks", "5. Solvents", "6. Waste disposal", "7. Liquid Nitrogen and Dry Ice",
                        "8. Paperwork", "9. Cleaning"]
    assert ("Solids", 2) in heads and ("General", 2) in heads  # italic sub-headings under "6. Waste disposal"
    assert heads[-3:] == [("Equipment Induction for G25", 1), ("1. Fumehoods", 2), ("2. Equipment", 2)]
    fire = _block(doc, "2. Fire Exits")
    assert fire.start == 12
    after = doc.blocks[doc.blocks.index(fire) + 1 : doc.blocks.index(fire) + 5]
    assert [(b.kind, b.number) for b in after] == [("item", "")] * 4  # "–" bullets: no number
    assert after[2].text == "Assembly point: INSIDE BRUNSWICK SQUARE PARK"
    assert _block(doc, "Signed (supervisor): Date:").kind == "paragraph"  # a form line, not a heading
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert rows[0].cells == ("Equipment", "Responsible Person", "Date of training", "Signature")
    assert rows[-1].cells == ("Use of anhydrous solvents", "Your Supervisor", "", "")
    assert len(rows) == 10 and {b.table for b in rows} == {1}  # the empty separator row is left out
    assert doc.blocks[doc.blocks.index(rows[0]) - 1].text.startswith("The following equipment must not be used")


@real
def test_real_inventory_guidelines() -> None:
    doc = read(INVENTORY.read_bytes(), INVENTORY.name)
    assert doc.title == "G25 Inventory Guidelines"
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("G25 Inventory Guidelines", 0), ("Entering chemicals into the inventory:", 1),
                     ("Using chemicals:", 1), ("To view barcode numbers when searching Quartzy:", 1),
                     ("G25 Inventory Locations", 1)]
    items = [b for b in doc.blocks if b.kind == "item"]
    assert len(items) == 10 and {b.number for b in items} == {""}  # bullets in numbering.xml
    assert items[1].text.startswith("Check for chemical compatibility before choosing a location")
    assert items[-1].text == "Select “Barcode.”"
    assert "do NOT just store “your” chemicals" in items[1].text
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert rows[0].cells == ("Location", "Sub-location") and rows[0].start == 19
    assert rows[1].cells == ("Todd Group", "Acids") and rows[2].cells == ("Todd Group", "Bases")  # merged down
    assert next(b for b in rows if b.cells[1] == "Azides 1").cells == ("Fridge 2", "Azides 1")
    second = [b for b in rows if b.table == 2]  # the shaded "Location" row starts a second table
    assert second[0].cells == ("Location",) and second[1].cells == ("Boronic Acids Box",) and len(second) == 19
    assert doc.dropped == ["1 picture"]


def test_entries_each_opening_with_a_bold_sentence_are_headed_by_it() -> None:
    """A Word troubleshooting section written as paragraphs whose symptom is set in bold: each symptom
    heads its entry; a lone bold opening sentence elsewhere stays part of its paragraph."""
    d = docx.Document()
    d.add_heading("Troubleshooting", 1)
    for symptom, rest in (("Black precipitate within 15 min.", " Pd(0) aggregated. Degas the solvent."),
                          ("Arene Ar-H instead of product.", " A hydride source. Replace Et3N by K2CO3.")):
        p = d.add_paragraph()
        p.add_run(symptom).bold = True
        p.add_run(rest)
    d.add_heading("About", 1)
    p = d.add_paragraph()
    p.add_run("This page is kept by the catalysis group.").bold = True
    p.add_run(" Ask them first.")
    blocks = [(b.kind, b.text, b.level) for b in read(_bytes(d), "t.docx").blocks]
    assert ("heading", "Black precipitate within 15 min.", 2) in blocks
    assert ("paragraph", "A hydride source. Replace Et3N by K2CO3.", 0) in blocks
    assert ("paragraph", "This page is kept by the catalysis group. Ask them first.", 0) in blocks


def test_footnotes_are_read_after_the_text_under_their_own_heading(tmp_path: Path) -> None:
    """A Word SOP's footnotes hold real content (a hazard, a limit): they are read, after the body, as a
    "Footnotes" section, each footnote one paragraph, and the footnote marks do not leave numbers in the text."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document()
    d.add_paragraph("Appel bromination", style="Heading 1")
    p = d.add_paragraph("CCl4 is not used in this department.")
    p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="1"/></w:r>'))
    notes = (f'<w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> CCl4 is toxic and an ozone-depleting substance.</w:t></w:r></w:p>'
             '</w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    doc = _read(d, tmp_path)
    texts = [(b.kind, b.text) for b in doc.blocks]
    assert texts[-2:] == [("heading", "Footnotes"), ("paragraph", "CCl4 is toxic and an ozone-depleting substance.")]
    assert ("paragraph", "CCl4 is not used in this department.") in texts
    assert "footnotes" not in doc.dropped


def _with_diagram(data: bytes, nodes: list[list[str]], layout: str) -> bytes:
    """The file with a SmartArt diagram (its data part: one node per entry of `nodes`, each its paragraphs)
    in the paragraph that reads "DIAGRAM"."""
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    dgm = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
    pts = [f'<dgm:pt modelId="{{0}}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/'
           f'layout/{layout}"/><dgm:t><a:p/></dgm:t></dgm:pt>']
    for k, paras in enumerate(nodes, 1):
        body = "".join(f"<a:p><a:r><a:t>{t}</a:t></a:r></a:p>" for t in paras)
        pts.append(f'<dgm:pt modelId="{{{k}}}"><dgm:t>{body}</dgm:t></dgm:pt>'
                   f'<dgm:pt modelId="{{t{k}}}" type="parTrans"><dgm:t><a:p/></dgm:t></dgm:pt>')
    model = f'<dgm:dataModel {dgm} {a}><dgm:ptLst>{"".join(pts)}</dgm:ptLst></dgm:dataModel>'
    drawing = (f'<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
               f'wordprocessingDrawing"><a:graphic {a}><a:graphicData uri="http://schemas.openxmlformats.org/'
               f'drawingml/2006/diagram"><dgm:relIds {dgm} xmlns:r="http://schemas.openxmlformats.org/'
               f'officeDocument/2006/relationships" r:dm="rIdDgm"/></a:graphicData></a:graphic></wp:inline>'
               f'</w:drawing></w:r>')
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "word/document.xml":
                blob = blob.replace(b"<w:r><w:t>DIAGRAM</w:t></w:r>", drawing.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(b"</Relationships>", b'<Relationship Id="rIdDgm" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/diagramData" '
                                    b'Target="diagrams/data1.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                blob = blob.replace(b"</Types>", b'<Override PartName="/word/diagrams/data1.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/>'
                                    b"</Types>")
            z.writestr(item, blob)
        z.writestr("word/diagrams/data1.xml", model)
    return out.getvalue()


def test_a_smartart_diagram_reads_as_the_list_or_steps_it_draws() -> None:
    """A check list or a procedure drawn as SmartArt holds its text in the diagram's data part: each node is
    an item (a process diagram's nodes are numbered steps), at the paragraph the diagram sits in."""
    d = docx.Document()
    d.add_heading("Standard procedure", 1)
    d.add_paragraph("DIAGRAM")
    d.add_paragraph("Report the yield.")
    data = _with_diagram(_bytes(d), [["Step 1: Set up", "Oven-dried flask, amide and Lawesson's reagent (0.55 equiv)."],
                                     ["Step 2: Heat", "Heat to 80 °C internal (block at 90 °C)."]], "process4")
    doc = read(data, "thionation.docx")
    items = [b for b in doc.blocks if b.kind == "item"]
    assert [(b.number, b.text) for b in items] == [
        ("1", "Set up. Oven-dried flask, amide and Lawesson's reagent (0.55 equiv)."),
        ("2", "Heat. Heat to 80 °C internal (block at 90 °C).")]
    assert items[0].start == 2 and "Report the yield." in [b.text for b in doc.blocks]


def _with_chunk(data: bytes, html: bytes) -> bytes:
    """The file with an imported HTML part (w:altChunk, as document-management systems assemble a Word file) in
    place of the paragraph that reads "CHUNK"."""
    chunk = b'<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdC1"/>'
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "word/document.xml":
                start = blob.index(b"<w:t>CHUNK</w:t>")
                blob = blob[:blob.rindex(b"<w:p>", 0, start)] + chunk + blob[blob.index(b"</w:p>", start) + 6:]
            elif item.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(b"</Relationships>", b'<Relationship Id="rIdC1" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk1.htm"/>'
                                    b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                blob = blob.replace(b"</Types>", b'<Override PartName="/word/afchunk1.htm" ContentType="text/html"/>'
                                    b"</Types>")
            z.writestr(item, blob)
        z.writestr("word/afchunk1.htm", html)
    return out.getvalue()


def test_an_imported_html_part_is_read_in_place_with_its_headings_lists_and_tables() -> None:
    """A Word file assembled from HTML parts (w:altChunk) shows them as its text: their headings, paragraphs,
    numbered steps and table rows are read where the part sits, in its own charset (Windows-1252 here)."""
    d = docx.Document()
    d.add_heading("Gas cylinders", 0)
    d.add_heading("1. Scope", 1)
    d.add_paragraph("All compressed gases in the building.")
    d.add_paragraph("CHUNK")
    d.add_paragraph("Signed off by the safety officer.")
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head><body>"
            "<h1>2. Changing a cylinder</h1><p>Close the valve first \u2013 always.</p><ol><li>Wind the knob out."
            "</li><li>Open the valve slowly, about 1\u00bd turns.</li></ol><table><tr><th>Gas</th><th>Outlet (bar)"
            "</th></tr><tr><td>N2</td><td>0.2\u20130.5</td></tr><tr><td>Ar</td><td>0.3</td></tr></table>"
            "</body></html>").encode("cp1252")
    doc = read(_with_chunk(_bytes(d), html), "cylinders.docx")
    kinds = _kinds(doc)
    assert ("heading", "2. Changing a cylinder") in kinds and ("paragraph", "Close the valve first – always.") in kinds
    assert [b.number for b in doc.blocks if b.kind == "item"] == ["1", "2"]
    assert any(b.kind == "row" and b.cells == ("N2", "0.2–0.5") for b in doc.blocks)
    texts = [b.text for b in doc.blocks]
    assert texts.index("All compressed gases in the building.") < texts.index("Close the valve first – always.") \
        < texts.index("Signed off by the safety officer.")
    head = next(b for b in doc.blocks if b.text == "2. Changing a cylinder")
    scope = next(b for b in doc.blocks if b.text == "1. Scope")
    assert head.level == scope.level
