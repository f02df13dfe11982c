"""Generate the four generated guides of the fresh8 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh8/make_fresh8_guides.py

Writes:
    evals/fresh8/guides/diels-alder-supporting-information.pdf
        reportlab, invariant=1, DejaVu Serif embedded (the script stops if the font is missing).
        A journal SUPPORTING INFORMATION file: title block with authors and affiliation, a table
        of contents whose page numbers are S-numbers ("S3") filled in by a second build pass,
        running header, footer with the S-page number, numbered sections "S1" ... "S8", general
        methods, reagent preparations, general procedures GP-A to GP-F, an optimisation table
        (Table S1) with MERGED HEADER CELLS ("Conditions" spans four columns, "Outcome" two) and
        table footnotes, a table of diagnostic NMR signals (Table S2, also with a merged header),
        compound entries with characterisation data (superscript "1" in "1H NMR", subscripts in
        CDCl3, italic J), a troubleshooting note as lettered paragraphs with bold run-in
        observations, safety notes and a reference list.
    evals/fresh8/guides/aromatic-nitration-libreoffice-sop.docx
        written as raw WordprocessingML (no python-docx) with the habits of a LibreOffice Writer
        export: app.xml naming LibreOffice, LibreOffice style ids ("TextBody", "TableContents",
        "TableHeading", "ContentsHeading", "Contents1"), docDefaults with en-GB / zh-CN / hi-IN
        languages, headings numbered ONLY through outline numbering (numbering.xml, the numbers
        are not in the heading text), a TABLE-OF-CONTENTS FIELD inside a w:sdt (fldChar begin /
        instrText TOC / separate ... end) whose entries are internal hyperlinks to
        "__RefHeading___Toc" BOOKMARKS at the headings and carry the heading numbers and page
        numbers as typed text, a REF cross-reference field, SIMPLE FIELDS (w:fldSimple PAGE and
        NUMPAGES) in the footer, external hyperlinks, tables whose FIRST COLUMN HOLDS HEADINGS
        (document information, emergency and waste), a troubleshooting table with a repeated
        header row, and procedure steps typed by hand as "Step 1:" in bold.  Fixed dates and
        fixed zip timestamps.
    evals/fresh8/guides/ball-mill-word-web-page.html
        a Word "Save as Web Page" (.htm, not filtered) file: Office XML namespaces, meta
        ProgId/Generator "Microsoft Word 15", <!--[if gte mso 9]><xml> document properties,
        a long <style> block with MsoNormal / MsoListParagraph / @list definitions, body in
        div.WordSection1, paragraphs class=MsoNormal / MsoTitle / MsoSubtitle, h1/h2 headings
        with _Toc bookmarks, a TOC field whose codes sit in <!--[if supportFields]> comments and
        whose entries (class MsoToc1/MsoToc2) hold the page numbers in spans hidden with
        display:none / mso-hide:screen, bullet and numbered lists written as paragraphs
        (MsoListParagraphCxSpFirst/Middle/Last) with mso-list styles and the bullet (Symbol
        "·") or number inside <![if !supportLists]> ... <![endif]>, <o:p></o:p> tags, tables
        class=MsoTableGrid with p.MsoNormal cells, a bordered note paragraph, Word footnotes
        (mso-footnote-id, "[1]" markers, footnote list after an <hr>), and the source wrapped at
        about 76 columns, as Word writes it, so that text lines break anywhere.
    evals/fresh8/guides/cooling-baths-faq-cp1252.txt
        a plain-text FAQ written in Windows Notepad: WINDOWS-1252 encoding (degree signs, en
        dashes, smart quotes, "·" and "×" as single bytes), CRLF line endings, no final newline,
        a header block, a space-aligned table, numbered section rules, "Q:" / "A:" pairs with
        each answer one long line, a few "  - " bullet lines.

Re-running produces byte-identical files.  The visible text of the PDF and the DOCX is held in
the module-level data structures below; `visible_strings()` returns it, one string per text unit
(PDF: paragraph, table cell, table-of-contents line, header or footer line; DOCX: one string per
w:p, with "\\t" for a tab), `marker_strings()` returns the same units (no footnote markers in
these two) and `deleted_strings()` is empty; both are kept for the verifier.  The .html and the
.txt are read from the built files by the verifier; `ENCODINGS` names the encoding of each
generated text file.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2025, 3, 4, 10, 30, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PDF_NAME = "diels-alder-supporting-information.pdf"
DOCX_NAME = "aromatic-nitration-libreoffice-sop.docx"
HTML_NAME = "ball-mill-word-web-page.html"
TXT_NAME = "cooling-baths-faq-cp1252.txt"


def _plain(text: str) -> str:
    """Visible text of a reportlab paragraph string: tags removed, entities decoded."""
    return re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&lt;", "<").replace(
        "&gt;", ">")


# ---------------------------------------------------------------------------
# PDF: Supporting Information for a Diels-Alder paper
# ---------------------------------------------------------------------------
# Strings may hold reportlab inline markup (<b>, <i>, <super>, <sub>); _plain() gives the text.
# DA_CONTENT entries:
#   ("h1", (number, title))   numbered section "S3  General procedures" (in the TOC)
#   ("h2", text)              bold sub-heading
#   ("p", text)               justified body paragraph
#   ("cmpd", text)            compound heading (bold)
#   ("data", text)            characterisation paragraph (smaller, ragged)
#   ("note", text)            troubleshooting note paragraph with hanging "(a)" label
#   ("ref", text)             reference
#   ("table1", None) / ("table2", None)

DA_HEADER = "Okonkwo, Halvorsen and Prieto \u2013 Supporting Information"
DA_FOOTER_FMT = "S{n}"
DA_TITLE = ("Supporting Information for: Diels\u2013Alder Cycloadditions for Building-Block "
            "Synthesis \u2013 Reliable Conditions and Common Failure Modes")
DA_AUTHORS = "Adaeze N. Okonkwo, Lars Halvorsen and Marta Prieto*"
DA_AFFIL = ("School of Chemistry, University of Eastmoor, Eastmoor EM4 7QX, United Kingdom. "
            "*E-mail: m.prieto@eastmoor.example.ac.uk")
DA_TOC_TITLE = "Table of Contents"

DA_CONTENT = [
    ("h1", ("S1", "General information")),
    ("p", "All reactions with Lewis acids were carried out in oven-dried glassware (120 \u00b0C, "
          "at least 4 h) under dry nitrogen. CH<sub>2</sub>Cl<sub>2</sub> and THF were taken "
          "from a solvent purification system and contained less than 30 ppm of water by Karl "
          "Fischer titration. Toluene and xylene (mixture of isomers) were used as received."),
    ("p", "Maleic anhydride was taken from a freshly opened bottle. Partly hydrolysed material "
          "contains maleic acid, which does not dissolve in toluene or EtOAc/hexane: a cloudy "
          "solution of the anhydride is the sign, and such batches gave 10\u201320% lower "
          "yields. Et<sub>2</sub>AlCl (1.0 M in hexanes) was used as received and handled by "
          "syringe under nitrogen; BF<sub>3</sub>\u00b7OEt<sub>2</sub> was distilled from "
          "CaH<sub>2</sub>; ZnCl<sub>2</sub> was fused under vacuum with a heat gun immediately "
          "before use."),
    ("p", "Danishefsky\u2019s diene (trans-1-methoxy-3-(trimethylsilyloxy)-1,3-butadiene) was "
          "purchased, stored at \u221220 \u00b0C under argon and checked by <super>1</super>H "
          "NMR before every use (see note (i) in Section S7)."),
    ("p", "TLC was carried out on silica gel 60 F<sub>254</sub> plates. The norbornene adducts "
          "absorb weakly in the UV and are best seen with a KMnO<sub>4</sub> dip. NMR spectra "
          "were recorded at 400 MHz (<super>1</super>H) and 101 MHz (<super>13</super>C) in "
          "CDCl<sub>3</sub> and referenced to residual CHCl<sub>3</sub> (\u03b4 7.26) and "
          "CDCl<sub>3</sub> (\u03b4 77.16)."),
    ("p", "Endo:exo ratios were determined by <super>1</super>H NMR of the crude reaction "
          "mixture before any purification, because chromatography and recrystallisation "
          "change the ratio. Melting points are uncorrected. HRMS were recorded on a TOF "
          "instrument with EI or ESI ionisation."),
    ("h1", ("S2", "Preparation of reagents")),
    ("h2", "S2.1 Cyclopentadiene by cracking of dicyclopentadiene"),
    ("p", "Dicyclopentadiene (50 mL) was placed in a 100 mL round-bottomed flask fitted with a "
          "20 cm Vigreux column and a distillation head, and heated in an oil bath at 170\u2013"
          "180 \u00b0C. Cyclopentadiene (bp 40\u201342 \u00b0C) distilled slowly and was collected "
          "in a receiver cooled to \u221278 \u00b0C. The head temperature must not exceed 45 "
          "\u00b0C; a higher head temperature means that dicyclopentadiene is co-distilling, and "
          "the bath temperature has to be lowered."),
    ("p", "Stop the distillation when about 10 mL remain in the pot and never distil to dryness: "
          "the residue contains oligomers and peroxides. The monomer was used on the day it was "
          "made. Kept at \u221278 \u00b0C it stays usable for several days, but at room "
          "temperature it dimerises within hours (roughly half in a day); dimer in the monomer "
          "shows up as multiplets at \u03b4 5.4\u20136.0 in the <super>1</super>H NMR spectrum."),
    ("h2", "S2.2 3-Sulfolene as a source of 1,3-butadiene"),
    ("p", "3-Sulfolene (2,5-dihydrothiophene 1,1-dioxide) is an odourless crystalline solid that "
          "releases 1,3-butadiene and SO<sub>2</sub> above about 110 \u00b0C, which avoids "
          "handling gaseous butadiene (bp \u22124 \u00b0C). SO<sub>2</sub> is toxic: run the "
          "reaction in the fume hood and lead the condenser outlet through a bubbler into 2 M "
          "aqueous NaOH."),
    ("h1", ("S3", "General procedures")),
    ("h2", "GP-A: Thermal cycloaddition of cyclopentadiene with maleic anhydride (compound 1)"),
    ("p", "Maleic anhydride (1.96 g, 20.0 mmol) was dissolved in EtOAc (8 mL) with gentle "
          "warming, hexane (8 mL) was added and the solution was cooled in an ice bath. Freshly "
          "cracked cyclopentadiene (2.0 mL, 24 mmol, 1.2 equiv) was added in one portion; the "
          "reaction is exothermic and the adduct crystallises within minutes. After 15 min at "
          "0 \u00b0C and 30 min at room temperature the crystals were collected by filtration and "
          "washed with cold hexane (2 \u00d7 5 mL)."),
    ("h2", "GP-B: Lewis-acid-catalysed cycloaddition at \u221278 \u00b0C (compound 2)"),
    ("p", "A flame-dried 50 mL Schlenk flask was charged with methyl acrylate (0.90 mL, 10.0 "
          "mmol) and CH<sub>2</sub>Cl<sub>2</sub> (20 mL) and cooled to \u221278 \u00b0C. "
          "Et<sub>2</sub>AlCl (1.0 M in hexanes, 1.0 mL, 1.0 mmol, 10 mol%) was added dropwise "
          "and the solution was stirred for 10 min. Cyclopentadiene (1.65 mL, 20.0 mmol, 2.0 "
          "equiv) was then added dropwise over 10 min down the cold wall of the flask."),
    ("p", "After 1 h at \u221278 \u00b0C the reaction was quenched at \u221278 \u00b0C with MeOH "
          "(1 mL), then sat. aqueous Rochelle salt (20 mL) was added and the mixture was "
          "stirred vigorously at room temperature for 1 h, until both layers were clear. The "
          "aqueous layer was extracted with CH<sub>2</sub>Cl<sub>2</sub> (2 \u00d7 15 mL), and the "
          "combined organic layers were dried (MgSO<sub>4</sub>) and concentrated at no less "
          "than 200 mbar and 30 \u00b0C, because compound 2 is volatile."),
    ("h2", "GP-C: Cycloaddition on water"),
    ("p", "Methyl acrylate (0.90 mL, 10.0 mmol) and cyclopentadiene (1.65 mL, 20.0 mmol) were "
          "stirred vigorously with water (10 mL) at 25 \u00b0C for 4 h; the stirring must keep "
          "the organic phase dispersed as fine droplets. The mixture was extracted with pentane "
          "(3 \u00d7 10 mL); if an emulsion forms, add brine (5 mL) and filter through Celite."),
    ("h2", "GP-D: Hetero-Diels\u2013Alder reaction with Danishefsky\u2019s diene (compound 5)"),
    ("p", "Freshly fused ZnCl<sub>2</sub> (136 mg, 1.0 mmol) was suspended in dry THF (5 mL) "
          "under nitrogen, and benzaldehyde (102 \u00b5L, 1.0 mmol) and Danishefsky\u2019s diene "
          "(0.23 mL, 1.2 mmol) were added at room temperature. After 12 h the mixture was "
          "concentrated, the residue was taken up in CH<sub>2</sub>Cl<sub>2</sub> (5 mL), and "
          "TFA (0.1 mL) was added to complete the cyclisation and elimination of methanol (30 "
          "min). The solution was washed with sat. NaHCO<sub>3</sub>, dried and concentrated, "
          "and the residue was chromatographed (hexane/EtOAc 4:1)."),
    ("h2", "GP-E: Furan and N-phenylmaleimide (compound 4)"),
    ("p", "N-Phenylmaleimide (1.73 g, 10.0 mmol) and furan (3.6 mL, 50 mmol, 5 equiv) in toluene "
          "(10 mL) were heated in a pressure tube at 80 \u00b0C for 24 h behind a blast shield. "
          "On cooling, the exo adduct crystallised and was collected by filtration. At room "
          "temperature the same components give mainly the endo adduct, which is the kinetic "
          "product; at 80 \u00b0C the reversible reaction equilibrates to the more stable exo "
          "adduct."),
    ("h2", "GP-F: Butadiene from 3-sulfolene (compound 3)"),
    ("p", "Maleic anhydride (1.96 g, 20.0 mmol), 3-sulfolene (2.84 g, 24.0 mmol) and xylene (8 "
          "mL) were heated gently until the solids had dissolved and then heated at reflux for "
          "30 min, with the outlet of the condenser led into 2 M NaOH. The solution was cooled, "
          "hexane (10 mL) was added, and the product was collected after 1 h at 0 \u00b0C."),
    ("h1", ("S4", "Optimisation of the Lewis-acid-catalysed reaction")),
    ("p", "Table S1 summarises the screen for the reaction of cyclopentadiene with methyl "
          "acrylate (1.0 mmol scale, 2.0 equiv of diene, CH<sub>2</sub>Cl<sub>2</sub>, 0.5 M). "
          "Et<sub>2</sub>AlCl at 10 mol% and \u221278 \u00b0C (entry 5) was chosen for GP-B."),
    ("table1", None),
    ("h1", ("S5", "Characterisation data")),
    ("cmpd", "cis-5-Norbornene-endo-2,3-dicarboxylic anhydride (1)"),
    ("data", "Prepared by GP-A. White plates, 2.89 g (88%); mp 164\u2013165 \u00b0C (lit. "
             "164\u2013165 \u00b0C). <super>1</super>H NMR (400 MHz, CDCl<sub>3</sub>) \u03b4 "
             "6.30 (t, <i>J</i> = 1.8 Hz, 2H), 3.57 (dd, <i>J</i> = 2.9, 1.6 Hz, 2H), 3.50 (m, "
             "2H), 1.78 (dt, <i>J</i> = 9.0, 1.6 Hz, 1H), 1.55 (d, <i>J</i> = 9.0 Hz, 1H). "
             "<super>13</super>C NMR (101 MHz, CDCl<sub>3</sub>) \u03b4 171.4, 135.6, 52.8, "
             "47.1, 46.2. IR (ATR) 1855, 1771 cm<super>\u22121</super>. HRMS (EI) m/z [M]"
             "<super>+</super> calcd for C<sub>9</sub>H<sub>8</sub>O<sub>3</sub> 164.0473, "
             "found 164.0471."),
    ("cmpd", "Methyl (1R*,2S*,4R*)-bicyclo[2.2.1]hept-5-ene-2-carboxylate (endo-2)"),
    ("data", "Prepared by GP-B. Colourless oil, 1.42 g (93%), endo:exo 97:3. <super>1</super>H "
             "NMR (400 MHz, CDCl<sub>3</sub>) \u03b4 6.19 (dd, <i>J</i> = 5.7, 3.1 Hz, 1H), 5.92 "
             "(dd, <i>J</i> = 5.7, 2.8 Hz, 1H), 3.62 (s, 3H), 3.20 (br s, 1H), 2.97\u20132.91 (m, "
             "1H), 2.90 (br s, 1H), 1.94\u20131.87 (m, 1H), 1.45\u20131.39 (m, 2H), 1.27 (d, "
             "<i>J</i> = 8.2 Hz, 1H). <super>13</super>C NMR (101 MHz, CDCl<sub>3</sub>) \u03b4 "
             "175.3, 137.8, 132.4, 51.5, 49.7, 45.7, 43.2, 42.6, 29.3. IR (ATR) 1736 "
             "cm<super>\u22121</super>. HRMS (EI) m/z [M]<super>+</super> calcd for "
             "C<sub>9</sub>H<sub>12</sub>O<sub>2</sub> 152.0837, found 152.0835."),
    ("cmpd", "cis-4-Cyclohexene-1,2-dicarboxylic anhydride (3)"),
    ("data", "Prepared by GP-F. Colourless needles, 2.46 g (81%); mp 103\u2013104 \u00b0C. "
             "<super>1</super>H NMR (400 MHz, CDCl<sub>3</sub>) \u03b4 5.99 (m, 2H), 3.39 (m, "
             "2H), 2.66 (m, 2H), 2.30 (m, 2H). <super>13</super>C NMR (101 MHz, "
             "CDCl<sub>3</sub>) \u03b4 174.8, 127.6, 39.2, 23.6. HRMS (EI) m/z [M]"
             "<super>+</super> calcd for C<sub>8</sub>H<sub>8</sub>O<sub>3</sub> 152.0473, "
             "found 152.0476."),
    ("cmpd", "exo-N-Phenyl-7-oxabicyclo[2.2.1]hept-5-ene-2,3-dicarboximide (exo-4)"),
    ("data", "Prepared by GP-E. White solid, 1.86 g (77%), exo only. <super>1</super>H NMR (400 "
             "MHz, CDCl<sub>3</sub>) \u03b4 7.48\u20137.36 (m, 3H), 7.28\u20137.24 (m, 2H), 6.58 "
             "(t, <i>J</i> = 0.9 Hz, 2H), 5.40 (t, <i>J</i> = 0.9 Hz, 2H), 3.02 (s, 2H). "
             "<super>13</super>C NMR (101 MHz, CDCl<sub>3</sub>) \u03b4 174.9, 136.7, 131.5, "
             "129.2, 128.8, 126.5, 81.5, 47.6. HRMS (ESI) m/z [M+H]<super>+</super> calcd for "
             "C<sub>14</sub>H<sub>12</sub>NO<sub>3</sub> 242.0812, found 242.0815. Analyse this "
             "compound by NMR only: in a GC injector it reverts to furan and N-phenylmaleimide."),
    ("cmpd", "2-Phenyl-2,3-dihydro-4H-pyran-4-one (5)"),
    ("data", "Prepared by GP-D. Pale yellow oil, 136 mg (78%). <super>1</super>H NMR (400 MHz, "
             "CDCl<sub>3</sub>) \u03b4 7.47 (d, <i>J</i> = 6.0 Hz, 1H), 7.43\u20137.35 (m, 5H), "
             "5.53 (dd, <i>J</i> = 6.0, 1.1 Hz, 1H), 5.42 (dd, <i>J</i> = 14.4, 3.6 Hz, 1H), "
             "2.91 (dd, <i>J</i> = 16.8, 14.4 Hz, 1H), 2.66 (ddd, <i>J</i> = 16.8, 3.6, 1.1 Hz, "
             "1H). <super>13</super>C NMR (101 MHz, CDCl<sub>3</sub>) \u03b4 192.1, 163.1, "
             "137.9, 128.8, 126.0, 107.3, 81.0, 43.3. HRMS (ESI) m/z [M+H]<super>+</super> "
             "calcd for C<sub>11</sub>H<sub>11</sub>O<sub>2</sub> 175.0754, found 175.0751."),
    ("h1", ("S6", "Assignment of endo and exo adducts")),
    ("p", "In bicyclo[2.2.1] adducts the proton at C-2 (and C-3) of the exo isomer makes a "
          "dihedral angle close to 90\u00b0 with the neighbouring bridgehead proton and shows no "
          "resolved coupling to it; in the endo isomer this coupling is about 3\u20135 Hz. The "
          "symmetrical imide exo-4 therefore shows H-2/H-3 as a singlet at \u03b4 3.02, whereas "
          "the endo imide shows a doublet of doublets near \u03b4 3.55. For the ester 2 the "
          "methoxy singlets are the quickest measure of the ratio (Table S2)."),
    ("table2", None),
    ("h1", ("S7", "Troubleshooting note")),
    ("p", "The following observations were made during this work and while helping other groups "
          "repeat it. Each is given with the cause we found and what fixed it."),
    ("note", "(a)\u00a0\u00a0<b>No conversion although diene and dienophile are both present.</b> "
             "Check that the diene can adopt the s-cis conformation: (Z)-1-substituted and "
             "1,1-disubstituted dienes react very slowly. Use a Lewis acid "
             "with carbonyl dienophiles (GP-B), run the reaction on water (GP-C), or heat in a "
             "pressure tube."),
    ("note", "(b)\u00a0\u00a0<b>Cyclopentadiene reactions give a waxy solid and low yields.</b> "
             "The diene had dimerised. Crack it freshly (Section S2.1), keep it at \u221278 "
             "\u00b0C and check the monomer by <super>1</super>H NMR if it is older than a "
             "day."),
    ("note", "(c)\u00a0\u00a0<b>The Lewis-acid reaction turned dark and gave a gummy polymer.</b> "
             "The Lewis acid polymerised the diene cationically. Premix the Lewis acid with the "
             "dienophile at \u221278 \u00b0C before any diene is added, add the diene slowly, "
             "and use 10\u201320 mol% rather than a full equivalent (Table S1, entry 6)."),
    ("note", "(d)\u00a0\u00a0<b>No conversion with Et<sub>2</sub>AlCl although the same "
             "conditions worked before.</b> Water destroyed the catalyst (Table S1, entry 9). "
             "Use CH<sub>2</sub>Cl<sub>2</sub> with less than 30 ppm water and a fresh bottle of "
             "the Lewis acid. Substrates with free OH or basic nitrogen bind the Lewis acid "
             "and need one extra equivalent of it or protection."),
    ("note", "(e)\u00a0\u00a0<b>Methyl acrylate or methyl vinyl ketone turned into an insoluble "
             "gum in thermal runs.</b> Radical polymerisation of the dienophile. Add BHT (1 "
             "mol%) or hydroquinone, exclude light, and prefer the catalysed reaction at low "
             "temperature."),
    ("note", "(f)\u00a0\u00a0<b>The furan adduct disappeared on work-up or on GC.</b> "
             "Retro-Diels\u2013Alder reaction. Evaporate at or below 40 \u00b0C, do not distil "
             "furan adducts, analyse them by NMR rather than GC and store them at \u221220 "
             "\u00b0C."),
    ("note", "(g)\u00a0\u00a0<b>Endo:exo ratio lower than reported.</b> The reaction was run "
             "too warm or too long; reversible systems drift towards the exo adduct. Use the "
             "Lewis-acid conditions at \u221278 \u00b0C and determine the ratio on the crude "
             "mixture, not after chromatography."),
    ("note", "(h)\u00a0\u00a0<b>Two regioisomers with an unsymmetrical diene.</b> "
             "1-Substituted dienes give mainly the \u201cortho\u201d (1,2) product and "
             "2-substituted dienes the \u201cpara\u201d (1,4) product; a Lewis acid raises the "
             "selectivity. Mixtures that remain are usually separable after hydrolysis or "
             "reduction of the ester."),
    ("note", "(i)\u00a0\u00a0<b>Danishefsky\u2019s diene gave 4-methoxy-3-buten-2-one and no "
             "adduct.</b> The diene had hydrolysed. Its <super>1</super>H NMR spectrum must show "
             "the trimethylsilyl singlet near \u03b4 0.2 and no enone signals; distil it under "
             "reduced pressure if in doubt, and use base-washed, dry glassware."),
    ("note", "(j)\u00a0\u00a0<b>The hetero-Diels\u2013Alder product is contaminated with an "
             "open-chain silyl enol ether.</b> Cyclisation is incomplete; treat the crude "
             "material with TFA in CH<sub>2</sub>Cl<sub>2</sub> for 30 min (GP-D) before "
             "chromatography."),
    ("note", "(k)\u00a0\u00a0<b>Anhydride adducts came off the column as the diacid.</b> "
             "Hydrolysis on silica. Purify the anhydrides by recrystallisation instead of "
             "chromatography, and store them in a desiccator."),
    ("note", "(l)\u00a0\u00a0<b>3-Sulfolene reaction smells of SO<sub>2</sub> and gives little "
             "product.</b> Heated too fast: butadiene escaped through the condenser before it "
             "could react. Warm slowly until the solids dissolve and keep an efficient condenser "
             "on the flask."),
    ("h1", ("S8", "Safety notes")),
    ("p", "Cyclopentadiene, furan and 1,3-butadiene are volatile, flammable and malodorous; "
          "furan is a suspected carcinogen. Reactions above the boiling point of a component "
          "were run in pressure tubes rated to 10 bar, filled to no more than half their "
          "volume, behind a blast shield. Et<sub>2</sub>AlCl solutions are pyrophoric; quench "
          "excess reagent and syringes with isopropanol under nitrogen."),
    ("h1", ("S9", "References")),
    ("ref", "(1) Moffett, R. B. Cyclopentadiene and 3-chlorocyclopentene. <i>Org. Synth.</i> "
            "<b>1952</b>, <i>32</i>, 41."),
    ("ref", "(2) Danishefsky, S.; Kitahara, T. A useful diene for the Diels\u2013Alder reaction. "
            "<i>J. Am. Chem. Soc.</i> <b>1974</b>, <i>96</i>, 7807\u20137808."),
    ("ref", "(3) Rideout, D. C.; Breslow, R. Hydrophobic acceleration of Diels\u2013Alder "
            "reactions. <i>J. Am. Chem. Soc.</i> <b>1980</b>, <i>102</i>, 7816\u20137817."),
]

DA_T1_CAPTION = ("Table S1. Reaction of cyclopentadiene with methyl acrylate: Lewis acid, "
                 "temperature and time.")
DA_T1_HEAD1 = ["Entry", "Conditions", "", "", "", "Outcome", ""]
DA_T1_HEAD2 = ["", "Lewis acid", "mol%", "T (\u00b0C)", "t (h)", "Conv. (%)b",
               "endo:exob"]
DA_T1_ROWS = [
    ["1", "none", "\u2013", "25", "24", "62", "76:24"],
    ["2", "none (toluene, sealed tube)", "\u2013", "80", "4", "95", "72:28"],
    ["3", "BF3\u00b7OEt2", "10", "\u221278", "3", "88", "93:7"],
    ["4", "AlCl3", "10", "\u221278", "1", "97", "98:2"],
    ["5", "Et2AlCl", "10", "\u221278", "1", ">99", "97:3"],
    ["6", "Et2AlCl", "100", "\u221278", "0.5", ">99c", "98:2"],
    ["7", "ZnCl2", "20", "0", "6", "54", "88:12"],
    ["8", "none (water, GP-C)", "\u2013", "25", "4", "91", "86:14"],
    ["9", "Et2AlCl, wet CH2Cl2a", "10", "\u221278", "1", "12", "n.d."],
]
DA_T1_FOOT = [
    "a CH2Cl2 containing 300 ppm of water (Karl Fischer).",
    "b Determined by 1H NMR of the crude mixture from the OCH3 singlets (endo \u03b4 3.62, exo "
    "\u03b4 3.69).",
    "c Full conversion of the acrylate, but 35% of the diene was lost as a gummy polymer.",
]
DA_T2_CAPTION = "Table S2. Diagnostic 1H NMR signals (CDCl3) of the endo and exo adducts."
DA_T2_HEAD1 = ["Adduct", "Signal", "\u03b4 (multiplicity)", ""]
DA_T2_HEAD2 = ["", "", "endo isomer", "exo isomer"]
DA_T2_ROWS = [
    ["Ester 2", "OCH3", "3.62 (s)", "3.69 (s)"],
    ["Ester 2", "H-5 / H-6", "6.19 (dd), 5.92 (dd)", "6.13 (m, 2H)"],
    ["Imide 4", "H-2 / H-3", "3.55 (dd, J \u2248 4 Hz)", "3.02 (s)"],
    ["Imide 4", "H-5 / H-6", "6.40 (t)", "6.58 (t)"],
]


def _register_fonts() -> None:
    for name, file in (("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-Bold", "DejaVuSerif-Bold.ttf"),
                       ("DVSerif-Italic", "DejaVuSerif-Italic.ttf"),
                       ("DVSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")):
        path = FONT_DIR / file
        if not path.exists():
            raise SystemExit(f"font {path} not found; install fonts-dejavu")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-Bold",
                       italic="DVSerif-Italic", boldItalic="DVSerif-BoldItalic")


def _t1_cell_markup(text: str) -> str:
    """Table S1/S2 cell text -> reportlab markup (subscripts, footnote letters)."""
    m = escape(text)
    for f in ("BF3", "AlCl3", "Et2AlCl", "ZnCl2", "CH2Cl2", "OCH3", "CDCl3"):
        m = m.replace(f, re.sub(r"(\d)", r"<sub>\1</sub>", f))
    m = re.sub(r"OEt(\d)", r"OEt<sub>\1</sub>", m)
    m = re.sub(r"(\(%\)|endo:exo|&gt;99|CH<sub>2</sub>Cl<sub>2</sub>)([abc])$",
               r"\1<super>\2</super>", m)
    return m


class _DADoc(BaseDocTemplate):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.heading_pages: dict[str, int] = {}

    def afterFlowable(self, flowable):
        key = getattr(flowable, "_da_key", None)
        if key and key not in self.heading_pages:
            self.heading_pages[key] = self.page


def _da_story(pages: dict[str, int]) -> list:
    body = ParagraphStyle("body", fontName="DVSerif", fontSize=9.5, leading=13, spaceAfter=4,
                          alignment=TA_JUSTIFY)
    title = ParagraphStyle("title", parent=body, fontName="DVSerif-Bold", fontSize=13,
                           leading=17, alignment=TA_CENTER, spaceAfter=6)
    authors = ParagraphStyle("authors", parent=body, alignment=TA_CENTER, fontSize=10.5)
    affil = ParagraphStyle("affil", parent=body, alignment=TA_CENTER, fontName="DVSerif-Italic",
                           fontSize=8.5, leading=11, spaceAfter=10)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVSerif-Bold", fontSize=11, leading=15,
                        spaceBefore=10, spaceAfter=4, alignment=0, keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVSerif-Bold", fontSize=9.5,
                        spaceBefore=6, spaceAfter=2, alignment=0, keepWithNext=1)
    cmpd = ParagraphStyle("cmpd", parent=h2, spaceBefore=8)
    data = ParagraphStyle("data", parent=body, fontSize=8.5, leading=11.5, alignment=0)
    note = ParagraphStyle("note", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm)
    ref = ParagraphStyle("ref", parent=body, fontSize=8.5, leading=11, alignment=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0,
                          alignment=0)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cellc, fontName="DVSerif-Bold")
    caption = ParagraphStyle("caption", parent=body, fontName="DVSerif-Bold", fontSize=8.5,
                             leading=11, alignment=0, spaceBefore=4, spaceAfter=3)
    foot = ParagraphStyle("foot", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0,
                          alignment=0)
    tocs = ParagraphStyle("toc", parent=body, fontSize=9.5, spaceAfter=0, alignment=0)

    story: list = [Paragraph(escape(DA_TITLE), title), Paragraph(escape(DA_AUTHORS), authors),
                   Paragraph(escape(DA_AFFIL), affil),
                   Paragraph(f"<b>{DA_TOC_TITLE}</b>", h1)]
    toc_rows = []
    for kind, payload in DA_CONTENT:
        if kind == "h1":
            num, text = payload
            pg = pages.get(num)
            toc_rows.append([Paragraph(num, tocs), Paragraph(escape(text), tocs),
                             Paragraph(f"S{pg}" if pg else "S?", tocs)])
    toc = Table(toc_rows, colWidths=[12 * mm, 130 * mm, 15 * mm])
    toc.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                             ("LINEBELOW", (1, 0), (1, -1), 0.3, colors.grey,
                              None, (1, 2)),
                             ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story += [toc, Spacer(1, 4 * mm)]

    for kind, payload in DA_CONTENT:
        if kind == "h1":
            num, text = payload
            p = Paragraph(f"{num}\u00a0\u00a0{escape(text)}", h1)
            p._da_key = num
            story.append(p)
        elif kind == "h2":
            story.append(Paragraph(payload, h2))
        elif kind == "p":
            story.append(Paragraph(payload, body))
        elif kind == "cmpd":
            story.append(Paragraph(payload, cmpd))
        elif kind == "data":
            story.append(Paragraph(payload, data))
        elif kind == "note":
            story.append(Paragraph(payload, note))
        elif kind == "ref":
            story.append(Paragraph(payload, ref))
        elif kind == "table1":
            rows = [[Paragraph(_t1_cell_markup(c), cellb) for c in DA_T1_HEAD1],
                    [Paragraph(_t1_cell_markup(c), cellb) for c in DA_T1_HEAD2]]
            rows += [[Paragraph(_t1_cell_markup(c), cellc if i != 1 else cell)
                      for i, c in enumerate(r)] for r in DA_T1_ROWS]
            t = Table(rows, colWidths=[15 * mm, 46 * mm, 20 * mm, 16 * mm, 13 * mm, 24 * mm,
                                       24 * mm], repeatRows=2)
            t.setStyle(TableStyle([
                ("SPAN", (1, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                ("LINEBELOW", (1, 0), (4, 0), 0.4, colors.black),
                ("LINEBELOW", (5, 0), (6, 0), 0.4, colors.black),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            foot_ps = [Paragraph(_t1_cell_markup(f[2:]).join(
                [f"<super>{f[0]}</super> ", ""]), foot) for f in DA_T1_FOOT]
            story.append(KeepTogether([Paragraph(escape(DA_T1_CAPTION), caption), t,
                                       Spacer(1, 1.5 * mm)] + foot_ps))
        elif kind == "table2":
            rows = [[Paragraph(_t1_cell_markup(c), cellb) for c in DA_T2_HEAD1],
                    [Paragraph(_t1_cell_markup(c), cellb) for c in DA_T2_HEAD2]]
            rows += [[Paragraph(_t1_cell_markup(c).replace("J ", "<i>J</i> "), cellc)
                      for c in r] for r in DA_T2_ROWS]
            t = Table(rows, colWidths=[28 * mm, 28 * mm, 45 * mm, 45 * mm], repeatRows=2)
            t.setStyle(TableStyle([
                ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                ("LINEBELOW", (2, 0), (3, 0), 0.4, colors.black),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            cap = Paragraph(_t1_cell_markup(DA_T2_CAPTION).replace(
                "1H", "<super>1</super>H"), caption)
            story.append(KeepTogether([cap, t]))
        else:  # pragma: no cover
            raise ValueError(kind)
    return story


def _da_page(canvas, doc) -> None:
    canvas.saveState()
    pw, ph = A4
    canvas.setFont("DVSerif-Italic", 8)
    canvas.drawString(20 * mm, ph - 13 * mm, DA_HEADER)
    canvas.setLineWidth(0.4)
    canvas.line(20 * mm, ph - 15 * mm, pw - 20 * mm, ph - 15 * mm)
    canvas.setFont("DVSerif", 9)
    canvas.drawCentredString(pw / 2, 12 * mm, DA_FOOTER_FMT.format(n=doc.page))
    canvas.restoreState()


def _build_da_once(path: Path, pages: dict[str, int]) -> tuple[dict[str, int], int]:
    pw, ph = A4
    doc = _DADoc(str(path), pagesize=A4, title=DA_TITLE, author="A. N. Okonkwo",
                 subject="Supporting Information", creator="Microsoft Word",
                 producer="Acrobat PDFMaker 23 for Word", invariant=1)
    frame = Frame(20 * mm, 20 * mm, pw - 40 * mm, ph - 40 * mm, id="f", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=_da_page)])
    doc.build(_da_story(pages))
    return doc.heading_pages, doc.page


def build_da_pdf(path: Path) -> None:
    _register_fonts()
    pages, _ = _build_da_once(path, {})
    pages2, n = _build_da_once(path, pages)
    if pages2 != pages:  # the filled-in TOC moved a heading: one more pass
        pages3, n = _build_da_once(path, pages2)
        if pages3 != pages2:
            raise SystemExit("table of contents did not converge")
        pages2 = pages3
    global DA_PAGES, DA_HEADING_PAGES
    DA_PAGES, DA_HEADING_PAGES = n, dict(pages2)


DA_PAGES = 0
DA_HEADING_PAGES: dict[str, int] = {}
DA_EXPECTED_PAGES = 5


def _da_units() -> list[str]:
    units = [DA_HEADER] + [DA_FOOTER_FMT.format(n=n) for n in range(1, DA_EXPECTED_PAGES + 1)]
    units += [DA_TITLE, DA_AUTHORS, DA_AFFIL, DA_TOC_TITLE]
    for kind, payload in DA_CONTENT:
        if kind == "h1":
            units += [payload[0], payload[1]]
    units += [f"S{n}" for n in range(1, DA_EXPECTED_PAGES + 1)]
    for kind, payload in DA_CONTENT:
        if kind == "h1":
            units.append(f"{payload[0]} {payload[1]}")
        elif kind in ("h2", "p", "cmpd", "data", "note", "ref"):
            units.append(_plain(payload).replace("\u00a0", " "))
        elif kind == "table1":
            units.append(DA_T1_CAPTION)
            units += [c for c in DA_T1_HEAD1 + DA_T1_HEAD2 if c]
            units += [c for r in DA_T1_ROWS for c in r]
            units += DA_T1_FOOT
        elif kind == "table2":
            units.append(DA_T2_CAPTION)
            units += [c for c in DA_T2_HEAD1 + DA_T2_HEAD2 if c]
            units += [c for r in DA_T2_ROWS for c in r]
    return [" ".join(u.split()) for u in units]


# ---------------------------------------------------------------------------
# DOCX: aromatic nitration SOP, as exported by LibreOffice Writer
# ---------------------------------------------------------------------------
# Paragraph payloads are lists of segments:
#   "text"                      plain run (a "\t" inside becomes w:tab)
#   ("b", "text")               bold run
#   ("sub", "text")             subscript run
#   ("link", "text", url)       external hyperlink (w:hyperlink r:id)
#   ("ref", key, "cached")      REF field to the heading bookmark of section `key`
# NIT_CONTENT entries:
#   ("title", segs) ("subtitle", segs) ("info", None) ("toc", None)
#   ("h1", (key, "text")) ("h2", (key, "text"))   numbered by outline numbering only
#   ("p", segs) ("bullet", segs) ("step", segs)  step = hand-typed "Step n:" in bold
#   ("systems", None) ("trouble", None) ("emergency", None)

NIT_HEADER = "Aromatic nitration \u2013 SOP-HAZ-NIT-02"
NIT_FOOTER_LEFT = "Version 3 \u2013 printed copies are uncontrolled"
NIT_NPAGES_CACHED = "6"

NIT_INFO = [
    ("Document", "SOP-HAZ-NIT-02, version 3"),
    ("Applies to", "All nitrations of aromatic rings in laboratories 3.01 to 3.06"),
    ("Hazard class", "High hazard: a written risk assessment and the supervisor\u2019s signature "
                     "are required before every new substrate and every increase in scale"),
    ("Owner", "Dr Marek Lindqvist, process safety contact (extension 4417)"),
    ("Approved", "Departmental safety committee, 4 March 2025"),
    ("Review due", "March 2027"),
]

NIT_CONTENT = [
    ("title", ["Aromatic Nitration"]),
    ("subtitle", ["Standard operating procedure and troubleshooting guide for mixed acid and "
                  "related nitrating systems"]),
    ("info", None),
    ("toc", None),
    ("h1", ("1", "Purpose and scope")),
    ("p", ["This SOP covers the electrophilic nitration of aromatic rings with mixed acid (HNO",
           ("sub", "3"), "/H", ("sub", "2"), "SO", ("sub", "4"), "), potassium nitrate in "
           "sulfuric acid, nitric acid in acetic acid, dilute nitric acid, acetyl nitrate and "
           "nitronium tetrafluoroborate, on up to 10 g of substrate."]),
    ("p", ["Larger scales, deliberate polynitration and nitrations of heteroaromatic rings need "
           "a separate assessment with the process safety contact. The SOP does not cover "
           "N-nitration, the formation of nitrate esters or the reduction of nitroarenes."]),
    ("h1", ("2", "Hazards")),
    ("h2", ("2.1", "Thermal runaway")),
    ("p", ["Nitration of an aromatic ring releases more than 100 kJ per mole of nitro groups "
           "introduced, on top of the heat of dilution of the acids. The decomposition of "
           "nitroaromatics in hot acid is itself strongly exothermic and can turn a temperature "
           "excursion into a runaway."]),
    ("p", ["The dangerous situation is accumulation: nitric acid that is added faster than it "
           "reacts, because the mixture is too cold, the stirring has failed or the substrate "
           "has not dissolved, builds up unreacted and can then react all at once."]),
    ("p", ["Every nitration therefore has an internal thermometer or thermocouple, the "
           "nitrating agent is added to the substrate and never the reverse, the addition rate "
           "is set by what the cooling can remove, and an addition is never left unattended."]),
    ("h2", ("2.2", "Reagents")),
    ("p", ["Concentrated and fuming nitric acid are strong oxidants and cause severe burns; skin "
           "contact leaves yellow stains that appear before the pain. Nitric acid reacts "
           "violently with many organic solvents, including acetone and alcohols, and with "
           "cellulose, so a spill must never be wiped up with paper towels."]),
    ("p", ["Brown fumes are nitrogen dioxide. Its effect on the lungs can appear only hours "
           "after the exposure."]),
    ("p", ["PPE: lab coat, safety goggles and a face shield for additions and quenching, "
           "neoprene or butyl gloves worn over nitrile gloves (nitrile alone degrades quickly in "
           "concentrated nitric acid), and a blast shield in front of the flask for every run "
           "above 5 g."]),
    ("h2", ("2.3", "Products")),
    ("p", ["Dinitro and trinitro arenes, polynitrophenols of the picric acid type and their "
           "salts can be sensitive to shock and heat, above all when dry. Never scrape or grind "
           "them and keep such residues wet. A DSC of the isolated product and of the reaction "
           "mixture is required before any scale-up above 10 g and before any new polynitro "
           "compound is made."]),
    ("h1", ("3", "Choosing the nitrating system")),
    ("p", ["Start from the mildest system that nitrates the substrate at a useful rate. The "
           "table gives the systems used in the department; acetyl nitrate is covered in "
           "section ", ("ref", "7.3", "7.3"), "."]),
    ("systems", None),
    ("h1", ("4", "Regioselectivity and stoichiometry")),
    ("p", ["Alkyl, alkoxy, acylamino and halogen substituents direct the nitro group ortho and "
           "para; nitro, ester, ketone, nitrile, CF", ("sub", "3"), " and sulfonyl groups direct "
           "it meta."]),
    ("p", ["With mixed acid, toluene gives about 58% ortho, 4% meta and 38% para product, and "
           "chlorobenzene about 30% ortho and 70% para. Methyl benzoate gives mainly the meta "
           "isomer, which crystallises from the crude product. Low temperature and bulky "
           "substituents favour para substitution."]),
    ("p", ["Use 1.0 to 1.1 equiv of nitric acid for a mononitration. Excess nitric acid, a "
           "higher temperature and longer reaction times give dinitration, above all with "
           "activated substrates. Follow the reaction by HPLC (20 \u00b5L of the mixture "
           "quenched into 1 mL of MeCN/water) and work up as soon as the starting material has "
           "been consumed."]),
    ("p", ["Free anilines are never nitrated directly. In strong acid they are protonated to "
           "the anilinium ion, which gives a large share of the meta product, and the "
           "remaining free amine is oxidised to tar. Nitrate the acetanilide and hydrolyse it "
           "afterwards (section ", ("ref", "7.2", "7.2"), ")."]),
    ("h1", ("5", "Procedure: methyl 3-nitrobenzoate (15 mmol)")),
    ("p", ["This is the training procedure. Every new user runs it once under supervision "
           "before their first own nitration."]),
    ("step", [("b", "Step 1:"), " Set up a 50 mL three-necked flask with a stirrer bar, an "
              "internal thermometer, a pressure-equalising dropping funnel and a nitrogen inlet, "
              "in an ice/water bath on a stirrer plate and behind the blast shield."]),
    ("step", [("b", "Step 2:"), " Add concentrated H", ("sub", "2"), "SO", ("sub", "4"),
              " (6.0 mL) and cool it below 5 \u00b0C. Add methyl benzoate (1.87 mL, 2.04 g, "
              "15.0 mmol) slowly with stirring, keeping the internal temperature below "
              "10 \u00b0C."]),
    ("step", [("b", "Step 3:"), " In a test tube cooled in ice, prepare the nitrating mixture by "
              "adding concentrated H", ("sub", "2"), "SO", ("sub", "4"), " (1.0 mL) slowly to "
              "70% HNO", ("sub", "3"), " (1.0 mL, about 15.8 mmol, 1.05 equiv). Transfer it to "
              "the dropping funnel."]),
    ("step", [("b", "Step 4:"), " Add the nitrating mixture dropwise over 15 to 20 min, keeping "
              "the internal temperature between 5 and 15 \u00b0C. A rise of 1 to 3 \u00b0C after "
              "every few drops shows that the acid is being consumed. If the temperature does "
              "not respond, stop the addition and follow section ", ("ref", "8", "8"), "."]),
    ("step", [("b", "Step 5:"), " When the addition is complete, remove the ice bath and stir "
              "for 15 min at room temperature."]),
    ("step", [("b", "Step 6:"), " Pour the mixture slowly and with stirring onto 30 g of crushed "
              "ice in a 250 mL beaker. Never add water to the acid mixture."]),
    ("step", [("b", "Step 7:"), " Collect the solid by vacuum filtration. Wash it with ice-cold "
              "water (2 \u00d7 10 mL) and then with ice-cold methanol (2 \u00d7 3 mL), which "
              "removes most of the ortho isomer and the oily by-products."]),
    ("step", [("b", "Step 8:"), " Recrystallise from hot methanol, about 3 mL per gram. Expected "
              "yield 65 to 80% of pale cream crystals, mp 77\u201378 \u00b0C."]),
    ("step", [("b", "Step 9:"), " Record the yield, the melting point and the internal "
              "temperature profile of the addition in the ELN."]),
    ("h1", ("6", "Work-up and isolation")),
    ("p", ["Quench by pouring the reaction mixture onto crushed ice, 5 to 10 g of ice per mL of "
           "acid, with stirring. The quench is exothermic as well: with more than 20 mL of acid, "
           "pour in portions and keep the ice in excess."]),
    ("p", ["Solid products are filtered and washed with cold water until the washings are "
           "neutral. Oils are extracted with CH", ("sub", "2"), "Cl", ("sub", "2"), " or EtOAc; "
           "wash the extract with water, then carefully with saturated NaHCO", ("sub", "3"),
           " (strong CO", ("sub", "2"), " evolution, vent the separating funnel often), then "
           "with brine."]),
    ("p", ["Para isomers usually crystallise more readily and melt higher than ortho isomers, "
           "so recrystallisation often removes the ortho product. ortho- and para-Nitrophenol "
           "are separated by steam distillation: the ortho isomer has an intramolecular "
           "hydrogen bond and distils with steam, the para isomer stays in the flask."]),
    ("h1", ("7", "Special cases")),
    ("h2", ("7.1", "Phenols and anisoles")),
    ("p", ["Nitrate phenols with dilute nitric acid (20 to 30%) at 0 to 20 \u00b0C or with "
           "nitric acid in acetic acid. Concentrated mixed acid oxidises phenols to dark tars "
           "and leads to polynitrophenols."]),
    ("p", ["Old or yellow nitric acid contains nitrous acid, which opens a fast and poorly "
           "controlled nitrosation\u2013oxidation pathway with phenols. Add urea (about 0.1 g per "
           "10 mL of nitric acid) before use to destroy it."]),
    ("h2", ("7.2", "Anilines and anilides")),
    ("p", ["Protect the aniline as its acetanilide and nitrate it with HNO", ("sub", "3"),
           " in H", ("sub", "2"), "SO", ("sub", "4"), " at 0 to 10 \u00b0C. The para-nitro "
           "acetanilide is the main product; the ortho isomer stays in the ethanol mother "
           "liquor when the crude product is recrystallised. Remove the acetyl group with 70% "
           "H", ("sub", "2"), "SO", ("sub", "4"), " or with HCl in ethanol."]),
    ("h2", ("7.3", "Acetyl nitrate")),
    ("p", ["Acetyl nitrate is made in situ by adding fuming nitric acid dropwise to acetic "
           "anhydride at 0 to 10 \u00b0C, and used at once. It is explosive: make only the "
           "amount needed, and never store, heat or distil it. Mixtures containing more than "
           "50% nitric acid by weight in acetic anhydride can detonate. Destroy any excess by "
           "adding it slowly to ice water."]),
    ("h2", ("7.4", "Nitronium tetrafluoroborate")),
    ("p", ["NO", ("sub", "2"), "BF", ("sub", "4"), " is a white and very hygroscopic solid; "
           "discoloured or sticky material has hydrolysed and gives low yields. Weigh it in the "
           "glovebox and run the reaction in dry sulfolane or MeCN under nitrogen; no sulfuric "
           "acid is needed. With moisture it forms nitric acid and HBF", ("sub", "4"), ", so "
           "quench into ice-cold NaHCO", ("sub", "3"), " solution."]),
    ("h2", ("7.5", "Strongly deactivated arenes")),
    ("p", ["A second nitro group on nitrobenzene needs fuming nitric acid in concentrated "
           "sulfuric acid at 90 to 100 \u00b0C. Such conditions are outside this SOP unless the "
           "process safety contact has approved a written procedure. Oleum increases the "
           "reactivity but also sulfonates the ring."]),
    ("h1", ("8", "Troubleshooting")),
    ("p", ["The table lists what has gone wrong in our laboratories and what to do about it. "
           "The first three rows are safety-critical: act at once."]),
    ("trouble", None),
    ("h1", ("9", "Waste and emergencies")),
    ("emergency", None),
    ("h1", ("10", "Related documents")),
    ("bullet", [("link", "Risk assessment template for nitrations (RA-NIT-01)",
                 "https://intranet.chem.example.org/safety/forms/RA-NIT-01.docx")]),
    ("bullet", [("link", "DSC service request form",
                 "https://intranet.chem.example.org/analytical/dsc-request")]),
    ("bullet", ["G. A. Olah, R. Malhotra and S. C. Narang, Nitration: Methods and Mechanisms, "
                "VCH, New York, 1989."]),
]

NIT_SYSTEMS_HEAD = ["System", "Composition", "Typical substrates", "Notes"]
NIT_SYSTEMS = [
    ["Mixed acid", "70% HNO3 (1.0\u20131.1 equiv) in conc. H2SO4 (3\u20135 mL per g of "
     "substrate)", "Alkylbenzenes, halobenzenes, esters, ketones, nitriles",
     "The standard system; 0\u201315 \u00b0C for most substrates"],
    ["KNO3 in H2SO4", "Solid KNO3 (1.05 equiv) added in portions to the substrate in conc. "
     "H2SO4", "Deactivated arenes; small scale where the exact amount of nitrate matters",
     "Easy to weigh exactly; every portion gives a small exotherm"],
    ["HNO3 in AcOH", "70% HNO3 (1.1 equiv) in glacial acetic acid, 10\u201325 \u00b0C",
     "Anisoles, acetanilides and other activated arenes",
     "Milder: less oxidation and less dinitration"],
    ["Dilute HNO3", "20\u201330% aqueous HNO3, 0\u201320 \u00b0C", "Phenols",
     "Concentrated acids oxidise phenols to tar"],
    ["Acetyl nitrate", "Fuming HNO3 (1.05 equiv) added to Ac2O at 0\u201310 \u00b0C",
     "Acid-sensitive substrates; gives more ortho product with anilides",
     "Explosion hazard, see section 7.3"],
    ["NO2BF4", "1.0\u20131.1 equiv in dry sulfolane or MeCN, 0 \u00b0C to rt, under N2",
     "Substrates that must stay anhydrous; clean nitration of deactivated arenes",
     "Moisture-sensitive, fumes in air"],
]

NIT_TROUBLE_HEAD = ["Observation", "Probable cause", "Action"]
NIT_TROUBLE = [
    ["No temperature rise during the first part of the addition",
     "The reaction has not started (too cold, substrate not dissolved, poor stirring) and "
     "nitric acid is accumulating",
     "Stop the addition. Check the stirrer and keep cooling, but do not warm the mixture. "
     "Restart slowly only when a few drops give a small temperature rise; if in doubt, take an "
     "HPLC sample."],
    ["Temperature keeps rising after the addition has been stopped",
     "Beginning runaway of accumulated nitric acid",
     "Add ice to the cooling bath, lower the fume hood sash and warn the people nearby. If the "
     "temperature climbs more than 10 \u00b0C above the set range, leave the area. Do not try "
     "to quench the flask."],
    ["Stirrer bar has stopped or decoupled in the viscous acid",
     "H2SO4 is viscous when cold; bar too small for the flask",
     "Stop the addition at once. Do not switch the stirrer straight back to full speed, "
     "because unmixed layers can react all at once; restart at the lowest speed while "
     "watching the temperature. Use an overhead stirrer above 50 mL."],
    ["Brown fumes during the addition",
     "Oxidation of the substrate or of a side chain; temperature too high; nitrous acid in "
     "the nitric acid",
     "Slow down and cool to the low end of the range. Use fresh, colourless nitric acid with "
     "urea added, or a milder nitrating system."],
    ["Dark tar and little product",
     "Activated substrate (phenol, aniline, electron-rich arene) in mixed acid",
     "Use HNO3 in AcOH or dilute HNO3 at 0\u201310 \u00b0C; protect anilines as acetanilides."],
    ["Dinitro compound in the crude product",
     "Excess nitric acid, too warm or too long",
     "Use 1.0\u20131.05 equiv, keep below 10 \u00b0C, follow by HPLC and quench when the starting "
     "material is gone."],
    ["Product oils out on the ice instead of crystallising",
     "Isomer mixture or acid trapped in the product; too little ice",
     "Extract with CH2Cl2, wash with water and NaHCO3, then crystallise from methanol with a "
     "seed crystal or triturate with cold methanol."],
    ["Ester or nitrile group hydrolysed",
     "Quench too warm, or the product stood too long in the aqueous acid",
     "Pour onto plenty of ice, filter within 15 min and keep everything cold."],
    ["Far less material recovered than expected, nothing in the organic phase",
     "Sulfonation to water-soluble sulfonic acids at high temperature or with oleum",
     "Use 96% H2SO4, not oleum, and keep to the stated temperature range."],
    ["Isomer ratio differs from the literature",
     "Different nitrating system or temperature",
     "Match the system and the temperature; separate by recrystallisation, in which para "
     "isomers usually crystallise first."],
    ["Crude solid is strongly acidic and melts low and broad",
     "Acid trapped in the solid",
     "Wash with cold water until the washings are neutral, then recrystallise."],
    ["Substrate does not dissolve in the sulfuric acid",
     "Solid substrate, poor contact and risk of accumulation",
     "Add CH2Cl2 (2\u20133 mL per g) as a co-solvent and stir vigorously, or use NO2BF4 in "
     "sulfolane."],
]

NIT_EMERGENCY = [
    ("Nitric acid waste", "Collect in the labelled \u201cNITRIC ACID WASTE \u2013 NO ORGANICS\u201d "
     "bottle with a vented cap. Never mix it with organic solvent waste: risk of fire and of "
     "pressure build-up."),
    ("Quenched aqueous phases", "Neutralise with NaHCO3 or Na2CO3 to pH 6\u20138 in a large "
     "beaker (foaming) before they go into the aqueous waste."),
    ("Mother liquors", "May contain dinitro compounds. Collect separately, label \u201ccontains "
     "nitroaromatics\u201d and never evaporate to dryness."),
    ("Spill of mixed acid", "Cover with the acid spill kit or with sodium carbonate; never use "
     "paper towels, sawdust or other organic absorbents."),
    ("Skin contact", "Rinse with plenty of water for at least 15 min, remove contaminated "
     "clothing and report to a first aider."),
    ("Nitrogen dioxide inhaled", "Move to fresh air and see a doctor even without symptoms; the "
     "effects can be delayed by several hours."),
    ("Runaway", "Lower the sash, warn others, leave the laboratory and call the emergency number "
     "on the door."),
]

_W_DECL = ('xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'mc:Ignorable="w14 wp14 w15"')

# heading key -> (bookmark name, bookmark id, cached page number of the TOC entry)
_NIT_PAGES = {"1": "2", "2": "2", "2.1": "2", "2.2": "2", "2.3": "2", "3": "3", "4": "3",
              "5": "4", "6": "4", "7": "4", "7.1": "4", "7.2": "5", "7.3": "5", "7.4": "5",
              "7.5": "5", "8": "5", "9": "6", "10": "6"}


def _nit_bookmarks() -> dict[str, tuple[str, int]]:
    marks = {}
    n = 0
    for kind, payload in NIT_CONTENT:
        if kind in ("h1", "h2"):
            key = payload[0]
            # LibreOffice style: __RefHeading___Toc<number>_<document number>
            marks[key] = (f"__RefHeading___Toc{1021 + 4 * n}_3208475192", 10 + n)
            n += 1
    return marks


def _nit_seg_text(seg) -> str:
    if isinstance(seg, str):
        return seg
    if seg[0] in ("b", "sub"):
        return seg[1]
    if seg[0] == "link":
        return seg[1]
    if seg[0] == "ref":
        return seg[2]
    raise ValueError(seg)


def _nit_para_text(segs) -> str:
    return "".join(_nit_seg_text(s) for s in segs)


def _r(text: str, rpr: str = "") -> str:
    """One or more runs; a tab inside the text becomes w:tab."""
    parts = text.split("\t")
    inner = "<w:tab/>".join(
        f'<w:t xml:space="preserve">{escape(p)}</w:t>' if p else "" for p in parts)
    return f"<w:r><w:rPr>{rpr}</w:rPr>{inner}</w:r>"


def _nit_runs(segs, rels: list) -> str:
    out = []
    marks = _nit_bookmarks()
    for seg in segs:
        if isinstance(seg, str):
            out.append(_r(seg))
        elif seg[0] == "b":
            out.append(_r(seg[1], "<w:b/><w:bCs/>"))
        elif seg[0] == "sub":
            out.append(_r(seg[1], '<w:vertAlign w:val="subscript"/>'))
        elif seg[0] == "link":
            rid = f"rId{10 + len(rels)}"
            rels.append((rid, seg[2]))
            out.append(f'<w:hyperlink r:id="{rid}">'
                       + _r(seg[1], '<w:rStyle w:val="InternetLink"/>') + "</w:hyperlink>")
        elif seg[0] == "ref":
            name = marks[seg[1]][0]
            out.append('<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="begin"></w:fldChar></w:r>'
                       f'<w:r><w:rPr></w:rPr><w:instrText xml:space="preserve"> REF {name} '
                       '\\w \\h </w:instrText></w:r>'
                       '<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                       + _r(seg[2]) +
                       '<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="end"/></w:r>')
        else:  # pragma: no cover
            raise ValueError(seg)
    return "".join(out)


def _p(style: str, runs: str, extra_ppr: str = "", jc: str = "left") -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}<w:bidi w:val="0"/>'
            f'<w:jc w:val="{jc}"/><w:rPr></w:rPr></w:pPr>{runs}</w:p>')


def _tc(width: int, paras: str, fill: str | None = None, header: bool = False) -> str:
    shd = f'<w:shd w:fill="{fill}" w:val="clear"/>' if fill else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:start w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:end w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            f'</w:tcBorders>{shd}</w:tcPr>{paras}</w:tc>')


def _tbl(widths: list[int], rows_xml: list[str]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="left"/>'
            '<w:tblInd w:w="55" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar>'
            '<w:top w:w="55" w:type="dxa"/><w:start w:w="55" w:type="dxa"/>'
            '<w:bottom w:w="55" w:type="dxa"/><w:end w:w="55" w:type="dxa"/></w:tblCellMar>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows_xml)}</w:tbl>')


def _cell_text_runs(text: str) -> str:
    """Table cell text with chemical-formula digits as subscripts (HNO3, H2SO4 ...)."""
    out = []
    pattern = re.compile(r"(HNO3|H2SO4|KNO3|NO2BF4|Ac2O|CH2Cl2|NaHCO3|Na2CO3|N2)")
    pos = 0
    for m in pattern.finditer(text):
        out.append(_r(text[pos:m.start()]) if m.start() > pos else "")
        for ch in re.findall(r"\d+|\D+", m.group(0)):
            out.append(_r(ch, '<w:vertAlign w:val="subscript"/>') if ch.isdigit() else _r(ch))
        pos = m.end()
    if pos < len(text):
        out.append(_r(text[pos:]))
    return "".join(out)


def _nit_toc() -> str:
    marks = _nit_bookmarks()
    entries = [(kind, payload) for kind, payload in NIT_CONTENT if kind in ("h1", "h2")]
    paras = [_p("ContentsHeading", _r("Contents"))]
    for i, (kind, (key, text)) in enumerate(entries):
        style = "Contents1" if kind == "h1" else "Contents2"
        tabs = ('<w:tabs><w:tab w:val="clear" w:pos="9638"/>'
                '<w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>')
        link = (f'<w:hyperlink w:anchor="{marks[key][0]}">'
                + _r(f"{key} {text}\t{_NIT_PAGES[key]}", '<w:rStyle w:val="IndexLink"/>')
                + "</w:hyperlink>")
        runs = link
        if i == 0:
            runs = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr></w:rPr>'
                    '<w:instrText xml:space="preserve"> TOC \\f \\o &quot;1-9&quot; \\h'
                    '</w:instrText></w:r><w:r><w:rPr></w:rPr>'
                    '<w:fldChar w:fldCharType="separate"/></w:r>' + link)
        if i == len(entries) - 1:
            runs += '<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
        paras.append(_p(style, runs, tabs))
    return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            '<w:docPartUnique w:val="true"/></w:docPartObj></w:sdtPr><w:sdtContent>'
            + "".join(paras) + "</w:sdtContent></w:sdt>")


def _nit_document(rels: list) -> str:
    marks = _nit_bookmarks()
    body = []
    for kind, payload in NIT_CONTENT:
        if kind == "title":
            body.append(_p("Title", _nit_runs(payload, rels), jc="center"))
        elif kind == "subtitle":
            body.append(_p("Subtitle", _nit_runs(payload, rels), jc="center"))
        elif kind == "info":
            rows = []
            for k, v in NIT_INFO:
                rows.append("<w:tr><w:trPr></w:trPr>"
                            + _tc(2410, _p("TableHeading", _r(k), jc="left"), "DDDDDD")
                            + _tc(7228, _p("TableContents", _r(v))) + "</w:tr>")
            body.append(_tbl([2410, 7228], rows))
            body.append(_p("TextBody", ""))
        elif kind == "toc":
            body.append(_nit_toc())
        elif kind in ("h1", "h2"):
            key, text = payload
            name, bid = marks[key]
            style = "Heading1" if kind == "h1" else "Heading2"
            ilvl = 0 if kind == "h1" else 1
            runs = (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>' + _r(text)
                    + f'<w:bookmarkEnd w:id="{bid}"/>')
            body.append(_p(style, runs, f'<w:numPr><w:ilvl w:val="{ilvl}"/>'
                                        '<w:numId w:val="1"/></w:numPr>'))
        elif kind == "p":
            body.append(_p("TextBody", _nit_runs(payload, rels)))
        elif kind == "step":
            body.append(_p("TextBody", _nit_runs(payload, rels),
                           '<w:ind w:start="567" w:hanging="567"/>'))
        elif kind == "bullet":
            body.append(_p("TextBody", _nit_runs(payload, rels),
                           '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
                           '<w:ind w:start="720" w:hanging="360"/>'))
        elif kind == "systems":
            widths = [1700, 2900, 2600, 2438]
            rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
                _tc(w, _p("TableHeading", _r(h)), "CCE5FF") for w, h in
                zip(widths, NIT_SYSTEMS_HEAD)) + "</w:tr>"]
            for row in NIT_SYSTEMS:
                rows.append("<w:tr><w:trPr></w:trPr>" + "".join(
                    _tc(w, _p("TableContents", _cell_text_runs(c))) for w, c in
                    zip(widths, row)) + "</w:tr>")
            body.append(_tbl(widths, rows))
            body.append(_p("TextBody", ""))
        elif kind == "trouble":
            widths = [2700, 3100, 3838]
            rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
                _tc(w, _p("TableHeading", _r(h)), "FFE0B3") for w, h in
                zip(widths, NIT_TROUBLE_HEAD)) + "</w:tr>"]
            for row in NIT_TROUBLE:
                rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(
                    _tc(w, _p("TableContents", _cell_text_runs(c))) for w, c in
                    zip(widths, row)) + "</w:tr>")
            body.append(_tbl(widths, rows))
            body.append(_p("TextBody", ""))
        elif kind == "emergency":
            rows = []
            for k, v in NIT_EMERGENCY:
                rows.append("<w:tr><w:trPr></w:trPr>"
                            + _tc(2835, _p("TableHeading", _r(k), jc="left"), "EEEEEE")
                            + _tc(6803, _p("TableContents", _cell_text_runs(v))) + "</w:tr>")
            body.append(_tbl([2835, 6803], rows))
            body.append(_p("TextBody", ""))
        else:  # pragma: no cover
            raise ValueError(kind)
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
            '<w:footerReference w:type="default" r:id="rId3"/><w:type w:val="nextPage"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134" '
            'w:gutter="0" w:header="1134" w:top="1693" w:footer="1134" w:bottom="1693"/>'
            '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/>'
            '<w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" '
            'w:charSpace="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {_W_DECL}><w:body>' + "".join(body) + sect
            + "</w:body></w:document>")


def _nit_header() -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:hdr {_W_DECL}>' + _p("Header", _r(NIT_HEADER)) + "</w:hdr>")


def _nit_footer() -> str:
    runs = (_r(NIT_FOOTER_LEFT + "\tPage ")
            + '<w:fldSimple w:instr="PAGE"><w:r><w:rPr></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
            + _r(" of ")
            + f'<w:fldSimple w:instr="NUMPAGES"><w:r><w:rPr></w:rPr><w:t>{NIT_NPAGES_CACHED}'
            '</w:t></w:r></w:fldSimple>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:ftr {_W_DECL}>'
            + _p("Footer", runs, '<w:tabs><w:tab w:val="clear" w:pos="4819"/>'
                 '<w:tab w:val="right" w:pos="9638"/></w:tabs>') + "</w:ftr>")


_NIT_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" '
    'w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" '
    'w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>'
    '<w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:widowControl/><w:bidi w:val="0"/></w:pPr><w:rPr>'
    '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="22"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr>'
    '<w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr>'
    '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" '
    'w:eastAsia="Noto Sans CJK SC" w:cs="Lohit Devanagari"/><w:sz w:val="28"/>'
    '<w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:numPr>'
    '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" '
    'w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/>'
    '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:numPr>'
    '<w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="200" '
    'w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/>'
    '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="140" w:line="276" '
    'w:lineRule="auto"/></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="List"><w:name w:val="List"/>'
    '<w:basedOn w:val="TextBody"/><w:pPr></w:pPr><w:rPr><w:cs w:val="Lohit Devanagari"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/>'
    '<w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr><w:i/><w:iCs/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Index"><w:name w:val="Index"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr>'
    '<w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr>'
    '<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="56"/>'
    '<w:szCs w:val="56"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr>'
    '<w:spacing w:before="60" w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr>'
    '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr>'
    '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/>'
    '<w:basedOn w:val="TableContents"/><w:qFormat/><w:pPr><w:suppressLineNumbers/>'
    '<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ContentsHeading"><w:name w:val="TOC Heading"/>'
    '<w:basedOn w:val="Heading"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr>'
    '<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Contents1"><w:name w:val="TOC 1"/>'
    '<w:basedOn w:val="Index"/><w:pPr><w:tabs><w:tab w:val="clear" w:pos="709"/>'
    '<w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs><w:ind w:start="0" '
    'w:hanging="0"/></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Contents2"><w:name w:val="TOC 2"/>'
    '<w:basedOn w:val="Index"/><w:pPr><w:tabs><w:tab w:val="clear" w:pos="709"/>'
    '<w:tab w:val="right" w:leader="dot" w:pos="9355"/></w:tabs><w:ind w:start="283" '
    'w:hanging="0"/></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HeaderandFooter"><w:name w:val="Header and '
    'Footer"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/>'
    '<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="center" w:pos="4819"/>'
    '<w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="HeaderandFooter"/><w:pPr></w:pPr><w:rPr><w:sz w:val="18"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="HeaderandFooter"/><w:pPr></w:pPr><w:rPr><w:sz w:val="18"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="InternetLink"><w:name w:val="Hyperlink"/>'
    '<w:rPr><w:color w:val="000080"/><w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="IndexLink"><w:name w:val="Index Link"/>'
    '<w:qFormat/><w:rPr></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="ListLabel1"><w:name w:val="ListLabel 1"/>'
    '<w:qFormat/><w:rPr><w:rFonts w:cs="OpenSymbol"/></w:rPr></w:style>'
    '</w:styles>')


def _nit_numbering() -> str:
    outline = []
    for i in range(9):
        text = "%1" if i == 0 else ("%1.%2" if i == 1 else "")
        fmt = "decimal" if i < 2 else "none"
        pstyle = f'<w:pStyle w:val="Heading{i + 1}"/>' if i < 2 else ""
        outline.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       f'{pstyle}<w:suff w:val="tab"/><w:lvlText w:val="{text}"/>'
                       '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" '
                       f'w:pos="{576 + 144 * i}"/></w:tabs><w:ind w:start="{576 + 144 * i}" '
                       f'w:hanging="{576 + 144 * i}"/></w:pPr></w:lvl>')
    bullet = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:tabs>'
              '<w:tab w:val="num" w:pos="720"/></w:tabs><w:ind w:start="720" '
              'w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="OpenSymbol" '
              'w:hAnsi="OpenSymbol" w:cs="OpenSymbol" w:hint="default"/></w:rPr></w:lvl>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
            + "".join(outline) + '</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
            + bullet + '</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


_NIT_SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>'
    '<w:autoHyphenation w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="" w:eastAsia="" w:bidi=""/></w:settings>')

_NIT_FONTS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>'
    '<w:pitch w:val="variable"/></w:font><w:font w:name="Symbol"><w:charset w:val="02"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="OpenSymbol"><w:charset w:val="01"/><w:family w:val="auto"/>'
    '<w:pitch w:val="default"/></w:font><w:font w:name="Liberation Serif">'
    '<w:altName w:val="Times New Roman"/><w:charset w:val="01"/><w:family w:val="roman"/>'
    '<w:pitch w:val="variable"/></w:font><w:font w:name="Liberation Sans">'
    '<w:altName w:val="Arial"/><w:charset w:val="01"/><w:family w:val="swiss"/>'
    '<w:pitch w:val="variable"/></w:font></w:fonts>')

_NIT_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-11T09:14:22Z</dcterms:created>'
    '<dc:creator>Marek Lindqvist</dc:creator><dc:description></dc:description>'
    '<dc:language>en-GB</dc:language><cp:lastModifiedBy>Marek Lindqvist</cp:lastModifiedBy>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-04T10:27:51Z</dcterms:modified>'
    '<cp:revision>14</cp:revision><dc:subject>SOP-HAZ-NIT-02</dc:subject>'
    '<dc:title>Aromatic nitration SOP</dc:title></cp:coreProperties>')

_NIT_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template></Template><TotalTime>412</TotalTime>'
    '<Application>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2'
    '</Application><AppVersion>15.0000</AppVersion><Pages>6</Pages><Words>2208</Words>'
    '<Characters>13604</Characters><CharactersWithSpaces>15701</CharactersWithSpaces>'
    '<Paragraphs>171</Paragraphs></Properties>')


def build_nitration_docx(path: Path) -> None:
    rels: list[tuple[str, str]] = []
    document = _nit_document(rels)
    doc_rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/header" Target="header1.xml"/>',
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/footer" Target="footer1.xml"/>',
                '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/numbering" Target="numbering.xml"/>',
                '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/fontTable" Target="fontTable.xml"/>',
                '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/settings" Target="settings.xml"/>']
    for rid, url in rels:
        doc_rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/hyperlink" '
                        f'Target="{escape(url)}" TargetMode="External"/>')
    rels_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://'
                'schemas.openxmlformats.org/package/2006/relationships">' + "".join(doc_rels)
                + "</Relationships>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://'
                 'schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/extended-properties" '
                 'Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://'
                 'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="word/document.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.'
          'org/package/2006/content-types"><Default Extension="xml" ContentType="application/'
          'xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="png" ContentType="image/png"/>'
          '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-'
          'package.relationships+xml"/><Override PartName="/docProps/app.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
          'package.core-properties+xml"/><Override PartName="/word/_rels/document.xml.rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/'
          'styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          'footer+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override '
          'PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.settings+xml"/></Types>')
    # LibreOffice's member order: [Content_Types].xml comes last
    members = [("_rels/.rels", root_rels), ("docProps/app.xml", _NIT_APP),
               ("docProps/core.xml", _NIT_CORE), ("word/_rels/document.xml.rels", rels_xml),
               ("word/document.xml", document), ("word/styles.xml", _NIT_STYLES),
               ("word/numbering.xml", _nit_numbering()), ("word/header1.xml", _nit_header()),
               ("word/footer1.xml", _nit_footer()), ("word/fontTable.xml", _NIT_FONTS),
               ("word/settings.xml", _NIT_SETTINGS), ("[Content_Types].xml", ct)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(out.getvalue())


def _nit_units() -> list[str]:
    units = [NIT_HEADER, f"{NIT_FOOTER_LEFT}\tPage 1 of {NIT_NPAGES_CACHED}"]
    for kind, payload in NIT_CONTENT:
        if kind in ("title", "subtitle", "p", "step", "bullet"):
            units.append(_nit_para_text(payload))
        elif kind == "info":
            for k, v in NIT_INFO:
                units += [k, v]
        elif kind == "toc":
            units.append("Contents")
            for k2, p2 in NIT_CONTENT:
                if k2 in ("h1", "h2"):
                    units.append(f"{p2[0]} {p2[1]}\t{_NIT_PAGES[p2[0]]}")
        elif kind in ("h1", "h2"):
            units.append(payload[1])
        elif kind == "systems":
            units += NIT_SYSTEMS_HEAD + [c for r in NIT_SYSTEMS for c in r]
        elif kind == "trouble":
            units += NIT_TROUBLE_HEAD + [c for r in NIT_TROUBLE for c in r]
        elif kind == "emergency":
            for k, v in NIT_EMERGENCY:
                units += [k, v]
    return units


# ---------------------------------------------------------------------------
# HTML: ball-mill user guide saved from Word as "Web Page" (.htm)
# ---------------------------------------------------------------------------
# Text strings may contain <b>, <i>, <sub>, <sup> and the footnote tokens [[fn1]], [[fn2]].
# BM_CONTENT entries:
#   ("title", text) ("subtitle", text) ("info", rows) ("toc", None)
#   ("h1", (number, text)) ("h2", (number, text))
#   ("p", text) ("bul", [texts]) ("num", [texts]) ("note", text)
#   ("table", (widths, head, rows))

BM_TITLE = "Mechanochemistry with the Mixer Mill and the Planetary Ball Mill"
BM_SUBTITLE = "User guide, method development and troubleshooting \u2013 instrument room 0.112"

BM_INFO = [
    ("Document", "MC-UG-03, version 2.1"),
    ("Instruments", "Vibramix VM-30 mixer mill (two grinding stations, 3\u201330 Hz); Planex "
                    "P4 planetary ball mill (four stations, 100\u2013650 rpm)"),
    ("Owner", "Dr Ines Kowalczyk (booking and training)"),
    ("Last review", "17 January 2025"),
]

BM_CONTENT = [
    ("title", BM_TITLE),
    ("subtitle", BM_SUBTITLE),
    ("info", BM_INFO),
    ("toc", None),
    ("h1", ("1.", "Scope and when to use a ball mill")),
    ("p", "Ball milling drives reactions between solids, or between solids and a small amount "
          "of liquid, by impact and shear instead of by dissolving them. It is worth trying "
          "when the reactants are poorly soluble, when a reaction is slow in solution because "
          "of dilution, for solvent-free screening, for co-crystals and salts, and for metal "
          "reagents whose surface must be kept fresh."),
    ("p", "It is not suitable for reactions that release much gas, for energetic materials, or "
          "for reactions in which all components are liquids; those are better stirred in a "
          "flask."),
    ("h1", ("2.", "Instruments and jars")),
    ("h2", ("2.1", "Mixer mill or planetary mill")),
    ("p", "The <b>mixer mill</b> shakes the jars horizontally at 3\u201330 Hz, so that the balls "
          "hit the ends of the jar: the action is mainly impact. It takes jars of 1.5\u201350 mL "
          "and suits 0.1\u20135 mmol. Both grinding stations must always be loaded."),
    ("p", "The <b>planetary mill</b> turns the jars on a rotating sun disc, which adds friction "
          "and shear to the impact. It takes jars of 12\u2013500 mL and suits 5\u2013100 mmol. "
          "Set the counterweight to the mass of the loaded jar before every run."),
    ("h2", ("2.2", "Jar and ball materials")),
    ("p", "Ball and jar should be of the same material. A hard ball in a softer jar wears the "
          "jar and contaminates the product."),
    ("table", ([95, 60, 150, 150],
               ["Material", "Density (g/cm<sup>3</sup>)", "Use it for", "Avoid"],
               [["Stainless steel (hardened)", "7.8",
                 "General synthesis; highest impact energy",
                 "Reactions sensitive to traces of Fe, Cr or Ni; wet halide salts (corrosion)"],
                ["Zirconia (ZrO<sub>2</sub>, yttria-stabilised)", "6.0",
                 "Metal-sensitive chemistry, Pd couplings, acidic mixtures",
                 "Dropping the jar (brittle) and sudden temperature changes"],
                ["Tungsten carbide", "14.9", "Very hard inorganic materials",
                 "Routine organic work (cost, W and Co traces)"],
                ["Agate", "2.65", "Minerals and inorganic samples",
                 "Reactions that need high energy"],
                ["PTFE", "2.2", "Co-crystals and salts; gentle mixing",
                 "Reactions that need high energy; long runs at 30 Hz (the jar deforms)"],
                ["PMMA (transparent)", "1.2", "Watching the reaction; in-situ Raman",
                 "Acetone, CH<sub>2</sub>Cl<sub>2</sub>, EtOAc or THF as liquid additive "
                 "(they attack PMMA)"]])),
    ("h1", ("3.", "Method parameters")),
    ("h2", ("3.1", "Filling")),
    ("p", "Fill the jar to no more than one third of its volume with solids, reactants and "
          "grinding auxiliary together. For synthesis in the mixer mill we use 0.3\u20131.0 g of "
          "solids with one 10 mm ball in a 10 mL jar, and 1\u20133 g with one 15 mm ball or two "
          "10 mm balls in a 25 mL jar."),
    ("p", "Too little material lets the ball strike the bare wall, which heats the jar, wears "
          "it and puts metal into the product. Too much material cushions the ball and the "
          "energy input falls."),
    ("h2", ("3.2", "Frequency, speed and time")),
    ("p", "Start reactions at 30 Hz in the mixer mill or 400\u2013500 rpm in the planetary mill. "
          "Use 15\u201320 Hz for co-crystals and for heat-sensitive materials. Most reactions are "
          "complete after 30\u201390 min; longer runs should be split into cycles with pauses "
          "(section 7)."),
    ("h2", ("3.3", "Liquid-assisted grinding (LAG)")),
    ("p", "A small amount of liquid often speeds up a milling reaction and can change which "
          "product or polymorph forms. The amount is given as \u03b7, the volume of liquid in "
          "\u00b5L divided by the total mass of solids in mg.[[fn1]]"),
    ("bul", ["\u03b7 = 0: neat grinding.",
             "\u03b7 = 0.1\u20131 \u00b5L/mg: liquid-assisted grinding. Start at \u03b7 = 0.25 "
             "\u00b5L/mg, for example 125 \u00b5L of liquid for 500 mg of solids.",
             "Above about 1 \u00b5L/mg the mixture becomes a paste or slurry and the balls lose "
             "their impact."]),
    ("p", "Common LAG liquids are EtOAc, MeCN, EtOH, heptane, water and small amounts of DMF. "
          "The choice of liquid can decide the outcome: the caffeine/glutaric acid co-crystal "
          "is the classic example of two polymorphs obtained with two different LAG liquids."),
    ("h2", ("3.4", "Grinding auxiliaries and additives")),
    ("p", "An inert solid such as NaCl, Na<sub>2</sub>SO<sub>4</sub>, silica or Celite, added "
          "at 1\u20132 times the mass of the reactants, turns a sticky mixture into a free-flowing "
          "powder and keeps the balls moving. Remove it afterwards by filtration or an aqueous "
          "wash."),
    ("p", "In solid-state palladium couplings, a small amount of an olefin additive "
          "(1,5-cyclooctadiene, 0.1\u20130.2 \u00b5L/mg) often keeps the catalyst active by "
          "stopping it from aggregating.[[fn2]]"),
    ("h2", ("3.5", "Temperature")),
    ("p", "The jars warm up during milling. A steel jar at 30 Hz reaches 35\u201345 \u00b0C "
          "after 60 min; measure it with the infrared thermometer straight after stopping. For "
          "heated runs, the VM-30 heating sleeve holds the jar at up to 80 \u00b0C; do not use "
          "a heat gun on a running mill."),
    ("h1", ("4.", "Standard procedure (mixer mill)")),
    ("num", ["Check the jar and its seal for cracks and residues from the last user; clean it "
             "if necessary (section 9).",
             "Weigh the solids into the jar, put the ball or balls on top and add any LAG liquid "
             "with a microsyringe.",
             "For air-sensitive work, load and close the jar in the glovebox and wrap the seam "
             "with PVC tape before taking it out.",
             "Close the jar hand-tight. Load the second station with a jar of the same type and "
             "the same mass within 1 g; use the counterbalance jar filled with sand if you have "
             "only one sample.",
             "Lock both clamps, close the lid (the interlock prevents the mill from starting "
             "with the lid open), set frequency and time and start the run.",
             "When the run ends, wait 1\u20132 min, take the jars out and open them in the fume "
             "hood: there may be pressure, solvent vapour or fine dust.",
             "Scrape the product out with a spatula, then rinse the jar and the ball three times "
             "with a solvent that dissolves the product and combine the rinses.",
             "Clean the jar and ball at once (section 9) and record the run in the logbook."]),
    ("note", "<b>Warning \u2013 gas and energetic materials.</b> Milling jars are not pressure "
             "vessels. Do not mill reactions that release gas (CO<sub>2</sub> from carbonates "
             "and acids, H<sub>2</sub> from hydrides or metals with protic additives, "
             "N<sub>2</sub> from azides or diazo compounds) unless the owner has approved the "
             "amount; our limit is 0.2 mmol of gas per 10 mL of jar volume. Never mill organic "
             "azides, peroxides, perchlorates, picrates, acetylides, or nitrates together with "
             "organic material."),
    ("h1", ("5.", "Example methods")),
    ("p", "<b>Knoevenagel condensation.</b> 4-Nitrobenzaldehyde (151 mg, 1.0 mmol) and "
          "malononitrile (66 mg, 1.0 mmol), neat, 10 mL steel jar, one 10 mm steel ball, "
          "30 Hz, 30 min: complete conversion; wash the solid with cold water."),
    ("p", "<b>Co-crystal screen.</b> 1:1 mixtures of the drug and the co-former (200 mg in "
          "total) with \u03b7 = 0.25 \u00b5L/mg of three different liquids, 10 mL PTFE jar, one "
          "7 mm ZrO<sub>2</sub> ball, 20 Hz, 20 min; compare the products with the pure "
          "components."),
    ("p", "<b>Suzuki\u2013Miyaura coupling.</b> Aryl bromide (1.0 mmol), arylboronic acid "
          "(1.5 mmol), K<sub>3</sub>PO<sub>4</sub> (2.0 mmol), Pd(OAc)<sub>2</sub> (2 mol%), "
          "SPhos (4 mol%), NaCl (same mass as the reactants) and 1,5-cyclooctadiene (0.15 "
          "\u00b5L/mg), loaded in the glovebox into a 10 mL ZrO<sub>2</sub> jar with one 10 mm "
          "ZrO<sub>2</sub> ball, 30 Hz, 90 min."),
    ("h1", ("6.", "Safety")),
    ("bul", ["Reactive metal powders (Mg, Zn, Li) have fresh, very reactive surfaces after "
             "milling and can ignite when the jar is opened in air. Open such jars under "
             "nitrogen or in the glovebox.",
             "The planetary mill is louder than 85 dB above 400 rpm: wear hearing protection "
             "and keep the lid closed.",
             "Jars can be hot after long runs; handle them with gloves.",
             "Fine powders of toxic compounds become airborne when the jar is opened; open jars "
             "only in the fume hood.",
             "Never try to open the lid or stop the clamps while the mill is still moving."]),
    ("h1", ("7.", "Troubleshooting")),
    ("table", ([140, 150, 190],
               ["Problem", "Likely cause", "What to do"],
               [["Starting materials unchanged after the run",
                 "Energy input too low: light balls (PTFE, agate), low frequency or an "
                 "overfilled jar",
                 "Use steel or ZrO<sub>2</sub> balls at 30 Hz, fill no more than one third, "
                 "and try LAG at \u03b7 = 0.25 \u00b5L/mg."],
                ["Reaction stops at partial conversion",
                 "Product coats the reactant or has caked on the jar wall",
                 "Stop, scrape the walls and ball, and restart; add a grinding auxiliary (NaCl, "
                 "once the mass of the reactants)."],
                ["No rattling sound; the ball is stuck in a paste",
                 "Too much liquid, or the mixture forms a low-melting eutectic",
                 "Lower \u03b7 below 0.5 \u00b5L/mg, add NaCl or silica (1\u20132 times the mass) "
                 "and mill in shorter intervals."],
                ["Jar very hot, product dark or decomposed",
                 "Continuous milling at high frequency, or an exothermic reaction",
                 "Mill in cycles, for example 5 min on and 5 min off, or lower the frequency."],
                ["Liquid or powder around the jar seam",
                 "Worn or missing seal, lid not tight, too much liquid or gas pressure",
                 "Replace the seal and close the jar properly; check whether the reaction forms "
                 "gas (see the warning in section 4)."],
                ["Grey product, iron found by ICP-MS",
                 "Abrasion of the steel jar and ball (too little material, long runs, hard "
                 "inorganic reagents)",
                 "Switch to ZrO<sub>2</sub>, use more material per jar, and filter a solution "
                 "of the product through Celite or treat it with a metal scavenger."],
                ["Mill stops with IMBALANCE or vibrates loudly",
                 "The two stations are loaded unequally",
                 "Load the second station with a jar of the same type and the same mass within "
                 "1 g."],
                ["Jar will not open after the run",
                 "Under-pressure after a gas was consumed, or the thread has seized",
                 "Let the jar cool to room temperature and use the jar-opening tool; never use a "
                 "hammer. If it still does not open, give it to the owner."],
                ["Result differs from the literature under \u201cthe same\u201d conditions",
                 "Ball mass, jar volume, jar material or mill type differ",
                 "Match and report frequency, jar material and volume, number, diameter and "
                 "mass of the balls, fill mass, \u03b7, time and jar temperature."],
                ["Full conversion but low isolated yield",
                 "Product left on the jar walls and the ball",
                 "Rinse the jar and the ball three times; for steel or ZrO<sub>2</sub> jars, "
                 "shake the closed jar with 5 mL of solvent for 2 min at 20 Hz and combine."],
                ["Sticky, amorphous product instead of crystals",
                 "Milled too long",
                 "Shorten the milling time, or let the product age in a closed vial for a day "
                 "before work-up."],
                ["PMMA jar cloudy or crazed",
                 "The LAG liquid attacked the PMMA",
                 "Use only water, alcohols or alkanes in PMMA jars."],
                ["Air-sensitive reaction failed",
                 "Air leaked into the jar",
                 "Load and close the jar in the glovebox, tape the seam and start the run "
                 "within 30 min."]])),
    ("h1", ("8.", "Reporting")),
    ("p", "Record in the ELN: mill type, frequency or speed, jar material and volume, number, "
          "diameter and material of the balls, total mass of solids, LAG liquid and \u03b7, "
          "grinding auxiliary, time and cycle pattern, jar temperature at the end, and the "
          "atmosphere in which the jar was loaded."),
    ("h1", ("9.", "Cleaning and maintenance")),
    ("bul", ["Clean jars and balls straight after use with water and detergent, then ethanol "
             "or acetone, and dry them. Dry steel jars at once; they rust.",
             "For stubborn residues, mill 2 g of clean quartz sand with 2 mL of ethanol for "
             "2 min at 25 Hz, then wash as above.",
             "Never put PMMA jars in the oven or rinse them with acetone.",
             "Check the seals every month and replace them when they are flattened, cracked "
             "or swollen. Note every replacement in the logbook."]),
]

BM_FOOTNOTES = {
    "fn1": "\u03b7 values above 0 but below 0.1 \u00b5L/mg usually behave like neat grinding.",
    "fn2": "This is the additive used in our group\u2019s solid-state Suzuki and Buchwald\u2013"
           "Hartwig couplings; without it, conversions stalled at 30\u201350%.",
}


def _bm_plain(text: str) -> str:
    text = re.sub(r"\[\[fn(\d)\]\]", r"[\1]", text)
    return re.sub(r"<[^>]+>", "", text)


def _bm_inline(text: str) -> str:
    """Word-style inline markup."""
    text = text.replace("<b>", "<b style='mso-bidi-font-weight:normal'>")
    text = text.replace("<i>", "<i style='mso-bidi-font-style:normal'>")

    def fn(m):
        n = m.group(1)
        return (f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" "
                f"title=\"\"><span class=MsoFootnoteReference><span style='mso-special-"
                f"character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>"
                f"<span style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-"
                f"serif'>[{n}]</span></span><![endif]></span></span></a>")
    return re.sub(r"\[\[fn(\d)\]\]", fn, text)


def _bm_toc_ids() -> list[str]:
    ids = []
    n = 0
    for kind, payload in BM_CONTENT:
        if kind in ("h1", "h2"):
            ids.append(f"_Toc18{7640512 + 17 * n}")
            n += 1
    return ids


_BM_SPACER = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def _bm_list_para(cls: str, level_list: str, label: str, text: str, bullet: bool) -> str:
    if bullet:
        lab = (f"<span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-"
               f"font-family:Symbol'><span style='mso-list:Ignore'>\u00b7{_BM_SPACER}</span>"
               f"</span>")
    else:
        lab = (f"<span style='mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'>"
               f"<span style='mso-list:Ignore'>{label}{_BM_SPACER}</span></span>")
    return (f"<p class={cls} style='text-indent:-18.0pt;mso-list:{level_list}'>"
            f"<![if !supportLists]>{lab}<![endif]>{_bm_inline(text)}<o:p></o:p></p>")


def _bm_cls(i: int, n: int) -> str:
    if n == 1:
        return "MsoListParagraph"
    return ("MsoListParagraphCxSpFirst" if i == 0 else
            "MsoListParagraphCxSpLast" if i == n - 1 else "MsoListParagraphCxSpMiddle")


def _bm_table(widths, head, rows, first_col_bold=False) -> str:
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
           "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    all_rows = ([head] if head else []) + rows
    for ri, row in enumerate(all_rows):
        attrs = f"mso-yfti-irow:{ri}"
        if ri == 0:
            attrs += ";mso-yfti-firstrow:yes"
        if ri == len(all_rows) - 1:
            attrs += ";mso-yfti-lastrow:yes"
        out.append(f" <tr style='{attrs}'>")
        for ci, cell in enumerate(row):
            w = widths[ci]
            shade = ";background:#D9E2F3;mso-background-themecolor:accent1;mso-background-" \
                    "themetint:51" if (head and ri == 0) else ""
            txt = _bm_inline(cell)
            if (head and ri == 0) or (first_col_bold and ci == 0):
                txt = f"<b>{txt}</b>"
            out.append(f"  <td width={w} valign=top style='width:{w * 0.75:.1f}pt;border:solid "
                       f"windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm "
                       f"5.4pt 0cm 5.4pt{shade}'>")
            out.append(f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>"
                       f"{txt}<o:p></o:p></p>")
            out.append("  </td>")
        out.append(" </tr>")
    out.append("</table>")
    out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def _bm_body() -> list[str]:
    blocks: list[str] = []
    ids = _bm_toc_ids()
    hi = 0
    for kind, payload in BM_CONTENT:
        if kind == "title":
            blocks.append(f"<p class=MsoTitle>{payload}<o:p></o:p></p>")
        elif kind == "subtitle":
            blocks.append(f"<p class=MsoSubtitle>{payload}<o:p></o:p></p>")
        elif kind == "info":
            blocks.append(_bm_table([120, 360], None, [list(r) for r in payload],
                                    first_col_bold=True))
        elif kind == "toc":
            lines = ["<p class=MsoTocHeading>Contents<o:p></o:p></p>"]
            heads = [(k, p) for k, p in BM_CONTENT if k in ("h1", "h2")]
            pages = ["1", "1", "1", "1", "2", "2", "2", "2", "2", "2", "3", "3", "3", "4",
                     "4", "5"]
            for i, ((k, (num, text)), tid) in enumerate(zip(heads, ids)):
                cls = "MsoToc1" if k == "h1" else "MsoToc2"
                field = ""
                if i == 0:
                    field = ("<!--[if supportFields]><span style='mso-element:field-begin'>"
                             "</span><span style='mso-spacerun:yes'>&nbsp;</span>TOC \\o "
                             "&quot;1-2&quot; \\h \\z \\u <span style='mso-element:field-"
                             "separator'></span><![endif]-->")
                end = ("<!--[if supportFields]><span style='mso-element:field-end'></span>"
                       "<![endif]-->" if i == len(heads) - 1 else "")
                lines.append(
                    f"<p class={cls} style='tab-stops:right dotted 453.1pt'>{field}"
                    f"<span class=MsoHyperlink><a href=\"#{tid}\">{num}<span "
                    f"style='font-size:11.0pt;color:windowtext;text-decoration:none'><span "
                    f"style='mso-tab-count:1'>&nbsp;&nbsp; </span></span>{text}<span "
                    f"style='color:windowtext;display:none;mso-hide:screen;text-decoration:"
                    f"none'><span style='mso-tab-count:1 dotted'>. </span></span><span "
                    f"style='color:windowtext;display:none;mso-hide:screen;text-decoration:"
                    f"none'>{pages[i]}</span></a></span>{end}<o:p></o:p></p>")
            blocks.append("\n".join(lines))
            blocks.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif kind in ("h1", "h2"):
            num, text = payload
            tid = ids[hi]
            hi += 1
            lvl = "level1" if kind == "h1" else "level2"
            blocks.append(
                f"<{kind} style='margin-left:21.6pt;text-indent:-21.6pt;mso-list:l1 {lvl} "
                f"lfo2'><![if !supportLists]><span lang=EN-GB style='mso-bidi-font-family:"
                f"\"Calibri Light\";mso-bidi-theme-font:major-latin'><span style='mso-list:"
                f"Ignore'>{num}{_BM_SPACER}</span></span><![endif]><a name=\"{tid}\"><span "
                f"lang=EN-GB>{text}</span></a><o:p></o:p></{kind}>")
        elif kind == "p":
            blocks.append(f"<p class=MsoNormal>{_bm_inline(payload)}<o:p></o:p></p>")
        elif kind in ("bul", "num"):
            n = len(payload)
            for i, t in enumerate(payload):
                lst = "l0 level1 lfo1" if kind == "bul" else "l2 level1 lfo3"
                blocks.append(_bm_list_para(_bm_cls(i, n), lst, f"{i + 1}.", t,
                                            kind == "bul"))
        elif kind == "note":
            blocks.append(
                "<div style='mso-element:para-border-div;border:solid #C00000 1.5pt;"
                "padding:4.0pt 4.0pt 4.0pt 4.0pt;background:#FBE4D5'>\n"
                "<p class=MsoNormal style='background:#FBE4D5;border:none;mso-border-alt:"
                "solid #C00000 1.5pt;padding:0cm;mso-padding-alt:4.0pt 4.0pt 4.0pt 4.0pt'>"
                f"{_bm_inline(payload)}<o:p></o:p></p>\n</div>")
        elif kind == "table":
            widths, head, rows = payload
            blocks.append(_bm_table(widths, head, rows))
        else:  # pragma: no cover
            raise ValueError(kind)
    # footnotes
    fl = ["<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>",
          "<hr align=left size=1 width=\"33%\">", "<![endif]>"]
    for key, text in BM_FOOTNOTES.items():
        n = key[2:]
        fl.append(f"<div style='mso-element:footnote' id=ftn{n}>")
        fl.append(f"<p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}' href=\"#_ftnref{n}\" "
                  f"name=\"_ftn{n}\" title=\"\"><span class=MsoFootnoteReference><span "
                  f"style='mso-special-character:footnote'><![if !supportFootnotes]><span "
                  f"class=MsoFootnoteReference><span style='font-size:10.0pt;line-height:107%;"
                  f"font-family:\"Calibri\",sans-serif'>[{n}]</span></span><![endif]></span>"
                  f"</span></a> {text}<o:p></o:p></p>")
        fl.append("</div>")
    fl.append("</div>")
    blocks.append("\n".join(fl))
    return blocks


_BM_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="MC-UG-03%20ball%20mill%20guide_files/filelist.xml">
<link rel=Edit-Time-Data href="MC-UG-03%20ball%20mill%20guide_files/editdata.mso">
<title>Mechanochemistry with the Mixer Mill and the Planetary Ball Mill</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Ines Kowalczyk</o:Author>
  <o:LastAuthor>Ines Kowalczyk</o:LastAuthor>
  <o:Revision>23</o:Revision>
  <o:TotalTime>611</o:TotalTime>
  <o:Created>2023-09-05T08:12:00Z</o:Created>
  <o:LastSaved>2025-01-17T14:48:00Z</o:LastSaved>
  <o:Pages>5</o:Pages>
  <o:Words>2011</o:Words>
  <o:Characters>11466</o:Characters>
  <o:Company>School of Chemistry</o:Company>
  <o:Lines>95</o:Lines>
  <o:Paragraphs>26</o:Paragraphs>
  <o:CharactersWithSpaces>13451</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="MC-UG-03%20ball%20mill%20guide_files/themedata.thmx">
<link rel=colorSchemeMapping href="MC-UG-03%20ball%20mill%20guide_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 1"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 2"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="11" QFormat="true" Name="Subtitle"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1073732485 9 0 511 0;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1073732485 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:21.6pt;
	text-indent:-21.6pt;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:1;
	mso-list:l1 level1 lfo2;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 2 Char";
	mso-style-next:Normal;
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:28.8pt;
	text-indent:-28.8pt;
	mso-outline-level:2;
	mso-list:l1 level2 lfo2;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{mso-style-priority:39;
	mso-style-next:Normal;
	margin-bottom:5.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{mso-style-priority:39;
	mso-style-next:Normal;
	margin-left:11.0pt;
	margin-bottom:5.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-priority:99;
	mso-style-link:"Footnote Text Char";
	margin:0cm;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
span.MsoFootnoteReference
	{mso-style-priority:99;
	vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-qformat:yes;
	mso-style-next:Normal;
	margin:0cm;
	mso-add-space:auto;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-priority:11;
	mso-style-qformat:yes;
	mso-style-next:Normal;
	margin-bottom:8.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	mso-themecolor:hyperlink;
	text-decoration:underline;
	text-underline:single;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin:0cm 0cm 0cm 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin:0cm 0cm 8.0pt 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoTocHeading, li.MsoTocHeading, div.MsoTocHeading
	{mso-style-priority:39;
	mso-style-qformat:yes;
	mso-style-parent:"Heading 1";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-bottom:0cm;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-footer:url("MC-UG-03%20ball%20mill%20guide_files/header.htm") f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1148590307;
	mso-list-type:hybrid;
	mso-list-template-ids:-1786046812 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:1302149217;
	mso-list-template-ids:-1226311040;}
@list l1:level1
	{mso-level-style-link:"Heading 1";
	mso-level-text:"%1\\.";
	mso-level-tab-stop:21.6pt;
	mso-level-number-position:left;
	margin-left:21.6pt;
	text-indent:-21.6pt;}
@list l1:level2
	{mso-level-style-link:"Heading 2";
	mso-level-text:"%1\\.%2";
	mso-level-tab-stop:28.8pt;
	mso-level-number-position:left;
	margin-left:28.8pt;
	text-indent:-28.8pt;}
@list l2
	{mso-list-id:584607215;
	mso-list-type:hybrid;
	mso-list-template-ids:1570498732 134807567 134807577 134807579 134807567 134807577 134807579 134807567 134807577 134807579;}
@list l2:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
 table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;
word-wrap:break-word'>

<div class=WordSection1>
"""

