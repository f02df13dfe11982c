"""Excel workbooks (.xlsx) and PowerPoint decks (.pptx): a workbook's sheets as sections of table rows cited by
row, a deck's slides as sections (title, bullets, tables, speaker notes) cited by slide."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.corpus.chunker import chunk
from assistant.corpus.readers import read
from assistant.errors import CorpusError


def workbook() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Troubleshooting"
    ws.append(["Suzuki coupling troubleshooting log"])
    ws.append([])
    ws.append(["Symptom", "Likely cause", "What to do"])
    ws.append(["Homocoupled biaryl", "Oxygen in the flask", "Degas the solvent by three freeze-pump-thaw cycles"])
    ws.append(["Protodeboronation", "Base too strong at 100 °C", "Use K3PO4 and run at 80 °C"])
    ws.append(["Black precipitate", "Pd black from ligand loss", "Add 1 mol% more ligand"])
    conditions = wb.create_sheet("Conditions")
    conditions.append(["Parameter", "Value"])
    conditions.append(["Pd loading (mol%)", 2])
    conditions.append(["Temperature (°C)", 80.0])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_workbooks_sheets_are_sections_of_rows_cited_by_row() -> None:
    doc = read(Path("suzuki-log.xlsx"), workbook())
    assert doc.format == "xlsx"
    passages = chunk("suzuki-log", doc)[1]
    rows = {p.title: p for p in passages if p.kind == "table-row"}
    homo = rows["Homocoupled biaryl"]
    assert homo.section[0] == "Troubleshooting"
    assert "What to do: Degas the solvent by three freeze-pump-thaw cycles" in homo.text
    assert homo.location == "row 4"
    loading = next(p for p in passages if "Pd loading" in p.text)
    assert loading.section[0] == "Conditions" and loading.location == "row 2"
    assert any("Temperature (°C) | Value: 80" in p.text for p in passages)
    assert not any("80.0" in p.text for p in passages)  # a whole number typed in a cell is said as typed


def deck() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    s1 = prs.slides.add_slide(prs.slide_layouts[0])
    s1.shapes.title.text = "Flash chromatography: group meeting"
    s1.placeholders[1].text = "Tips from the Smith lab"
    s2 = prs.slides.add_slide(prs.slide_layouts[1])
    s2.shapes.title.text = "Streaking on silica"
    body = s2.placeholders[1].text_frame
    body.text = "Amines streak: add 1 % Et3N to the eluent"
    p = body.add_paragraph()
    p.text = "Acids streak: add 0.5 % AcOH"
    p = body.add_paragraph()
    p.text = "Pre-treat the silica with the modified eluent"
    p.level = 1
    s2.notes_slide.notes_text_frame.text = "Never use more than 10 % MeOH in DCM: silica dissolves."
    s3 = prs.slides.add_slide(prs.slide_layouts[5])
    s3.shapes.title.text = "Column size"
    table = s3.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, (a, b) in enumerate([("Crude", "Column diameter"), ("up to 100 mg", "2 cm"), ("0.5–2 g", "5 cm")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def test_a_decks_slides_are_sections_with_bullets_tables_and_notes_cited_by_slide() -> None:
    doc = read(Path("flash.pptx"), deck())
    assert doc.format == "pptx" and doc.title == "Flash chromatography: group meeting"
    passages = chunk("flash", doc)[1]
    streak = [p for p in passages if p.section and p.section[-1] == "Streaking on silica"]
    text = "\n".join(p.text for p in streak)
    assert "Amines streak: add 1 % Et3N to the eluent" in text and "Pre-treat the silica" in text
    assert "Never use more than 10 % MeOH in DCM" in text  # the speaker's notes are part of the slide
    assert all(p.location == "slide 2" for p in streak)
    row = next(p for p in passages if p.kind == "table-row" and "0.5–2 g" in p.text)
    assert "Column diameter: 5 cm" in row.text and row.location == "slide 3"


@pytest.mark.parametrize(("name", "data", "says"), [
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "cannot open the workbook"),
    ("broken.pptx", b"not a deck at all", "cannot open the slide deck"),
])
def test_an_unreadable_workbook_or_deck_is_one_clear_reason(name: str, data: bytes, says: str) -> None:
    with pytest.raises(CorpusError) as e:
        read(Path(name), data)
    assert str(e.value).startswith(f"{name}: ") and says in str(e.value)


RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}" b"\r\n"
       rb"{\b SWERN OXIDATION SOP}\par\par" b"\r\n"
       rb"{\b PROCEDURE}\par" b"\r\n"
       rb"{\listtext\pard\plain\f0 1.\tab}Cool the DCM to \u8722?78 \'b0C.\par" b"\r\n"
       rb"{\listtext\pard\plain\f0 2.\tab}Add oxalyl chloride (1.5 equiv), then DMSO (3 equiv) dropwise.\par" b"\r\n"
       rb"{\*\pn\pnlvlbody{\pntxta .}}{\pntext 3.\tab}Stir 15 min, then add the alcohol.\par\par" b"\r\n"
       rb"{\b TROUBLESHOOTING}\par" b"\r\n"
       rb"Cabbage smell: rinse the glassware with dilute bleach.\par}")


@pytest.mark.parametrize("name", ["swern.rtf", "swern.doc"])
def test_an_rtf_document_is_read_with_its_headings_and_numbered_steps_cited_by_paragraph(name: str) -> None:
    doc = read(Path(name), RTF)
    title, passages = chunk("swern", doc)
    assert doc.format == "rtf" and title == "SWERN OXIDATION SOP"
    proc = next(p for p in passages if p.kind == "protocol")
    assert proc.items == ("Cool the DCM to −78 °C.", "Add oxalyl chloride (1.5 equiv), then DMSO (3 equiv) dropwise.",
                          "Stir 15 min, then add the alcohol.")
    assert proc.location.startswith("¶ ")
    assert any("rinse the glassware with dilute bleach" in p.text and p.section[-1] == "TROUBLESHOOTING"
               for p in passages)


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
 <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
 <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:p text:style-name="P1">Grignard reagents: bench SOP</text:p>
 <text:h text:outline-level="1">Preparing the reagent</text:h>
 <text:list text:style-name="L1">
  <text:list-item><text:p>Flame-dry the flask under N<text:span>2</text:span>.</text:p></text:list-item>
  <text:list-item><text:p>Add Mg turnings (1.2<text:s/>equiv) and one crystal of I2.</text:p></text:list-item>
 </text:list>
 <text:h text:outline-level="1">Troubleshooting</text:h>
 <text:h text:outline-level="2">Reaction will not start</text:h>
 <text:list text:style-name="L2">
  <text:list-item><text:p>Crush the Mg under N2 with a glass rod.</text:p></text:list-item>
 </text:list>
 <table:table table:name="T1">
  <table:table-row><table:table-cell><text:p>Halide</text:p></table:table-cell>
   <table:table-cell><text:p>Initiator</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>Aryl chloride</text:p></table:table-cell>
   <table:table-cell><text:p>1,2-dibromoethane</text:p></table:table-cell></table:table-row>
 </table:table>
</office:text></office:body></office:document-content>"""


