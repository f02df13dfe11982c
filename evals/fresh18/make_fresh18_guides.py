# ruff: noqa: E501 - long literal text and regular expressions
"""Generate the three guides of the fresh18 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh18/make_fresh18_guides.py

Writes:
    evals/fresh18/guides/julia-kocienski-sop-word-pdf.pdf
        a WORD SOP SAVED AS PDF ("Save as PDF"; reportlab canvas, A4 portrait, DejaVu Sans embedded,
        creator/producer "Microsoft® Word for Microsoft 365"): a boxed HEADER TABLE on every page
        (document number, revision, effective date, page n of N, title, approval), typed section
        numbers 1.1, 1.2 ... and 5.13.1, lettered check-first items, two ruled tables whose cells
        are drawn line by line, and table ROWS THAT BREAK ACROSS A PAGE BREAK (Word's default
        "allow row to break across pages"); a footer line on every page.
    evals/fresh18/guides/steam-distillation-moodle-page.html
        a MOODLE 4 "Page" activity of a practical course SAVED FROM THE BROWSER ("Web page,
        complete"; Boost theme): the "saved from url" comment, navbar, the course-index drawer
        with every section and activity, breadcrumbs, the activity header with completion
        badges and dates, the Atto content (headings, a Bootstrap alert, a MathJax TeX formula,
        a bordered table with caption, ordered and unordered lists, a Bootstrap ACCORDION whose
        button holds the symptom and whose collapsed card body holds cause and fix), "Last
        modified", the activity navigation with a "Jump to..." select listing all activities,
        the footer (logged in as, data retention summary, Powered by Moodle) and a script.
    evals/fresh18/guides/ph-meter-binder-card-boxdrawing.txt
        a PLAIN-TEXT INSTRUMENT CARD for a bench binder (UTF-8 WITH BOM, CRLF line ends): a
        double-lined box-drawing banner, headings underlined with "═", paragraphs HARD-WRAPPED
        at 76 columns (sentences break across lines), check boxes "[ ]", numbered steps with
        hanging indents, and two BOX-DRAWING TABLES (┌─┬─┐ │ ├ └) whose cells wrap onto several
        lines, so that one line holds fragments of three cells.

Re-running gives byte-identical files.  jk_units(), sd_units() (in the verifier) and ph_units()
give the text units the verifier checks anchors against.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _font_path(name: str) -> str:
    path = FONT_DIR / name
    if not path.exists():
        raise SystemExit(f"font {path} not found; install fonts-dejavu")
    return str(path)


def _dcv_fonts() -> None:
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, _font_path(file)))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    _dcv_fonts()
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        trial = w if not cur else cur + " " + w
        if cur and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines

# ---------------------------------------------------------------------------- Julia-Kocienski SOP (PDF)

JK_STEM = "julia-kocienski-sop-word-pdf"
JK_HEADER = [
    ("Document No.", "SOP-SYN-031"), ("Revision", "3"), ("Effective date", "02 Sep 2024"),
    ("Title", "Julia-Kocienski olefination with PT-sulfones"), ("Approved by", "Dr Maria Lindqvist (Group Leader)"),
    ("Author", "Dr Tomasz Wrona"),
]
JK_FOOTER = "SOP-SYN-031 Rev. 3 | Uncontrolled when printed | Synthesis Laboratory, Building C"

JK_BLOCKS = [
    ("title", "Standard Operating Procedure: Julia-Kocienski Olefination"),
    ("h1", "1 Purpose and scope"),
    ("p", "1.1 This SOP describes the one-pot Julia-Kocienski olefination of aldehydes with 1-phenyl-1H-tetrazol-5-yl "
          "sulfones (PT-sulfones) to give mainly E-1,2-disubstituted alkenes, and the preparation of the PT-sulfone "
          "from the corresponding primary alcohol."),
    ("p", "1.2 It applies to reactions on 0.5-20 mmol scale in the synthesis laboratory. Larger runs need a written "
          "risk assessment signed by the group leader, because SO2 is released during the warm-up."),
    ("p", "1.3 The SOP does not cover the classical two-step Julia-Lythgoe olefination (phenyl sulfones, acylation and "
          "sodium amalgam reduction) or the preparation of Z-alkenes."),
    ("h1", "2 Principle"),
    ("p", "2.1 The PT-sulfone is deprotonated at the carbon next to sulfur. The sulfonyl carbanion adds to the "
          "aldehyde to give a beta-alkoxy sulfone."),
    ("p", "2.2 The alkoxide attacks the tetrazole carbon (Smiles rearrangement), the PT group moves from sulfur to "
          "oxygen and the resulting sulfinate eliminates SO2 and 1-phenyl-1H-tetrazol-5-olate to form the alkene."),
    ("p", "2.3 The E/Z ratio is set in the addition step. Potassium bases in polar solvents (KHMDS in DME) give the "
          "open transition state and high E selectivity; lithium bases and non-polar solvents give more Z."),
    ("p", "2.4 PT-sulfones are preferred over benzothiazolyl (BT) sulfones in this laboratory because the metallated "
          "PT-sulfone is less prone to self-condensation and can be generated before the aldehyde is added."),
    ("h1", "3 Check first"),
    ("p", "3.1 Before changing the procedure after a failed run, check the following in this order:"),
    ("li", "a) Titre of the KHMDS solution: titrate if the bottle has been open for more than 4 weeks."),
    ("li", "b) Water in the DME: Karl Fischer below 50 ppm, taken from the solvent system on the day of use."),
    ("li", "c) Purity of the sulfone: no sulfoxide (1H NMR, CH2 signal at 3.1-3.3 ppm instead of 3.6-3.8 ppm)."),
    ("li", "d) Aldehyde quality: freshly purified, no carboxylic acid (a broad OH signal in the 1H NMR)."),
    ("li", "e) Internal temperature during the base addition: it must stay below -70 °C."),
    ("li", "f) That the reaction was allowed to reach room temperature before the quench."),
    ("h1", "4 Reagents, equipment and base/solvent selection"),
    ("p", "4.1 Reagents: PT-sulfone (dried under high vacuum for 2 h), aldehyde, KHMDS 0.5 M in toluene (or 1.0 M in "
          "THF), anhydrous DME, diethyl ether, saturated NH4Cl, 1 M NaOH, brine, MgSO4."),
    ("p", "4.2 Equipment: oven-dried two-necked flask with septum and argon inlet, low-temperature thermometer, "
          "dry ice/acetone bath, gas-tight syringes, oil bubbler on the outlet to vent SO2 into the fume cupboard."),
    ("p", "4.3 Table 1 gives the E/Z ratios measured in this laboratory for an unbranched aliphatic aldehyde "
          "(hexanal) and the PT-sulfone of 3-phenylpropan-1-ol under otherwise identical conditions."),
    ("caption", "Table 1. Base and solvent versus E/Z ratio (hexanal, -78 °C to room temperature)"),
    ("table", [["Base", "Solvent", "E/Z ratio", "Yield", "Remark"],
               ["KHMDS", "DME", "96:4", "84 %", "standard conditions of this SOP"],
               ["KHMDS", "THF", "91:9", "80 %", "acceptable if DME is not allowed"],
               ["NaHMDS", "THF", "85:15", "78 %", "use only if KHMDS is not available"],
               ["LiHMDS", "THF", "68:32", "71 %", "lithium chelates the alkoxide, poor E selectivity"],
               ["KHMDS", "toluene", "79:21", "52 %", "sulfone poorly soluble at -78 °C"],
               ["KHMDS", "DMF", "93:7", "66 %", "only at -60 °C; DMF freezes at -61 °C"]],
     [60, 55, 60, 45, 235]),
    ("p", "4.4 Branched (alpha-substituted) aldehydes and aromatic aldehydes give lower E/Z ratios than those in "
          "Table 1; expect 80:20 to 90:10 with KHMDS in DME."),
    ("h1", "5 Procedure: olefination (5.0 mmol scale)"),
    ("p", "5.1 Dry the PT-sulfone (5.0 mmol, 1.0 equiv) under high vacuum for 2 h in the reaction flask, then fill the "
          "flask with argon."),
    ("p", "5.2 Add anhydrous DME (25 mL, 0.2 M) by syringe and stir until the sulfone has dissolved."),
    ("p", "5.3 Cool the solution to -78 °C (internal thermometer) in a dry ice/acetone bath."),
    ("p", "5.4 Add KHMDS (0.5 M in toluene, 11.0 mL, 5.5 mmol, 1.1 equiv) dropwise over 10 min along the cold flask "
          "wall. The solution turns yellow to orange."),
    ("p", "5.5 Stir for 45 min at -78 °C to complete the metallation."),
    ("p", "5.6 Add the aldehyde (7.5 mmol, 1.5 equiv), neat or as a 1 M solution in DME, dropwise over 5 min. The "
          "colour fades to pale yellow."),
    ("p", "5.7 Stir for 1 h at -78 °C, then remove the cooling bath and let the mixture warm to room temperature "
          "overnight (at least 3 h). Gas evolution (SO2) starts at about -20 °C; keep the bubbler open."),
    ("p", "5.8 Quench with saturated NH4Cl (20 mL) and water (20 mL), and extract with diethyl ether (3 × 30 mL)."),
    ("p", "5.9 Wash the combined organic layers with 1 M NaOH (2 × 20 mL) to remove 1-phenyl-1H-tetrazol-5-ol, then "
          "with brine (20 mL)."),
    ("p", "5.10 Dry over MgSO4, filter and concentrate at 30 °C bath temperature (500 mbar for alkenes with fewer "
          "than ten carbons)."),
    ("p", "5.11 Purify by flash chromatography (typically pentane/ether). Determine the E/Z ratio from the crude 1H "
          "NMR: vinyl coupling constant J = 15-16 Hz for E and 10-12 Hz for Z."),
    ("p", "5.12 Expected result for hexanal and the PT-sulfone of 3-phenylpropan-1-ol: 80-86 % yield, E/Z 95:5 or "
          "better."),
    ("h2", "5.13 Barbier-type variant"),
    ("p", "5.13.1 For sulfones that self-condense and for aldehydes that epimerise, premix the sulfone (1.0 equiv) and "
          "aldehyde (1.2 equiv) in DME at -78 °C and add the KHMDS (1.1 equiv) to this mixture over 20 min."),
    ("p", "5.13.2 Under Barbier conditions the sulfonyl carbanion is trapped by the aldehyde as soon as it forms, so "
          "no free anion accumulates."),
    ("h1", "6 Preparation of the PT-sulfone"),
    ("p", "6.1 Mitsunobu thioetherification: alcohol (10 mmol), 1-phenyl-1H-tetrazole-5-thiol (PT-SH, 11 mmol) and PPh3 "
          "(12 mmol) in THF (50 mL) at 0 °C; add DIAD (12 mmol) dropwise, stir 2 h at room temperature."),
    ("p", "6.2 Oxidation: dissolve the PT-sulfide in ethanol (40 mL), cool to 0 °C, add ammonium molybdate "
          "tetrahydrate (1.0 mmol, 10 mol %) in 30 % H2O2 (5 mL, about 5 equiv) and stir overnight at room temperature."),
    ("p", "6.3 The oxidation goes through the sulfoxide. Check by TLC that the sulfoxide spot (lowest Rf) has gone "
          "before the work-up; add 2 mL more H2O2 if it has not."),
    ("p", "6.4 Alternatively use mCPBA (2.5 equiv) in DCM at 0 °C; this is faster but oxidises alkenes and "
          "electron-rich arenes in the substrate."),
    ("p", "6.5 PT-sulfones are usually white crystalline solids. Recrystallise them from ethanol or purify them by "
          "flash chromatography, and store them in a closed vial at room temperature; they keep for years."),
    ("h1", "7 Troubleshooting"),
    ("p", "7.1 Use Table 2 after the check-first list (section 3). Record the outcome of every failed run in the "
          "group's electronic notebook, with the crude 1H NMR spectrum attached."),
    ("caption", "Table 2. Troubleshooting the Julia-Kocienski olefination"),
    ("table", [["Observation", "Probable cause", "Corrective action"],
               ["Sulfone recovered unchanged, aldehyde gone or intact",
                "Base destroyed by water, or KHMDS solution of low titre",
                "Titrate the KHMDS; use DME with less than 50 ppm water; dry the sulfone under vacuum before use."],
               ["Sulfone consumed, low yield, an unexpected less polar by-product",
                "Self-condensation: the metallated sulfone attacks the tetrazole of a second sulfone molecule",
                "Switch to the Barbier-type variant (5.13); keep the metallation at -78 °C and shorten it to 20 min."],
               ["Poor E/Z ratio (worse than 90:10 for an unbranched aldehyde)",
                "Lithium or sodium counterion, THF or toluene as solvent, or warm base addition",
                "Use KHMDS in DME and keep the internal temperature below -70 °C until the aldehyde has been added."],
               ["beta-Hydroxy sulfone isolated after the work-up",
                "Reaction quenched cold, before the Smiles rearrangement and elimination had taken place",
                "Let the mixture reach room temperature and stir for at least 3 h before the quench."],
               ["Epimerised alpha-stereocentre of the aldehyde, or aldol products",
                "Excess base deprotonates the aldehyde",
                "Use no more than 1.05 equiv of KHMDS and run the Barbier-type variant."],
               ["White solid and a polar TLC spot in the crude product",
                "1-phenyl-1H-tetrazol-5-ol left in the organic layer",
                "Repeat the 1 M NaOH wash; do not replace it by NaHCO3, which is too weak a base."],
               ["Reaction mixture turns dark brown or black on adding the base",
                "Base added too fast or at above -60 °C; the anion decomposes",
                "Add the base slowly down the cold wall of the flask; check the bath is at -78 °C."],
               ["Good conversion by TLC but little product after evaporation",
                "Volatile alkene lost on the rotary evaporator",
                "Use pentane as extraction solvent and evaporate at 500 mbar and 30 °C or below."],
               ["Sulfoxide in the sulfone after the oxidation",
                "Too little H2O2, or molybdate omitted",
                "Add 2 mL more 30 % H2O2 and stir for another 6 h; do not use the sulfoxide in the olefination."]],
     [135, 160, 160]),
    ("h1", "8 Analysis"),
    ("p", "8.1 The E-alkene shows the vinyl protons at 5.3-5.5 ppm with a trans coupling constant of 15-16 Hz. Quote the "
          "E/Z ratio from the integrals of the allylic CH2 signals when the vinyl signals overlap."),
    ("p", "8.2 The PT-sulfone CH2 next to sulfur appears at 3.6-3.8 ppm; its disappearance is the easiest measure of "
          "conversion."),
    ("h1", "9 Safety"),
    ("p", "9.1 KHMDS solutions are corrosive and react violently with water. Transfer by syringe under argon and quench "
          "syringe residues in isopropanol."),
    ("p", "9.2 DME is a reproductive toxin and forms peroxides. Use it only in the fume cupboard and take it from the "
          "solvent system, not from old bottles."),
    ("p", "9.3 SO2 is released when the reaction warms up. Vent the flask through an oil bubbler into the fume cupboard "
          "and never close the system."),
    ("p", "9.4 PT-SH and PT-sulfides smell strongly. Quench glassware and waste with bleach in the fume cupboard."),
    ("p", "9.5 Tetrazoles are energetic compounds. Do not heat PT-sulfones or 1-phenyl-1H-tetrazol-5-ol above 150 °C "
          "and do not distil them."),
    ("h1", "10 Revision history"),
    ("p", "10.1 Rev. 3 (Sep 2024): Table 1 updated with the DMF entry; Barbier-type variant added."),
    ("p", "10.2 Rev. 2 (Jan 2022): molybdate/H2O2 oxidation replaces mCPBA as the standard method."),
]

JK_W, JK_H = 595.0, 842.0
JK_LEFT, JK_RIGHT = 70.0, 525.0
JK_BODY_TOP, JK_BODY_BOTTOM = 700.0, 82.0
_JK_FONT = {"p": ("DejaVuSans", 9.5, 13.0), "li": ("DejaVuSans", 9.5, 13.0), "h1": ("DejaVuSans-Bold", 11.5, 16.0),
            "h2": ("DejaVuSans-Bold", 10.0, 14.0), "title": ("DejaVuSans-Bold", 14.0, 20.0),
            "caption": ("DejaVuSans-Bold", 8.5, 12.0)}


def _jk_layout() -> list[list[tuple]]:
    """Pages of draw operations: ('text', x, y, font, size, s) and ('rect', x, y, w, h)."""
    pages: list[list[tuple]] = [[]]
    y = JK_BODY_TOP

    def new_page():
        nonlocal y
        pages.append([])
        y = JK_BODY_TOP

    for block in JK_BLOCKS:
        kind = block[0]
        if kind == "table":
            rows, widths = block[1], block[2]
            size, lead = 8.0, 10.5
            for r, row in enumerate(rows):
                font = "DejaVuSans-Bold" if r == 0 else "DejaVuSans"
                cells = [_wrap(c, font, size, w - 8) for c, w in zip(row, widths)]
                n = max(len(c) for c in cells)
                i = 0
                while i < n:  # rows may break across pages, as Word allows by default
                    room = int((y - JK_BODY_BOTTOM - 6) // lead)
                    if room < 1:
                        new_page()
                        continue
                    take = min(room, n - i)
                    h = take * lead + 5
                    x = JK_LEFT
                    for c, w in zip(cells, widths):
                        pages[-1].append(("rect", x, y - h, w, h))
                        for k, s in enumerate(c[i:i + take]):
                            pages[-1].append(("text", x + 4, y - 9 - k * lead, font, size, s))
                        x += w
                    y -= h
                    i += take
            y -= 8
            continue
        font, size, lead = _JK_FONT[kind]
        indent = 18.0 if kind == "li" else 0.0
        lines = _wrap(block[1], font, size, JK_RIGHT - JK_LEFT - indent)
        need = len(lines) * lead + (6 if kind.startswith("h") else 3)
        if kind in ("h1", "h2", "caption"):
            need += 3 * lead  # keep with next
        if y - need < JK_BODY_BOTTOM:
            new_page()
        if kind in ("h1", "h2") and y < JK_BODY_TOP:
            y -= 6
        for s in lines:
            pages[-1].append(("text", JK_LEFT + indent, y - size, font, size, s))
            y -= lead
        y -= 3
    return pages


def _jk_header_ops(page_no: int, n_pages: int) -> list[tuple]:
    """The boxed header table of every page and the footer line."""
    ops: list[tuple] = []
    top, row_h, lw = 806.0, 14.0, 80.0
    h = dict(JK_HEADER)
    rows = [[("Document No.", h["Document No."], 147.5), ("Revision", h["Revision"], 147.5)],
            [("Effective date", h["Effective date"], 147.5), ("Page", f"{page_no} of {n_pages}", 147.5)],
            [("Title", h["Title"], 375.0)],
            [("Approved by", h["Approved by"], 375.0)],
            [("Author", h["Author"] + " | Reviewed: Dr Aisha Rahman, Safety Officer", 375.0)]]
    for r, row in enumerate(rows):
        yy = top - (r + 1) * row_h
        x = JK_LEFT
        for label, value, vw in row:
            ops.append(("rect", x, yy, lw, row_h))
            ops.append(("rect", x + lw, yy, vw, row_h))
            ops.append(("text", x + 3, yy + 4, "DejaVuSans-Bold", 7.5, label))
            ops.append(("text", x + lw + 3, yy + 4, "DejaVuSans", 7.5, value))
            x += lw + vw
    ops.append(("text", JK_LEFT, 50.0, "DejaVuSans", 7.0, JK_FOOTER))
    return ops


def _jk_all_ops() -> list[list[tuple]]:
    pages = _jk_layout()
    return [_jk_header_ops(i + 1, len(pages)) + ops for i, ops in enumerate(pages)]


def make_jk_pdf() -> bytes:
    _dcv_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(JK_W, JK_H), invariant=1, pageCompression=1)
    c.setCreator("Microsoft® Word for Microsoft 365")
    c.setProducer("Microsoft® Word for Microsoft 365")
    c.setAuthor("Tomasz Wrona")
    c.setTitle("SOP-SYN-031 Julia-Kocienski olefination")
    c.setSubject("Standard Operating Procedure")
    c.setLineWidth(0.5)
    for ops in _jk_all_ops():
        for op in ops:
            if op[0] == "rect":
                c.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
            else:
                c.setFont(op[3], op[4])
                c.drawString(op[1], op[2], op[5])
        c.showPage()
    c.save()
    return buf.getvalue()


def jk_units() -> list[str]:
    return [op[5] for ops in _jk_all_ops() for op in ops if op[0] == "text"]
# ---------------------------------------------------------------------------- Steam distillation (Moodle page)

SD_STEM = "steam-distillation-moodle-page"

SD_CONTENT = """<h3>Steam distillation: technique notes for Week 5</h3>
<p>These notes accompany the Week&nbsp;5 practical (isolation of clove oil) and the steam distillations you will meet in research projects. Read them before the pre-lab quiz. Demonstrators will ask you to explain the set-up before you start heating.</p>
<div class="alert alert-warning" role="alert"><strong>Safety first:</strong> a steam distillation runs for one to two hours with hot water and steam in glass. Never close the system, never leave the steam generator boiling without an outlet, and open the screw clip on the T-piece <em>before</em> you turn the heat off.</div>
<h4>1. Why steam distillation works</h4>
<p>Two liquids that do not mix each exert their own vapour pressure, whatever the amount of the other. The mixture boils when the sum of the two vapour pressures reaches atmospheric pressure, so it always boils below 100&nbsp;°C, the boiling point of water.</p>
<p>The mass ratio of organic compound to water in the distillate follows from the vapour pressures and the molar masses: <span class="filter_mathjaxloader_equation"><span class="nolink">\\( \\frac{m_{\\mathrm{org}}}{m_{\\mathrm{w}}} = \\frac{p_{\\mathrm{org}} M_{\\mathrm{org}}}{p_{\\mathrm{w}} M_{\\mathrm{w}}} \\)</span></span>. A high molar mass makes up for a low vapour pressure, which is why compounds boiling above 200&nbsp;°C still distil in useful amounts.</p>
<p>Use steam distillation to separate volatile, water-immiscible compounds from tars, inorganic salts and non-volatile by-products, and for heat-sensitive compounds that decompose at their normal boiling point.</p>
<p>It is the wrong choice for compounds that are soluble in water (they stay in the flask), for compounds with a vapour pressure below about 1&nbsp;mmHg at 100&nbsp;°C, and for esters, acetals and other groups that hydrolyse in hot water.</p>
<h4>2. Typical values</h4>
<p>Table 1 shows how much organic material one gram of distillate carries. Use it to estimate how much distillate you need to collect.</p>
<table class="table table-bordered generaltable">
<caption>Table 1. Steam distillation of common compounds at 1&nbsp;atm</caption>
<thead><tr><th>Compound</th><th>bp (°C)</th><th>Mixture distils at (°C)</th><th>Organic in distillate (% by mass)</th></tr></thead>
<tbody>
<tr><td>Bromobenzene</td><td>156</td><td>95.5</td><td>62</td></tr>
<tr><td>(R)-Limonene (orange peel)</td><td>176</td><td>97.4</td><td>30</td></tr>
<tr><td>Aniline</td><td>184</td><td>98.4</td><td>24</td></tr>
<tr><td>Nitrobenzene</td><td>211</td><td>99.0</td><td>16</td></tr>
<tr><td>Naphthalene</td><td>218</td><td>99.3</td><td>10</td></tr>
<tr><td>Eugenol (clove oil)</td><td>254</td><td>99.8</td><td>5</td></tr>
</tbody>
</table>
<p>For eugenol only about 5&nbsp;g of oil comes over with every 100&nbsp;g of distillate, so a run on 25&nbsp;g of cloves needs 150–200&nbsp;mL of distillate.</p>
<h4>3. Two ways to make the steam</h4>
<p><strong>Direct method (used in this course):</strong> the sample is boiled with water in the distillation flask, and water is added from a dropping funnel as it distils. Simple, but the flask contents can char if the water level drops, and solids foam.</p>
<p><strong>Live steam method (research labs):</strong> steam from a separate generator (a 2&nbsp;L flask of water with a safety tube) is led through a T-piece with a screw clip and a glass tube that reaches the bottom of the distillation flask. Better for large volumes and for solids that bump.</p>
<p>In both set-ups use a Claisen adapter or a splash head between flask and still head, fill the distillation flask no more than half full, and use a long, efficient condenser with a good flow of cooling water.</p>
<h4>4. Procedure: isolation of clove oil (direct method)</h4>
<ol>
<li>Grind 25&nbsp;g of whole cloves in the coffee grinder in the fume cupboard (about 20&nbsp;s) and transfer them to a 500&nbsp;mL round-bottomed flask.</li>
<li>Add 250&nbsp;mL of water and three anti-bumping granules, and fit the Claisen adapter, a 100&nbsp;mL dropping funnel filled with water, the still head, the condenser and a 250&nbsp;mL measuring cylinder as the receiver.</li>
<li>Heat with the heating mantle at full power until the mixture boils, then reduce the power so that the distillate drips at 2–3 drops per second.</li>
<li>Keep the volume in the flask roughly constant by adding water from the dropping funnel at the rate at which it distils.</li>
<li>Collect 150–200&nbsp;mL of milky distillate. The distillate is finished when drops falling from the condenser are clear and show no oily film.</li>
<li>Turn the heating mantle off and lower it before you remove the receiver.</li>
<li>Saturate the distillate with sodium chloride (about 30&nbsp;g per 100&nbsp;mL) and extract it with dichloromethane (3 × 25&nbsp;mL).</li>
<li>Dry the combined extracts over MgSO<sub>4</sub>, filter into a weighed flask and evaporate at 40&nbsp;°C and 600&nbsp;mbar.</li>
<li>Weigh the pale yellow oil and record an IR spectrum. Expected recovery: 1.0–2.0&nbsp;g (4–8&nbsp;% of the clove mass).</li>
</ol>
<h4>5. Check first</h4>
<p>If the distillation is not going as it should, check these before you change anything else:</p>
<ul>
<li>Is water still flowing through the condenser, and is the distillate coming out cold?</li>
<li>Is the liquid level in the flask still above the level of the solid (direct method)?</li>
<li>Is the system open to the atmosphere at the receiver end?</li>
<li>Is the steam inlet tube below the liquid surface (live steam method)?</li>
<li>Is the distillate still cloudy or oily? If so, the compound is still coming over.</li>
</ul>
<h4>6. Troubleshooting</h4>
<p>Click a problem to open it. Ask a demonstrator if your problem is not listed.</p>
<div class="accordion" id="sd-troubleshooting">
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Foam or flask contents shoot up into the condenser</button></div>
<div class="collapse"><div class="card-body"><p>Cause: the flask is too full, the heating is too strong, or plant material and soaps are foaming.</p><p>Fix: fill the flask no more than half full, use a Claisen adapter as a splash trap, heat more gently and add 2–3 drops of silicone antifoam. If distillate has been contaminated, start the collection again with a clean receiver.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Solid crystallises in the condenser and blocks it</button></div>
<div class="collapse"><div class="card-body"><p>Cause: compounds that melt above the temperature of the cooling water (naphthalene, p-dichlorobenzene, camphor) solidify on the cold condenser wall.</p><p>Fix: turn the cooling water off for a minute so that steam melts the solid and washes it into the receiver, then turn it on again slowly. Never let the condenser block completely: the pressure in the flask rises.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Distillation is very slow although the flask is boiling hard</button></div>
<div class="collapse"><div class="card-body"><p>Cause: steam condenses in the Claisen adapter and the still head and runs back into the flask.</p><p>Fix: wrap the adapter and still head in aluminium foil or glass wool up to the condenser joint. With live steam, also keep the distillation flask warm with a heating mantle on low power so that the volume does not grow.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Volume in the distillation flask keeps increasing (live steam)</button></div>
<div class="collapse"><div class="card-body"><p>Cause: steam condenses in the cold flask faster than it leaves it.</p><p>Fix: heat the distillation flask gently as well, and empty the water trap of the T-piece regularly. Stop when the flask is two-thirds full and split the batch.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Contents of the flask darken, smell burnt or stick to the glass</button></div>
<div class="collapse"><div class="card-body"><p>Cause: the water level has fallen below the solid (direct method) and the material is being heated dry by the mantle.</p><p>Fix: add hot water through the dropping funnel at once and turn the heating down. Charred material gives brown, smelly distillate; discard the fraction collected since the darkening.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Distillate is cloudy but no oil layer separates</button></div>
<div class="collapse"><div class="card-body"><p>Cause: the oil is dispersed as fine droplets, or the amount is small and partly dissolved in the water.</p><p>Fix: saturate the distillate with NaCl and extract it with dichloromethane or diethyl ether. Do not try to separate the layers directly in the receiver.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Water from the flask is sucked back into the steam generator</button></div>
<div class="collapse"><div class="card-body"><p>Cause: the heat under the steam generator was turned off while the system was closed; the steam in it condenses and creates a vacuum.</p><p>Fix: always open the screw clip on the T-piece before you turn off the heat. If suck-back has started, open the clip immediately and lift the inlet tube out of the liquid.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Low recovery after extraction</button></div>
<div class="collapse"><div class="card-body"><p>Cause: too little distillate collected, or product lost on the rotary evaporator.</p><p>Fix: use Table 1 to estimate the distillate volume and collect 50 mL more after the drops run clear. Evaporate at no lower than 600 mbar at 40 °C for oils such as limonene and eugenol.</p></div></div></div>
<div class="card"><div class="card-header"><button class="btn btn-link" type="button" data-toggle="collapse">Product contains a carboxylic acid or alcohol that was not in the starting material</button></div>
<div class="collapse"><div class="card-body"><p>Cause: an ester or acetal hydrolysed during the long contact with hot water, often because the mixture was acidic or basic.</p><p>Fix: neutralise the mixture to pH 6–8 before the distillation and shorten it, or choose vacuum distillation for such compounds.</p></div></div></div>
</div>
<h4>7. Safety</h4>
<ul>
<li>Steam burns are worse than burns from boiling water. Wear safety glasses and lab coat, and use heat-resistant gloves to handle the steam inlet and the T-piece.</li>
<li>Clamp the distillation flask and the steam generator separately; the steam generator must have a safety tube that reaches below its water surface.</li>
<li>Never heat a closed system. The receiver end must be open to the atmosphere.</li>
<li>Dichloromethane extracts go into the halogenated waste. The spent cloves go into the solid organic waste, not the sink.</li>
</ul>
<h4>8. Recording your results</h4>
<p>In your lab notebook record the mass of cloves, the volume of distillate, the temperature at the still head, the mass of oil and the yield as a percentage of the clove mass. The still head should read 98–100&nbsp;°C during the whole distillation; a reading above 100&nbsp;°C means that the thermometer is in superheated steam.</p>"""

SD_COURSE_INDEX = [
    ("General", ["Announcements", "Course handbook 2024/25", "Lab safety declaration"]),
    ("Week 4: Chromatography", ["Week 4 lab briefing", "TLC and column notes", "Week 4 pre-lab quiz"]),
    ("Week 5: Separation techniques", ["Week 5 lab briefing", "Steam distillation: technique notes",
                                       "Week 5 pre-lab quiz", "Submit your Week 5 report"]),
    ("Week 6: Recrystallisation", ["Week 6 lab briefing", "Week 6 pre-lab quiz"]),
]


def sd_html() -> str:
    idx = []
    for sec, acts in SD_COURSE_INDEX:
        idx.append(f'<li class="courseindex-section"><div class="courseindex-section-title">'
                   f'<a href="#" class="courseindex-link">{sec}</a></div><ul class="courseindex-sectioncontent">')
        for a in acts:
            cls = ' pageitem' if a.startswith("Steam") else ''
            idx.append(f'<li class="courseindex-item{cls}"><a href="#" class="courseindex-link text-truncate">'
                       f'{a}</a><span class="completioninfo"><span class="sr-only">'
                       f'{"Done" if a.startswith(("Week 4", "TLC", "Announce", "Course", "Lab")) else "To do"}'
                       f'</span></span></li>')
        idx.append("</ul></li>")
    options = "".join(f'<option value="{i}">{a}</option>' for i, (_, acts) in enumerate(SD_COURSE_INDEX)
                      for a in acts)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://moodle.uox.example.ac.uk/mod/page/view.php?id=184522 -->
<html dir="ltr" lang="en" xml:lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <title>CHEM2041: Steam distillation: technique notes | UoX Moodle</title>
    <link rel="shortcut icon" href="https://moodle.uox.example.ac.uk/theme/image.php/boost/theme/1737110400/favicon">
    <meta name="keywords" content="moodle, CHEM2041: Steam distillation: technique notes | UoX Moodle">
    <link rel="stylesheet" type="text/css" href="./Steam distillation_ technique notes_files/all">
    <script src="./Steam distillation_ technique notes_files/javascript-static.js"></script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body id="page-mod-page-view" class="format-topics path-mod path-mod-page chrome dir-ltr lang-en yui-skin-sam yui3-skin-sam moodle-uox-example-ac-uk pagelayout-incourse course-2217 context-198734 cmid-184522 category-41 theme uses-drawers drawer-open-index">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
<div><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation">
<a href="https://moodle.uox.example.ac.uk/my/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn"><img src="./Steam distillation_ technique notes_files/logo" class="logo mr-1" alt="UoX Moodle"></a>
<div class="primary-navigation"><nav class="moremenu navigation"><ul role="menubar" class="nav more-nav navbar-nav">
<li data-key="home" class="nav-item"><a role="menuitem" class="nav-link" href="#">Home</a></li>
<li data-key="myhome" class="nav-item"><a role="menuitem" class="nav-link" href="#">Dashboard</a></li>
<li data-key="mycourses" class="nav-item"><a role="menuitem" class="nav-link active" href="#">My courses</a></li>
</ul></nav></div>
<div class="usermenu"><span class="userinitials size-35" title="Jordan Ellis">JE</span></div>
</nav>
<div class="drawer drawer-left show d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-courseindex">
<div class="drawerheader"><span class="sr-only">Course index</span></div>
<div class="drawercontent drag-container"><nav id="courseindex" class="courseindex"><ul class="courseindex">
{"".join(idx)}
</ul></nav></div></div>
<div id="page" data-region="mainpage" class="drawers show-drawer-left drag-container">
<div class="main-inner">
<header id="page-header" class="header-maxwidth d-print-none">
<div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">CHEM2041 Practical Organic Chemistry II</h1></div></div></div></div>
<div id="page-navbar"><nav aria-label="Navigation bar"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="#">CHEM2041</a></li>
<li class="breadcrumb-item"><a href="#">Week 5: Separation techniques</a></li>
<li class="breadcrumb-item"><span>Steam distillation: technique notes</span></li>
</ol></nav></div>
</header>
<div id="topofscroll" class="main-inner">
<div id="page-content" class="pb-3 d-print-block">
<div id="region-main-box"><section id="region-main" aria-label="Content">
<span class="notifications" id="user-notifications"></span>
<div role="main"><span id="maincontent"></span>
<div class="activity-header" data-for="page-activity-header">
<h2>Steam distillation: technique notes</h2>
<div data-region="activity-information" data-activityname="Steam distillation: technique notes" class="activity-information">
<div class="completion-info" data-region="completion-info">
<div class="d-flex"><div class="completion-dialog"><div class="automatic-completion-conditions" data-region="completionrequirements" role="list" aria-label="Completion requirements for Steam distillation: technique notes">
<div class="badge badge-pill badge-success" role="listitem"><strong>Done:</strong> View</div>
<div class="badge badge-pill badge-light" role="listitem"><strong>To do:</strong> Mark as done</div>
</div></div></div></div>
<div data-region="activity-dates" class="activity-dates"><div><strong>Opened:</strong> Monday, 3 February 2025, 9:00 AM</div></div>
</div></div>
<div class="box py-3 generalbox center clearfix"><div class="no-overflow">{SD_CONTENT}</div></div>
<div class="modified">Last modified: Friday, 31 January 2025, 4:12 PM</div>
</div>
<div class="activity-navigation container-fluid"><div class="row">
<div class="col-md-4"><div class="float-left"><a href="#" id="prev-activity-link" class="btn btn-link">◄ Week 5 lab briefing</a></div></div>
<div class="col-md-4"><div class="mdl-align"><div class="urlselect"><form method="post" action="#" class="form-inline" id="url_select_f6798ab12cd3a3"><label for="jump-to-activity" class="sr-only">Jump to...</label><select id="jump-to-activity" class="custom-select urlselect" name="jump"><option value="" selected="selected">Jump to...</option>{options}</select></form></div></div></div>
<div class="col-md-4"><div class="float-right"><a href="#" id="next-activity-link" class="btn btn-link">Week 5 pre-lab quiz ►</a></div></div>
</div></div>
</section></div></div></div>
<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container" data-region="footer-content-popover">
<div class="footer-section p-3 border-bottom"><div class="logininfo">You are logged in as <a href="#" title="View profile">Jordan Ellis</a> (<a href="#">Log out</a>)</div>
<div class="tool_dataprivacy"><a href="#">Data retention summary</a></div>
<div><a href="#">Get the mobile app</a></div>
<div class="purgecaches"><a href="#">Contact site support</a></div></div>
<div class="footer-section p-3"><div>Powered by <a href="https://moodle.com/">Moodle</a></div></div>
</div></footer>
</div></div></div>
<script>
//<![CDATA[
var require = {{ baseUrl : 'https://moodle.uox.example.ac.uk/lib/requirejs.php/1737110400/' }};
M.cfg = {{"wwwroot":"https:\\/\\/moodle.uox.example.ac.uk","sesskey":"Xq7TcP2mLw","sessiontimeout":"7200","courseId":2217,"contextid":198734}};
//]]>
</script>
</body></html>
"""
# ---------------------------------------------------------------------------- pH meter (plain-text binder card)