_BM_TAIL = """
</div>

</body>

</html>
"""


def _word_wrap(block: str, width: int = 76) -> str:
    """Wrap HTML source the way Word does: break at spaces, anywhere, at about 76 columns."""
    out_lines = []
    for line in block.split("\n"):
        words = line.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if len(cand) > width and cur:
                out_lines.append(cur)
                cur = w
            else:
                cur = cand
        out_lines.append(cur)
    return "\n".join(out_lines)


def build_ballmill_html(path: Path) -> None:
    body = "\n\n".join(_word_wrap(b) for b in _bm_body())
    text = _BM_HEAD + "\n" + body + "\n" + _BM_TAIL
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# TXT: cooling-bath FAQ written in Notepad (Windows-1252, CRLF, no final newline)
# ---------------------------------------------------------------------------
# Held here as a Python (Unicode) string; every character must exist in cp1252 (no minus sign
# U+2212, no <= / >= / approx signs), which build_cooling_txt() checks by encoding strictly.

CB_TEXT = """COOLING BATHS AND LOW-TEMPERATURE REACTIONS \u2013 FAQ
Okafor group, labs 2.14 and 2.16
Maintained by G. Okafor \u2013 last update 12/03/2025
File: S:\\Groups\\Okafor\\Safety\\Cooling baths FAQ.txt

Read this before you run anything below 0 \u00b0C for the first time. Questions that are not answered here go to the lab manager (Priya), not to Google. If you find something wrong, tell me and I\u2019ll fix the file.

============================================================
QUICK TABLE \u2013 WHICH BATH GIVES WHICH TEMPERATURE
============================================================
Bath                                 Temp (\u00b0C)     Notes
Ice / water                          0             crushed ice + enough water to make a slush
Ice / NaCl (3:1 by mass)             -10 to -20    stir well, replace as it melts
Ice / CaCl2\u00b76H2O (4:5 by mass)       down to -40   short runs only, warms quickly
Dry ice / ethylene glycol            -15           very viscous, poor for stirring
Dry ice / o-xylene                   -29
Dry ice / acetonitrile               -41           toxic, hood only, closed Dewar
Dry ice / ethanol                    -72
Dry ice / isopropanol (IPA)          -77           our default
Dry ice / acetone                    -78           only if you have a reason (see 3)
LN2 / ethyl acetate slush            -84
LN2 / dichloromethane slush          -92
LN2 / toluene slush                  -95
LN2 / methanol slush                 -98
LN2 / pentane slush                  -131
Liquid nitrogen                      -196          never with open reactions (see 4)
Immersion cooler CC-1 / CC-2         +20 to -90    set point, ethanol bath (see 5)

The numbers are what the bath sits at when it is made properly and stirred. They are NOT the temperature inside your flask.

============================================================
1. GENERAL
============================================================
Q: Which temperature matters, the bath or the flask?
A: The internal temperature. A dry ice/IPA bath sits at \u201377 \u00b0C, but a 250 mL flask with 100 mL of THF takes 15\u201320 min to get below \u201370 \u00b0C, and an exothermic addition can warm the contents 10\u201320 \u00b0C above the bath. For anything below \u201320 \u00b0C and for anything above 5 mmol, put a thermocouple (type K or T) through a septum into the solution.

Q: Can I use the mercury thermometer from the drawer for the bath?
A: No. Mercury freezes at \u201339 \u00b0C. Use the spirit (alcohol) thermometers marked \u2013100 to +30 \u00b0C, or a digital thermometer with a thermocouple probe. There should be no mercury thermometers left in the lab; if you find one, give it to Priya.

Q: Dewar or crystallising dish?
A: Dewar for anything that has to stay cold for more than about an hour, and for all liquid nitrogen work. A crystallising dish loses dry ice fast and collects ice from the air, but you can see the flask and the stir bar couples better. Best compromise: the low-form (wide, shallow) Dewars on the shelf above the sink \u2013 they sit on the stirrer plate and the bar still turns.

Q: How long does a dry ice bath last?
A: A low-form 1 L Dewar filled two-thirds with dry ice/IPA slush, covered with foil, stays at \u201377 \u00b0C for about 4\u20136 h. A crystallising dish lasts an hour or less. For overnight reactions use the immersion cooler (section 5) instead of coming back at midnight to top up.

Q: How do I check that my thermocouple reads right?
A: Two-point check: ice/water (0 \u00b0C) and fresh dry ice/acetone (\u201378 \u00b0C). If it is more than 2 \u00b0C off at either point, swap the probe and put a label on the bad one.

============================================================
2. ICE AND ICE/SALT
============================================================
Q: My ice bath only gets down to +4 \u00b0C, why?
A: Not enough water. Ice on its own touches the flask at a few points only. Use crushed ice with enough water to make a slush, and stir the bath now and then; that gives 0\u20132 \u00b0C.

Q: How do I make an ice/salt bath?
A: Crushed ice and NaCl, about 3:1 by mass, mixed well with a little water. \u201310 to \u201315 \u00b0C is easy, close to \u201320 \u00b0C with finely crushed fresh ice. The bath warms up as the brine gets diluted by melting ice, so replace it rather than just adding more ice.

Q: I need \u201330 to \u201340 \u00b0C for six hours.
A: Ice/CaCl2\u00b76H2O gets to about \u201340 \u00b0C but only for a short time. For hours, use dry ice/acetonitrile (\u201341 \u00b0C) in a closed Dewar in the hood and top it up, or much better, the immersion cooler set to the temperature you need.

============================================================
3. DRY ICE BATHS
============================================================
Q: How do I make a dry ice bath without it foaming over?
A: Solvent first, dry ice second. Fill the Dewar no more than one third with the solvent, then add dry ice in small (walnut-sized) pieces and wait until the bubbling calms down before adding the next piece. Stop when a few pieces stay undissolved on the bottom. Pouring solvent onto a Dewar full of dry ice makes it boil over violently.

Q: Acetone or isopropanol?
A: We use isopropanol by default. \u201377 \u00b0C is as good as \u201378 \u00b0C for practically everything, IPA evaporates much more slowly, it is less flammable (flash point 12 \u00b0C against \u201320 \u00b0C for acetone) and it does not stink out the lab. Acetone baths also pick up water from the air. Ethanol (\u201372 \u00b0C) is the least viscous of the three if your stir bar struggles.

Q: My bath has turned into a thick white sludge and the flask is stuck in an ice crust.
A: Water. Bath solvent picks up water from the air and from frost, and the water freezes out as ice that insulates the flask and jams the stir bar. Throw the bath solvent away and start with fresh solvent.

Q: Can I reuse bath solvent?
A: Yes. Keep it in the bottles labelled \u201cBATH ONLY\u201d next to the Dewar shelf, never pour it back into the solvent stock, and throw it out when it is cloudy or yellow.

Q: I need something between \u201315 and \u201378 \u00b0C.
A: Use the table above, or mix ethylene glycol and ethanol and add dry ice \u2013 the mixtures give temperatures in between. Check the actual temperature with a thermometer every time and write the mixture into your ELN entry. For anything that must be held for hours, the immersion cooler is more reliable.

Q: Where do I keep dry ice?
A: In the insulated box with the loose lid in the corridor. Never in an airtight container (the pressure bursts it), never in the cold room or in a fridge (CO2 builds up and you can suffocate), and never take it in the lift together with people \u2013 send the lift with the box alone.

============================================================
4. LIQUID NITROGEN AND SLUSH BATHS
============================================================
Q: How do I make a slush bath?
A: In the hood, in a Dewar: pour in the solvent (one third full), then add LN2 slowly while stirring with a wooden spatula until the mixture has the consistency of a thick milkshake \u2013 partly frozen, still stirrable. The slush sits at the melting point of the solvent. If it freezes solid, add a little more solvent and stir.

Q: Which slush for \u201395 \u00b0C?
A: Toluene (\u201395 \u00b0C). For \u201384 \u00b0C use ethyl acetate, for \u201392 \u00b0C dichloromethane, for \u201398 \u00b0C methanol, for \u2013131 \u00b0C pentane. Slush baths only last 30\u201360 min, so plan the addition around that.

Q: Can I cool my reaction directly in liquid nitrogen?
A: Not a reaction that is open to air or under a bubbler. Liquid nitrogen condenses oxygen from the air as a pale blue liquid, and liquid oxygen with organic material can explode. LN2 is for freezing samples in closed or evacuated vessels and for slush baths \u2013 nothing else.

Q: The flask cracked when I put it into the LN2 slush.
A: Thermal shock. Lower the flask in slowly over a minute, use only round-bottomed borosilicate flasks without star cracks or scratches, and never put a hot flask into a cold bath.

Q: LN2 \u2013 what else do I need to know?
A: Face shield and the loose-fitting cryo gloves (so you can throw them off), never seal LN2 in a closed container, use only the Dewars with the metal mesh or tape around them, and never fill a transport Dewar in a small room with the door closed \u2013 nitrogen displaces oxygen.

============================================================
5. IMMERSION COOLERS (CC-1 AND CC-2)
============================================================
Q: How do I use the immersion cooler?
A: Put the cooling probe and the controller\u2019s temperature sensor into a Dewar of ethanol, with the probe coil fully covered, put the lid on and set the set point. From room temperature to \u201378 \u00b0C takes 45\u201360 min for 2 L of ethanol, so switch it on well before you need it. Book the cooler on the calendar on the door.

Q: Which bath fluid?
A: Denatured ethanol, down to the \u201390 \u00b0C limit of the cooler. Isopropanol is fine down to about \u201360 \u00b0C; below that it gets too viscous to stir. Never acetone (flammable vapour right next to the compressor) and never water-containing mixtures below 0 \u00b0C.

Q: The cooler runs but the bath will not go below \u201350 \u00b0C.
A: Check in this order: (1) ice on the coil \u2013 there is water in the ethanol; let it warm up and replace the fluid; (2) no lid, or a bath much bigger than 2 L; (3) the air vents at the back blocked or the filter dusty; (4) the stirrer plate under the Dewar is heating the bath \u2013 put the insulating pad between them.

Q: Can I leave a reaction on the cooler overnight?
A: Yes, with the yellow \u201coperating overnight\u201d card filled in, the lid on, the bath level checked and the alarm of the controller set 10 \u00b0C above the set point.

Q: What about \u201clet it warm to room temperature overnight\u201d in a Dewar?
A: It works, but it is not a controlled ramp: a 1 L Dewar of dry ice/IPA takes 8\u201312 h and the profile changes with the room temperature. If the warming rate matters, program a ramp on the immersion cooler and write it into the ELN.

============================================================
6. TROUBLESHOOTING
============================================================
Q: My stir bar stopped turning at \u201378 \u00b0C.
A: Either the reaction mixture has frozen or thickened, or the magnet is too far from the bar. Check the freezing point of your solvent first (DMSO 18 \u00b0C, dioxane 12 \u00b0C, benzene 5.5 \u00b0C, MeCN \u201345 \u00b0C, DMF \u201361 \u00b0C; THF, toluene, DCM, Et2O and MeOH are fine at \u201378 \u00b0C). Then use a low-form Dewar, a bigger oval stir bar and a stronger stirrer plate, or an overhead stirrer.

Q: My reaction solution froze / the substrate crashed out in the cold.
A: Add co-solvent (THF is the usual choice), dilute, or run at a higher temperature. A suspension at \u201378 \u00b0C that you cannot stir is not a reaction, it is an accident waiting for the warm-up.

Q: White frost inside the neck of the flask / my reaction got wet.
A: Moist air is being pulled in through punctured septa as the gas inside contracts on cooling. Keep a positive nitrogen pressure (bubbler), use fresh septa, wrap joints with Parafilm, and let the flask warm to room temperature under nitrogen before you open it.

Q: I can\u2019t see anything through the frost on the outside of the flask.
A: Wipe it with a tissue wetted with isopropanol, or blow a gentle stream of nitrogen over the glass.

Q: The internal temperature shoots up during the addition.
A: Add more slowly (syringe pump), let the reagent run down the cold inside wall of the flask so it is pre-cooled, dilute the reagent, and make sure the bath level is above the level of the solution.

Q: The bath keeps foaming over when I add dry ice.
A: Pieces too big, added too fast, too much solvent in the Dewar, or the solvent was warm. See section 3.

Q: The thermocouple says \u201320 \u00b0C but the bath is at \u201378 \u00b0C.
A: The probe tip is not in the liquid, or it touches the glass above the solution. Push it down into the solution (not into the stir bar\u2019s path) and check it as described in section 1.

============================================================
7. SAFETY AND WASTE
============================================================
- Insulated gloves for handling dry ice; nitrile gloves are no protection against cold.
- Never put your hand into a cold bath to fish out a flask or a stir bar \u2013 use the long tongs.
- Cold burns: take off anything tight, warm the area with lukewarm (not hot) water, and report to a first aider.
- Used bath solvent goes into the non-halogenated waste (DCM slush into the halogenated waste) once it has warmed to room temperature. Let leftover dry ice sublime in the hood; never put it into a sink or a closed bin.
- Spilt LN2 on the floor: step back and let it evaporate; open the door.

\u2013 G.O."""


