"""The chunker on the real guide: passages, kinds, section paths and line ranges are pinned."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.corpus.loader import load_guide, passages_of
from assistant.models import Passage
from tests.conftest import GUIDE


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return passages_of(load_guide(GUIDE))


def find(passages: list[Passage], phrase: str) -> Passage:
    found = [p for p in passages if phrase in p.text]
    assert len(found) == 1, f"{phrase!r} in {len(found)} passages"
    return found[0]


def test_guide_is_byte_identical_to_the_seed() -> None:
    seed = GUIDE.parent.parent.parent / "shared" / "seed" / "000_5190da8ddf1b3643.txt"
    if not seed.exists():
        pytest.skip("the seed folder is not beside this clone")
    assert GUIDE.read_bytes() == seed.read_bytes()


def test_kinds_and_counts(passages: list[Passage]) -> None:
    counts = Counter(p.kind for p in passages)
    assert counts == {"faq": 4, "symptom": 3, "cause": 3, "solution": 3, "protocol": 3, "table-row": 9,
                      "prose": 4, "reference": 25}


def test_title(passages: list[Passage]) -> None:
    assert {p.guide_title for p in passages} == {
        "Technical Support Center: Troubleshooting 1,4-Diazepane Ring Formation"}
    assert {p.guide for p in passages} == {"troubleshooting-1-4-diazepane-ring-formation"}


@pytest.mark.parametrize(
    ("phrase", "kind", "section", "lines"),
    [
        ("Welcome to the Technical Support Center", "prose", "Introduction", (15, 17)),
        ("What should I investigate first?", "faq", "Frequently Asked Questions (FAQs) > Q4", (33, 35)),
        ("over-alkylation in my reductive amination", "faq", "Frequently Asked Questions (FAQs) > Q2", (25, 27)),
        ("Low conversion of the diene precursor", "symptom",
         "In-Depth Troubleshooting Guides > Ring-Closing Metathesis (RCM) for Unsaturated 1,4-Diazepanes > Symptom",
         (116, 116)),
        ("Lewis basic functional groups", "cause",
         "In-Depth Troubleshooting Guides > Ring-Closing Metathesis (RCM) for Unsaturated 1,4-Diazepanes > Cause",
         (128, 128)),
        ("Ensure the use of high-purity, degassed solvents", "solution",
         "In-Depth Troubleshooting Guides > Ring-Closing Metathesis (RCM) for Unsaturated 1,4-Diazepanes > Solution",
         (129, 129)),
        ("High-dilution conditions (typically 0.001 to 0.01 M)", "solution",
         "In-Depth Troubleshooting Guides > Intramolecular Cyclization to Form 1,4-Diazepanones > Solution",
         (93, 93)),
        ("Using a syringe pump, add the solution", "protocol",
         "In-Depth Troubleshooting Guides > Intramolecular Cyclization to Form 1,4-Diazepanones > "
         "Experimental Protocol: High-Dilution Intramolecular Amide Bond Formation", (95, 104)),
        ("Catalyst: Grubbs 2nd Gen. | Typical Loading (mol%): 1-5", "table-row",
         "In-Depth Troubleshooting Guides > Ring-Closing Metathesis (RCM) for Unsaturated 1,4-Diazepanes > "
         "Table: Catalyst > Grubbs 2nd Gen.", (142, 142)),
        ("Temperature | Typical Range: 0 °C to 40 °C", "table-row",
         "In-Depth Troubleshooting Guides > Reductive Amination for N-Substitution and Ring Formation > "
         "Table: Parameter > Temperature", (73, 73)),
    ],
)
def test_passage_pinned(passages: list[Passage], phrase: str, kind: str, section: str,
                        lines: tuple[int, int]) -> None:
    p = find(passages, phrase)
    assert (p.kind, p.section_path, p.lines) == (kind, section, lines)


def test_table_row_knows_its_header_and_section(passages: list[Passage]) -> None:
    p = find(passages, "Catalyst: Grubbs 2nd Gen. |")
    assert p.header == ("Catalyst", "Typical Loading (mol%)", "Recommended Solvents", "Key Features")
    assert p.items[:3] == ("Grubbs 2nd Gen.", "1-5", "DCM, Toluene")
    assert "Ring-Closing Metathesis" in p.context_text()


def test_protocol_keeps_title_and_all_steps(passages: list[Passage]) -> None:
    p = find(passages, "Controlled Reductive Amination via")
    assert p.title == 'Experimental Protocol: Controlled Reductive Amination via "Multi-Addition"'
    assert len(p.items) == 8
    assert p.items[2].startswith("Add the first portion of the reducing agent (e.g., NaBH(OAc)3")


def test_boilerplate_is_kept_out(passages: list[Passage]) -> None:
    text = "\n".join(p.text for p in passages)
    for junk in ("Click to download", "Get Quote", "info@benchchem.com", "Research Use Only", "Guasti",
                 "pubmed.ncbi.nlm.nih.gov", "Troubleshooting workflow for", "Cat. No.", "custom synthesis"):
        assert junk not in text


def test_line_ranges_point_at_the_text(passages: list[Passage]) -> None:
    lines = GUIDE.read_text(encoding="utf-8").split("\n")
    for p in passages:
        a, b = p.lines
        span = " ".join(lines[a - 1 : b])
        first_word = (p.title or p.text).split()[0].strip('"(')
        assert first_word.lower()[:4] in span.lower(), (p.id, first_word, span[:80])


def test_ids_are_unique_and_stable(passages: list[Passage]) -> None:
    ids = [p.id for p in passages]
    assert len(set(ids)) == len(ids)
    assert ids == [p.id for p in passages_of(load_guide(GUIDE))]


def test_a_table_under_a_merged_title_row_keeps_every_column_and_its_group_rows() -> None:
    """A Word or HTML table whose first row is one merged title cell, with merged group rows ("A. Formation")
    between its rows: the header is the first full row, every cell is kept, a group row names the rows below."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Block, Document

    rows = [("TROUBLESHOOTING GUIDE: GRIGNARD REAGENTS",), ("Observation", "Probable cause", "Corrective action"),
            ("A. Formation",), ("No initiation after 15 min", "Oxide layer on the magnesium", "Add 1,2-dibromoethane"),
            ("B. Workup",), ("Thick white gel", "Basic magnesium salts", "Add 10% aqueous citric acid")]
    doc = Document("docx", [Block("heading", "Grignard SOP", 1, 1, level=0)]
                   + [Block("row", " | ".join(r), n, n, cells=r, table=1) for n, r in enumerate(rows, 2)])
    _, ps = chunk("g", doc, "g")
    assert [p.text for p in ps] == [
        "Observation: No initiation after 15 min | Probable cause: Oxide layer on the magnesium | "
        "Corrective action: Add 1,2-dibromoethane",
        "Observation: Thick white gel | Probable cause: Basic magnesium salts | "
        "Corrective action: Add 10% aqueous citric acid"]
    assert ps[0].section[-2] == "A. Formation" and ps[1].section[-2] == "B. Workup"
    assert all(p.kind == "table-row" and p.header == rows[1] for p in ps)


