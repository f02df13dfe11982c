"""Generate the three guides of the fresh17 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh17/make_fresh17_guides.py

Writes:
    evals/fresh17/guides/kulinkovich-cyclopropanols-bookstack-export.html
        a BOOKSTACK wiki page exported with "Export > Contained Web File": the page title only
        in <title> and the first <h1>, one <style> block, a div.page-content whose every block
        (p, h2-h4, ul, ol, table, details) carries a generated "bkmrk-..." id, callouts as
        <p class="callout info|warning|danger">, troubleshooting entries as <details>/<summary>
        collapsible blocks, a WYSIWYG table with <colgroup> widths and a bold first row (no
        <thead>), a scheme image inlined as a data: URI with an alt text, &nbsp; and <sub>.
    evals/fresh17/guides/continuous-extraction-redmine-textile.txt
        the TEXTILE SOURCE of a REDMINE wiki page saved as .txt (CRLF, as Redmine stores it):
        {{toc}} and {{collapse(...)}} macros, h1./h2./h3. headings, *bold*, _italic_, @code@,
        ~subscript~ and ^superscript^, [[wiki links]], "text":url links, !image! attachments,
        tables with |_. header cells and |\\2. row spans, bq. quotes, fn1. footnotes, numbered
        (#) and bulleted (*) lists, <pre> blocks.
    evals/fresh17/guides/ultrasonic-bath-trifold-leaflet.pdf
        a vendor's TRI-FOLD LEAFLET as sent to the printer (reportlab canvas, two A4 landscape
        pages, DejaVu Sans Condensed embedded, creator "Adobe InDesign 19.2 (Macintosh)", producer
        "Adobe PDF Library 17.0"): three panels per page, printed in FOLD ORDER (page 1: inside
        flap, back cover, front cover; page 2: the three inside panels), every line of every panel
        on one baseline grid so that a text extractor runs the three panels of a page together
        line by line, bullets drawn apart from their text, crop marks and dashed fold marks, a
        model table whose cells are drawn one by one.

visible_strings() returns the drawn lines of the PDF; cle_text() and cle_units() give the Textile
file and its units (one line each, stripped).  Re-running gives byte-identical files.
"""

# ruff: noqa: E501 - the guide text and the probe lists are kept one block or one row per line
from __future__ import annotations

import base64
import html
import io
import re
import struct
import zlib
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "guides"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
KCP_NAME = "kulinkovich-cyclopropanols-bookstack-export.html"
CLE_NAME = "continuous-extraction-redmine-textile.txt"
USB_NAME = "ultrasonic-bath-trifold-leaflet.pdf"


# ---------------------------------------------------------------------------- BookStack page


