"""The PDF reader on small PDFs drawn with reportlab (every position known) and on two real lab guides."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant.corpus.document import Block, Document
from assistant.corpus.readers.pdf import read
from assistant.errors import CorpusError

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONTS = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont("Vera", str(FONTS / "Vera.ttf")))  # has •, µ, °, curly quotes and the ﬁ ligature
pdfmetrics.registerFont(TTFont("VeraBd", str(FONTS / "VeraBd.ttf")))
W, H = A4
REAL = Path(__file__).resolve().parents[2] / "shared" / "real-guides"
LCMS = REAL / "Preparative LCMS Guide.pdf"
DUTIES = REAL / "Lab Responsibilities.pdf"

Op = tuple[Any, ...]


def text(x: float, top: float, s: str, size: float = 11, font: str = "Vera") -> Op:
    return ("text", x, top, s, size, font)


def para(x: float, top: float, lines: Sequence[str], size: float = 11, font: str = "Vera") -> list[Op]:
    """Hard-wrapped lines at single spacing (1.2 x the font size)."""
    return [text(x, top + i * size * 1.2, s, size, font) for i, s in enumerate(lines)]


def grid(top: float, rows: Sequence[Sequence[str]], xs: Sequence[float] = (72, 200, 330, 520),
         shade: bool = False, bold_first: bool = False) -> list[Op]:
    """A table of 20 pt rows: ruled, or (shade=True) only every other row filled grey, no lines."""
    ops: list[Op] = []
    for i, row in enumerate(rows):
        y = top + 20 * i
        if shade and i % 2 == 0:
            ops += [("fill", a, y, b, y + 20) for a, b in zip(xs, xs[1:])]
        for a, cell in zip(xs, row):
            ops.append(text(a + 4, y + 5, cell, 10, "VeraBd" if bold_first and i == 0 else "Vera"))
    if not shade:
        ops += [("line", xs[0], top + 20 * i, xs[-1], top + 20 * i) for i in range(len(rows) + 1)]
        ops += [("line", x, top, x, top + 20 * len(rows)) for x in xs]
    return ops


def build(pages: Sequence[Sequence[Op]], title: str = "", encrypt: str = "") -> bytes:
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {}
    if encrypt:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt)
    c = canvas.Canvas(buf, pagesize=A4, **kwargs)
    if title:
        c.setTitle(title)
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, top, s, size, font = op
                c.setFont(font, size)
                c.drawString(x, H - top - size * 0.8, s)
            elif op[0] == "line":
                c.line(op[1], H - op[2], op[3], H - op[4])
            elif op[0] == "box":  # an outlined rectangle
                c.rect(op[1], H - op[4], op[3] - op[1], op[4] - op[2], stroke=1, fill=0)
            elif op[0] == "fill":
                c.setFillGray(0.9)
                c.rect(op[1], H - op[4], op[3] - op[1], op[4] - op[2], stroke=0, fill=1)
                c.setFillGray(0)
            elif op[0] == "image":
                from PIL import Image
                from reportlab.lib.utils import ImageReader

                _, x, top, w, h = op
                c.drawImage(ImageReader(Image.new("RGB", (40, 30), (90, 140, 200))), x, H - top - h, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def margins(n: int, total: int) -> list[Op]:
    return [text(72, 40, "HPLC Guide Rev. 2", 9), text(260, 800, f"Page {n} of {total}", 9)]


HEADER = ("Symptom", "Cause", "Fix")


def guide_pages() -> list[list[Op]]:
    p1 = margins(1, 5) + [
        text(170, 80, "HPLC Troubleshooting Guide", 20, "VeraBd"),
        text(72, 125, "Contents", 14, "VeraBd"),
        text(72, 150, "Pressure problems ........................ 1"),
        text(72, 165, "Baseline noise ........................... 2"),
        text(72, 200, "Pressure problems", 14, "VeraBd"),
        *para(72, 225, ["Inject 0.05-", "0.1 mL of the sample onto the chromato-",
                        "graphy column and watch the gauge."]),
        *para(72, 275, ["A second paragraph starts after a blank gap", "and wraps onto a second line."]),
        text(72, 320, "Causes", 12, "VeraBd"),
        text(72, 345, "1. Check the inlet frit."),
        text(72, 360, "2) Replace the guard column."),
        text(72, 375, "3."),
        text(90, 388, "Flush the column with warm water."),
        text(72, 410, "• Wear nitrile gloves"),
        text(72, 425, "- Use HPLC grade solvents only and keep the"),
        text(84, 438, "bottles capped between runs"),
        *para(72, 480, ["Keep the column oven at a constant temperature so that the"]),
    ]
    p2 = margins(2, 5) + [
        text(72, 80, "retention times stay stable across runs."),
        text(72, 120, "Baseline noise", 14, "VeraBd"),
        *grid(150, [HEADER, ("Drift", "Temperature", "Use the oven"), ("Spikes", "Air bubbles", "Degas eluent")]),
    ]
    p3 = margins(3, 5) + [
        *grid(80, [("Wander", "Dirty cell", "Flush cell"), ("Noise", "Old lamp", "Replace lamp")]),
        text(72, 150, "Record every change in the instrument log."),
    ]
    p4 = margins(4, 5) + [
        text(72, 80, "Column care", 14, "VeraBd"),
        *grid(110, [("Column", "Storage", "Limit"), ("C18", "Acetonitrile", "60 °C")]),
    ]
    p5 = margins(5, 5) + [
        *grid(80, [("Column", "Storage", "Limit"), ("HILIC", "Buffer-free", "40 °C")]),
        text(72, 150, "Use a ﬁlter of 0.2 µm at 25 °C and “degas” the so\x07lvent."),
    ]
    return [p1, p2, p3, p4, p5]


@pytest.fixture(scope="module")
def guide() -> Document:
    return read(build(guide_pages()), "hplc.pdf")


def texts(doc: Document, kind: str | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def find(doc: Document, start: str) -> Block:
    return next(b for b in doc.blocks if b.text.startswith(start))


def test_running_header_footer_and_page_numbers_dropped(guide: Document) -> None:
    assert not any("HPLC Guide Rev" in t or "Page " in t for t in texts(guide))
    assert "running header 'HPLC Guide Rev. 2' on 5 pages" in guide.dropped
    assert "page numbers on 5 pages" in guide.dropped


def test_repeated_line_numbered_differently_per_page_is_a_running_footer() -> None:
    pages = [[text(72, 80, f"Step {n} text of the guide."), text(72, 800, f"Rev {n} 2024 QC-7", 9)] for n in (1, 2, 3)]
    doc = read(build(pages), "f.pdf")
    assert texts(doc) == [f"Step {n} text of the guide." for n in (1, 2, 3)]
    assert doc.dropped == ["running footer 'Rev 1 2024 QC-7' on 3 pages"]


def test_dotted_table_of_contents_dropped_with_its_heading(guide: Document) -> None:
    assert not any("...." in t or t == "Contents" for t in texts(guide))
    assert "table of contents (2 entries)" in guide.dropped
    heads = [b.text for b in guide.blocks if b.kind == "heading"]
    assert heads[:2] == ["HPLC Troubleshooting Guide", "Pressure problems"]


def test_hard_wrapped_lines_rejoined_into_paragraphs(guide: Document) -> None:
    first = find(guide, "Inject")
    assert first.text == "Inject 0.05-0.1 mL of the sample onto the chromatography column and watch the gauge."
    assert (first.kind, first.page, first.page_end, first.start, first.end) == ("paragraph", 1, 1, 7, 9)
    second = find(guide, "A second paragraph")
    assert second.text == "A second paragraph starts after a blank gap and wraps onto a second line."
    assert (second.start, second.end) == (10, 11)


def test_hyphen_kept_for_compounds_and_before_capitals() -> None:
    lines = ["Add 1,4-", "dioxane to the non-", "polar HPLC-", "MS fraction, dis-", "solve the self-",
             "assembled solid."]
    doc = read(build([para(72, 100, lines)]), "h.pdf")
    assert texts(doc) == ["Add 1,4-dioxane to the non-polar HPLC-MS fraction, dissolve the self-assembled solid."]


def test_paragraph_running_over_a_page_break_is_one_block(guide: Document) -> None:
    b = find(guide, "Keep the column oven")
    assert b.text.endswith("so that the retention times stay stable across runs.")
    assert (b.page, b.page_end, b.start, b.end) == (1, 2, 20, 2)


def test_headings_by_font_with_levels_and_title(guide: Document) -> None:
    heads = [(b.text, b.level) for b in guide.blocks if b.kind == "heading"]
    assert heads == [("HPLC Troubleshooting Guide", 0), ("Pressure problems", 1), ("Causes", 2),
                     ("Baseline noise", 1), ("Column care", 1)]
    assert guide.title == "HPLC Troubleshooting Guide"


def test_title_from_metadata_when_sensible() -> None:
    pages = [[text(72, 80, "Guide", 20, "VeraBd"), text(72, 120, "Body text of the guide.")]]
    assert read(build(pages, title="Rotavap Care"), "r.pdf").title == "Rotavap Care"
    assert read(build(pages, title="Microsoft Word - rotavap.docx"), "r.pdf").title == "Guide"


def test_bold_short_line_is_a_heading_but_a_bold_sentence_is_not() -> None:
    pages = [[*para(72, 80, ["Body text before the heading, wrapped", "onto a second line."]),
              text(72, 120, "Storage", 11, "VeraBd"),
              *para(72, 134, ["Store it cold, away from light,", "in the fridge."]),
              text(72, 180, "Never heat a sealed vial.", 11, "VeraBd")]]
    doc = read(build(pages), "b.pdf")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Body text before the heading, wrapped onto a second line."), ("heading", "Storage"),
        ("paragraph", "Store it cold, away from light, in the fridge."), ("paragraph", "Never heat a sealed vial.")]


def test_numbered_items_bullets_and_a_step_number_alone(guide: Document) -> None:
    items = [(b.number, b.text) for b in guide.blocks if b.kind == "item"]
    assert items == [("1", "Check the inlet frit."), ("2", "Replace the guard column."),
                     ("3", "Flush the column with warm water."), ("", "Wear nitrile gloves"),
                     ("", "Use HPLC grade solvents only and keep the bottles capped between runs")]
    step = find(guide, "Flush")
    assert (step.start, step.end) == (15, 16)


def test_numbered_heading_in_big_type_a_wrapped_number_and_the_word_bullet_o() -> None:
    page = [text(72, 80, "2. Pressure problems", 14, "VeraBd"),
            *para(72, 105, ["The pump limits the flow; the maximum is", "100. The limit holds for this column."]),
            text(90, 150, "o", 11, "Courier"), text(108, 150, "Line A is water"),
            text(72, 175, "o-Xylene is the solvent.")]
    doc = read(build([page]), "n.pdf")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "2. Pressure problems"),
        ("paragraph", "The pump limits the flow; the maximum is 100. The limit holds for this column."),
        ("item", "Line A is water"), ("paragraph", "o-Xylene is the solvent.")]


def test_words_placed_without_space_characters_are_split() -> None:
    x, ops = 72.0, []
    for word in "Degas the eluent first".split():  # as TeX and DocBook PDFs place them: 0.25 em apart, no spaces
        ops.append(text(x, 100, word))
        x += pdfmetrics.stringWidth(word, "Vera", 11) + 0.25 * 11
    assert texts(read(build([ops]), "w.pdf")) == ["Degas the eluent first"]


def test_ruled_table_rows_with_header_and_continuation_over_a_page(guide: Document) -> None:
    rows = [(b.table, b.page, b.cells) for b in guide.blocks if b.kind == "row"]
    assert rows == [
        (1, 2, HEADER), (1, 2, ("Drift", "Temperature", "Use the oven")),
        (1, 2, ("Spikes", "Air bubbles", "Degas eluent")),
        (1, 3, ("Wander", "Dirty cell", "Flush cell")), (1, 3, ("Noise", "Old lamp", "Replace lamp")),
        (2, 4, ("Column", "Storage", "Limit")), (2, 4, ("C18", "Acetonitrile", "60 °C")),
        (2, 5, ("HILIC", "Buffer-free", "40 °C")),  # the header repeated on page 5 is not emitted again
    ]
    drift = find(guide, "Drift")
    assert drift.text == "Drift | Temperature | Use the oven"
    assert not any(c in t for t in texts(guide, "paragraph") + texts(guide, "heading")
                   for c in ("Drift", "Symptom", "Wander", "HILIC"))
    assert find(guide, "Record every").kind == "paragraph"


def test_new_table_on_the_next_page_with_its_own_bold_header_is_a_new_table() -> None:
    pages = [grid(100, [("Name", "Role"), ("Ana", "Stores")], xs=(72, 250, 450), bold_first=True),
             grid(80, [("Item", "Where"), ("Gloves", "Drawer")], xs=(72, 250, 450), bold_first=True)]
    rows = [(b.table, b.cells) for b in read(build(pages), "t.pdf").blocks]
    assert rows == [(1, ("Name", "Role")), (1, ("Ana", "Stores")), (2, ("Item", "Where")), (2, ("Gloves", "Drawer"))]


def test_shaded_table_keeps_its_unshaded_rows_and_a_continuation() -> None:
    rows1 = [("Job", "People", "Description"), ("Stores", "Tha", "Buy consumables"),
             ("Waste", "Helal", "Arrange disposal"), ("Safety", "Riley", "Check showers")]
    p1 = [text(72, 80, "Who does what in the lab, and how often they do it."), *grid(120, rows1, shade=True)]
    p2 = [*grid(80, [("Rotas", "Fahima", "Write the rotas"), ("Glass", "Dana", "Send for repair")], shade=True),
          text(72, 140, "Pass the job on before you leave the group.")]
    doc = read(build([p1, p2]), "s.pdf")
    assert [(b.kind, b.table, b.cells) for b in doc.blocks if b.kind == "row"] == [
        ("row", 1, r) for r in [*rows1, ("Rotas", "Fahima", "Write the rotas"), ("Glass", "Dana", "Send for repair")]]
    assert texts(doc, "paragraph") == ["Who does what in the lab, and how often they do it.",
                                       "Pass the job on before you leave the group."]


def test_characters_cleaned_ligatures_expanded_signs_and_quotes_kept(guide: Document) -> None:
    assert find(guide, "Use a").text == "Use a filter of 0.2 µm at 25 °C and “degas” the solvent."


def test_small_text_over_a_picture_is_a_label_not_a_paragraph() -> None:
    page = [text(72, 80, "Open the pump window."), ("image", 72, 110, 300, 200),
            text(100, 150, "Click here to purge", 7), text(72, 340, "Then start the run.")]
    doc = read(build([page]), "l.pdf")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Open the pump window."), ("label", "Click here to purge"), ("paragraph", "Then start the run.")]


def test_encrypted_pdf() -> None:
    with pytest.raises(CorpusError, match=r"^e\.pdf: encrypted PDF; save an unencrypted copy$"):
        read(build([[text(72, 80, "secret")]], encrypt="pw"), "e.pdf")


@pytest.mark.parametrize("extra", [[], [text(290, 800, "3", 9)], "blank"])
def test_pdf_without_a_text_layer(extra: Any) -> None:
    """A scan (a picture of the page, perhaps with its page number as text) or a blank PDF."""
    pages = [[]] if extra == "blank" else [[("image", 72, 72, 400, 600), *extra]]
    with pytest.raises(CorpusError, match=r"^scan\.pdf: no text layer \(a scanned PDF\?\); OCR is not supported$"):
        read(build(pages), "scan.pdf")


@pytest.mark.parametrize("data", [random.Random(1).randbytes(3000), b"%PDF-1.4\n" + random.Random(2).randbytes(3000),
                                  b"not a pdf"], ids=["random", "pdf-header", "text"])
def test_not_a_pdf(data: bytes) -> None:
    with pytest.raises(CorpusError, match=r"^x\.pdf: not a readable PDF \(.+\)$"):
        read(data, "x.pdf")


def test_truncated_pdf() -> None:
    with pytest.raises(CorpusError, match="not a readable PDF"):
        read(build(guide_pages())[:600], "x.pdf")


@pytest.fixture(scope="module")
def lcms() -> Document:
    return read(LCMS.read_bytes(), LCMS.name)


@pytest.fixture(scope="module")
def duties() -> Document:
    return read(DUTIES.read_bytes(), DUTIES.name)


@pytest.mark.skipif(not LCMS.exists(), reason="../shared/real-guides is not here")
def test_real_lcms_guide(lcms: Document) -> None:
    assert lcms.title == "G25 Preparative LCMS Operation Guide"
    assert lcms.dropped == ["running header 'E. G. Tse, 2019' on 10 pages", "page numbers on 10 pages",
                            "table of contents (8 entries)"]
    all_text = texts(lcms)
    assert not any("E. G. Tse" in t or "....." in t or t == "Table of Contents" or t.isdigit() for t in all_text)
    heads = [(b.text, b.level, b.page) for b in lcms.blocks if b.kind == "heading"]
    assert heads[0] == ("G25 Preparative LCMS Operation Guide", 0, 1)
    assert [h[0] for h in heads[1:]] == [
        "LCMS Supplies from MyFinance", "Prechecks Before Running a Sample", "Sample Preparation",
        "Creating a New Method", "Fraction Collector Settings", "Running a Single Injection",
        "Running Sequence Injections", "Viewing the Data"]
    assert {h[1] for h in heads[1:]} == {1}
    wrapped = find(lcms, "Keep in mind")
    assert (wrapped.kind, wrapped.text) == ("item", "Keep in mind that injection of a more concentrated sample "
                                                    "can affect peak shape and separation")
    steps = [(b.number, b.text) for b in lcms.blocks if b.kind == "item" and b.page == 7 and b.number]
    assert steps[0] == ("1", "Select the single injection mode") and [n for n, _ in steps] == list("12345678")
    assert find(lcms, "Line A is water").kind == "item"  # the "o" bullet of Word's second level
    callout = find(lcms, "Enter the new solvent volumes here")
    assert (callout.kind, callout.page) == ("label", 2)
    assert all(b.kind == "label" for b in lcms.blocks if "Solvent Tray" in b.text)


@pytest.mark.skipif(not DUTIES.exists(), reason="../shared/real-guides is not here")
def test_real_lab_responsibilities(duties: Document) -> None:
    assert duties.title == "Lab Responsibilities"
    assert duties.dropped == ["running header 'January 2020 F. Idiris' on 5 pages", "page numbers on 5 pages"]
    assert not any("Idiris" in t or "P age" in t for t in texts(duties))
    rows = [b for b in duties.blocks if b.kind == "row"]
    assert {b.table for b in rows} == {1} and len(rows) == 18
    assert rows[0].cells == ("Job", "People", "Description")
    by_job = {b.cells[0]: b for b in rows}
    assert by_job["MyFinance (Consumables)"].cells == (  # an unshaded row between two shaded ones
        "MyFinance (Consumables)", "Uzma and Fahima", "Fortnightly bulk ordering of consumables through myFinance.")
    assert by_job["Vacuum pumps"].cells[2].endswith("Ensure that the Dewars contain enough liquid N2 and traps are "
                                                    "emptied after use.")
    glass = by_job["Glassware repairs"]  # the table runs on at the top of page 2
    assert (glass.page, glass.cells[1]) == (2, "Dana")
    assert glass.cells[2] == "Inspect and drop of glassware for repairs at the Department of Chemistry (once every " \
                             "3-4 months or as required)."
    assert not any("Tha and Dhuha" in t or "Fortnightly" in t for t in texts(duties, "paragraph"))
    heads = [(b.text, b.level) for b in duties.blocks if b.kind == "heading"]
    assert heads == [("Lab Responsibilities", 0), ("G25 Lab Rules", 1), ("General housekeeping", 2),
                     ("Consumables", 2), ("Waste Disposal", 2)]
    hivac = find(duties, "Hi-Vac line")
    assert (hivac.page, hivac.page_end) == (3, 4) and hivac.text.endswith("best possible vacuum is maintained.")
    assert "sub-location" in find(duties, "All new compounds").text
    waste = [b.text for b in duties.blocks if b.kind == "item"]
    assert len(waste) == 5 and waste[0].startswith("Solvent waste – Waste should be separated")


def test_a_two_column_page_reads_down_the_left_column_then_the_right() -> None:
    """A vendor bulletin's two-column page: a full-width heading, then two columns whose lines sit at the same
    heights; each column is read top to bottom, never a left line glued to the right line beside it."""
    left = ["Peak tailing on a new column is most", "often caused by active silanol sites", "on the silica surface.",
            "Add 0.1% triethylamine to the mobile", "phase to mask them."]
    right = ["Fronting peaks point to an overloaded", "column or a sample solvent stronger than", "the mobile phase.",
             "Inject half the volume or dissolve", "the sample in the mobile phase."]
    page = [text(72, 80, "Peak shape problems", 16, "VeraBd"),
            *para(72, 120, left, 10), *para(310, 120, right, 10),
            text(72, 220, "Both columns end before this full-width closing sentence of the page.", 10)]
    doc = read(build([page]), "two.pdf")
    paragraphs = texts(doc, "paragraph")
    assert "Peak tailing on a new column is most often caused by active silanol sites on the silica surface." \
        in " ".join(paragraphs)
    assert "Fronting peaks point to an overloaded column or a sample solvent stronger than the mobile phase." \
        in " ".join(paragraphs)
    assert any(t.startswith("Peak tailing") and t.endswith("to mask them.") for t in paragraphs)  # a column's own
    joined = " ".join(paragraphs)
    assert joined.index("Peak tailing") < joined.index("mask them") < joined.index("Fronting") \
        < joined.index("in the mobile phase.") < joined.index("Both columns end")


def test_a_sidebar_beside_the_text_is_read_apart_from_it() -> None:
    """A teaching module laid out in InDesign: a narrow sidebar ("At a glance", a hazard note) down the left of
    the page beside the main text, lines at the same heights; each is read whole, never a sidebar line glued into
    a sentence of the text."""
    side = ["AT A GLANCE", "Acetophenone to", "benzoic acid, 20 mmol", "scale. Time: about 2.5", "h with the",
            "recrystallisation.", "Pour bleach from a", "beaker, never pipette", "it by mouth."]
    main = ["The haloform reaction cleaves a methyl ketone into the carboxylic",
            "acid and a haloform. In this module the oxidant is sodium hypochlorite",
            "from commercial bleach, so the by-product is chloroform. Hydroxide",
            "forms the enolate, which is chlorinated by hypochlorite three times",
            "before any other position reacts. Hydroxide then adds to the",
            "carbonyl of the trichloromethyl ketone and the anion leaves.",
            "The acid stays in the water as its sodium salt until the end."]
    page = [text(170, 60, "Haloform reaction with bleach", 16, "VeraBd"),
            *para(40, 100, side, 8), *para(170, 100, main, 10)]
    doc = read(build([page]), "sidebar.pdf")
    joined = " ".join(texts(doc, "paragraph"))
    assert "sodium hypochlorite from commercial bleach, so the by-product is chloroform." in joined
    assert "Hydroxide forms the enolate, which is chlorinated by hypochlorite three times before any other" in joined
    assert "Acetophenone to benzoic acid, 20 mmol scale." in joined
    assert "Pour bleach from a beaker, never pipette it by mouth." in joined


def test_a_three_column_poster_reads_each_column_top_to_bottom() -> None:
    """A poster in three columns under a banner title: each column's paragraph is read whole, left
    column first, never a line of one column glued to the line beside it in the next."""
    cols = [["Dry the compound and the", "standard under high vacuum", "for at least four hours."],
            ["Weigh ten milligrams of", "each solid on the balance", "with the anti-static gun."],
            ["Set the relaxation delay to", "five times the longest T1", "of the signals you use."]]
    page = [text(40, 40, "Purity by quantitative NMR: a guide for users", 16, "VeraBd")]
    for k, col in enumerate(cols):
        for j in range(3):  # three paragraphs a column
            page += para(40 + 185 * k, 90 + 60 * j, col, 9)
    doc = read(build([page]), "poster.pdf")
    joined = " ".join(texts(doc, "paragraph"))
    for col in cols:
        assert " ".join(col) in joined
    assert joined.index("Dry the compound") < joined.index("Weigh ten") < joined.index("Set the relaxation")


def test_a_leaflets_column_headings_in_the_top_margin_each_head_their_own_column() -> None:
    """A tri-fold leaflet sets each panel's heading on one row near the top edge: each heads its own column's
    text, not one heading of three joined ("Setting up Working in the lab Troubleshooting")."""
    heads = ["Setting up", "Working in the lab", "Troubleshooting"]
    cols = [["Place the bath on a stable", "and dry bench, away from", "the other equipment."],
            ["Hang the flask in the basket", "so that it never touches", "the bottom of the tank."],
            ["Weak cavitation: degas the", "water for ten minutes and", "top up to the fill mark."]]
    page: list[Op] = []
    for k, (head, col) in enumerate(zip(heads, cols)):
        page.append(text(40 + 185 * k, 40, head, 12, "VeraBd"))
        for j in range(3):
            page += para(40 + 185 * k, 90 + 60 * j, col, 9)
    doc = read(build([page]), "leaflet.pdf")
    order = [(b.kind, b.text) for b in doc.blocks if b.kind in ("heading", "paragraph")]
    at = {h: order.index(("heading", h)) for h in heads}  # each heading a block of its own
    for head, col in zip(heads, cols):
        first = next(i for i, (_, t) in enumerate(order) if t.startswith(col[0]))
        assert at[head] < first and all(at[h] < first for h in heads[: heads.index(head)])
        assert not any(at[h] < first for h in heads[heads.index(head) + 1:]), order


def test_a_label_and_value_layout_is_not_taken_for_two_columns() -> None:
    """Short labels on the left and values on the right of the same lines are one line each."""
    rows = [("Flow rate", "1.0 mL/min"), ("Column oven", "30 °C"), ("Injection volume", "10 µL"),
            ("Detection", "254 nm"), ("Run time", "20 min")]
    page = [text(72, 80, "Method settings", 14, "VeraBd")]
    for i, (k, v) in enumerate(rows):
        page += [text(72, 110 + 15 * i, k, 10), text(330, 110 + 15 * i, v, 10)]
    doc = read(build([page]), "kv.pdf")
    assert any("Flow rate" in t and "1.0 mL/min" in t for t in texts(doc))


def test_each_section_balanced_in_two_columns_is_read_before_the_next_heading() -> None:
    """A journal page balances each section over two columns on its own: section 4 fills both columns, then
    the heading of section 5 starts at the left margin with nothing beside it, then section 5's two columns.
    Section 4's right column belongs to section 4, never after section 5."""
    s4_left = ["The catalyst forms from titanium and a", "tartrate in dichloromethane at low",
               "temperature, with sieves in the flask.", "Keep the tartrate in a small excess over"]
    s4_right = ["titanium, for example six to five, and", "age it with the oxidant for thirty",
                "minutes before the alcohol goes in.", "Stir at minus twenty degrees throughout."]
    s5_left = ["Make a racemic reference every time", "from the achiral version of the reaction."]
    s5_right = ["Measure the excess by chiral HPLC when", "the product has a chromophore."]
    page = [text(72, 80, "4. Asymmetric epoxidation", 12, "VeraBd"),
            *para(72, 110, s4_left, 10), *para(310, 110, s4_right, 10),
            text(72, 180, "5. Measuring the excess", 12, "VeraBd"),
            *para(72, 205, s5_left, 10), *para(310, 205, s5_right, 10)]
    doc = read(build([page]), "review.pdf")
    order = [b.text for b in doc.blocks]
    joined = " ".join(order)
    assert joined.index("The catalyst forms") < joined.index("Stir at minus twenty") \
        < joined.index("5. Measuring the excess") < joined.index("Make a racemic") < joined.index("Measure the excess")
    assert find(doc, "5. Measuring").kind == "heading"