def test_bench_notes_with_obs_and_fix_lines_are_one_entry_its_fix_apart() -> None:
    """'Obs:' in a notebook often says what happened and why ("... -> the amine is oxidised first"): it stays
    quotable text of the entry, and the 'Fix:' line is the entry's fix."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.entries import entry_ids
    from assistant.corpus.readers.text import parse_text

    notes = ["OZONOLYSIS NOTEBOOK", "", "2024-03-01 (JK) cyclohexene, 10 mmol",
             "  Obs: solution never turned blue after 40 min", "  Fix: check the oxygen flow and the generator setting",
             "", "2024-03-08 (JK) styrene, 5 mmol", "  Obs: peroxide test still positive after workup",
             "  Fix: add more Me2S and stir overnight"]
    _, ps = chunk("n", Document("text", parse_text(notes)), "n")
    assert [p.kind for p in ps] == ["prose", "solution", "prose", "solution"]
    ids = entry_ids(ps)
    assert ids[0] == ids[1] != ids[2] == ids[3]


def test_text_after_an_entrys_fix_is_not_its_symptom() -> None:
    """A mailing-list reply diagnoses, gives a 'Fix:' line, then goes on to other points: only the text
    before the fix states the problem; the paragraphs after it are passages of their own, so a question
    about one of them is not answered with the fix above it."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.entries import entry_ids
    from assistant.corpus.readers.text import parse_text

    notes = ["OZONOLYSIS NOTEBOOK", "", "2024-03-01 (JK) cyclohexene, 10 mmol",
             "  Obs: solution never turned blue after 40 min", "  Fix: check the oxygen flow and the generator setting",
             "  Also: low MW ozonides are explosive when concentrated, never isolate one."]
    _, ps = chunk("n", Document("text", parse_text(notes)), "n")
    assert [p.kind for p in ps] == ["prose", "solution", "prose"]
    ids = entry_ids(ps)
    assert ids[0] == ids[1] != ids[2]


MAIL_THREAD = """synth-help mailing list archive
Thread: Birch reduction goes grey after 5 min

From: Priya Raman <p.raman@example.ac.uk>
Date: Tue, 4 Mar 2025 16:42:10 +0000
Subject: Birch reduction goes grey after 5 min

The blue colour fades to a grey suspension within about 5 minutes, even though I keep adding metal.

Is 3 equiv just too little? Any ideas welcome.

From: Tom Okoye <t.okoye@example.ac.uk>
Date: Tue, 4 Mar 2025 17:05:51 +0000
Subject: Re: Birch reduction goes grey after 5 min

Classic iron contamination. Distil the ammonia from sodium and use a new stir bar.

From: Priya Raman <p.raman@example.ac.uk>
Date: Wed, 5 Mar 2025 10:12:00 +0000
Subject: Re: Birch reduction goes grey after 5 min

Thanks! With distilled ammonia the blue colour stayed for the full hour.
"""


