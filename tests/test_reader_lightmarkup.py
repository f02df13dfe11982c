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


LATEX = r"""% !TeX program = lualatex
% handbook chapter, compile with latexmk
\documentclass[11pt]{article}
\usepackage{siunitx,mhchem,booktabs}
\DeclareSIUnit\equiv{equiv}
\newcommand{\coldT}{\qtyrange{0}{5}{\degreeCelsius}}
\newcommand{\salt}{ethyl benzimidate hydrochloride}
\title{Chapter 7\\ The Pinner reaction}
\author{K. L.}
\begin{document}
\maketitle
\section{Reagents}
\label{sec:reagents}
Keep everything dry and at \coldT{} (Table~\ref{tab:hcl}).\footnote{Warm salts decompose.}
% NOTE: the old 4 M solution was withdrawn. Do not reintroduce.
\begin{table}[h]
\centering
\caption{Ways of introducing dry HCl.}
\label{tab:hcl}
\begin{tabular}{@{}ll@{}}
\toprule
Source & Typical amount \\
\midrule
HCl in CPME (\qty{3}{\molar}) & \qtyrange{2.0}{3.0}{\equiv} \\
Acetyl chloride in the alcohol & 2.0--3.0 equiv \\
\bottomrule
\end{tabular}
\end{table}
\section{Standard procedure: \salt}
\begin{enumerate}[label=\arabic*.]
\item Cool the \ce{EtOH}/ether solution to \qty{0}{\degreeCelsius}.
\item Pass dry HCl until the gain is \qty{5.5}{\gram}.
\end{enumerate}
\subsection{Benzamidine from the salt}
\begin{enumerate}[resume]
\item Suspend the \salt{} in dry ethanol.
\end{enumerate}
\begin{tipbox}[If nothing crystallises]
Add dry ether and scratch the wall; do \emph{not} warm the flask.
\end{tipbox}
\section{Troubleshooting}
\begin{description}
\item[Product is the ester] Water in the alcohol. Dry it over \qty{3}{\angstrom} sieves.
\item[Product is the amide] The salt was warmed. Keep it below \qty{5}{\degreeCelsius}.
\end{description}
\end{document}
"""


def test_a_latex_source_reads_with_its_sections_tables_steps_and_macros_without_markup(tmp_path: Path) -> None:
    """A group handbook's LaTeX chapter (.tex, or saved as .txt): title, sections, booktabs table, enumerate steps
    (counting on after [resume]), a box's title and a description list; macros and siunitx amounts as printed;
    comments, the preamble, labels and references left out; every line where it is in the file."""
    for name in ("pinner.tex", "pinner.txt"):
        passages = _read(tmp_path, name, LATEX)
        text = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
        assert passages[0].guide_title == "Chapter 7 The Pinner reaction"
        for markup in ("\\", "{", "}", "%", "~", "documentclass", "NOTE", "tab:hcl", "withdrawn", "&"):
            assert markup not in text, (markup, text)
        assert "Keep everything dry and at 0–5 °C. (Warm salts decompose.)" in text
        row = _one(passages, "HCl in CPME (3 M)")
        assert row.kind == "table-row" and "Typical amount: 2.0–3.0 equiv" in row.text and row.lines == (24, 24)
        steps = _one(passages, "Cool the EtOH/ether solution to 0 °C.")
        assert steps.kind == "protocol" and steps.section[-1].startswith("Standard procedure: ethyl benzimidate")
        assert "3. Suspend the ethyl benzimidate hydrochloride in dry ethanol." in text
        assert "do not warm the flask" in text
        fix = _one(passages, "Water in the alcohol.")
        assert fix.section[-1] == "Product is the ester" and "Dry it over 3 Å sieves." in fix.text


TEXTILE = """{{>toc}}

h1. Swern oxidation (group wiki)

_Maintained by the group. Related: [[Dess-Martin]], "the SOP":https://wiki.example/sop._

p(warning). *Keep the internal temperature below -60 °C until the base is in.*

h2. Conditions

|_. Reagent |_. Equiv |_. When |
| Oxalyl chloride | 1.2 | first, at -78 °C |
| DMSO | 2.4 | over 5 min |

The table is for a 10 mmol run.

h2. Procedure

# Cool CH~2~Cl~2~ to -78 °C and add oxalyl chloride.
# Add DMSO over 5 min and stir 15 min.
# Add the alcohol, then Et~3~N (5 equiv) after 30 min.

{{collapse(Larger scale: what is different)
* Use an internal thermometer.
}}

h2. Troubleshooting

|_. Symptom |_. Likely cause |_. What to do |
| Methylthiomethyl ether | Warmed up before the base | Keep it at -78 °C until the Et3N is in |

!swern.png!
"""


def test_a_textile_page_reads_with_its_headings_tables_and_steps_without_markup(tmp_path: Path) -> None:
    """A Redmine wiki page saved as text: "h2." headings, "|_." tables, "#" steps, Redmine macros left out."""
    passages = _read(tmp_path, "swern.txt", TEXTILE)
    text = "\n".join(p.text + " " + " ".join(p.section) for p in passages)
    assert passages[0].guide_title == "Swern oxidation (group wiki)"
    for markup in ("h2.", "|_.", "{{", "}}", "p(warning)", "[[", "!swern", "CH~2~", '":https'):
        assert markup not in text, markup
    steps = _one(passages, "Add DMSO over 5 min")
    assert steps.kind == "protocol" and steps.section[-1].startswith("Procedure")
    row = _one(passages, "Oxalyl chloride")
    assert row.kind == "table-row" and "Equiv: 1.2" in row.text
    assert _one(passages, "The table is for a 10 mmol run").kind != "table-row"  # the text after a table
    fix = _one(passages, "Keep it at -78 °C until the Et3N is in")
    assert fix.section[0] == "Troubleshooting" and "Methylthiomethyl ether" in fix.text
    assert _one(passages, "internal thermometer").section[-1] == "Larger scale: what is different"
    assert _one(passages, "Add DMSO").lines == (17, 21)  # a citation points at the file's own lines (heading, steps)
