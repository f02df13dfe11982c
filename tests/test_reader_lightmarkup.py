"""Plain-text guides written in a lightweight markup (Emacs Org-mode, AsciiDoc) read with their structure:
headings, tables, ordered steps and description-list troubleshooting entries, without the markup itself."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus.loader import load_guide, passages_of
from assistant.models import Passage

ORG = """#+TITLE: Hydroboration-oxidation: group notes
#+AUTHOR: A. Person
#+OPTIONS: toc:2 num:nil
#+TODO: TODO WAIT | DONE

* Overview :borane:
:PROPERTIES:
:ID: 1234-abcd
:CREATED: [2024-09-03 Tue 14:20]
:END:
Hydroboration puts boron on the less substituted carbon; oxidation with
alkaline peroxide then gives the anti-Markovnikov alcohol.

* Reagents
| Borane   | Equiv | Comment                   |
|----------+-------+---------------------------|
| BH3.THF  | 0.4   | titrate old bottles       |
| 9-BBN    | 1.1   | best regioselectivity     |

* Procedure (5 mmol)
1. Dissolve the alkene in dry THF (10 mL) under nitrogen and cool to 0 °C.
2. Add 9-BBN (0.5 M in THF, 1.1 equiv) over 10 min.
3. Stir at room temperature for 4 h.

#+BEGIN_SRC python
print(round(5 * 1.1 / 0.5, 1))
#+END_SRC

* Troubleshooting
- Alcohol on the wrong carbon :: BH3.THF is less selective than 9-BBN. Switch to 9-BBN for terminal alkenes.
- Nothing happened after 4 h :: The borane solution was old. Titrate it or open a fresh bottle.

* DONE Compare BH3.THF and 9-BBN on styrene :tests:
CLOSED: [2025-01-22 Wed 17:05]
9-BBN gave 98:2, BH3.THF 80:20.
"""

ADOC = """= Hydroboration-oxidation: group notes
A. Person <a.person@example.org>
v1.2, 2025-01-30: added the troubleshooting list
:toc: left
:reagent: 9-BBN (0.5 M in THF)

[abstract]
Hydroboration puts boron on the less substituted carbon; oxidation with
alkaline peroxide then gives the anti-Markovnikov alcohol.

== Reagents

.Boranes we stock
[cols="1,1,2",options="header"]
|===
|Borane |Equiv |Comment

|BH3.THF |0.4 |titrate old bottles
|9-BBN |1.1 |best regioselectivity
|===

== Procedure

. Dissolve the alkene in dry THF (10 mL) under nitrogen and cool to 0 °C.
. Add {reagent}, 1.1 equiv, over 10 min.
. Stir at room temperature for 4 h.

[NOTE]
====
The oxidation is exothermic: add the peroxide slowly at 0 °C.
====

== Troubleshooting

Alcohol on the wrong carbon::
BH3.THF is less selective than 9-BBN. Switch to 9-BBN for terminal alkenes.

Nothing happened after 4 h::
The borane solution was old. Titrate it or open a fresh bottle.
"""


def _read(tmp_path: Path, name: str, text: str) -> list[Passage]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return passages_of(load_guide(path))


def _one(passages: list[Passage], phrase: str) -> Passage:
    found = [p for p in passages if phrase in p.text]
    assert len(found) == 1, [p.text for p in found]
    return found[0]


def test_an_org_mode_file_reads_with_its_headings_tables_steps_and_entries(tmp_path: Path) -> None:
    passages = _read(tmp_path, "hydroboration.txt", ORG)
    text = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
    assert passages[0].guide_title == "Hydroboration-oxidation: group notes"
    for markup in (":PROPERTIES:", ":ID:", "#+", "CLOSED:", ":borane:", "|---", "TODO"):
        assert markup not in text, markup
    steps = _one(passages, "Add 9-BBN (0.5 M in THF, 1.1 equiv)")
    assert steps.kind == "protocol" and steps.section[-1].startswith("Procedure")
    row = _one(passages, "best regioselectivity")
    assert row.kind == "table-row" and "Equiv: 1.1" in row.text and row.section[0] == "Reagents"
    fix = _one(passages, "Switch to 9-BBN for terminal alkenes")
    assert fix.section[-1] == "Alcohol on the wrong carbon" and "::" not in fix.text
    assert _one(passages, "9-BBN gave 98:2").section[-1] == "Compare BH3.THF and 9-BBN on styrene"
    assert _one(passages, "anti-Markovnikov").section[-1] == "Overview"


def test_an_asciidoc_file_reads_with_its_headings_tables_steps_and_entries(tmp_path: Path) -> None:
    passages = _read(tmp_path, "hydroboration.txt", ADOC)
    text = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
    assert passages[0].guide_title == "Hydroboration-oxidation: group notes"
    for markup in (":toc:", "[NOTE]", "====", "|===", "[cols", "a.person@example.org", "{reagent}"):
        assert markup not in text, markup
    steps = _one(passages, "Add 9-BBN (0.5 M in THF), 1.1 equiv, over 10 min.")  # the attribute as it renders
    assert steps.kind == "protocol" and steps.section[-1] == "Procedure"
    row = _one(passages, "best regioselectivity")
    assert row.kind == "table-row" and "Equiv: 1.1" in row.text and row.section[0] == "Reagents"
    fix = _one(passages, "The borane solution was old")
    assert fix.section[-1] == "Nothing happened after 4 h" and "::" not in fix.text
    assert "exothermic" in _one(passages, "add the peroxide slowly").text


def test_plain_text_with_stars_and_equals_signs_is_not_taken_for_markup(tmp_path: Path) -> None:
    plain = ("Notes on the Swern\n\n* keep it below -60 °C\n* add the alcohol slowly\n\n"
             "Yield = 85 % after the column.\nSee the group wiki :: oxidations for more.\n")
    passages = _read(tmp_path, "swern.txt", plain)
    text = "\n".join(p.text for p in passages)
    assert "keep it below -60 °C" in text and "Yield = 85 %" in text and "wiki :: oxidations" in text


DOKU = """====== Hydroboration-oxidation ======