def test_a_thread_post_that_asks_is_the_problem_not_an_answer() -> None:
    """In a thread (a mailing list, a forum), a post that asks states the problem: it is read as a symptom,
    which an answer never quotes as its fix; the replies, and a post that reports back, stay prose."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    _, ps = chunk("t", Document("text", parse_text(MAIL_THREAD.splitlines())), "t")
    assert [(p.section[-1], p.kind) for p in ps] == [
        ("Priya Raman", "symptom"), ("Tom Okoye", "prose"), ("Priya Raman", "prose")]


def test_a_quoted_sentence_runs_on_past_an_abbreviation_with_a_full_stop() -> None:
    """'(0.5-1 mol%, i.e. 1-2 mol% Pd)' is one sentence: an answer never opens with '1-2 mol% Pd) or ...'."""
    from assistant.corpus.units import sentences

    assert sentences("Use Pd2(dba)3 (0.5–1 mol%, i.e. 1–2 mol% Pd) with ligand. Add a reductant (e.g. NaBH4) "
                     "slowly. Stop.") == ["Use Pd2(dba)3 (0.5–1 mol%, i.e. 1–2 mol% Pd) with ligand.",
                                          "Add a reductant (e.g. NaBH4) slowly.", "Stop."]


CHECKLIST = """LAB OVEN SOP

----------------------------------------
1. BEFORE YOU START
----------------------------------------
[ ] 1.1  Check the oven temperature display against the
         thermometer reading.
[ ] 1.2  Remove any plastic items.

Typical settings:

  item                 temperature   time    note
  -------------------  ------------  ------  --------------
  glassware            140 C         4 h     overnight is
                                             better
  molecular sieves     300 C         16 h    under vacuum
  septa                60 C, dry only        never above 80 C

----------------------------------------
2. TAKING THINGS OUT
----------------------------------------
Use heat-resistant gloves and let the glassware cool in a desiccator.""".split("\n")


def test_a_plain_text_checklist_with_ruled_headings_and_an_aligned_table_reads_whole() -> None:
    """Checkbox items are list items, a heading between two rules is a heading, a dashed rule under a
    table's header is no row, a cell that wraps onto the next line stays in its cell, a cell spanning two
    columns stays in its row; the section after the table is its own."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    blocks = parse_text(CHECKLIST)
    items = [b.text for b in blocks if b.kind == "item"]
    assert items == ["1.1 Check the oven temperature display against the thermometer reading.",
                     "1.2 Remove any plastic items."]
    rows = [b.cells for b in blocks if b.kind == "row"]
    assert rows[0] == ("item", "temperature", "time", "note")
    assert ("glassware", "140 C", "4 h", "overnight is better") in rows
    assert ("septa", "60 C, dry only", "", "never above 80 C") in rows
    assert not any(set("".join(r)) <= set("- ") for r in rows)
    _, ps = chunk("oven", Document("text", blocks), "oven")
    last = next(p for p in ps if "heat-resistant gloves" in p.text)
    assert last.section[-1] == "2. TAKING THINGS OUT"
    assert {p.title for p in ps if p.kind == "table-row"} == {"glassware", "molecular sieves", "septa"}


def test_a_numbered_caps_heading_with_a_lowercase_remark_in_brackets_is_a_heading() -> None:
    from assistant.corpus.readers.text import parse_text

    blocks = parse_text(["GUIDE", "", "1. CHANGING A GLOVE (trained users only)", "", "Gloves are butyl."])
    assert [(b.kind, b.text) for b in blocks][1] == ("heading", "1. CHANGING A GLOVE (trained users only)")


THREAD = """lab-help archive -- thread export
Thread: Sodium goes grey in ammonia
Messages: 2

======================================================================
From: Ann Lee <a.lee@example.org>
Date: Tue, 4 Mar 2025 16:42:10 +0000
Subject: [lab-help] Sodium goes grey in ammonia

The blue colour fades to grey within minutes. Is 3 equiv too little?

Ann

--
Ann Lee
PhD student
_______________________________________________
lab-help mailing list

======================================================================
From: Tom Okoye <t.okoye@example.org>
Date: Tue, 4 Mar 2025 17:05:51 +0000
Subject: Re: [lab-help] Sodium goes grey in ammonia

On Tue, 4 Mar 2025 at 16:42, Ann Lee <a.lee@example.org> wrote:
> The blue colour fades to grey within minutes.

Classic iron contamination: use a new stir bar and distil the ammonia from sodium.

Tom
""".split("\n")


def test_an_email_thread_reads_as_its_messages_without_headers_quotes_or_signatures() -> None:
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    _, ps = chunk("thread", Document("text", parse_text(THREAD)), "thread")
    text = "\n".join(p.text for p in ps)
    assert "Classic iron contamination" in text and "Is 3 equiv too little?" in text
    for junk in ("From:", "Subject:", "wrote:", "> The blue", "PhD student", "mailing list", "a.lee@example.org",
                 "Messages: 2", "Thread:"):
        assert junk not in text
    fix = next(p for p in ps if "Classic iron contamination" in p.text)
    assert fix.section[-1].startswith("Tom Okoye") and fix.text.count("blue colour") == 0
    assert not any(s in ("Ann", "Tom") for p in ps for s in p.section)