def odt() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", ODT_CONTENT)
    return buf.getvalue()


def test_an_opendocument_text_reads_its_title_headings_numbered_steps_and_tables() -> None:
    doc = read(Path("grignard.odt"), odt())
    assert doc.format == "odt" and doc.title == "Grignard reagents: bench SOP"
    passages = chunk("grignard", doc)[1]
    steps = next(p for p in passages if p.kind == "protocol" or p.items and "Flame-dry" in p.items[0])
    assert steps.items == ("Flame-dry the flask under N2.", "Add Mg turnings (1.2 equiv) and one crystal of I2.")
    crush = next(p for p in passages if "Crush the Mg" in p.text)
    assert crush.section[-1] == "Reaction will not start" and crush.location.startswith("¶ ")
    row = next(p for p in passages if p.kind == "table-row" and "Aryl chloride" in p.text)
    assert "Initiator: 1,2-dibromoethane" in row.text


NOTEBOOK = {
    "nbformat": 4, "nbformat_minor": 5, "metadata": {},
    "cells": [
        {"cell_type": "markdown", "source": ["# Heating baths: group notebook\n", "\n",
                                             "Oil baths above 200 °C smoke; use a metal block instead.\n"]},
        {"cell_type": "code", "source": ["import pandas as pd\n", "print(limits)"], "execution_count": 1,
         "outputs": [{"output_type": "stream", "name": "stdout",
                      "text": ["Silicone oil: max 200 °C\n", "Paraffin oil: max 150 °C\n"]},
                     {"output_type": "stream", "name": "stderr", "text": ["DeprecationWarning: old pandas\n"]}]},
        {"cell_type": "markdown", "source": "## Changing the oil\n\n1. Cool the bath to rt.\n2. Decant into a waste "
                                            "can.\n3. Wipe the bath with hexane.\n"},
    ],
}


def test_a_jupyter_notebook_reads_its_markdown_and_printed_output_without_code_cited_by_cell() -> None:
    import json

    doc = read(Path("baths.ipynb"), json.dumps(NOTEBOOK).encode())
    title, passages = chunk("baths", doc)
    text = "\n".join(p.text for p in passages)
    assert doc.format == "ipynb" and title == "Heating baths: group notebook"
    assert "Silicone oil: max 200 °C" in text and "import pandas" not in text and "DeprecationWarning" not in text
    steps = next(p for p in passages if p.kind == "protocol")
    assert steps.items == ("Cool the bath to rt.", "Decant into a waste can.", "Wipe the bath with hexane.")
    assert steps.location == "cell 3"
    assert next(p for p in passages if "metal block" in p.text).location in ("cell 1", "cells 1–2")