def _png(width: int, height: int) -> bytes:
    """A small grey PNG (the scheme placeholder), built without any imaging library."""
    raw = b"".join(b"\x00" + bytes([200 if (x // 8 + y // 8) % 2 else 235 for x in range(width)])
                   for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


KCP_BODY = """<h2>What the reaction does</h2>
<p>The Kulinkovich reaction turns a carboxylic ester into a 1-substituted cyclopropan-1-ol in one step. The ester is treated with ethylmagnesium bromide (EtMgBr) in the presence of titanium(IV) isopropoxide, Ti(O<em>i</em>-Pr)<sub>4</sub>, at room temperature in ether or THF. Two ethyl groups are transferred to titanium; the diethyltitanium species loses ethane and becomes a titanacyclopropane, which behaves as a 1,2-dicarbanion and adds twice to the ester carbon. The product leaves the reaction as its alkoxide and is liberated in the aqueous work-up.</p>
<p>Because the next two equivalents of EtMgBr turn the spent titanium back into the active species, the reaction runs with 10&ndash;20&nbsp;mol% Ti(O<em>i</em>-Pr)<sub>4</sub> for simple esters. At least two equivalents of EtMgBr per ester are consumed by the stoichiometry; we use 2.5 equiv as standard.</p>
<p><img src="data:image/png;base64,{png}" alt="Scheme 1. RCO2Me + 2 EtMgBr, cat. Ti(Oi-Pr)4, Et2O, rt gives 1-R-cyclopropan-1-ol" width="480" height="120"></p>
<p class="callout info">Everything on this page was checked on methyl hexanoate (20&nbsp;mmol scale, 1-pentylcyclopropan-1-ol, 80&ndash;88&nbsp;%) and on methyl 4-phenylbutanoate (10&nbsp;mmol, 76&nbsp;%). Larger runs: talk to the group safety officer first because of the gas evolution.</p>
<h2>Check first</h2>
<ul>
<li>Is the Ti(O<em>i</em>-Pr)<sub>4</sub> clear and colourless to pale yellow? A cloudy bottle or a white crust on the septum means it has hydrolysed.</li>
<li>When was the titre of the EtMgBr last determined? Use a titre from the last two weeks, not the label value.</li>
<li>Was the ether taken from the solvent system today (water below 50 ppm)?</li>
<li>Is the EtMgBr going in slowly, by syringe pump, and not in portions?</li>
<li>Does the bubbler show a steady stream of bubbles during the addition? No gas means no titanacyclopropane.</li>
<li>Is the water bath at 18&ndash;25&nbsp;&deg;C? Below 10&nbsp;&deg;C the titanium cycle is slow and EtMgBr accumulates.</li>
</ul>
<h2>Reagents (standard scale, 20 mmol)</h2>
<table style="width: 100%;">
<colgroup><col style="width: 30%;"><col style="width: 14%;"><col style="width: 22%;"><col style="width: 34%;"></colgroup>
<tbody>
<tr><td><strong>Reagent</strong></td><td><strong>Equiv</strong></td><td><strong>Amount</strong></td><td><strong>Note</strong></td></tr>
<tr><td>Methyl or ethyl ester</td><td>1.0</td><td>20.0 mmol</td><td>dry it azeotropically with toluene if it was an oil from a work-up</td></tr>
<tr><td>Ti(O<em>i</em>-Pr)<sub>4</sub> (d 0.96)</td><td>0.20</td><td>1.18 mL (4.0 mmol)</td><td>stoichiometric (1.0 equiv, 5.9 mL) for hindered esters and lactones</td></tr>
<tr><td>EtMgBr, 3.0 M in Et<sub>2</sub>O</td><td>2.5</td><td>16.7 mL (50 mmol)</td><td>by syringe pump over 90 min</td></tr>
<tr><td>Diethyl ether, dry</td><td>&ndash;</td><td>60 mL</td><td>THF also works but gives more of the ethyl ketone</td></tr>
<tr><td>Sat. aq. NH<sub>4</sub>Cl</td><td>&ndash;</td><td>20 mL</td><td>quench at 0&nbsp;&deg;C</td></tr>
</tbody>
</table>
<h2>Standard procedure</h2>
<ol>
<li>Dry a 250&nbsp;mL two-neck round-bottom flask with a stir bar in the oven, fit a septum and a gas adapter to the bubbler and let it cool under argon.</li>
<li>Add the ester (20.0&nbsp;mmol) and dry Et<sub>2</sub>O (60&nbsp;mL), then Ti(O<em>i</em>-Pr)<sub>4</sub> (1.18&nbsp;mL, 4.0&nbsp;mmol) by syringe. The solution is colourless to pale yellow.</li>
<li>Put the flask in a water bath at 20&nbsp;&deg;C. The bath is there to take the heat away, not to heat.</li>
<li>Load EtMgBr (3.0&nbsp;M in Et<sub>2</sub>O, 16.7&nbsp;mL, 50&nbsp;mmol) into a dry syringe and add it by syringe pump over 90&nbsp;min (about 11&nbsp;mL/h) through the septum, needle tip above the liquid.</li>
<li>Watch the colour: yellow, then green-brown after about a tenth of the EtMgBr, then black. Gas evolves steadily through the bubbler; expect about 0.5&nbsp;L of ethane for 20&nbsp;mmol.</li>
<li>When the addition is complete, stir for 1&nbsp;h at room temperature.</li>
<li>Take a 0.1&nbsp;mL sample, quench it into sat. NH<sub>4</sub>Cl and ether and run TLC against the ester (anisaldehyde stain; alkyl cyclopropanols are not UV-active).</li>
<li>Cool the flask to 0&nbsp;&deg;C and add sat. aq. NH<sub>4</sub>Cl (20&nbsp;mL) dropwise. Gas evolves again from the excess EtMgBr and a grey-white titanium precipitate forms.</li>
<li>Stir for 30&nbsp;min at room temperature until the solid is white and granular, then filter through a 2&nbsp;cm pad of Celite and wash the cake with Et<sub>2</sub>O (3 &times; 20&nbsp;mL).</li>
<li>Separate the layers, extract the aqueous layer with Et<sub>2</sub>O (2 &times; 30&nbsp;mL), wash the combined organic layers with brine and dry them over MgSO<sub>4</sub>.</li>
<li>Concentrate on the rotavap with the bath at 25&nbsp;&deg;C and not below 150&nbsp;mbar.</li>
<li>Purify by flash chromatography (pentane/Et<sub>2</sub>O 9:1 to 4:1). Store the cyclopropanol at &minus;20&nbsp;&deg;C under argon.</li>
</ol>
<p>Expected outcome: 1-pentylcyclopropan-1-ol, 2.05&ndash;2.26&nbsp;g (80&ndash;88&nbsp;%), colourless oil. In the <sup>1</sup>H NMR the ring CH<sub>2</sub> groups are two multiplets at 0.4&ndash;0.5 and 0.7&ndash;0.8&nbsp;ppm; the ethyl ketone by-product shows a quartet at 2.4&nbsp;ppm.</p>
<h2>Which conditions for which substrate</h2>
<table style="width: 100%;">
<colgroup><col style="width: 28%;"><col style="width: 18%;"><col style="width: 22%;"><col style="width: 32%;"></colgroup>
<tbody>
<tr><td><strong>Substrate</strong></td><td><strong>EtMgBr</strong></td><td><strong>Ti(O<em>i</em>-Pr)<sub>4</sub></strong></td><td><strong>Comment</strong></td></tr>
<tr><td>Unhindered aliphatic methyl ester</td><td>2.5 equiv</td><td>0.2 equiv</td><td>standard procedure, 75&ndash;90 %</td></tr>
<tr><td>Aromatic methyl ester (benzoate)</td><td>3.0 equiv</td><td>0.5 equiv</td><td>50&ndash;75 %; keep at room temperature, ring opening is faster</td></tr>
<tr><td>&alpha;-Branched or pivalate-type ester</td><td>3.0 equiv</td><td>1.0 equiv</td><td>addition over 3 h; expect 40&ndash;60 %</td></tr>
<tr><td>Lactone</td><td>3.5 equiv</td><td>1.0 equiv</td><td>gives the cyclopropanol with a free hydroxyalkyl chain (a diol)</td></tr>
<tr><td>Ester with a free OH or NH</td><td>+1.0 equiv per acidic H</td><td>0.3 equiv</td><td>the first equivalent only deprotonates</td></tr>
</tbody>
</table>
<p class="callout warning">Tert-butyl esters, Weinreb-type amides and nitriles behave differently (little or no cyclopropanol); do not put them through this procedure without asking.</p>
<h2>Troubleshooting</h2>
<p>Click a symptom to open it.</p>
<details>
<summary>The solution stays yellow or orange, no gas, ester recovered</summary>
<p>Cause: the catalyst never formed the titanacyclopropane. Usually the Ti(O<em>i</em>-Pr)<sub>4</sub> has hydrolysed (titanium oxide does not react) or the EtMgBr has decomposed.</p>
<p>Fix: distil the Ti(O<em>i</em>-Pr)<sub>4</sub> under vacuum or open a new bottle, and determine the titre of the EtMgBr before the next run.</p>
</details>
<details>
<summary>Main products are the ethyl ketone and the tertiary alcohol, little cyclopropanol</summary>
<p>Cause: free EtMgBr has added to the ester directly. This happens when the EtMgBr is added faster than the titanium can take it up, or when there is too little titanium for a hindered ester.</p>
<p>Fix: slow the addition down to at least 90 min for 20 mmol and raise Ti(O<em>i</em>-Pr)<sub>4</sub> to 0.5&ndash;1.0 equiv. Never add the EtMgBr in portions.</p>
</details>
<details>
<summary>Conversion stops at 50&ndash;60 %</summary>
<p>Cause: the titanium catalyst has been killed (water or air got in during the addition) or the EtMgBr titre was lower than assumed.</p>
<p>Fix: add a further 0.1 equiv Ti(O<em>i</em>-Pr)<sub>4</sub> and then 0.5 equiv EtMgBr over 20 min; check the septum and the argon flow.</p>
</details>
<details>
<summary>Violent foaming and gas at the start of the addition</summary>
<p>Cause: ethane evolves with every turnover; a fast addition releases it all at once.</p>
<p>Fix: keep the flask at most half full, vent through the bubbler (never a closed system, never a balloon) and use the syringe pump.</p>
</details>
<details>
<summary>Grey gel during the work-up, layers do not separate</summary>
<p>Cause: titanium hydroxides. They are gelatinous until they have aged.</p>
<p>Fix: stir with the NH<sub>4</sub>Cl for the full 30 min and filter through Celite before separating. If the product is acid-stable, 10 % aq. H<sub>2</sub>SO<sub>4</sub> at 0 &deg;C dissolves the titanium salts and gives two clear layers.</p>
</details>
<details>
<summary>Product gone after the rotavap</summary>
<p>Cause: cyclopropanols with up to six carbons are volatile and co-evaporate with ether.</p>
<p>Fix: keep the rotavap at 25 &deg;C and above 150 mbar, or carry the ether solution into the next step.</p>
</details>
<details>
<summary>Clean crude, but the NMR sample turns into the ethyl ketone overnight</summary>
<p>Cause: cyclopropanols open to the ethyl ketone with acid; CDCl<sub>3</sub> contains traces of DCl.</p>
<p>Fix: run the NMR in C<sub>6</sub>D<sub>6</sub>, or pass the CDCl<sub>3</sub> through a short plug of basic alumina first. On silica add 1 % Et<sub>3</sub>N to the eluent if the spot streaks.</p>
</details>
<details>
<summary>Substrate with a terminal alkene gives a mixture</summary>
<p>Cause: the titanacyclopropane exchanges onto monosubstituted alkenes, so part of the product carries the alkene fragment instead of the ethylene unit.</p>
<p>Fix: that is a different reaction (ligand exchange); for a clean standard Kulinkovich protect or remove the alkene first, or ask before planning the route.</p>
</details>
<h2>Safety</h2>
<ul>
<li>EtMgBr in ether reacts violently with water and the solution is highly flammable; transfer it by syringe or cannula under argon.</li>
<li>Ethane is a flammable gas. Vent the bubbler into the fume hood and keep ignition sources away.</li>
<li>Ti(O<em>i</em>-Pr)<sub>4</sub> is flammable and an eye irritant; it fumes in moist air.</li>
<li>Quench at 0 &deg;C and dropwise: the excess EtMgBr gives another burst of gas.</li>
<li>Dispose of the titanium filter cake as solid chemical waste after it has stood open in the hood for a day.</li>
</ul>
<p class="callout danger">Never scale this procedure above 50 mmol without a written risk assessment: at 100 mmol the ethane burst during a fast addition has blown a septum off in this lab.</p>
<h2>Notes from group members</h2>
<p><strong>Ester choice.</strong> Methyl esters give slightly higher yields than ethyl esters in our hands (by about 5 %), and isopropyl esters are clearly slower. If you have the acid, make the methyl ester.</p>
<p><strong>Solvent.</strong> Ether gives the cleanest reactions. THF is fine for substrates that do not dissolve in ether, but expect 5&ndash;10 % more ethyl ketone.</p>
<p><strong>Scale-down.</strong> Below 2 mmol the syringe pump rate gets silly; add the EtMgBr dropwise by hand over 30 min instead.</p>
<p><strong>Why the slow addition matters.</strong> The titanium can only turn over as fast as the diethyltitanium species forms and loses ethane. Any EtMgBr that arrives faster than that stays free in solution and attacks the ester like any other organometallic reagent: first the ethyl ketone, then the tertiary alcohol with two ethyl groups. A run in which the EtMgBr went in over 10 min instead of 90 min gave 35 % cyclopropanol and 40 % tertiary alcohol on the methyl hexanoate test substrate.</p>
<p><strong>Following the reaction.</strong> The colour is the best live indicator: as long as the solution is black and the bubbler shows gas, the cycle runs. If the colour goes back to brown-yellow before the end of the addition, the catalyst has been killed; see the troubleshooting entry on stalled conversion.</p>
<p><strong>Telescoping.</strong> The ether solution of a volatile cyclopropanol can be used directly after drying; determine the concentration by <sup>1</sup>H NMR with 1,3,5-trimethoxybenzene as internal standard.</p>
"""


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9 ]+", "", text.lower()).split()
    slug = "-".join(words)[:20].rstrip("-")
    return "bkmrk-" + (slug or "section")


def _bookstack_ids(body: str) -> str:
    seen: dict[str, int] = {}

    def repl(m: re.Match) -> str:
        tag, attrs = m.group(1), m.group(2) or ""
        rest = body[m.end():m.end() + 400]
        text = html.unescape(re.sub(r"<[^>]+>", " ", rest.split("</" + tag)[0]))
        sid = _slug(text)
        n = seen.get(sid, 0)
        seen[sid] = n + 1
        if n:
            sid = f"{sid}-{n}"
        return f'<{tag} id="{sid}"{attrs}>'

    return re.sub(r"<(p|h2|h3|ul|ol|table|details|li)( [^>]*)?>", repl, body)


KCP_STYLE = """
        /* BookStack export styles */
        html { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Oxygen", "Ubuntu", "Roboto", "Cantarell", "Fira Sans", "Droid Sans", "Helvetica Neue", sans-serif; }
        body { margin: 0; padding: 24px 48px; line-height: 1.6; color: #222; }
        .page-content { max-width: 840px; margin: 0 auto; overflow-wrap: break-word; }
        .page-content h1 { font-size: 2.6em; font-weight: 400; }
        .page-content table { border-collapse: collapse; }
        .page-content td, .page-content th { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; }
        .page-content img { max-width: 100%; height: auto; }
        .callout { border-left: 3px solid #bbb; background-color: #eee; padding: 8px 12px 8px 48px; display: block; position: relative; }
        .callout.info { border-left-color: #0288D1; background-color: #e5f3fa; }
        .callout.warning { border-left-color: #cf4d03; background-color: #fcf2ea; }
        .callout.danger { border-left-color: #ab0f0e; background-color: #fcf1f1; }
        .callout.success { border-left-color: #0f7d15; background-color: #eaf3eb; }
        details { border: 1px solid #ddd; margin-bottom: 8px; }
        details > summary { padding: 4px 8px; background-color: #f8f8f8; font-weight: 700; cursor: pointer; }
        details > :not(summary) { padding: 0 8px; }
        @media print { .page-content details > summary { list-style: none; } }
"""


def kcp_html() -> str:
    png = base64.b64encode(_png(64, 16)).decode("ascii")
    body = _bookstack_ids(KCP_BODY.replace("{png}", png))
    return ("<!doctype html>\n<html lang=\"en\">\n<head>\n    <meta charset=\"utf-8\">\n"
            "    <title>Kulinkovich reaction (esters to cyclopropanols)</title>\n"
            "    <style>" + KCP_STYLE + "    </style>\n</head>\n<body>\n"
            "<div class=\"page-content\" dir=\"auto\">\n"
            "<h1 class=\"break-text\" id=\"bkmrk-page-title\">Kulinkovich reaction (esters to cyclopropanols)</h1>\n"
            "<div style=\"clear:left;\"></div>\n\n" + body + "\n</div>\n</body>\n</html>\n")


def build_kcp_html(path: Path) -> None:
    path.write_bytes(kcp_html().encode("utf-8"))


# ---------------------------------------------------------------------------- Redmine Textile page

CLE_SOURCE = r"""{{>toc}}

h1. Continuous liquid-liquid extraction (CLLE)

_Wiki of the Synthesis Core, maintained by the core staff. Last reviewed by Jonas Brenner, 14.05.2024. Related pages: [[Aqueous work-up]], [[Rotavap]], [[Overnight experiments]]._

p(warning). *An extractor runs for 12-48 h with a heated flask. Book it on the [[Overnight experiments]] card before you start and never leave it without a water-flow sensor on the condenser.*

h2. When to use it

Use a continuous extractor when your product prefers the water: small water-soluble amines, amino alcohols, diols, pyridine alcohols, sugars with few protecting groups. As a rule, if the partition coefficient K (concentration in the organic layer divided by the concentration in the water) is below 1, batch extraction wastes solvent and still leaves product behind.

The fraction left in the water after n batch extractions is (V~aq~ / (V~aq~ + K·V~org~))^n^. Example: K = 0.5, 100 mL of water, 5 x 50 mL of DCM: each extraction leaves 0.8 of the product, and after five extractions 33 % is still in the water. A continuous extractor run for 24 h on the same solution usually recovers more than 95 % with 150 mL of solvent in total.

Continuous extraction does *not* help when K is close to zero (zwitterions, amino acids, salts) - nothing will pull those out of water. Evaporate the water instead or change the protecting group strategy.

h2. How the two extractor types work

!clle_types.png!

* *Heavier-than-water solvent* (DCM, chloroform): the solvent boils in the flask, condenses, and the drops fall onto the aqueous layer, sink through it and collect at the bottom of the extractor body. From there a side arm returns the solvent to the boiling flask by overflow.
* *Lighter-than-water solvent* (diethyl ether, MTBE, ethyl acetate): the condensate is caught in a central funnel tube that reaches to the bottom of the aqueous layer. It leaves through a sintered frit as fine drops, which rise through the water; the organic layer on top overflows back to the flask through the side arm.

In both types the product is extracted by the same small amount of fresh distilled solvent again and again, and it accumulates in the boiling flask. Mixtures such as CHCl~3~/iPrOH 3:1 do not work in an extractor: the condensate has the composition of the vapour, not of the mixture in the flask.

h2. Choosing the solvent

|_. Solvent |_. Density (g/mL) |_. bp (°C) |_. Extractor type |_. Bath temperature |_. Watch out for |
| Dichloromethane | 1.33 | 40 | heavier-than-water | 55-60 °C | alkylates nucleophilic amines on long runs |
| Chloroform | 1.48 | 61 | heavier-than-water | 75-80 °C | use only ethanol-stabilised; toxic, do not run over a weekend |
| Diethyl ether | 0.71 | 35 | lighter-than-water | 45-50 °C | soluble in water (about 6 %), needs cooling water at 5-10 °C |
| MTBE | 0.74 | 55 | lighter-than-water | 65-70 °C | our default for amines at pH 12 |
| Ethyl acetate | 0.90 | 77 | lighter-than-water | 90-95 °C | hydrolyses at pH below 2 or above 11 during long runs |

The bath temperature is for a water bath or the setpoint of the heating mantle controller; the solvent should reflux at 2-4 drops per second from the condenser tip.

h2. Sizes in the core

|_. Extractor |_. Aqueous volume |_. Boiling flask |_. Solvent charge |_. Typical run |
| CLLE-100 (lighter) | 40-80 mL | 100 mL | 70 mL | 12-24 h |
| CLLE-250 (heavier) | 100-200 mL | 250 mL | 180 mL | 18-36 h |
| CLLE-250 (lighter) | 100-200 mL | 250 mL | 160 mL | 18-36 h |
|\2. CLLE-1000 (heavier) | 400-800 mL | 1 L | 650 mL |\2. 24-48 h |
| 400-800 mL, salted | 1 L | 700 mL |

The solvent charge includes what the extractor body holds; the boiling flask must still be at least one third full once the extractor is running.

h2. Before you start: check first

# Is the extractor clamped exactly vertical? Check it with the spirit level in the drawer.
# Is the aqueous layer below the overflow mark etched on the extractor body?
# Did you adjust the pH *after* adding the salt, and check it with paper?
# Is the cooling water on, flowing, and is the flow sensor connected to the heater?
# Are all joints clipped, and is there a stir bar or fresh boiling chips in the flask?

h2. Standard procedure (CLLE-250, heavier-than-water, DCM)

Example: 150 mL of aqueous layer containing about 3 g of a water-soluble amino alcohol after a reduction work-up.

# Filter the aqueous solution through a pad of Celite if it contains any solid or a film at the surface.
# Add NaCl (about 54 g for 150 mL, roughly 36 g per 100 mL of water) and stir until no more dissolves.
# Adjust to pH 12 with 10 M NaOH (for amines; for carboxylic acids use pH 1-2 with conc. HCl) and check with pH paper.
# Put 180 mL of DCM and a stir bar into the 250 mL boiling flask and fit the extractor body and a coil condenser on top.
# Pour the aqueous solution into the extractor through a funnel, then add DCM through the condenser until it starts to run back through the side arm into the flask.
# Start the cooling water (10 °C), check the flow sensor, then heat the bath to 55-60 °C.
# Adjust the heating until the condensate falls at 2-4 drops per second. The drops should pass through the water as separate beads, not as a stream down the wall.
# Run for 18-24 h. Take a 0.2 mL sample of the aqueous layer every morning and check it by TLC or LCMS.
# When the aqueous layer is free of product, switch off the heating and let the apparatus cool with the water still running.
# Drain the DCM from the extractor into the flask, dry the combined solution over Na~2~SO~4~ and concentrate.

Expected: 85-95 % recovery for amino alcohols with K between 0.1 and 1.

{{collapse(Lighter-than-water extractor: what is different)
* Fill the aqueous solution in first, to about 2 cm below the overflow of the side arm; the organic layer that forms on top will bring it up to the overflow.
* Put the solvent into the boiling flask only; the central tube fills by itself.
* Check after 10 min that drops come out of the frit at the bottom. If the solvent backs up in the central tube, the frit is blocked.
* Diethyl ether needs cooling water at 5-10 °C and a second condenser on hot days.
}}

h2. Troubleshooting

|_. Symptom |_. Likely cause |_. What to do |
| The boiling flask runs nearly dry, the level in the extractor rises | Too much aqueous solution, above the overflow mark, or the side arm is blocked | Stop heating at once, remove aqueous solution to the mark, clear the side arm |
| Drops run down the wall instead of through the water | Extractor not vertical | Re-clamp it vertical with the spirit level |
| Solvent backs up in the central tube (lighter type) | Blocked frit | Clean the frit with conc. HCl, then water and acetone, or swap the funnel tube |
| Cloudy middle layer that grows | Emulsion from surfactant-like impurities, fine solids or too fast a drip rate | Filter through Celite, salt out, and reduce the heating to 2 drops per second |
| Little product after 24 h | Wrong pH, or K too small for this solvent | Check the pH again; amines need pH 12 or higher; change to a better solvent |
| Dark tar in the boiling flask | Product decomposes at the bp of the solvent over the long run | Use a lower-boiling solvent, run under nitrogen, or change the flask every 8 h |
| White solid in the DCM flask with an amine product | DCM has alkylated the amine (chloromethylammonium salt) | Use MTBE in a lighter-than-water extractor for nucleophilic amines |
| Acetic acid and ethanol in the product | Ethyl acetate hydrolysed at high or low pH | Use MTBE or DCM for pH below 2 or above 11 |
| Flask empty in the morning, solvent smell in the hood | Cooling water failed or too warm | Fit the flow sensor; use 5-10 °C water for ether and DCM |

bq. _Tip from the core staff:_ for a first try, put 20 mL of the aqueous solution into a vial, shake with 20 mL of the solvent, and compare the two layers by LCMS. That gives K in ten minutes and tells you whether a 24 h run is worth it.

h2. Safety

* The extractor runs unattended: the heating must be a mantle or bath with an over-temperature cut-out, and the flow sensor must switch it off if the water stops.
* Never let the boiling flask run dry; a dry flask with an organic residue overheats.
* Diethyl ether: use only inhibited ether from a bottle opened within the last month, and never evaporate an ether extract to complete dryness in the extractor.
* DCM and chloroform are suspected carcinogens; keep the whole set-up in the fume hood and empty it there.
* Glass extractors are long and top-heavy: clamp the body and the flask, not just the condenser.

h2. Cleaning

<pre>
after DCM/CHCl3 runs:   acetone rinse x2, dry in oven (no alkaline bath for the frit types)
after ether/MTBE runs:  acetone rinse x2, hang to dry
frit blocked:           conc. HCl overnight, water, acetone; never scratch the frit
</pre>

fn1. The 54 g of NaCl for 150 mL is for a near-saturated solution at 20 °C; an already salty work-up layer needs less.
"""


def cle_text() -> str:
    return CLE_SOURCE.replace("\n", "\r\n")


def cle_units(text: str) -> list[str]:
    return [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]


def build_cle_txt(path: Path) -> None:
    path.write_bytes(cle_text().encode("utf-8"))


# ---------------------------------------------------------------------------- tri-fold leaflet PDF

USB_W, USB_H = 841.89, 595.28
USB_PANEL = USB_W / 3
USB_MARGIN = 22.0
USB_TOP, USB_BOTTOM = 548.0, 30.0
USB_LEAD = 9.6
USB_SIZE = 7.4
USB_FONTS = {"r": "DejaVuSansCondensed", "b": "DejaVuSansCondensed-Bold", "i": "DejaVuSansCondensed-Oblique"}

# Each panel is a list of blocks: ("h", text) heading, ("p", text) paragraph, ("b", text) bullet,
# ("n", "1.", text) numbered step, ("sym", text) bold symptom line, ("t", widths, rows) table whose
# first row is the header, ("big", text, size) cover title lines, ("gap",) an empty grid row.
USB_PAGES = [
    [  # page 1 (outside): inside flap, back cover, front cover
        [
            ("h", "Check first"),
            ("p", "Most complaints about \u201cweak\u201d baths come down to five points. Go through them before you "
                  "call service:"),
            ("b", "Liquid up to the fill mark (the line etched inside the tank), measured with the load in."),
            ("b", "Fresh tap water degassed: run the Degas mode for 10 min after every refill."),
            ("b", "A few drops of cleaning concentrate or detergent in the water (1\u20132 %) to lower the surface tension."),
            ("b", "Vessels hanging in the basket or a holder, never standing on the tank bottom."),
            ("b", "The liquid inside your flask at the same height as the bath liquid outside."),
            ("gap",),
            ("h", "The foil test"),
            ("p", "A quick check of the cavitation that every lab can do, and the only one service will ask you "
                  "for. Do it when the bath is new, then every three months."),
            ("n", "1.", "Fill the bath to the mark with water at 25\u201330 \u00b0C, add 1 % detergent and run Degas "
                        "for 10 min."),
            ("n", "2.", "Stretch a piece of household aluminium foil (about 15 \u00b5m) over a wire frame that fits "
                        "the tank."),
            ("n", "3.", "Hold the frame vertically in the middle of the tank, without the basket, and switch on "
                        "the ultrasound for 30 s."),
            ("n", "4.", "Take the foil out and hold it against the light. A good bath perforates the foil evenly "
                        "over its whole area; small holes and a dimpled surface are normal."),
            ("n", "5.", "Compare with the foil from the commissioning test kept in the log book. Fewer holes over "
                        "the whole area mean a weak generator; one intact stripe means a failed transducer."),
            ("gap",),
            ("h", "Frequency and modes"),
            ("p", "All LabLine baths run at 37 kHz. The H models add 80 kHz, which gives gentler cavitation "
                  "for delicate glassware and for fine particles."),
            ("b", "Normal: constant power, for most work."),
            ("b", "Sweep: the frequency moves by \u00b11 kHz so that standing waves and weak zones move; use it "
                  "for several vessels at once."),
            ("b", "Pulse: power peaks of 20 % above nominal, for stubborn solids and cleaning."),
            ("b", "Degas: ultrasound switched on and off in a 1 s rhythm; drives dissolved air out of the "
                  "bath liquid or of a solvent."),
        ],
        [
            ("h", "Safety"),
            ("b", "Never put flammable solvents directly into the tank. Solvents always go in a closed or "
                  "loosely capped vessel that stands in the water."),
            ("b", "Do not reach into the bath while the ultrasound is on. Cavitation damages skin and the "
                  "sound is carried into the joints of the fingers."),
            ("b", "Ultrasonic baths are loud, with peaks in the audible range. Close the lid while the bath "
                  "runs and wear hearing protection if you stay next to it for more than a few minutes."),
            ("b", "Do not operate the bath without liquid: the transducers overheat within seconds."),
            ("b", "The tank is stainless steel. Strong acids, bleach and chloride-rich solutions attack it; "
                  "use them only inside a glass beaker in the bath."),
            ("b", "Switch off and unplug before you drain the tank. Drain hot liquid only after it has cooled "
                  "below 50 \u00b0C."),
            ("b", "Maximum bath temperature with the heater: 80 \u00b0C. With vessels of organic solvent keep "
                  "the bath at least 10 \u00b0C below the boiling point of the solvent."),
            ("gap",),
            ("h", "Care of the tank"),
            ("p", "Change the bath liquid at least once a day when it is in use; dirt and particles absorb the "
                  "ultrasound. Wipe the tank dry at the end of the day. Brown or rainbow films are removed with "
                  "a 5 % citric acid solution at 50 \u00b0C for 10 min, never with abrasives."),
            ("gap",),
            ("h", "Service"),
            ("p", "Sonora Labortechnik GmbH \u00b7 Kesselstra\u00dfe 12 \u00b7 78467 Konstanz \u00b7 Germany"),
            ("p", "Service hotline +49 7531 90 44 10 \u00b7 service@sonora-labtech.example"),
            ("p", "Please have the serial number from the type plate and your last foil test ready."),
            ("gap",),
            ("p", "Disposal: the bath contains electronic components. Do not put it into household waste; "
                  "return it to us or use your local collection point for electrical equipment."),
            ("gap",),
            ("p", "QR-US-EN 03/2024 \u00b7 Subject to technical changes. Printed in Germany."),
        ],
        [
            ("gap",), ("gap",), ("gap",), ("gap",),
            ("big", "LabLine US", 22.0),
            ("big", "Ultrasonic baths", 15.0),
            ("gap",),
            ("big", "Quick reference for the", 10.5),
            ("big", "chemistry laboratory", 10.5),
            ("gap",), ("gap",), ("gap",),
            ("p", "Models US 30, US 60, US 100, US 100 H and US 300"),
            ("gap",),
            ("p", "This leaflet does not replace the operating manual. Read the manual before the first use "
                  "and keep this leaflet next to the bath."),
            ("gap",), ("gap",),
            ("h", "Inside"),
            ("b", "Check first and the foil test"),
            ("b", "Setting up, bath liquid and model data"),
            ("b", "Working in the synthesis lab"),
            ("b", "Troubleshooting"),
            ("b", "Safety and service"),
            ("gap",), ("gap",), ("gap",), ("gap",), ("gap",), ("gap",),
            ("big", "SONORA", 16.0),
            ("p", "Labortechnik since 1978"),
        ],
    ],
    [  # page 2 (inside): three panels
        [
            ("h", "Setting up"),
            ("p", "Place the bath on a stable, dry bench, not on a shelf above other equipment. Leave 10 cm "
                  "free around the ventilation slots."),
            ("p", "Fill level: the liquid must reach the fill mark with the basket and the load in. Too little "
                  "liquid weakens the cavitation and triggers the dry-run protection (E1); too much liquid "
                  "runs over the edge when vessels are lowered in."),
            ("p", "Bath liquid: tap water with 1\u20132 % of a neutral cleaning concentrate. Demineralised "
                  "water alone cavitates poorly because of its high surface tension. Never use flammable "
                  "liquids in the tank."),
            ("p", "Degassing: freshly drawn water is full of dissolved air, which cushions the cavitation. "
                  "Run Degas for 10 min after every refill; the hissing becomes louder and sharper when the "
                  "water is degassed."),
            ("p", "Positioning: hang flasks in the basket or in a clamp so that the liquid inside is at the "
                  "same height as the bath liquid outside. The strongest zone is in the middle of the tank, "
                  "about 2 cm above the bottom."),
            ("gap",),
            ("h", "Model data"),
            ("t", [0.2, 0.15, 0.17, 0.16, 0.15, 0.17], [
                ["Model", "Tank (L)", "Frequency", "US power", "Heater", "Fill mark"],
                ["US 30", "2.75", "37 kHz", "80 W", "200 W", "65 mm"],
                ["US 60", "5.75", "37 kHz", "150 W", "400 W", "100 mm"],
                ["US 100", "9.5", "37 kHz", "200 W", "800 W", "110 mm"],
                ["US 100 H", "9.5", "37/80 kHz", "200 W", "800 W", "110 mm"],
                ["US 300", "28.0", "37 kHz", "560 W", "1200 W", "160 mm"],
            ]),
            ("p", "US power is the effective ultrasonic power; the peak power in Pulse mode is 20 % higher. "
                  "The heater range is 30\u201380 \u00b0C on all models."),
            ("gap",),
            ("h", "Why the bath gets warm"),
            ("p", "Almost all of the ultrasonic power ends up as heat in the liquid, with or without the "
                  "heater. A US 60 filled with water at 20 \u00b0C, lid closed, heater off:"),
            ("t", [0.5, 0.5], [
                ["Running time", "Bath temperature"],
                ["15 min", "about 26 \u00b0C"],
                ["30 min", "about 32 \u00b0C"],
                ["60 min", "about 41 \u00b0C"],
            ]),
        ],
        [
            ("h", "Working in the synthesis lab"),
            ("p", "Dissolving samples (NMR, HPLC, stock solutions): cap the vial, hold it in the basket for "
                  "1\u20132 min. Longer times warm the sample; for heat-sensitive compounds use 30 s pulses "
                  "with a pause in between."),
            ("p", "Degassing solvents: sonicate the loosely capped bottle for 5\u201310 min in Degas mode. "
                  "Under a gentle vacuum (house vacuum through a trap) the same takes 2\u20133 min. "
                  "Sonication removes most of the dissolved air but not all of the oxygen; for oxygen-sensitive "
                  "chemistry use the methods of your group."),
            ("p", "Suspensions and heterogeneous reactions: a flask of a slurry that clumps on stirring can "
                  "be broken up in 5 min. For reactions run in the bath, clamp the flask in the strongest "
                  "zone, keep the bath liquid topped up and log the bath temperature every hour."),
            ("p", "Recrystallisation: do not sonicate a supersaturated solution you want to crystallise slowly; "
                  "ultrasound triggers nucleation and gives a fine powder."),
            ("gap",),
            ("h", "Cleaning glassware"),
            ("n", "1.", "Rinse off the bulk of the residue with a suitable solvent first; the bath is not a "
                        "solvent sink."),
            ("n", "2.", "Fill the bath with water and 2 % alkaline cleaning concentrate, heat it to 50 \u00b0C."),
            ("n", "3.", "Lay the glassware in the basket without touching each other. Sintered funnels go in "
                        "with the frit vertical so that the liquid can pass through it."),
            ("n", "4.", "Sonicate for 10\u201315 min in Normal mode (Pulse for heavy deposits)."),
            ("n", "5.", "Rinse with tap water, then demineralised water, then acetone; dry as usual."),
            ("p", "Do not clean volumetric flasks or pipettes with calibration marks this way more often than "
                  "necessary, and never put quartz cuvettes or optical cells in with other glassware."),
            ("gap",),
            ("h", "Good practice"),
            ("b", "Never let vessels stand on the tank bottom: the glass cracks and the tank is eroded."),
            ("b", "Use the lid. It halves the noise and the heat loss."),
            ("b", "Plastic beakers and thick-walled vessels absorb ultrasound; use thin-walled glass."),
            ("b", "Write the date of the last liquid change on the tape on the lid."),
        ],
        [
            ("h", "Troubleshooting"),
            ("sym", "Weak cavitation, the foil test shows few holes"),
            ("p", "Cause: water not degassed, liquid below the fill mark, or a dirty bath."),
            ("p", "Remedy: change the liquid, fill to the mark, run Degas 10 min and repeat the test."),
            ("sym", "Some vessels are done, others not touched"),
            ("p", "Cause: standing waves leave weak zones between the transducers."),
            ("p", "Remedy: use Sweep mode and move the vessel to the middle of the tank."),
            ("sym", "Display shows E1 and the ultrasound stops"),
            ("p", "Cause: dry-run protection; the liquid level is too low."),
            ("p", "Remedy: top up to the fill mark and restart; E1 clears by itself."),
            ("sym", "Display shows E3 after a long run"),
            ("p", "Cause: the generator overheated because the ventilation slots were covered or the bath "
                  "ran above 80 \u00b0C."),
            ("p", "Remedy: switch off for 30 min, free the slots, then restart."),
            ("sym", "Bath far warmer than the setpoint"),
            ("p", "Cause: the ultrasound itself heats the liquid; the heater cannot cool."),
            ("p", "Remedy: exchange part of the liquid for cold water, or add ice in a sealed bag; switch off "
                  "the heater for long runs."),
            ("sym", "Loud rattling or whistling"),
            ("p", "Cause: a vessel or the basket touches the tank wall or bottom."),
            ("p", "Remedy: hang the vessel free in the liquid; check that the basket rests on its feet."),
            ("sym", "Pitting or small holes in the tank bottom"),
            ("p", "Cause: cavitation erosion by parts lying on the bottom, or chloride and acids in the bath."),
            ("p", "Remedy: always use the basket; put aggressive liquids in a glass beaker. Holes through "
                  "the tank need a new tank, call service."),
            ("sym", "Ultrasound stops after 30 min"),
            ("p", "Cause: the timer was set; the longest timed run is 30 min."),
            ("p", "Remedy: choose \u221e on the timer for continuous operation (automatic stop after 12 h)."),
            ("sym", "Sample decomposed or discoloured while dissolving"),
            ("p", "Cause: local heating at the cavitation bubbles and in the warm bath."),
            ("p", "Remedy: use 30 s pulses, cool the bath below 25 \u00b0C and dissolve by stirring instead."),
            ("sym", "Glass flask cracked in the bath"),
            ("p", "Cause: a star crack that was already there, or the flask stood on the bottom."),
            ("p", "Remedy: inspect glassware before use and always hang it free."),
        ],
    ],
]


def _usb_fonts() -> None:
    for name in USB_FONTS.values():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / (name + ".ttf"))))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
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