def test_a_paragraph_that_leads_into_numbered_steps_is_part_of_their_procedure() -> None:
    """'For x g of LiAlH4 used, add in order:' then '1. x mL water' ...: the amounts and their lead-in are
    one passage, so a question about the work-up finds the steps with what they are per."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    notes = ["NOTES", "", "FIESER WORK-UP", "For x g of LiAlH4 used, at 0 °C, add in order, dropwise:", "",
             "   1.  x mL water", "   2.  x mL 15% aqueous NaOH", "   3.  3x mL water", "", "Then filter."]
    _, ps = chunk("n", Document("text", parse_text(notes)), "n")
    proto = next(p for p in ps if p.kind == "protocol")
    assert "For x g of LiAlH4 used" in proto.text and proto.items == ("x mL water", "x mL 15% aqueous NaOH",
                                                                        "3x mL water")
    assert not any(p.kind == "prose" and "For x g" in p.text for p in ps)


_PIECES = ["From: Ann <a@b.c>", "Date: Tue, 4 Mar 2025", "Subject: x", "> quoted", "--", "____", "-----",
           "------  ----", "[ ] 1.1  Do it", "  a   b   c", "      wrapped", "1. STEP ONE", "Ann", "", "\t",
           "x  y", "On Tue Ann wrote:", "FIX: y", "2.1 Limits", "ABC (lower case)", "ends with:", "   1.  x mL"]


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=30), max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_plain_text_reads_without_error_and_keeps_line_numbers(lines: list[str]) -> None:
    """Whatever mix of mail headers, rules, checklists and aligned columns a text has, it reads into blocks
    and passages, and every block points at lines that exist."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    blocks = parse_text(lines)
    assert all(1 <= b.start <= b.end <= len(lines) for b in blocks)
    chunk("t", Document("text", blocks), "t")


def test_an_identifier_with_underscores_is_quoted_as_written() -> None:
    """'Na_2SO_4' is a formula written in LaTeX; 'STD_BBO_2025' is a file name and keeps its underscores."""
    from assistant.corpus.cleaning import clean

    assert clean("dry over Na_2SO_4, then pick STD_BBO_2025 or run_1") == (
        "dry over Na2SO4, then pick STD_BBO_2025 or run_1")


def test_headings_whose_levels_skip_are_siblings_not_children() -> None:
    """A reader may give "2." level 1 and "2.1", "2.2" level 3 (told apart by type size); "2.2" is then a
    sibling of "2.1" under "2.", not its child."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Block, Document

    blocks = [Block("heading", "Guide", 1, 1, level=0),
              Block("heading", "2. Dihydroxylation", 2, 2, level=1),
              Block("heading", "2.1 Reagents", 3, 3, level=3),
              Block("paragraph", "The mix holds the osmium salt and the ligand.", 4, 4),
              Block("heading", "2.2 Predicting the face", 5, 5, level=3),
              Block("paragraph", "Draw the alkene with its largest group at the lower left.", 6, 6)]
    _, passages = chunk("g", Document("pdf", blocks))
    face = next(p for p in passages if "largest group" in p.text)
    assert face.section == ("2. Dihydroxylation", "2.2 Predicting the face")


def test_a_plain_text_heading_between_rule_runs_is_a_section_even_with_a_lowercase_remark() -> None:
    """An ELN export's "----- SUMMARY / LESSONS LEARNED (for the group wiki) -----" opens a section of its own;
    its numbered lessons are not filed under the comments before it."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    text = ("----- COMMENTS -----\n\n[2025-03-11] S. Varga: oxygen is the more likely cause.\n\n"
            "----- SUMMARY / LESSONS LEARNED (for the group wiki) -----\n\n"
            "1. Zinc dust needs activation with 1,2-dibromoethane.\n2. LiCl is essential for insertion.\n")
    _, passages = chunk("eln", Document("text", parse_text(text.splitlines())))
    lesson = next(p for p in passages if "LiCl is essential" in p.text)
    assert lesson.section[-1].startswith("SUMMARY / LESSONS LEARNED (for the group wiki)")


def test_a_catalogue_or_item_number_does_not_end_a_sentence() -> None:
    from assistant.corpus.units import sentences

    """"search for Cat no. 10777404": the number is what the line is for; a split there quotes the line without it."""
    assert sentences("2.5 L LCMS grade water (search for cat. no. 10777404). Order two.") == [
        "2.5 L LCMS grade water (search for cat. no. 10777404).", "Order two."]
    assert sentences("See fig. 3 and vol. 2 of the manual, item nos. 4-6.") == [
        "See fig. 3 and vol. 2 of the manual, item nos. 4-6."]