def test_bullets_drawn_as_unmapped_glyphs_still_make_list_items() -> None:
    """Slides made with a standard font draw "•" as a glyph the text layer does not name ("(cid:127)"):
    each bullet is still an item of its own, not one run-on paragraph."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buf = io.BytesIO()
    style = ParagraphStyle("b", fontName="Helvetica", fontSize=14, leading=18, leftIndent=20, bulletIndent=4)
    points = ["Degas by sparging with argon for 15 min", "Keep the lamp 5 cm from the vial wall",
              "Run a fan across the vials"]
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(t, style, bulletText="\u2022") for t in points])
    doc = read(buf.getvalue(), "slides.pdf")
    assert texts(doc, "item") == points


def test_a_paragraph_opening_with_a_bold_sentence_is_headed_by_it() -> None:
    """An application note's troubleshooting entry: the symptom set in bold, then the cause and fix in the
    same paragraph. The symptom names the entry (a heading), so an answer never quotes it back as a line."""
    lead = "Black precipitate within 15 min."
    x = 72 + pdfmetrics.stringWidth(lead + " ", "VeraBd", 10)
    page = [text(72, 80, "4. Troubleshooting", 14, "VeraBd"),
            text(72, 110, lead, 10, "VeraBd"), text(x, 110, "Pd(0) aggregated before it could react.", 10),
            text(72, 122, "Degas the solvent and raise the P:Pd ratio to 4:1.", 10),
            text(72, 150, "Arene Ar-H instead of product.", 10, "VeraBd"),
            text(72 + pdfmetrics.stringWidth("Arene Ar-H instead of product. ", "VeraBd", 10), 150,
                 "Replace Et3N by K2CO3.", 10),
            text(72, 180, "Cause: the bold label of a role stays in its paragraph.", 10, "VeraBd")]
    doc = read(build([page]), "note.pdf")
    head = find(doc, "Black precipitate")
    assert head.kind == "heading" and head.level > find(doc, "4. Troubleshooting").level
    assert find(doc, "Pd(0) aggregated").text == ("Pd(0) aggregated before it could react. Degas the solvent and "
                                                  "raise the P:Pd ratio to 4:1.")


def test_a_table_ruled_only_above_below_and_under_its_header_reads_as_rows() -> None:
    """A LaTeX (booktabs) or Word table with horizontal rules only, its columns set apart by white space:
    each line is a row of cells under the header row, not a line of prose with the values run together."""
    xs = (100, 200, 330)
    rows = [("Enzyme", "Loading", "Best for"), ("CAL-B", "10-20% w/w", "small sec. alcohols"),
            ("PS-IM", "20-50% w/w", "bulkier alcohols"), ("CRL", "50-100% w/w", "ester hydrolysis")]
    ops: list[Op] = [text(72, 80, "Enzymes", 14, "VeraBd"),
                     *para(72, 105, ["Immobilised CAL-B is the first enzyme to try for most alcohols."]),
                     ("line", 95, 130, 480, 130), ("line", 95, 150, 480, 150), ("line", 95, 215, 480, 215)]
    for i, row in enumerate(rows):
        top = 134 + (0 if i == 0 else 20 + 20 * (i - 1))
        ops += [text(x, top, cell, 10) for x, cell in zip(xs, row)]
    ops += para(72, 235, ["The other lipases are worth screening when CAL-B is slow."])
    ops.append(text(100, 185, "(Amano)", 10))  # the PS-IM row's first cell wraps onto a second line
    doc = read(build([ops]), "lipases.pdf")
    cells = [b.cells for b in doc.blocks if b.kind == "row"]
    assert cells == [tuple(r) for r in rows[:2]] + [("PS-IM (Amano)", *rows[2][1:]), tuple(rows[3])]
    prose = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert prose == ["Immobilised CAL-B is the first enzyme to try for most alcohols.",
                     "The other lipases are worth screening when CAL-B is slow."]


def test_a_raised_footnote_mark_is_not_read_into_the_word_before_it() -> None:
    """"Novozym 435¹" (a footnote mark set small and raised after a number) reads "Novozym 435", never
    "Novozym 4351" nor a line "1" of its own; a power of ten ("10⁵") keeps its exponent on its line."""
    lead = "Use immobilised CAL-B (Novozym 435"
    x = 72 + pdfmetrics.stringWidth(lead, "Vera", 11)
    ops: list[Op] = [text(72, 100, lead, 11), text(x + 0.5, 96, "1", 7),
                     text(x + 5, 100, ") for secondary alcohols.", 11)]
    lead2 = "The rate constant is 2 x 10"
    x2 = 72 + pdfmetrics.stringWidth(lead2, "Vera", 11)
    ops += [text(72, 140, lead2, 11), text(x2 + 0.5, 136, "5", 7), text(x2 + 5, 140, " per second.", 11)]
    doc = read(build([ops]), "marks.pdf")
    body = " ".join(b.text for b in doc.blocks)
    assert "Novozym 435" in body and "4351" not in body and not body.startswith("1 ")
    assert "2 x 105 per second" in body  # the exponent stays on its line (set as it always was)


def test_numbered_clauses_of_an_sop_are_paragraphs_of_their_own_even_set_close() -> None:
    """An SOP printed from Word: "7.1.1 ...", "7.1.2 ..." under "7.1 Start-up", each clause one paragraph
    though no extra space sets it apart (its procedure's steps); "7.5 mL" after an unfinished sentence
    goes on with it."""
    page = [text(72, 80, "7 PROCEDURE", 12, "VeraBd"), text(72, 100, "7.1 Start-up", 10, "VeraBd"),
            *para(72, 116, ["7.1.1 Switch the instrument on at least 30 min before the first measurement.",
                            "7.1.2 Select the wavelength and set the temperature to 20.0 °C; add",
                            "7.5 mL of the solvent to the waste bottle.",
                            "7.1.3 Check that the lamp hours are below 2000."])]
    doc = read(build([page]), "sop.pdf")
    prose = [b.text for b in doc.blocks if b.kind in ("paragraph", "item")]
    assert prose == ["7.1.1 Switch the instrument on at least 30 min before the first measurement.",
                     "7.1.2 Select the wavelength and set the temperature to 20.0 °C; add 7.5 mL of the solvent "
                     "to the waste bottle.",
                     "7.1.3 Check that the lamp hours are below 2000."]


def test_a_subscript_stays_in_its_formula() -> None:
    """"CH₂Cl₂" and "Et₂AlCl" with the digits set small and lowered (as Word, LaTeX and journals set them)
    read "CH2Cl2" and "Et2AlCl" on their line, not "CH Cl" with a line "2 2" below; in a table cell too."""
    def formula(x: float, top: float, parts: Sequence[str]) -> list[Op]:
        ops: list[Op] = []
        for i, part in enumerate(parts):
            small = i % 2 == 1
            ops.append(text(x, top + (8 if small else 0), part, 8 if small else 11))
            x += pdfmetrics.stringWidth(part, "Vera", 8 if small else 11)
        return ops

    lead = "Dry the "
    x = 72 + pdfmetrics.stringWidth(lead, "Vera", 11)
    ops: list[Op] = [text(72, 100, lead, 11), *formula(x, 100, ["CH", "2", "Cl", "2"])]
    ops.append(text(x + 40, 100, " over CaH", 11))
    x2 = x + 40 + pdfmetrics.stringWidth(" over CaH", "Vera", 11)
    ops += [text(x2, 108, "2", 8), text(x2 + 5, 100, " and add Et", 11)]
    x3 = x2 + 5 + pdfmetrics.stringWidth(" and add Et", "Vera", 11)
    ops += formula(x3, 100, ["", "2", "AlCl (1.0 M).", ""])[1:3]
    ops += grid(160, [["Entry", "Lewis acid", "Yield"], ["5", "", "97%"]])
    ops += formula(204, 185, ["Et", "2", "AlCl", ""])[:3]
    doc = read(build([ops]), "sub.pdf")
    body = " ".join(b.text for b in doc.blocks)
    assert "Dry the CH2Cl2 over CaH2 and add Et2AlCl (1.0 M)." in body
    assert "Et2AlCl" in [b for b in doc.blocks if b.kind == "row"][-1].cells[1]
    assert "2 2" not in body


def test_a_filled_in_forms_field_values_are_read_where_their_boxes_are() -> None:
    """A fillable form keeps what was typed only as field values, not in the page's text: each value is
    read at its box, after the label beside it; a value longer than its box is read whole."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 800, "Chemical Risk Assessment Form")
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Title of procedure")
    c.acroForm.textfield(name="title", value="Mesylation of primary alcohols with MsCl and Et3N in CH2Cl2 at 0 °C",
                         x=200, y=752, width=150, height=16, borderWidth=0, fontSize=8)
    c.drawString(72, 720, "Quench")
    c.acroForm.textfield(name="quench", value="Add ice-cold water (20 mL) and separate the layers.",
                         x=200, y=712, width=300, height=16, borderWidth=0, fontSize=8)
    c.acroForm.checkbox(name="goggles", x=72, y=680, checked=True)
    c.showPage()
    c.save()
    d = read(buf.getvalue(), "form.pdf")
    every = " ".join(b.text for b in d.blocks)
    assert "Mesylation of primary alcohols with MsCl and Et3N in CH2Cl2 at 0 °C" in every
    assert "Add ice-cold water (20 mL) and separate the layers." in every
    order = [every.index(t) for t in ("Title of procedure", "Mesylation", "Quench", "ice-cold")]
    assert order == sorted(order)


def test_a_booklet_printed_two_up_reads_page_by_page_in_page_order() -> None:
    """A saddle-stitched booklet printed 2-up: two portrait pages side by side on each landscape sheet, in print
    order (4 | 1, 2 | 3), the covers unnumbered. Lines at the same height on the two pages are not one line, and
    the pages read 1 to 4."""
    halves = {1: ("Filling the syringe", ["Draw the liquid slowly to avoid bubbles.", "Tap out the air before"
                                          " mounting."]),
              2: ("Mounting", ["Clamp the barrel flange in the holder.", "Close the plunger clamp firmly."]),
              3: ("Stall alarm", ["A blocked needle stops the plunger.", "Open the half-nut lever and clear it."]),
              4: ("Cleaning", ["Rinse the syringe with acetone.", "Dry it before storing."])}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(H, W))
    for left, right in ((4, 1), (2, 3)):
        for x0, n in ((0.0, left), (H / 2, right)):
            heading, lines = halves[n]
            c.setFont("VeraBd", 14)
            c.drawString(x0 + 60, W - 80, heading)
            c.setFont("Vera", 11)
            for i, s in enumerate(lines):
                c.drawString(x0 + 60, W - 110 - 14 * i, s)
            if n not in (1, 4):  # the covers carry no page number
                c.setFont("Vera", 9)
                c.drawString(x0 + H / 4, 30, str(n))
        c.showPage()
    c.save()
    doc = read(buf.getvalue(), "booklet.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    order = [text.find(halves[n][0]) for n in (1, 2, 3, 4)]
    assert -1 not in order and order == sorted(order), order
    assert "Draw the liquid slowly to avoid bubbles." in text and "Rinse the syringe with acetone." in text
    assert not any("Cleaning" in b.text and "Filling" in b.text for b in doc.blocks)


def test_a_two_up_booklets_right_hand_pages_keep_their_centred_chapter_headings() -> None:
    """Each booklet page opens with a centred chapter heading over a left-aligned section heading of the same
    font: on a right-hand page, as on a left-hand one, the chapter heading ranks above the section heading
    (the right half is measured from its own left edge, not the sheet's)."""
    pages = {1: ("Filling", "Drawing up", "Draw the liquid slowly to avoid bubbles."),
             2: ("Mounting", "The barrel", "Clamp the barrel flange in the holder."),
             3: ("Alarms", "Stall alarm", "A blocked needle stops the plunger."),
             4: ("Care", "Cleaning", "Rinse the syringe with acetone.")}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(H, W))
    for left, right in ((4, 1), (2, 3)):
        for x0, n in ((0.0, left), (H / 2, right)):
            chapter, section, line = pages[n]
            c.setFont("VeraBd", 14)
            c.drawCentredString(x0 + H / 4, W - 80, chapter)
            c.drawString(x0 + 60, W - 120, section)
            c.setFont("Vera", 11)
            for i in range(3):
                c.drawString(x0 + 60, W - 145 - 14 * i, line)
            if n not in (1, 4):
                c.setFont("Vera", 9)
                c.drawString(x0 + H / 4, 30, str(n))
        c.showPage()
    c.save()
    doc = read(buf.getvalue(), "booklet.pdf")
    level = {b.text: b.level for b in doc.blocks if b.kind == "heading"}
    for chapter, section, _ in pages.values():
        assert level[chapter] < level[section], (chapter, section, level)


