"""The layout gallery: guides written by the team in the layouts labs keep (Markdown in both heading styles,
bench notes, ALL-CAPS and numbered plain text, an SOP with bold run-in labels, a wiki export, vendor web
pages, PDFs with running headers, Word files with bold-paragraph headings and real list numbering).
Each is read into passages whose kind, section and location are pinned here, whatever its format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.cli import assistant_main
from assistant.corpus.chunker import chunk
from assistant.corpus.loader import document_of, load_guide
from assistant.models import Passage

from .conftest import GUIDE

GALLERY = Path(__file__).parent / "fixtures" / "gallery"

# file -> (format, title, the layout it stands for)
LAYOUTS = {
    "swern-oxidation.md": ("markdown", "Swern Oxidation — Troubleshooting Guide",
                           "ATX headings, Symptom/Cause/Solution on consecutive lines, pipe table"),
    "buchwald-hartwig-amination.md": ("markdown", "Buchwald–Hartwig Amination: Practical Troubleshooting",
                                      "setext headings, Q:/A: pairs, 'Sources of water' and 'Literature procedure'"),
    "amide-coupling-faq.md": ("markdown", "Amide coupling FAQ", "question headings with nested lists"),
    "recrystallisation-sop.md": ("markdown", "SOP-PUR-004: Recrystallisation of Organic Solids",
                                 "SOP with bold run-in labels, numbered sections, revision table, contact"),
    "flash-chromatography-wiki.md": ("markdown", "Flash chromatography",
                                     "wiki export: breadcrumb, TOC, raw HTML table, callouts, page history"),
    "lithiation-organolithium.md": ("markdown",
                                    "Organolithium Lithiations and Halogen–Metal Exchange — Troubleshooting Guide",
                                    "Observation | Probable cause | Corrective action matrix"),
    "sodium-borohydride-reductions-bench-notes.txt": (
        "text", "Sodium borohydride reductions - bench notes (NaBH4 and Luche)", "dated bench notes, Problem:/Try:"),
    "silyl-ether-protection.txt": ("text", "SILYL ETHER PROTECTION OF ALCOHOLS",
                                   "ALL-CAPS headings, space-aligned table, FAQ before troubleshooting"),
    "pd-removal-scavengers.txt": ("text", "REMOVING RESIDUAL PALLADIUM FROM APIs AND LATE INTERMEDIATES",
                                  "numbered section headings, hard-wrapped lines, Q./A. pairs, tab table"),
    "rotavap-vacuum-support.html": ("html", "Rotary Evaporator & Vacuum Pump Troubleshooting",
                                    "vendor support page: navigation, cookie banner, sidebar, scripts"),
    "sonogashira-coupling.html": ("html", "Sonogashira coupling", "lab wiki page, troubleshooting as <dl>"),
    "karl-fischer-titration.html": ("html", "Karl Fischer Titration: Frequently Asked Questions",
                                    "instrument FAQ page with an error-code table"),
    "hplc-troubleshooting.pdf": ("pdf", "HPLC Troubleshooting Guide",
                                 "PDF: running header and footer, dotted TOC, sections across page breaks"),
    "catalytic-hydrogenation.pdf": ("pdf", "Technical Bulletin TB-112: Troubleshooting Catalytic Hydrogenation",
                                    "PDF bulletin with a ruled Problem | Likely cause | Remedy table"),
    "aqueous-workup-emulsions.docx": ("docx",
                                      "STANDARD OPERATING PROCEDURE: AQUEOUS WORK-UP AND BREAKING EMULSIONS",
                                      "Word: bold/underlined headings, list numbering, a table inside a list"),
    "wittig-olefination.docx": ("docx", "Wittig and Horner–Wadsworth–Emmons Olefination: Troubleshooting Notes",
                                "Word: heading styles, Title style, conditions table"),
    "suzuki-miyaura-coupling.md": ("markdown", "Suzuki–Miyaura Coupling – Group Wiki",
                                   "group wiki page: condition tables, symptom bullets with arrows"),
    "lialh4-dibal-reductions.txt": ("text", "LiAlH4 AND DIBAL-H REDUCTIONS -- BENCH NOTES",
                                    "bench notes: '--' headings, indented runs, worked amounts"),
    "cuaac-click-chemistry.html": ("html",
                                   "Copper-Catalysed Azide–Alkyne Cycloaddition (CuAAC): Troubleshooting Guide",
                                   "HTML guide: FAQ and problem sections, reagent table"),
    "schlenk-line-techniques.docx": ("docx", "Schlenk Line Operation and Troubleshooting",
                                     "Word SOP: numbered headings, parameter and symptom tables"),
    "deoxyfluorination-dast.pdf": ("pdf", "Deoxyfluorination with DAST, Deoxo-Fluor and XtalFluor-E",
                                   "PDF: reagent comparison table, cause paragraphs, procedure"),
}


def passages(name: str) -> tuple[str, list[Passage], list[str]]:
    guide = load_guide(GALLERY / name)
    doc = document_of(guide)
    dropped = list(doc.dropped)
    title, ps = chunk(guide.id, doc, guide.id, dropped=dropped)
    return title, ps, dropped


def find(ps: list[Passage], words: str) -> Passage:
    found = [p for p in ps if words in p.text]
    assert len(found) == 1, f"{words!r} in {len(found)} passages"
    return found[0]


def test_the_gallery_has_seventeen_guides_in_ten_layouts() -> None:
    assert sorted(p.name for p in GALLERY.iterdir() if p.suffix != ".py") == sorted(LAYOUTS)
    assert len(LAYOUTS) >= 17 and len({layout for _, _, layout in LAYOUTS.values()}) >= 10
    assert {fmt for fmt, _, _ in LAYOUTS.values()} == {"markdown", "text", "html", "pdf", "docx"}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_gallery_guide_reads_with_its_title_and_structure(name: str) -> None:
    fmt, want_title, _ = LAYOUTS[name]
    title, ps, _ = passages(name)
    assert title == want_title
    assert {p.format for p in ps} == {fmt}
    kinds = {p.kind for p in ps}
    assert kinds - {"prose"}, "read as prose only"
    for p in ps:
        assert p.text.strip() and p.location
        if fmt == "pdf":
            assert p.pages and p.location.startswith("p")
        else:
            assert not p.pages


# (file, words in exactly one passage, its kind, its location, the end of its section path)
PINS = [
    ("swern-oxidation.md", "Open a new bottle of oxalyl chloride", "solution", "line 37", "Solution"),
    ("swern-oxidation.md", "The reaction warmed above roughly −60 °C", "cause", "line 42", "Cause"),
    ("swern-oxidation.md", "Flame-dry a two-neck flask", "protocol", "lines 22–29", "Typical procedure"),
    ("buchwald-hartwig-amination.md", "A: 1.2 equiv for secondary amines", "faq", "lines 58–59",
     "How much amine should I use?"),
    ("buchwald-hartwig-amination.md", "Water hydrolyses NaOtBu to NaOH", "prose", "lines 42–47", "Sources of water"),
    ("buchwald-hartwig-amination.md", "General procedure for a secondary amine", "prose", "line 70",
     "Literature procedure"),
    ("amide-coupling-faq.md", "DMF (bp 153 °C) does not leave", "faq", "lines 60–68",
     "Why can't I get rid of the DMF?"),
    ("recrystallisation-sop.md", "Too much solvent was used", "cause", "line 51", "Cause"),
    ("recrystallisation-sop.md", "Scratch the inside of the flask", "solution", "line 53", "Solution"),
    ("flash-chromatography-wiki.md", "Solvent system: Pentane / Et2O", "table-row", "line 26", "Pentane / Et2O"),
    ("lithiation-organolithium.md", "Observation: White solid in the n-BuLi bottle", "table-row", "line 68",
     "White solid in the n-BuLi bottle"),
    ("sodium-borohydride-reductions-bench-notes.txt", "reaction stalls at ~60 %", "symptom", "line 14", "Symptom"),
    ("silyl-ether-protection.txt", "Group: TBS | Acid stability: 20 000", "table-row", "line 22", "TBS"),
    ("silyl-ether-protection.txt", "Silylation stalls at 50-70 % conversion", "symptom", "lines 53–54",
     "TROUBLESHOOTING GUIDE"),
    ("pd-removal-scavengers.txt", "Palladium is a Class 2B element", "prose", "lines 17–24",
     "2.1 ICH Q3D permitted daily exposures"),
    ("pd-removal-scavengers.txt", "Does the solvent matter for scavenger performance?", "faq", "lines 100–103",
     "Does the solvent matter for scavenger performance?"),
    ("rotavap-vacuum-support.html", "Fill the evaporating flask no more than half full", "protocol",
     "lines 105–112", "How to stop it"),
    ("rotavap-vacuum-support.html", "Symptom: Vacuum stalls at 100–200 mbar", "table-row", "line 153",
     "Vacuum stalls at 100–200 mbar"),
    ("sonogashira-coupling.html", "Component: CuI | Amount: 2–10 mol%", "table-row", "line 29", "CuI"),
    ("sonogashira-coupling.html", "Copper(I) acetylides are oxidised by traces of oxygen", "problem", "line 51",
     "Lots of diyne (Glaser homocoupling product)"),
    ("karl-fischer-titration.html", "Weigh it in a glove bag or a dry box", "faq", "lines 67–68",
     "My hygroscopic solid gives scattered results."),
    ("hplc-troubleshooting.pdf", "Start flow: 0.05-0.1 mL/min", "table-row", "p. 2", "2.1 mm"),
    ("hplc-troubleshooting.pdf", "Record the pressure at the method flow rate", "protocol", "p. 2",
     "Locating a blockage (steps 1-6)"),
    ("hplc-troubleshooting.pdf", "If peaks appear only when the blank is injected", "prose", "pp. 3–4",
     "4 Ghost peaks and carryover"),
    ("catalytic-hydrogenation.pdf", "Problem: No hydrogen uptake from the start", "table-row", "p. 2",
     "No hydrogen uptake from the start"),
    ("aqueous-workup-emulsions.docx", "Filter the entire mixture through a 2-3 cm pad of Celite", "protocol",
     "¶ 27–28", "Breaking an emulsion (steps 3-4)"),
    ("aqueous-workup-emulsions.docx", "Sign: Three layers in the funnel", "table-row", "¶ 25",
     "Three layers in the funnel"),
    ("wittig-olefination.docx", "NaH is sold as a 60% dispersion in mineral oil", "problem", "¶ 45",
     "4.3 HWE with NaH does not start"),
    # bench notes: an indented "FIX:" line under an indented "- cause" item is the entry's fix, not more of
    # the cause; an underlined heading with a formula in it ("(LiAlH4)") is a sibling of the ALL-CAPS ones
    ("lialh4-dibal-reductions.txt", "FIX: syringe pump, 30 min", "solution", "lines 138–140", "Solution"),
    ("lialh4-dibal-reductions.txt", "Over-reduction and unreacted ester together", "prose", "lines 133–137",
     "2023-11-08 (AR) DIBAL-H on methyl ester, wanted aldehyde"),
    ("lialh4-dibal-reductions.txt", "The tartrate chelates the aluminium", "prose", "lines 70–82",
     "FIESER WORK-UP (LiAlH4)"),
]


def test_underlined_headings_with_formulas_are_siblings_of_the_all_caps_ones() -> None:
    _, ps, _ = passages("lialh4-dibal-reductions.txt")
    assert find(ps, "Dissolve the ester (5.0 mmol)").section == ("PROCEDURE: DIBAL-H, ESTER -> ALDEHYDE (5 mmol)",)
    assert find(ps, "x mL 15% aqueous NaOH").section[0].startswith("FIESER WORK-UP (LiAlH4)")


@pytest.mark.parametrize(("name", "words", "kind", "where", "section"), PINS)
def test_a_gallery_passage_has_its_kind_section_and_location(name: str, words: str, kind: str, where: str,
                                                             section: str) -> None:
    _, ps, _ = passages(name)
    p = find(ps, words)
    assert (p.kind, p.location, p.section[-1]) == (kind, where, section)


# (file, a note of what the reader or chunker left out, text that must be in no passage)
DROPPED = [
    ("flash-chromatography-wiki.md", "breadcrumb", "Home > Techniques"),
    ("flash-chromatography-wiki.md", "table of contents", "Last edited by"),
    ("recrystallisation-sop.md", "section '6. Contact'", "Room B2.114"),
    ("recrystallisation-sop.md", "section '5. Revision history'", "Initial issue"),
    ("rotavap-vacuum-support.html", "cookie banner", "cookies"),
    ("rotavap-vacuum-support.html", "navigation", "Related products"),
    ("hplc-troubleshooting.pdf", "table of contents", "........"),
    ("hplc-troubleshooting.pdf", "running header", "Page 2 of 4"),
    ("aqueous-workup-emulsions.docx", "page header and footer", "SOP-WU-014 | Page"),
]


@pytest.mark.parametrize(("name", "note", "absent"), DROPPED)
def test_boilerplate_is_left_out_and_said(name: str, note: str, absent: str) -> None:
    _, ps, dropped = passages(name)
    assert any(note in d for d in dropped), dropped
    assert not [p.id for p in ps if absent.lower() in p.text.lower()]


def test_a_word_list_keeps_the_numbers_its_cross_references_use() -> None:
    """'follow steps 1-4 above': the numbers live in the document's numbering, and the steps keep them
    across the table that interrupts the list."""
    _, ps, _ = passages("aqueous-workup-emulsions.docx")
    first = find(ps, "Let the funnel stand for 10-20 minutes")
    second = find(ps, "Filter the entire mixture through a 2-3 cm pad of Celite")
    assert first.text.splitlines()[1].startswith("1. Wait.") and second.text.splitlines()[1].startswith("3. Filter")
    assert "follow steps 1-4 above" in find(ps, "follow steps 1-4 above").text


def test_index_reads_every_format_and_leaves_the_first_guide_as_it_was(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.corpus.loader import passages_of
    from assistant.index import store
    from assistant.settings import Paths

    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(GUIDE, corpus)
    for name in ("swern-oxidation.md", "silyl-ether-protection.txt", "sonogashira-coupling.html",
                 "hplc-troubleshooting.pdf", "wittig-olefination.docx"):
        shutil.copy(GALLERY / name, corpus)
    code = assistant_main(["--corpus", str(corpus), "--index", str(tmp_path / "index"), "index"])
    err = capsys.readouterr().err
    assert code == 0
    for name, fmt in (("hplc-troubleshooting.pdf", "pdf"), ("wittig-olefination.docx", "docx"),
                      ("sonogashira-coupling.html", "html"), ("swern-oxidation.md", "markdown")):
        assert f"read {name} ({fmt}): " in err
    assert "running header" in err and "came out as prose only" not in err
    index = store.load_index(Paths(corpus, tmp_path / "index"))
    first = [p for p in index.passages if p.guide == GUIDE.stem]
    assert first == passages_of(load_guide(GUIDE))  # the same passages, ids and line ranges as alone
    assert {p.format for p in index.passages} == {"text", "markdown", "html", "pdf", "docx"}