def test_numbered_section_titles_set_as_list_items_head_their_sections() -> None:
    """An SOP exported to PDF with its section titles numbered like list items ("1 Purpose", "4 Procedure A:
    ...") and each section's own steps numbered from 1 again: the titles head their sections, so each
    procedure is its own, with its own steps, not one long list running through the document."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Block, Document
    from assistant.corpus.readers import numbered_headings

    blocks = [Block("heading", "SOP: Methylation", 1, 1, level=1),
              Block("item", "Purpose and scope", 2, 2, number="1"),
              Block("paragraph", "This SOP describes the methylation of acids.", 3, 3),
              Block("item", "Procedure A: methyl esters", 4, 4, number="2"),
              Block("item", "Dissolve the acid in toluene/MeOH.", 5, 5, number="1"),
              Block("item", "Add the reagent dropwise at 0 °C.", 6, 6, number="2"),
              Block("item", "Procedure B: methyl ethers", 7, 7, number="3"),
              Block("item", "Dissolve the phenol in MeCN/MeOH.", 8, 8, number="1"),
              Block("item", "Stir for 16 h.", 9, 9, number="2"),
              Block("item", "Waste", 10, 10, number="4"),
              Block("paragraph", "Quenched mixtures go into the solvent waste.", 11, 11)]
    _, passages = chunk("sop", Document("pdf", numbered_headings(blocks)))
    b = next(p for p in passages if "Dissolve the phenol" in p.text)
    assert b.kind == "protocol" and b.section[-1].endswith("Procedure B: methyl ethers")
    assert "Dissolve the acid" not in b.text and "Waste" not in b.text
    plain = [Block("item", "Dry DCM", 1, 1, number="1"), Block("item", "Et3N", 2, 2, number="2"),
             Block("item", "TBSCl", 3, 3, number="3")]
    assert numbered_headings(plain) == plain  # a list of short items is a list


def test_a_form_table_of_labels_and_values_is_read_as_pairs_not_under_a_header() -> None:
    """A document-control block laid out as a table (label | value | label | value): its first row is data,
    not a header; each value is given with its own label ("Version: 4.0"), never under the first row's."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Block, Document

    blocks = [Block("heading", "SOP: Methylation", 1, 1, level=1),
              Block("row", "", 2, 2, cells=("Document ID", "SOP-ORG-0388", "Version", "4.0 (effective)"), table=1),
              Block("row", "", 3, 3, cells=("Owner", "Dr. A. Ferreira", "Department", "Medicinal Chemistry"), table=1),
              Block("row", "", 4, 4, cells=("Effective date", "2025-01-20", "Next review", "2027-01-20"), table=1)]
    _, passages = chunk("sop", Document("pdf", blocks))
    text = "\n".join(p.text for p in passages)
    assert "Owner: Dr. A. Ferreira" in text and "Next review: 2027-01-20" in text
    assert "Document ID: Owner" not in text


RST_PAGE = """.. _acetals:

==========================
Acetals as protecting groups
==========================

.. contents:: On this page
   :local:

Making the acetal
=================

Dean-Stark method
-----------------

Reflux the ketone with ethylene glycol and p-TsOH in toluene.

Catalyst choice
~~~~~~~~~~~~~~~

Use PPTS for acid-sensitive substrates.

Removing the acetal
===================

Stir with 1 M HCl in THF at room temperature.
"""


def test_underlined_plain_text_headings_take_their_level_from_the_underline() -> None:
    """A text page with underlined headings (reStructuredText, setext): each underline style is a level in
    the order first used, an overlined one at the top is the title, and explicit markup ('.. _acetals:',
    '.. contents::') is no text of the guide."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    title, passages = chunk("acetals", Document("text", parse_text(RST_PAGE.split("\n"))))
    assert title == "Acetals as protecting groups"
    sections = {p.text.split("\n")[0]: p.section for p in passages}
    assert sections["Stir with 1 M HCl in THF at room temperature."] == ("Removing the acetal",)
    assert sections["Use PPTS for acid-sensitive substrates."] == ("Making the acetal", "Dean-Stark method",
                                                                   "Catalyst choice")
    assert not any(".. " in p.text or ":local:" in p.text for p in passages)


GRID = """Removing the acetal
===================

+---------------------------+----------------+-------------+
| Conditions                | Typical time   | Leaves      |
|                           |                | intact      |
+===========================+================+=============+
| 1 M HCl / THF 1:2, rt     | 1-4 h          | esters,     |
|                           |                | benzyl      |
|                           |                | ethers      |
+---------------------------+----------------+-------------+
| PPTS (20 mol%), wet       | 4-12 h at      | TBS, Boc    |
| acetone                   | reflux         |             |
+---------------------------+----------------+-------------+
"""


def test_a_grid_table_in_plain_text_is_read_as_rows_with_wrapped_cells_joined() -> None:
    """A '+---+' grid table (reStructuredText, many text exports): each row's cells, wrapped over several
    lines, joined, under the header above the '+===+' rule; no border characters in the text."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    _, passages = chunk("acetals", Document("text", parse_text(GRID.split("\n"))))
    rows = [p for p in passages if p.kind == "table-row"]
    assert [p.text for p in rows] == [
        "Conditions: 1 M HCl / THF 1:2, rt | Typical time: 1-4 h | Leaves intact: esters, benzyl ethers",
        "Conditions: PPTS (20 mol%), wet acetone | Typical time: 4-12 h at reflux | Leaves intact: TBS, Boc"]
    assert not any("+---" in p.text or "| |" in p.text for p in passages)