def _usb_panel_ops(panel: list[tuple], x0: float) -> list[tuple]:
    """Text operations ("text", x, y, string, font, size) on the baseline grid of one panel."""
    ops: list[tuple] = []
    x = x0 + USB_MARGIN
    width = USB_PANEL - 2 * USB_MARGIN
    row = 0

    def y() -> float:
        return USB_TOP - row * USB_LEAD

    for block in panel:
        kind = block[0]
        if kind == "gap":
            row += 1
        elif kind == "h":
            ops.append(("text", x, y(), block[1], USB_FONTS["b"], 8.8))
            row += 1
        elif kind == "big":
            ops.append(("text", x, y(), block[1], USB_FONTS["b"], block[2]))
            row += 2 if block[2] > 12 else 1
        elif kind in ("p", "sym"):
            font = USB_FONTS["b"] if kind == "sym" else USB_FONTS["r"]
            for line in _wrap(block[1], font, USB_SIZE, width):
                ops.append(("text", x, y(), line, font, USB_SIZE))
                row += 1
        elif kind in ("b", "n"):
            mark, text = ("\u2022", block[1]) if kind == "b" else (block[1], block[2])
            ops.append(("mark", x, y(), mark, USB_FONTS["r"], USB_SIZE))
            for line in _wrap(text, USB_FONTS["r"], USB_SIZE, width - 10):
                ops.append(("text", x + 10, y(), line, USB_FONTS["r"], USB_SIZE))
                row += 1
        elif kind == "t":
            widths, rows = block[1], block[2]
            for i, cells in enumerate(rows):
                cx = x
                font = USB_FONTS["b"] if i == 0 else USB_FONTS["r"]
                for frac, cell in zip(widths, cells):
                    ops.append(("text", cx + 2, y(), cell, font, USB_SIZE))
                    cx += frac * width
                ops.append(("rule", x, y() - 2.6, x + width))
                row += 1
        if y() < USB_BOTTOM:
            raise ValueError(f"panel at x={x0} overflows: {block!r}")
    return ops


