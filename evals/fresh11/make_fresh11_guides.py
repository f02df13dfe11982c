"""Generate the six guides of the fresh11 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh11/make_fresh11_guides.py

Writes:
    evals/fresh11/guides/paal-knorr-pyrroles-scanned-ocr.pdf
        a page of a group procedures binder, printed years ago, SCANNED and OCR'd: every page is
        one greyscale JPEG (150 dpi, slightly rotated, a grey scanner shadow at the left edge,
        two punched holes, specks, a rubber stamp and a handwritten note in the margin) with an
        INVISIBLE OCR text layer on top (text render mode 3, font "GlyphLessFont", each line
        horizontally scaled to the width of the printed line, as OCR engines write it).  The
        text layer has the OCR engine's habits: the letter pairs fi and fl come out as the
        Unicode ligatures U+FB01 / U+FB02, words hyphenated at a line end stay split ("hydro-" /
        "lysis"), a handful of misread characters (degree sign read as "o", 0 as O, 1 as l,
        "m" as "rn", delta as "ð"), the handwritten note is garbled and the rotated stamp is not
        in the text layer at all.  Tables are read cell line by cell line.
    evals/fresh11/guides/tsuji-wacker-outlook-thread.eml
        an Outlook (Exchange) message saved as .eml with an HTML-ONLY body: RFC 822 headers
        with Thread-Topic / Thread-Index / X-MS-* headers and folded lines, multipart/related
        holding a text/html part in windows-1252, quoted-printable, and an inline PNG
        (Content-ID, referenced as cid: in the HTML).  The HTML is Word's "filtered medium"
        e-mail HTML: Office namespaces, a long <style> with MsoNormal / MsoListParagraph
        classes, <o:p> elements, lists written as <![if !supportLists]> markers with
        non-breaking spaces, the whole reply chain in one body (no <blockquote>: each older
        message under a grey "From: / Sent: / To: / Subject:" block), answers typed INLINE in
        red into the quoted question list, an external-sender banner, signatures with a
        disclaimer, a Word table, characters outside windows-1252 as numeric character
        references.  ASCII only, CRLF line ends.
    evals/fresh11/guides/analytical-balance-excel-csv-export.txt
        an Excel sheet saved as "CSV UTF-8 (Comma delimited)" and renamed .txt: UTF-8 BOM,
        CRLF at the end of every row but bare LF inside quoted cells (Alt+Enter line breaks),
        quotes doubled inside quoted cells, every row padded with commas to the used range,
        merged title cells exported into the first column only, a hidden column (editor's
        initials) exported all the same, Excel's display values (dates as 12/03/2025, a broken
        lookup showing #N/A).
    evals/fresh11/guides/uv-vis-spectrophotometer-jupyter-book.md
        a MyST Markdown page of a Jupyter Book (the source file): jupytext / kernelspec front
        matter with SUBSTITUTIONS that the text uses as {{ name }}, (label)= targets,
        ```{admonition} / ```{note} / ```{warning} directives with :class: options,
        :::{dropdown} colon fences, tables written as ```{list-table} (every cell a nested
        "* -" / "  -" bullet), ```{code-cell} ipython3 cells with glue(), inline roles
        ({math}, {term}, {numref}, {glue:text}), a ```{math} block with a label, footnotes [^n]
        and a ```{glossary}.
    evals/fresh11/guides/ugi-multicomponent-sharepoint-page.htm
        a SharePoint Online modern site page saved from the browser ("Webpage, complete"):
        suite bar, site header with navigation, a hub bar, command bar, the page canvas as
        CanvasZone / CanvasSection / ControlZone divs with data-automation-id and
        data-sp-feature-tag attributes, Text web parts (h2-h4, p, ul/ol, tables in
        canvasRteResponsiveTable wrappers), COLLAPSIBLE SECTIONS (aria-expanded="false", the
        body still in the DOM), a Quick links web part, an Image web part whose content is
        only its caption and alt text, a call-out, page properties, likes / views and the
        page comments with replies, a footer, and <script> blocks with _spPageContextInfo.
    evals/fresh11/guides/baylis-hillman-word-text-boxes.docx
        a Word document (raw WordprocessingML) whose sidebars are FLOATING TEXT BOXES: each is
        an mc:AlternateContent with a DrawingML wps:txbx (mc:Choice Requires="wps") and the
        same paragraphs again in a VML v:textbox fallback (mc:Fallback), anchored in an
        otherwise empty paragraph; a TOC field with its cached entries (hyperlinks to _Toc
        bookmarks, PAGEREF fields with cached page numbers), table captions with SEQ fields,
        a REF cross-reference, Word numbering for the procedure, subscripts, header and
        footer with a PAGE field.

Re-running produces byte-identical files.  `visible_strings()` returns the text units of the
PDF (one string per OCR text line: running header and footer, body lines, table cell lines,
the garbled note) and of the DOCX (one string per paragraph of the body, the tables, the text
boxes - once, not twice - the header and the footer).  `SUFFIXES` maps those two stems to
their file types; `EML_STEMS` and `CSV_STEMS` name the e-mail and the CSV export, whose units
the verifier reads from the built files, as it does for the .md and the .htm.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import quopri
import random
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2025, 3, 14, 16, 5, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _font_path(name: str) -> str:
    path = FONT_DIR / name
    if not path.exists():
        raise SystemExit(f"font {path} not found; install fonts-dejavu")
    return str(path)


# ---------------------------------------------------------------------------
# 1. Scanned binder page with an OCR text layer (PDF): Paal-Knorr pyrroles

PK_NAME = "paal-knorr-pyrroles-scanned-ocr.pdf"
PK_DPI = 150
PK_W, PK_H = 1240, 1754  # A4 at 150 dpi
PK_LEFT, PK_RIGHT = 165, 1100
PK_TOP, PK_BOTTOM = 200, 1585
PK_HEADER_L = "HETEROCYCLES GROUP – PROCEDURES BINDER"
PK_HEADER_R = "Section 7.3 · Rev. 4"
PK_FOOTER = "Printed 14/10/2019 · page {n} of {total}"
PK_TOTAL = 5

PK_BODY: list[tuple] = [
    ("title", "7.3  Pyrroles by the Paal–Knorr reaction"),
    ("sub", "Group procedure and troubleshooting notes. Rev. 4, 14 October 2019. Written by M. "
            "Halvorsen, checked by A. Osei. Replaces Rev. 3 (2016)."),
    ("h", "1  Scope"),
    ("p", "The Paal–Knorr reaction joins a 1,4-dicarbonyl compound and a primary amine to give "
          "an N-substituted pyrrole; two molecules of water are lost. We use it mainly for "
          "2,5-disubstituted pyrroles made from 2,5-hexanedione and related 1,4-diketones. "
          "Ammonium acetate gives the N–H pyrrole. For pyrroles that carry no substituent at C2 "
          "and C5 use the Clauson-Kaas variant in section 6, because succinaldehyde itself is "
          "too unstable to keep. This note covers alkyl amines, anilines, amine salts and amino "
          "acid esters, and the use of the 2,5-dimethylpyrrole as a protecting group for "
          "primary amines (section 8)."),
    ("h", "2  How the reaction works, and why the acid matters"),
    ("p", "The amine adds to one carbonyl group to form a hemiaminal, its nitrogen then attacks "
          "the second carbonyl group and the cyclic 2,5-dihydroxy intermediate loses two "
          "molecules of water. Ring closure is the slow step. A weak acid speeds up both the "
          "addition and the dehydration, so a little acetic acid is almost always worthwhile."),
    ("p", "Strong acid is harmful. Below about pH 3 the amine is fully protonated and the "
          "diketone cyclises on its own to the furan (the Paal–Knorr furan synthesis). The "
          "furan is the most common by-product of this reaction, and whether it forms depends "
          "only on how much acid is present and on when the amine goes in."),
    ("p", "Each ring closure releases water. With reactive amines this does not matter, but "
          "with weakly nucleophilic anilines the reaction can stall at the hydroxy intermediate "
          "unless the water is taken up by powdered 4 Å molecular sieves or driven off by "
          "heating in toluene."),
    ("h", "3  Choosing the conditions"),
    ("cap", "Table 1. Conditions by type of amine (1,4-diketone 1.0 equiv)."),
    ("table", [230, 310, 100, 295], [
        ["Amine", "Conditions", "Time", "Remarks"],
        ["Primary alkyl amine (benzylamine, n-butylamine)", "1.05 equiv, EtOH (1 M), AcOH 0.1 "
         "equiv, reflux", "1–2 h", "Exothermic on addition; add dropwise above 50 mmol"],
        ["Volatile amine (methylamine, ethylamine)", "2–3 equiv as a 2 M solution in EtOH or "
         "THF, sealed tube, 60 °C", "4–6 h", "Or the hydrochloride with 1.1 equiv NaOAc"],
        ["Aniline, neutral or electron-rich", "1.0 equiv, EtOH, AcOH 0.5 equiv, reflux",
         "2–6 h", "Product often crystallises on cooling"],
        ["Aniline with an electron-withdrawing group (NO2, CN, CO2Me)", "Neat AcOH at 100 °C, "
         "or 5 mol% p-TsOH in toluene at reflux with powdered 4 Å sieves", "12–24 h",
         "Look for the hydroxy intermediate (7.3)"],
        ["Amine hydrochloride or other salt", "Add 1.1 equiv NaOAc; EtOH/AcOH 10:1, reflux",
         "as free amine", "Never the salt without a base: furan"],
        ["Amino acid ester", "Ester hydrochloride, 1.1 equiv NaOAc, EtOH, 60 °C", "6–12 h",
         "Stay at or below 60 °C to keep the stereocentre"],
        ["Ammonia (N–H pyrrole)", "NH4OAc 3–5 equiv, EtOH or AcOH, reflux", "2–4 h",
         "N–H pyrroles darken quickly in air"],
        ["Hindered amine (tert-butylamine, 2,6-disubstituted aniline)", "Neat, 1.5 equiv "
         "amine, 5 mol% p-TsOH, 120 °C in a sealed tube", "24–48 h", "Expect 30–60%"],
    ]),
    ("h", "4  Standard procedure: 1-benzyl-2,5-dimethylpyrrole (20 mmol)"),
    ("p", "Reagents: 2,5-hexanedione 2.35 mL (2.28 g, 20.0 mmol); benzylamine 2.29 mL (2.25 g, "
          "21.0 mmol, 1.05 equiv); acetic acid 0.11 mL (0.12 g, 2.0 mmol, 0.1 equiv); ethanol "
          "20 mL."),
    ("step", "1.", "Check the 2,5-hexanedione before you start: it should be colourless or pale "
                   "yellow. Brown material contains aldol condensation products and gives a "
                   "dark crude product; distil it under reduced pressure or open a new bottle."),
    ("step", "2.", "Put the ethanol (20 mL), the 2,5-hexanedione (2.35 mL) and the acetic acid "
                   "(0.11 mL) in a 100 mL round-bottomed flask with a stirrer bar."),
    ("step", "3.", "Add the benzylamine (2.29 mL) dropwise over 5 min at room temperature. The "
                   "solution turns yellow and warms slightly."),
    ("step", "4.", "Heat at reflux under nitrogen for 1 h. TLC (hexane/EtOAc 9:1, vanillin "
                   "dip): diketone Rf 0.15, pyrrole Rf 0.60, which stains pink to red."),
    ("step", "5.", "Cool to room temperature and remove the ethanol on the rotary evaporator "
                   "(bath 40 °C)."),
    ("step", "6.", "Take the residue up in ethyl acetate (50 mL) and wash it with 0.5 M citric "
                   "acid (2 × 20 mL) to remove the excess benzylamine, then with saturated "
                   "NaHCO3 (20 mL) and brine (20 mL); dry over Na2SO4."),
    ("step", "7.", "Pass the solution through a short pad of silica (about 10 g) slurried in "
                   "hexane containing 1% Et3N, and wash the pad through with hexane/EtOAc 19:1 "
                   "(100 mL)."),
    ("step", "8.", "Concentrate to give 1-benzyl-2,5-dimethylpyrrole as a colourless to pale "
                   "yellow oil, 3.30–3.50 g (89–94%). Flush the vial with nitrogen and keep it "
                   "in the freezer in the dark."),
    ("p", "1H NMR (CDCl3): δ 7.30–7.20 (m, 3H), 6.90 (d, 2H), 5.88 (s, 2H, pyrrole β-H), 5.03 "
          "(s, 2H, NCH2), 2.18 (s, 6H, CH3). MS (ESI): m/z 186.1 [M+H]+."),
    ("h", "5  Following the reaction"),
    ("p", "TLC is usually enough. Pyrroles are UV-active and give pink, red or purple spots "
          "with vanillin or anisaldehyde dips after heating; the diketone gives a pale "
          "yellow-brown spot."),
    ("p", "LC-MS: the pyrrole appears at [diketone + amine − 36 + H]+. A peak 18 mass units "
          "above the product is the hydroxy-dihydropyrrole intermediate that has lost only one "
          "water; it disappears with more time, more acid or a drying agent. The furan has the "
          "mass of the diketone − 18 (2,5-dimethylfuran: 96) and, being volatile, is often "
          "missed by LC-MS altogether."),
    ("p", "1H NMR of an aliquot: the ring protons of 2,5-dimethylpyrroles appear at δ 5.8–5.9, "
          "but those of 2,5-dimethylfuran also come at δ 5.8, so do not rely on that region "
          "alone; the signals of the N-substituent (the NCH2 singlet at δ 5.0 in the standard "
          "procedure) show that the pyrrole has formed. The CH2 singlet of 2,5-hexanedione at "
          "δ 2.70 disappears as the reaction goes on."),
    ("h", "6  Clauson-Kaas variant (no substituents at C2 and C5)"),
    ("p", "2,5-Dimethoxytetrahydrofuran (a cis/trans mixture) is hydrolysed in situ to "
          "succinaldehyde, which then condenses with the amine. Standard conditions: amine "
          "(10 mmol) and 2,5-dimethoxytetrahydrofuran (1.30 mL, 10.0 mmol) in glacial acetic "
          "acid (15 mL) at reflux for 1 h."),
    ("p", "For acid-sensitive amines, heat the 2,5-dimethoxytetrahydrofuran in water (20 mL) at "
          "reflux for 2 h first, cool, then add the amine and NaOAc (1.5 equiv) and stir at room "
          "temperature overnight."),
    ("p", "Pyrroles without 2,5-substituents are much more sensitive to air and acid than the "
          "2,5-dimethyl compounds; their ring protons appear at δ 6.6–6.7 (α-H) and 6.2 (β-H). "
          "Long heating in acetic acid gives dark tar, so stop as soon as TLC shows that the "
          "amine has been used up."),
    ("h", "7  Troubleshooting"),
    ("rh", "7.1  The product is the furan, or the crude smells sweet and the yield is low."),
    ("p", "Cause: too much or too strong acid, or the amine was protonated before it could "
          "react. Use no more than 0.1–0.5 equiv AcOH with alkyl amines and never p-TsOH or HCl "
          "with an amine that reacts easily. Add the amine before any acid catalyst stronger "
          "than acetic acid. With amine salts add 1.1 equiv NaOAc. 2,5-Dimethylfuran boils at "
          "94 °C and is lost on the rotary evaporator, so a low mass balance with a clean "
          "product can also mean furan formation."),
    ("rh", "7.2  No reaction with an electron-poor aniline."),
    ("p", "Anilines carrying nitro, cyano or ester groups add slowly and the equilibrium lies "
          "on the side of the starting materials. Run in neat acetic acid at 100 °C, or with "
          "5 mol% p-TsOH in toluene at reflux with powdered 4 Å sieves (1 g per 5 mmol). Use "
          "1.2 equiv of the diketone, which is easier to remove than the aniline."),
    ("rh", "7.3  The reaction stops at M + 18."),
    ("p", "The hydroxy intermediate is waiting to lose its second water. Add powdered 4 Å "
          "molecular sieves or more acetic acid (up to 1 equiv) and heat for another 2 h. Do "
          "not work up at this stage: the intermediate reverts to the starting materials on "
          "silica."),
    ("rh", "7.4  Dark tar or a black reaction mixture."),
    ("p", "Pyrroles polymerise with strong acid, heat and air, electron-rich pyrroles fastest. "
          "Run under nitrogen, keep the temperature to what the amine needs, neutralise the "
          "acid with a NaHCO3 wash before concentrating, and never concentrate a crude pyrrole "
          "to dryness from an acidic solution."),
    ("rh", "7.5  The product turns pink, red or brown on standing."),
    ("p", "Air oxidation. Store under nitrogen or argon at −20 °C in the dark. A coloured sample "
          "can usually be rescued by passing a hexane solution through a short plug of basic "
          "alumina."),
    ("rh", "7.6  A red band that streaks on the column; low recovery."),
    ("p", "Silica is acidic enough to decompose electron-rich pyrroles. Add 1% Et3N to the "
          "eluent and slurry the silica in it, or use neutral alumina. Run the column quickly."),
    ("rh", "7.7  Low yield with a volatile amine."),
    ("p", "Methylamine and ethylamine escape from the flask at reflux. Use 2–3 equiv as a "
          "solution in ethanol or THF in a sealed tube at 60 °C, or the hydrochloride with "
          "NaOAc."),
    ("rh", "7.8  Two products from a diamine."),
    ("p", "A diamine with one equivalent of diketone gives a mixture of the mono- and the "
          "bis-pyrrole. For the bis-pyrrole use 2.2 equiv of the diketone; for the mono-pyrrole "
          "use 3–5 equiv of the diamine and remove the excess with an acid wash."),
    ("rh", "7.9  Loss of ee with amino acid esters."),
    ("p", "The α-stereocentre of the amino ester racemises slowly in hot acetic acid. Work at "
          "60 °C or below in ethanol with NaOAc, and compare the ee of the product with that of "
          "a racemic sample."),
    ("rh", "7.10  A crude 1,4-diketone from another route gives a mess."),
    ("p", "Diketones made by other routes often contain monoketones or aldol products that also "
          "react with the amine. Purify the diketone before the Paal–Knorr step; its 1H NMR "
          "should show clean singlets."),
    ("h", "8  The 2,5-dimethylpyrrole as a protecting group for primary amines"),
    ("p", "The 2,5-dimethylpyrrole is stable to strong bases, organolithium and Grignard "
          "reagents, hydride reducing agents and catalytic hydrogenation, and it masks both N–H "
          "bonds of a primary amine. Protection: amine, 2,5-hexanedione (1.1 equiv) and p-TsOH "
          "(5 mol%) in toluene at reflux with 4 Å sieves, 4–12 h."),
    ("p", "Removal: hydroxylamine hydrochloride (10 equiv) and Et3N (5 equiv) in ethanol/water "
          "2:1 at reflux for 20–40 h. The pyrrole is converted into 2,5-hexanedione dioxime and "
          "the free amine is recovered by an acid–base extraction. Removal is slow; plan for "
          "it to take two days."),
    ("h", "9  Check first when a Paal–Knorr goes wrong"),
    ("bullet", "Is the diketone clean (colourless, singlets at δ 2.70 and 2.19 only)?"),
    ("bullet", "Is the amine a free base? Salts need 1.1 equiv NaOAc."),
    ("bullet", "How much acid, and which? Acetic acid 0.1–0.5 equiv for alkyl amines; stronger "
               "acids only for poor nucleophiles."),
    ("bullet", "Is there an M + 18 peak (intermediate) or a furan (diketone − 18)?"),
    ("bullet", "Was the water taken up for a slow aniline?"),
    ("h", "10  Safety and waste"),
    ("p", "2,5-Hexanedione is a neurotoxin: it is the metabolite responsible for the peripheral "
          "neuropathy caused by n-hexane, and it is absorbed through the skin. Handle it in the "
          "fume cupboard with nitrile gloves and change gloves at once after a splash. "
          "Benzylamine and other low-molecular-weight amines are corrosive; p-TsOH and glacial "
          "acetic acid too. 2,5-Dimethoxytetrahydrofuran is flammable. Sealed-tube reactions at "
          "120 °C: pressure-rated tubes only, no more than half full, behind a blast shield."),
    ("p", "Waste: organic solvents to the non-halogenated solvent waste; aqueous washes that "
          "contain amines to the basic aqueous waste."),
]

# OCR misreads: (exact printed text, what the OCR layer holds).  Each printed text must occur
# exactly once in the document.
PK_MISREADS = [
    ("40 °C).", "40 oC)."),
    ("with 0.5 M citric", "with O.5 M citric"),
    ("to give 1-benzyl-2,5-dimethylpyrrole", "to give l-benzyl-2,5-dimethylpyrrole"),
    ("21.0 mmol, 1.05 equiv)", "21.0 rnmol, 1.05 equiv)"),
    ("(CDCl3): δ 7.30", "(CDCl3): ð 7.30"),
    ("Neat AcOH at 100 °C,", "Neat AcOH at 1OO °C,"),
]
PK_NOTE = ("NB new bottle of hexanedione", "in cold room – MH 03/23")
PK_NOTE_OCR = ("NB ncw botle of hexaned1one", "in cold roorn ~ MH 03/Z3")
PK_SKEW = [0.35, -0.22, 0.28, -0.4, 0.15]


def _pk_fonts() -> dict[str, ImageFont.FreeTypeFont]:
    basic = ImageFont.Layout.BASIC
    return {
        "body": ImageFont.truetype(_font_path("DejaVuSerif.ttf"), 21, layout_engine=basic),
        "bold": ImageFont.truetype(_font_path("DejaVuSerif-Bold.ttf"), 21, layout_engine=basic),
        "h": ImageFont.truetype(_font_path("DejaVuSerif-Bold.ttf"), 24, layout_engine=basic),
        "title": ImageFont.truetype(_font_path("DejaVuSerif-Bold.ttf"), 31, layout_engine=basic),
        "ital": ImageFont.truetype(_font_path("DejaVuSerif-Italic.ttf"), 20, layout_engine=basic),
        "table": ImageFont.truetype(_font_path("DejaVuSerif.ttf"), 18, layout_engine=basic),
        "tbold": ImageFont.truetype(_font_path("DejaVuSerif-Bold.ttf"), 18, layout_engine=basic),
        "hf": ImageFont.truetype(_font_path("DejaVuSans.ttf"), 16, layout_engine=basic),
        "hand": ImageFont.truetype(_font_path("DejaVuSans-Oblique.ttf"), 22, layout_engine=basic),
        "stamp": ImageFont.truetype(_font_path("DejaVuSans-Bold.ttf"), 30, layout_engine=basic),
    }


# Hyphenation points of the printed page (Word's automatic hyphenation, en-GB dictionary):
# only these words are ever broken at a line end.
_PK_HYPHENATION = [
    "ben-zyl-amine", "di-ketone", "di-ketones", "mol-ecules", "mol-ecular",
    "succin-aldehyde", "re-agents", "dis-appears", "con-taining", "so-lu-tion",
    "in-ter-me-di-ate", "re-ac-tion", "tem-per-a-ture", "hy-dro-chlo-ride", "de-hy-dra-tion",
    "con-den-sa-tion", "sub-stit-u-ent", "sub-stit-u-ents", "pro-to-nat-ed", "ni-tro-gen",
    "con-cen-trat-ing", "sep-a-rate", "ex-trac-tion", "hy-drox-yl-amine", "pro-tect-ing",
    "nu-cle-o-philes", "nu-cle-o-phil-ic", "ac-e-tate", "an-i-lines", "cy-clis-es",
    "ox-i-da-tion", "di-meth-oxy-tetra-hy-dro-furan", "hy-drol-y-sed", "car-bon-yl",
    "un-sta-ble", "ben-zyl-amine,", "poly-mer-ise", "re-sponsi-ble", "pe-riph-er-al",
]
def _pk_hyphen_points(word: str) -> list[int]:
    """Break points (index into word) for a word of _PK_HYPHENATION (case-insensitive)."""
    for entry in _PK_HYPHENATION:
        if entry.replace("-", "").lower() == word.lower():
            points, k = [], 0
            for ch in entry:
                if ch == "-":
                    points.append(k)
                else:
                    k += 1
            return points
    return []


def _pk_wrap(text: str, font, width: int, hyphenate: bool = True) -> list[str]:
    """Greedy wrap with Word-like automatic hyphenation of long plain words."""
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        trial = w if not cur else cur + " " + w
        if font.getlength(trial) <= width:
            cur = trial
            i += 1
            continue
        # try to hyphenate the word that does not fit
        core = w.rstrip(".,;:)")
        done = False
        if hyphenate and cur:
            for p in reversed(_pk_hyphen_points(core)):
                head = core[:p] + "-"
                if font.getlength(cur + " " + head) <= width:
                    lines.append(cur + " " + head)
                    words[i] = w[p:]
                    cur = ""
                    done = True
                    break
        if not done:
            if not cur:
                raise ValueError(f"word too long for the line: {w!r}")
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines


def _pk_ocr(text: str) -> str:
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def _pk_layout() -> list[dict]:
    """Lay the binder page out: pages with image draw items and OCR line items."""
    f = _pk_fonts()
    width = PK_RIGHT - PK_LEFT
    pages: list[dict] = []

    def new_page() -> dict:
        pg = {"draw": [], "ocr": [], "rules": []}
        pages.append(pg)
        return pg

    page = new_page()
    y = PK_TOP

    def need(h: int) -> None:
        nonlocal page, y
        if y + h > PK_BOTTOM:
            page = new_page()
            y = PK_TOP

    def put_line(x: int, text: str, font_key: str, lh: int) -> None:
        nonlocal y
        page["draw"].append((x, y, text, font_key))
        page["ocr"].append((x, y, text, font_key))
        y += lh

    for block in PK_BODY:
        kind = block[0]
        if kind == "title":
            need(60)
            put_line(PK_LEFT, block[1], "title", 52)
        elif kind == "sub":
            for ln in _pk_wrap(block[1], f["ital"], width, hyphenate=False):
                need(28)
                put_line(PK_LEFT, ln, "ital", 28)
            y += 18
        elif kind == "h":
            need(29 * 3 + 44)
            y += 14
            put_line(PK_LEFT, block[1], "h", 42)
        elif kind == "rh":
            need(29 * 3)
            y += 6
            for ln in _pk_wrap(block[1], f["bold"], width, hyphenate=False):
                put_line(PK_LEFT, ln, "bold", 29)
        elif kind == "p":
            for ln in _pk_wrap(block[1], f["body"], width):
                need(29)
                put_line(PK_LEFT, ln, "body", 29)
            y += 12
        elif kind == "cap":
            need(28 + 80)
            put_line(PK_LEFT, block[1], "ital", 30)
        elif kind in ("step", "bullet"):
            label = block[1] if kind == "step" else "•"
            text = block[2] if kind == "step" else block[1]
            ind = 42
            lines = _pk_wrap(text, f["body"], width - ind)
            for k, ln in enumerate(lines):
                need(29)
                if k == 0:
                    page["draw"].append((PK_LEFT + 6, y, label, "body"))
                    page["ocr"].append((PK_LEFT + 6, y, label + " " + ln, "body"))
                    page["draw"].append((PK_LEFT + ind, y, ln, "body"))
                    y += 29
                else:
                    put_line(PK_LEFT + ind, ln, "body", 29)
            y += 6
        elif kind == "table":
            colw, rows = block[1], block[2]
            pad = 8
            head_cells = [_pk_wrap(c, f["tbold"], w - 2 * pad, hyphenate=False)
                          for c, w in zip(rows[0], colw)]

            def draw_row(cells: list[list[str]], bold: bool) -> None:
                nonlocal y
                n = max(len(c) for c in cells)
                h = n * 24 + 2 * pad
                x = PK_LEFT
                for c, w in zip(cells, colw):
                    for k, ln in enumerate(c):
                        item = (x + pad, y + pad + k * 24, ln, "tbold" if bold else "table")
                        page["draw"].append(item)
                        page["ocr"].append(item)
                    page["rules"].append((x, y, x + w, y + h))
                    x += w
                y += h

            need(24 * 6)
            draw_row(head_cells, True)
            for row in rows[1:]:
                cells = [_pk_wrap(c, f["table"], w - 2 * pad, hyphenate=False)
                         for c, w in zip(row, colw)]
                h = max(len(c) for c in cells) * 24 + 2 * pad
                if y + h > PK_BOTTOM:
                    page = new_page()
                    y = PK_TOP
                    draw_row(head_cells, True)
                draw_row(cells, False)
            y += 22
    if len(pages) != PK_TOTAL:
        raise SystemExit(f"binder page has {len(pages)} pages, the footer assumes {PK_TOTAL}")
    return pages


def _pk_apply_misreads(pages: list[dict]) -> None:
    for printed, ocr in PK_MISREADS:
        hits = [(pg, i) for pg in pages for i, item in enumerate(pg["ocr"]) if printed in item[2]]
        if len(hits) != 1:
            raise SystemExit(f"misread {printed!r} matches {len(hits)} lines")
        pg, i = hits[0]
        x, y, text, fk = pg["ocr"][i]
        pg["ocr"][i] = (x, y, text.replace(printed, ocr), fk)


def _pk_page_image(pg: dict, n: int, fonts: dict) -> Image.Image:
    rng = random.Random(1100 + n)
    img = Image.new("L", (PK_W, PK_H), 247)
    d = ImageDraw.Draw(img)
    for x in range(0, 28):  # scanner shadow along the binding edge
        d.line([(x, 0), (x, PK_H)], fill=120 + 4 * x)
    for cy in (PK_H // 2 - 320, PK_H // 2 + 320):  # punched holes
        d.ellipse([52, cy - 26, 104, cy + 26], fill=70)
    d.text((PK_LEFT, 110), PK_HEADER_L, font=fonts["hf"], fill=40)
    hr = PK_HEADER_R
    d.text((PK_RIGHT - fonts["hf"].getlength(hr), 110), hr, font=fonts["hf"], fill=40)
    d.line([(PK_LEFT, 138), (PK_RIGHT, 138)], fill=60, width=2)
    foot = PK_FOOTER.format(n=n, total=PK_TOTAL)
    d.text(((PK_W - fonts["hf"].getlength(foot)) / 2, 1640), foot, font=fonts["hf"], fill=40)
    for x0, y0, x1, y1 in pg["rules"]:
        d.rectangle([x0, y0, x1, y1], outline=30, width=1)
    for x, y, text, fk in pg["draw"]:
        d.text((x, y), text, font=fonts[fk], fill=15)
    if n == 1:  # rubber stamp, rotated, not read by the OCR
        st = Image.new("L", (420, 70), 0)
        ImageDraw.Draw(st).rectangle([2, 2, 417, 67], outline=255, width=4)
        ImageDraw.Draw(st).text((22, 16), "UNCONTROLLED COPY", font=fonts["stamp"], fill=255)
        st = st.rotate(12, expand=True, resample=Image.BICUBIC)
        img.paste(110, (760, 20), st)
    if n == 2:  # handwritten note in the right margin
        for k, line in enumerate(PK_NOTE):
            d.text((860, 1600 + 26 * k - 40), line, font=fonts["hand"], fill=90)
    for _ in range(260):
        x, y = rng.randrange(PK_W), rng.randrange(PK_H)
        r = rng.choice((1, 1, 1, 2))
        d.ellipse([x, y, x + r, y + r], fill=rng.randrange(60, 180))
    return img.rotate(PK_SKEW[n - 1], resample=Image.BICUBIC, fillcolor=247)


def _pk_ocr_lines(pg: dict, n: int) -> list[tuple[int, int, str, str]]:
    lines = [(PK_LEFT, 110, PK_HEADER_L, "hf"), (PK_RIGHT - 10, 110, PK_HEADER_R, "hfr")]
    lines += pg["ocr"]
    if n == 2:
        lines += [(860, 1600 + 26 * k - 40, t, "hand") for k, t in enumerate(PK_NOTE_OCR)]
    lines.append((0, 1640, PK_FOOTER.format(n=n, total=PK_TOTAL), "hfc"))
    return lines


def build_pk_pdf(path: Path) -> None:
    fonts = _pk_fonts()
    pages = _pk_layout()
    _pk_apply_misreads(pages)
    if "GlyphLessFont" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("GlyphLessFont", _font_path("DejaVuSans.ttf")))
    a4w, a4h = PK_W * 72 / PK_DPI, PK_H * 72 / PK_DPI
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(a4w, a4h), invariant=1, pageCompression=1)
    c.setCreator("ABBYY FineReader PDF 15")
    c.setProducer("ABBYY FineReader PDF 15")
    c.setTitle("Scan_0007_3_Paal-Knorr")
    c.setAuthor("MFP-2F-South")
    for n, pg in enumerate(pages, start=1):
        img = _pk_page_image(pg, n, fonts)
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=45, optimize=False)
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, a4w, a4h)
        for x, y, text, fk in _pk_ocr_lines(pg, n):
            font = fonts["hf" if fk in ("hfr", "hfc") else fk]
            shown = text if fk != "hand" else PK_NOTE[PK_NOTE_OCR.index(text)]
            if fk == "hand":
                ocr = text
            elif fk in ("hf", "hfr", "hfc"):
                ocr = _pk_ocr(text)
            else:
                ocr = _pk_ocr(text)
            px_w = font.getlength(shown if fk == "hand" else _pk_unocr(text))
            if fk == "hfr":
                x = PK_RIGHT - px_w
            elif fk == "hfc":
                x = (PK_W - px_w) / 2
            size_pt = font.size * 72 / PK_DPI
            base_px = y + font.getmetrics()[0]
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("GlyphLessFont", size_pt)
            natural = pdfmetrics.stringWidth(ocr, "GlyphLessFont", size_pt)
            t.setHorizScale(100.0 * (px_w * 72 / PK_DPI) / natural)
            t.setTextOrigin(x * 72 / PK_DPI, (PK_H - base_px) * 72 / PK_DPI)
            t.textOut(ocr)
            c.drawText(t)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def _pk_unocr(text: str) -> str:
    """The printed form of an OCR line (for its width): undo the misreads."""
    for printed, ocr in PK_MISREADS:
        text = text.replace(ocr, printed)
    return text


def _pk_units() -> list[str]:
    """One string per OCR text line, in page order, as the text layer holds it."""
    pages = _pk_layout()
    _pk_apply_misreads(pages)
    units: list[str] = []
    for n, pg in enumerate(pages, start=1):
        for _, _, text, fk in _pk_ocr_lines(pg, n):
            units.append(text if fk == "hand" else _pk_ocr(text))
    return units


# ---------------------------------------------------------------------------
# 2. Outlook message saved as .eml, HTML-only body: Tsuji-Wacker oxidation

WK_NAME = "tsuji-wacker-outlook-thread.eml"
WK_DOMAIN = "chem.example.ac.uk"
WK_PEOPLE = {
    "DK": ("Daniel Kowalski", f"d.kowalski@{WK_DOMAIN}"),
    "SW": ("Sam Whitfield", f"s.whitfield@{WK_DOMAIN}"),
    "HM": ("Helen Marsh", f"h.marsh@{WK_DOMAIN}"),
    "JL": ("Jonas Lindner", "jonas.lindner@lumen-chemistry.example.com"),
    "MG": ("Marsh Group", f"marsh-group@{WK_DOMAIN}"),
}
WK_SUBJECT = "Wacker oxidation keeps dying - Pd black after 2 h"
WK_BOUNDARY = "_004_DB9PR07MB87122F1B4D0A3C9E6B5C1E2AA3D02DB9PR07MB8712eurp_"
WK_CID = "image001.png@01DB9321.5A3C2F10"
_WK_SUBS = ("PdCl2", "CuCl2", "H2O", "O2", "NH4Cl", "NH3", "Et2O", "NaHCO3", "MgSO4")

# Message bodies.  Items: ("p", text), ("blank",), ("ol", [items]), ("ul", [items]),
# ("qa", question, answer) for the numbered questions with Daniel's red inline answers,
# ("img",), ("table", rows), ("sig", key), ("banner",), ("h", text) for a bold line.
WK_MSG_5 = [
    ("p", "Hi Sam,"), ("blank",),
    ("p", "Great – that settles it: the missing pre-stir was the problem. And yes, the "
          "blue-green crude is normal: those are copper salts, and the 3 M HCl wash (or the "
          "NH4Cl/NH3 wash if your compound does not like acid) takes them out."), ("blank",),
    ("p", "Before you move on to 14 and 22:"),
    ("ol", ["Keep each flask at 5 mmol until a new substrate has worked twice. Above 20 mmol we "
            "do not run Wacker oxidations with an O2 balloon in DMF at all – talk to Helen "
            "first.",
            "For the allyl ether 14 expect some aldehyde. An oxygen (or a protected nitrogen) on "
            "the allylic carbon coordinates to the palladium and sends part of the water to the "
            "terminal carbon, so you get 5–20% of the aldehyde as well as the methyl ketone. The "
            "aldehyde runs just above the ketone on TLC and shows a triplet at δ 9.8 in the 1H "
            "NMR. Separate them on the column; no change of conditions gets rid of it "
            "completely.",
            "Protect the free OH of 22 as the acetate before the oxidation (see my answer 7 "
            "below)."]),
    ("blank",),
    ("p", "I have also put this check-first list on the wiki page:"),
    ("ul", ["O2 balloon full, and the needle really in the headspace (not blocked with "
            "grease)?",
            "Catalyst pre-stirred under O2 for 1 h, until dark green, before the alkene went in?",
            "Stirring fast enough to keep a vortex (at least 800 rpm)?",
            "Water in the solvent (DMF/H2O 7:1)? Dry DMF alone gives no ketone.",
            "CuCl off-white or pale grey, not green-blue lumps? Old CuCl has been oxidised and "
            "hydrolysed by air; take a new bottle."]),
    ("blank",), ("p", "Daniel"), ("blank",), ("sig", "DK"),
]
WK_MSG_4 = [
    ("p", "Hi Daniel,"), ("blank",),
    ("p", "Thanks a lot. I repeated it exactly as in Jonas’s procedure: PdCl2/CuCl in DMF/water "
          "pre-stirred under O2 for 1 h (it went dark green), then the 1-decene over 5 min. No "
          "Pd black this time, TLC after 6 h showed mostly ketone, and after 24 h the alkene "
          "spot was gone. Isolated 2-decanone 0.59 g (76%) after the HCl/ether work-up; the NMR "
          "is clean (CH3 singlet at 2.13, triplet at 2.42, no vinyl signals between 4.9 and "
          "5.8)."), ("blank",),
    ("p", "TLC photo attached (lane 1 SM, lane 2 co-spot, lane 3 reaction; DNP dip, then "
          "anisaldehyde)."),
    ("img",), ("blank",),
    ("p", "One question: the crude was blue-green until the HCl wash – is that normal?"),
    ("blank",), ("p", "Sam"), ("blank",), ("sig", "SW"),
]
WK_MSG_3 = [
    ("p", "Hi Sam,"), ("blank",),
    ("p", "Answers in red below. Short version: your catalyst dies because the palladium is "
          "not reoxidised fast enough – you skipped the pre-stir and probably did not stir hard "
          "enough. Start again rather than trying to rescue that flask."), ("blank",),
    ("p", "Jonas did all our Wacker work before he left for Lumen; he sent me his procedure "
          "last week and I have pasted it under my signature. It is still the one we use. "
          "Follow it to the letter for 1-decene first."), ("blank",),
    ("p", "Daniel"), ("blank",), ("sig", "DK"),
]
WK_MSG_JONAS = [
    ("banner",),
    ("p", "Hi Daniel,"), ("blank",),
    ("p", "Good to hear from you! Here is the Wacker procedure as I ran it for three years – "
          "feel free to put it on the wiki."), ("blank",),
    ("h", "Standard Tsuji–Wacker oxidation (terminal alkene to methyl ketone), 5 mmol"),
    ("ol", ["Put PdCl2 (89 mg, 0.50 mmol, 10 mol%) and CuCl (495 mg, 5.0 mmol, 1.0 equiv) in a "
            "50 mL two-necked flask with a large oval stirrer bar.",
            "Add DMF (7.0 mL) and water (1.0 mL).",
            "Fit an O2 balloon on one neck, put an outlet needle through the septum of the other, "
            "let O2 flow through for 1 min and then take the outlet needle out.",
            "Stir vigorously under O2 at room temperature for 1 h. The brown-green suspension "
            "turns dark green once the copper has been oxidised. Do not skip this step.",
            "Add the 1-decene (0.95 mL, 701 mg, 5.0 mmol) by syringe over 5 min (slightly "
            "exothermic).",
            "Stir vigorously under O2 at room temperature for 24 h and refill the balloon when "
            "it is half empty. TLC: hexane/EtOAc 19:1, DNP dip for the ketone (orange spot), "
            "anisaldehyde for the alkene.",
            "Pour into cold 3 M HCl (30 mL) and extract with Et2O (3 × 20 mL). Wash the combined "
            "extracts with water (2 × 20 mL), saturated NaHCO3 (20 mL) and brine, dry over "
            "MgSO4 and filter through a little Celite to catch the palladium black.",
            "Concentrate and purify by column (hexane/EtOAc 20:1). 2-Decanone: colourless oil, "
            "0.55–0.62 g (70–80%)."]),
    ("blank",),
    ("h", "Oxidant systems I have used"),
    ("table", [["System", "Loadings", "Solvent", "Comments"],
               ["PdCl2 / CuCl / O2 balloon", "10 mol% / 1.0 equiv", "DMF/H2O 7:1",
                "Standard. Pre-stir 1 h. Cleanest."],
               ["PdCl2 / CuCl2 / O2 balloon", "10 mol% / 2.0 equiv", "DMF/H2O 7:1",
                "Starts faster, but gives chlorinated ketones (M+34) and more isomerised "
                "alkene"],
               ["PdCl2 / p-benzoquinone", "5 mol% / 1.0 equiv", "DMF/H2O 7:1 or MeCN/H2O 7:1",
                "No copper and no O2, so no chlorination; wash the hydroquinone out with 1 M "
                "NaOH"],
               ["PdCl2 / CuCl / air balloon", "10 mol% / 1.0 equiv", "DMF/H2O 7:1",
                "Works, 2–3 times slower"]]),
    ("blank",),
    ("h", "Notes on substrates"),
    ("ul", ["Only terminal alkenes react at a useful rate. 1,1-Disubstituted and internal "
            "alkenes are 10–100 times slower, so a terminal alkene can be oxidised next to an "
            "internal one.",
            "Styrenes give the acetophenone, but with more aldehyde and some C=C cleavage "
            "(benzaldehyde).",
            "Acrylates and other electron-poor alkenes do not react.",
            "Free amines and thioethers poison the catalyst: protect amines as amides or "
            "carbamates; thioethers do not work at all.",
            "Methyl ketones below C8 are volatile (2-hexanone boils at 127 °C): do not leave "
            "them on the high-vacuum line."]),
    ("blank",),
    ("p", "Safety: an O2 balloon at atmospheric pressure over DMF at room temperature is fine. "
          "Never heat a Wacker oxidation under O2, never connect the O2 cylinder directly to "
          "the flask, keep the solvent volume below 50 mL per flask and keep hot plates and "
          "other ignition sources out of that hood. PdCl2 is a skin sensitiser. Aqueous waste "
          "containing copper goes into the heavy-metal waste, not down the sink."),
    ("blank",), ("p", "Cheers,"), ("p", "Jonas"), ("blank",), ("sig", "JL"),
]
WK_MSG_2 = [
    ("p", "Hi Daniel,"), ("blank",),
    ("p", "I’m trying the Tsuji–Wacker on 1-decene as a test before my real substrates (the "
          "allyl ether 14 and the alkene 22): 5 mmol, 10 mol% PdCl2, 1 equiv CuCl, DMF/H2O "
          "7:1, O2 balloon, everything added at once. Some questions:"),
    ("qa", "After about 2 h a black precipitate formed and the reaction stopped at about 30% "
           "conversion. What is it, and can I rescue the flask?",
     "That is palladium black: Pd(0) that was not reoxidised in time and has clumped together. "
     "Once it has crashed out it does not go back into the cycle. You can try a fresh O2 "
     "balloon, faster stirring and another 5 mol% PdCl2, but it rarely works well – restart "
     "with the pre-stir. The causes, most common first: no pre-stir, poor stirring (the O2 "
     "has to get from the gas into the liquid), an empty or blocked balloon, old CuCl."),
    ("qa", "The NMR of an aliquot shows new olefin signals at δ 5.4 and the alkene spot looks "
           "smeared.",
     "Isomerisation. A Pd–H species moves the double bond along the chain, and the internal "
     "alkenes then react 10–100 times more slowly. It is worst when the reoxidation is slow "
     "(the same cause as the Pd black) and when the mixture gets warm, so keep it at room "
     "temperature. Expect 2–5% of 3-decanone from isomerised alkene even in a good run; it "
     "co-elutes with the product."),
    ("qa", "We have lots of CuCl2 – can I use it instead of CuCl?",
     "It works and starts faster, but CuCl2 chlorinates (look for M+34 with the 3:1 chlorine "
     "isotope pattern) and isomerises more. Stick with CuCl and O2. If chlorinated ketone "
     "shows up anyway, switch to the benzoquinone system in Jonas’s table."),
    ("qa", "Do I need dry DMF?",
     "No – water is a reagent. The oxygen of the ketone comes from the water, not from the "
     "O2. Keep DMF/H2O at 7:1; dry DMF gives no ketone. With much more water (1:1 or more) a "
     "greasy alkene forms a separate phase and the reaction slows down; for very lipophilic "
     "substrates use DMA/H2O 7:1 or add more DMF."),
    ("qa", "Could I use an air balloon instead? The regulator on our O2 cylinder is broken.",
     "Yes, but it is 2–3 times slower. Never connect the cylinder straight to the flask; take "
     "the O2 for the balloon from the cylinder in 3.14."),
    ("qa", "How do I get rid of the DMF and the copper in the work-up?",
     "Pour into cold 3 M HCl and extract with ether, as in step 7: the acid keeps the copper in "
     "the water and the water washes take out the DMF. If your compound is acid-sensitive, use "
     "10% aqueous NH4Cl made basic with a little ammonia instead (the water layer turns deep "
     "blue). If the product goes for biological testing, treat it with a Pd scavenger "
     "afterwards."),
    ("qa", "Substrate 22 has a free OH three carbons away from the alkene – is that a problem?",
     "Yes. An OH that can reach the coordinated alkene attacks instead of the water and gives "
     "a cyclic ether (a tetrahydrofuran or, after a second step, a cyclic ketal). Protect it as "
     "the acetate first; the HCl formed during the reaction also cleaves acid-sensitive "
     "protecting groups such as acetals."),
    ("blank",), ("p", "Thanks,"), ("p", "Sam"), ("blank",), ("sig", "SW"),
]
WK_SIGS = {
    "DK": ["Dr Daniel Kowalski | Postdoctoral Research Associate",
           "Marsh Group, School of Chemistry, Room 3.17",
           "Tel. +44 (0)113 496 0731"],
    "SW": ["Sam Whitfield | PhD student, Marsh Group | Lab 3.12"],
    "JL": ["Dr Jonas Lindner | Senior Scientist, Process Chemistry",
           "Lumen Chemistry Services Ltd, Unit 4, Heron Park",
           "This e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please tell the sender and delete it."],
}
WK_DISCLAIMER = ("Please consider the environment before printing this e-mail. The School of "
                 "Chemistry never asks for passwords by e-mail.")
# (header key, sent, to, cc, subject, body) from newest to oldest
WK_THREAD = [
    ("DK", "12 March 2025 09:14", ["SW"], ["HM"], "RE: " + WK_SUBJECT, WK_MSG_5),
    ("SW", "11 March 2025 18:05", ["DK"], ["HM"], "RE: " + WK_SUBJECT, WK_MSG_4),
    ("DK", "11 March 2025 10:32", ["SW"], ["HM"], "RE: " + WK_SUBJECT, WK_MSG_3),
    ("JL", "07 March 2025 16:21", ["DK"], [], "RE: old Wacker procedure?", WK_MSG_JONAS),
    ("SW", "10 March 2025 19:48", ["DK"], [], WK_SUBJECT, WK_MSG_2),
]

_WK_STYLE = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{mso-style-priority:34;
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;}
span.EmailStyle21
\t{mso-style-type:personal-reply;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
/* List Definitions */
@list l0
\t{mso-list-id:1021859214;
\tmso-list-type:hybrid;
\tmso-list-template-ids:-1447312536 134807567 134807577 134807579;}
@list l0:level1
\t{mso-level-tab-stop:none;
\tmso-level-number-position:left;
\ttext-indent:-18.0pt;}
@list l1
\t{mso-list-id:1583946201;
\tmso-list-type:hybrid;
\tmso-list-template-ids:1960718414 134807553 134807555 134807557;}
@list l1:level1
\t{mso-level-number-format:bullet;
\tmso-level-text:\\F0B7;
\tmso-level-tab-stop:none;
\tmso-level-number-position:left;
\ttext-indent:-18.0pt;
\tfont-family:Symbol;}
ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""


def _wk_inline(text: str) -> str:
    """Escape for Word's e-mail HTML: subscripts in formulas."""
    out = html.escape(text, quote=False)
    pattern = "(" + "|".join(re.escape(f) for f in sorted(_WK_SUBS, key=len, reverse=True)) + ")"

    def sub(m: re.Match) -> str:
        return re.sub(r"(\d+)", r"<sub>\1</sub>", m.group(1))

    return re.sub(r"(?<![A-Za-z])" + pattern + r"(?![a-z0-9])", sub, out)