def test_a_section_name_decorated_with_emoji_is_still_read_for_its_role() -> None:
    """'Troubleshooting 🛠️' (a wiki or Notion heading) is a troubleshooting section like 'Troubleshooting'."""
    from assistant.corpus import roles

    assert roles.named("Troubleshooting 🛠️") == roles.named("Troubleshooting") == "symptom"
    assert roles.name_of("⚠️ Safety") == "Safety" and roles.name_of("Limits → ranges") == "Limits → ranges"


def test_numbered_section_headings_take_their_level_from_their_number() -> None:
    """A Word file whose sections are styled headings in places and plain bold in others: '2. Catalysts' is
    a sibling of '1. Stannanes' and '2.1 Procedure' a child of it, whatever their look; an entry under '4.'
    stays under it."""
    from assistant.corpus.document import Block
    from assistant.corpus.readers import numbered_levels

    blocks = [Block("heading", "Stille coupling", 1, 1, level=0),
              Block("heading", "1. Stannanes", 2, 2, level=1), Block("paragraph", "x", 3, 3),
              Block("heading", "2. Catalysts", 4, 4, level=2), Block("paragraph", "x", 5, 5),
              Block("heading", "2.1 Procedure", 6, 6, level=2), Block("paragraph", "x", 7, 7),
              Block("heading", "3. Troubleshooting", 8, 8, level=1),
              Block("heading", "Black within minutes.", 9, 9, level=2), Block("paragraph", "x", 10, 10),
              Block("heading", "4. Safety", 11, 11, level=2)]
    levels = [(b.text, b.level) for b in numbered_levels(blocks) if b.kind == "heading"]
    assert levels == [("Stille coupling", 0), ("1. Stannanes", 1), ("2. Catalysts", 1), ("2.1 Procedure", 2),
                      ("3. Troubleshooting", 1), ("Black within minutes.", 2), ("4. Safety", 1)]


def test_entries_under_a_troubleshooting_section_named_for_one_reaction_are_problems() -> None:
    """"Troubleshooting Chan-Lam" holds problem entries as "Troubleshooting" does: each entry under it is a
    problem named by its heading (and so cited with that name), not a section's prose."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Block, Document

    blocks = [Block("heading", "Copper couplings", 1, 1, level=1),
              Block("heading", "Troubleshooting Chan-Lam", 2, 2, level=2),
              Block("heading", "Nothing happened after a night under argon", 3, 3, level=3),
              Block("paragraph", "No oxygen, no turnover. Repeat open to air.", 4, 4),
              Block("heading", "Green tint in the product", 5, 5, level=3),
              Block("paragraph", "Copper left in the product. Wash with aqueous NH3/NH4Cl.", 6, 6)]
    _, passages = chunk("cu", Document("markdown", blocks))
    entry = next(p for p in passages if "No oxygen" in p.text)
    assert entry.kind == "problem" and entry.section[-1] == "Nothing happened after a night under argon"


def test_a_printed_text_manual_reads_without_its_page_furniture_boxes_or_split_rows() -> None:
    """A manual printed to text: form feeds between pages, a running header and a page number on each,
    a warning framed in asterisks, a grid table ruled only around its header and body (one row per line,
    a wrapped cell continued under an empty first cell) and one whose symptom cell is merged down."""
    header = "ACME SPS MANUAL                                   PUBLICATION 7 REV. C"
    text = f"""                 ACME SOLVENT SYSTEM

  1   SOLVENTS ................................................  1
  2   SAFETY ..................................................  2

                     1  SOLVENTS

  INERT GAS IN
        |
  +-----------+     +-----------+
  | RESERVOIR |---->| COLUMN A  |--> FLASK
  |   18 L    |     | ALUMINA   |
  +-----------+     +-----------+

+-----------------+---------------------+--------------------------------+
| SOLVENT         | COLUMN SET          | NOTES                          |
+-----------------+---------------------+--------------------------------+
| THF             | alumina / alumina   | no stabiliser after the        |
|                 |                     | columns; use within 7 days     |
| Toluene         | alumina / copper    | oxygen removed by copper       |
+-----------------+---------------------+--------------------------------+
| NOT PERMITTED: acetone, methanol and any solvent not on the label.     |
+------------------------------------------------------------------------+

                                 - 1 -
\f{header}

                     2  SAFETY

  ********************************************************************
  *  WARNING: Never let air into a column. Air and moisture deactivate *
  *  the packing. Keep every line under positive pressure.            *
  ********************************************************************

+---------------------+-----------------------+--------------------------+
| SYMPTOM             | PROBABLE CAUSE        | REMEDY                   |
+=====================+=======================+==========================+
| No flow at the      | Reservoir empty       | Change the reservoir.    |
| dispensing valve    |                       |                          |
+---------------------+-----------------------+--------------------------+
|                     | Flask not evacuated   | Evacuate the flask again |
|                     |                       | and reopen slowly.       |
+---------------------+-----------------------+--------------------------+

                                 - 2 -