def _usb_build() -> tuple[bytes, list[str]]:
    _usb_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(USB_W, USB_H), invariant=1, pageCompression=1)
    c.setCreator("Adobe InDesign 19.2 (Macintosh)")
    c.setProducer("Adobe PDF Library 17.0")
    c.setTitle("QR-US-EN_0324_trifold")
    units: list[str] = []
    for page in USB_PAGES:
        # crop marks in the corners, dashed fold marks at the two folds
        c.setLineWidth(0.25)
        c.setStrokeColorRGB(0, 0, 0)
        for cx, cy, dx, dy in ((0, 0, 1, 1), (USB_W, 0, -1, 1), (0, USB_H, 1, -1), (USB_W, USB_H, -1, -1)):
            c.line(cx + dx * 3, cy, cx + dx * 12, cy)
            c.line(cx, cy + dy * 3, cx, cy + dy * 12)
        c.setDash(2, 2)
        for k in (1, 2):
            c.line(k * USB_PANEL, USB_H - 14, k * USB_PANEL, USB_H)
            c.line(k * USB_PANEL, 0, k * USB_PANEL, 14)
        c.setDash()
        for k, panel in enumerate(page):
            if page is USB_PAGES[0] and k == 2:
                c.setFillColorRGB(0.05, 0.32, 0.55)
                c.rect(k * USB_PANEL + USB_MARGIN, USB_TOP + 14, USB_PANEL - 2 * USB_MARGIN, 6, stroke=0, fill=1)
            for op in _usb_panel_ops(panel, k * USB_PANEL):
                if op[0] == "rule":
                    c.setStrokeColorRGB(0.7, 0.7, 0.7)
                    c.line(op[1], op[2], op[3], op[2])
                    c.setStrokeColorRGB(0, 0, 0)
                    continue
                _, x, yy, text, font, size = op
                blue = font == USB_FONTS["b"] and size > USB_SIZE
                c.setFillColorRGB(0.05, 0.32, 0.55) if blue else c.setFillColorRGB(0.1, 0.1, 0.1)
                c.setFont(font, size)
                c.drawString(x, yy, text)
                if op[0] == "text":
                    units.append(text)
        c.showPage()
    c.save()
    return buf.getvalue(), units


def build_usb_pdf(path: Path) -> None:
    path.write_bytes(_usb_build()[0])


def usb_units() -> list[str]:
    return _usb_build()[1]


def visible_strings() -> dict[str, list[str]]:
    """Text units of the PDF: its drawn lines (bullets and step numbers are drawn apart)."""
    return {Path(USB_NAME).stem: usb_units()}


BOOKSTACK_HTML_STEMS = {Path(KCP_NAME).stem}
TEXTILE_STEMS = {Path(CLE_NAME).stem}
TRIFOLD_PDF_STEMS = {Path(USB_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, build in ((KCP_NAME, build_kcp_html), (CLE_NAME, build_cle_txt), (USB_NAME, build_usb_pdf)):
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