def test_a_table_whose_rows_are_boxes_across_all_its_columns_reads_cell_by_cell() -> None:
    """A vendor manual's table drawn as one box per row across the page (no lines between the columns), the
    cells wrapped over two or three lines: each box is a row, each column's lines one cell, not the lines of
    the three columns run together."""
    xs = (76, 210, 350)
    rows = [(["Symptom"], ["Cause"], ["Remedy"]),
            (["Nothing comes out for", "the first 10-30 min"], ["Slack: gap at the pusher,", "air in the syringe"],
             ["Close the gap, remove", "the air, PRIME until", "the first drop"]),
            (["Drops come in bursts", "at low rates"], ["Large syringe, single", "motor steps"],
             ["Smaller syringe, shorter", "tubing"]),
            (["STALL alarm"], ["Blocked needle or", "tubing"], ["Stop and release first;", "clear the needle"])]
    ops: list[Op] = [text(72, 80, "7 Troubleshooting", 14, "VeraBd")]
    top = 105.0
    for row in rows:
        height = 6 + 12 * max(len(c) for c in row)
        ops.append(("box", 72, top, 500, top + height))
        for x, cell in zip(xs, row):
            ops += para(x, top + 4, cell, 10)
        top += height
    ops += para(72, top + 20, ["Call service if the alarm comes back after the needle is cleared."])
    doc = read(build([ops]), "pump.pdf")
    cells = [b.cells for b in doc.blocks if b.kind == "row"]
    assert cells == [tuple(" ".join(c) for c in row) for row in rows]
    assert texts(doc, "paragraph") == ["Call service if the alarm comes back after the needle is cleared."]