\f{header}

                     3  STORAGE

Keep the lines under 0.2 bar of nitrogen when the system is not in use.

                                 - 3 -
"""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    _, passages = chunk("sps", Document("text", parse_text(text.split("\n"))))
    every = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
    assert "PUBLICATION 7" not in every and "- 2 -" not in every and "\f" not in every and "*  " not in every
    assert "...." not in every and "RESERVOIR" not in every and "+---" not in every  # contents, a drawing
    thf = next(p for p in passages if "7 days" in p.text)
    assert thf.kind == "table-row" and "SOLVENT: THF" in thf.text and "Toluene" not in thf.text
    assert "NOTES: no stabiliser after the columns; use within 7 days" in thf.text
    assert any(p.text.startswith("NOT PERMITTED: acetone, methanol") for p in passages)  # a row spanning the table
    assert any(p.text.startswith("WARNING: Never let air into a column.") and "positive pressure" in p.text
               for p in passages)
    merged = next(p for p in passages if "Evacuate the flask again" in p.text)
    assert "SYMPTOM: No flow at the dispensing valve" in merged.text
    assert next(p for p in passages if "0.2 bar" in p.text).section[-1] == "3 STORAGE"


def test_a_man_page_printed_with_overstrike_reads_as_its_words() -> None:
    """nroff output saved as text sets bold as "N\\bN" and underline as "_\\bs": read as the letters, so
    "NAME" heads its section and "-n scans" is not "-\\b-n\\bn _\\bs..."."""
    from assistant.corpus.readers.text import read

    page = ("N\bNA\bAM\bME\bE\n       irscan - record and check FT-IR spectra on the ATR\n\n"
            "O\bOP\bPT\bTI\bIO\bON\bNS\bS\n       -\b-n\bn _\bs_\bc_\ba_\bn_\bs\n"
            "              Number of scans; use 32 for a routine spectrum.\n")
    blocks = read(page.encode(), "irscan.txt").blocks
    text = " ".join(b.text for b in blocks)
    assert "\b" not in text and "-n scans" in text
    assert [b.text for b in blocks if b.kind == "heading"][:2] == ["NAME", "OPTIONS"]


def test_a_table_drawn_with_box_characters_reads_as_the_same_rows() -> None:
    """The same grid drawn with box-drawing characters (a man page, a terminal tool's output: "┌─┬─┐",
    "│", "╞═╪═╡") reads as the '+---+' one does."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.readers.text import read

    lines = GRID.replace("|", "│").split("\n")
    for k, ln in enumerate(lines):
        if ln.startswith("+"):
            edge = "┌┬┐" if k == 3 else "╞╪╡" if "=" in ln else "└┴┘" if k == len(lines) - 2 else "├┼┤"
            ruled = ln[1:-1].replace("-", "─").replace("=", "═").replace("+", edge[1])
            lines[k] = edge[0] + ruled + edge[2]
    _, passages = chunk("acetals", read("\n".join(lines).encode(), "acetals.txt"))
    rows = [p.text for p in passages if p.kind == "table-row"]
    assert rows == [
        "Conditions: 1 M HCl / THF 1:2, rt | Typical time: 1-4 h | Leaves intact: esters, benzyl ethers",
        "Conditions: PPTS (20 mol%), wet acetone | Typical time: 4-12 h at reflux | Leaves intact: TBS, Boc"]


def test_a_man_page_without_form_feeds_drops_its_running_header_and_footer() -> None:
    """nroff pads each page with blank lines instead of a form feed; the header ("IRSCAN(1)  ...  IRSCAN(1)")
    and the footer (version, date, page number) repeat on every page, set apart by blank lines: the printer's
    lines, not sections of the guide. A content line repeated elsewhere stays."""
    from assistant.corpus.readers.text import read

    head = "IRSCAN(1)                   FT-IR Lab Tools Manual                   IRSCAN(1)"
    pages = []
    for n, body in enumerate(["NAME\n       irscan - record FT-IR spectra on the ATR",
                              "BACKGROUND\n       Take a fresh background every 30 min.\n\n       Fix: see above.",
                              "CLEANING\n       Wipe the crystal with isopropanol.\n\n       Fix: see above.\n\n"
                              "       Fix: see above."], 1):
        pages.append(f"{head}\n\n\n{body}\n\n\n"
                     f"FT-IR Lab Tools 2.4                      18 March 2025                       {n}\n\n\n")
    blocks = read("".join(pages).encode(), "irscan.txt").blocks
    text = [b.text for b in blocks]
    assert not any("IRSCAN(1)" in t or "18 March 2025" in t for t in text), text
    assert [b.text for b in blocks if b.kind == "heading"] == ["NAME", "BACKGROUND", "CLEANING"]
    assert text.count("Fix: see above.") == 3


