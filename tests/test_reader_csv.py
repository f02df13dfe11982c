"""A spreadsheet saved as CSV (.csv, or renamed .txt): its rows as table rows under the header above them,
a category column as sections, a title row as the title; quoted cells may hold commas and line breaks."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus import readers
from assistant.corpus.document import Block, Document
from assistant.corpus.readers.sheet import unframed

SHEET = '''\ufeff"Balance room – analytical balances: daily use and troubleshooting",,,,,
Contact: Dr Okafor (ext. 4417),,,,Last revised:,12/03/2025
,,,,,
Section,Ref,Item,What to do / why,Limit or value,Edited by
CHECK FIRST,C1,Level,"The bubble must sit in the middle of the circle.
Re-level after moving the balance.",Bubble centred,TW
CHECK FIRST,C2,Draft shield,"Close all doors, then wait 10 s.",Stable in 10 s,TW
,,,,,
Troubleshooting,Ref,Symptom,Likely cause,What to do,
Troubleshooting,T1,Reading keeps falling,"Evaporation: a wet or volatile sample, or a warm container",\
"Cap the vial; let it cool to room temperature, ""even 2 °C"" matters.",IO
Troubleshooting,T2,Reading drifts up,A hygroscopic sample taking up water,Weigh by difference from a capped vial.,IO
'''


def read(name: str = "balance.csv") -> Document:
    return readers.read(Path(name), SHEET.replace("\n", "\r\n").encode("utf-8"))


def test_a_csv_sheet_reads_as_titled_sections_of_table_rows() -> None:
    d = read()
    assert d.title == "Balance room – analytical balances: daily use and troubleshooting"
    assert [b.text for b in d.blocks if b.kind == "heading"] == ["CHECK FIRST", "Troubleshooting"]
    rows = [b for b in d.blocks if b.kind == "row"]
    # a column of row codes ("C1", "T2") goes last: each row is named by what it is about
    assert rows[0].cells == ("Item", "What to do / why", "Limit or value", "Edited by", "Ref")
    assert rows[1].cells[:2] == ("Level", "The bubble must sit in the middle of the circle. Re-level after "
                                          "moving the balance.") and rows[1].cells[-1] == "C1"
    t1 = next(r for r in rows if r.cells[-1] == "T1")
    assert t1.cells[:3] == ("Reading keeps falling", "Evaporation: a wet or volatile sample, or a warm container",
                            'Cap the vial; let it cool to room temperature, "even 2 °C" matters.')
    header = rows[rows.index(t1) - 1]
    assert header.cells[:3] == ("Symptom", "Likely cause", "What to do") and header.table == t1.table
    assert header.table != rows[0].table


def test_each_row_cites_the_lines_it_spans_and_a_txt_copy_reads_the_same() -> None:
    d = read()
    c1 = next(b for b in d.blocks if b.kind == "row" and b.cells[-1] == "C1")
    assert (c1.start, c1.end) == (5, 6)
    assert read("balance.txt").blocks == d.blocks


def test_prose_with_commas_is_not_taken_for_a_sheet() -> None:
    text = ("Wacker oxidation\n\nStir hard, at least 800 rpm, under O2.\nAdd the PdCl2, then the CuCl, then water.\n"
            "If it turns black, stop, filter, and start again with fresh catalyst.\n")
    d = readers.read(Path("notes.txt"), text.encode())
    assert not [b for b in d.blocks if b.kind == "row"]


def test_a_guide_quoting_a_short_csv_block_in_its_prose_is_still_read_as_text() -> None:
    prose = "\n\n".join(f"Paragraph {k} of the guide says what to do when the column runs dry." for k in range(8))
    text = ("Flash columns, rev. 2, March 2025\n\n" + prose + "\n\nExport from the instrument:\n\nrun,solvent,Rf\n"
            "1,hexane,0.2\n2,EtOAc,0.5\n3,MeOH,0.9\n")
    text = text.replace("Export from", "1. Pack the column dry.\n2. Flush it with hexane.\n\nExport from")
    d = readers.read(Path("columns.txt"), text.encode())
    assert any(b.kind == "paragraph" and b.text.startswith("Paragraph 3 of the guide") for b in d.blocks)
    assert [b.text for b in d.blocks if b.kind == "item"] == ["Pack the column dry.", "Flush it with hexane."]


def test_excels_separator_line_is_no_part_of_the_sheet() -> None:
    """"sep=;" on the first line tells Excel the separator: the sheet is read with it, and it names nothing."""
    text = "sep=;\r\n" + SHEET.lstrip("\ufeff").replace(",", ";").replace("\n", "\r\n")
    d = readers.read(Path("balance.csv"), text.encode("utf-8"))
    assert d.title == "Balance room – analytical balances: daily use and troubleshooting"
    assert not any("sep=" in b.text for b in d.blocks)
    assert any(b.kind == "row" and b.cells[:1] == ("Reading drifts up",) for b in d.blocks)


def test_a_help_centre_export_reads_each_article_under_its_title_and_html_cells_as_text() -> None:
    """A help-centre export (Zendesk): one article per row, its body an HTML cell; each article is headed by its
    title and read as the page it is (paragraphs, lists, a table of error codes), entities decoded; a short
    HTML fragment in a cell reads as its text."""
    rows = ['id,title,body,locale,updated_at'] + [
        f'{360 + k},"{title}","{body}",en-gb,2025-03-0{k}' for k, (title, body) in enumerate([
            ("HS-12 controller: error codes", "<p>The controller shows a code.</p><table><thead><tr><th>Code</th>"
             "<th>Meaning</th><th>What to do</th></tr></thead><tbody><tr><td>E03</td><td>Cooling water flow below "
             "0.3&nbsp;L/min</td><td>Open the tap</td></tr></tbody></table>"),
            ("Temperature overshoots", "<p>The block can overshoot by 5&ndash;15&nbsp;&deg;C on the first heat-up."
             "</p><ul><li>Run Autotune, about 40 min.</li></ul>"),
            ("Stirring", "<p>Bars longer than 12&nbsp;mm jam in the 24&nbsp;mm tubes.</p>"),
            ("Cleaning", "<p>Wipe the block with water.</p>"),
            ("Spare parts", "<ul><li>O-ring set: PS12-OR-FK</li></ul>"),
        ], 1)]
    filler = "<p>" + "This article is kept up to date by the vendor's support team. " * 3 + "</p>"
    rows = [r.replace('",en-gb', filler + '",en-gb') for r in rows]
    d = readers.read(Path("kb.csv"), "\n".join(rows).encode())
    texts = [(b.kind, b.text) for b in d.blocks]
    assert ("heading", "HS-12 controller: error codes") in texts and ("heading", "Temperature overshoots") in texts
    assert ("paragraph", "The block can overshoot by 5–15 °C on the first heat-up.") in texts
    assert ("item", "Run Autotune, about 40 min.") in texts
    assert any(b.kind == "row" and b.cells == ("E03", "Cooling water flow below 0.3 L/min", "Open the tap")
               for b in d.blocks)
    assert not any("<" in b.text or "&nbsp;" in b.text for b in d.blocks)


def _printed(rows: list[tuple[str, ...]], page: int, table: int) -> list[Block]:
    """A sheet printed with its row and column headings, as the PDF reader gives its rows."""
    width = len(rows[0])
    frame = ("", *"ABCDEFG"[:width])
    return [Block("row", " | ".join(c for c in cells if c), k + 2, k + 2, cells=cells, page=page, page_end=page,
                  table=table) for k, cells in enumerate([frame, *((str(n), *r) for n, r in enumerate(rows, 1))])]


def test_a_sheet_printed_with_its_headings_reads_as_its_title_its_header_and_rows() -> None:
    """An Excel sheet printed to PDF with row numbers and column letters: the frame is no part of it; a
    title that spills into the next cell is one heading; the row of short labels is the header."""
    blocks = [Block("paragraph", "guide_v4.xlsx Interpreting 04/03/2025", 1, 1, page=3, page_end=3),
              *_printed([("Reading a", "failed result", ""), ("", "", ""),
                         ("Pattern", "What it usually means", "What to do"),
                         ("C and H high", "Residual solvent", "Dry at 60 °C under vacuum for 12 h"),
                         ("N low", "Incomplete combustion", "Ask for V2O5 as an additive")], page=3, table=1)]
    out = unframed(blocks)
    heading = out[0]  # the print header naming the workbook is gone
    assert (heading.kind, heading.text, heading.page) == ("heading", "Reading a failed result", 3)
    rows = [b for b in out if b.kind == "row"]
    assert [b.cells for b in rows] == [("Pattern", "What it usually means", "What to do"),
                                       ("C and H high", "Residual solvent", "Dry at 60 °C under vacuum for 12 h"),
                                       ("N low", "Incomplete combustion", "Ask for V2O5 as an additive")]
    assert all(b.page == 3 for b in rows) and rows[1].start == 6 and len({b.table for b in rows}) == 1


def test_a_table_that_only_starts_with_a_letter_column_is_not_taken_for_a_printed_sheet() -> None:
    rows = [Block("row", "", 1, 1, cells=("", "A", "B")), Block("row", "", 2, 2, cells=("Step", "Ligand", "Base"))]
    assert unframed(rows) == rows


def test_a_header_may_hold_an_abbreviation_like_no() -> None:
    out = unframed(_printed([("No.", "Item", "Requirement"), ("1", "Amount", "At least 5 mg of solid."),
                             ("2", "Container", "A clean glass vial with a screw cap.")], page=2, table=1))
    rows = [b.cells for b in out if b.kind == "row"]  # (the running number goes last, as in any sheet)
    assert rows[0] == ("Item", "Requirement", "No.") and rows[1] == ("Amount", "At least 5 mg of solid.", "1")


def test_a_label_and_its_value_above_a_printed_sheets_header_read_as_one_line() -> None:
    out = unframed(_printed([("Turnaround", "5 working days from receipt."), ("Contact", "Dr R. Okafor, ext. 5521")],
                            page=1, table=1))
    assert [b.text for b in out] == ["Turnaround: 5 working days from receipt.", "Contact: Dr R. Okafor, ext. 5521"]