PH_STEM = "ph-meter-binder-card-boxdrawing"
PH_WIDTH = 76

PH_DOC = [
    ("banner", ["BENCH BINDER - INSTRUMENT CARD 7", "pH METER (benchtop, combination glass electrode)",
                "Room C2.14, bench 3 | owner: Priya Natarajan | v2.3, 14 Nov 2024"]),
    ("h", "0. READ THIS FIRST"),
    ("p", "The meter on bench 3 is shared by four groups. Calibrate it on the day you use it, write the slope and "
          "offset in the logbook (yellow folder), and put the electrode back into its storage cap filled with 3 M "
          "KCl when you finish. A dry electrode or one stored in water is the cause of most complaints."),
    ("p", "In synthesis we use the meter mainly to check and adjust the pH of aqueous layers in work-ups (amine and "
          "acid extractions, buffered quenches), to prepare buffers, and to follow pH-controlled reactions such as "
          "diazotisations in buffer or hydrolyses at constant pH."),
    ("h", "1. CHECK FIRST (before you blame the meter)"),
    ("list", ["[ ] Is the refill hole of the electrode open during the measurement?",
              "[ ] Is the electrolyte level at least 2 cm above the level of the sample?",
              "[ ] Did you calibrate today, with fresh buffers from the small bottles, not from the stock?",
              "[ ] Is the temperature probe (ATC) plugged in and in the same beaker as the electrode?",
              "[ ] Is the sample aqueous, at room temperature, and stirred gently?",
              "[ ] Is the bulb covered completely by the sample?"]),
    ("h", "2. DAILY CALIBRATION (3-point, pH 4 / 7 / 10)"),
    ("steps", ["Switch the meter on and let it warm up for 10 min. Press MODE until the display shows pH.",
               "Pour about 20 mL of each buffer (pH 4.01, 7.00 and 10.01) into clean 50 mL beakers. Never "
               "calibrate in the stock bottles and never pour used buffer back.",
               "Open the refill hole, remove the storage cap and rinse the electrode with deionised water. Blot the "
               "side of the bulb dry with a tissue; do not wipe it.",
               "Immerse electrode and ATC probe in the pH 7.00 buffer, stir gently, press CAL and wait until the "
               "stability symbol stops flashing (normally 20-40 s). Accept the value.",
               "Rinse, then repeat with pH 4.01 and pH 10.01. The meter corrects the buffer values for temperature "
               "automatically if the ATC probe is in place.",
               "Read slope and offset from the display (press INFO). Accept the calibration only if the slope is "
               "95-105 % and the offset is within ±20 mV.",
               "Write date, slope, offset and your initials in the logbook.",
               "Check the calibration by measuring the pH 7.00 buffer again as a sample; it must read 6.98-7.02."]),
    ("p", "For work-ups that only need to know whether the aqueous layer is above pH 12 or below pH 2, a 2-point "
          "calibration with pH 7.00 and the buffer nearest to your range is enough."),
    ("h", "3. BUFFER VALUES VERSUS TEMPERATURE"),
    ("p", "The pH of the buffers changes with temperature. Without the ATC probe you must enter the value for the "
          "actual temperature by hand (the meter then calibrates at that value):"),
    ("table", [["Temperature", "pH 4 buffer", "pH 7 buffer", "pH 10 buffer"],
               ["10 °C", "4.00", "7.07", "10.18"],
               ["15 °C", "4.00", "7.05", "10.12"],
               ["20 °C", "4.00", "7.02", "10.06"],
               ["25 °C", "4.01", "7.00", "10.01"],
               ["30 °C", "4.01", "6.99", "9.97"],
               ["40 °C", "4.03", "6.97", "9.89"]], [13, 13, 13, 14]),
    ("p", "Opened pH 10.01 buffer absorbs CO2 from the air and drifts down; discard it after one day in a beaker and "
          "one month after opening the bottle."),
    ("h", "4. MEASURING IN WORK-UPS"),
    ("p", "Take a 2-3 mL sample of the aqueous layer in a small vial and measure it there; do not put the electrode "
          "into the separating funnel or into the organic layer. Rinse the electrode with water after every sample."),
    ("p", "Organic solvents dehydrate the glass membrane and poison the junction. Never dip the electrode into "
          "DCM, ethyl acetate, toluene or ether layers. Aqueous layers saturated with THF, acetone or methanol "
          "(up to about 20 %) can be measured, but the reading is only approximate (±0.3 pH units)."),
    ("p", "Above pH 12 in solutions rich in sodium (1 M NaOH, saturated Na2CO3) the glass electrode reads too low "
          "(alkaline or sodium error, up to 0.5 pH units at pH 13). For pH 12-14 use the high-alkali electrode "
          "from drawer 4, or simply confirm with universal indicator paper."),
    ("p", "Below pH 1 (1 M HCl and stronger) the electrode reads too high (acid error). For checking that an "
          "aqueous layer is strongly acidic, indicator paper is adequate and saves the electrode."),
    ("p", "Cool hot samples to room temperature before you measure. The electrode is rated to 80 °C, but the "
          "reading is only reliable when sample and buffers are within 5 °C of each other."),
    ("p", "Hydrofluoric acid and fluoride solutions below pH 5 (for example after TBAF or HF-pyridine "
          "deprotections) etch the glass membrane. Use indicator paper for them, never the electrode."),
    ("p", "Samples containing sulfide, thiols, Tris or strong reducing agents react with the silver of the "
          "reference and block the junction (black deposit). Use the double-junction electrode (blue cap, drawer "
          "4) for these."),
    ("p", "Target pH values for common work-ups (aim two units beyond the pKa of the compound you want to move):"),
    ("table", [["Work-up step", "Aqueous layer", "Reagent we use"],
               ["Free amine into the organic layer", "pH 12 or higher", "2 M NaOH"],
               ["Amine into the aqueous layer as its salt", "pH 2 or lower", "1 M HCl"],
               ["Carboxylic acid into the organic layer", "pH 2 or lower", "1 M HCl or 10 % citric acid"],
               ["Carboxylic acid into the aqueous layer", "pH 8-9", "saturated NaHCO3"],
               ["Phenol into the aqueous layer", "pH 12 or higher", "1 M NaOH"]], [24, 16, 22]),
    ("p", "A carboxylic acid does not move into a NaHCO3 layer whose pH has dropped below 7 because the acid used up "
          "the bicarbonate; measure the pH after shaking and add more base until it stays at 8 or above."),
    ("h", "5. TROUBLESHOOTING"),
    ("table", [["Symptom", "Likely cause", "What to do"],
               ["Reading drifts and never settles",
                "Junction clogged, refill hole closed, or electrolyte low",
                "Open the refill hole; top up with 3 M KCl; clean the junction (section 6)"],
               ["Very slow response (more than 2 min)",
                "Glass membrane dry or coated with oil",
                "Soak in 3 M KCl for at least 1 h; degrease with ethanol (10 s), rinse"],
               ["Slope below 95 % after calibration",
                "Old or contaminated buffers, or an ageing electrode",
                "Use fresh buffers; clean; if still below 92 % replace the electrode"],
               ["Offset larger than ±20 mV",
                "Reference electrolyte contaminated, or junction partly blocked",
                "Replace the KCl filling (empty and refill twice); clean the junction"],
               ["Display shows ---- or jumps wildly",
                "Bulb not immersed, air bubble in the bulb, or cable damaged",
                "Shake the electrode down like a thermometer; check the cable"],
               ["Reads correctly in buffers but wrong in samples",
                "Sample differs in temperature or contains organic solvent",
                "Bring to room temperature; dilute with water; see section 4"],
               ["Black or brown junction",
                "Silver sulfide from sulfide, thiol or Tris samples",
                "Soak in thiourea cleaning solution (bottle C3) for 1 h; use the double-junction electrode"],
               ["KCl crystals on the electrode body",
                "Electrolyte crept out through the open refill hole during storage",
                "Rinse off with warm water; close the refill hole for storage"]], [22, 24, 26]),
    ("h", "6. CLEANING AND STORAGE"),
    ("p", "General cleaning: soak in 0.1 M HCl for 15 min, rinse, then soak in 3 M KCl for 1 h before you "
          "recalibrate. Oil and grease: rinse briefly (10 s) with ethanol or dilute detergent, never with acetone "
          "for longer than a few seconds."),
    ("p", "Junction clogged by precipitated KCl or AgCl: soak the tip in warm (50 °C) 3 M KCl for 10 min."),
    ("p", "Storage: always in the cap filled with 3 M KCl storage solution, refill hole closed. Never store the "
          "electrode in deionised water: the water leaches ions out of the membrane and the response becomes "
          "slow. Never let the electrode dry out; if it has, soak it in 3 M KCl overnight."),
    ("p", "Electrodes last 12-18 months in our hands. Order a new one (stores code ELE-PH-017) when the slope stays "
          "below 92 % after cleaning."),
    ("h", "7. SAFETY"),
    ("list", ["- The glass bulb is thin: do not use the electrode as a stirring rod, and clamp it in the holder.",
              "- Strong acids and bases for pH adjustment: goggles and nitrile gloves, add acid or base dropwise "
              "with stirring.",
              "- Used buffers go down the sink with plenty of water; the thiourea cleaning solution goes into the "
              "aqueous toxic waste.",
              "- Broken electrodes: the glass goes into the glass bin, not into general waste."]),
    ("h", "8. QUESTIONS WE GET"),
    ("p", "Q: Why aim two pH units beyond the pKa? A: Two units beyond the pKa, 99 % of the compound is in one "
          "form (charged or neutral); one unit beyond gives only 90 %, and the extraction leaves a tenth behind."),
    ("p", "Q: Can I leave the electrode in a reaction overnight to follow the pH? A: Yes, in aqueous mixtures below "
          "50 °C, with the refill hole open and the electrolyte topped up first; recalibrate the next morning and "
          "correct the readings for the drift you find."),
    ("p", "Q: The meter shows the same value in every buffer. A: The electrode cable is not plugged in fully or the "
          "bulb is broken; check the connector, then look at the bulb against the light."),
    ("h", "9. CHANGES TO THIS CARD"),
    ("list", ["v2.3 (Nov 2024): high-alkali and double-junction electrodes added (drawer 4).",
              "v2.2 (Mar 2024): acceptance window for the offset changed from ±30 mV to ±20 mV.",
              "v2.1 (Oct 2023): buffer temperature table added."]),
]