def test_bullets_run_into_one_line_are_quoted_one_by_one_and_stamps_are_never_quoted() -> None:
    """A chat message that lists its checks inline ("check these: • Is the SOCl2 fresh? • Was it dry?") is quoted
    a check at a time; a time stamp, a date line or a row of reaction emoji says nothing and is no quotable unit."""
    from assistant.corpus.units import units

    p = Passage(id="g:prose:1", guide="g", guide_title="G", section=("s",), kind="prose", lines=(1, 4),
                text="Sunday, 09 March 2025\n2025-03-09 08:26:42\nCheck these first: • Is the SOCl2 fresh and "
                     "colourless? • Was the system open to a bubbler?\n👍 6✅ 2")
    assert [u.text for u in units(p)] == ["Check these first:", "Is the SOCl2 fresh and colourless?",
                                          "Was the system open to a bubbler?"]


def test_a_list_items_name_goes_with_its_later_sentences_but_a_clause_before_a_colon_is_no_name() -> None:
    """'PtO2 (Adams' catalyst): reduced in situ. Reduces pyridines ...': the second sentence is quoted after the
    item's name; 'That is the guanidinium adduct: ...', 'Note: ...', 'If it tails: ...' name nothing."""
    from assistant.corpus.units import units

    p = Passage(id="g:prose:2", guide="g", guide_title="G", section=("s",), kind="prose", lines=(1, 4),
                text="PtO2 (Adams' catalyst): reduced in situ. Reduces pyridines in AcOH.\nThat is the guanidinium "
                     "adduct: the amine attacked HATU. Keep HATU at 1.0 equiv.\nNote: keep it wet. It ignites.\n"
                     "If it tails: add Et3N. Then rerun.")
    assert [u.said for u in units(p)] == [
        "PtO2 (Adams' catalyst): reduced in situ.", "PtO2 (Adams' catalyst): Reduces pyridines in AcOH.",
        "That is the guanidinium adduct: the amine attacked HATU.", "Keep HATU at 1.0 equiv.",
        "Note: keep it wet.", "It ignites.", "If it tails: add Et3N.", "Then rerun."]


def test_a_question_and_its_answer_on_one_line_read_as_one_faq_entry() -> None:
    """"Q: Why ...? A: Because ..." on one hard-wrapped line, or "Q: Can I ...? A:" with the answer on the
    next line: the question is what comes before "A:", the answer what comes after; no empty "A:" is left."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    text = ("QUESTIONS WE GET\n================\n\n"
            "Q: Why aim two pH units beyond the pKa? A: Two units beyond the pKa, 99 % of\n"
            "the compound is in one form; one unit beyond gives only 90 %.\n\n"
            "Q: Can I leave the electrode in overnight? A:\n"
            "Yes, in aqueous mixtures below 50 °C; recalibrate the next morning.\n")
    _, ps = chunk("t", Document("text", parse_text(text.splitlines())), "t")
    faqs = [p for p in ps if p.kind == "faq"]
    assert [p.section[-1] for p in faqs] == ["Why aim two pH units beyond the pKa?",
                                             "Can I leave the electrode in overnight?"]
    assert faqs[0].text == ("Q: Why aim two pH units beyond the pKa?\nA: Two units beyond the pKa, 99 % of the "
                            "compound is in one form; one unit beyond gives only 90 %.")
    assert faqs[1].text == ("Q: Can I leave the electrode in overnight?\n"
                            "A: Yes, in aqueous mixtures below 50 °C; recalibrate the next morning.")


def test_a_plain_text_definition_list_of_problems_is_one_entry_per_term() -> None:
    """A troubleshooting section written as a definition list (reStructuredText or plain notes: the problem on
    its own line, what to do indented under it) is one entry per problem, headed by it: the problem line is never
    quoted as text, and one problem's fix never stands in another's passage."""
    from assistant.corpus.chunker import chunk
    from assistant.corpus.document import Document
    from assistant.corpus.readers.text import parse_text

    guide = ["Acetals as protecting groups", "============================", "",
             "Troubleshooting", "---------------", "",
             "TBS group lost during deprotection",
             "   1 M HCl removes primary TBS ethers within hours. Use iodine in",
             "   acetone or PPTS in wet acetone instead.", "",
             "Acetonide on the wrong hydroxyls of a triol or tetraol",
             "   The five-membered acetonide is favoured under thermodynamic",
             "   conditions. Equilibrate with CSA in acetone if you want one isomer.", ""]
    _, ps = chunk("g", Document("text", parse_text(guide)), "g")
    fix = next(p for p in ps if "Equilibrate with CSA" in p.text)
    assert fix.section[-1] == "Acetonide on the wrong hydroxyls of a triol or tetraol"
    assert "TBS" not in fix.text and "Acetonide on the wrong" not in fix.text
    other = next(p for p in ps if "PPTS in wet acetone" in p.text)
    assert other.section[-1] == "TBS group lost during deprotection" and other is not fix
    # a paragraph whose first line hangs out of the rest is no definition list: its lines stay one paragraph
    hanging = ["Notes", "", "The catalyst loses activity when it is kept in air for more than",
               "    a day, so weigh it in the glovebox.", ""]
    _, ps = chunk("h", Document("text", parse_text(hanging)), "h")
    assert any("more than a day, so weigh it" in p.text for p in ps)
