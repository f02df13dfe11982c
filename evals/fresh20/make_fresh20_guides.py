# ruff: noqa: E501 - long literal text
"""Generate the three guides of the fresh20 held-out part deterministically.

Usage (from the repository root, with the project venv):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh20/make_fresh20_guides.py

Writes:
    evals/fresh20/guides/nozaki-hiyama-kishi-libreoffice-sop.odt
        a LIBREOFFICE WRITER SOP written as a zip by hand: "mimetype" stored first and
        uncompressed, content.xml, styles.xml, meta.xml, settings.xml, META-INF/manifest.xml.
        Headings are text:h with outline levels (the numbers come from the outline style and are
        not in the text), automatic paragraph styles P1... with bold/subscript text:span runs,
        a numbered text:list interrupted by a note paragraph and continued
        (text:continue-numbering), a bulleted list, four table:table (document control,
        reagents, substrate classes, troubleshooting with header rows; the troubleshooting table
        has group rows spanning three columns and one cell spanning two columns followed by a
        table:covered-table-cell), a footnote (text:note), soft page breaks (one inside a
        paragraph, one between table rows), text:s / text:tab spacing, a tracked change
        (deletion of the old CrCl2 amount kept in text:tracked-changes, insertion of the new
        one) and a reviewer comment (office:annotation); header and footer with page number
        and page count fields in styles.xml.
    evals/fresh20/guides/shapiro-reaction-confluence-mht.mht
        a CONFLUENCE PAGE SAVED BY CHROME/EDGE AS "Webpage, Single File" (MHTML, "Saved by
        Blink"): multipart/related with the HTML part quoted-printable encoded (=3D, soft line
        breaks "=" CRLF at 76 columns, UTF-8 bytes as =XX; charset declared in the page's meta
        tag only), a CSS part and a base64 PNG attachment part, all with Content-Location
        headers.  The HTML is a Confluence 7 page: header bar, space sidebar with page tree,
        breadcrumbs, title, "Created by ... last modified by ..." byline, a client-side TOC
        macro, info/warning macros, headings, tables (class confluenceTable), an embedded
        image, an expand macro whose body is hidden until clicked, labels, likes, two comments
        and a page-information footer ("Powered by Atlassian Confluence").
    evals/fresh20/guides/biginelli-dhpm-jupyter-eln.ipynb
        a JUPYTER NOTEBOOK (nbformat 4.5, written like Jupyter: sort_keys, indent=1, ids) used
        as an electronic lab protocol: a raw cell, markdown cells with headings, "[ ]" check
        lists, numbered lists, pipe tables, an HTML alert div and LaTeX; code cells (tags
        "parameters", "hide-input") that compute amounts, whose stored outputs are produced
        here by executing the code (stream text, execute_result text/plain, an
        IPython.display.HTML table as text/html with its text/plain placeholder, and an error
        output with an IPython-style ANSI-coloured traceback); one code cell never run.

Re-running gives byte-identical files.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import io
import json
import re
import struct
import sys
import types
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

OUT_DIR = Path(__file__).resolve().parent / "guides"
NHK_STEM = "nozaki-hiyama-kishi-libreoffice-sop"
SHP_STEM = "shapiro-reaction-confluence-mht"
BIG_STEM = "biginelli-dhpm-jupyter-eln"

# ============================================================================ 1. NHK SOP (.odt)

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:officeooo="http://openoffice.org/2009/office" '
    'office:version="1.3"'
)

# Inline mini-markup used in the NHK texts:
#   **bold**            -> <text:span text:style-name="T1">
#   _{2}                -> subscript span T2
#   ^{2}                -> superscript span T3
#   {s} / {s3}          -> <text:s/> / <text:s text:c="3"/>
#   {tab}               -> <text:tab/>
#   {spb}               -> <text:soft-page-break/>
#   {note:1|text}       -> footnote
#   {ann:who|date|text} -> office:annotation (comment)
#   {del:ct1}           -> deletion marker of tracked change ct1
#   {ins:ct2|text}      -> insertion (change-start ... change-end) of tracked change ct2
_TOKEN = re.compile(r"\*\*(.+?)\*\*|_\{(.+?)\}|\^\{(.+?)\}|\{s(\d*)\}|\{tab\}|\{spb\}|\{note:(\d+)\|(.+?)\}|\{ann:(.+?)\|(.+?)\|(.+?)\}|\{del:(\w+)\}|\{ins:(\w+)\|(.+?)\}")


def _inline(src: str) -> str:
    src = src.replace("{sup}1H", "^{1}H")
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(src):
        out.append(escape(src[pos:m.start()]))
        pos = m.end()
        tok = m.group(0)
        if m.group(1) is not None:
            out.append(f'<text:span text:style-name="T1">{_inline(m.group(1))}</text:span>')
        elif m.group(2) is not None:
            out.append(f'<text:span text:style-name="T2">{escape(m.group(2))}</text:span>')
        elif m.group(3) is not None:
            out.append(f'<text:span text:style-name="T3">{escape(m.group(3))}</text:span>')
        elif tok == "{spb}":
            out.append("<text:soft-page-break/>")
        elif tok == "{tab}":
            out.append("<text:tab/>")
        elif tok.startswith("{s"):
            n = m.group(4)
            out.append(f'<text:s text:c="{n}"/>' if n else "<text:s/>")
        elif m.group(5) is not None:
            out.append(f'<text:note text:id="ftn{m.group(5)}" text:note-class="footnote"><text:note-citation>{m.group(5)}</text:note-citation>'
                       f'<text:note-body><text:p text:style-name="Footnote">{_inline(m.group(6))}</text:p></text:note-body></text:note>')
        elif m.group(7) is not None:
            out.append(f'<office:annotation office:name="__Annotation__1_1042312907"><dc:creator>{escape(m.group(7))}</dc:creator><dc:date>{m.group(8)}</dc:date>'
                       f'<text:p text:style-name="P20"><text:span text:style-name="T4">{escape(m.group(9))}</text:span></text:p></office:annotation>')
        elif m.group(10) is not None:
            out.append(f'<text:change text:change-id="{m.group(10)}"/>')
        elif m.group(11) is not None:
            out.append(f'<text:change-start text:change-id="{m.group(11)}"/>{_inline(m.group(12))}<text:change-end text:change-id="{m.group(11)}"/>')
    out.append(escape(src[pos:]))
    return "".join(out)


NHK_TITLE = "Nozaki–Hiyama–Kishi (NHK) coupling of alkenyl iodides with aldehydes"

# Blocks: ("title"|"h1"|"h2"|"p"|"pnote"|"caption"|"spb"), ("ol", [items], continue?), ("ul", [items]), ("table", name, rows, opts)
NHK_BLOCKS: list[tuple] = [
    ("title", NHK_TITLE),
    ("subtitle", "Standard Operating Procedure SOP-ORG-044 · Synthesis Laboratory 2 (Building B, Room 2.114)"),
    ("table", "DocControl", [
        ["Document", "SOP-ORG-044"],
        ["Version", "2.1 (supersedes 2.0)"],
        ["Author", "Dr. Helena Brandt"],
        ["Reviewed by", "Kwame Osei (Safety Officer){s}– 12.03.2024"],
        ["Valid from", "01.04.2024{s3}next review 04/2026"],
    ], {"header": False, "widths": ["4.0cm", "12.5cm"]}),
    ("h1", "Purpose and scope"),
    ("p", "This SOP describes the chromium(II)/nickel(II)-mediated coupling of alkenyl (vinyl) iodides with aldehydes to give allylic alcohols on a 0.2–5 mmol scale. It also covers the preparation of the nickel-doped chromium(II) chloride used in the laboratory and the serine work-up that removes chromium from the product."),
    ("p", "Allylations with allyl halides (Hiyama conditions) are only summarised in Table 2. Couplings of alkyl halides and catalytic versions with a metal reductant are not covered; ask the group leader before trying them."),
    ("h1", "Principle"),
    ("p", "Chromium(II) chloride reduces the nickel(II) salt to nickel(0), which inserts into the carbon–iodine bond of the alkenyl iodide. Transmetallation from nickel to chromium gives an alkenylchromium(III) species, which adds to the aldehyde; the nickel re-enters the cycle.{note:1|H. Jin, J. Uenishi, W. J. Christ, Y. Kishi, J. Am. Chem. Soc. 1986, 108, 5644; K. Takai, M. Tagashira, T. Kuroda, K. Oshima, K. Utimoto, H. Nozaki, J. Am. Chem. Soc. 1986, 108, 6048.} The product stays bound to chromium as its chromium(III) alkoxide until the work-up."),
    ("p", "Each carbon–iodine bond that reacts consumes two equivalents of Cr(II), and further Cr(II) is lost to traces of oxygen and water. This is why 4–8 equiv of CrCl_{2} are used although only two are needed in theory."),
    ("p", "Alkenylchromium reagents are only weakly basic and very chemoselective: aldehydes react in the presence of ketones, esters, nitriles and amides, and the E or Z geometry of the alkenyl iodide is retained in the product."),
    ("p", "Nickel is essential. The irreproducible results obtained with different batches of commercial CrCl_{2} were traced in 1986 to varying traces of nickel in the salt; since then the nickel is added deliberately. Too much nickel, on the other hand, couples the alkenyl iodide with itself to a 1,3-diene."),
    ("h1", "Check first"),
    ("p", "Most failed NHK couplings are caused by the reagents, not by the substrate. Before changing the procedure, check:"),
    ("ul", [
        "**Colour of the CrCl_{2}:** an off-white to light grey, free-flowing powder. Green, blue-green or caked material has been oxidised to Cr(III) and will not work.",
        "**Nickel:** the vial label shows “CrCl_{2}/NiCl_{2} 0.5 % w/w” and a preparation date less than 6 months ago. Undoped CrCl_{2} does not couple alkenyl iodides reliably.",
        "**DMF:**{tab}anhydrous (below 50 ppm water by Karl Fischer) and degassed by sparging with argon for 30 min directly before use.",
        "**Glovebox:** O_{2} and H_{2}O below 1 ppm on the display while the chromium salts are weighed.{ann:Kwame Osei|2024-03-12T16:05:41|MB-2 usually shows 0.5–3 ppm O2. Is below 1 ppm realistic? Please discuss at the group meeting before the SOP is released.}",
        "**Alkenyl iodide:** pure by {sup}1H NMR with the correct E/Z geometry, and colourless; a pink or brown colour means free iodine (filter through a short plug of basic alumina).",
        "**Aldehyde:** freshly purified and free of carboxylic acid and water (azeotrope twice with toluene).",
        "**Stirring:** the mixture is a heavy suspension; use an oval stir bar and at least 600 rpm.",
    ]),
    ("h1", "Reagents and quantities"),
    ("p", "Quantities for the standard 1.0 mmol run are given in Table 1. Scale all amounts linearly between 0.2 and 5 mmol; above 5 mmol use a mechanically stirred flask."),
    ("caption", "Table 1. Reagents for the standard run (1.0 mmol aldehyde)"),
    ("table", "Reagents", [
        ["Reagent", "M (g/mol)", "Equiv", "Amount", "mmol"],
        ["Aldehyde", "–", "1.0", "–", "1.00"],
        ["Alkenyl iodide", "–", "1.5", "–", "1.50"],
        ["CrCl_{2} doped with 0.5 % w/w NiCl_{2}", "122.90 (CrCl_{2})", "6.0 (Cr)", "740 mg", "6.0 Cr; 0.029 Ni"],
        ["DMF, anhydrous, degassed", "73.09", "–", "10 mL in total", "0.1 M in aldehyde"],
        ["L-Serine, 1.0 M in water, brought to pH 9 with NaOH (work-up)", "105.09", "2.5 per Cr", "15 mL", "15"],
        ["Ethyl acetate (work-up)", "–", "–", "20 mL + 2 × 20 mL", "–"],
    ], {"header": True, "widths": ["5.6cm", "2.8cm", "2.0cm", "3.0cm", "3.1cm"]}),
    ("h1", "Procedure"),
    ("h2", "Preparation of Ni-doped CrCl_{2} (0.5 % w/w)"),
    ("p", "In the glovebox, grind anhydrous NiCl_{2} (25 mg) with anhydrous CrCl_{2} (4.975 g) in an agate mortar for 5 min until the powder is uniformly light grey. Transfer it to a brown screw-cap vial, label it “CrCl_{2}/NiCl_{2} 0.5 % w/w” with the date and your initials, and store it in the glovebox. Use the batch within 6 months."),
    ("h2", "Coupling (1.0 mmol aldehyde)"),
    ("ol", [
        "Dry a 25 mL Schlenk flask containing an oval stir bar in the oven (120 °C, overnight) and take it into the glovebox while still warm.",
        "Weigh the doped CrCl_{2} ({del:ct1}{ins:ct2|740 mg, 6.0 mmol Cr}) into the flask, close it with a rubber septum and take it out of the glovebox.",
        "Connect the flask to the Schlenk line under argon and add degassed anhydrous DMF (7 mL) by syringe. Stir for 10 min at 20–25 °C.",
        "Dissolve the aldehyde (1.00 mmol) and the alkenyl iodide (1.50 mmol) in degassed DMF (3 mL) and add this solution to the stirred suspension over 2 min.",
        "Stir vigorously at 20–25 °C for 16 h (overnight). A slight exotherm of 2–3 °C during the first 10 min is normal.",
        "Check the conversion by TLC: shake a 20 µL sample with water and ethyl acetate and spot the organic layer. The aldehyde spot must have disappeared.",
    ], False),
    ("pnote", "**Note:** If aldehyde is still present after 16 h, see entry A4 of Table 3 before you start the work-up. Do not open the flask to air while you may still need to add reagent."),
    ("ol", [
        "Dilute the mixture with ethyl acetate (20 mL), add the serine solution (1.0 M, pH 9, 15 mL) and stir vigorously, open to air, for 1 h until both layers are clear.",
        "Separate the layers and extract the aqueous layer with ethyl acetate (2 × 20 mL).",
        "Wash the combined organic layers with water (3 × 20 mL) to remove the DMF, then with brine (20 mL).",
        "Dry over Na_{2}SO_{4}, filter and concentrate at 35 °C bath temperature.",
        "Purify by flash chromatography on silica gel; for acid-sensitive allylic alcohols add 1 % Et_{3}N to the eluent.",
        "Expected result: 65–85 % of the allylic alcohol for unhindered aliphatic aldehydes and E-alkenyl iodides.",
    ], True),
    ("h1", "Substrate classes"),
    ("p", "The conditions above are written for alkenyl iodides. Other partners need more chromium, more nickel or longer times (Table 2). All values are from runs in this laboratory between 2021 and 2024.{spb}"),
    ("caption", "Table 2. Conditions by coupling partner (aldehyde 1.0 equiv, 20–25 °C unless stated)"),
    ("table", "Substrates", [
        ["Coupling partner", "CrCl_{2} (equiv)", "Nickel", "Solvent", "Time", "Remarks"],
        ["E- or Z-alkenyl iodide", "4–6", "0.5 % w/w doped", "DMF", "12–16 h", "Standard; geometry retained"],
        ["Alkenyl bromide", "6–8", "1 % w/w doped", "DMF/DMSO 4:1", "24–48 h", "Slower; more protodehalogenation"],
        ["Alkenyl triflate", "6", "1 % w/w doped", "DMF", "16 h", "Use the triflate within a day of its preparation"],
        ["Aryl iodide", "6", "0.5 % w/w doped", "DMF", "16–24 h", "Electron-poor arenes react fastest"],
        ["Allyl bromide or chloride", "2.5–3", "Not needed", "THF or DMF", "2–4 h, 0 °C to rt", "Crotyl bromide gives the anti homoallylic alcohol"],
    ], {"header": True, "widths": ["3.6cm", "2.1cm", "2.6cm", "2.5cm", "2.4cm", "3.3cm"], "spb_before_row": 4}),
    ("h1", "Troubleshooting"),
    ("p", "Work through the check-first list before using Table 3. Record every failed run in the electronic notebook with the TLC and the crude {sup}1H NMR spectrum."),
    ("caption", "Table 3. Troubleshooting the NHK coupling"),
    ("table", "Trouble", [
        ["Symptom", "Probable cause", "Remedy"],
        ["§A{s}During the reaction"],
        ["A1 No reaction: aldehyde and alkenyl iodide both unchanged after 16 h", "CrCl_{2} without nickel (undoped batch), or CrCl_{2} oxidised before use", "Use the Ni-doped batch from the glovebox; if it is older than 6 months or not off-white, prepare a fresh batch."],
        ["A2 Alkenyl iodide used up within 1 h, aldehyde left, a new non-polar spot on TLC", "Too much nickel: the alkenyl iodide homocouples to the 1,3-diene faster than it transfers to chromium", "Use CrCl_{2} doped with only 0.1 % w/w NiCl_{2}, or add the alkenyl iodide by syringe pump over 2 h."],
        ["A3 Main product is the alkene without iodine (protodeiodination)", "Water or another proton source in the DMF, in the aldehyde or on the glass", "Dry the DMF to below 50 ppm water, azeotrope the aldehyde with toluene (2 × 5 mL) and oven-dry the flask."],
        ["A4 Conversion stops at about 50 %", "Cr(II) used up by traces of air, or CrCl_{2} caked on the flask wall where it no longer reacts", "Add a second portion of doped CrCl_{2} (2.0 equiv) and alkenyl iodide (0.5 equiv) under argon and stir faster; swirl to wash the walls down."],
        ["A5 Mixture becomes too thick to stir", "Chromium salts and the product alkoxide gel at high concentration", "Dilute to 0.05 M with degassed DMF, or add up to 20 % v/v of dry DMSO."],
        ["§B{s}Work-up and purification"],
        ["B1 Thick green emulsion in the work-up; the layers do not separate", "Chromium(III) salts bind the product alkoxide and stabilise the emulsion", "Stir with the serine solution for the full hour before separating; alternatively filter the two-phase mixture through Celite."],
        ["B2 Mass recovery below 50 % although TLC showed full conversion", "Polar allylic alcohol still bound to chromium in the aqueous layer", "Treat the aqueous layer again with serine solution (10 mL) for 30 min and re-extract with ethyl acetate (3 × 20 mL)."],
        ["B3 Product decomposes on the column; less polar spots (dienes) appear", "Acid-catalysed elimination of the allylic alcohol on silica gel", "Add 1 % Et_{3}N to the eluent or use neutral alumina."],
        ["B4 DMF signals at 8.02, 2.96 and 2.88 ppm in the {sup}1H NMR of the product", "Too few water washes", "Wash the ethyl acetate solution with 5 % aqueous LiCl (3 × 20 mL)."],
        ["B5 Two diastereomers of the allylic alcohol (1:1 to 3:1) from an α-chiral aldehyde", "«Not a fault: NHK additions to α-chiral aldehydes are usually only weakly diastereoselective. Separate the isomers by chromatography, if necessary after conversion into the TBS ethers."],
    ], {"header": True, "widths": ["5.2cm", "5.2cm", "6.1cm"]}),
    ("h1", "Safety and waste"),
    ("p", "**CrCl_{2}** is air-sensitive and harmful if swallowed; chromium(III) salts formed in the reaction are skin sensitisers. Wear nitrile gloves and handle the solid only in the glovebox."),
    ("p", "**NiCl_{2}** may cause cancer by inhalation and is a respiratory and skin sensitiser. Weigh it only in the glovebox; the doped batch contains 0.5 % of it."),
    ("p", "**DMF** may damage the unborn child and is absorbed through the skin. Work in the fume cupboard and change gloves immediately after a splash."),
    ("p", "Collect all aqueous layers and the Celite pad in the container for aqueous heavy-metal waste (Cr, Ni). {spb}Never add oxidising waste (nitric acid, peroxides, permanganate) to this container: oxidation could form chromium(VI), which is carcinogenic."),
    ("h1", "Revision history"),
    ("table", "Revisions", [
        ["Version", "Date", "Author", "Change"],
        ["1.0", "05.06.2021", "H. Brandt", "First version"],
        ["2.0", "11.01.2023", "H. Brandt", "Serine work-up replaces the ammonium chloride quench"],
        ["2.1", "14.03.2024", "H. Brandt, K. Osei", "CrCl_{2} increased from 4.0 to 6.0 equiv; check-first list added"],
    ], {"header": True, "widths": ["2.0cm", "2.6cm", "3.6cm", "8.3cm"]}),
]

NHK_DELETED = {"ct1": "494 mg, 4.0 mmol Cr"}


def _nhk_para(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{_inline(text)}</text:p>'


def _nhk_table(name: str, rows: list[list[str]], opts: dict) -> str:
    ncol = max(len(r) for r in rows)
    widths = opts["widths"]
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for i in range(ncol):
        out.append(f'<table:table-column table:style-name="{name}.{chr(65 + i)}"/>')
    body_rows = rows
    if opts.get("header"):
        out.append("<table:table-header-rows>")
        out.append(_nhk_row(name, rows[0], ncol, head=True))
        out.append("</table:table-header-rows>")
        body_rows = rows[1:]
    for j, row in enumerate(body_rows, 1):
        if opts.get("spb_before_row") == j:
            out.append("<text:soft-page-break/>")
        out.append(_nhk_row(name, row, ncol, head=False))
    out.append("</table:table>")
    assert len(widths) == ncol
    return "".join(out)


def _nhk_row(name: str, row: list[str], ncol: int, head: bool) -> str:
    cells = []
    style_p = "P11" if head else "P12"
    if len(row) == 1 and row[0].startswith("§"):
        text = row[0][1:]
        cells.append(f'<table:table-cell table:style-name="{name}.G" table:number-columns-spanned="{ncol}" office:value-type="string">'
                     f'<text:p text:style-name="P13">{_inline(text)}</text:p></table:table-cell>')
        cells.extend("<table:covered-table-cell/>" for _ in range(ncol - 1))
    else:
        k = 0
        for c in row:
            if c.startswith("«"):
                cells.append(f'<table:table-cell table:style-name="{name}.A2" table:number-columns-spanned="2" office:value-type="string">'
                             f'<text:p text:style-name="{style_p}">{_inline(c[1:])}</text:p></table:table-cell><table:covered-table-cell/>')
                k += 2
            else:
                cells.append(f'<table:table-cell table:style-name="{name}.A{1 if head else 2}" office:value-type="string">'
                             f'<text:p text:style-name="{style_p}">{_inline(c)}</text:p></table:table-cell>')
                k += 1
        assert k == ncol, row
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _nhk_body() -> str:
    out: list[str] = []
    out.append('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
               '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
               '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
               '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>')
    out.append('<text:tracked-changes text:track-changes="false">')
    out.append('<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion><office:change-info><dc:creator>Kwame Osei</dc:creator>'
               f'<dc:date>2024-03-12T15:58:03</dc:date></office:change-info><text:p text:style-name="P7">{escape(NHK_DELETED["ct1"])}</text:p></text:deletion></text:changed-region>')
    out.append('<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion><office:change-info><dc:creator>Kwame Osei</dc:creator>'
               '<dc:date>2024-03-12T15:58:03</dc:date></office:change-info></text:insertion></text:changed-region>')
    out.append("</text:tracked-changes>")
    list_no = 0
    for block in NHK_BLOCKS:
        kind = block[0]
        if kind == "title":
            out.append(f'<text:p text:style-name="P1">{_inline(block[1])}</text:p>')
        elif kind == "subtitle":
            out.append(f'<text:p text:style-name="P2">{_inline(block[1])}</text:p>')
        elif kind == "h1":
            out.append(f'<text:h text:style-name="P3" text:outline-level="1">{_inline(block[1])}</text:h>')
        elif kind == "h2":
            out.append(f'<text:h text:style-name="P4" text:outline-level="2">{_inline(block[1])}</text:h>')
        elif kind == "p":
            out.append(_nhk_para("P5", block[1]))
        elif kind == "pnote":
            out.append(_nhk_para("P9", block[1]))
        elif kind == "caption":
            out.append(_nhk_para("P10", block[1]))
        elif kind == "ul":
            out.append('<text:list xml:id="list201" text:style-name="L2">')
            for item in block[1]:
                out.append("<text:list-item>" + _nhk_para("P6", item) + "</text:list-item>")
            out.append("</text:list>")
        elif kind == "ol":
            list_no += 1
            cont = ' text:continue-numbering="true"' if block[2] else ""
            out.append(f'<text:list xml:id="list30{list_no}" text:style-name="L1"{cont}>')
            for item in block[1]:
                out.append("<text:list-item>" + _nhk_para("P7", item) + "</text:list-item>")
            out.append("</text:list>")
        elif kind == "table":
            out.append(_nhk_table(block[1], block[2], block[3]))
        else:
            raise ValueError(kind)
    return "".join(out)


def _nhk_table_styles() -> str:
    out = []
    for block in NHK_BLOCKS:
        if block[0] != "table":
            continue
        name, widths = block[1], block[3]["widths"]
        total = sum(float(w[:-2]) for w in widths)
        out.append(f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{total:.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>')
        for i, w in enumerate(widths):
            out.append(f'<style:style style:name="{name}.{chr(65 + i)}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>')
        out.append(f'<style:style style:name="{name}.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>')
        out.append(f'<style:style style:name="{name}.A2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>')
        out.append(f'<style:style style:name="{name}.G" style:family="table-cell"><style:table-cell-properties fo:background-color="#eeeeee" fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>')
    return "".join(out)


def nhk_content_xml() -> str:
    auto = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"><style:text-properties officeooo:rsid="0012a3f1" officeooo:paragraph-rsid="0012a3f1"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"><style:paragraph-properties fo:margin-bottom="0.4cm"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:text-properties officeooo:paragraph-rsid="0014b7c2"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="justify"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="List_20_Bullet" style:list-style-name="L2"/>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="List_20_Number" style:list-style-name="L1"/>'
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="0.64cm" fo:background-color="#fff5ce" fo:padding="0.1cm" fo:border="0.5pt solid #e6b800"/></style:style>'
        '<style:style style:name="P10" style:family="paragraph" style:parent-style-name="Table"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P11" style:family="paragraph" style:parent-style-name="Table_20_Heading"/>'
        '<style:style style:name="P12" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>'
        '<style:style style:name="P13" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>'
        '<style:style style:name="P20" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
        '<style:style style:name="T4" style:family="text"><style:text-properties fo:font-size="9pt"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
        '</text:list-level-style-number></text:list-style>'
        '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" text:bullet-char="•">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
        '</text:list-level-style-bullet></text:list-style>'
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {ODF_NS}>'
            '<office:scripts/>'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
            '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>'
            f'<office:automatic-styles>{_nhk_table_styles()}{auto}</office:automatic-styles>'
            f'<office:body><office:text>{_nhk_body()}</office:text></office:body></office:document-content>')


NHK_HEADER = 'SOP-ORG-044<text:tab/>NHK coupling (CrCl<text:span text:style-name="MT1">2</text:span>/NiCl<text:span text:style-name="MT1">2</text:span>)<text:tab/>Version 2.1'
NHK_FOOTER = 'Printed copies are uncontrolled<text:tab/><text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>4</text:page-count>'


def nhk_styles_xml() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-styles {ODF_NS}>'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
            '<office:styles>'
            '<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"/></style:style>'
            '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="115%"/></style:style>'
            '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Subtitle" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:list-style-name="Outline" style:class="text"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:list-style-name="Outline" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>'
            '<style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>'
            '<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>'
            '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>'
            '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Table" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>'
            '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>'
            '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>'
            '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>'
            '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
            '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text"/>'
            '<text:outline-style style:name="Outline">'
            '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" "><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.762cm" fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/></style:list-level-properties></text:outline-level-style>'
            '<text:outline-level-style text:level="2" style:num-format="1" style:display-levels="2" style:num-suffix=" "><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.016cm" fo:text-indent="-1.016cm" fo:margin-left="1.016cm"/></style:list-level-properties></text:outline-level-style>'
            '</text:outline-style>'
            '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
            '</office:styles>'
            '<office:automatic-styles>'
            '<style:style style:name="MT1" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>'
            '<style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #000000"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm" fo:border-top="0.5pt solid #000000"/></style:footer-style></style:page-layout>'
            '</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Mpm1">'
            f'<style:header><text:p text:style-name="Header">{NHK_HEADER}</text:p></style:header>'
            f'<style:footer><text:p text:style-name="Footer">{NHK_FOOTER}</text:p></style:footer>'
            '</style:master-page></office:master-styles></office:document-styles>')


def nhk_meta_xml() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {ODF_NS} xmlns:grddl="http://www.w3.org/2003/g/data-view#">'
            '<office:meta><meta:creation-date>2021-06-05T09:14:22.120000000</meta:creation-date>'
            f'<dc:title>{escape(NHK_TITLE)}</dc:title><dc:subject>SOP-ORG-044</dc:subject>'
            '<meta:initial-creator>Helena Brandt</meta:initial-creator><dc:creator>Kwame Osei</dc:creator>'
            '<dc:date>2024-03-14T11:02:57.381000000</dc:date><meta:editing-cycles>37</meta:editing-cycles>'
            '<meta:editing-duration>PT9H41M12S</meta:editing-duration>'
            '<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
            '<meta:keyword>NHK</meta:keyword><meta:keyword>chromium</meta:keyword><meta:keyword>SOP</meta:keyword>'
            '<meta:document-statistic meta:table-count="5" meta:image-count="0" meta:object-count="0" meta:page-count="4" meta:paragraph-count="118" meta:word-count="1874" meta:character-count="12417" meta:non-whitespace-character-count="10560"/>'
            '</office:meta></office:document-meta>')


def nhk_settings_xml() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
            '<office:settings><config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="RecordChanges" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="ShowChanges" config:type="boolean">true</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>')


def nhk_manifest_xml() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>\n')


def make_nhk_odt() -> bytes:
    buf = io.BytesIO()
    stamp = (2024, 3, 14, 11, 3, 0)
    parts = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("content.xml", nhk_content_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", nhk_styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", nhk_meta_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", nhk_settings_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", nhk_manifest_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data)
    return buf.getvalue()


# ============================================================================ 2. Shapiro (.mht)

SHP_URL = "https://wiki.chem.example.org/display/SYNMETH/Shapiro+reaction"
SHP_CSS_URL = "https://wiki.chem.example.org/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-1x7jzv/8804/1c9fb0a8/1bc6e9d2a2bd3ac7b7d1d4b2c37bfe4d/_/download/contextbatch/css/_super/batch.css"
SHP_IMG_URL = "https://wiki.chem.example.org/download/attachments/48824337/shapiro_scheme.png?version=2&modificationDate=1708355211447&api=v2"
SHP_BOUNDARY = "----MultipartBoundary--Qm3xZ7cVb1nK8pLw2RtY5sHd9gFa4JeU0oNiTkMyPq----"

SHP_CONTENT = """
<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>This page is the group's working procedure for the Shapiro reaction. It replaces the old PDF in the SOP folder of the shared drive (2017 version, no longer maintained). Questions go to the #synthesis-help channel.</p></div></div>
<p><style type="text/css">/*<![CDATA[*/
div.rbtoc1708355388123 {padding: 0px;}
div.rbtoc1708355388123 ul {list-style: disc;margin-left: 0px;}
div.rbtoc1708355388123 li {margin-left: 0px;padding-left: 0px;}
/*]]>*/</style></p><div class="toc-macro rbtoc1708355388123">
<ul class="toc-indentation">
<li><a href="#Shapiroreaction-Principle">Principle</a></li>
<li><a href="#Shapiroreaction-Checkfirst">Check first</a></li>
<li><a href="#Shapiroreaction-PartA:Trisylhydrazone">Part A: Trisylhydrazone</a></li>
<li><a href="#Shapiroreaction-PartB:Shapiroreactionandtrapping(5.0mmol)">Part B: Shapiro reaction and trapping (5.0 mmol)</a></li>
<li><a href="#Shapiroreaction-Amountsandelectrophiles">Amounts and electrophiles</a></li>
<li><a href="#Shapiroreaction-Troubleshooting">Troubleshooting</a></li>
<li><a href="#Shapiroreaction-Safety">Safety</a></li>
<li><a href="#Shapiroreaction-References">References</a></li>
</ul>
</div>
<h1 id="Shapiroreaction-Principle">Principle</h1>
<p>The Shapiro reaction turns a ketone into an alkenyllithium, and from there into an alkene, an enal, an alkenyl iodide, stannane or boronate, or an allylic alcohol. The ketone is first condensed with 2,4,6-triisopropylbenzenesulfonyl hydrazide (trisyl hydrazide, TPSH) to the trisylhydrazone.</p>
<p>Two equivalents of <strong>n-BuLi</strong> at -78 °C give a dianion: the first equivalent removes the N–H proton, the second removes an α-C–H proton syn to the sulfonyl-bearing nitrogen. On warming, the dianion loses lithium 2,4,6-triisopropylbenzenesulfinate and then N<sub>2</sub>, and the alkenyllithium that remains is trapped with an electrophile.</p>
<p>Deprotonation takes place at the <em>less substituted</em> α-carbon, so the Shapiro reaction gives the less substituted alkene. The Bamford–Stevens reaction of the same hydrazones with sodium bases in hot protic or aprotic solvents runs through a diazo compound and a carbene or carbocation and gives the more substituted alkene instead.</p>
<p>Trisylhydrazones are used rather than tosylhydrazones because the bulky isopropyl groups prevent ortho-lithiation of the arene and addition of the base to the C=N bond, and because the trisyl dianion fragments between -20 and 0&nbsp;°C instead of at room temperature.</p>
<p><span class="confluence-embedded-file-wrapper image-center-wrapper confluence-embedded-manual-size"><img class="confluence-embedded-image image-center" draggable="false" width="520" src="IMGURL" data-image-src="IMGURL" data-height="180" data-width="520" data-unresolved-comment-count="0" data-linked-resource-id="48824341" data-linked-resource-version="2" data-linked-resource-type="attachment" data-linked-resource-default-alias="shapiro_scheme.png" data-base-url="https://wiki.chem.example.org" data-linked-resource-content-type="image/png" data-linked-resource-container-id="48824337" data-linked-resource-container-version="14" alt="Scheme: ketone, trisylhydrazone, dianion, alkenyllithium, trapped product"></span></p>
<h1 id="Shapiroreaction-Checkfirst">Check first</h1>
<p>When a Shapiro reaction has failed, go through this list before you change anything else:</p>
<ul>
<li><strong>n-BuLi titre:</strong> titrated within the last two weeks (diphenylacetic acid in dry THF, end point a persistent yellow colour).</li>
<li><strong>Hydrazone dry:</strong> dried under high vacuum (below 0.1 mbar) for at least 4 h; trisylhydrazones hold on to methanol and water.</li>
<li><strong>Hydrazone age:</strong> trisylhydrazones decompose slowly at room temperature. Store them at -20 °C and use them within 4 weeks; a TLC that shows the ketone again means the batch has partly hydrolysed.</li>
<li><strong>THF:</strong> taken from the solvent system on the day, below 30 ppm water.</li>
<li><strong>Bubbler:</strong> an oil bubbler on the argon line, so that the N<sub>2</sub> evolution can be seen during the warm-up.</li>
<li><strong>Electrophile:</strong> dry; DMF from a fresh septum-sealed bottle or distilled from CaH<sub>2</sub>.</li>
<li><strong>Internal thermometer:</strong> the bath temperature says nothing about the temperature of the solution while the base goes in.</li>
</ul>
<h1 id="Shapiroreaction-PartA:Trisylhydrazone">Part A: Trisylhydrazone</h1>
<ol>
<li>Dissolve the ketone (10.0 mmol) in methanol (20 mL) at 20–25 °C.</li>
<li>Add TPSH (3.13 g, 10.5 mmol, 1.05 equiv; M = 298.44 g/mol) in one portion. For hindered or unreactive ketones add one drop of concentrated HCl.</li>
<li>Stir at 20–25 °C for 2–16 h; most trisylhydrazones precipitate as white solids. Never heat the mixture above 30 °C.</li>
<li>Cool to 0 °C for 30 min, filter and wash the solid with cold methanol (2 × 5 mL).</li>
<li>Dry under high vacuum for at least 4 h. Typical yield 80–95 %. Store the hydrazone at -20 °C.</li>
</ol>
<p>TPSH itself decomposes in solution above about 40 °C (it is used as a source of diimide at 60 °C), so heating does not speed up the condensation; it destroys the reagent.</p>
<h1 id="Shapiroreaction-PartB:Shapiroreactionandtrapping(5.0mmol)">Part B: Shapiro reaction and trapping (5.0 mmol)</h1>
<ol>
<li>Flame-dry a 100 mL two-necked flask with a stir bar, septum, argon inlet and internal thermometer, and let it cool under argon.</li>
<li>Add the trisylhydrazone (5.0 mmol) and dry THF (25 mL, 0.2 M) and cool the solution to -78 °C (dry ice/acetone).</li>
<li>Add n-BuLi (2.5 M in hexanes, 4.4 mL, 11.0 mmol, 2.2 equiv) dropwise over 10 min so that the internal temperature stays below -70 °C. The solution turns yellow and then deep orange-red (dianion).</li>
<li>Stir for 30 min at -78 °C.</li>
<li>Replace the dry ice bath by an ice/water bath. Nitrogen evolution starts at about -20 °C and is over after 15–30 min at 0 °C, when the bubbler stops bubbling.</li>
<li>Cool back to -78 °C and add the electrophile (Table 2), for example DMF (1.16 mL, 15.0 mmol, 3.0 equiv) in one portion.</li>
<li>Stir for 30 min at -78 °C and then let the mixture warm to room temperature over 1 h.</li>
<li>Quench with saturated NH<sub>4</sub>Cl (20 mL) and extract with diethyl ether (3 × 30 mL). Wash the combined extracts with 1 M NaOH (20 mL), which removes the triisopropylbenzenesulfinic acid, and with brine (20 mL).</li>
<li>Dry over MgSO<sub>4</sub>, concentrate and purify by flash chromatography. For alkenes with fewer than ten carbons use pentane for the extraction and keep the rotary evaporator above 400 mbar.</li>
</ol>
<h1 id="Shapiroreaction-Amountsandelectrophiles">Amounts and electrophiles</h1>
<p>Table 1 gives the amounts of base and solvent by scale (2.2 equiv n-BuLi, 0.2 M in THF, DMF as the example electrophile).</p>
<div class="table-wrap"><table class="relative-table wrapped confluenceTable" style="width: 62.4%;"><colgroup><col style="width: 25%;"><col style="width: 27%;"><col style="width: 20%;"><col style="width: 28%;"></colgroup><tbody>
<tr><th class="confluenceTh">Hydrazone (mmol)</th><th class="confluenceTh">n-BuLi 2.5 M, 2.2 equiv (mL)</th><th class="confluenceTh">THF (mL)</th><th class="confluenceTh">DMF, 3.0 equiv (mL)</th></tr>
<tr><td class="confluenceTd">1.0</td><td class="confluenceTd">0.88</td><td class="confluenceTd">5</td><td class="confluenceTd">0.23</td></tr>
<tr><td class="confluenceTd">2.0</td><td class="confluenceTd">1.76</td><td class="confluenceTd">10</td><td class="confluenceTd">0.46</td></tr>
<tr><td class="confluenceTd">5.0</td><td class="confluenceTd">4.40</td><td class="confluenceTd">25</td><td class="confluenceTd">1.16</td></tr>
<tr><td class="confluenceTd">10.0</td><td class="confluenceTd">8.80</td><td class="confluenceTd">50</td><td class="confluenceTd">2.32</td></tr>
</tbody></table></div>
<p><em>Table 1. Amounts by scale.</em></p>
<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col><col><col><col><col></colgroup><tbody>
<tr><th class="confluenceTh">Electrophile</th><th class="confluenceTh">Equiv</th><th class="confluenceTh">Add at</th><th class="confluenceTh">Product</th><th class="confluenceTh">Typical yield, notes</th></tr>
<tr><td class="confluenceTd">Water or methanol</td><td class="confluenceTd">excess (2 mL)</td><td class="confluenceTd">0 °C</td><td class="confluenceTd">Less substituted alkene</td><td class="confluenceTd">80–95 %</td></tr>
<tr><td class="confluenceTd">D<sub>2</sub>O</td><td class="confluenceTd">excess (1 mL)</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">Deuterated alkene</td><td class="confluenceTd">D incorporation above 95 % only with dry THF and a fast quench</td></tr>
<tr><td class="confluenceTd">DMF</td><td class="confluenceTd">3.0</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">α,β-Unsaturated aldehyde</td><td class="confluenceTd">60–80 %</td></tr>
<tr><td class="confluenceTd">Iodine, as a 1 M solution in THF</td><td class="confluenceTd">1.5</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">Alkenyl iodide</td><td class="confluenceTd">60–75 %; wash with aqueous Na<sub>2</sub>S<sub>2</sub>O<sub>3</sub></td></tr>
<tr><td class="confluenceTd">Bu<sub>3</sub>SnCl</td><td class="confluenceTd">1.2</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">Alkenylstannane</td><td class="confluenceTd">65–85 %</td></tr>
<tr><td class="confluenceTd">B(OiPr)<sub>3</sub>, then pinacol</td><td class="confluenceTd">1.5</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">Alkenyl pinacol boronate</td><td class="confluenceTd">50–70 %</td></tr>
<tr><td class="confluenceTd">Aldehyde RCHO</td><td class="confluenceTd">1.2</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">Allylic alcohol</td><td class="confluenceTd">55–80 %</td></tr>
<tr><td class="confluenceTd">CO<sub>2</sub> (dry gas through a needle)</td><td class="confluenceTd">excess</td><td class="confluenceTd">-78 °C</td><td class="confluenceTd">α,β-Unsaturated carboxylic acid</td><td class="confluenceTd">50–70 %; extract the acid from basic water</td></tr>
</tbody></table></div>
<p><em>Table 2. Electrophiles used in the group.</em></p>
<h1 id="Shapiroreaction-Troubleshooting">Troubleshooting</h1>
<p>Most problems are caused by too little active base or by a wet hydrazone. Look at the check-first list before you use the table.</p>
<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col><col><col></colgroup><tbody>
<tr><th class="confluenceTh">Symptom</th><th class="confluenceTh">Likely cause</th><th class="confluenceTh">What to do</th></tr>
<tr><td class="confluenceTd"><p>Ketone recovered after the work-up, almost no alkene</p></td><td class="confluenceTd"><p>Too little active base (old n-BuLi, wet hydrazone or wet THF): only the monoanion formed, and the hydrazone was hydrolysed back to the ketone in the work-up</p></td><td class="confluenceTd"><p>Titrate the n-BuLi, dry the hydrazone under high vacuum and use 2.2 equiv of titrated base.</p></td></tr>
<tr><td class="confluenceTd"><p>No bubbling during the warm-up; the solution stays pale yellow</p></td><td class="confluenceTd"><p>The dianion was not formed: base destroyed by water, or added too warm</p></td><td class="confluenceTd"><p>Cool to -78 °C again, add another 0.5 equiv of n-BuLi, stir for 15 min and warm up again while watching the bubbler.</p></td></tr>
<tr><td class="confluenceTd"><p>More substituted alkene, or a mixture of regioisomers</p></td><td class="confluenceTd"><p>Bamford–Stevens pathway (protic impurities or a sodium base), or the dianion was kept above -50 °C before the warm-up and equilibrated</p></td><td class="confluenceTd"><p>Keep the deprotonation at -78 °C; for difficult cases use hexane/TMEDA (1:1) instead of THF; never use NaH or NaOMe for a Shapiro reaction.</p></td></tr>
<tr><td class="confluenceTd"><p>By-product that contains a butyl group</p></td><td class="confluenceTd"><p>n-BuLi added to the C=N bond; typical for unhindered hydrazones and for base added above -78 °C</p></td><td class="confluenceTd"><p>Use sec-BuLi (2.2 equiv) at -78 °C and add it slowly down the flask wall.</p></td></tr>
<tr><td class="confluenceTd"><p>Only the protonated alkene is isolated; the electrophile is not incorporated</p></td><td class="confluenceTd"><p>The alkenyllithium was protonated before or during the trapping: wet electrophile, or too long at 0 °C, where it slowly deprotonates THF</p></td><td class="confluenceTd"><p>Add the electrophile as soon as the N<sub>2</sub> evolution has stopped and dry the electrophile; for slow electrophiles add TMEDA (2 equiv) before the warm-up.</p></td></tr>
<tr><td class="confluenceTd"><p>Low yield of trisylhydrazone, gas evolution and an oily crude product</p></td><td class="confluenceTd"><p>TPSH decomposed: mixture heated above 30 °C, too much acid, or an old bottle of TPSH</p></td><td class="confluenceTd"><p>Run the condensation at 20–25 °C without heating, use one drop of concentrated HCl at most, and use TPSH stored at 2–8 °C and opened less than a year ago.</p></td></tr>
</tbody></table></div>
<div class="expand-container conf-macro output-block" data-hasbody="true" data-macro-name="expand"><div id="expander-control-1024871230" class="expand-control" aria-expanded="false"><span class="expand-control-icon icon">&nbsp;</span><span class="expand-control-text">Less common problems: tosylhydrazones, scale-up, deuterium labelling (click to expand)</span></div><div id="expander-content-1024871230" class="expand-content expand-hidden">
<h3 id="Shapiroreaction-Tosylhydrazoneinsteadoftrisylhydrazone">Tosylhydrazone instead of trisylhydrazone</h3>
<p><strong>Symptom:</strong> low yield and more than 3 equiv of base needed with a tosylhydrazone.</p>
<p><strong>Cause:</strong> the base lithiates the tolyl ring ortho to the sulfonyl group, and the tosyl dianion fragments only at room temperature.</p>
<p><strong>Fix:</strong> switch to the trisylhydrazone. If you must use the tosylhydrazone, use 4 equiv of n-BuLi in TMEDA and warm to 20 °C for the fragmentation.</p>
<h3 id="Shapiroreaction-Foamingonscale-up">Foaming on scale-up</h3>
<p><strong>Symptom:</strong> foaming and pressure build-up during the warm-up of runs of 20 mmol or more.</p>
<p><strong>Cause:</strong> one equivalent of N<sub>2</sub> is released, about 490 mL of gas at 20 mmol scale, within a few minutes.</p>
<p><strong>Fix:</strong> warm slowly in an ice bath, use a flask that is at most half full, and vent through a wide-bore line to the bubbler.</p>
<h3 id="Shapiroreaction-PoordeuteriumincorporationwithD2O">Poor deuterium incorporation with D2O</h3>
<p><strong>Symptom:</strong> only about 70 % D in the alkene after a D<sub>2</sub>O quench.</p>
<p><strong>Cause:</strong> the alkenyllithium picked up protons from THF or moisture before the D<sub>2</sub>O arrived.</p>
<p><strong>Fix:</strong> cool to -78 °C as soon as the gas evolution stops and add the D<sub>2</sub>O in one portion; use freshly dried THF.</p>
</div></div>
<h1 id="Shapiroreaction-Safety">Safety</h1>
<div class="confluence-information-macro confluence-information-macro-warning"><span class="aui-icon aui-icon-small aui-iconfont-error confluence-information-macro-icon"></span><div class="confluence-information-macro-body">
<p>n-BuLi and sec-BuLi are pyrophoric. Transfer them by syringe or cannula under argon, have dry sand at hand and never work alone. See the organolithium page before your first run.</p>
<p>The fragmentation releases one equivalent of nitrogen. Never run a Shapiro reaction in a closed vessel.</p>
<p>TPSH is a skin and eye irritant and decomposes exothermically on heating; do not dry it in an oven. TMEDA is flammable and corrosive.</p>
</div></div>
<h1 id="Shapiroreaction-References">References</h1>
<ol>
<li>R. H. Shapiro, Org. React. 1976, 23, 405.</li>
<li>A. R. Chamberlin, S. H. Bloom, Org. React. 1990, 39, 1.</li>
</ol>
"""

SHP_HTML = """<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="cid:css-5b0e2a41-7d3c-4f0a-9e61-2c8d7b3f9a10@mhtml.blink" />
<title>Shapiro reaction - Synthesis Methods Wiki - Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta name="confluence-request-time" content="1708355387960">
<meta name="ajs-page-id" content="48824337">
<meta name="ajs-space-key" content="SYNMETH">
<meta name="ajs-page-title" content="Shapiro reaction">
<meta name="ajs-version-number" content="7.19.16">
<meta name="ajs-remote-user" content="jweber">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="https://wiki.chem.example.org/s/-1x7jzv/8804/1c9fb0a8/9/_/favicon.ico">
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default synchrony-active">
<ul id="assistive-skip-links" class="assistive"><li><a href="#title-heading">Skip to content</a></li><li><a href="#breadcrumbs">Skip to breadcrumbs</a></li><li><a href="#header-menu-bar">Skip to header menu</a></li><li><a href="#navigation">Skip to action menu</a></li><li><a href="#quick-search-query">Skip to quick search</a></li></ul>
<div id="page">
<div id="full-height-container"><div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" role="navigation" aria-label="Site"><div class="aui-header-inner"><div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="https://wiki.chem.example.org/" aria-label="Go to home page"><img src="https://wiki.chem.example.org/download/attachments/360449/atl.site.logo?version=3&amp;modificationDate=1650012233000&amp;api=v2" alt="Institute of Organic Chemistry Wiki"><span class="aui-header-logo-text">Institute of Organic Chemistry Wiki</span></a></span>
<ul class="aui-nav"><li><a href="https://wiki.chem.example.org/spacedirectory/view.action" class="aui-nav-link">Spaces</a></li><li><a href="https://wiki.chem.example.org/browsepeople.action" class="aui-nav-link">People</a></li><li><a href="https://wiki.chem.example.org/calendar/mycalendar.action" class="aui-nav-link">Calendars</a></li><li><a id="quick-create-page-button" href="#" class="aui-button aui-button-primary">Create</a></li></ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch" role="search" action="https://wiki.chem.example.org/dosearchsite.action" method="get"><label for="quick-search-query" class="assistive">Quick Search</label><input id="quick-search-query" class="quick-search-query" type="text" accesskey="q" autocomplete="off" name="queryString" title="Quick Search" placeholder="Search"></form></li>
<li><a id="help-menu-link" class="aui-dropdown2-trigger" href="#" title="Help"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">Help</span></a></li>
<li><a id="notifications-anchor" href="#" class="mw-anchor read aui-nav-imagelink" title="Open Notifications (2)"><div class="badge-i aui-icon aui-icon-small aui-iconfont-notification"></div><span class="badge-w"><span class="badge">2</span></span></a></li>
<li><a id="user-menu-link" class="aui-dropdown2-trigger aui-nav-imagelink" href="#" title="Jonas Weber"><span class="aui-avatar aui-avatar-small"><span class="aui-avatar-inner"><img src="https://wiki.chem.example.org/images/icons/profilepics/default.svg" alt="User icon: jweber" title="jweber"></span></span></a></li></ul></div></div></nav></header>
<div id="main" class="aui-page-panel">
<div class="ia-splitter-left"><div class="ia-fixed-sidebar"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled"><div class="avatar"><div class="space-logo" data-key="SYNMETH"><div class="avatar-img-container"><div class="avatar-img-wrapper"><a href="https://wiki.chem.example.org/display/SYNMETH" title="Synthesis Methods Wiki"><img class="avatar-img" src="https://wiki.chem.example.org/images/logo/default-space-logo.svg" alt="Synthesis Methods Wiki"></a></div></div></div></div><div class="space-information-container"><div class="name"><a href="https://wiki.chem.example.org/display/SYNMETH" title="Synthesis Methods Wiki">Synthesis Methods Wiki</a></div></div></div>
<div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="true"><div class="acs-nav-sections"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title">Space shortcuts</h5></div><ul class="acs-nav-list"><li><a href="https://wiki.chem.example.org/display/SYNMETH/Group+safety+rules">Group safety rules</a></li><li><a href="https://wiki.chem.example.org/display/SYNMETH/Instrument+booking">Instrument booking</a></li></ul></div></div></div>
<div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title">Page tree</h5></div><div class="ia-secondary-content"><div class="plugin_pagetree"><ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace"><li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-down" href=""></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="https://wiki.chem.example.org/display/SYNMETH/Named+reactions">Named reactions</a></span></div>
<ul class="plugin_pagetree_children_list"><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="https://wiki.chem.example.org/display/SYNMETH/Olefin+formation">Olefin formation</a></span></div>
<ul class="plugin_pagetree_children_list"><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="https://wiki.chem.example.org/display/SYNMETH/McMurry+coupling">McMurry coupling</a></span></div></li><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="https://wiki.chem.example.org/display/SYNMETH/Peterson+olefination">Peterson olefination</a></span></div></li><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span plugin_pagetree_current"><a href="https://wiki.chem.example.org/display/SYNMETH/Shapiro+reaction">Shapiro reaction</a></span></div></li><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="https://wiki.chem.example.org/display/SYNMETH/Tebbe+and+Petasis+reagents">Tebbe and Petasis reagents</a></span></div></li></ul></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="https://wiki.chem.example.org/display/SYNMETH/Rearrangements">Rearrangements</a></span></div></li></ul></li></ul></div></div></div></div>
<div class="hidden"><a href="https://wiki.chem.example.org/collector/pages.action?key=SYNMETH" id="space-pages-link"></a></div></div><div class="acs-side-bar-flyout-wrapper"></div></div></div>
<div id="content" class="page view" role="main">
<div id="action-messages"></div>
<div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar"><li class="ajs-button normal"><a id="editPageLink" href="https://wiki.chem.example.org/pages/editpage.action?pageId=48824337" rel="nofollow" class="aui-button aui-button-subtle edit" accesskey="e" title="Edit (e)"><span><span class="aui-icon aui-icon-small aui-iconfont-edit"></span> <span class="trigger-text">Edit</span></span></a></li><li class="ajs-button normal"><a id="page-favourite" href="#" class="aui-button aui-button-subtle action-favourite" title="Save for later"><span><span class="aui-icon aui-icon-small aui-iconfont-unstar"></span> <span>Save for later</span></span></a></li><li class="ajs-button normal"><a id="watch-content-button" href="#" class="aui-button aui-button-subtle watch-state-initialised" title="Watch"><span><span class="aui-icon aui-icon-small aui-iconfont-unwatch"></span> <span>Watch</span></span></a></li><li class="ajs-button normal"><a id="shareContentLink" href="#" class="aui-button aui-button-subtle share" title="Share this page with others"><span><span class="aui-icon aui-icon-small aui-iconfont-share"></span> <span>Share</span></span></a></li></ul></div>
<div id="main-header">
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span class=""><a href="https://wiki.chem.example.org/collector/pages.action?key=SYNMETH">Pages</a></span></li><li><span class=""><a href="https://wiki.chem.example.org/display/SYNMETH/Synthesis+Methods+Wiki+Home">Synthesis Methods Wiki Home</a></span></li><li><span class=""><a href="https://wiki.chem.example.org/display/SYNMETH/Named+reactions">Named reactions</a></span></li><li><span class=""><a href="https://wiki.chem.example.org/display/SYNMETH/Olefin+formation">Olefin formation</a></span></li></ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="https://wiki.chem.example.org/display/SYNMETH/Shapiro+reaction">Shapiro reaction</a></span></h1>
</div>
<div id="main-content" class="wiki-content">
<div class="page-metadata"><ul><li class="page-metadata-modification-info"><span class="author"> Created by <span class="author"><a href="https://wiki.chem.example.org/display/~praman" class="url fn confluence-userlink" data-username="praman">Priya Raman</a></span></span>, last modified by <span class="editor"><a href="https://wiki.chem.example.org/display/~jweber" class="url fn confluence-userlink" data-username="jweber">Jonas Weber</a></span> on <a class="last-modified" title="Show changes" href="https://wiki.chem.example.org/pages/diffpagesbyversion.action?pageId=48824337&amp;selectedPageVersions=14&amp;selectedPageVersions=13">Feb 19, 2024</a></li></ul></div>
CONTENT
</div>
<div id="likes-and-labels-container"><div id="likes-section"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">Like</span></a><span class="like-summary">Anna Kowalczyk and 3 others like this</span></div>
<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" entityid="48824337" entitytype="page"><div class="labels-content"><ul class="label-list"><li class="aui-label" data-label-id="9175041"><a class="aui-label-split-main" href="https://wiki.chem.example.org/label/SYNMETH/named-reaction" rel="tag">named-reaction</a></li><li class="aui-label" data-label-id="9175042"><a class="aui-label-split-main" href="https://wiki.chem.example.org/label/SYNMETH/organolithium" rel="tag">organolithium</a></li><li class="aui-label" data-label-id="9175043"><a class="aui-label-split-main" href="https://wiki.chem.example.org/label/SYNMETH/alkene-synthesis" rel="tag">alkene-synthesis</a></li></ul></div></div></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">2 Comments</h2></div>
<ol class="comment-threads top-level" id="page-comments"><li id="comment-thread-48824402" class="comment-thread"><div class="comment" id="comment-48824402"><div class="comment-header"><h4 class="author"><a href="https://wiki.chem.example.org/display/~jweber" class="url fn confluence-userlink">Jonas Weber</a></h4></div><div class="comment-body"><div class="comment-content wiki-content"><p>Numbers in Table 1 checked on 5 mmol of the cyclohexanone trisylhydrazone with DMF as electrophile: 72 % of the enal after the column.</p></div><div class="comment-actions"><ul class="comment-actions-primary"><li class="comment-action-reply"><a href="#">Reply</a></li><li class="comment-action-like"><a href="#">Like</a></li></ul><ul class="comment-actions-secondary"><li class="comment-date"><a href="#comment-48824402">Feb 19, 2024</a></li></ul></div></div></div></li>
<li id="comment-thread-48824410" class="comment-thread"><div class="comment" id="comment-48824410"><div class="comment-header"><h4 class="author"><a href="https://wiki.chem.example.org/display/~praman" class="url fn confluence-userlink">Priya Raman</a></h4></div><div class="comment-body"><div class="comment-content wiki-content"><p>Thanks Jonas. Could someone add a note on the work-up of the boronate at some point?</p></div><div class="comment-actions"><ul class="comment-actions-primary"><li class="comment-action-reply"><a href="#">Reply</a></li><li class="comment-action-like"><a href="#">Like</a></li></ul><ul class="comment-actions-secondary"><li class="comment-date"><a href="#comment-48824410">Feb 20, 2024</a></li></ul></div></div></div></li></ol>
<div class="quick-comment-container comment add"><div class="quick-comment-body"><div class="quick-comment-loading-container"></div><form class="quick-comment-form aui" method="post" name="inlinecommentform"><div title="Add a comment" class="quick-comment-prompt"><span>Write a comment…</span></div></form></div></div></div>
</div>
</div>
<div id="footer" role="contentinfo"><section class="footer-body"><div class="page-info-footer"><p><strong>Page information:</strong> Created by Priya Raman on Nov 03, 2022. Last updated by Jonas Weber on Feb 19, 2024 (version 14). Owner: Synthesis Methods Wiki, Named reactions.</p></div>
<ul id="poweredby"><li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">7.19.16</span></li><li class="print-only">Printed by Atlassian Confluence 7.19.16</li><li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">Report a bug</a></li><li class="noprint"><a href="https://www.atlassian.com/company/news" class="hover-footer-link" rel="nofollow">Atlassian News</a></li></ul>
<div id="footer-logo"><a href="https://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div>
</div>
</div>
</body></html>"""

SHP_CSS = """html,body{margin:0;padding:0}
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans",Ubuntu,"Droid Sans","Helvetica Neue",sans-serif;font-size:14px;color:#172b4d}
.wiki-content table.confluenceTable{border-collapse:collapse}
.wiki-content td.confluenceTd,.wiki-content th.confluenceTh{border:1px solid #c1c7d0;padding:7px 10px;vertical-align:top;text-align:left;min-width:8px}
.wiki-content th.confluenceTh{background-color:#f4f5f7;font-weight:bold}
.confluence-information-macro{border-radius:3px;margin:10px 0;padding:10px 10px 10px 36px;position:relative}
.confluence-information-macro-information{background:#deebff}
.confluence-information-macro-warning{background:#ffebe6}
.expand-container .expand-content.expand-hidden{display:none}
.expand-control{cursor:pointer;color:#0052cc}
.print-only{display:none}
@media print{.noprint,#header,.ia-splitter-left,#navigation,#likes-and-labels-container{display:none!important}.print-only{display:block}}
"""


def _png(width: int, height: int) -> bytes:
    """A small grey-scale PNG (a reaction-scheme placeholder with three boxes and arrows)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = 255
            for bx in (10, 190, 370):
                if bx <= x <= bx + 140 and 50 <= y <= 130 and (x in (bx, bx + 140) or y in (50, 130)):
                    v = 40
            if y == 90 and (155 <= x <= 185 or 335 <= x <= 365):
                v = 40
            if (180 <= x <= 185 or 360 <= x <= 365) and abs(y - 90) <= (185 - x if x <= 185 else 365 - x):
                v = 40
            row.append(v)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"tEXt", b"Software\x00ChemDraw Professional 21.0") + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def _qp(text: str) -> str:
    """Quoted-printable as Blink writes it: CRLF hard breaks, '=' CRLF soft breaks at 76 columns."""
    out_lines = []
    for line in text.encode("utf-8").split(b"\n"):
        enc = []
        for i, b in enumerate(line):
            c = chr(b)
            if b == 61 or b > 126 or (b < 32 and b != 9) or (c in " \t" and i == len(line) - 1):
                enc.append(f"={b:02X}")
            else:
                enc.append(c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def shp_html() -> str:
    return SHP_HTML.replace("CONTENT", SHP_CONTENT.strip()).replace("IMGURL", SHP_IMG_URL.replace("&", "&amp;"))


def make_shp_mht() -> bytes:
    b = SHP_BOUNDARY
    head = ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {SHP_URL}\r\n"
            "Subject: Shapiro reaction - Synthesis Methods Wiki - Confluence\r\n"
            "Date: Mon, 19 Feb 2024 16:49:47 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            '\ttype="text/html";\r\n'
            f'\tboundary="{b}"\r\n\r\n\r\n')
    parts = [
        ("Content-Type: text/html\r\n"
         "Content-ID: <frame-8C0D6E2F4A91B3C57D20E8F6A1B4C9D3@mhtml.blink>\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n"
         f"Content-Location: {SHP_URL}\r\n\r\n" + _qp(shp_html())),
        ("Content-Type: text/css\r\n"
         "Content-ID: <css-5b0e2a41-7d3c-4f0a-9e61-2c8d7b3f9a10@mhtml.blink>\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n"
         f"Content-Location: {SHP_CSS_URL}\r\n\r\n" + _qp(SHP_CSS)),
        ("Content-Type: image/png\r\n"
         "Content-Transfer-Encoding: base64\r\n"
         f"Content-Location: {SHP_IMG_URL}\r\n\r\n" + _b64(_png(520, 180))),
    ]
    body = "".join(f"--{b}\r\n{p}\r\n\r\n" for p in parts) + f"--{b}--\r\n"
    return (head + body).encode("ascii")


# ============================================================================ 3. Biginelli (.ipynb)

# ("raw"|"md"|"code", source, tags[, "norun"])
BIG_CELLS: list[tuple] = [
    ("raw", """---
eln_id: ELN-BIG-007
template: protocol-notebook v3
export: pdf
---""", []),
    ("md", """# Biginelli reaction: 3,4-dihydropyrimidin-2(1H)-ones (DHPMs)

**Notebook** ELN-BIG-007 · **Owner** Dr. Ana Sousa · **Group** Heterocycle platform · **Created** 2024-05-06 · **Status** released protocol

> This notebook is both the protocol and the calculator. Change the values in the parameter cell (section 3) and choose *Run All*. The troubleshooting section is near the end.""", ["header"]),
    ("md", """## 1. Principle

The Biginelli reaction condenses an aldehyde, a β-keto ester and urea (or thiourea) in one pot under acid catalysis to a 3,4-dihydropyrimidin-2(1H)-one (DHPM).
In the accepted mechanism the aldehyde and urea first condense to an N-acyliminium ion, the enol of the keto ester adds to this ion, and the open-chain ureide cyclises and loses water.
The iminium route competes with the Knoevenagel condensation of the aldehyde with the keto ester, which is why urea is used in excess (1.5 equiv) and the acid is kept catalytic.
Most products crystallise from the cooled ethanol, so the standard method needs no chromatography.
The new stereocentre at C4 is formed as a racemate under these conditions.

Standard example: benzaldehyde + ethyl acetoacetate + urea → ethyl 6-methyl-2-oxo-4-phenyl-1,2,3,4-tetrahydropyrimidine-5-carboxylate (M = 260.29 g/mol).""", []),
    ("md", """## 2. Check first

Before you repeat a failed run or change the conditions, check:

- [ ] The aldehyde is freshly distilled or from a new bottle. White crystals of benzoic acid at the cap or in the liquid mean it has oxidised.
- [ ] The urea is dry and free-flowing. It is hygroscopic: dry caked urea at 60 °C overnight.
- [ ] The ethyl acetoacetate is colourless; yellow or brown material is old.
- [ ] The acid is concentrated HCl (37 %) and only 0.10 mL per 20 mmol. More acid is not better.
- [ ] The oil bath is at 90 °C and the ethanol really refluxes.
- [ ] You left the flask at 0–5 °C for at least 1 h before filtering.""", []),
    ("md", """## 3. Parameters and amounts

Edit the next cell only (it is tagged `parameters`, so papermill can set it). Densities are for 20 °C; concentrated HCl is taken as 12 M.""", []),
    ("code", """from IPython.display import HTML

scale_mmol = 20.0          # mmol of aldehyde (limiting reagent)
aldehyde = "benzaldehyde"
ketoester_equiv = 1.0
urea_equiv = 1.5
hcl_mL = 0.10              # conc. HCl (37 %, about 12 M)
ethanol_mL_per_mmol = 1.0""", ["parameters"]),
    ("code", """MW = {  # g/mol
    "benzaldehyde": 106.12,
    "4-chlorobenzaldehyde": 140.57,
    "4-methoxybenzaldehyde": 136.15,
    "3-nitrobenzaldehyde": 151.12,
    "ethyl acetoacetate": 130.14,
    "urea": 60.06,
}
DENSITY = {"benzaldehyde": 1.044, "4-methoxybenzaldehyde": 1.119, "ethyl acetoacetate": 1.021}  # g/mL
M_PRODUCT = {"benzaldehyde": 260.29, "4-chlorobenzaldehyde": 294.74,
             "4-methoxybenzaldehyde": 290.32, "3-nitrobenzaldehyde": 305.29}


def amount(name, equiv):
    mmol = scale_mmol * equiv
    mass_g = mmol * MW[name] / 1000
    line = f"{name:<22}{equiv:>5.2f} equiv {mmol:>6.1f} mmol {mass_g:>7.3f} g"
    if name in DENSITY:
        line += f" = {mass_g / DENSITY[name]:.2f} mL"
    return line


print(f"Scale: {scale_mmol} mmol of {aldehyde}")
for name, eq in [(aldehyde, 1.0), ("ethyl acetoacetate", ketoester_equiv), ("urea", urea_equiv)]:
    print(amount(name, eq))
mol_pct = 100 * hcl_mL * 12.0 / scale_mmol
print(f"conc. HCl              {hcl_mL:.2f} mL (about {hcl_mL * 12.0:.1f} mmol, {mol_pct:.0f} mol%)")
print(f"ethanol (absolute)     {scale_mmol * ethanol_mL_per_mmol:.0f} mL")""", ["hide-input"]),
    ("code", """theoretical_g = scale_mmol * M_PRODUCT[aldehyde] / 1000
round(theoretical_g, 2)""", []),
    ("md", """## 4. Procedure (20 mmol, method A: HCl in ethanol)

1. Charge a 100 mL round-bottomed flask with a stir bar, urea (1.80 g, 30.0 mmol) and absolute ethanol (20 mL).
2. Add benzaldehyde (2.03 mL, 20.0 mmol) and ethyl acetoacetate (2.55 mL, 20.0 mmol) by syringe.
3. Add concentrated HCl (0.10 mL, about 1.2 mmol) and fit a reflux condenser.
4. Heat in an oil bath at 90 °C under gentle reflux for 6 h. The urea dissolves within 15 min, and the product often starts to crystallise from the hot solution after 2–3 h.
5. Check by TLC (hexane/ethyl acetate 1:1, UV 254 nm): the benzaldehyde spot near the solvent front must be faint, and the DHPM runs at Rf about 0.3.
6. Cool to room temperature and then in an ice bath for at least 1 h.
7. Filter on a Büchner funnel and wash the solid with ice-cold ethanol (2 × 5 mL) and then with cold water (2 × 10 mL) to remove the excess urea.
8. Recrystallise from hot ethanol (about 15 mL per gram of crude product).
9. Dry at 50 °C in the vacuum oven to constant weight.
10. Expected: 3.4–4.2 g (65–80 %) of white crystals, mp 202–204 °C.

$$\\text{yield} = \\frac{m_\\text{dry}}{n_\\text{aldehyde} \\cdot M_\\text{DHPM}} \\times 100\\,\\%$$""", []),
    ("md", """### Method B: Yb(OTf)3 without solvent (small scale or unreactive aldehydes)

- Mix the aldehyde (5.0 mmol), ethyl acetoacetate (5.0 mmol), urea (7.5 mmol) and Yb(OTf)3 (0.31 g, 0.50 mmol, 10 mol%) in a 25 mL flask without solvent.
- Heat at 100 °C (internal temperature) for 20–30 min; the melt solidifies as the product forms.
- Cool, add cold water (15 mL), stir for 15 min, filter, wash with water and recrystallise from ethanol.
- The Yb(OTf)3 stays in the aqueous filtrate and can be recovered by evaporating the water and drying the residue at 120 °C under vacuum.

<div class="alert alert-block alert-danger">
<b>Do not heat method B above 105 °C.</b> Urea starts to decompose to ammonia, and the yellow Hantzsch dihydropyridine becomes the main product.
</div>""", []),
    ("md", """## 5. Conditions compared (benzaldehyde, our data)

| Catalyst | Solvent | Temperature, time | Isolated yield | Remarks |
|---|---|---|---|---|
| none | EtOH | reflux, 18 h | 15–20 % | mainly the Knoevenagel product |
| conc. HCl, 6 mol% | EtOH | reflux, 6 h | 65–80 % | method A (standard) |
| conc. HCl, 50 mol% | EtOH | reflux, 6 h | 45–55 % | brown solution, more by-products |
| Yb(OTf)3, 10 mol% | none | 100 °C, 20 min | 85–92 % | method B |
| FeCl3·6H2O, 10 mol% | EtOH | reflux, 5 h | 75–85 % | cheap Lewis acid; product slightly yellow before recrystallisation |
| Yb(OTf)3, 10 mol% | none | 130 °C, 20 min | about 55 % | yellow Hantzsch dihydropyridine as by-product |""", []),
    ("md", """## 6. Scope in our hands

The parameter cell accepts the aldehydes below. Times, yields and melting points are for method A; butanal was purified by chromatography.""", []),
    ("code", """SCOPE = [
    # aldehyde, reflux time (h), isolated yield (%), mp
    ("benzaldehyde", 6, 72, "202-204 °C"),
    ("4-chlorobenzaldehyde", 5, 78, "213-215 °C"),
    ("4-methoxybenzaldehyde", 8, 61, "201-203 °C"),
    ("3-nitrobenzaldehyde", 4, 80, "226-228 °C"),
    ("butanal", 18, 28, "n.d. (column)"),
]
for ald, hours, yld, mp in SCOPE:
    print(f"{ald:<22} {hours:>3} h {yld:>4} %   mp {mp}")""", ["hide-input"]),
    ("md", """## 7. Run log

Enter each run below; the cell works out the yield from the dry mass.""", []),
    ("code", """RUNS = [
    # run, scale (mmol), aldehyde, dry mass (g), mp (°C)
    ("BIG-007-01", 20.0, "benzaldehyde", 3.71, "202-204"),
    ("BIG-007-02", 20.0, "benzaldehyde", 2.95, "196-201"),
    ("BIG-007-03", 5.0, "3-nitrobenzaldehyde", 1.19, "226-227"),
]
rows = []
for run, mmol, ald, mass, mp in RUNS:
    theo = mmol * M_PRODUCT[ald] / 1000
    pct = 100 * mass / theo
    rows.append(f"<tr><td>{run}</td><td>{ald}</td><td>{mass:.2f} g</td><td>{pct:.1f} %</td><td>{mp}</td></tr>")
HEAD = "<thead><tr><th>Run</th><th>Aldehyde</th><th>Dry mass</th><th>Yield</th><th>mp (°C)</th></tr></thead>"
HTML('<table class="dataframe">' + HEAD + "<tbody>" + "".join(rows) + "</tbody></table>")""", []),
    ("md", """Run BIG-007-02 was filtered after only 10 min in the ice bath (see T3 below).

### Thiourea variant (monastrol-type thiones)

Replace urea by thiourea (same equivalents); everything else stays the same, but allow 12–16 h of reflux.""", []),
    ("code", """# thio-DHPM: swap urea for thiourea
print(amount("thiourea", urea_equiv))""", []),
    ("code", """MW["thiourea"] = 76.12
print(amount("thiourea", urea_equiv))""", []),
    ("md", """## 8. Troubleshooting (symptom → cause → fix)

### T1 · Yellow oil instead of crystals, and TLC shows a new less polar spot
- **Cause:** the Knoevenagel condensation of the aldehyde with ethyl acetoacetate (the benzylidene keto ester) won against the iminium route: too little urea, undissolved urea, or no acid.
- **Fix:** use 1.5 equiv of dry urea, add the HCl before heating and let the urea dissolve before the mixture refluxes; for stubborn aldehydes use method B.

### T2 · Nothing crystallises when the flask is cooled
- **Cause:** too much ethanol, or a more soluble product (aliphatic aldehydes, the 4-methoxy compound).
- **Fix:** concentrate to half the volume, add ice-water (20 mL) dropwise with stirring, scratch the flask wall or seed, and leave at 4 °C overnight.

### T3 · Sticky crude solid with a low, broad melting range (for example 196–201 °C)
- **Cause:** ethyl acetoacetate, Knoevenagel product or urea trapped in the crystals, often after filtering too early or too warm.
- **Fix:** wash the filter cake with cold ethanol and cold water as in step 7, recrystallise from hot ethanol and dry to constant weight before measuring the mp.

### T4 · White solid that does not dissolve in boiling ethanol during the recrystallisation
- **Cause:** the bis-ureide (one aldehyde with two urea), formed from a large urea excess or when aldehyde, urea and acid were heated before the keto ester was added.
- **Fix:** filter the boiling ethanol solution to remove it; next time add all three components before the acid and use no more than 1.5 equiv of urea.

### T5 · Bright yellow by-product with blue fluorescence under the 365 nm lamp
- **Cause:** Hantzsch 1,4-dihydropyridine from two molecules of keto ester and the ammonia released when urea decomposes at high temperature (method B above 105 °C, or local overheating).
- **Fix:** keep method B at 100 °C internal temperature and use 1.0 equiv of keto ester; wash the crude solid with cold diethyl ether, which dissolves the dihydropyridine.

### T6 · Aliphatic aldehydes (butanal, isovaleraldehyde) give only 20–30 %
- **Cause:** enolisable aldehydes undergo aldol self-condensation and partly evaporate during the reflux.
- **Fix:** use 1.2 equiv of the aldehyde, add it last over 30 min to the refluxing mixture, and purify by chromatography (hexane/ethyl acetate 1:1).

### T7 · Thiourea run stops at about 50 % conversion
- **Cause:** thiourea condenses more slowly than urea and partly decomposes in hot acid.
- **Fix:** reflux for 12–16 h or use method B with 1.5 equiv of thiourea; do not add more HCl.

### T8 · Dark brown mixture and low yield after extra acid was added
- **Cause:** too much HCl, which causes self-condensation of the keto ester and decomposition of the aldehyde (compare 50 mol% in section 5).
- **Fix:** use 0.10 mL of concentrated HCl per 20 mmol (about 6 mol%); more acid lowers the yield.

### T9 · Solid cakes on the flask wall during the reflux and the stir bar stops
- **Cause:** the product crystallises from the hot solution when the mixture is more concentrated than about 1 M.
- **Fix:** add 5 mL of ethanol through the condenser; the early crystallisation itself does not harm the yield.""", []),
    ("md", """## 9. Safety

- Benzaldehyde and ethyl acetoacetate are harmful and irritating; dispense them in the fume cupboard.
- Concentrated HCl is corrosive; use a glass pipette and add it to the ethanol mixture, never the reverse.
- Thiourea is suspected of causing cancer and of damaging the unborn child: weigh it in the fume cupboard and wear gloves.
- Yb(OTf)3 is hygroscopic and an irritant; keep the bottle closed in the desiccator.
- Ethanol mother liquors go into the non-halogenated organic waste; the aqueous filtrate from method B goes into the aqueous metal waste unless you recover the catalyst.""", []),
    ("md", """## 10. Revision log

| Version | Date | Change |
|---|---|---|
| 1 | 2024-05-06 | first release |
| 2 | 2024-07-22 | method B, thiourea variant, T9 added |""", []),
    ("code", """# optional: push the run log to the ELN server (needs VPN)
# from eln_client import upload_table
# upload_table("ELN-BIG-007", RUNS)""", [], "norun"),
]

ANSI_RED, ANSI_GREEN, ANSI_BGREEN, ANSI_CYAN, ANSI_BLUE, ANSI_RESET = "\x1b[0;31m", "\x1b[0;32m", "\x1b[1;32m", "\x1b[0;36m", "\x1b[0;34m", "\x1b[0m"


class _HTML:
    def __init__(self, data: str):
        self.data = data


def _src_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [ln + "\n" for ln in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def _traceback(exc: BaseException, sources: dict[str, str]) -> list[str]:
    import traceback as tb_mod

    name = type(exc).__name__
    head = "Traceback (most recent call last)"
    out = [f"{ANSI_RED}{'-' * 75}{ANSI_RESET}",
           f"{ANSI_RED}{name}{ANSI_RESET}{' ' * (75 - len(name) - len(head))}{head}"]
    for fr in tb_mod.extract_tb(exc.__traceback__)[1:]:
        src = sources[fr.filename].split("\n")
        label = fr.filename.strip("<>")
        where = f"Cell {ANSI_GREEN}{label}, line {fr.lineno}{ANSI_RESET}"
        if fr.name != "<module>":
            func_line = next(ln for ln in src if ln.startswith(f"def {fr.name}("))
            args = func_line[len(f"def {fr.name}("):].rsplit(")", 1)[0]
            where += f", in {ANSI_CYAN}{fr.name}{ANSI_BLUE}({args}){ANSI_RESET}"
        body = []
        for n in range(max(1, fr.lineno - 2), min(len(src), fr.lineno + 2) + 1):
            if n == fr.lineno:
                body.append(f"{ANSI_GREEN}----> {n}{ANSI_RESET} {src[n - 1]}")
            else:
                body.append(f"{ANSI_BGREEN}{n:>7}{ANSI_RESET} {src[n - 1]}")
        out.append(where + "\n" + "\n".join(body) + "\n")
    out.append(f"{ANSI_RED}{name}{ANSI_RESET}: {exc}")
    return out


def big_run_cells() -> list[dict]:
    """Execute the code cells like a kernel would and return nbformat cells with outputs."""
    fake = types.ModuleType("IPython")
    disp = types.ModuleType("IPython.display")
    disp.HTML = _HTML
    fake.display = disp
    saved = {k: sys.modules.get(k) for k in ("IPython", "IPython.display")}
    sys.modules["IPython"], sys.modules["IPython.display"] = fake, disp
    ns: dict = {"__name__": "__main__"}
    sources: dict[str, str] = {}
    cells = []
    count = 0
    try:
        for i, cell in enumerate(BIG_CELLS):
            kind, src, tags = cell[0], cell[1], cell[2]
            cid = f"c{i:02d}-{zlib.crc32(src.encode()) & 0xFFFFFF:06x}"
            meta: dict = {"tags": tags} if tags else {}
            if kind == "raw":
                cells.append({"cell_type": "raw", "id": cid, "metadata": {"raw_mimetype": "text/markdown"}, "source": _src_lines(src)})
                continue
            if kind == "md":
                cells.append({"cell_type": "markdown", "id": cid, "metadata": meta, "source": _src_lines(src)})
                continue
            if len(cell) > 3 and cell[3] == "norun":
                cells.append({"cell_type": "code", "execution_count": None, "id": cid, "metadata": meta, "outputs": [], "source": _src_lines(src)})
                continue
            count += 1
            fname = f"<In[{count}]>"
            sources[fname] = src
            tree = ast.parse(src, fname)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            outputs: list[dict] = []
            buf = io.StringIO()
            try:
                with contextlib.redirect_stdout(buf):
                    exec(compile(tree, fname, "exec"), ns)
                    value = eval(compile(last, fname, "eval"), ns) if last is not None else None
            except Exception as exc:  # noqa: BLE001 - the stored error output of the notebook
                if buf.getvalue():
                    outputs.append({"name": "stdout", "output_type": "stream", "text": _src_lines(buf.getvalue())})
                outputs.append({"ename": type(exc).__name__, "evalue": str(exc), "output_type": "error", "traceback": _traceback(exc, sources)})
            else:
                if buf.getvalue():
                    outputs.append({"name": "stdout", "output_type": "stream", "text": _src_lines(buf.getvalue())})
                if value is not None:
                    if isinstance(value, _HTML):
                        data = {"text/html": _src_lines(value.data), "text/plain": ["<IPython.core.display.HTML object>"]}
                    else:
                        data = {"text/plain": _src_lines(repr(value))}
                    outputs.append({"data": data, "execution_count": count, "metadata": {}, "output_type": "execute_result"})
            cells.append({"cell_type": "code", "execution_count": count, "id": cid, "metadata": meta, "outputs": outputs, "source": _src_lines(src)})
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return cells


def big_notebook() -> dict:
    return {
        "cells": big_run_cells(),
        "metadata": {
            "authors": [{"name": "Ana Sousa"}],
            "eln": {"notebook_id": "ELN-BIG-007", "project": "HET-PLATFORM", "status": "released", "version": 2},
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py", "mimetype": "text/x-python",
                              "name": "python", "nbconvert_exporter": "python", "pygments_lexer": "ipython3", "version": "3.11.7"},
            "toc": {"number_sections": False, "toc_window_display": True},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def make_big_ipynb() -> bytes:
    return (json.dumps(big_notebook(), sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


# ============================================================================ main


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / f"{NHK_STEM}.odt").write_bytes(make_nhk_odt())
    (OUT_DIR / f"{SHP_STEM}.mht").write_bytes(make_shp_mht())
    (OUT_DIR / f"{BIG_STEM}.ipynb").write_bytes(make_big_ipynb())
    for p in sorted(OUT_DIR.iterdir()):
        print(f"wrote {p.relative_to(OUT_DIR.parent.parent.parent)} ({p.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