def test_a_table_of_contents_without_leader_dots_is_dropped_with_its_heading() -> None:
    """A booklet's contents page ("1 Setting up  3", no dots), set bigger than the chapter headings: dropped
    with its heading, so the chapters are not read as sections of "Contents"."""
    chapters = ["1 Setting up", "2 Programming a run", "3 Cleaning"]
    toc = [text(72, 80, "Contents", 18, "VeraBd")]
    toc += [op for i, c in enumerate(chapters) for op in (text(72, 120 + 20 * i, c, 11), text(400, 120 + 20 * i,
                                                                                            str(i + 2), 11))]
    pages = [toc] + [[text(72, 80, c, 14, "VeraBd"), *para(72, 110, [f"What to do in part {i + 1} of the run."])]
                     for i, c in enumerate(chapters)]
    doc = read(build(pages), "booklet.pdf")
    assert not any("Contents" in t for t in texts(doc))
    assert "table of contents (3 entries)" in doc.dropped
    levels = {b.level for b in doc.blocks if b.kind == "heading" and b.text in chapters}
    assert len(levels) == 1 and [b.text for b in doc.blocks if b.kind == "heading"][:3] == chapters


def test_a_slides_symptom_bullets_head_their_cause_and_fix_sub_bullets() -> None:
    """A handout's troubleshooting slide: each symptom a bullet, its cause and fix bullets set deeper under
    it. Each symptom heads its own entry (not the one before), and a bullet beside them that says "Name: what
    to do" is an entry of its own."""
    def bullet(x: float, top: float, mark: str, s: str) -> list[Op]:
        return [text(x, top, mark), text(x + 9, top, s)]

    page = [text(72, 60, "Troubleshooting 1 – the bed", 16, "VeraBd"),
            *bullet(72, 100, "•", "Bands run at an angle"),
            *bullet(84, 115, "–", "cause: surface not level; fix: pack it again"),
            *bullet(72, 135, "•", "Eluent runs through very slowly"),
            *bullet(84, 150, "–", "cause: weak vacuum or a blocked frit"),
            *bullet(84, 165, "–", "fix: check the pump and the seals"),
            *bullet(72, 185, "•", "Product spread over many fractions"),
            *bullet(84, 200, "–", "acids: add 1 % acetic acid to the eluent"),
            *bullet(72, 220, "•", "Silica fines in the fractions: filter the fractions")]
    doc = read(build([page]), "slides.pdf")
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "heading" or b.level > 0] == [
        ("heading", "Bands run at an angle"), ("item", "cause: surface not level; fix: pack it again"),
        ("heading", "Eluent runs through very slowly"), ("item", "cause: weak vacuum or a blocked frit"),
        ("item", "fix: check the pump and the seals"),
        ("heading", "Product spread over many fractions"), ("item", "acids: add 1 % acetic acid to the eluent"),
        ("heading", "Silica fines in the fractions"), ("item", "filter the fractions")]
    heads = [b for b in doc.blocks if b.kind == "heading"]
    assert heads[0].level < heads[1].level == heads[2].level == heads[4].level  # one level below the slide's title