def _box(rows: list[list[str]], widths: list[int]) -> list[str]:
    import textwrap

    def rule(left, mid, right):
        return left + mid.join("─" * (w + 2) for w in widths) + right

    out = [rule("┌", "┬", "┐")]
    for r, row in enumerate(rows):
        cells = [textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(row, widths)]
        n = max(len(c) for c in cells)
        for i in range(n):
            out.append("│" + "│".join(" " + (c[i] if i < len(c) else "").ljust(w) + " "
                                      for c, w in zip(cells, widths)) + "│")
        out.append(rule("├", "┼", "┤") if r < len(rows) - 1 else rule("└", "┴", "┘"))
    return out


def ph_text() -> str:
    import textwrap

    lines: list[str] = []
    for block in PH_DOC:
        kind = block[0]
        if kind == "banner":
            w = PH_WIDTH - 2
            lines += ["╔" + "═" * w + "╗"] + ["║" + s.center(w) + "║" for s in block[1]] + ["╚" + "═" * w + "╝", ""]
        elif kind == "h":
            lines += [block[1], "═" * len(block[1]), ""]
        elif kind == "p":
            lines += textwrap.wrap(block[1], PH_WIDTH, break_on_hyphens=False) + [""]
        elif kind == "list":
            for item in block[1]:
                lines += textwrap.wrap(item, PH_WIDTH, subsequent_indent="    ", break_on_hyphens=False)
            lines.append("")
        elif kind == "steps":
            for i, item in enumerate(block[1], 1):
                lines += textwrap.wrap(f"{i:>2}. {item}", PH_WIDTH, subsequent_indent="    ",
                                       break_on_hyphens=False)
            lines.append("")
        elif kind == "table":
            lines += _box(block[1], block[2]) + [""]
    lines.append("-- end of card 7 -- print on A4, laminate, file behind tab 'pH' --")
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def ph_units(text: str) -> list[str]:
    return [ln.strip() for ln in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n") if ln.strip()]


def main() -> int:
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / f"{JK_STEM}.pdf").write_bytes(make_jk_pdf())
    (OUT_DIR / f"{SD_STEM}.html").write_bytes(sd_html().encode("utf-8"))
    (OUT_DIR / f"{PH_STEM}.txt").write_bytes(ph_text().encode("utf-8"))
    for p in sorted(OUT_DIR.iterdir()):
        print(p.relative_to(OUT_DIR.parent.parent.parent), p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