def _wk_p(inner: str, style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{st}>{inner}<o:p></o:p></p>\n"


_WK_NBSP = "&nbsp;"


def _wk_list_item(inner: str, marker: str, lid: int, bullet: bool) -> str:
    pad = _WK_NBSP * (7 if bullet else 5) + " "
    mark = (f"<span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span "
            f"style='font:7.0pt \"Times New Roman\"'>{pad}</span></span></span>" if bullet else
            f"<span style='mso-list:Ignore'>{marker}<span style='font:7.0pt \"Times New "
            f"Roman\"'>{pad}</span></span>")
    return (f"<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l{lid} level1 "
            f"lfo{lid + 1}'><![if !supportLists]>{mark}<![endif]>{inner}<o:p></o:p></p>\n")


def _wk_table(rows: list[list[str]]) -> str:
    widths = [150, 105, 120, 230]
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
           "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    for r, row in enumerate(rows):
        out.append(f"<tr style='mso-yfti-irow:{r}'>\n")
        for c, cell in enumerate(row):
            inner = _wk_inline(cell)
            if r == 0:
                inner = f"<b>{inner}</b>"
            shade = "background:#D9E2F3;" if r == 0 else ""
            out.append(f"<td width={widths[c]} valign=top style='width:{widths[c] * 0.75:.1f}pt;"
                       f"border:solid windowtext 1.0pt;{shade}padding:0cm 5.4pt 0cm 5.4pt'>\n"
                       f"<p class=MsoNormal>{inner}<o:p></o:p></p>\n</td>\n")
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def _wk_sig(key: str) -> str:
    lines = "<br>\n".join(_wk_inline(x) for x in WK_SIGS[key])
    out = _wk_p(f"<span style='font-size:9.0pt;color:#595959'>{lines}</span>")
    if key in ("DK", "SW"):
        out += _wk_p(f"<span style='font-size:7.5pt;color:#A6A6A6'>{_wk_inline(WK_DISCLAIMER)}"
                     "</span>")
    return out


def _wk_body(items: list[tuple]) -> str:
    out: list[str] = []
    red = "color:#C00000"
    for item in items:
        kind = item[0]
        if kind == "p":
            out.append(_wk_p(_wk_inline(item[1])))
        elif kind == "h":
            out.append(_wk_p(f"<b>{_wk_inline(item[1])}</b>"))
        elif kind == "blank":
            out.append(f"<p class=MsoNormal><o:p>{_WK_NBSP}</o:p></p>\n")
        elif kind == "ol":
            for k, text in enumerate(item[1], start=1):
                out.append(_wk_list_item(_wk_inline(text), f"{k}.", 0, False))
        elif kind == "ul":
            for text in item[1]:
                out.append(_wk_list_item(_wk_inline(text), "", 1, True))
        elif kind == "qa":
            n = sum(1 for x in items[:items.index(item) + 1] if x[0] == "qa")
            out.append(_wk_list_item(_wk_inline(item[1]), f"{n}.", 0, False))
            out.append(f"<p class=MsoListParagraph><b><span style='{red}'>[DK]</span></b>"
                       f"<span style='{red}'> {_wk_inline(item[2])}</span><o:p></o:p></p>\n")
        elif kind == "img":
            out.append(_wk_p(f"<img width=200 height=140 style='width:2.0833in;height:1.4583in' "
                             f"id=\"Picture_x0020_1\" src=\"cid:{WK_CID}\" alt=\"TLC plate, "
                             f"three lanes\">"))
        elif kind == "table":
            out.append(_wk_table(item[1]))
        elif kind == "sig":
            out.append(_wk_sig(item[1]))
        elif kind == "banner":
            out.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
                       "align=left width=\"100%\" style='width:100.0%;mso-cellspacing:0cm;"
                       "mso-yfti-tbllook:1184;mso-table-lspace:2.25pt;mso-table-rspace:2.25pt;"
                       "mso-table-anchor-vertical:paragraph;mso-table-anchor-horizontal:column;"
                       "mso-table-left:left;mso-padding-alt:0cm 0cm 0cm 0cm'>\n<tr>\n"
                       "<td style='background:#FFB900;padding:5.25pt 1.5pt 5.25pt 1.5pt'></td>\n"
                       "<td width=\"100%\" style='width:100.0%;background:#FFF8E5;padding:5.25pt "
                       "3.75pt 5.25pt 11.25pt'>\n<div>\n<p class=MsoNormal style='mso-element:"
                       "frame;mso-element-frame-hspace:2.25pt;mso-element-wrap:around;"
                       "mso-element-anchor-vertical:paragraph;mso-element-anchor-horizontal:"
                       "column;mso-height-rule:exactly'><span style='font-size:9.0pt;font-family:"
                       "\"Segoe UI\",sans-serif;color:#222222'>CAUTION: This e-mail originated "
                       "outside the University. Do not click links or open attachments unless "
                       "you recognise the sender and know the content is safe.<o:p></o:p></span>"
                       "</p>\n</div>\n</td>\n</tr>\n</table>\n")
    return "".join(out)