//Group wiki > Methods. Page owner: [[user:aperson|A. Person]].//

<WRAP center round important 60%>
**Peroxide and borane together are exothermic.** Add the peroxide at 0 °C.
</WRAP>

===== Reagents =====

^ Borane ^ Equiv ^ Comment ^
| BH3.THF | 0.4 | titrate old bottles((Titrate against benzoic acid.)) |
| 9-BBN | 1.1 | best regioselectivity |
| ::: | 1.5 | for trisubstituted alkenes |

===== Procedure (5 mmol) =====

  - Dissolve the alkene in dry THF (10 mL) under nitrogen and cool to 0 °C.
  - Add 9-BBN (0.5 M in THF, 1.1 equiv) over 10 min.
  - Stir at room temperature for 4 h.

===== Troubleshooting =====

^ Symptom ^ What to do ^
| Alcohol on the wrong carbon | Switch to 9-BBN for terminal alkenes. |
| Nothing happened after 4 h | Titrate the borane or open a fresh bottle. |

<note tip>
See [[methods:oxidation:peroxide|the peroxide page]] before scaling up.\\
</note>

{{tag>borane hydroboration}}
~~DISCUSSION~~
"""


def test_a_dokuwiki_page_reads_with_its_headings_tables_and_steps_without_markup(tmp_path: Path) -> None:
    passages = _read(tmp_path, "hydroboration.txt", DOKU)
    text = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
    assert passages[0].guide_title == "Hydroboration-oxidation"
    for markup in ("======", "[[", "<WRAP", "<note", "{{tag", "~~", "//Group", "\\\\", ":::", "(("):
        assert markup not in text, markup
    steps = _one(passages, "Add 9-BBN (0.5 M in THF, 1.1 equiv)")
    assert steps.kind == "protocol" and steps.section[-1].startswith("Procedure")
    assert "Equiv: 1.1" in _one(passages, "best regioselectivity").text
    assert "Borane: 9-BBN" in _one(passages, "trisubstituted").text  # a ":::" cell spans down from the row above
    assert "benzoic acid" in _one(passages, "titrate old bottles").text  # a footnote stays with its sentence
    fix = _one(passages, "Switch to 9-BBN for terminal alkenes")
    assert fix.section[0] == "Troubleshooting" and "Alcohol on the wrong carbon" in fix.text
    assert "the peroxide page" in _one(passages, "before scaling up").text


TYPST = """// handbook/ch3-hydroboration.typ
#import "../template/handbook.typ": chapter, checkfirst

#show: chapter.with(
  number: 3,
  title: [Hydroboration-oxidation: group notes],
)
#set text(lang: "en")
#let bbn = [9-BBN (0.5~M in THF)]

= Overview <sec:overview>

Hydroboration puts boron on the less substituted carbon; oxidation with
alkaline H#sub[2]O#sub[2] then gives the anti-Markovnikov alcohol#footnote[H. C. Brown,
#link("https://doi.org/10.1021/x")[the original paper].].

#figure(
  table(
    columns: (auto, auto, 1fr),
    table.header([*Borane*], [*Equiv*], [*Comment*]),
    [BH#sub[3]·THF], [0.4], [titrate old bottles],
    [#bbn], [1.1], [best regioselectivity (@sec:overview)],
  ),
  caption: [Boranes we use.],
) <tab:boranes>

= Procedure (5 mmol) <sec:proc>

+ Dissolve the alkene (5.0~mmol) in dry THF (10~mL) at 0~°C.
+ Add #bbn, 1.1 equiv, over 10--15 min.
+ Stir 2~h at rt.

= Troubleshooting

/ Nothing happened after 4 h: The borane solution was old. Titrate it
  before use, or open a new bottle.
/ Alcohol on the wrong carbon: Switch to 9-BBN for terminal alkenes.

#checkfirst[
- Is the borane solution fresh?
]
"""


def test_a_typst_source_reads_with_its_headings_table_steps_and_text_without_markup(tmp_path: Path) -> None:
    passages = _read(tmp_path, "hydroboration.txt", TYPST)
    text = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
    assert passages[0].guide_title == "Hydroboration-oxidation: group notes"
    for markup in ("#sub", "#let", "#figure", "table.header", "<sec:", "@sec", "~", "#link", "#checkfirst", "--"):
        assert markup not in text, markup
    assert "alkaline H2O2 then gives the anti-Markovnikov alcohol (H. C. Brown, the original paper.)" in text
    steps = _one(passages, "Add 9-BBN (0.5 M in THF), 1.1 equiv, over 10–15 min.")  # the variable as it renders
    assert steps.kind == "protocol" and steps.section[-1].startswith("Procedure (5 mmol)")
    row = _one(passages, "best regioselectivity")
    assert row.kind == "table-row" and "Equiv: 1.1" in row.text and "Borane: 9-BBN (0.5 M in THF)" in row.text
    assert _one(passages, "anti-Markovnikov").section[-1] == "Overview"
    assert "Is the borane solution fresh?" in text
    fix = _one(passages, "The borane solution was old")
    assert fix.section[-1] == "Nothing happened after 4 h" and "before use, or open a new bottle" in fix.text