def build_cooling_txt(path: Path) -> None:
    data = CB_TEXT.replace("\n", "\r\n").encode("cp1252")  # strict: fails on any non-cp1252
    path.write_bytes(data)


# ---------------------------------------------------------------------------


def deleted_strings() -> dict[str, list[str]]:
    """No tracked changes in this part."""
    return {}


def visible_strings() -> dict[str, list[str]]:
    """Visible text units per guide stem (PDF and DOCX only; the .html and .txt are read from
    the built files)."""
    return {
        Path(PDF_NAME).stem: _da_units(),
        Path(DOCX_NAME).stem: _nit_units(),
    }


def marker_strings() -> dict[str, list[str]]:
    """No footnote markers in these two: the same units as visible_strings()."""
    return visible_strings()


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (PDF_NAME, DOCX_NAME)}
ENCODINGS = {Path(TXT_NAME).stem: "cp1252", Path(HTML_NAME).stem: "utf-8"}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    paths = [OUT_DIR / PDF_NAME, OUT_DIR / DOCX_NAME, OUT_DIR / HTML_NAME, OUT_DIR / TXT_NAME]
    build_da_pdf(paths[0])
    if DA_PAGES != DA_EXPECTED_PAGES:
        raise SystemExit(f"the PDF has {DA_PAGES} pages; the footer units assume "
                         f"{DA_EXPECTED_PAGES} - update DA_EXPECTED_PAGES")
    build_nitration_docx(paths[1])
    build_ballmill_html(paths[2])
    build_cooling_txt(paths[3])
    for p in paths:
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