def _wk_addr(keys: list[str]) -> str:
    return "; ".join(f"{WK_PEOPLE[k][0]} &lt;{WK_PEOPLE[k][1]}&gt;" for k in keys)


def _wk_header_block(frm: str, sent: str, to: list[str], cc: list[str], subject: str) -> str:
    cc_part = f"<br>\n<b>Cc:</b> {_wk_addr(cc)}" if cc else ""
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            "<p class=MsoNormal><b><span lang=EN-US style='font-family:\"Calibri\",sans-serif'>"
            "From:</span></b><span lang=EN-US style='font-family:\"Calibri\",sans-serif'> "
            f"{WK_PEOPLE[frm][0]} &lt;{WK_PEOPLE[frm][1]}&gt; <br>\n<b>Sent:</b> {sent}<br>\n"
            f"<b>To:</b> {_wk_addr(to)}{cc_part}<br>\n<b>Subject:</b> {html.escape(subject)}"
            "<o:p></o:p></span></p>\n</div>\n")


def wk_html() -> str:
    parts = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-"
             "com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m="
             "\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/"
             "REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
             "charset=Windows-1252\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 "
             "(filtered medium)\">\n<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\n"
             "o\\:* {behavior:url(#default#VML);}\nw\\:* {behavior:url(#default#VML);}\n.shape "
             "{behavior:url(#default#VML);}\n</style><![endif]-->" + _WK_STYLE + "\n</head>\n"
             "<body lang=EN-GB link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>\n"
             "<div class=WordSection1>\n"]
    for i, (frm, sent, to, cc, subject, body) in enumerate(WK_THREAD):
        if i:
            parts.append(f"<p class=MsoNormal><o:p>{_WK_NBSP}</o:p></p>\n<div>\n")
            parts.append(_wk_header_block(frm, sent, to, cc, subject))
            parts.append("</div>\n")
            parts.append(f"<p class=MsoNormal><o:p>{_WK_NBSP}</o:p></p>\n")
        parts.append(_wk_body(body))
    parts.append("</div>\n</body>\n</html>\n")
    return "".join(parts)


