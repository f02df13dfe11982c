"""Plain text as a PDF becomes it when saved with `pdftotext -layout`: two columns side by side on each line."""

from __future__ import annotations

from assistant.corpus.readers.text import read


def _page(left: list[str], right: list[str], gutter: int = 52) -> list[str]:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [(a.ljust(gutter) + b).rstrip() for a, b in zip(left, right, strict=True)]


LEFT = ["1. Introduction",
        "  The Gewald reaction gives 2-aminothiophenes",
        "from a ketone, an activated nitrile and sul-",
        "fur in one pot, and it is cheap and scalable.",
        "",
        "2. Troubleshooting",
        "  When the sulfur never dissolves, the amine is",
        "too weak: use morpholine or diethylamine, not"]
RIGHT = ["triethylamine, and warm the mixture to 45 °C",
         "before the nitrile goes in.",
         "  When the reaction stops at the Knoevenagel",
         "adduct, add a second equivalent of sulfur and",
         "stir for a further 2 h at 50 °C.",
         "",
         "3. Work-up",
         "  Pour the mixture onto ice and filter the solid."]
TEXT = ["Practical Notes 9 (2024) 41-44                                         PRACTICAL NOTE", "",
        "          The Gewald reaction in practice: 2-aminothiophenes", "",
        *_page(LEFT, RIGHT),
        "", "* Corresponding author. E-mail: someone@example.org"]


def test_a_two_column_page_saved_by_pdftotext_reads_down_each_column() -> None:
    """The left column, then the right, each line where it stands in the file; a paragraph that runs on from
    the foot of the left column to the top of the right one is one paragraph; a word hyphenated at a line's
    end is whole again."""
    doc = read("\n".join(TEXT).encode(), "gewald.txt")
    texts = [b.text for b in doc.blocks]
    assert "1. Introduction" in texts and "2. Troubleshooting" in texts and "3. Work-up" in texts
    sulfur = next(b for b in doc.blocks if b.text.startswith("When the sulfur never dissolves"))
    assert sulfur.text == ("When the sulfur never dissolves, the amine is too weak: use morpholine or diethylamine, "
                           "not triethylamine, and warm the mixture to 45 °C before the nitrile goes in.")
    assert (sulfur.start, sulfur.end) == (5, 12)  # the lines of the file it stands on, in both columns
    assert any(t.startswith("The Gewald reaction gives 2-aminothiophenes from a ketone, an activated nitrile and "
                            "sulfur in one pot") for t in texts)
    assert not any("triethylamine" in t and "Introduction" in t for t in texts)
    order = [texts.index(t) for t in ("1. Introduction", "2. Troubleshooting", "3. Work-up")]
    assert order == sorted(order)


def test_a_table_laid_out_with_wide_gaps_is_not_taken_for_two_columns() -> None:
    """Label-and-value lines ("Flow rate      1.0 mL/min") are a table, not two columns of text."""
    rows = [f"{label:<30}{value}" for label, value in [("Flow rate", "1.0 mL/min"), ("Column", "C18, 4.6 x 150 mm"),
                                                        ("Temperature", "30 °C"), ("Injection", "5 µL"),
                                                        ("Detection", "UV 254 nm"), ("Run time", "15 min"),
                                                        ("Mobile phase A", "water, 0.1% formic acid")]]
    doc = read("\n".join(["HPLC method", "", *rows]).encode(), "method.txt")
    assert "Flow rate" not in [b.text for b in doc.blocks]  # not split off from its value
    assert any("Flow rate" in b.text and "1.0 mL/min" in b.text for b in doc.blocks)


def test_a_word_document_saved_as_plain_text_keeps_its_headings_lists_and_tables() -> None:
    """Word's "Save as Plain Text" puts a tab after a heading's number ("2.1\\tMechanism"), after a list's number or
    symbol bullet ("1.\\t", "•\\t", "o\\t", "§\\t") and between a table's cells, and writes the contents as
    "number\\ttitle\\tpage" lines: headings, items and rows, and no contents."""
    from assistant.corpus.readers.text import read as read_text

    text = "\r\n".join([
        "Standard Operating Procedure ORG-SOP-031", "Contents", "1\tPurpose\t1", "2\tBackground\t1",
        "2.1\tMechanism\t1", "3\tHazards\t2", "1\tPurpose", "This SOP describes the Mannich reaction.", "2\tBackground",
        "The Mannich reaction joins three components.", "2.1\tMechanism",
        "1.\tParaformaldehyde depolymerises to formaldehyde.", "2.\tFormaldehyde condenses with the amine.",
        "\u2022\tAmine: secondary amines only.", "o\tAcetone reacts on both sides.", "\u00a7\tUse 10 equiv of acetone.",
        "3\tHazards", "Substance\tHazard\tControl", "Paraformaldehyde\tToxic\tWeigh in the fume cupboard",
        "Conc. HCl\tCorrosive\tUse a glass pipette", ""])
    blocks = read_text(text.encode("utf-8-sig"), "sop.txt").blocks
    heads = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    assert ("2.1 Mechanism", 2) in heads and ("1 Purpose", 1) in heads and ("3 Hazards", 1) in heads
    assert not any(b.kind == "row" and "Purpose" in b.text for b in blocks)  # the contents are no table
    items = [(b.number, b.text) for b in blocks if b.kind == "item"]
    assert ("1", "Paraformaldehyde depolymerises to formaldehyde.") in items
    assert ("", "Amine: secondary amines only.") in items and ("", "Use 10 equiv of acetone.") in items
    rows = [b.cells for b in blocks if b.kind == "row"]
    assert rows[1] == ("Paraformaldehyde", "Toxic", "Weigh in the fume cupboard")