def test_a_notebooks_printed_table_reads_line_by_line_not_run_together() -> None:
    """A cell that prints amounts in aligned columns ("urea   1.50 equiv   30.0 mmol   1.802 g") shows one
    line per reagent; read as Markdown the lines would run into one paragraph and a line would be a mix of two."""
    import json

    from assistant.corpus.units import units

    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "markdown", "source": "# Biginelli\n\n## Amounts\n\nThe cell below prints them."},
        {"cell_type": "code", "source": "print(table)", "execution_count": 1, "outputs": [
            {"output_type": "stream", "name": "stdout",
             "text": ["benzaldehyde           1.00 equiv   20.0 mmol   2.122 g = 2.03 mL\n",
                      "urea                   1.50 equiv   30.0 mmol   1.802 g\n",
                      "# 1. conc. HCl          0.10 mL\n"]}]}]}
    _, passages = chunk("b", read(Path("b.ipynb"), json.dumps(nb).encode()))
    said = [u.said for p in passages for u in units(p)]
    assert "urea 1.50 equiv 30.0 mmol 1.802 g" in said
    assert "benzaldehyde 1.00 equiv 20.0 mmol 2.122 g = 2.03 mL" in said
    assert any(s.startswith("# 1. conc. HCl") for s in said)


WORD_RTF = (rb"{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0 Calibri;}{\f3 Symbol;}}"
            rb"{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 \b\fs28 heading 1;}{\s2\outlinelevel1 \b\fs24 heading 2;}}"
            rb"{\info{\title Shapiro WI}}"
            b"\r\n"
            rb"{\header \pard\plain \s21 Lab 3 \u8211? WI-SYN-07 \u8211? Rev. 2\par }"
            rb"{\footer \pard\plain Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par }"
            b"\r\n"
            rb"\pard\plain \s1\outlinelevel0 \b\fs28 4. Reagents\par"
            b"\r\n"
            rb"\pard\plain \fs22 The n-BuLi is titrated (\u8804?1 week old).\par"
            rb"\trowd \cellx2000\cellx4000"
            rb"\pard\plain \intbl \b Reagent\cell Amount\cell \row"
            rb"\trowd \cellx2000\cellx4000"
            rb"\pard\plain \intbl n-BuLi, 2.5 M\cell 3.52 mL\cell \row"
            b"\r\n"
            rb"\pard\plain \s1\outlinelevel0 \b\fs28 7. Troubleshooting\par"
            rb"\pard\plain \fs22 {\b 7.2 The crude contains the ketone and a tertiary alcohol with an n-butyl group "
            rb"from the excess n-BuLi}\par"
            rb"\pard\plain \fs22 {\b Cause:} ketone was left in the hydrazone.\par"
            rb"\pard\plain \fs22 {\b Remedy:} recrystallise the hydrazone from methanol.\par}")


def test_a_word_rtf_reads_its_styles_tables_and_entries_without_page_headers() -> None:
    """Word's RTF: headings from the paragraph styles, a table's \\cell/\\row as rows, Unicode escapes as their
    characters, a long bold line over "Cause:" and "Remedy:" as the name of its problem; the page header and
    footer are no part of the text."""
    title, passages = chunk("shapiro", read(Path("shapiro.rtf"), WORD_RTF))
    text = "\n".join(p.text for p in passages)
    assert "WI-SYN-07" not in text and "Page" not in text
    assert "The n-BuLi is titrated (≤1 week old)." in text
    row = next(p for p in passages if p.kind == "table-row")
    assert row.header == ("Reagent", "Amount") and row.items == ("n-BuLi, 2.5 M", "3.52 mL")
    assert row.section[0] == "4. Reagents"
    fix = next(p for p in passages if p.kind == "solution")
    assert fix.section[-2].startswith("7.2 The crude contains the ketone") and fix.section[0] == "7. Troubleshooting"
    assert "recrystallise the hydrazone from methanol" in fix.text


def test_a_slides_auto_numbered_steps_are_a_procedure_and_its_footer_is_no_text() -> None:
    """PowerPoint numbers a list by itself (no number in the text); every slide carries the deck's footer and
    number: the steps read as a numbered procedure, the footer and slide number not at all."""
    from lxml import etree
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Procedure A – xanthate"
    body = s.placeholders[1].text_frame
    steps = ["Flame-dry the flask under argon.", "Add NaH (1.5 equiv) and THF.", "Add CS2 (3 equiv), then MeI."]
    body.text = steps[0]
    for t in steps[1:]:
        body.add_paragraph().text = t
    for p in body.paragraphs:
        p._p.get_or_add_pPr().append(etree.SubElement(p._p.get_or_add_pPr(), "{http://schemas.openxmlformats.org/"
                                                      "drawingml/2006/main}buAutoNum", type="arabicPeriod"))
    footer = s.shapes.add_textbox(Inches(0.5), Inches(7), Inches(4), Inches(0.3))
    footer.text_frame.text = "Group meeting 2026 – confidential"
    footer.element.nvSpPr.nvPr.append(etree.fromstring(
        '<p:ph xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" type="ftr" idx="11"/>'))
    buf = io.BytesIO()
    prs.save(buf)
    passages = chunk("deck", read(Path("deck.pptx"), buf.getvalue()))[1]
    proc = next(p for p in passages if p.kind == "protocol")
    assert proc.items == tuple(steps)
    assert not any("confidential" in p.text for p in passages)