def _wk_png() -> bytes:
    img = Image.new("RGB", (200, 140), (236, 236, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 8, 160, 132], fill=(250, 250, 244), outline=(180, 180, 170))
    d.line([(44, 118), (156, 118)], fill=(120, 120, 200))
    spots = [(70, 30, (190, 160, 90)), (100, 30, (190, 160, 90)), (100, 62, (225, 120, 40)),
             (130, 62, (225, 120, 40)), (130, 57, (215, 110, 35))]
    for x, y, col in spots:
        d.ellipse([x - 6, y - 4, x + 6, y + 4], fill=col)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False)
    return out.getvalue()


def _fold(name: str, value: str) -> str:
    """Fold a header at spaces to lines of at most 78 characters (CRLF + space)."""
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() != f"{name}:":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def build_wk_eml(path: Path) -> None:
    body = wk_html().encode("cp1252", "xmlcharrefreplace")
    qp = quopri.encodestring(body).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    png = base64.encodebytes(_wk_png()).replace(b"\n", b"\r\n")
    dk, sw, hm = WK_PEOPLE["DK"], WK_PEOPLE["SW"], WK_PEOPLE["HM"]
    mid = "DB9PR07MB87122F1B4D0A3C9E6B5C1E2AA3D02@DB9PR07MB8712.eurprd07.prod.outlook.com"
    refs = ["DB9PR07MB8712A9C33F1E0B7D2E4F5A61A3D12@DB9PR07MB8712.eurprd07.prod.outlook.com",
            "AM6PR07MB5590C1D2E3F4A5B6C7D8E9F0A1B2C@AM6PR07MB5590.eurprd07.prod.outlook.com",
            "DB9PR07MB87124B5A6C7D8E9F0A1B2C3D4E5F6@DB9PR07MB8712.eurprd07.prod.outlook.com"]
    headers = [
        _fold("Received", "from DB9PR07MB8712.eurprd07.prod.outlook.com (2603:10a6:10:2f3::9) by "
              "AM6PR07MB5590.eurprd07.prod.outlook.com with HTTPS; Wed, 12 Mar 2025 09:14:29 "
              "+0000"),
        _fold("Received", "from DB9PR07MB8712.eurprd07.prod.outlook.com "
              "([fe80::4c1d:2a9b:7e31:90a2]) by DB9PR07MB8712.eurprd07.prod.outlook.com "
              "([fe80::4c1d:2a9b:7e31:90a2%5]) with mapi id 15.20.8511.026; Wed, 12 Mar 2025 "
              "09:14:28 +0000"),
        f"From: {dk[0]} <{dk[1]}>",
        f"To: {sw[0]} <{sw[1]}>",
        f"CC: {hm[0]} <{hm[1]}>",
        _fold("Subject", "RE: " + WK_SUBJECT),
        _fold("Thread-Topic", WK_SUBJECT),
        "Thread-Index: AQHbkgGJ5wq0CkFvNUm1s1d3xGZx9rNt1wGAgAB2PYCAAPlQAA==",
        "Date: Wed, 12 Mar 2025 09:14:27 +0000",
        f"Message-ID:\r\n <{mid}>",
        "References:\r\n" + "\r\n".join(f" <{r}>" for r in refs),
        f"In-Reply-To:\r\n <{refs[-1]}>",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "msip_labels:",
        _fold("authentication-results", "dkim=none (message not signed) header.d=none;dmarc=none "
              f"action=none header.from={WK_DOMAIN};"),
        "x-ms-publictraffictype: Email",
        "x-ms-traffictypediagnostic: DB9PR07MB8712:EE_|AM6PR07MB5590:EE_",
        "x-ms-office365-filtering-correlation-id: 5b1e0c3f-7d2a-4e8b-9c41-0a6f2d7e3b18",
        "x-ms-exchange-senderadcheck: 1",
        "x-ms-exchange-antispam-relay: 0",
        "Content-Type: multipart/related;\r\n\tboundary=\"" + WK_BOUNDARY + "\";\r\n"
        "\ttype=\"text/html\"",
        "MIME-Version: 1.0",
    ]
    png_raw = _wk_png()
    out = "\r\n".join(headers).encode("ascii") + b"\r\n\r\n"
    out += (f"--{WK_BOUNDARY}\r\nContent-Type: text/html; charset=\"Windows-1252\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode("ascii")
    out += qp + b"\r\n"
    out += (f"--{WK_BOUNDARY}\r\nContent-Type: image/png; name=\"image001.png\"\r\n"
            "Content-Description: image001.png\r\n"
            f"Content-Disposition: inline; filename=\"image001.png\"; size={len(png_raw)};\r\n"
            "\tcreation-date=\"Tue, 11 Mar 2025 18:05:12 GMT\";\r\n"
            "\tmodification-date=\"Tue, 11 Mar 2025 18:05:12 GMT\"\r\n"
            f"Content-ID: <{WK_CID}>\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n").encode("ascii")
    out += png + b"\r\n" + f"--{WK_BOUNDARY}--\r\n".encode("ascii")
    path.write_bytes(out)


# ---------------------------------------------------------------------------
# 3. Excel sheet saved as CSV UTF-8 and renamed .txt: analytical balances

BAL_NAME = "analytical-balance-excel-csv-export.txt"
BAL_NCOL = 7  # A-F visible, G hidden (editor's initials) but exported all the same
BAL_ROWS: list[list[str]] = [
    ["Balance room B2.14 – analytical balances: daily use, checks and troubleshooting"],
    ["Balance contact: Dr Ines Okafor (ext. 4417); deputy: Tomasz Wrona (ext. 4452)", "", "", "",
     "Last revised:", "12/03/2025 (v7)"],
    ["Read the CHECK FIRST block before you report a fault. Log every failed check in the "
     "paper log book on the shelf (the Log tab of this workbook is not exported)."],
    [],
    ["Section", "Ref", "Item", "What to do / why", "Limit or value", "If it fails", "Edited by"],
    # which balance
    ["Which balance", "B1", "Top-loading TL-4200", "Readability 0.01 g, capacity 4200 g. For "
     "anything above 220 g, for solvents by mass and for amounts where 10 mg does not matter.",
     "Min. sample 1 g for ±1%", "Use the next balance up or down", "IO"],
    ["Which balance", "B2", "Analytical AB-220 (left and right)", "Readability 0.1 mg, capacity "
     "220 g. Our working balances for reagents and products.", "Min. sample 20 mg for ±1%",
     "Below 20 mg use the SX-125 or make a stock solution", "IO"],
    ["Which balance", "B3", "Semi-micro SX-125", "Readability 0.01 mg up to 120 g, on the stone "
     "table in the anteroom. Only for samples below 20 mg: analytical samples, NMR standards, "
     "catalysts in mg amounts.", "Min. sample 2 mg for ±1%", "For less than 2 mg make a stock "
     "solution and take an aliquot", "IO"],
    ["Which balance", "B4", "How the minimum sample is worked out", "For ±1% the sample must "
     "weigh at least 200 times the repeatability (the standard deviation of 10 weighings).\n"
     "AB-220: SD 0.1 mg, so 20 mg.\nSX-125: SD 0.01 mg, so 2 mg.", "200 × SD", "", "TW"],
    [],
    # check first
    ["CHECK FIRST", "C1", "Level", "The air bubble of the level indicator (front left, under the "
     "draft shield) must sit in the middle of its circle. If it does not, turn the two rear "
     "feet until it does, then run an internal adjustment (CAL).", "Bubble fully inside the "
     "circle", "Relevel, then CAL", "IO"],
    ["CHECK FIRST", "C2", "Warm-up", "The balances stay switched on (standby) all the time. After "
     "a power cut, or if someone unplugged one, wait before using it.", "AB-220: 60 min\nSX-125: "
     "2 h", "Readings drift until it is warm", "IO"],
    ["CHECK FIRST", "C3", "Clean pan and chamber", "No powder on the pan, the pan support or the "
     "floor of the chamber. Loose powder on the pan is weighed with your sample; powder under "
     "the pan makes the zero drift.", "Nothing visible", "Clean it (see CL1)", "IO"],
    ["CHECK FIRST", "C4", "Doors and draughts", "All three draft-shield doors closed when you "
     "read the value. The air-conditioning vent above the door of B2.14 is blocked off on "
     "purpose: do not open it.", "Reading stable within ±0.1 mg for 10 s", "See T3", "TW"],
    ["CHECK FIRST", "C5", "Daily check weight", "First user of the day: put the 200 g check "
     "weight (class E2, wooden box in the top drawer) in the middle of the pan with the "
     "tweezers, read it, take it off and write the reading in the log book.", "AB-220: "
     "200.0000 g ± 0.5 mg", "Run CAL and repeat; if it is still outside, hang the \"Out of "
     "use\" sign on it and e-mail the balance contact", "IO"],
    ["CHECK FIRST", "C6", "Stability symbol", "Only write a value down when the stability "
     "symbol (the small circle at the left of the display) has gone out and the unit \"g\" is "
     "shown.", "", "", "IO"],
    [],
    # checks
    ["Checks", "K1", "Internal adjustment (CAL)", "The balance adjusts itself with its built-in "
     "weight when the room temperature changes by more than 1.5 °C. Force an adjustment with "
     "the CAL key after moving or relevelling the balance and whenever the check weight fails. "
     "Do not touch the bench while it runs (about 1 min).", "Display shows \"CAL done\"",
     "\"CAL Err\": see M4", "IO"],
    ["Checks", "K2", "Repeatability (monthly, balance contact)", "10 weighings of the 10 g "
     "weight, taking it off the pan each time.", "AB-220: SD ≤ 0.1 mg\nSX-125: SD ≤ 0.01 mg",
     "Service call", "TW"],
    ["Checks", "K3", "Off-centre loading (monthly, balance contact)", "Put the 100 g weight in "
     "the middle, then front, back, left and right, halfway to the edge of the pan.", "All "
     "within ±0.3 mg of the reading in the middle", "Service call", "TW"],
    ["Checks", "K4", "Service and external calibration", "Once a year by the service engineer; "
     "the sticker on the side shows the due date. The check weights are recalibrated every 2 "
     "years (certificates in the top drawer).", "Next service: 11/2025 (AB-220 L), #N/A "
     "(AB-220 R)", "After the due date, do not use it for analytical samples; tell the balance "
     "contact", "IO"],
    ["Checks", "K5", "Handling the check weights", "Only with the tweezers or clean gloves, never "
     "with bare fingers, and straight back into the box. Fingerprints leave grease and moisture "
     "that change the mass and collect dust.", "", "", "IO"],
    [],
    # technique
    ["Technique", "W1", "Containers", "Use the smallest container that holds the sample. Glass "
     "vials or aluminium boats for powders that charge up; plastic boats charge up themselves "
     "(see T4). Never put a chemical directly on the pan.", "", "", "IO"],
    ["Technique", "W2", "Tare and add", "Put the empty container in the middle of the pan, close "
     "the doors, press TARE (→0←), open one door, add the solid with a clean spatula, close the "
     "door and read.", "", "", "IO"],
    ["Technique", "W3", "Weighing by difference", "For hygroscopic solids, for solids that stick "
     "to the boat and whenever the exact amount that went into the flask matters: weigh the "
     "capped vial with the solid, tip the amount you need into the flask, weigh the capped "
     "vial again.", "Mass added = first reading − second reading", "", "TW"],
    ["Technique", "W4", "Liquids", "Weigh liquids in a capped vial, or by syringe: weigh the "
     "filled syringe, inject, weigh it again. Volatile solvents (Et2O, CH2Cl2, pentane) lose "
     "mass while you watch: cap them, or measure by volume and use the density (D1-D11).", "",
     "", "IO"],
    ["Technique", "W5", "Warm or cold objects", "Let anything from the oven, the fridge or an "
     "ice bath come to room temperature before weighing; glassware from the oven needs 30 min "
     "in the desiccator. A warm flask reads too light because the rising warm air lifts the "
     "pan; a cold one reads too heavy and collects condensation.", "Wait until it is at room "
     "temperature", "", "IO"],
    ["Technique", "W6", "Hygroscopic and air-sensitive solids", "Weigh quickly, by difference "
     "from a capped vial. Air-sensitive solids: tare a vial with its septum cap outside, fill it "
     "in the glovebox, cap it and weigh it outside again.", "", "", "TW"],
    ["Technique", "W7", "Stirrer bars and magnetic samples", "Take the stirrer bar out before "
     "you weigh a flask. A stirrer bar or a magnetic sample interacts with the weighing cell "
     "and gives an error of up to several mg that changes with its position. If you must weigh "
     "something magnetic, stand it on an upturned beaker to increase the distance to the "
     "pan.", "", "", "IO"],
    ["Technique", "W8", "Toxic and potent powders", "Weigh CMR and very toxic powders only in "
     "the ventilated balance enclosure in B2.16 (AB-220 number 3), never on the open bench. "
     "Do not weigh in a fume cupboard: the airflow makes the reading jump by several mg.", "",
     "", "IO"],
    ["Technique", "W9", "Where the load goes", "In the middle of the pan. A load near the edge "
     "reads differently (see K3).", "", "", "IO"],
    ["Technique", "W10", "Capacity", "Never lean on the pan or drop a load onto it. Flask plus "
     "contents plus any cork ring or beaker must stay below 220 g on the AB-220.", "Max. "
     "220 g", "Use the TL-4200", "IO"],
    [],
    # troubleshooting
    ["Troubleshooting", "Ref", "Symptom", "Likely cause", "Check", "What to do", ""],
    ["Troubleshooting", "T1", "Reading keeps falling", "Evaporation: a wet or volatile sample, "
     "solvent on the outside of the flask, or a warm container", "", "Cap the container, let "
     "it cool, dry the sample first", "IO"],
    ["Troubleshooting", "T2", "Reading keeps rising", "A hygroscopic sample taking up water "
     "(K2CO3, CaCl2, NaOH, P2O5, DMSO, many salts), or a cold object", "", "Weigh quickly by "
     "difference from a capped vial; bring cold items to room temperature", "IO"],
    ["Troubleshooting", "T3", "Reading never settles, jumps by a few tenths of a mg", "Draught "
     "(door open, someone walking past), vibration (bench bumped, a pump on the same bench) or "
     "static", "Doors closed?", "Close all doors, keep still, move pumps off the bench; if it "
     "goes on, see T4", "TW"],
    ["Troubleshooting", "T4", "Reading creeps one way, powder flies off the spatula or clings "
     "to the boat", "Static charge, worst below 30% relative humidity (winter)", "Hygrometer "
     "on the wall", "Use the antistatic gun or the ionising bar on the container and the "
     "spatula; glass or aluminium instead of plastic; touch the metal bench frame to discharge "
     "yourself", "IO"],
    ["Troubleshooting", "T5", "Zero does not come back after you take the load off", "Powder "
     "under the pan, temperature drift, or the pan touching the ring of the draft shield",
     "Zero stays within ±0.2 mg for 5 min", "Clean, reseat the pan, re-zero; after a power "
     "cut wait for the warm-up (C2)", "IO"],
    ["Troubleshooting", "T6", "Check weight outside the limit", "Not adjusted after a "
     "temperature change, not level, dirty, or faulty", "200.0000 g ± 0.5 mg", "CAL and "
     "repeat; if still outside, \"Out of use\" sign and e-mail the balance contact", "IO"],
    ["Troubleshooting", "T7", "The two AB-220s give different results", "One of them is not "
     "adjusted or not level", "Both within ±0.5 mg on the check weight", "Run the check weight "
     "on both, use the one that passes and report the other", "TW"],
    ["Troubleshooting", "T8", "Oven-dried flask weighs a few mg less than expected, then slowly "
     "gains", "Warm glass (rising air), then water taken up as it cools", "", "30 min in the "
     "desiccator before weighing", "IO"],
    ["Troubleshooting", "T9", "Reading changes when you move the flask on the pan", "Load off "
     "centre, or a stirrer bar or other magnetic object", "±0.3 mg of the centre reading",
     "Centre the load; take the stirrer bar out (W7)", "IO"],
    ["Troubleshooting", "T10", "Readings unstable only in the afternoon", "Sun through the "
     "window warming one side of the draft shield", "", "Close the blind", "TW"],
    ["Troubleshooting", "T11", "Spilled powder in the chamber", "", "", "Brush it out with the "
     "soft brush onto a tissue, wipe with a tissue moistened with water, then with ethanol. "
     "Never blow it out with compressed air or nitrogen. Toxic or unknown powder: tell the "
     "balance contact and follow the spill section of the SDS", "IO"],
    ["Troubleshooting", "T12", "Liquid spilled, or liquid under the pan", "", "", "Lift off the "
     "pan and the pan support, dry and clean them; corrosive liquids: tell the balance contact "
     "the same day, because the weighing cell corrodes", "IO"],
    [],
    # display messages
    ["Display messages", "Ref", "Message", "Meaning", "", "What to do", ""],
    ["Display messages", "M1", "OL", "Overload: more than the capacity on the pan", "", "Take the "
     "load off; use the TL-4200", "IO"],
    ["Display messages", "M2", "UL", "Underload: pan missing or not seated", "", "Reseat the pan "
     "and the pan support", "IO"],
    ["Display messages", "M3", "- - - - - (flashing dashes)", "No stable reading possible: "
     "draught, vibration or static", "", "See T3 and T4", "IO"],
    ["Display messages", "M4", "CAL Err", "Internal adjustment aborted by vibration or an open "
     "door", "", "Close the doors, keep still and press CAL again", "IO"],
    ["Display messages", "M5", "Level symbol flashing", "Not level (moved or bumped)", "",
     "Relevel (C1), then CAL", "TW"],
    ["Display messages", "M6", "Err 4", "Zero out of range at switch-on: something was on the pan "
     "when it was switched on", "", "Take everything off the pan and switch on again", "TW"],
    [],
    # densities
    ["Densities", "Ref", "Liquid", "Density at 20 °C", "", "Note", ""],
    ["Densities", "D1", "Dichloromethane (CH2Cl2)", "1.33 g/mL", "", "Volatile: cap it", "IO"],
    ["Densities", "D2", "Chloroform", "1.48 g/mL", "", "", "IO"],
    ["Densities", "D3", "THF", "0.889 g/mL", "", "", "IO"],
    ["Densities", "D4", "Diethyl ether", "0.713 g/mL", "", "Very volatile: by volume only if you "
     "accept ±5%", "IO"],
    ["Densities", "D5", "Triethylamine", "0.726 g/mL", "", "", "IO"],
    ["Densities", "D6", "DMF", "0.944 g/mL", "", "", "IO"],
    ["Densities", "D7", "DMSO", "1.10 g/mL", "", "Hygroscopic (T2)", "IO"],
    ["Densities", "D8", "Methanol", "0.792 g/mL", "", "", "IO"],
    ["Densities", "D9", "Toluene", "0.867 g/mL", "", "", "IO"],
    ["Densities", "D10", "Ethyl acetate", "0.902 g/mL", "", "", "IO"],
    ["Densities", "D11", "Water", "0.998 g/mL", "", "", "IO"],
    [],
    # cleaning and rules
    ["Cleaning", "CL1", "After every use", "Brush the pan and the floor of the chamber with the "
     "soft brush, and take your boat, paper and spatula away with you.", "", "", "IO"],
    ["Cleaning", "CL2", "Weekly (balance contact)", "Lift off the pan, clean it with a lint-free "
     "tissue and water, then ethanol. No acetone on the plastic parts of the draft shield.",
     "", "", "TW"],
    ["Cleaning", "CL3", "Never", "Compressed air, or any liquid poured or sprayed onto the "
     "balance.", "", "", "IO"],
    ["Rules", "R1", "Leave nothing behind", "No chemicals, open containers or waste left in "
     "B2.14. Used weighing boats and papers go into the solid chemical waste bin by the door.",
     "", "", "IO"],
    ["Rules", "R2", "Faults", "Write every failed check and every fault in the log book, with "
     "the date and your initials, and put the \"Out of use\" sign on a faulty balance.", "",
     "Intranet page: https://intranet.chem.example.ac.uk/facilities/balances", "IO"],
]


def bal_csv_text() -> str:
    """The CSV as Excel writes it: every row padded to the used range, CRLF row ends, LF
    inside quoted cells, quotes doubled."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in BAL_ROWS:
        w.writerow(row + [""] * (BAL_NCOL - len(row)))
    return buf.getvalue()


def build_bal_txt(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + bal_csv_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 4. MyST Markdown source page of a Jupyter Book: UV-Vis spectrophotometry

UV_NAME = "uv-vis-spectrophotometer-jupyter-book.md"
UV_TEXT = r"""---
jupytext:
  formats: md:myst
  text_representation:
    extension: .md
    format_name: myst
    format_version: 0.13
    jupytext_version: 1.16.4
kernelspec:
  display_name: Python 3 (ipykernel)
  language: python
  name: python3
substitutions:
  instrument: "SP-8 double-beam spectrophotometer"
  room: "room 1.22"
  warmup: "30 min"
  changeover: "340 nm"
---

(ch-uvvis)=
# UV–Vis spectrophotometry

This chapter of the instrument handbook covers the {{ instrument }} in {{ room }} and the
diode-array instrument next to it (DA-1, used for kinetics). It is written for synthetic
chemists who want a clean spectrum, a reliable molar absorption coefficient or a rate constant,
not for spectroscopists.

```{contents} On this page
:local:
:depth: 2
```

```{admonition} Check first
:class: tip
Before you decide that the instrument is faulty, check these five things:

1. Has the lamp been on for at least {{ warmup }}? The baseline drifts until it has.
2. Is the cuvette right for the wavelength range (quartz below 340 nm) and for the solvent?
3. Was the baseline recorded with the same solvent, from the same bottle, in the same cuvettes?
4. Is the absorbance of the band between 0.1 and 1.0?
5. Is the solution clear, without bubbles, and is the cuvette clean on the optical faces?
```

(sec-uvvis-instrument)=
## The instrument

The {{ instrument }} has two lamps: a deuterium lamp for the UV (190–{{ changeover }}) and a
tungsten-halogen lamp for the visible range ({{ changeover }}–1100 nm). The instrument switches
from one to the other at {{ changeover }}, and a small step in the baseline at that wavelength is
normal. If the step falls on a band you care about, move the changeover wavelength (Setup >
Source > Changeover) to 360 or 320 nm.

Switch the lamps on at least {{ warmup }} before you record the baseline. The deuterium lamp has
a life of about 2000 h; the software shows the lamp hours under Instrument > Status, and a noisy
UV baseline with lamp hours above 1800 means the lamp is due for replacement (tell the
instrument manager, do not change it yourself).

Use these settings unless you have a reason not to:

- Spectral bandwidth (slit) 1.0 nm. For sharp bands the bandwidth should be no more than a tenth
  of the width of the band at half height.
- Data interval 0.5 nm, scan speed "medium" (about 200 nm/min).
- Scan from long to short wavelength, so that the UV part, where photodegradation starts, is
  measured last.

## Cuvettes and solvents

```{list-table} Cuvette materials
:header-rows: 1
:widths: 22 18 60
:name: tbl-cuvettes

* - Material
  - Usable from
  - Notes
* - Quartz (fused silica)
  - 190 nm
  - The only choice below 300 nm; expensive, never in the ultrasonic bath with other glassware
* - Optical glass
  - 340 nm
  - Visible range only
* - Polystyrene (PS)
  - 340 nm
  - Dissolves in CH2Cl2, THF, toluene and acetone; water and alcohols only
* - PMMA
  - 300 nm
  - Crazes in acetone and CH2Cl2
* - UV-grade plastic
  - 220 nm
  - Disposable; water, methanol and acetonitrile only
```

The standard cuvette has a 10 mm path length and holds 3 mL. Semi-micro cells (1.4 mL) and
micro cells (0.7 mL) need the black masked holder, and the liquid must stand at least 20 mm
high in the cell, because the centre of the beam passes 15 mm above the floor of the cell
holder. For concentrated samples use the 1 mm or 2 mm cells instead of diluting.

Hold cuvettes by the frosted sides only. Rinse three times with the solvent of the measurement
before filling, wipe the optical faces with lens tissue, and always put the cell into the holder
the same way round (the small arrow on the top points towards the light source).

```{list-table} UV cut-off of common solvents (absorbance 1 in a 10 mm cell)
:header-rows: 1
:name: tbl-cutoff

* - Solvent
  - Cut-off
* - Water, acetonitrile
  - 190 nm
* - Hexane
  - 195 nm
* - Methanol
  - 205 nm
* - Ethanol
  - 210 nm
* - THF (unstabilised)
  - 212 nm
* - Dichloromethane
  - 233 nm
* - Chloroform
  - 245 nm
* - Ethyl acetate
  - 256 nm
* - DMSO, DMF
  - 268 nm
* - Toluene
  - 284 nm
* - Acetone
  - 330 nm
```

Below its cut-off a solvent absorbs so strongly that almost no light reaches the detector: the
spectrum there is noise, whatever the baseline correction says. Stabilised THF contains BHT,
which absorbs up to about 290 nm; use unstabilised THF from a fresh bottle. For spectra below
250 nm acetonitrile or water is the best solvent.

(sec-uvvis-beer)=
## Beer–Lambert and the useful absorbance range

The absorbance of a dilute solution follows the Beer–Lambert law:

```{math}
:label: eq-beer-lambert
A = \log_{10}\frac{I_0}{I} = \varepsilon \, c \, l
```

with {math}`\varepsilon` the molar absorption coefficient (M⁻¹ cm⁻¹), {math}`c` the
concentration (M) and {math}`l` the path length (cm). Measure in the range where the law holds
and the error is small: keep the band of interest between A = 0.1 and 1.0, best between 0.2
and 0.8. Below 0.1 the noise is a large fraction of the signal. Above about 1.5 the stray
light of the instrument becomes important: the measured absorbance is too low and the top of a
strong band is flattened. A spectrum that shows a flat top at A = 3–4 is not a spectrum of your
compound, it is the limit of the instrument.

## Measuring a molar absorption coefficient

1. Weigh at least 5 mg of the dried compound on the 0.01 mg balance and dissolve it in a 25 mL
   volumetric flask.
2. Make three dilutions with volumetric pipettes so that the band of interest lies between
   A = 0.2 and 0.8.
3. Record the baseline with pure solvent in both cuvettes, then the three samples from the most
   dilute to the most concentrated, rinsing the cuvette with the next solution each time.
4. Plot A against c; the slope divided by the path length is {math}`\varepsilon`. The line must
   pass through the origin; if it does not, see the troubleshooting entry on curved plots.
5. Report {math}`\lambda_{max}`, {math}`\varepsilon` and the solvent, for example
   "λmax (MeCN) 312 nm (ε 11 900 M⁻¹ cm⁻¹)".

The cell below does the calculation for a worked example (5.00 mg of a compound of molar mass
250.3 g/mol in 25.00 mL, diluted 1:10, A = 0.950 in a 10 mm cell).

```{code-cell} ipython3
:tags: [hide-input]
from myst_nb import glue

mass_mg, molar_mass, volume_ml, dilution, absorbance, path_cm = 5.00, 250.3, 25.00, 10, 0.950, 1.0
conc = mass_mg / molar_mass / volume_ml / dilution  # mol/L
eps = absorbance / (conc * path_cm)
glue("eps_example", eps, display=False)
print(f"c = {conc:.3e} M, epsilon = {eps:.0f} M^-1 cm^-1")
```

The result, {glue:text}`eps_example:.0f` M⁻¹ cm⁻¹, is quoted to three significant figures
(1.19 × 10⁴ M⁻¹ cm⁻¹); the weighing and the volumetric glassware do not allow more.

(sec-uvvis-kinetics)=
## Following a reaction

Use the DA-1 diode-array instrument in kinetics mode for reactions with half-lives from about
30 s to several hours. It records a whole spectrum every second, so you can watch one band
disappear and another grow.

- Choose a wavelength where starting material and product differ most; an isosbestic point (a
  wavelength where all spectra cross) shows that no intermediate builds up.
- Thermostat the cell holder (Peltier, 25.0 °C) for 10 min before you start, and put a micro
  stirrer bar into the cuvette.
- Start the measurement, then add the last reagent by syringe through the septum cap. The dead
  time is about 5 s.
- Under pseudo-first-order conditions (one reagent in at least tenfold excess) a plot of
  ln(A − A∞) against time is a straight line with the slope −k.

## Troubleshooting

:::{dropdown} Peaks point downwards, or the absorbance is negative
The blank absorbed more than the sample. Either the baseline was recorded with a different
solvent or a different bottle, or the sample and reference cuvettes were swapped. Record the
baseline again with solvent from the bottle you used for the sample.
:::

:::{dropdown} Flat-topped band at A = 3 to 4
Too concentrated: the instrument is measuring stray light. Dilute until the band lies below
A = 1, or use the 1 mm cell.
:::

:::{dropdown} Noise below 240 nm, nothing below 230 nm
You are below the cut-off of the solvent (CH2Cl2 absorbs below 233 nm) or of the cuvette
(glass and PS stop at 340 nm). Change to acetonitrile and a quartz cell.
:::

:::{dropdown} A step in the spectrum at 340 nm
That is the lamp changeover. A small step is normal; move the changeover wavelength if it sits
on your band (see {ref}`sec-uvvis-instrument`). A large step means the lamps have not warmed up.
:::

:::{dropdown} The spectrum changes from one scan to the next
Either the compound decomposes in the beam (photodegradation, usually a band in the UV growing or
disappearing) or the solvent evaporates and the solution gets more concentrated (CH2Cl2 and
ether in an open cell). Use a fresh sample, a fast scan and a PTFE stopper; compare two scans
taken one after the other before you trust either.
:::

:::{dropdown} Absorbance rises steadily towards short wavelengths, even where nothing absorbs
Light scattering by a suspension or a fine precipitate; the scattering grows steeply as the
wavelength gets shorter. Filter the solution through a 0.45 µm PTFE syringe filter, or
dissolve the sample completely before you measure.
:::

:::{dropdown} Sharp spikes and jumps in the spectrum
Air bubbles in the light path, often after degassing or in a cold solution warming up. Tap the
cell gently or refill it.
:::

:::{dropdown} The whole spectrum is too high, or differs between cuvettes
Fingerprints or a film on the optical faces, or a cuvette put in the other way round. Clean the
faces with lens tissue and solvent, and always insert the cell with the arrow towards the
source.
:::

:::{dropdown} A plot of A against concentration is curved
Above A = 1.5 stray light bends the line downwards. At any absorbance, aggregation (dyes and
flat aromatics), an acid–base equilibrium (phenols, amines, carboxylic acids) or hydrogen
bonding with the solvent change the spectrum with the concentration. Stay below A = 1, and for
acids and bases fix the protonation state by adding 0.1% TFA or 0.1% Et3N to the solvent.
:::

:::{dropdown} No signal at all from a micro cell
The liquid does not reach the beam: fill a micro cell to at least 20 mm, and use the masked
holder.
:::

:::{dropdown} λmax differs from the literature value by several nm
Solvent effects: polar and protic solvents shift π–π* and n–π* bands in opposite directions.
Compare only with data in the same solvent, and quote the solvent with every λmax.
:::

:::{dropdown} Condensation on the cuvette during a measurement below room temperature
Flush the cell compartment with dry nitrogen (about 2 L/min) during measurements below 15 °C.
:::

```{warning}
Do not look into the lamp housing: the deuterium lamp emits hard UV. The housing is hot for
15 min after the lamps are switched off. Solvent spills in the sample compartment must be
wiped up at once; chlorinated solvents attack the seals of the cell holder.
```

## Cleaning and looking after cuvettes

After use rinse the cuvette three times with the solvent of the measurement, then with ethanol,
and let it dry upside down on lens tissue. Residues that do not rinse out: soak quartz and glass
cells for 30 min in 2% Hellmanex solution, then rinse ten times with water and twice with
ethanol. Never leave solutions in a cuvette overnight, never use brushes or ultrasound on the
optical faces[^scratch], and do not dry cuvettes in the oven above 60 °C, because quartz cells
are glued together.

[^scratch]: A scratched optical face scatters light; scratched cells are thrown away.

## Glossary

```{glossary}
Absorbance
  {math}`A = \log_{10}(I_0/I)`; dimensionless, additive for mixtures.

Molar absorption coefficient
  {math}`\varepsilon` in M⁻¹ cm⁻¹; a property of the compound at one wavelength, in one solvent.

Spectral bandwidth
  The width of the band of wavelengths that passes the exit slit; 1 nm is our default.

Stray light
  Light of the wrong wavelength that reaches the detector; it limits the highest absorbance that
  can be measured.

Isosbestic point
  A wavelength at which two species interconverting in a reaction absorb equally, so all
  spectra of the reaction cross there.
```
"""


def build_uv_md(path: Path) -> None:
    path.write_text(UV_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 5. SharePoint Online modern page saved from the browser (.htm): Ugi reactions

UGI_NAME = "ugi-multicomponent-sharepoint-page.htm"
UGI_TITLE = "Ugi reactions – how we run them"
UGI_SITE = "https://uniofexample.sharepoint.com/sites/ChemHTE"
_UGI_SUBS = ("CH2Cl2", "Na2SO4", "NaHCO3", "Et3N", "C21H26N2O2", "C14H19NO3", "C14H13N",
             "C7H9N", "C5H11NO")

# Main text web part: ("h2"/"h3"/"p"/"ol"/"ul"/"table"/"pre"/"figure", payload)
UGI_MAIN = [
    ("p", "The Ugi four-component reaction (Ugi-4CR) joins an aldehyde or ketone, a primary "
          "amine, a carboxylic acid and an isocyanide in one pot to give an α-acylamino amide (a "
          "bis-amide). It is our workhorse for libraries of peptide-like compounds: four building "
          "blocks, no coupling reagent, and water as the only by-product. This page collects what "
          "the HTE team has learned from about 2,000 Ugi reactions run since 2021."),
    ("p", "If you read only one thing: preform the imine, use methanol at 1 M, add the "
          "isocyanide last, and check your isocyanide before you blame anything else."),
    ("h2", "How it works"),
    ("p", "The amine and the carbonyl compound condense to the imine and release water. The "
          "carboxylic acid protonates the imine, the isocyanide carbon adds to the iminium ion "
          "to give a nitrilium ion, the carboxylate traps the nitrilium ion as an imidate, and a "
          "final O→N acyl transfer (the Mumm rearrangement) gives the bis-amide. Every step up to "
          "the imidate is reversible; only the Mumm rearrangement is not, and it pulls the whole "
          "sequence through."),
    ("figure", ("Ugi mechanism drawn as five boxes: imine formation, protonation to the iminium "
                "ion, addition of the isocyanide to the nitrilium ion, trapping by the "
                "carboxylate to the imidate, Mumm rearrangement to the bis-amide",
                "Figure 1. The Ugi reaction in five steps; only the last one is irreversible.")),
    ("p", "Without the amine, the acid, the aldehyde and the isocyanide react on their own to an "
          "α-acyloxy amide: that is the Passerini reaction, the most common side reaction of the "
          "Ugi. Aprotic solvents, dilute solutions and slow imine formation all favour it."),
    ("h2", "Standard procedure (1.0 mmol model reaction)"),
    ("p", "Benzaldehyde, benzylamine, acetic acid and tert-butyl isocyanide give "
          "N-benzyl-N-[2-(tert-butylamino)-2-oxo-1-phenylethyl]acetamide."),
    ("ol", ["In a 4 mL screw-cap vial with a stirrer bar, dissolve benzaldehyde (102 µL, 1.00 "
            "mmol) and benzylamine (109 µL, 1.00 mmol) in MeOH (1.0 mL). Stir at room "
            "temperature for 30 min to form the imine.",
            "Add acetic acid (57 µL, 1.00 mmol).",
            "In the fume cupboard, add tert-butyl isocyanide (113 µL, 1.00 mmol) last, cap the "
            "vial at once and stir at room temperature for 24 h.",
            "Check by LC-MS (cheat sheet below): product [M+H]+ 339.2, Passerini product 250.1, "
            "imine 196.1.",
            "Concentrate, take the residue up in EtOAc (10 mL) and wash with 1 M HCl (5 mL), "
            "saturated NaHCO3 (5 mL) and brine (5 mL). Dry over Na2SO4 and concentrate.",
            "Purify by column (hexane/EtOAc 2:1) or, often enough, by crystallisation from "
            "EtOAc/hexane. Typical yield 75–90%."]),
    ("p", "If the product precipitates from the methanol during the reaction, filter it off and "
          "wash it with a little cold methanol: that is usually the purest material you will "
          "get."),
    ("h2", "Choosing the conditions"),
    ("table", [["Parameter", "What we use", "Why, and when to change it"],
               ["Solvent", "MeOH; 2,2,2-trifluoroethanol (TFE) for anilines and other weak "
                "nucleophiles", "Polar protic solvents speed up imine formation and the addition "
                "to the iminium ion and suppress the Passerini reaction. Avoid CH2Cl2, THF and "
                "toluene."],
               ["Concentration", "1 M in each component (0.5–2 M)", "Much slower below 0.2 M; "
                "dilute solutions give more Passerini product."],
               ["Order of addition", "Amine + aldehyde first (30–60 min), then the acid, the "
                "isocyanide last", "The imine is ready, and the isocyanide spends the shortest "
                "possible time with the acid."],
               ["Stoichiometry", "1:1:1:1; 1.2 equiv of the cheapest or most volatile component",
                "1.2 equiv of amine helps when imine formation is slow."],
               ["Temperature", "Room temperature; 40–50 °C for ketones and hindered components",
                "Above 60 °C the isocyanide decomposes faster than it reacts."],
               ["Time", "24 h (12–48 h)", "Ketones need 2–4 days."],
               ["Water scavenger", "Usually none; powdered 4 Å molecular sieves (100 mg per "
                "mmol) during imine formation for slow imines", "The reaction tolerates the "
                "water it produces."]]),
    ("h2", "The four components"),
    ("h3", "Aldehydes and ketones"),
    ("p", "Aliphatic and aromatic aldehydes work well. Aliphatic aldehydes with an α-CH2 can "
          "undergo aldol side reactions, so preform their imines at 0 °C. Paraformaldehyde works "
          "after 1 h with the amine at 50 °C. Ketones are 10–100 times slower: cyclohexanone and "
          "acetone work at 40–50 °C in TFE over 2–4 days, aryl ketones hardly react."),
    ("h3", "Amines"),
    ("p", "Primary alkyl amines are best. Anilines are slower because they form imines slowly: "
          "use TFE at 2 M and 40 °C. Secondary amines cannot complete the Mumm rearrangement and "
          "give other products (amidines and imidates), so do not use them in a standard Ugi. "
          "Ammonia gives complex mixtures; use 2,4-dimethoxybenzylamine as an ammonia substitute "
          "and remove the benzyl group afterwards with TFA at 60 °C. Amine hydrochlorides: add "
          "1.0 equiv of Et3N and allow 10 min more for imine formation."),
    ("h3", "Carboxylic acids"),
    ("p", "Almost any carboxylic acid works; formic acid gives N-formyl products. N-Boc amino "
          "acids react well at room temperature with little epimerisation, but do not heat them. "
          "Very insoluble acids (free amino acids, some heteroaromatic acids) react poorly: use a "
          "more soluble derivative or TFE. Mineral acids and sulfonic acids give no Ugi "
          "product."),
    ("h3", "Isocyanides"),
    ("p", "tert-Butyl, cyclohexyl, benzyl and n-butyl isocyanide are the ones we stock (see "
          "the Isocyanide stock list). Isocyanides slowly hydrolyse to formamides with moisture "
          "and acid and polymerise on storage, turning from colourless to yellow to brown: a "
          "dark isocyanide is the most common reason for a failed Ugi."),
    ("p", "Check it before use: the IR spectrum shows a strong, sharp N≡C band near 2140 cm⁻¹, "
          "and the formamide from hydrolysis shows a C=O band near 1670 cm⁻¹ and a CHO signal at "
          "δ 8.0–8.2 in the 1H NMR. Store isocyanides at 2–8 °C under nitrogen, in the dark, "
          "with the cap taped. Aryl isocyanides are less nucleophilic and less stable; use them "
          "fresh. We do not make isocyanides in the HTE lab: order them or ask the synthesis "
          "team."),
    ("h2", "LC-MS cheat sheet for the model reaction"),
    ("pre", ["Species                          Formula       [M+H]+",
             "Ugi product                      C21H26N2O2    339.21",
             "Passerini product                C14H19NO3     250.14",
             "Imine (PhCH=NBn)                 C14H13N       196.11",
             "Benzylamine                      C7H9N         108.08",
             "N-tert-butylformamide            C5H11NO       102.09"]),
    ("p", "General rule: Ugi product = sum of the four components − 18 (water). Passerini "
          "product = aldehyde + acid + isocyanide, with no loss. A peak at amine + aldehyde − 18 "
          "is the imine; isocyanide + 18 is the formamide from hydrolysed isocyanide."),
    ("h2", "Scaling up"),
    ("p", "Ugi reactions scale well because nothing has to be removed during the reaction. Above "
          "10 mmol add the isocyanide over 10 min with the flask in a water bath: the addition "
          "to the iminium ion releases heat, and at 2 M the mixture can reach the boiling point "
          "of methanol. Keep the concentration at 1 M, expect the product to crystallise, and use "
          "an overhead stirrer if a thick slurry forms."),
    ("h2", "Safety and waste"),
    ("p", "Isocyanides are toxic as well as foul-smelling: handle them only in a fume cupboard, "
          "with nitrile gloves, and never take an open vial out of the hood. TFE is toxic to "
          "reproduction and volatile; use it in the hood and collect it with the halogenated "
          "solvent waste. Treat isocyanide residues with 1 M HCl in methanol before they go "
          "into the solvent waste, and keep the waste container closed."),
]
# Collapsible troubleshooting sections: (title, [paragraphs])
UGI_TROUBLE = [
    ("Mostly Passerini product (m/z 250 in the model reaction)",
     ["Cause: imine formation was too slow or not finished when the isocyanide went in, an "
      "aprotic solvent, or too dilute a solution.",
      "Fix: preform the imine for 30–60 min and check by LC-MS that the aldehyde has gone, run "
      "in MeOH or TFE at 1 M, use 1.2 equiv of amine and add the isocyanide last."]),
    ("Isocyanide used up, imine and acid still there",
     ["Cause: the isocyanide decomposed or was hydrolysed (old or wet bottle, long contact with "
      "the acid); look for the formamide peak at isocyanide + 18.",
      "Fix: use fresh isocyanide, 1.2–1.5 equiv, added last, and check the old bottle by IR "
      "before you throw the next reaction at it."]),
    ("Nothing happens with an aniline",
     ["Cause: anilines form imines slowly.",
      "Fix: TFE at 2 M and 40 °C for 48 h; preform the imine with powdered 4 Å sieves."]),
    ("A ketone does not react",
     ["Fix: 40–50 °C in TFE at 2 M for 2–4 days, and expect 30–60%. Aryl ketones are not worth "
      "the effort."]),
    ("Product is a 1:1 mixture of diastereomers",
     ["Cause: the new stereocentre forms with almost no selectivity; chiral amines or acids "
      "typically give 1:1 to 2:1.",
      "Fix: separate the diastereomers by chromatography or prep HPLC. No simple change of "
      "conditions improves the ratio."]),
    ("Epimerised amino acid in the product",
     ["Cause: heating an N-protected amino acid component, or a long reaction with excess "
      "amine.",
      "Fix: room temperature only, 1.0 equiv of amine, and check the product against the "
      "epimer by HPLC."]),
    ("Low yield with an amine hydrochloride",
     ["Cause: the amine was never free to form the imine.",
      "Fix: add 1.0 equiv of Et3N with the hydrochloride, or free-base the amine first."]),
    ("Product will not separate from amine or acid",
     ["Fix: the bis-amide is neutral, so the 1 M HCl and NaHCO3 washes of step 5 remove the "
      "amine and the acid. If one of your components carries a basic group, the product is "
      "basic too: skip the HCl wash and purify by column."]),
    ("The lab smells of isocyanide",
     ["Cause: open vials, contaminated syringes and spatulas, or isocyanide in the rotavap "
      "trap. The smell is noticed at very low levels and people will complain.",
      "Fix: keep vials capped. In the fume cupboard, rinse syringes, needles, spatulas and "
      "glassware with 1 M HCl in methanol before washing them: the acid hydrolyses the "
      "isocyanide to the formamide, which does not smell. Keep isocyanide waste in a closed "
      "container with some acidic methanol."]),
]
UGI_CHECK_FIRST = [
    "Is the isocyanide colourless to pale yellow? Brown means decomposed.",
    "Was the imine preformed for 30–60 min before the acid and the isocyanide went in?",
    "Solvent MeOH or TFE, at 1 M?",
    "Primary amine, as the free base?",
    "LC-MS: which mass dominates – product, Passerini product, imine or formamide?",
]
UGI_QUICK_LINKS = ["Isocyanide stock list", "LC-MS booking", "Waste rules for isocyanides",
                   "HTE request form", "Vial blocks and stirrers"]
UGI_COMMENTS = [
    ("Marco Ferri", "5 March 2025", "Does TFE really make a difference with anilines? We got "
     "20% in MeOH.", 3,
     [("Priya Natarajan", "5 March 2025", "Yes – with 4-fluoroaniline we went from 25% in MeOH "
       "to 70% in TFE at 2 M and 40 °C.", 5)]),
    ("Ravi Patel", "20 February 2025", "Is there a safe way to get rid of the tBuNC smell in the "
     "rotavap trap?", 2,
     [("Priya Natarajan", "21 February 2025", "Add 20 mL of 1 M HCl in methanol to the trap "
       "flask and leave it for an hour in the fume cupboard before you empty it.", 4)]),
    ("Lena Vogt", "11 February 2025", "Can I run it in water instead of methanol?", 0,
     [("Priya Natarajan", "12 February 2025", "Some Ugi reactions work in water when the "
       "components are insoluble, but we have not validated that here. Stick to MeOH or TFE.",
       1)]),
]


def _ugi_inline(text: str) -> str:
    out = html.escape(text, quote=False)
    pattern = "(" + "|".join(re.escape(f) for f in sorted(_UGI_SUBS, key=len, reverse=True)) + ")"

    def sub(m: re.Match) -> str:
        return re.sub(r"(\d+)", r"<sub>\1</sub>", m.group(1))

    return re.sub(r"(?<![A-Za-z])" + pattern + r"(?![a-z0-9])", sub, out)


_UGI_CSS = """
    body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system,
      BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; color: #323130; }
    .o365sx-navbar { background: #03787c; height: 48px; color: #fff; display: flex; }
    .CanvasZone { max-width: 1204px; margin: 0 auto; }
    .CanvasSection-xl8 { width: 66.6%; float: left; }
    .CanvasSection-xl4 { width: 33.3%; float: left; }
    .CanvasZone--collapsible .collapsibleContent.is-collapsed { display: none; }
    .canvasRteResponsiveTable table { border-collapse: collapse; }
    .canvasRteResponsiveTable td { border: 1px solid #c8c6c4; padding: 4px 8px;
      vertical-align: top; }
    .a_b_c2f3a7e2 { color: #605e5c; font-size: 12px; }
"""


def _ugi_rte(items: list[tuple]) -> str:
    out: list[str] = []
    for kind, payload in items:
        if kind in ("h2", "h3"):
            out.append(f"<{kind}>{_ugi_inline(payload)}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{_ugi_inline(payload)}</p>")
        elif kind in ("ol", "ul"):
            lis = "".join(f"<li>{_ugi_inline(x)}</li>" for x in payload)
            out.append(f"<{kind}>{lis}</{kind}>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(payload):
                cells = "".join(f"<td><strong>{_ugi_inline(c)}</strong></td>" if r == 0 else
                                f"<td>{_ugi_inline(c)}</td>" for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append('<div class="canvasRteResponsiveTable"><div class="tableWrapper">'
                       '<table title="Table" class="simpleTableStyleNeutral"><tbody>'
                       + "".join(rows) + "</tbody></table></div></div>")
        elif kind == "pre":
            body = "\n".join(html.escape(x, quote=False) for x in payload)
            out.append(f"<pre><code>{body}</code></pre>")
        elif kind == "figure":
            alt, cap = payload
            out.append(f"<div data-sp-feature-tag=\"ImageWebPart\" class=\"imageWebPart\"><figure>"
                       f"<img src=\"./{UGI_TITLE}_files/ugi-mechanism.png\" alt=\"{html.escape(alt)}\""
                       f" width=\"640\" height=\"220\"><figcaption data-automation-id="
                       f"\"captionElement\">{_ugi_inline(cap)}</figcaption></figure></div>")
    return "\n".join(out)


def _ugi_control(inner: str, tag: str, cid: str) -> str:
    return (f'<div class="ControlZone" data-automation-id="CanvasControl" id="{cid}">'
            f'<div data-sp-feature-tag="{tag}" data-sp-feature-instance-id="{cid}">'
            f"{inner}</div></div>")


def ugi_html() -> str:
    ctx = ('{"webAbsoluteUrl":"' + UGI_SITE + '","webServerRelativeUrl":"/sites/ChemHTE",'
           '"webTitle":"HTE Chemistry","webLanguage":2057,"pageItemId":42,"pageListId":'
           '"{3f1c2b7a-9d4e-4c21-8a55-0e6d2b9f7c13}","userDisplayName":"","isAnonymousGuestUser":'
           'false,"siteClassification":"Internal","currentUICultureName":"en-GB"}')
    main = _ugi_rte(UGI_MAIN)
    check = ("<h3>Check first</h3><ul>" + "".join(f"<li>{_ugi_inline(x)}</li>"
                                                  for x in UGI_CHECK_FIRST) + "</ul>")
    links = "".join(f'<li class="quickLinkItem"><a href="{UGI_SITE}/Lists/QuickLinks/{k}" '
                    f'data-automation-id="quick-links-item-title">{html.escape(t)}</a></li>'
                    for k, t in enumerate(UGI_QUICK_LINKS, start=1))
    props = ('<div class="pagePropertiesWebPart"><h3>Page properties</h3><dl>'
             "<dt>Page owner</dt><dd>Priya Natarajan</dd><dt>Last reviewed</dt><dd>12/03/2025</dd>"
             "<dt>Applies to</dt><dd>HTE lab 2.05; synthesis labs 2.07–2.11</dd></dl></div>")
    sections = []
    for k, (title, paras) in enumerate(UGI_TROUBLE, start=1):
        body = "".join(f"<p>{_ugi_inline(p)}</p>" for p in paras)
        sections.append(
            f'<div class="CanvasZone CanvasZone--collapsible" data-automation-id="CanvasZone">'
            f'<div class="collapsibleHeader"><button class="ms-Button" aria-expanded="false" '
            f'data-automation-id="CollapsibleSectionHeader" aria-controls="cs-{k}"><i '
            f'class="ms-Icon ms-Icon--ChevronRight" aria-hidden="true"></i><h2 class="headerText">'
            f"{_ugi_inline(title)}</h2></button></div>"
            f'<div class="collapsibleContent is-collapsed" id="cs-{k}" role="region">'
            + _ugi_control(f'<div data-automation-id="textBox" class="cke_editable rte--read '
                           f'isFluentRTE ck-content">{body}</div>', "Rte Text Web Part",
                           f"ts{k:02d}-7c1e")
            + "</div></div>")
    comments = []
    for name, date, text, likes, replies in UGI_COMMENTS:
        rep = "".join(
            f'<div class="comment reply" data-automation-id="reply"><div class="persona">'
            f'<span class="personaName">{html.escape(rn)}</span><span class="a_b_c2f3a7e2">'
            f'{rd}</span></div><div class="commentText">{_ugi_inline(rt)}</div>'
            f'<div class="commentActions"><button>Like</button><span>{rl}</span>'
            f"<button>Reply</button></div></div>" for rn, rd, rt, rl in replies)
        comments.append(
            f'<div class="comment" data-automation-id="comment"><div class="persona"><span '
            f'class="personaName">{html.escape(name)}</span><span class="a_b_c2f3a7e2">{date}'
            f'</span></div><div class="commentText">{_ugi_inline(text)}</div><div '
            f'class="commentActions"><button>Like</button><span>{likes}</span><button>Reply'
            f"</button></div>{rep}</div>")
    rte = '<div data-automation-id="textBox" class="cke_editable rte--read isFluentRTE ck-content'
    comp_ids = ('["d1d91016-032f-456d-98a4-721247c305e8","c70391ea-0b10-4ee9-b2b4-006d3fcad0cd",'
                '"cbe7b0a9-3504-44dd-a3a3-0e5cacd07788"]')
    files = f"./{UGI_TITLE}_files"
    nav = "".join(f'<li><a href="{UGI_SITE}{href}">{label}</a></li>' for href, label in (
        ("", "Home"), ("/Shared%20Documents", "Documents"), ("/SitePages", "Pages"),
        ("/Lists/Booking", "Instrument booking"), ("/_layouts/15/viewlsts.aspx", "Site contents")))
    section = ('<div class="CanvasSection CanvasSection-col CanvasSection-sm12{}" '
               'data-automation-id="CanvasSection">')
    lines = [
        "<!DOCTYPE html>",
        f"<!-- saved from url=(0094){UGI_SITE}/SitePages/Ugi-reactions-how-we-run-them.aspx -->",
        '<html dir="ltr" lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" '
        'content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(UGI_TITLE)}</title>",
        f'<link rel="stylesheet" href="{files}/sp-pages-assembly_en-gb_5f6a1c0e3b.css">',
        f"<style>{_UGI_CSS}</style>",
        f'<script type="text/javascript">var _spPageContextInfo={ctx};</script>',
        f'<script type="text/javascript">var _spClientSideComponentIds={comp_ids};</script>',
        f'<script src="{files}/sp-pages-assembly_en-gb_9d2e7a41b8.js" async=""></script>',
        "</head>",
        '<body class="ms-Fabric" dir="ltr">',
        '<div id="SuiteNavWrapper"><div class="o365sx-navbar" role="banner"><a '
        f'class="o365sx-appName" href="{UGI_SITE}">SharePoint</a><div class="o365sx-search">'
        '<input type="search" placeholder="Search this site" aria-label="Search this site"></div>'
        '<button class="o365sx-button" aria-label="Settings">Settings</button><button '
        'class="o365sx-button" aria-label="Help">?</button><div class="o365sx-persona" '
        'aria-label="Account manager">PN</div></div></div>',
        '<div id="spSiteHeader" data-automation-id="SiteHeader"><div class="siteLogo"><span '
        f'class="logoInitials">HC</span></div><div class="siteTitle"><a href="{UGI_SITE}" '
        'data-automation-id="SiteHeaderTitle">HTE Chemistry</a></div>',
        f'<nav class="ms-HorizontalNav" aria-label="Site navigation"><ul>{nav}</ul></nav>',
        '<div data-automation-id="siteHeaderActions"><button>Following</button><span>Private '
        "group</span><span>42 members</span></div></div>",
        '<div class="commandBar" data-automation-id="pageCommandBar" role="menubar"><button>+ New'
        "</button><button>Promote</button><button>Page details</button><button>Immersive Reader"
        '</button><span class="a_b_c2f3a7e2">Published 12/03/2025</span><button>Share</button>'
        "</div>",
        '<div class="CanvasComponent" data-automation-id="CanvasComponent">',
        '<div class="pageHeader" data-automation-id="pageHeader"><div class="titleRegion"><h1 '
        'data-automation-id="pageTitle" role="heading" aria-level="1">'
        f"{html.escape(UGI_TITLE)}</h1></div>",
        '<div data-automation-id="pageHeaderAuthorByline" class="authorByline"><span '
        'class="authorName">Priya Natarajan</span><span class="a_b_c2f3a7e2">Senior Research '
        'Scientist, HTE Chemistry</span><span class="a_b_c2f3a7e2">Published 12 March 2025'
        "</span></div></div>",
        '<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasZoneContainer">',
        section.format(" CanvasSection-xl8"),
        _ugi_control(f'{rte}">{main}</div>', "Rte Text Web Part", "a41c9e52-0d1f"),
        "</div>",
        section.format(" CanvasSection-xl4"),
        _ugi_control(f'{rte} calloutBox">{check}</div>', "Rte Text Web Part", "b8d20f13-66a2"),
        _ugi_control('<div class="quickLinksWebPart"><h3>Quick links</h3><ul class="quickLinks">'
                     + links + "</ul></div>", "QuickLinksWebPart", "c0e7a5d4-1b39"),
        _ugi_control(props, "PagePropertiesWebPart", "d93f6b21-8ce0"),
        "</div></div></div>",
        '<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasZoneContainer">'
        + section.format(""),
        _ugi_control(f'{rte}"><h2>Troubleshooting</h2><p>Click a symptom to open it.</p></div>',
                     "Rte Text Web Part", "e2a8c7f0-4d55"),
        "</div></div></div>",
        "".join(sections),
        '<div class="socialBar" data-automation-id="socialBar"><button>Like</button><span>14 '
        "likes</span><span>318 views</span><button>Save for later</button></div>",
        '<div class="commentsWrapper" data-automation-id="CommentsWrapper"><h2>Comments</h2><div '
        'class="addComment"><textarea placeholder="Add a comment. Type @ to mention someone" '
        'aria-label="Add a comment"></textarea></div>',
        "".join(comments),
        "</div>",
        "</div>",
        '<div class="siteFooter" data-automation-id="SiteFooter"><span>HTE Chemistry · School of '
        f'Chemistry</span><a href="{UGI_SITE}/SitePages/Accessibility.aspx">Accessibility</a></div>',
        '<script type="text/javascript">window.__spPageLoadTime=1741781632114;</script>',
        "</body></html>",
        "",
    ]
    return "\n".join(lines)



def build_ugi_htm(path: Path) -> None:
    path.write_text(ugi_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 6. Word document with floating text boxes (DrawingML + VML fallback): MBH reaction

MBH_NAME = "baylis-hillman-word-text-boxes.docx"
MBH_HEADER = "GG-14 Morita–Baylis–Hillman reactions · version 2"
MBH_FOOTER = ("Page ", " of ")
MBH_PAGES = 5
_MBH_SUBS = ("CH2Cl2", "Na2SO4", "D2O", "H2O2", "CDCl3")

# Body: ("title"|"subtitle"|"toc"|"h1"|"p"|"step"|"bullet"|"caption"|"table"|"box", payload)
# h1 payload: (number, text, page) - the number comes from the list numbering of the Heading 1
# style, so the heading paragraph itself holds only the text; the TOC shows both.
MBH_BOXES = {
    "check": ("FFF2CC", "BF9000", [
        ("b", "Check first"),
        ("li", "Is the aldehyde clean? Old aldehyde contains the carboxylic acid, which "
               "neutralises the catalyst."),
        ("li", "Is the acrylate still inhibited and free of polymer (no cloudiness, no gel)?"),
        ("li", "Dry DABCO, or the right catalyst for your alkene (DMAP for cyclic enones)?"),
        ("li", "Protic solvent (MeOH or THF/water) and concentrated (1 M or more)?"),
        ("li", "Have you given it enough time? Benzaldehyde needs days, not hours."),
    ]),
    "numbers": ("DEEAF6", "2F5496", [
        ("b", "How long does benzaldehyde take? (our data)"),
        ("p", "Methyl acrylate 1.5 equiv, DABCO 1.0 equiv, room temperature:"),
        ("li", "neat: 7 days, 75%"),
        ("li", "CH2Cl2, 1 M: 10 days, 40%"),
        ("li", "MeOH, 1 M: 48 h, 80%"),
        ("li", "3-HQD instead of DABCO, MeOH, 1 M: 24 h, 82%"),
    ]),
    "quote": ("FFFFFF", "A6A6A6", [
        ("q", "“The slow step is a proton transfer, so give the reaction a protic solvent and "
              "patience before you change anything else.”"),
    ]),
    "safety": ("FBE4D5", "C00000", [
        ("b", "Methyl vinyl ketone"),
        ("p", "MVK is fatal if inhaled and a severe lachrymator. Open the bottle only in the fume "
              "cupboard, transfer it by syringe, rinse the syringe with ethanol into the waste "
              "inside the hood, and never take MVK solutions to the rotary evaporator outside a "
              "fume cupboard."),
    ]),
}
MBH_BODY: list[tuple] = [
    ("title", "Morita–Baylis–Hillman reactions"),
    ("subtitle", "Group guide GG-14: how to get them to go, and what goes wrong. Version 2, "
                 "March 2025."),
    ("toc",),
    ("h1", ("1", "What the reaction does", "1")),
    ("box", "check"),
    ("p", "The Morita–Baylis–Hillman (MBH) reaction couples the α-position of an activated alkene "
          "(an acrylate, acrylonitrile, a vinyl ketone or an acrylamide) with an aldehyde, "
          "catalysed by a nucleophilic tertiary amine or phosphine. The product is a densely "
          "functionalised allylic alcohol, an α-methylene-β-hydroxy carbonyl compound, and every "
          "atom of the starting materials ends up in it."),
    ("p", "The catalyst adds to the β-carbon of the acrylate, the enolate formed attacks the "
          "aldehyde, a proton moves from the α-carbon to the alkoxide and the catalyst is "
          "eliminated again. The proton transfer is slow. That is why protic solvents and "
          "additives speed the reaction up, and why most MBH reactions are slow: days rather than "
          "hours are normal."),
    ("p", "The product has a new stereocentre; with DABCO and the other catalysts in this guide "
          "it is racemic."),
    ("h1", ("2", "Choosing the catalyst", "1")),
    ("p", "DABCO is the default for acrylates and acrylonitrile. Change the catalyst for cyclic "
          "enones, vinyl ketones and very slow aldehydes (Table 1)."),
    ("caption", ("1", "Which catalyst for which alkene")),
    ("table", [["Catalyst", "Loading", "Use it for", "Notes"],
               ["DABCO", "0.2–1.0 equiv", "Acrylates and acrylonitrile with aldehydes",
                "Standard and cheap; hygroscopic, keep it in a desiccator"],
               ["3-Hydroxyquinuclidine (3-HQD)", "0.2–1.0 equiv", "Slow aromatic aldehydes",
                "Its OH group helps the proton transfer; 2–3 times faster than DABCO"],
               ["DMAP", "0.1–0.2 equiv", "Cyclic enones (cyclopentenone, cyclohexenone)",
                "DABCO works poorly with cycloalkenones"],
               ["Imidazole", "1.0 equiv, THF/water 1:1", "Cyclohexenone", "Cheap; slow but "
                "clean"],
               ["PBu3", "10–20 mol%", "Vinyl ketones; acrylates in aprotic solvents",
                "Air-sensitive and flammable, strong smell; weigh it under nitrogen"],
               ["PPh3", "10–20 mol%", "Vinyl ketones", "Slower than PBu3, easy to handle"]]),
    ("h1", ("3", "Which activated alkene?", "2")),
    ("p", "Reactivity falls in the order vinyl ketones (methyl vinyl ketone) > acrolein > "
          "acrylonitrile > acrylates > acrylamides. Acrylonitrile reacts 2–3 times faster than "
          "methyl acrylate; acrylamides are so slow that they are rarely worth trying. Among the "
          "acrylates, methyl and ethyl acrylate are the usual choice, and tert-butyl acrylate is "
          "slower."),
    ("p", "Alkenes with a substituent on the β-carbon (crotonates, cinnamates) essentially do not "
          "react, and neither do methacrylates. Vinyl ketones and acrolein are the most reactive "
          "partners but also polymerise and dimerise fastest: use them at 0 °C and add them "
          "slowly (Table 2)."),
    ("h1", ("4", "Standard procedure: methyl 2-[hydroxy(4-nitrophenyl)methyl]acrylate", "2")),
    ("p", "Reagents: 4-nitrobenzaldehyde 1.51 g (10.0 mmol); methyl acrylate 1.35 mL (1.29 g, "
          "15.0 mmol, 1.5 equiv); DABCO 0.56 g (5.0 mmol, 0.5 equiv); methanol 10 mL."),
    ("step", "Dissolve the 4-nitrobenzaldehyde (1.51 g) in methanol (10 mL) in a 50 mL "
             "round-bottomed flask with a stirrer bar."),
    ("step", "Add the methyl acrylate (1.35 mL) as supplied; do not remove the inhibitor."),
    ("step", "Add the DABCO (0.56 g) in one portion, close the flask with a septum and stir at "
             "room temperature. No inert atmosphere is needed."),
    ("step", "Follow by TLC (hexane/EtOAc 3:1, UV): aldehyde Rf 0.55, product Rf 0.25. The "
             "reaction is usually complete in 2–4 h; benzaldehyde under the same conditions "
             "needs about 2 days. By 1H NMR of an aliquot, the CHO singlet of the aldehyde at "
             "δ 10.1 disappears and the vinyl singlets of the product at δ 6.39 and 5.87 grow."),
    ("step", "Concentrate on the rotary evaporator in the fume cupboard with the bath at 30 °C "
             "or below (methyl acrylate is volatile and toxic)."),
    ("step", "Dissolve the residue in EtOAc (40 mL), wash with 1 M HCl (2 × 15 mL) to remove "
             "the DABCO, then with brine (15 mL), and dry over Na2SO4."),
    ("step", "Concentrate and purify by column (hexane/EtOAc 4:1, then 2:1)."),
    ("step", "Yield 2.0–2.2 g (84–93%) of a pale yellow solid. 1H NMR (CDCl3): δ 8.20 (d, 2H), "
             "7.57 (d, 2H), 6.39 (s, 1H), 5.87 (s, 1H), 5.62 (d, 1H), 3.74 (s, 3H), 3.3 (br d, "
             "1H, OH)."),
    ("p", "The procedure has been run at 50 mmol without changes. Above that, add the DABCO in "
          "portions: with nitro aldehydes the start of the reaction is noticeably exothermic."),
    ("box", "safety"),
    ("h1", ("5", "Making slow reactions faster", "3")),
    ("box", "numbers"),
    ("bullet", "Use a protic solvent: methanol at 1 M, or THF/water 1:1 for substrates that "
               "dissolve in it. Water and alcohols help the slow proton transfer; aprotic "
               "solvents (CH2Cl2, THF or MeCN alone) are the slowest."),
    ("bullet", "Go concentrated: 1–2 M, or neat, with the acrylate (3–5 equiv) as the solvent."),
    ("bullet", "Use a full equivalent of catalyst for slow aldehydes, or change to 3-HQD."),
    ("bullet", "Use more of the acrylate (2–3 equiv): it is cheap and evaporates."),
    ("bullet", "Do not heat. Above 40 °C the acrylate polymerises and side products take over, "
               "and the reaction is hardly faster."),
    ("bullet", "Know your aldehyde: electron-poor ones (nitro, cyano, pyridinecarboxaldehydes) "
               "react in hours, benzaldehyde takes days, and 4-methoxybenzaldehyde takes weeks "
               "and rarely goes past 50%."),
    ("bullet", "Ketones do not react under these conditions, except activated ones (isatins, "
               "α-keto esters, trifluoromethyl ketones)."),
    ("box", "quote"),
    ("h1", ("6", "Side reactions", "3")),
    ("p", "Polymerisation of the acrylate or vinyl ketone: the mixture thickens or gels. Keep the "
          "inhibitor in, keep the flask cool and out of strong light, and do not heat."),
    ("p", "Dimerisation of the activated alkene (the Rauhut–Currier reaction) matters with vinyl "
          "ketones and with phosphine catalysts. Add the vinyl ketone slowly to the aldehyde and "
          "the catalyst, and use the aldehyde in slight excess."),
    ("p", "In methanol, DABCO slowly catalyses the addition of methanol to the acrylate (methyl "
          "3-methoxypropanoate). With slow aldehydes, add another 0.5 equiv of acrylate after 2 "
          "days."),
    ("p", "With aromatic aldehydes in aprotic solvents the MBH adduct can react with a second "
          "molecule of aldehyde to give a 1,3-dioxan-4-one (mass = adduct + aldehyde − 32). "
          "Protic solvents suppress it."),
    ("p", "Salicylaldehydes do not stop at the MBH adduct: the phenol adds to the acrylate and "
          "the product is a 2H-chromene-3-carboxylate. Protect the phenol (as the methyl ether or "
          "the acetate) if you want the adduct."),
    ("p", "Aliphatic aldehydes with α-hydrogens condense with themselves (aldol). Add the "
          "aldehyde slowly to the acrylate and the catalyst."),
    ("h1", ("7", "Troubleshooting", "4")),
    ("p", "The most common problems are collected in Table 2; see also the check-first box at "
          "the start of this guide."),
    ("caption", ("2", "Troubleshooting")),
    ("table", [["Symptom", "Probable cause", "What to do"],
               ["No conversion after 2 days", "Electron-rich or hindered aldehyde, aprotic "
                "solvent", "MeOH at 1 M, 1 equiv 3-HQD, 3 equiv acrylate; and be patient"],
               ["Stops at 20–30% and does not restart", "Carboxylic acid in the aldehyde (air "
                "oxidation) has neutralised the amine", "Check the aldehyde by 1H NMR; wash a "
                "solution of it with NaHCO3 or open a new bottle; add more catalyst"],
               ["The mixture turns into a gel", "The acrylate has polymerised", "Start again "
                "with inhibited acrylate, no heating, out of the light"],
               ["Extra spot above the product, mass = product + aldehyde − 32", "1,3-Dioxan-4-one",
                "Change to methanol or THF/water"],
               ["A chromene instead of the MBH adduct", "Salicylaldehyde as the aldehyde",
                "Protect the phenol first"],
               ["Vinyl ketone gives dimers and oligomers", "Rauhut–Currier dimerisation",
                "Add the vinyl ketone by syringe pump over 2 h at 0 °C, 1.2 equiv of aldehyde"],
               ["Cyclohexenone does not react with DABCO", "Wrong catalyst", "DMAP (0.1–0.2 "
                "equiv) or imidazole (1 equiv) in THF/water 1:1"],
               ["Product decomposes when distilled or heated", "Retro-MBH reaction and "
                "polymerisation", "Never distil MBH adducts; column, and evaporate at 30 °C or "
                "below"],
               ["Product lost in the aqueous work-up", "Small, polar adduct from formaldehyde "
                "or a small aliphatic aldehyde", "Saturate the aqueous layer with NaCl and "
                "extract five times with EtOAc, or skip the acid wash and filter through "
                "silica"],
               ["Singlet at δ 2.8 in the NMR of the product", "DABCO left in", "Wash with 1 M HCl, "
                "or filter through a short plug of silica"]]),
    ("h1", ("8", "Work-up, purification and storage", "4")),
    ("p", "The acid wash removes amine catalysts; phosphines and phosphine oxides have to be "
          "removed by chromatography. MBH adducts are sensitive to strong acid, strong base and "
          "heat: evaporate at 30 °C or below and do not leave them on silica longer than "
          "necessary."),
    ("p", "Store the adducts at −20 °C. Liquid adducts that are kept for weeks get a crystal of "
          "BHT (about 0.1%) against polymerisation."),
    ("p", "Characterisation: the two vinyl protons appear as singlets or fine doublets at δ "
          "5.8–6.4 and the CH(OH) of aryl adducts at δ 5.5–5.6; the OH often shows as a broad "
          "doublet near δ 3.0–3.3 that disappears with D2O."),
    ("h1", ("9", "Safety and waste", "5")),
    ("p", "Methyl acrylate is highly flammable (flash point −3 °C), a lachrymator and a skin "
          "sensitiser; handle it in the fume cupboard. Acrylonitrile is toxic, absorbed through "
          "the skin and a carcinogen. DABCO and 3-HQD are harmful irritants. PBu3 is "
          "air-sensitive, flammable and has a strong smell. For methyl vinyl ketone see the box "
          "in section 4."),
    ("p", "Solvent waste that contains acrylates goes into the non-halogenated waste. Never add "
          "acrylate waste to a container that holds peroxides or radical initiators: the "
          "polymerisation can heat the container."),
]

_MBH_TOC_IDS = {n: f"_Toc1924{n}0{n}{int(n) * 7 % 10}3" for n in "123456789"}
_MBH_REF = "_Ref192441087"


def _mbh_runs(text: str, rpr: str = "") -> str:
    pattern = "(" + "|".join(re.escape(f) for f in sorted(_MBH_SUBS, key=len, reverse=True)) + ")"
    out: list[str] = []
    for seg in re.split(pattern, text):
        if not seg:
            continue
        if seg in _MBH_SUBS:
            for part in re.findall(r"\d+|\D+", seg):
                sub = '<w:vertAlign w:val="subscript"/>' if part.isdigit() else ""
                out.append(f"<w:r><w:rPr>{rpr}{sub}</w:rPr><w:t>{escape(part)}</w:t></w:r>")
        else:
            out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(seg)}</w:t>'
                       "</w:r>")
    return "".join(out).replace("<w:rPr></w:rPr>", "")


def _mbh_p(text: str, style: str = "", rpr: str = "", ppr: str = "") -> str:
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{st}{ppr}</w:pPr>" if (st or ppr) else ""
    return f"<w:p>{props}{_mbh_runs(text, rpr)}</w:p>"


def _fld(instr: str, result: str, rpr: str = "") -> str:
    r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{r}<w:instrText '
            f'xml:space="preserve">{escape(instr)}</w:instrText></w:r><w:r>{r}<w:fldChar '
            f'w:fldCharType="separate"/></w:r><w:r>{r}<w:t>{escape(result)}</w:t></w:r>'
            f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')


def _mbh_toc() -> str:
    heads = [b[1] for b in MBH_BODY if b[0] == "h1"]
    out = [_mbh_p("Contents", "TOCHeading")]
    for k, (num, text, page) in enumerate(heads):
        begin = ""
        if k == 0:
            begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                     'xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(heads) - 1 else ""
        anchor = _MBH_TOC_IDS[num]
        out.append('<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="left" w:pos="440"/>'
                   '<w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>'
                   f'{begin}<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:rPr>'
                   f'<w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr><w:t>{num}</w:t></w:r>'
                   '<w:r><w:rPr><w:noProof/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:rStyle '
                   f'w:val="Hyperlink"/><w:noProof/></w:rPr><w:t>{escape(text)}</w:t></w:r>'
                   '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                   + _fld(f" PAGEREF {anchor} \\h ", page, "<w:noProof/><w:webHidden/>")
                   + f"</w:hyperlink>{end}</w:p>")
    return "".join(out)


def _mbh_box_paras(key: str) -> str:
    out = []
    for kind, text in MBH_BOXES[key][2]:
        if kind == "b":
            out.append(_mbh_p(text, "BoxText", "<w:b/>"))
        elif kind == "li":
            out.append(_mbh_p(text, "BoxBullet"))
        elif kind == "q":
            out.append(_mbh_p(text, "BoxText", '<w:i/><w:color w:val="595959"/><w:sz '
                                               'w:val="24"/>'))
        else:
            out.append(_mbh_p(text, "BoxText"))
    return "".join(out)


_MBH_BOX_SIZE = {"check": (2340000, 2880000), "numbers": (2340000, 1980000),
                 "quote": (2340000, 900000), "safety": (5760000, 1080000)}


def _mbh_box(key: str, n: int) -> str:
    fill, line, _ = MBH_BOXES[key]
    cx, cy = _MBH_BOX_SIZE[key]
    align = "center" if key == "safety" else "right"
    paras = _mbh_box_paras(key)
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path '
                 'gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if n == 1 else ""
    return (
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" '
        'distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="25165{9263 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">'
        f'<wp:align>{align}</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph">'
        f'<wp:posOffset>45720</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{wps}"><wps:wsp><wps:cNvSpPr '
        'txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        f'<a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>'
        f"{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" "
        'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict>" + shapetype
        + f'<v:shape id="Text Box {n}" o:spid="_x0000_s10{25 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:3.6pt;width:{cx / 12700:.1f}pt;'
        f"height:{cy / 12700:.1f}pt;z-index:25165{9263 + n};visibility:visible;"
        f"mso-wrap-style:square;mso-position-horizontal:{align};"
        'mso-position-horizontal-relative:margin" '
        f'fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}"><v:textbox><w:txbxContent>'
        f"{paras}</w:txbxContent></v:textbox><w10:wrap type=\"square\"/></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>")


def _mbh_table(rows: list[list[str]]) -> str:
    ncol = len(rows[0])
    widths = {4: [2000, 1500, 2700, 2816], 3: [2800, 2800, 3416]}[ncol]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="GridTable4-Accent1"/><w:tblW w:w="0" '
           'w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>', f"<w:tblGrid>{grid}"
           "</w:tblGrid>"]
    for r, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
        out.append(f"<w:tr>{trpr}")
        for i, cell in enumerate(row):
            rpr = "<w:b/>" if r == 0 else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>'
                       + _mbh_p(cell, "TableText", rpr) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _mbh_document() -> str:
    body: list[str] = []
    nbox = 0
    for block in MBH_BODY:
        kind = block[0]
        if kind == "title":
            body.append(_mbh_p(block[1], "Title"))
        elif kind == "subtitle":
            body.append(_mbh_p(block[1], "Subtitle"))
        elif kind == "toc":
            body.append(_mbh_toc())
        elif kind == "h1":
            num, text, _ = block[1]
            bid = 10 + int(num)
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart '
                        f'w:id="{bid}" w:name="{_MBH_TOC_IDS[num]}"/>{_mbh_runs(text)}'
                        f'<w:bookmarkEnd w:id="{bid}"/></w:p>')
        elif kind == "p":
            text = block[1]
            if "(Table 1)" in text:
                head, tail = text.split("Table 1")
                body.append("<w:p>" + _mbh_runs(head)
                            + _fld(f" REF {_MBH_REF} \\h ", "Table 1") + _mbh_runs(tail)
                            + "</w:p>")
            else:
                body.append(_mbh_p(text))
        elif kind == "step":
            body.append(_mbh_p(block[1], "ListNumber"))
        elif kind == "bullet":
            body.append(_mbh_p(block[1], "ListBullet"))
        elif kind == "caption":
            num, text = block[1]
            bm_s = f'<w:bookmarkStart w:id="30" w:name="{_MBH_REF}"/>' if num == "1" else ""
            bm_e = '<w:bookmarkEnd w:id="30"/>' if num == "1" else ""
            body.append('<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>' + bm_s
                        + _mbh_runs("Table ") + _fld(" SEQ Table \\* ARABIC ", num) + bm_e
                        + _mbh_runs(f" – {text}") + "</w:p>")
        elif kind == "table":
            body.append(_mbh_table(block[1]))
            body.append(_mbh_p(""))
        elif kind == "box":
            nbox += 1
            body.append(_mbh_box(block[1], nbox))
    body.append('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference '
                'w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar '
                'w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
                "</w:sectPr>")
    return (_XML_DECL + f"<w:document {_W_NS}><w:body>" + "".join(body)
            + "</w:body></w:document>")


_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
         'xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'mc:Ignorable="w14 wp14"')


def _mbh_hdr_ftr(tag: str) -> str:
    if tag == "hdr":
        inner = _mbh_p(MBH_HEADER, "Header")
    else:
        inner = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
                 + _mbh_runs(MBH_FOOTER[0]) + _fld(" PAGE ", "1") + _mbh_runs(MBH_FOOTER[1])
                 + _fld(" NUMPAGES ", str(MBH_PAGES)) + "</w:p>")
    return _XML_DECL + f"<w:{tag} {_W_NS}>{inner}</w:{tag}>"


def _wstyle(sid: str, name: str, ppr: str = "", rpr: str = "", typ: str = "paragraph",
            based: str = "Normal", extra: str = "") -> str:
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{typ}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}'
            f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


_MBH_STYLES = (
    _XML_DECL + f"<w:styles {_W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts "
    'w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
    'w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" '
    'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing '
    'w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    + _wstyle("Title", "Title", '<w:spacing w:after="80"/>', '<w:sz w:val="52"/>')
    + _wstyle("Subtitle", "Subtitle", "", '<w:i/><w:color w:val="595959"/>')
    + _wstyle("Heading1", "heading 1", '<w:keepNext/><w:numPr><w:numId w:val="3"/></w:numPr>'
              '<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/>',
              '<w:b/><w:sz w:val="28"/><w:color w:val="2F5496"/>')
    + _wstyle("TOCHeading", "TOC Heading", "", '<w:b/><w:sz w:val="28"/>')
    + _wstyle("TOC1", "toc 1", '<w:spacing w:after="100"/>')
    + _wstyle("ListNumber", "List Number", '<w:numPr><w:numId w:val="1"/></w:numPr><w:ind '
              'w:left="360" w:hanging="360"/>')
    + _wstyle("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="2"/></w:numPr><w:ind '
              'w:left="360" w:hanging="360"/>')
    + _wstyle("Caption", "caption", '<w:spacing w:after="60"/>', '<w:i/><w:sz w:val="18"/>'
              '<w:color w:val="44546A"/>')
    + _wstyle("TableText", "Table Text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
              '<w:sz w:val="19"/>')
    + _wstyle("BoxText", "Box Text", '<w:spacing w:after="80" w:line="240" w:lineRule="auto"/>',
              '<w:sz w:val="19"/>')
    + _wstyle("BoxBullet", "Box Bullet", '<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing '
              'w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="284" w:hanging="284"/>',
              '<w:sz w:val="19"/>')
    + _wstyle("Header", "header", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
    + _wstyle("Footer", "footer", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
    + _wstyle("Hyperlink", "Hyperlink", "", '<w:color w:val="0563C1"/><w:u w:val="single"/>',
              typ="character", based="")
    + '<w:style w:type="table" w:styleId="GridTable4-Accent1"><w:name w:val="Grid Table 4 '
    'Accent 1"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" '
    'w:color="8EAADB"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:bottom '
    'w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:right w:val="single" w:sz="4" '
    'w:space="0" w:color="8EAADB"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="8EAADB"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
    "</w:tblBorders></w:tblPr></w:style></w:styles>")


def _abstract(aid: int, fmt: str, text: str, ind: int = 360) -> str:
    return (f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText '
            f'w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" '
            f'w:hanging="{ind}"/></w:pPr></w:lvl></w:abstractNum>')


_MBH_NUMBERING = (
    _XML_DECL + f"<w:numbering {_W_NS}>" + _abstract(0, "decimal", "%1.")
    + _abstract(1, "bullet", "\u2022") + _abstract(2, "decimal", "%1", 432)
    + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2">'
    '<w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    "</w:numbering>")
_MBH_SETTINGS = (
    _XML_DECL + f'<w:settings {_W_NS}><w:zoom w:percent="100"/><w:updateFields w:val="false"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
    'office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')
_MBH_CORE = (
    _XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>GG-14 Morita–Baylis–Hillman '
    "reactions</dc:title><dc:creator>Aisha Rahman</dc:creator><cp:lastModifiedBy>Aisha Rahman"
    '</cp:lastModifiedBy><cp:revision>11</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
    '2023-11-20T10:02:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">'
    "2025-03-14T16:05:00Z</dcterms:modified></cp:coreProperties>")
_MBH_APP = (
    _XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>187</TotalTime>'
    f"<Pages>{MBH_PAGES}</Pages><Application>Microsoft Office Word</Application><DocSecurity>0"
    "</DocSecurity><Company>School of Chemistry</Company><AppVersion>16.0000</AppVersion>"
    "</Properties>")


def build_mbh_docx(path: Path) -> None:
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
            ("rId3", "numbering", "numbering.xml"), ("rId8", "header", "header1.xml"),
            ("rId9", "footer", "footer1.xml")]
    doc_rels = (_XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships">' + "".join(
                    f'<Relationship Id="{i}" Type="{_REL}/{t}" Target="{tg}"/>'
                    for i, t, tg in rels) + "</Relationships>")
    root_rels = (_XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/relationships"><Relationship Id="rId3" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                 'Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.'
                 'openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                 'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="word/document.xml"/></Relationships>')
    overrides = [("/word/document.xml", f"{wml}.document.main+xml"),
                 ("/word/styles.xml", f"{wml}.styles+xml"),
                 ("/word/settings.xml", f"{wml}.settings+xml"),
                 ("/word/numbering.xml", f"{wml}.numbering+xml"),
                 ("/word/header1.xml", f"{wml}.header+xml"),
                 ("/word/footer1.xml", f"{wml}.footer+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties"
                  "+xml"),
                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument."
                  "extended-properties+xml")]
    ct = (_XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.'
          'openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/>' + "".join(
              f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
               ("word/_rels/document.xml.rels", doc_rels),
               ("word/document.xml", _mbh_document()), ("word/styles.xml", _MBH_STYLES),
               ("word/settings.xml", _MBH_SETTINGS), ("word/numbering.xml", _MBH_NUMBERING),
               ("word/header1.xml", _mbh_hdr_ftr("hdr")), ("word/footer1.xml", _mbh_hdr_ftr("ftr")),
               ("docProps/core.xml", _MBH_CORE), ("docProps/app.xml", _MBH_APP)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(out.getvalue())


def _mbh_units() -> list[str]:
    """One string per paragraph: header, footer (cached field results), body, TOC entries (tabs
    as spaces), table cells and the paragraphs of each text box (once)."""
    units = [MBH_HEADER, f"{MBH_FOOTER[0]}1{MBH_FOOTER[1]}{MBH_PAGES}"]
    for block in MBH_BODY:
        kind = block[0]
        if kind in ("title", "subtitle", "p", "step", "bullet"):
            units.append(block[1])
        elif kind == "toc":
            units.append("Contents")
            units += [f"{n} {t} {pg}" for n, t, pg in (b[1] for b in MBH_BODY if b[0] == "h1")]
        elif kind == "h1":
            units.append(block[1][1])
        elif kind == "caption":
            units.append(f"Table {block[1][0]} – {block[1][1]}")
        elif kind == "table":
            units += [c for row in block[1] for c in row]
        elif kind == "box":
            units += [text for _, text in MBH_BOXES[block[1]][2]]
    return units


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Text units per guide stem (PDF and DOCX only)."""
    return {
        Path(PK_NAME).stem: _pk_units(),
        Path(MBH_NAME).stem: _mbh_units(),
    }


SUFFIXES = {Path(n).stem: Path(n).suffix for n in (PK_NAME, MBH_NAME)}
EML_STEMS = {Path(WK_NAME).stem}
CSV_STEMS = {Path(BAL_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builds = [(PK_NAME, build_pk_pdf), (WK_NAME, build_wk_eml), (BAL_NAME, build_bal_txt),
              (UV_NAME, build_uv_md), (UGI_NAME, build_ugi_htm), (MBH_NAME, build_mbh_docx)]
    for name, build in builds:
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
