"""Generate the six guides of the fresh14 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh14/make_fresh14_guides.py

Writes:
    evals/fresh14/guides/gewald-aminothiophenes-pdftotext-layout.txt
        what `pdftotext -layout` makes of a TWO-COLUMN journal article (a "practical note"),
        saved as .txt: the two text columns SIDE BY SIDE on every line, separated by a run of
        spaces; a title block, an abstract and a keyword line across the full width on the
        first page; a scheme that comes out only as scattered atom labels and reagent text; a
        table spanning both columns whose wrapped cells continue on the following lines under
        their own column; FORM FEEDS between pages; a running header with the journal line and
        the page number; a first-page footer with the corresponding author and the DOI; words
        hyphenated at column ends ("thio-" / "phene"); and the ligatures of the PDF font kept
        as the characters U+FB00-U+FB04 ("ﬁlter", "ﬂask", "eﬀect"), as pdftotext prints them.
    evals/fresh14/guides/skraup-quinoline-sphinx-rtd-page.html
        a page of a group methods handbook built with SPHINX and the Read the Docs theme and
        saved from the browser: the RTD navigation sidebar (search box, toctree with captions,
        the current page expanded to its sections), breadcrumbs with "Edit on GitLab", headings
        with "¶" HEADERLINKS, admonitions (danger, warning, note, tip, seealso), a
        versionchanged box, a local contents block, a glossary (dl.glossary with term ids),
        docutils tables, inline literals split into <span class="pre"> words, MathJax math as
        \\( ... \\) text, a figure that is only an alt text and a caption with "Fig. 1",
        field lists (Cause / Fix) in the troubleshooting, footnotes as <aside class="footnote">,
        <abbr> with titles, the Previous / Next buttons, the footer and the RTD version flyout.
    evals/fresh14/guides/dieckmann-cyclisation-tracked-moves.docx
        a Word group guide UNDER REVIEW (raw WordprocessingML, no python-docx): tracked
        insertions (w:ins) and deletions (w:del / w:delText), TRACKED MOVES (w:moveFrom /
        w:moveTo with their range markers: the moved text is present twice as w:t, once at the
        old place inside w:moveFrom), ENDNOTES (word/endnotes.xml with separator endnotes, lower
        roman reference marks), COMMENTS (word/comments.xml, one holding a piece of advice), and
        FIELDS: a TOC field whose cached result is STALE (it still shows an old heading), PAGEREF
        fields inside it, SEQ Table captions, REF cross-references, a DOCPROPERTY field and a
        HYPERLINK field; styles Title / Heading 1 / Heading 2 / List Number / List Bullet /
        Caption, numbering.xml, a header and a footer.
    evals/fresh14/guides/chlorosulfonation-lims-kb-export.csv
        a troubleshooting/knowledge matrix EXPORTED FROM A LIMS knowledge base as a European
        Excel-style CSV: a "sep=;" first line, SEMICOLON separators, DECIMAL COMMAS ("1,75 g/mL",
        "0,5 equiv"), dates as dd.mm.yyyy, a preamble of report/filter rows before the header row,
        quoted multi-line cells (LF inside cells, CRLF between rows), doubled quotes, semicolons
        inside quoted cells, and a rich-text column exported as HTML fragments (<p>, <ul><li>,
        <br>, &amp; entities) in some rows.
    evals/fresh14/guides/photoreactor-hackmd-note.md
        a HACKMD (CodiMD) team note: YAML front matter with title/tags/description, [TOC],
        :::info / :::warning / :::danger / :::success containers, collapsible ":::spoiler"
        blocks for the troubleshooting, ==highlight==, ~subscript~ (H~2~O, CH~2~Cl~2~) and
        ^superscript^ markup, task lists, pipe tables, inline author tags
        ([name=...] [time=...] [color=...]), a {%hackmd ... %} embed, emoji shortcodes, an
        uploaded image and footnotes.
    evals/fresh14/guides/fume-cupboards-hugo-docsy-page.md
        the SOURCE of a page of a safety office website built with HUGO and the Docsy theme:
        TOML front matter between "+++" lines (with a [params] table), Docsy shortcodes
        ({{% pageinfo %}}, {{% alert title=... color=... %}}, {{< tabpane >}} / {{% tab %}}),
        a site-local {{< faq q="..." >}} shortcode, {{< ref >}} links, a {{< figure >}}, heading
        ids {#...}, the <!--more--> summary divider, an HTML comment left in the source, and
        Markdown tables.

The text of every guide is held in this script.  visible_strings() returns the text units of
the DOCX (one string per paragraph of the body, the endnotes, the comments, the header and the
footer, in the final view: insertions and moved-to text in, deletions and moved-from text out).
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "guides"


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at `width` characters (words are never split)."""
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines


def _hex(seed: str, n: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n].upper()


def _zip(members: list[tuple[str, str]], date: tuple[int, ...]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


# ---------------------------------------------------------------------------
# 1. pdftotext -layout of a two-column practical note: the Gewald reaction

GWD_NAME = "gewald-aminothiophenes-pdftotext-layout.txt"
GWD_COL = 47                 # characters per column line
GWD_RIGHT = 53               # the right column starts here
GWD_WIDTH = 100              # full-width lines
GWD_BODY = 58                # body lines per page below the running header
SHY = "\u00ad"               # soft hyphen: a place where a word may be hyphenated at a line end
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
GWD_JOURNAL = "Practical Notes in Heterocyclic Synthesis 9 (2024) 41–44"
GWD_RUNNING = "H. Aalto et al. · The Gewald reaction in practice"

GWD_TITLE = [
    "The Gewald reaction in practice: 2-aminothiophenes from",
    "ketones, activated nitriles and sulfur",
]
GWD_AUTHORS = "Henrik Aalto,a Chiara Benedetti,b and Samuel O. Adeyemi*a"
GWD_AFFIL = [
    "a School of Chemistry, Northbridge University, Northbridge NB4 7RT, UK",
    "b Discovery Chemistry, Halvern Therapeutics, 4056 Basel, Switzerland",
]
GWD_DATES = "Received 4 March 2024; accepted 22 April 2024"
GWD_ABSTRACT = (
    "Abstract: The Gewald reaction condenses a ketone or aldehyde, an activated nitrile and elemental "
    "sulfur in the presence of an amine to give a 2-aminothiophene in one pot. It is cheap, scalable "
    "and tolerant of many functional groups, but it fails in a few recurring ways: the sulfur never "
    "dissolves, the reaction stops at the Knoevenagel adduct, aryl ketones barely react, malononitrile "
    "gives coloured by-products and some products darken on storage. This note collects the procedures "
    "we use for 5–200 mmol runs, the choice of base and solvent, a two-step variant for unreactive "
    "ketones, a work-up that removes excess sulfur, and a troubleshooting section built from four "
    "years of internal requests."
)
GWD_KEYWORDS = ("Keywords: 2-aminothiophene; Gewald reaction; elemental sulfur; morpholine; Knoevenagel "
                "condensation; ethyl cyanoacetate; malononitrile")
GWD_FOOT = [
    "* Corresponding author. E-mail: s.adeyemi@northbridge.example.ac.uk",
    "doi:10.5555/pnhs.2024.9.041 · © 2024 The Authors. Published under a CC BY 4.0 licence.",
]
# Scheme 1 as pdftotext prints a drawn scheme: only the text labels survive, at their positions.
GWD_SCHEME = [
    "",
    "                 O                     CN           S8 (1.0 equiv)                  CO2Et",
    "                          +                   +                                 ",
    "                                       CO2Et     morpholine (1.0 equiv)               NH2",
    "                                                 EtOH, 45–50 °C, 2–3 h          S",
    "",
    "       Scheme 1. Procedure A: the Gewald reaction of cyclohexanone with ethyl cyanoacetate.",
    "",
]

# Body text in reading order.  ("h", heading), ("p", paragraph), ("r", run-in head, text),
# ("ref", reference).  Soft hyphens (SHY) mark where a long word may be broken at a column end.
GWD_BLOCKS: list[tuple] = [
    ("h", "1. Introduction"),
    ("p", "Substituted 2-amino\u00adthiophenes are building blocks for dyes, agrochemicals and drug "
          "candidates, and they are the usual entry to thieno-fused heterocycles. The anti-inflammatory "
          "drug tinoridine is made by a Gewald reaction of 1-benzyl-4-piperidone with ethyl "
          "cyano\u00adacetate, and 2-amino-5-methylthiophene-3-carbonitrile, the Gewald product of "
          "propanal and malononitrile, is an early intermediate of the antipsychotic olanzapine."),
    ("p", "The reaction was reported by Gewald in 1966 and has since appeared in thousands of papers, "
          "mostly as the three-component, one-pot version described here.[1,2] It needs three things "
          "to go right at once: a Knoevenagel condensation, the uptake of sulfur and a ring closure. "
          "When one of them fails the symptoms are characteristic, and most of them can be fixed "
          "without changing the route."),
    ("h", "2. How the reaction works"),
    ("p", "The amine first catalyses a Knoevenagel condensation of the carbonyl compound with the "
          "activated nitrile, which gives an alkylidene (ylidene) nitrile and water. The ylidene is "
          "deprotonated at the allylic carbon, the carbon that becomes C5 of the thiophene, and this "
          "carbanion opens the S8 ring. The polysulfide chain is shortened until a thiolate remains, "
          "which adds to the nitrile carbon; tautomerisation of the resulting imine gives the aromatic "
          "2-amino\u00adthiophene. Aromatisation is the driving force, and the last steps are fast: "
          "intermediates between the ylidene and the product are rarely seen."),
    ("p", "Two consequences matter in practice. First, the carbonyl compound needs a CH2 or CH3 group "
          "next to the carbonyl, because that carbon takes up the sulfur: benzaldehyde and diaryl "
          "ketones give the Knoevenagel product and stop there. Unsymmetrical ketones react mainly at "
          "the more substituted CH2 group, so butan-2-one gives the 4,5-dimethyl\u00adthiophene and not "
          "the 4-ethyl isomer. Second, the sulfur has to be brought into solution. Secondary amines "
          "such as morpholine open the S8 ring to amine polysulfides, which are more soluble and more "
          "reactive than sulfur itself; this is why morpholine and diethylamine work better than "
          "triethylamine in most cases."),
    ("h", "3. Choosing the conditions"),
    ("h", "3.1 Base"),
    ("p", "Morpholine (1.0 equiv) is our default. It is a good Knoevenagel catalyst, it dissolves "
          "sulfur as polysulfides, and its salts stay in the ethanol when the product crystallises. "
          "Diethylamine works as well but boils at 55 °C, so it is lost from open flasks above 45 °C. "
          "Triethylamine gives clean but slow reactions and is the base to use with malononitrile, "
          "where the secondary amines cause side reactions (Section 7). Catalytic amounts of base "
          "(0.1–0.2 equiv) are enough for cyclic ketones with ethyl cyano\u00adacetate, but runs with a "
          "full equivalent are more reproducible, and we no longer recommend the catalytic version "
          "for new substrates."),
    ("h", "3.2 Solvent"),
    ("p", "Ethanol is the standard: the reagents dissolve on warming and most products crystallise "
          "on cooling, so the work-up is a filtration. Methanol behaves similarly but slowly "
          "transesterifies ethyl cyanoacetate, which gives methyl/ethyl ester mixtures after long "
          "runs. DMF dissolves sulfur and polar substrates better and gives faster reactions, but it "
          "needs an aqueous work-up. Do not use acetone or any other enolisable ketone as the "
          "solvent: it takes part in the reaction."),
    ("h", "3.3 Activated nitrile"),
    ("p", "Ethyl and methyl cyanoacetate give 3-esters, malononitrile gives 3-carbonitriles and "
          "cyanoacetamide gives 3-carboxamides. Malononitrile is the most reactive and cyanoacetamide "
          "the least; cyanoacetamide runs need 60 °C and longer times, but the amide products are "
          "poorly soluble, which makes their isolation easy."),
    ("h", "3.4 Temperature"),
    ("p", "Keep the internal temperature at 40–50 °C for the esters and at 20–40 °C for "
          "malononitrile. Above about 65 °C the mixture darkens quickly and the yield falls."),
    ("h", "4. Procedures"),
    ("h", "4.1 Procedure A: one pot (cyclohexanone)"),
    ("p", "A 100 mL three-necked flask with a thermometer and a dropping funnel is charged with "
          "cyclohexanone (4.91 g, 5.2 mL, 50 mmol), ethyl cyanoacetate (5.66 g, 5.3 mL, 50 mmol), "
          "powdered sulfur (1.60 g, 50 mmol of S) and ethanol (30 mL). The suspension is stirred and "
          "warmed to 35 °C, and morpholine (4.36 g, 4.4 mL, 50 mmol) is added over 10 min; the "
          "temperature rises by 5–10 °C. The mixture is held at 45–50 °C for 2–3 h, during which the "
          "sulfur dissolves and the colour turns from yellow to orange-brown. When TLC (hexane–EtOAc "
          "4:1) shows no more ylidene, the flask is cooled to room temperature and then to 0–5 °C for "
          "at least 2 h. The crystals are filtered off, washed with cold ethanol (2 × 10 mL) and dried "
          "in air. Ethyl 2-amino-4,5,6,7-tetrahydro-1-benzothiophene-3-carboxylate is obtained as "
          "pale yellow crystals, 8.5–9.5 g (75–84%), mp 114–116 °C."),
    ("h", "4.2 Procedure B: malononitrile and aldehydes"),
    ("p", "The ketone (50 mmol), malononitrile (3.30 g, 50 mmol) and sulfur (1.60 g) in ethanol "
          "(40 mL) are cooled to 15 °C. Triethylamine (5.06 g, 7.0 mL, 50 mmol) is added dropwise "
          "so that the temperature stays below 25 °C, and the mixture is stirred at 25–35 °C for "
          "1–3 h. With aldehydes, add the aldehyde last and slowly, at 0–10 °C, to the nitrile, sulfur "
          "and base, and then let the mixture warm up."),
    ("h", "4.3 Procedure C: two steps for aryl and hindered ketones"),
    ("p", "Step 1. The ketone (50 mmol), ethyl cyanoacetate (55 mmol), ammonium acetate (10 mmol) and "
          "acetic acid (2 mL) in toluene (60 mL) are heated at reflux with azeotropic removal of water "
          "until no more water separates (6–24 h). The cooled solution is washed with water and "
          "saturated NaHCO3, dried and concentrated, and the ylidene (an E/Z mixture, which does not "
          "matter) is used crude."),
    ("p", "Step 2. The ylidene (40 mmol) and sulfur (1.28 g) in ethanol (40 mL) are treated with "
          "morpholine (3.5 mL, 40 mmol) at 40 °C and stirred at 50–55 °C until the ylidene has been "
          "consumed (2–6 h). Acetophenone gives ethyl 2-amino-4-phenylthiophene-3-carboxylate in "
          "55–65% over the two steps."),
    ("h", "5. Following the reaction and isolation"),
    ("p", "TLC on silica with hexane–EtOAc (4:1) separates the ketone (often invisible under UV), the "
          "ylidene and the 2-amino\u00adthiophene, which is strongly UV-active, runs below the ylidene "
          "and turns brown on the plate within minutes. Sulfur runs at the solvent front. LC–MS is "
          "more informative: the ylidene is 32 mass units lighter than the product ([M+H]+ 194 and "
          "226 in procedure A)."),
    ("p", "If the product does not crystallise from ethanol, add water (up to one volume) dropwise "
          "to the cold solution, or pour the mixture into five volumes of ice-water and filter; DMF "
          "runs are always worked up this way. Excess sulfur is the usual contaminant: it is barely "
          "soluble in cold ethanol and co-precipitates as yellow needles. Dissolve the crude product in "
          "hot ethanol (about 10 mL per gram), filter the hot solution through a warm sinter, on which "
          "most of the sulfur stays behind, and let the filtrate crystallise. On a column, sulfur "
          "elutes with hexane in the first fractions."),
    ("p", "For the product of procedure A: 1H NMR (CDCl3) δ 5.95 (br s, 2H, NH2), 4.26 (q, J = 7.1 Hz, "
          "2H), 2.70–2.64 (m, 2H), 2.52–2.46 (m, 2H), 1.82–1.70 (m, 4H), 1.33 (t, J = 7.1 Hz, 3H). "
          "The NH2 resonance is broad, moves with the concentration and disappears after a D2O shake. IR "
          "(ATR): 3405 and 3297 (NH2), 1647 cm−1 (hydrogen-bonded ester C=O)."),
    ("h", "6. Stability and storage"),
    ("p", "2-Aminothiophenes are electron-rich enamines. The 3-esters and 3-nitriles with a "
          "substituent at C5, such as the product of procedure A, keep for months as solids in a "
          "closed vial in the dark. Products with a free 5-position, such as the 4-aryl compounds "
          "from procedure C, darken within days in air and light: store them at −20 °C under "
          "nitrogen in amber vials and take them on quickly, for example by acylating the amino "
          "group. Solutions decompose faster than solids; do not leave them overnight in CDCl3, which "
          "contains traces of acid."),
    ("h", "7. Troubleshooting"),
    ("r", "The sulfur does not dissolve and the colour stays yellow.",
          "Sulfur uptake has not started. Check the internal temperature (below 35 °C the reaction "
          "is very slow), the amount and identity of the base (triethylamine alone dissolves sulfur "
          "poorly) and the sulfur itself: use finely powdered or precipitated sulfur, not lumps or "
          "flakes. Adding 0.2 equiv of morpholine to a triethylamine run usually starts it."),
    ("r", "Only the ylidene is formed.",
          "LC–MS shows a large peak 32 units below the expected product. The condensation worked but "
          "the sulfur uptake did not; this is typical of aryl ketones and of runs at too low a "
          "temperature. Add a further 0.5 equiv of morpholine, raise the temperature to 55 °C or change "
          "the solvent to DMF. The isolated ylidene can also be taken into step 2 of procedure C."),
    ("r", "The ketone is untouched.",
          "The Knoevenagel step has not happened. Aryl ketones, α-branched ketones and ketones with "
          "bulky groups condense slowly under Gewald conditions; use procedure C."),
    ("r", "Dark brown or black mixture, tar on work-up.",
          "Usually overheating (above 65 °C) or a very long reaction time. Stop the reaction when the "
          "ylidene has gone, keep the temperature at 45–50 °C and do not use more than 1.2 equiv of "
          "base."),
    ("r", "Orange or red solids with malononitrile.",
          "Malononitrile dimerises under strongly basic conditions to 2-aminoprop-1-ene-1,1,3-"
          "tricarbonitrile, which gives coloured condensation products. Use triethylamine rather "
          "than morpholine, add the base last and keep the temperature below 35 °C."),
    ("r", "The product oils out.",
          "Cool slowly, seed if you can, and add water dropwise to the cold ethanol solution. An oil "
          "that will not solidify is often wet with the amine or contains sulfur: take it up in ethyl "
          "acetate, wash with dilute aqueous citric acid and water, dry, and crystallise again from "
          "ethanol or heptane. The 2-aminothiophene-3-carboxylates are very weak bases and stay in "
          "the organic layer."),
    ("r", "Two products with the same mass.",
          "An unsymmetrical ketone has reacted at both α-positions. Ketones RCH2COCH3 react mainly at "
          "the CH2 group, but the other isomer can reach 20%. Separate the isomers by chromatography "
          "and assign them by NOE (the C4 substituent is close to the ester)."),
    ("r", "Low yields with aldehydes.",
          "Aldehydes undergo aldol self-condensation in the basic mixture. Add the aldehyde slowly "
          "to the other components at 0–10 °C (procedure B) and use triethylamine."),
    ("r", "Methyl and ethyl esters in the product.",
          "Transesterification by methanol; use ethanol with ethyl cyano\u00adacetate and methanol "
          "only with methyl cyanoacetate."),
    ("r", "A smell of rotten eggs.",
          "Hydrogen sulfide forms in small amounts from sulfur and the amine, more at higher "
          "temperatures and when the mixture is acidified. See Section 9."),
    ("r", "Too much sulfur in the elemental analysis.",
          "Also seen as a melting range of several degrees or yellow needles among the crystals. "
          "Residual sulfur; recrystallise with a hot filtration (Section 5)."),
    ("h", "8. Scaling up"),
    ("p", "We have run procedure A on 0.5 mol without changes to the chemistry. The morpholine "
          "addition is the main exotherm: dose it over 30–60 min at 35–40 °C and start only when the "
          "stirrer keeps all the sulfur suspended. Above 0.2 mol the product often crystallises from "
          "the warm reaction mixture as a thick slurry, so use an overhead stirrer. The hydrogen "
          "sulfide released grows with the scale; lead the off-gas through a scrubber charged with "
          "bleach."),
    ("h", "9. Safety and waste"),
    ("p", "Work in a fume cupboard. Hydrogen sulfide is formed in small amounts, more on heating and "
          "when the crude mixture is acidified; it is toxic at low concentrations and quickly deadens "
          "the sense of smell, so the absence of a smell proves nothing. The UK workplace exposure "
          "limits are 5 ppm (8 h) and 10 ppm (15 min). Do not acidify the crude reaction mixture."),
    ("p", "Malononitrile is toxic by all routes and is metabolised to cyanide. It melts at 32 °C and "
          "can polymerise violently when heated strongly or mixed neat with strong bases: never warm "
          "a bottle above 50 °C to melt it, and always add base to a diluted solution. Morpholine is "
          "flammable (flash point about 35 °C) and corrosive, ethyl cyanoacetate is harmful, and "
          "sulfur dust is combustible."),
    ("p", "The filtrates contain the amine, polysulfides and some hydrogen sulfide. Collect them in "
          "the sulfur-containing organic waste and never with acids. Rinse glassware that smells of "
          "sulfur with dilute bleach before it goes to the wash-up."),
    ("h", "References"),
    ("ref", "[1] K. Gewald, E. Schinke and H. Böttcher, Chem. Ber., 1966, 99, 94–100."),
    ("ref", "[2] R. W. Sabnis, D. W. Rangnekar and N. D. Sonawane, J. Heterocycl. Chem., 1999, 36, "
            "333–345."),
    ("ref", "[3] Z. Puterová, A. Krutošíková and D. Végh, Arkivoc, 2010, (i), 209–246."),
]

# Table 1 spans both columns at the top of the second page.
GWD_TABLE_CAPTION = "Table 1. Conditions we use for common substrates (internal data, 5–50 mmol)."
GWD_TABLE_WIDTHS = [16, 14, 16, 16, 9, 24]
GWD_TABLE = [
    ["Carbonyl compound", "Nitrile", "Base, solvent", "Temp., time", "Yield (%)", "Product, remarks"],
    ["cyclohexanone", "ethyl cyanoacetate", "morpholine, EtOH", "45–50 °C, 2–3 h", "75–84",
     "crystallises from the mixture"],
    ["cyclopentanone", "malononitrile", "Et3N, EtOH", "25–35 °C, 1 h", "80–90",
     "cyclopenta[b]thiophene-3-carbonitrile"],
    ["butan-2-one", "ethyl cyanoacetate", "morpholine, EtOH", "50 °C, 4 h", "50–60",
     "4,5-dimethyl product; volatile ketone, use 1.2 equiv"],
    ["1-benzyl-4-piperidone", "ethyl cyanoacetate", "morpholine, EtOH", "50 °C, 3 h", "70–80",
     "tinoridine"],
    ["tetrahydropyran-4-one", "ethyl cyanoacetate", "morpholine, EtOH", "45 °C, 3 h", "70–80",
     "thieno[2,3-c]pyran"],
    ["propanal", "malononitrile", "Et3N, DMF", "0 °C to rt, 2 h", "60–70",
     "olanzapine intermediate; aldehyde added last"],
    ["acetophenone", "ethyl cyanoacetate", "procedure C", "see text", "55–65",
     "4-phenyl product; darkens in air"],
    ["cyclohexanone", "cyanoacetamide", "morpholine, EtOH", "60 °C, 5 h", "65–75",
     "3-carboxamide; poorly soluble"],
]


def _lig(s: str) -> str:
    for a, b in LIGATURES:
        s = s.replace(a, b)
    return s


def _gwd_breaks(w: str) -> list[tuple[str, str]]:
    """Ways to break the word w: (head printed at the line end, rest), last break first."""
    out = []
    for i, ch in enumerate(w):
        if ch == SHY:
            out.append((w[:i].replace(SHY, "") + "-", w[i + 1:]))
        elif ch == "-" and 0 < i < len(w) - 1:
            out.append((w[:i + 1].replace(SHY, ""), w[i + 1:]))
    return out[::-1]


def _gwd_wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """Greedy wrap that may break a word at a soft hyphen (printed as "-") or after a hyphen."""
    lines: list[str] = []
    cur = " " * indent
    words = text.split(" ")
    while words:
        w = words.pop(0)
        cand = w.replace(SHY, "")
        sep = 1 if cur.strip() else 0
        room = width - len(cur) - sep
        if len(cand) <= room:
            cur = cur + " " * sep + cand
            continue
        for head, rest in _gwd_breaks(w):
            if len(head) <= room and (SHY in w or len(cand) > width or room > 8):
                lines.append(cur + " " * sep + head)
                cur = ""
                words.insert(0, rest)
                break
        else:
            if cur.strip():
                lines.append(cur)
                cur = ""
                words.insert(0, w)
            else:
                lines.append(cand)
                cur = ""
    if cur.strip():
        lines.append(cur)
    return lines


_GWD_KEEP: set[int] = set()     # column lines that must stay with the next line (headings)


def _gwd_column_lines() -> list[str]:
    out: list[str] = []
    _GWD_KEEP.clear()
    for block in GWD_BLOCKS:
        kind = block[0]
        if kind == "h":
            if out and out[-1] != "":
                out.append("")
            for ln in _gwd_wrap(block[1], GWD_COL):
                _GWD_KEEP.add(len(out))
                out.append(ln)
        elif kind == "p":
            out += _gwd_wrap(block[1], GWD_COL, indent=2)
        elif kind == "r":
            out += _gwd_wrap(block[1] + " " + block[2], GWD_COL, indent=0)
            out.append("")
        elif kind == "ref":
            lines = _gwd_wrap(block[1], GWD_COL - 4)
            out.append(lines[0])
            out += ["    " + ln for ln in lines[1:]]
    return out


def _gwd_table_lines() -> list[str]:
    rule = "-" * (sum(GWD_TABLE_WIDTHS) + 3 * (len(GWD_TABLE_WIDTHS) - 1))
    out = [GWD_TABLE_CAPTION, rule]
    for i, row in enumerate(GWD_TABLE):
        cells = [_gwd_wrap(c, w) for c, w in zip(row, GWD_TABLE_WIDTHS)]
        for k in range(max(len(c) for c in cells)):
            parts = []
            for c, w in zip(cells, GWD_TABLE_WIDTHS):
                parts.append((c[k] if k < len(c) else "").ljust(w))
            out.append("   ".join(parts).rstrip())
        if i == 0:
            out.append(rule)
    out.append(rule)
    out.append("")
    return out


def _gwd_two_columns(left: list[str], right: list[str]) -> list[str]:
    while left and not left[0].strip():
        left = left[1:]
    while right and not right[0].strip():
        right = right[1:]
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append((a.ljust(GWD_RIGHT) + b).rstrip() if b else a.rstrip())
    return rows


def _gwd_split(col: list[str], start: int, n: int) -> int:
    """End of a column that starts at `start` and may hold `n` lines: a heading is never left at
    the foot of a column, and a blank line never ends one."""
    end = min(start + n, len(col))
    if end == len(col):
        return end
    while end > start + 1 and (end - 1 in _GWD_KEEP or not col[end - 1].strip()):
        end -= 1
    return end


def gwd_text() -> str:
    col = _gwd_column_lines()
    pages: list[list[str]] = []
    # page 1: title block, abstract, scheme, then the columns
    first = [GWD_JOURNAL.ljust(GWD_WIDTH - len("PRACTICAL NOTE")) + "PRACTICAL NOTE", ""]
    first += [t.center(GWD_WIDTH).rstrip() for t in GWD_TITLE] + [""]
    first += [GWD_AUTHORS.center(GWD_WIDTH).rstrip(), ""]
    first += [a.center(GWD_WIDTH).rstrip() for a in GWD_AFFIL] + [GWD_DATES.center(GWD_WIDTH).rstrip(), ""]
    first += _wrap(GWD_ABSTRACT, GWD_WIDTH) + [""] + _wrap(GWD_KEYWORDS, GWD_WIDTH)
    first += GWD_SCHEME
    n1 = GWD_BODY + 2 - len(first) - 4
    pos = 0
    e1 = _gwd_split(col, pos, n1)
    e2 = _gwd_split(col, e1, n1)
    page = first + _gwd_two_columns(col[pos:e1], col[e1:e2])
    pos = e2
    page += [""] * (GWD_BODY + 2 - len(page) - 3) + ["-" * 30] + GWD_FOOT
    pages.append(page)
    pno = 42
    table_done = False
    while pos < len(col):
        head = [(f"{pno}    {GWD_JOURNAL}" if pno % 2 == 0 else
                 GWD_RUNNING.rjust(GWD_WIDTH - 6) + f"    {pno}"), ""]
        body: list[str] = []
        if not table_done:
            body = _gwd_table_lines()
            table_done = True
        n = GWD_BODY - len(body)
        if len(col) - pos <= 2 * n:                  # last page: balance the two columns
            n = (len(col) - pos + 1) // 2
        e1 = _gwd_split(col, pos, n)
        e2 = _gwd_split(col, e1, n if len(col) - pos > 2 * n else len(col))
        pages.append(head + body + _gwd_two_columns(col[pos:e1], col[e1:e2]))
        pos = e2
        pno += 1
    text = "\f".join("\n".join(p) + "\n" for p in pages)
    return _lig(text)


def build_gwd_txt(path: Path) -> None:
    path.write_bytes(gwd_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 2. Sphinx / Read the Docs page: the Skraup and Doebner-Miller quinoline syntheses

SKR_NAME = "skraup-quinoline-sphinx-rtd-page.html"
SKR_PROJECT = "Synthesis Group Methods Handbook"
SKR_VERSION = "2.3"
SKR_TITLE = "Quinolines: Skraup and Doebner–Miller reactions"
SKR_GITLAB = "https://gitlab.chem.example.ac.uk/synthesis/handbook/blob/main/docs/heterocycles/quinolines.rst"
# The navigation sidebar: (caption, [(href, title)]); "#" marks the current page.
SKR_TOCTREE = [
    ("Getting started", [("../intro/using.html", "Using this handbook"),
                         ("../intro/planning.html", "Planning a new reaction"),
                         ("../intro/glossary.html", "Abbreviations")]),
    ("Reactions", [("../reactions/esters.html", "Esters from acids and alcohols"),
                   ("../reactions/amides.html", "Amide bond formation"),
                   ("../reactions/aldol.html", "Aldol condensations")]),
    ("Heterocycles", [("indoles.html", "Indoles"),
                      ("pyrroles.html", "Pyrroles from 1,4-dicarbonyl compounds"),
                      ("#", SKR_TITLE),
                      ("pyrimidines.html", "Pyrimidines from amidines")]),
    ("Techniques", [("../techniques/extraction.html", "Acid–base extraction of amines"),
                    ("../techniques/distillation.html", "Distillation under reduced pressure")]),
    ("Safety", [("../safety/exotherms.html", "Exothermic reactions and dosing"),
                ("../safety/waste.html", "Waste streams")]),
]
SKR_PREV = ("pyrroles.html", "Pyrroles from 1,4-dicarbonyl compounds")
SKR_NEXT = ("pyrimidines.html", "Pyrimidines from amidines")

# Body.  Inline markup: `literal`, [n] footnote reference, {WEL|title} abbreviation, $tex$ math.
SKR_BODY: list[tuple] = [
    ("p", "The Skraup reaction builds the pyridine ring of a quinoline onto an aniline: the aniline is "
          "heated with glycerol, concentrated sulfuric acid and a mild oxidant, and the product is a "
          "quinoline without substituents on the new ring. The Doebner–Miller reaction uses a preformed "
          "α,β-unsaturated aldehyde or ketone instead of glycerol and gives 2- and/or 4-substituted "
          "quinolines. Both reactions use cheap materials and work on a large scale, and both are known "
          "for violent exotherms and tar. This page gives our procedures, the reasons behind each step and "
          "what to do when things go wrong."),
    ("vc", "2.3", "Procedure 1 now adds the acid last and switches off the heating as soon as the mixture "
                  "boils. The old instruction (heat to reflux and leave) led to two eruptions in 2023."),
    ("contents",),
    ("sec", 2, "before-you-start", "Before you start"),
    ("adm", "danger", "Danger", [
        "Run the Skraup reaction on at most 0.2 mol of aniline without a written scale-up assessment. "
        "Above that, use the semi-batch variant (see Scaling up). Never leave a Skraup reaction "
        "unattended during the first hour."]),
    ("ul", ["Have an ice-water bath large enough to take the whole flask ready before you start heating.",
            "Put a blast shield in front of the flask and wear a face shield over your safety glasses for "
            "the onset.",
            "Use a flask at least five times the volume of the mixture: it foams.",
            "Use an overhead stirrer; the mixture becomes too thick for a stirrer bar."]),
    ("end",),
    ("sec", 2, "how-it-works", "How it works"),
    ("p", "In hot concentrated sulfuric acid glycerol loses two molecules of water and gives acrolein, "
          "$\\mathrm{C_3H_8O_3 \\rightarrow C_3H_4O + 2\\,H_2O}$. The aniline adds to the acrolein in a "
          "conjugate addition, the resulting 3-(arylamino)propanal cyclises onto the ortho position of the "
          "ring, and loss of water gives a 1,2-dihydroquinoline. The oxidant removes two hydrogen atoms "
          "and gives the quinoline."),
    ("fig", "Reaction scheme: glycerol to acrolein, conjugate addition of aniline, ring closure, oxidation",
            "From aniline to quinoline. The acrolein is never isolated."),
    ("p", "Nitrobenzene, the classical oxidant, is reduced to aniline, which then takes part in the "
          "reaction. The same idea is used with substituted anilines: choose the nitro compound that "
          "corresponds to your aniline (for example 4-nitrotoluene with 4-methylaniline), so that the "
          "reduced oxidant gives more of the same product instead of a second quinoline."),
    ("p", "In the Doebner–Miller reaction no oxidant is needed in principle, because part of the imine "
          "formed from the aniline and the aldehyde accepts the hydrogen. That imine is lost as an "
          "N-alkylaniline, which is why yields rarely exceed 60% unless an oxidant is added."),
    ("end",),
    ("sec", 2, "reagents-and-their-roles", "Reagents and their roles"),
    ("gloss", [
        ("Glycerol", "The source of acrolein. Use glycerol of at least 99% purity: water in the glycerol "
                     "lowers the reaction temperature and the yield. About 4 equiv per aniline; the excess "
                     "ends up as acrolein polymer."),
        ("Sulfuric acid", "Concentrated (95–98%). Dehydrating agent and acid catalyst; the aniline is "
                          "present as its hydrogen sulfate."),
        ("Oxidant", "Nitrobenzene (0.6 equiv) is cheap but toxic, and it has to be removed afterwards. "
                    "Sodium 3-nitrobenzenesulfonate (0.7 equiv) is water-soluble, leaves with the aqueous "
                    "layer and gives a calmer reaction; it has been our preferred oxidant since 2022. "
                    "Arsenic(V) oxide appears in old procedures and is not allowed in our labs."),
        ("Moderator", "Iron(II) sulfate heptahydrate, about 0.13 equiv. It makes the reaction run smoothly "
                      "instead of all at once, probably by carrying the oxidation over a longer time. "
                      "Boric acid has been used in the same way. Without a moderator the onset can be "
                      "explosive."),
    ]),
    ("table", "Amounts for 0.10 mol of aniline (Procedure 1)",
     ["Component", "Amount", "Equiv"],
     [["`FeSO4·7H2O`", "3.5 g", "0.13"],
      ["glycerol (≥ 99%)", "37.6 g (29.8 mL)", "4.1"],
      ["aniline", "9.31 g (9.1 mL)", "1.00"],
      ["nitrobenzene", "7.4 g (6.2 mL)", "0.60"],
      ["or sodium 3-nitrobenzenesulfonate", "15.8 g", "0.70"],
      ["conc. `H2SO4` (98%)", "17.5 mL (32 g)", "3.3"]]),
    ("end",),
    ("sec", 2, "procedure-1-skraup-reaction", "Procedure 1: Skraup reaction"),
    ("ol", ["Set up a 500 mL three-necked round-bottomed flask in a heating mantle on a lab jack, with an "
            "overhead stirrer, a wide-bore condenser and a thermometer that reaches into the liquid.",
            "Add, in this order, the iron(II) sulfate, the glycerol, the aniline and the nitrobenzene (or "
            "the sulfonate). Stir until the iron salt is evenly suspended.",
            "Add the concentrated sulfuric acid from a dropping funnel over 10–15 min with stirring. The "
            "mixture becomes hot and thick.",
            "Heat gently. As soon as the mixture starts to boil, switch off the mantle and lower it. The "
            "reaction now boils by itself for 20–40 min. If the boiling reaches the top third of the "
            "condenser, raise the ice-water bath under the flask.",
            "When the spontaneous boiling has stopped, heat at a gentle reflux for 4 h.",
            "Let the mixture cool to about 90 °C and add water (100 mL) carefully through the condenser. "
            "Below about 70 °C the undiluted mixture sets to a hard cake.",
            "Extract the acidic solution with toluene (2 × 50 mL) to remove the nitrobenzene; the "
            "quinoline stays in the aqueous acid as its salt. With the sulfonate oxidant this step can "
            "be left out.",
            "Cool the aqueous layer in ice and make it strongly basic with 50% aqueous NaOH (about "
            "40 mL), keeping the temperature below 40 °C.",
            "Extract with toluene or MTBE (3 × 50 mL). If a dark layer forms between the phases, filter "
            "the whole mixture through Celite. Dry the extracts over `Na2SO4` and concentrate.",
            "Distil under reduced pressure. Quinoline is a colourless to pale yellow oil, bp 237 °C at "
            "atmospheric pressure; expect 9–11 g (70–85%)."]),
    ("adm", "note", "Note", [
        "Aniline (bp 184 °C) distils together with the quinoline and is hard to remove by distillation "
        "alone. Stir the crude base with acetic anhydride (1.5 equiv relative to the aniline still "
        "present, estimated by NMR) at room temperature for 30 min: the aniline becomes neutral "
        "acetanilide, while the quinoline does not react. Extract the quinoline into 2 M HCl, wash the "
        "acid with MTBE (the acetanilide leaves with the organic layer), then basify and extract as in "
        "steps 8 and 9."]),
    ("end",),
    ("sec", 2, "procedure-2-doebner-miller-reaction", "Procedure 2: Doebner–Miller reaction"),
    ("p", "This gives 2-methylquinoline (quinaldine) from aniline and crotonaldehyde. Aniline (9.31 g, "
          "0.10 mol) in 6 M HCl (60 mL) is heated to reflux with vigorous stirring. A solution of "
          "crotonaldehyde (8.4 g, 10 mL, 0.12 mol) in toluene (30 mL) is added over 1 h from a dropping "
          "funnel, and the two-phase mixture is stirred at reflux for a further 3 h. After cooling, the "
          "toluene layer, which holds most of the tar, is discarded, and the aqueous layer is basified "
          "and extracted as in Procedure 1. Yield of 2-methylquinoline 45–60%."),
    ("adm", "tip", "Why two phases?", [
        "Crotonaldehyde polymerises quickly in hot aqueous acid. In the two-phase system most of it "
        "stays in the toluene and reaches the anilinium salt slowly, so less of it turns into tar. "
        "Methyl vinyl ketone, which gives 4-methylquinoline (lepidine), is handled in the same way."]),
    ("end",),
    ("sec", 2, "substituted-anilines", "Substituted anilines"),
    ("table", "What to expect from substituted anilines",
     ["Aniline", "Main product", "Remarks"],
     [["2-substituted (2-methyl, 2-chloro)", "8-substituted quinoline", "ring closure at the free ortho "
       "position"],
      ["4-substituted (4-methyl, 4-methoxy, 4-chloro)", "6-substituted quinoline", "usually clean"],
      ["3-substituted, electron-donating group", "7- and 5-isomers", "7-isomer usually major; plan a "
       "separation"],
      ["3-nitroaniline", "5- and 7-nitroquinoline", "slow; both isomers form"],
      ["4-nitroaniline", "6-nitroquinoline", "strongly deactivated; heat for 6–8 h, yields 30–50%"],
      ["2-aminophenol", "8-hydroxyquinoline", "use 2-nitrophenol as the oxidant"],
      ["2,6-disubstituted", "none", "both ortho positions are blocked"]]),
    ("end",),
    ("sec", 2, "scaling-up", "Scaling up"),
    ("p", "The batch procedure puts all the energy of the reaction into the flask at once. Above 0.2 mol "
          "our process group uses a semi-batch variant: the sulfuric acid, the iron(II) sulfate and the "
          "oxidant are heated to 130 °C, and the mixture of aniline and glycerol is added over 1–2 h, so "
          "that it reacts as it arrives and little unreacted material accumulates. If the temperature "
          "stops rising after the addition starts, stop the addition: the reaction has not started, and "
          "material is accumulating. The heat of reaction has to be measured before the first run above "
          "1 mol."),
    ("end",),
    ("sec", 2, "troubleshooting", "Troubleshooting"),
    ("sec", 3, "the-mixture-erupted", "The mixture erupted through the condenser"),
    ("fields", [("Cause", "Heating continued after the onset, the moderator was left out, or the scale "
                          "was too large for a batch run. Poor stirring makes it worse."),
                ("Fix", "Switch off the heating at the first sign of boiling, use iron(II) sulfate, "
                        "keep the ice bath ready and use the semi-batch variant above 0.2 mol.")]),
    ("end",),
    ("sec", 3, "long-quiet-period", "A long quiet period, then a sudden violent reaction"),
    ("fields", [("Cause", "The iron salt was not dispersed or the acid went in before the other "
                          "components were mixed, so the reaction started in one hot zone."),
                ("Fix", "Add the components in the stated order, stir well before the acid goes in and "
                        "heat slowly.")]),
    ("end",),
    ("sec", 3, "black-tar", "Black tar and a low yield"),
    ("fields", [("Cause", "Acrolein or crotonaldehyde has polymerised: the temperature was too high, the "
                          "reflux too vigorous or the oxidant too weak."),
                ("Fix", "Keep the reflux gentle, use the sulfonate oxidant, and for Doebner–Miller "
                        "reactions use the two-phase procedure.")]),
    ("end",),
    ("sec", 3, "m-plus-2", "LC–MS shows peaks at M+2 and M+4"),
    ("fields", [("Cause", "Incomplete oxidation. The 1,2-dihydroquinoline disproportionates to the "
                          "quinoline and the 1,2,3,4-tetrahydroquinoline."),
                ("Fix", "Use 0.6–0.8 equiv of oxidant. The tetrahydroquinoline is a secondary amine and "
                        "is removed by the acetic anhydride treatment (see the note under Procedure 1).")]),
    ("end",),
    ("sec", 3, "aniline-in-product", "Aniline in the distilled product"),
    ("fields", [("Cause", "Unreacted aniline co-distils."),
                ("Fix", "Acetic anhydride treatment and acid extraction (note under Procedure 1).")]),
    ("end",),
    ("sec", 3, "nitrobenzene-in-product", "The product smells of bitter almonds"),
    ("fields", [("Cause", "Nitrobenzene carried through the work-up."),
                ("Fix", "Wash the acidic solution with toluene before you basify it (step 7), or change to "
                        "the sulfonate oxidant.")]),
    ("end",),
    ("sec", 3, "rag-layer", "Dark rag layer or emulsion when extracting the basic mixture"),
    ("fields", [("Cause", "Iron hydroxides and tar."),
                ("Fix", "Filter the whole two-phase mixture through a pad of Celite, then separate. "
                        "Adding brine helps.")]),
    ("end",),
    ("sec", 3, "solid-cake", "The mixture set solid on cooling"),
    ("fields", [("Cause", "The sulfate salts crystallise below about 70 °C."),
                ("Fix", "Dilute with water while the mixture is still at about 90 °C (step 6). A set cake "
                        "can be loosened by warming it again with water.")]),
    ("end",),
    ("sec", 3, "isomer-mixture", "Two isomers from a 3-substituted aniline"),
    ("fields", [("Cause", "Ring closure at either ortho position is expected for meta-substituted anilines."),
                ("Fix", "Separate by chromatography or by crystallisation of salts (for example "
                        "hydrochlorides or oxalates), or choose a route that fixes the position.")]),
    ("end",),
    ("sec", 3, "n-alkylaniline", "Doebner–Miller product contaminated with a secondary amine"),
    ("fields", [("Cause", "The N-alkylaniline formed when the imine acts as the hydrogen acceptor."),
                ("Fix", "Add a mild oxidant such as sodium 3-nitrobenzenesulfonate (0.5 equiv), or remove "
                        "the secondary amine with acetic anhydride as in Procedure 1.")]),
    ("end",),
    ("sec", 3, "product-darkens", "The quinoline turns brown on standing"),
    ("fields", [("Cause", "Slow air oxidation, accelerated by light and traces of aniline."),
                ("Fix", "Store under nitrogen in an amber bottle; distil before use if the colour matters.")]),
    ("end",),
    ("end",),
    ("sec", 2, "safety-and-waste", "Safety and waste"),
    ("ul", ["Acrolein is formed in the flask. It is very toxic and a strong lachrymator "
            "({WEL|workplace exposure limit} 0.02 ppm); keep the condenser efficient and work in a fume "
            "cupboard.",
            "Aniline and nitrobenzene are absorbed through the skin and cause methaemoglobinaemia (blue "
            "lips, headache, fatigue). Change contaminated gloves at once.",
            "Crotonaldehyde is toxic by inhalation, a lachrymator and highly flammable.",
            "Quinoline is classified as a category 1B carcinogen; handle the product in the fume cupboard "
            "as well.",
            "Aqueous layers contain iron salts, sulfate and traces of aniline: collect them as aqueous "
            "waste containing organics, not down the drain. Toluene extracts with nitrobenzene go to the "
            "non-halogenated solvent waste."]),
    ("adm", "seealso", "See also", ["@../techniques/extraction.html|Acid–base extraction of amines",
                                    "@../safety/exotherms.html|Exothermic reactions and dosing"]),
    ("end",),
    ("sec", 2, "references", "References"),
    ("p", "Our procedures follow the classical descriptions[1][2] with the changes described above; the "
          "two-phase Doebner–Miller procedure comes from an internal report.[3]"),
    ("footnotes", [("1", "H. T. Clarke and A. W. Davis, Org. Synth. 1922, 2, 79; Coll. Vol. 1, 478."),
                   ("2", "R. H. F. Manske and M. Kulka, Org. React. 1953, 7, 59–98."),
                   ("3", "Internal report IR-2022-14, two-phase Doebner–Miller reactions.")]),
    ("end",),
]


def _skr_slug(title: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("–", "-"))
    return s.strip("-")


def _skr_inline(text: str, fn_ids: dict[str, str]) -> str:
    out = html.escape(text, quote=False)

    def lit(m):
        words = m.group(1).split(" ")
        inner = " ".join(f'<span class="pre">{w}</span>' for w in words)
        return f'<code class="docutils literal notranslate">{inner}</code>'

    out = re.sub(r"`([^`]+)`", lit, out)
    out = re.sub(r"\{([A-Z]+)\|([^}]+)\}", r'<abbr title="\2">\1</abbr>', out)
    out = re.sub(r"\$([^$]+)\$", r'<span class="math notranslate nohighlight">\\(\1\\)</span>', out)

    def fn(m):
        n = m.group(1)
        ref = fn_ids.setdefault(n, f"id{len(fn_ids) + 10}")
        return (f'<a class="footnote-reference brackets" href="#f{n}" id="{ref}" role="doc-noteref">'
                f'<span class="fn-bracket">[</span>{n}<span class="fn-bracket">]</span></a>')

    return re.sub(r"\[(\d)\]", fn, out)


def _skr_sections() -> list[tuple[int, str, str]]:
    return [(b[1], b[2], b[3]) for b in SKR_BODY if b[0] == "sec"]


def _skr_body_html() -> str:
    fn_ids: dict[str, str] = {}
    out: list[str] = []
    top = _skr_slug(SKR_TITLE)
    out.append(f'<section id="{top}">')
    out.append(f'<span id="quinolines"></span><h1>{html.escape(SKR_TITLE)}<a class="headerlink" '
               f'href="#{top}" title="Link to this heading">¶</a></h1>')
    n_table = n_fig = 0
    for b in SKR_BODY:
        kind = b[0]
        if kind == "p":
            out.append(f"<p>{_skr_inline(b[1], fn_ids)}</p>")
        elif kind == "vc":
            out.append(f'<div class="versionchanged">\n<p><span class="versionmodified changed">Changed in '
                       f'version {b[1]}: </span>{_skr_inline(b[2], fn_ids)}</p>\n</div>')
        elif kind == "contents":
            out.append('<nav class="contents local" id="on-this-page">\n<p class="topic-title">On this page</p>'
                       '\n<ul class="simple">')
            for k, (lvl, sid, title) in enumerate(_skr_sections()):
                if lvl == 2:
                    out.append(f'<li><p><a class="reference internal" href="#{sid}" id="id{k + 1}">'
                               f'{html.escape(title)}</a></p></li>')
            out.append("</ul>\n</nav>")
        elif kind == "sec":
            lvl, sid, title = b[1], b[2], b[3]
            out.append(f'<section id="{sid}">\n<h{lvl}>{html.escape(title)}<a class="headerlink" href="#{sid}" '
                       f'title="Link to this heading">¶</a></h{lvl}>')
        elif kind == "end":
            out.append("</section>")
        elif kind == "adm":
            cls = b[1] if b[1] in ("danger", "note", "seealso", "warning") else f"admonition-{_skr_slug(b[2])}"
            extra = "" if b[1] in ("danger", "note", "seealso", "warning") else " tip"
            out.append(f'<div class="admonition {cls}{extra}">\n<p class="admonition-title">{html.escape(b[2])}</p>')
            for para in b[3]:
                if para.startswith("@"):
                    href, label = para[1:].split("|")
                    out.append(f'<p><a class="reference internal" href="{href}"><span class="doc">'
                               f'{html.escape(label)}</span></a></p>')
                else:
                    out.append(f"<p>{_skr_inline(para, fn_ids)}</p>")
            out.append("</div>")
        elif kind == "ul":
            out.append('<ul class="simple">')
            out += [f"<li><p>{_skr_inline(t, fn_ids)}</p></li>" for t in b[1]]
            out.append("</ul>")
        elif kind == "ol":
            out.append('<ol class="arabic">')
            out += [f"<li><p>{_skr_inline(t, fn_ids)}</p></li>" for t in b[1]]
            out.append("</ol>")
        elif kind == "gloss":
            out.append('<dl class="simple glossary">')
            for term, text in b[1]:
                tid = "term-" + term.replace(" ", "-")
                out.append(f'<dt id="{tid}">{html.escape(term)}<a class="headerlink" href="#{tid}" '
                           f'title="Link to this term">¶</a></dt><dd><p>{_skr_inline(text, fn_ids)}</p>\n</dd>')
            out.append("</dl>")
        elif kind == "fields":
            out.append('<dl class="field-list simple">')
            for k, (name, text) in enumerate(b[1]):
                par = "odd" if k % 2 == 0 else "even"
                out.append(f'<dt class="field-{par}">{name}<span class="colon">:</span></dt>\n'
                           f'<dd class="field-{par}"><p>{_skr_inline(text, fn_ids)}</p>\n</dd>')
            out.append("</dl>")
        elif kind == "table":
            n_table += 1
            tid = f"id{40 + n_table}"
            out.append(f'<table class="docutils align-default" id="{tid}">\n<caption><span class="caption-number">'
                       f'Table {n_table} </span><span class="caption-text">{html.escape(b[1])}</span>'
                       f'<a class="headerlink" href="#{tid}" title="Link to this table">¶</a></caption>')
            out.append("<thead>\n<tr class=\"row-odd\">" + "".join(
                f'<th class="head"><p>{html.escape(h)}</p></th>' for h in b[2]) + "</tr>\n</thead>\n<tbody>")
            for k, row in enumerate(b[3]):
                par = "even" if k % 2 == 0 else "odd"
                out.append(f'<tr class="row-{par}">' + "".join(
                    f"<td><p>{_skr_inline(c, fn_ids)}</p></td>" for c in row) + "</tr>")
            out.append("</tbody>\n</table>")
        elif kind == "fig":
            n_fig += 1
            out.append(f'<figure class="align-center" id="id{30 + n_fig}">\n<a class="reference internal '
                       f'image-reference" href="../_images/skraup-mechanism.svg"><img alt="{html.escape(b[1])}" '
                       f'src="../_images/skraup-mechanism.svg" width="640px" /></a>\n<figcaption>\n<p>'
                       f'<span class="caption-number">Fig. {n_fig} </span><span class="caption-text">'
                       f'{html.escape(b[2])}</span><a class="headerlink" href="#id{30 + n_fig}" '
                       f'title="Link to this image">¶</a></p>\n</figcaption>\n</figure>')
        elif kind == "footnotes":
            out.append('<aside class="footnote-list brackets">')
            for n, text in b[1]:
                back = fn_ids.get(n, f"id{n}")
                out.append(f'<aside class="footnote brackets" id="f{n}" role="doc-footnote">\n<span class="label">'
                           f'<span class="fn-bracket">[</span><a role="doc-backlink" href="#{back}">{n}</a>'
                           f'<span class="fn-bracket">]</span></span>\n<p>{html.escape(text)}</p>\n</aside>')
            out.append("</aside>")
    out.append("</section>")
    return "\n".join(out)


def _skr_sidebar() -> str:
    out = []
    for caption, pages in SKR_TOCTREE:
        current = any(h == "#" for h, _ in pages)
        out.append(f'<p class="caption" role="heading"><span class="caption-text">{caption}</span></p>')
        out.append('<ul class="current">' if current else "<ul>")
        for href, title in pages:
            if href != "#":
                out.append(f'<li class="toctree-l1"><a class="reference internal" href="{href}">'
                           f'{html.escape(title)}</a></li>')
                continue
            out.append(f'<li class="toctree-l1 current"><a class="current reference internal" href="#">'
                       f'{html.escape(title)}</a><ul>')
            for lvl, sid, stitle in _skr_sections():
                if lvl == 2:
                    out.append(f'<li class="toctree-l2"><a class="reference internal" href="#{sid}">'
                               f'{html.escape(stitle)}</a></li>')
            out.append("</ul>\n</li>")
        out.append("</ul>")
    return "\n".join(out)


def skr_html() -> str:
    title = html.escape(SKR_TITLE)
    head = f"""<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />

<meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>{title} &mdash; {SKR_PROJECT} {SKR_VERSION} documentation</title>
      <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" />
      <link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=19f00094" />
      <link rel="stylesheet" type="text/css" href="../_static/custom.css?v=3c4a9b1e" />

  <!--[if lt IE 9]>
    <script src="../_static/js/html5shiv.min.js"></script>
  <![endif]-->

        <script src="../_static/jquery.js?v=5d32c60e"></script>
        <script src="../_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
        <script src="../_static/documentation_options.js?v=b3ba4146"></script>
        <script src="../_static/doctools.js?v=9a2dae69"></script>
        <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
        <script async="async" src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>
    <script src="../_static/js/theme.js"></script>
    <link rel="index" title="Index" href="../genindex.html" />
    <link rel="search" title="Search" href="../search.html" />
    <link rel="next" title="{html.escape(SKR_NEXT[1])}" href="{SKR_NEXT[0]}" />
    <link rel="prev" title="{html.escape(SKR_PREV[1])}" href="{SKR_PREV[0]}" />
</head>

<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >

          <a href="../index.html" class="icon icon-home">
            {SKR_PROJECT}
          </a>
              <div class="version">
                {SKR_VERSION}
              </div>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="../search.html" method="get">
    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              {_skr_sidebar()}

        </div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" \
aria-label="Mobile navigation menu" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="../index.html">{SKR_PROJECT}</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
          <li class="breadcrumb-item"><a href="index.html">Heterocycles</a></li>
      <li class="breadcrumb-item active">{title}</li>
      <li class="wy-breadcrumbs-aside">
              <a href="{SKR_GITLAB}" class="fa fa-gitlab"> Edit on GitLab</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">

  """
    foot = f"""


           </div>
          </div>
          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
        <a href="{SKR_PREV[0]}" class="btn btn-neutral float-left" title="{html.escape(SKR_PREV[1])}" \
accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
        <a href="{SKR_NEXT[0]}" class="btn btn-neutral float-right" title="{html.escape(SKR_NEXT[1])}" \
accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>
    </div>

  <hr/>

  <div role="contentinfo">
    <p>&#169; Copyright 2019–2024, Synthesis Group, Department of Chemistry.
      <span class="lastupdated">Last updated on 11 Mar 2024.
      </span></p>
  </div>

  Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
    provided by <a href="https://readthedocs.org">Read the Docs</a>.


</footer>
        </div>
      </div>
    </section>
  </div>
  <div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">
    <span class="rst-current-version" data-toggle="rst-current-version">
      <span class="fa fa-book"> Read the Docs</span>
      v: latest
      <span class="fa fa-caret-down"></span>
    </span>
    <div class="rst-other-versions">
      <dl>
        <dt>Versions</dt>
          <dd><a href="/en/latest/">latest</a></dd>
          <dd><a href="/en/stable/">stable</a></dd>
          <dd><a href="/en/v2.2/">v2.2</a></dd>
      </dl>
      <dl>
        <dt>Downloads</dt>
          <dd><a href="//docs.chem.example.ac.uk/_/downloads/synthesis-handbook/en/latest/pdf/">PDF</a></dd>
      </dl>
      <dl>
        <dt>On Read the Docs</dt>
          <dd><a href="//docs.chem.example.ac.uk/projects/synthesis-handbook/">Project Home</a></dd>
          <dd><a href="//docs.chem.example.ac.uk/projects/synthesis-handbook/builds/">Builds</a></dd>
      </dl>
    </div>
  </div>
<script>
      jQuery(function () {{
          SphinxRtdTheme.Navigation.enable(true);
      }});
  </script>

</body>
</html>
"""
    return head + _skr_body_html() + foot


def build_skr_html(path: Path) -> None:
    path.write_bytes(skr_html().encode("utf-8"))


# ---------------------------------------------------------------------------
# 3. Word group guide under review: tracked moves, endnotes, fields, comments (Dieckmann)

DKM_NAME = "dieckmann-cyclisation-tracked-moves.docx"
DKM_ZIP_DATE = (2025, 2, 11, 16, 42, 8)
DKM_TITLE = "Dieckmann cyclisation of diesters to cyclic β-keto esters"
DKM_PEOPLE = {"RA": "Rui Almeida", "JW": "Jo Whitfield", "SN": "Saki Nakamura"}
DKM_DATES = {"RA": "2025-02-04T09:31:00Z", "JW": "2025-02-11T10:14:00Z", "SN": "2025-02-11T15:02:00Z"}
DKM_VERSION = "3.0 draft"
DKM_MOVE = "move190412345"
DKM_HEADER = "Synthesis Group · Group guide GG-17 · Dieckmann cyclisation"
DKM_FOOTER = ("Draft for review – not yet approved · Page ", "1", " of ", "5")

# Stale cached result of the TOC field: the old heading names and the old order.
DKM_TOC = [("1", "Scope and principle", "1"), ("2", "Choosing the base", "1"),
           ("3", "Procedure A: sodium ethoxide in toluene", "2"), ("4", "Procedure B: potassium tert-butoxide", "2"),
           ("5", "Work-up and isolation", "3"), ("6", "Following the reaction", "3"),
           ("7", "Ring size and regioselectivity", "3"), ("8", "Troubleshooting", "4"),
           ("9", "Safety and waste", "5"), ("10", "Checklist", "5")]

# Paragraph model: (style, runs, options).  Runs: plain strings, or tuples
#   ("b", text) bold, ("sub", text) subscript, ("ins", who, text), ("del", who, text),
#   ("en", n) endnote reference, ("cs", n) / ("ce", n) comment range start / end + reference,
#   ("fld", instr, result) complex field, ("bm", name) bookmark around the paragraph.
# options: {"move": "from"/"to"} tracked move of the whole paragraph by JW; {"num": id} numbering.
DKM_CHECKLIST = [
    ("Heading1", [("del", "JW", "Checklist"), ("ins", "JW", "Before you start")], {}),
    ("ListBullet", ["The diester is dry: water content below 0.05% by Karl Fischer, or freshly distilled."], {}),
    ("ListBullet", ["The base is fresh: solid NaOEt from a newly opened bottle, or KOtBu that is a free-flowing "
                    "white powder and not yellow lumps."], {}),
    ("ListBullet", ["The alkoxide matches the ester (NaOEt for ethyl esters, NaOMe for methyl esters), or you "
                    "are using KOtBu."], {}),
    ("ListBullet", ["An overhead stirrer is fitted for runs above 50 mmol: the enolate salt precipitates as a "
                    "thick paste."], {}),
    ("ListBullet", ["Cold 1 M HCl or 10% aqueous acetic acid, enough for 1.5 equiv of acid, is ready before "
                    "the quench starts."], {}),
]

DKM_TABLE1 = [
    ["Base", "Solvent, temperature", "Esters", "Remarks"],
    ["NaOEt (solid, or 21% in EtOH)", "toluene, reflux, ethanol distilled off", "ethyl",
     "cheapest on scale; the enolate precipitates; 3–6 h"],
    ["NaOMe", "toluene or MeOH, reflux", "methyl", "as NaOEt; never with ethyl esters"],
    ["KOtBu (1.1 equiv)", "THF or toluene, 0 °C to rt", "methyl, ethyl",
     "fast (30 min to 2 h); homogeneous in THF; first choice for small runs"],
    ["NaHMDS or KHMDS", "THF, −78 to 0 °C", "any", "kinetic conditions, for products without an acidic C–H"],
    ["Sodium metal", "toluene, reflux", "ethyl", "historical; replaced by NaOEt in our group"],
]

DKM_TABLE2 = [
    ["Problem", "Likely cause", "What to do"],
    ["Only diester recovered after the work-up",
     "Base wet or decomposed (NaOEt takes up water and CO2 from the air); wet solvent; too cold",
     "Use a new bottle of base or fresh KOtBu, dry the solvent, and with NaOEt check that ethanol really "
     "distils off"],
    ["Carboxylic acid or half-ester in the product; poor mass balance",
     "Hydroxide from wet base saponified the ester, or water was added to the enolate before the acid",
     "Dry reagents; quench by pouring into cold acid (Section 6)"],
    ["Methyl and ethyl esters mixed (extra OMe singlet near δ 3.7, peaks 14 mass units lower)",
     "The alkoxide does not match the ester, or there is methanol in the ethanol",
     "NaOEt with ethyl esters, NaOMe with methyl esters, or KOtBu"],
    ["Little product in the organic layer", "The quench was not acidic enough; the enolate is water-soluble",
     "Acidify the aqueous layer until indicator paper shows acid and extract again"],
    ["The stirrer stalls in a solid cake", "The sodium enolate of the product precipitates",
     "Overhead stirring; dilute to 0.3 M; add THF (up to 20% of the volume)"],
    ["Oily high-molecular-weight residue, spots near the baseline", "Intermolecular Claisen condensation "
     "(oligomers)", "Lower the concentration and add the diester slowly; expected for seven-membered rings"],
    ["The yield drops on a larger scale with NaOEt in ethanol", "Ethanol is not removed, and in ethanol the "
     "equilibrium is unfavourable", "Use toluene and distil off the ethanol (Procedure A)"],
    ["Wrong regioisomer, or the product disappears on standing with base", "A product without an acidic "
     "C–H reverts (retro-Dieckmann)", "Kinetic conditions and a cold acidic quench (Section 8)"],
    ["Streaking on TLC, losses on the column", "The enol interacts with silica",
     "Add 1% AcOH to the eluent, or distil instead of chromatographing"],
    ["The product decomposes in the distillation", "Pot temperature above about 150 °C, or base left in the "
     "crude", "Distil at a lower pressure; wash the crude with dilute acid first"],
    ["Two sets of signals in the NMR spectrum", "Keto and enol tautomers", "Normal; LC–MS shows one compound"],
    ["Vigorous foaming as KOtBu goes in", "Addition too fast; exotherm", "Add it in portions at 0 °C"],
]

DKM_ENDNOTES = {
    1: "For a review with many examples see J. P. Schaefer and J. J. Bloomfield, Org. React. 1967, 15, 1–203.",
    2: "The classical Organic Syntheses procedure for this compound uses sodium metal in toluene. We replaced "
       "it with sodium ethoxide in 2021 after sodium residues caught fire in the wash-up.",
    3: "β-Keto esters are about as acidic as phenols, which is why carbonate and hydroxide washes extract them.",
    4: "The enol content is higher in non-polar solvents such as CDCl3 or C6D6 than in DMSO-d6 or CD3OD, and it "
       "changes with concentration and temperature.",
}
DKM_COMMENTS = {
    0: ("SN", "The 21% NaOEt solution in the store is from 2019 – it has gone yellow and I would not trust it. "
              "Use solid NaOEt from a new bottle."),
    1: ("JW", "Moved the checklist up so that people read it before they start, not after."),
    2: ("RA", "For the seven-membered ring we used 0.02 M and a 6 h addition by syringe pump: 62% after "
              "distillation."),
}

DKM_BODY: list[tuple] = [
    ("Title", [DKM_TITLE], {}),
    ("Subtitle", ["Group guide GG-17 · Version ", ("fld", 'DOCPROPERTY "Version" \\* MERGEFORMAT', DKM_VERSION),
                  " · Owner: Rui Almeida · Reviewers: Jo Whitfield, Saki Nakamura"], {}),
    ("TOCHeading", ["Contents"], {}),
    ("TOC", [], {}),
    ("Heading1", ["Scope and principle"], {"bm": "_Toc160000001"}),
    ("Normal", ["The Dieckmann cyclisation is the intramolecular Claisen condensation of a diester. A 1,6-diester "
                "(an adipate) gives a five-membered ring, a 2-oxocyclopentane-1-carboxylate, and a 1,7-diester "
                "(a pimelate) gives a six-membered 2-oxocyclohexane-1-carboxylate. This guide covers these two "
                "ring sizes, which form readily. Seven-membered rings need high dilution (Section 8), and "
                "four-membered rings and rings of eight or more atoms are not made this way."], {}),
    ("Normal", ["An alkoxide removes a proton next to one ester group, the enolate attacks the other ester, and "
                "the tetrahedral intermediate expels alkoxide to give the β-keto ester. All these steps are "
                "reversible. What drives the reaction is the last step: the β-keto ester, whose CH between the "
                "two carbonyl groups is far more acidic than the alcohol, is deprotonated by the alkoxide to a "
                "stabilised enolate. Two rules follow. You need at least one full equivalent of base, and the "
                "product must have a hydrogen on the carbon between the two carbonyls. If that carbon is fully "
                "substituted, the equilibrium lies on the side of the diester and the reaction runs backwards "
                "(retro-Dieckmann).", ("en", 1),
                ("ins", "JW", " What is in the flask at the end is the enolate salt of the product; the neutral "
                              "β-keto ester only appears when you acidify.")], {}),
] + [(s, r, {**o, "move": "to"}) for s, r, o in DKM_CHECKLIST] + [
    ("Heading1", ["Choosing the base"], {"bm": "_Toc160000002"}),
    ("Normal", [("fld", "REF _Ref160100001 \\h", "Table 1"), " compares the bases we use. Sodium ethoxide in "
                "toluene with removal of the ethanol is the classical method and the cheapest on scale. Potassium "
                "tert-butoxide in THF or toluene is faster, works at room temperature and is the first choice for "
                "small runs and sensitive substrates. Sodium or potassium bis(trimethylsilyl)amide (NaHMDS, KHMDS) "
                "at −78 to 0 °C is used when the product has no acidic C–H and must be formed under kinetic control "
                "(Section 8)."], {}),
    ("Normal", ["Use 1.05–1.2 equiv of base. ", ("del", "JW", "Use 2.0 equiv of base to be safe."),
                ("ins", "JW", "More base does not make the reaction faster; above 1.5 equiv we see more "
                              "self-condensation and coloured by-products.")], {}),
    ("Caption", ["Table ", ("fld", "SEQ Table \\* ARABIC", "1"), ": Bases for the Dieckmann cyclisation"],
     {"bm": "_Ref160100001"}),
    ("TABLE1", [], {}),
    ("Heading1", ["Procedure A: sodium ethoxide in toluene"], {"bm": "_Toc160000003"}),
    ("Normal", ["Ethyl 2-oxocyclopentane-1-carboxylate from diethyl adipate, 100 mmol.", ("en", 2)], {}),
    ("ListNumber", ["Fit a 500 mL three-necked flask with an overhead stirrer, a nitrogen inlet and a distillation "
                    "head with a condenser and a receiver."], {"num": 2}),
    ("ListNumber", [("cs", 0), "Charge sodium ethoxide", ("ce", 0), " (",
                    ("del", "JW", "6.8 g, 100 mmol, 1.0 equiv"), ("ins", "JW", "7.5 g, 110 mmol, 1.1 equiv"),
                    ") and toluene (200 mL) under nitrogen."], {"num": 2}),
    ("ListNumber", ["Heat the suspension to 90 °C and add diethyl adipate (20.2 g, 20.0 mL, 100 mmol) over "
                    "20 min."], {"num": 2}),
    ("ListNumber", ["Heat so that the ethanol formed distils off together with some toluene. The head "
                    "temperature starts at about 77 °C (the ethanol–toluene azeotrope) and rises by about 30 °C "
                    "once the ethanol has gone. Top up with toluene if the volume falls below 150 mL."], {"num": 2}),
    ("ListNumber", ["The sodium salt of the product separates as a thick cream-coloured paste. Continue for 2 h "
                    "after the head temperature has stopped rising (3–4 h in total)."], {"num": 2}),
    ("ListNumber", ["Cool to 0–5 °C and quench as described in Section 6."], {"num": 2}),
    ("ListNumber", ["Distil the crude oil under reduced pressure: bp 102–104 °C at 11 mmHg, 12.0–13.5 g (77–86%) "
                    "of a colourless oil."], {"num": 2}),
    ("Heading1", ["Procedure B: potassium tert-butoxide"], {"bm": "_Toc160000004"}),
    ("Normal", ["For methyl or ethyl esters on a 1–20 mmol scale. Dissolve the diester (10 mmol) in anhydrous THF "
                "(50 mL, 0.2 M) under nitrogen and cool to 0 °C. Add KOtBu (1.23 g, 11 mmol) in four portions "
                "over 10 min; the solution turns yellow and may become cloudy. Remove the ice bath and stir at "
                "room temperature for 1–2 h, following the reaction by TLC. Quench at 0 °C as in Section 6."], {}),
    ("Normal", ["Dimethyl pimelate gives methyl 2-oxocyclohexane-1-carboxylate in 80–90%. If the mixture is left "
                "overnight some of the product is transesterified to the tert-butyl ester, so stop the reaction "
                "when the diester has gone."], {}),
    ("Heading1", [("del", "JW", "Work-up and isolation"), ("ins", "JW", "Quench and work-up")],
     {"bm": "_Toc160000005"}),
    ("Normal", ["At the end of the reaction the product is present as its sodium or potassium enolate. Quench by "
                "pouring the cold reaction mixture into a stirred mixture of ice and 1 M HCl (1.5 equiv of acid "
                "relative to the base), not the other way round. Adding water to the enolate first gives a hot, "
                "strongly basic mixture in which hydroxide attacks the ketone and opens the ring (retro-Claisen "
                "cleavage to the half-ester of the diacid)."], {}),
    ("Normal", ["Check that the aqueous layer is acidic to indicator paper; if it is not, the β-keto ester stays "
                "in the water as its enolate. Separate, extract the aqueous layer twice with MTBE or toluene, "
                "wash the combined organic layers with water and brine, dry over MgSO", ("sub", "4"),
                " and concentrate below 40 °C."], {}),
    ("Normal", ["Do not wash with sodium hydroxide or sodium carbonate solution: the β-keto ester dissolves in "
                "them.", ("en", 3), " A quick wash with saturated NaHCO", ("sub", "3"), " is acceptable."], {}),
    ("Heading1", ["Following the reaction"], {"bm": "_Toc160000006"}),
    ("Normal", ["TLC: the β-keto ester streaks on silica because of the enol. Add 1% acetic acid to the eluent "
                "(hexane–EtOAc 4:1 + 1% AcOH). The diester and the product are only weakly UV-active; dip the "
                "plate in vanillin or anisaldehyde and heat."], {}),
    ("Normal", ["LC–MS: the product is 46 mass units lighter than a diethyl diester (loss of ethanol); for "
                "dimethyl esters the difference is 32."], {}),
    ("Normal", ["NMR: β-keto esters are mixtures of keto and enol tautomers, and the ratio depends on the ring "
                "size and the solvent.", ("en", 4), " Ethyl 2-oxocyclopentane-1-carboxylate is mainly the keto "
                "form in CDCl", ("sub", "3"), ", with the CH between the carbonyls near δ 3.1. Ethyl "
                "2-oxocyclohexane-1-carboxylate is largely the enol in CDCl", ("sub", "3"), " and shows a sharp OH "
                "singlet near δ 12.2. Two sets of signals are therefore normal and do not mean that the product is "
                "impure."], {}),
    ("Normal", ["Record each run in the ", ("fld", 'HYPERLINK "https://eln.chem.example.ac.uk/templates/GG-17"',
                                           "ELN template GG-17"), " so that failed runs can be compared."], {}),
    ("Heading1", ["Ring size and regioselectivity"], {"bm": "_Toc160000007"}),
    ("Normal", ["Five- and six-membered rings form at 0.3–0.5 M. ", ("cs", 2), "For seven-membered rings use "
                "0.02–0.05 M and add the diester slowly to the base", ("ce", 2), "; otherwise intermolecular "
                "Claisen condensation gives oligomers. Rings of eight or more atoms are better made by other "
                "methods."], {}),
    ("Normal", ["Unsymmetrical diesters can close in two directions. Under equilibrating conditions (alkoxide, "
                "heat, long reaction times) the product that can form a stabilised enolate wins, because the "
                "other one reverts. Diethyl 2-methyladipate therefore gives ethyl 3-methyl-2-oxocyclopentane-1-"
                "carboxylate and not the 1-methyl isomer, whose C1 carries no hydrogen."], {}),
    ("Normal", ["The isomer without an acidic C–H can sometimes be made under kinetic conditions: NaHMDS at "
                "−78 °C, then a cold quench with acetic acid before the mixture warms up, so that the product has "
                "no chance to revert."], {}),
    ("Heading1", ["Troubleshooting"], {"bm": "_Toc160000008"}),
    ("Normal", ["Start with the checklist in Section 2, then use ", ("fld", "REF _Ref160100002 \\h", "Table 2"),
                "."], {}),
    ("Caption", ["Table ", ("fld", "SEQ Table \\* ARABIC", "2"), ": Problems and what to do"],
     {"bm": "_Ref160100002"}),
    ("TABLE2", [], {}),
    ("Heading1", ["Safety and waste"], {"bm": "_Toc160000009"}),
    ("Normal", ["Sodium ethoxide and potassium tert-butoxide are corrosive, react with water and can self-heat in "
                "moist air; KOtBu dust can ignite. Weigh them quickly, keep the bottles closed and flush them with "
                "nitrogen. Take THF from the solvent purification system; toluene and THF are flammable."], {}),
    ("Normal", ["The quench releases heat: pour slowly into the ice and acid with good stirring. Aqueous layers "
                "go to aqueous waste after neutralisation; toluene and THF go to the non-halogenated solvent "
                "waste."], {}),
] + [(s, ([("cs", 1)] + r + [("ce", 1)]) if k == 0 else r, {**o, "move": "from"})
     for k, (s, r, o) in enumerate(DKM_CHECKLIST)]

_DKM_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14 w15"')
_DKM_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _x(text: str) -> str:
    return html.escape(text, quote=False)


class _DkmWriter:
    """Builds WordprocessingML and, alongside, the text units of the final view."""

    def __init__(self):
        self.rev = 200
        self.units: list[str] = []
        self.n_para = 0
        self.n_bm = 0

    def rid(self) -> int:
        self.rev += 1
        return self.rev

    def _attrs(self, who: str) -> str:
        return f'w:id="{self.rid()}" w:author="{DKM_PEOPLE[who]}" w:date="{DKM_DATES[who]}"'

    def para_id(self) -> str:
        self.n_para += 1
        return _hex(f"dkm-para-{self.n_para}", 8)

    @staticmethod
    def t(text: str, rpr: str = "", tag: str = "t") -> str:
        return f'<w:r>{rpr}<w:{tag} xml:space="preserve">{_x(text)}</w:{tag}></w:r>'

    def field(self, instr: str, result: str, rpr: str = "") -> str:
        return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText xml:space="preserve"> '
                f"{_x(instr)} </w:instrText></w:r><w:r>{rpr}<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                f"{self.t(result, rpr)}<w:r>{rpr}<w:fldChar w:fldCharType=\"end\"/></w:r>")

    def runs(self, runs: list, move: str | None) -> tuple[str, str]:
        """XML of the runs and their text in the final view."""
        xml: list[str] = []
        final: list[str] = []
        for r in runs:
            if isinstance(r, str):
                xml.append(self.t(r))
                final.append(r)
                continue
            kind = r[0]
            if kind == "b":
                xml.append(self.t(r[1], "<w:rPr><w:b/></w:rPr>"))
                final.append(r[1])
            elif kind == "sub":
                xml.append(self.t(r[1], '<w:rPr><w:vertAlign w:val="subscript"/></w:rPr>'))
                final.append(r[1])
            elif kind == "ins":
                xml.append(f"<w:ins {self._attrs(r[1])}>{self.t(r[2])}</w:ins>")
                final.append(r[2])
            elif kind == "del":
                xml.append(f"<w:del {self._attrs(r[1])}>{self.t(r[2], '', 'delText')}</w:del>")
            elif kind == "en":
                xml.append(f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                           f'<w:endnoteReference w:id="{r[1]}"/></w:r>')
            elif kind == "cs":
                xml.append(f'<w:commentRangeStart w:id="{r[1]}"/>')
            elif kind == "ce":
                xml.append(f'<w:commentRangeEnd w:id="{r[1]}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                           f'</w:rPr><w:commentReference w:id="{r[1]}"/></w:r>')
            elif kind == "fld":
                xml.append(self.field(r[1], r[2]))
                final.append(r[2])
        body = "".join(xml)
        if move:
            tag = "moveFrom" if move == "from" else "moveTo"
            body = f'<w:{tag} {self._attrs("JW")}>{body}</w:{tag}>'
        return body, "".join(final)

    def para(self, style: str, runs: list, opts: dict) -> str:
        move = opts.get("move")
        ppr = f'<w:pStyle w:val="{style}"/>' if style != "Normal" else ""
        if opts.get("num"):
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{opts["num"]}"/></w:numPr>'
        if move:
            tag = "moveFrom" if move == "from" else "moveTo"
            ppr += f'<w:rPr><w:{tag} {self._attrs("JW")}/></w:rPr>'
        body, final = self.runs(runs, move)
        if opts.get("bm"):
            self.n_bm += 1
            bid = self.n_bm
            body = (f'<w:bookmarkStart w:id="{bid}" w:name="{opts["bm"]}"/>{body}'
                    f'<w:bookmarkEnd w:id="{bid}"/>')
        if move != "from" and final.strip():
            self.units.append(" ".join(final.split()))
        return (f'<w:p w14:paraId="{self.para_id()}" w14:textId="77777777" w:rsidR="00D41A7C" '
                f'w:rsidRDefault="00D41A7C"><w:pPr>{ppr}</w:pPr>{body}</w:p>')

    def toc(self) -> list[str]:
        out = []
        for k, (num, title, page) in enumerate(DKM_TOC):
            anchor = f"_Toc16000000{k + 1}" if k < 9 else "_Toc160000010"
            begin = ""
            if k == 0:
                begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                         'TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                         '</w:r>')
            end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(DKM_TOC) - 1 else ""
            pageref = self.field("PAGEREF " + anchor + " \\h", page)
            link = (f'<w:hyperlink w:anchor="{anchor}" w:history="1">{self.t(num)}<w:r><w:tab/></w:r>'
                    f'{self.t(title)}<w:r><w:tab/></w:r>{pageref}</w:hyperlink>')
            out.append(f'<w:p w14:paraId="{self.para_id()}" w14:textId="77777777" w:rsidR="00D41A7C" '
                       f'w:rsidRDefault="00D41A7C"><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="left" '
                       f'w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>'
                       f"{begin}{link}{end}</w:p>")
            self.units.append(f"{num} {title} {page}")
        return out

    def table(self, rows: list[list[str]], widths: list[int]) -> str:
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for i, row in enumerate(rows):
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
            cells = []
            for c, w in zip(row, widths):
                runs = [("b", c)] if i == 0 else [c]
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                             f'{self.para("TableText", runs, {})}</w:tc>')
            out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


def _dkm_document(w: _DkmWriter) -> str:
    parts = []
    move_started = {"from": False, "to": False}
    blocks = DKM_BODY
    for k, (style, runs, opts) in enumerate(blocks):
        if style == "TOC":
            parts += w.toc()
            continue
        if style == "TABLE1":
            parts.append(w.table(DKM_TABLE1, [1900, 2300, 1300, 3516]))
            continue
        if style == "TABLE2":
            parts.append(w.table(DKM_TABLE2, [2700, 3000, 3316]))
            continue
        move = opts.get("move")
        xml = w.para(style, runs, opts)
        if move:
            tag = "moveFrom" if move == "from" else "moveTo"
            nxt = blocks[k + 1][2].get("move") if k + 1 < len(blocks) else None
            if not move_started[move]:
                move_started[move] = True
                xml = xml.replace("</w:pPr>", f'</w:pPr><w:{tag}RangeStart w:id="9{1 if move == "from" else 2}" '
                                  f'w:author="{DKM_PEOPLE["JW"]}" w:date="{DKM_DATES["JW"]}" w:name="{DKM_MOVE}"/>', 1)
            if nxt != move:
                xml = xml.replace("</w:p>", f'<w:{tag}RangeEnd w:id="9{1 if move == "from" else 2}"/></w:p>')
        parts.append(xml)
    sect = ('<w:sectPr w:rsidR="00D41A7C"><w:headerReference w:type="default" r:id="rId8"/>'
            '<w:footerReference w:type="default" r:id="rId9"/><w:endnotePr><w:numFmt w:val="lowerRoman"/>'
            '</w:endnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    return f"{_DKM_DECL}<w:document {_DKM_NS}><w:body>{''.join(parts)}{sect}</w:body></w:document>"


def _dkm_notes(w: _DkmWriter, kind: str) -> str:
    tag = "endnote" if kind == "endnotes" else "footnote"
    out = [f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>',
           f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>']
    if kind == "endnotes":
        for n, text in DKM_ENDNOTES.items():
            out.append(f'<w:endnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr>'
                       f'<w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>{w.t(" " + text)}</w:p>'
                       f"</w:endnote>")
            w.units.append(" ".join(text.split()))
    return f"{_DKM_DECL}<w:{kind} {_DKM_NS}>{''.join(out)}</w:{kind}>"


def _dkm_comments(w: _DkmWriter) -> str:
    out = []
    for n, (who, text) in DKM_COMMENTS.items():
        out.append(f'<w:comment w:id="{n}" w:author="{DKM_PEOPLE[who]}" w:date="{DKM_DATES[who]}" w:initials="{who}">'
                   f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                   f'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{w.t(text)}</w:p></w:comment>')
        w.units.append(text)
    return f"{_DKM_DECL}<w:comments {_DKM_NS}>{''.join(out)}</w:comments>"


def _dkm_header_footer(w: _DkmWriter) -> tuple[str, str]:
    hdr = (f'{_DKM_DECL}<w:hdr {_DKM_NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{w.t(DKM_HEADER)}</w:p>'
           f"</w:hdr>")
    a, page, b, total = DKM_FOOTER
    ftr = (f'{_DKM_DECL}<w:ftr {_DKM_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
           f'{w.t(a)}{w.field("PAGE", page)}{w.t(b)}{w.field("NUMPAGES", total)}</w:p></w:ftr>')
    w.units += [DKM_HEADER, a + page + b + total]
    return hdr, ftr


def _dkm_styles() -> str:
    def st(sid, name, ppr="", rpr="", based="Normal", kind="paragraph", extra=""):
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}'
                f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")

    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" '
        'w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:style>',
        st("Title", "Title", '<w:spacing w:after="80"/>', '<w:sz w:val="40"/><w:color w:val="1F3864"/>'),
        st("Subtitle", "Subtitle", '<w:spacing w:after="240"/>', '<w:i/><w:color w:val="595959"/>'),
        st("Heading1", "heading 1", '<w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" '
           'w:after="80"/><w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="28"/><w:color w:val="2F5496"/>'),
        st("TOCHeading", "TOC Heading", '<w:spacing w:before="120"/>', '<w:b/><w:sz w:val="26"/>'),
        st("TOC1", "toc 1", '<w:spacing w:after="40"/>', ""),
        st("ListNumber", "List Number", '<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/>', ""),
        st("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="3"/></w:numPr><w:spacing w:after="60"/>', ""),
        st("Caption", "caption", '<w:keepNext/><w:spacing w:before="120" w:after="60"/>',
           '<w:i/><w:sz w:val="20"/><w:color w:val="44546A"/>'),
        st("TableText", "Table Text", '<w:spacing w:after="0"/>', '<w:sz w:val="19"/>'),
        st("EndnoteText", "endnote text", '<w:spacing w:after="0"/>', '<w:sz w:val="20"/>'),
        st("CommentText", "annotation text", "", '<w:sz w:val="20"/>'),
        st("Header", "header", "", '<w:sz w:val="18"/><w:color w:val="7F7F7F"/>'),
        st("Footer", "footer", "", '<w:sz w:val="18"/><w:color w:val="7F7F7F"/>'),
        st("EndnoteReference", "endnote reference", "", '<w:vertAlign w:val="superscript"/>', "", "character"),
        st("CommentReference", "annotation reference", "", '<w:sz w:val="16"/>', "", "character"),
        st("Hyperlink", "Hyperlink", "", '<w:color w:val="0563C1"/><w:u w:val="single"/>', "", "character"),
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
    ]
    return f"{_DKM_DECL}<w:styles {_DKM_NS}>{''.join(styles)}</w:styles>"


def _dkm_numbering() -> str:
    def absn(aid, fmt, text, ind, font=""):
        rpr = f"<w:rPr>{font}</w:rPr>" if font else ""
        return (f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
                f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr>{rpr}</w:lvl></w:abstractNum>')

    return (f"{_DKM_DECL}<w:numbering {_DKM_NS}>"
            + absn(0, "decimal", "%1", 432) + absn(1, "decimal", "%1.", 360)
            + absn(2, "bullet", "•", 360, '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>')
            + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId '
              'w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def _dkm_build() -> tuple[bytes, list[str]]:
    w = _DkmWriter()
    hdr, ftr = _dkm_header_footer(w)
    header_units = list(w.units)
    w.units = []
    doc = _dkm_document(w)
    endnotes = _dkm_notes(w, "endnotes")
    footnotes = _dkm_notes(w, "footnotes")
    comments = _dkm_comments(w)
    units = header_units[:1] + w.units + header_units[1:]
    ct = (f'{_DKM_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.endnotes+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.footnotes+xml"/>'
          '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.comments+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/>'
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'custom-properties+xml"/></Types>')
    rels = (f'{_DKM_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'custom-properties" Target="docProps/custom.xml"/></Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    doc_rels = (f'{_DKM_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{R}numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId2" Type="{R}styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{R}settings" Target="settings.xml"/>'
                f'<Relationship Id="rId5" Type="{R}footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rId6" Type="{R}endnotes" Target="endnotes.xml"/>'
                f'<Relationship Id="rId7" Type="{R}comments" Target="comments.xml"/>'
                f'<Relationship Id="rId8" Type="{R}header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{R}footer" Target="footer1.xml"/></Relationships>')
    settings = (f'{_DKM_DECL}<w:settings {_DKM_NS}><w:zoom w:percent="110"/><w:trackRevisions/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/>'
                '</w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:rsids><w:rsidRoot w:val="00D41A7C"/><w:rsid w:val="00D41A7C"/><w:rsid w:val="0062B9E4"/>'
                '</w:rsids><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
                '</w:settings>')
    core = (f'{_DKM_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(DKM_TITLE)}</dc:title><dc:creator>Rui Almeida</dc:creator>"
            "<cp:lastModifiedBy>Jo Whitfield</cp:lastModifiedBy><cp:revision>14</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-06-19T08:02:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-11T15:02:00Z</dcterms:modified>'
            "</cp:coreProperties>")
    app = (f'{_DKM_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           "</Template><TotalTime>412</TotalTime><Pages>5</Pages><Application>Microsoft Office Word</Application>"
           "<DocSecurity>0</DocSecurity><Company>Department of Chemistry</Company><AppVersion>16.0000</AppVersion>"
           "</Properties>")
    custom = (f'{_DKM_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
              'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Version"><vt:lpwstr>'
              f"{DKM_VERSION}</vt:lpwstr></property></Properties>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
               ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", _dkm_styles()),
               ("word/settings.xml", settings), ("word/numbering.xml", _dkm_numbering()),
               ("word/endnotes.xml", endnotes), ("word/footnotes.xml", footnotes), ("word/comments.xml", comments),
               ("word/header1.xml", hdr), ("word/footer1.xml", ftr), ("docProps/core.xml", core),
               ("docProps/app.xml", app), ("docProps/custom.xml", custom)]
    return _zip(members, DKM_ZIP_DATE), units


def build_dkm_docx(path: Path) -> None:
    path.write_bytes(_dkm_build()[0])


def _dkm_units() -> list[str]:
    return _dkm_build()[1]


# ---------------------------------------------------------------------------
# 4. LIMS knowledge-base export (semicolon CSV, decimal commas, HTML rich text): chlorosulfonation

CSA_NAME = "chlorosulfonation-lims-kb-export.csv"
CSA_HEADER = ["ID", "Process step", "Category", "Observation / question", "Probable cause", "Action / answer",
              "Severity", "Owner", "Last review", "Linked docs"]
CSA_PREAMBLE = [
    ["Report", "Knowledge base – troubleshooting matrix"],
    ["Process", "PR-114 Chlorosulfonation of arenes and sulfonamide formation"],
    ["Site", "Building C, kilo lab and R&D labs 2.10–2.14"],
    ["Exported by", "m.keller"],
    ["Export date", "12.03.2025 14:07"],
    ["Filter", "Status = Released; Language = EN; Process = PR-114"],
]
# (step, category, observation, cause, action, severity, owner, review, docs); "\n" = a line break in a
# cell (Alt+Enter); an action starting with "<" is the HTML of the rich-text field.
CSA_ROWS: list[tuple[str, ...]] = [
    ("General", "Scope", "What does PR-114 cover?", "",
     "Chlorosulfonation of activated and moderately deactivated arenes with chlorosulfonic acid (ClSO3H) to "
     "aryl sulfonyl chlorides, and their conversion to primary, secondary and tertiary sulfonamides.\n"
     "Reference substrate: acetanilide → 4-acetamidobenzenesulfonyl chloride → 4-acetamidobenzenesulfonamide "
     "→ sulfanilamide.\nNot covered: aliphatic sulfonyl chlorides.", "Low", "MK", "03.02.2025", "SOP-114-01"),
    ("General", "Principle", "Why do we need so much chlorosulfonic acid?", "",
     "The first equivalent sulfonates the ring: ArH + ClSO3H → ArSO3H + HCl.\nA second equivalent converts "
     "the sulfonic acid into the sulfonyl chloride: ArSO3H + ClSO3H ⇌ ArSO2Cl + H2SO4. This step is an "
     "equilibrium, so an excess is needed to push it; we use 4–5 equiv, which also serves as the solvent.\n"
     "With only 2 equiv the product is mostly the sulfonic acid.", "Medium", "MK", "03.02.2025", "SOP-114-01"),
    ("General", "Principle", "Which ring position is substituted?", "",
     "Electrophilic substitution, para to activating groups: acetanilide gives more than 90% of the para "
     "isomer. Small activating groups also give ortho product (toluene gives a considerable amount of the "
     "ortho isomer).\nStrongly deactivated rings (nitrobenzene, acetophenone) need 100–120 °C and react meta.",
     "Low", "MK", "03.02.2025", ""),
    ("General", "Principle", "Why acetanilide and not aniline?", "",
     "A free NH2 group is protonated and N-sulfonated by chlorosulfonic acid, and the anilinium ring is "
     "deactivated. Protect amines as acetamides; the acetyl group is removed after the sulfonamide has been "
     "formed (step 4).", "Low", "MK", "03.02.2025", ""),
    ("Hazards", "Reagent", "Chlorosulfonic acid – key data", "",
     "ClSO3H, M = 116,52 g/mol, density 1,75 g/mL, bp 151–152 °C.\nColourless to pale yellow fuming liquid. "
     "Reacts violently, sometimes explosively, with water, releasing HCl gas and sulfuric acid mist. Causes "
     "severe burns; the mist damages the airways.", "High", "TB", "17.01.2025", "SDS-0412; RA-2207"),
    ("Hazards", "Safety", "PPE for handling ClSO3H", "",
     "<p>Minimum for any transfer:</p><ul><li>face shield over goggles</li><li>acid-resistant gloves (butyl "
     "or neoprene); nitrile only as an inner glove</li><li>lab coat plus acid-resistant apron</li></ul>"
     "<p>Transfer by cannula or from a dropping funnel only; never pour from the bottle.</p>",
     "High", "TB", "17.01.2025", "RA-2207"),
    ("Hazards", "Safety", "HCl off-gas", "",
     "About 1 mol of HCl per mol of arene is released during the addition and more on heating (about 2 mol "
     "in total). Lead the off-gas through an empty suck-back trap into a scrubber with 10% NaOH solution.\n"
     "Check the scrubber before you start and never run the reaction against a closed system.",
     "High", "TB", "17.01.2025", "RA-2207"),
    ("Hazards", "Safety", "Spill of chlorosulfonic acid", "",
     "Do NOT use water. Cover with dry sodium carbonate or a dry inert absorbent (sand, vermiculite), let the "
     "fuming stop, collect into a plastic container and treat as corrosive waste.\nOutside a fume cupboard: "
     "evacuate the lab and call 2222.", "High", "TB", "17.01.2025", "RA-2207; EM-003"),
    ("Reagents", "Reagent", "Quality of chlorosulfonic acid",
     "Old bottle, yellow-brown colour, white crust at the cap",
     "Moisture has got in and part of the acid has hydrolysed to H2SO4 and HCl: yields drop and more sulfonic "
     "acid remains. Use a bottle opened less than 3 months ago and keep it tightly closed under dry nitrogen in "
     "the acid cabinet.", "Medium", "AF", "28.11.2024", ""),
    ("Reagents", "Reagent", "Strong foaming and gas evolution when the acetanilide goes in; low yield",
     "Wet substrate: water reacts with ClSO3H",
     "Dry the acetanilide at 60 °C under vacuum to below 0,2 % water (KF) before use.", "Medium", "AF",
     "28.11.2024", ""),
    ("Step 1", "Procedure", "Standard charge (100 mmol)", "",
     "<p>Per 100 mmol of acetanilide:</p><ul><li>acetanilide 13,5 g (100 mmol), dry and powdered</li>"
     "<li>chlorosulfonic acid 33 mL (58 g, 500 mmol, 5,0 equiv)</li><li>crushed ice 250 g for the quench"
     "</li><li>28 % aqueous ammonia 34 mL (500 mmol) for step 3</li></ul>", "Medium", "MK", "03.02.2025",
     "SOP-114-01"),
    ("Step 1", "Procedure", "Set-up", "",
     "250 mL three-necked flask, dried in the oven and cooled under nitrogen; overhead stirrer; thermometer in "
     "the liquid; wide neck for adding the solid in portions; gas outlet to the suck-back trap and scrubber.",
     "Medium", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 1", "Procedure", "Addition of the acetanilide", "",
     "Cool the acid to 10–15 °C. Add the acetanilide in small portions over 15–20 min, keeping the "
     "temperature at 15–20 °C; HCl is released with each portion.\nAlways add the arene to the acid, never the "
     "acid to the arene.", "High", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 1", "Procedure", "Heating phase", "",
     "After the addition warm to 60 °C and hold for 2 h, until the gas evolution has almost stopped. Do not "
     "exceed 70 °C.", "Medium", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 1", "IPC", "In-process control (IPC) of the conversion", "",
     "Sulfonyl chlorides do not survive the LC: they react with the methanol and water of the eluent.\n"
     "Quench 50 µL of the reaction mixture into 1 mL of 10 % morpholine in acetonitrile, wait 5 min, dilute "
     "and analyse the morpholine sulfonamide. Unconverted sulfonic acid elutes near the void volume.\n"
     "Specification: sulfonic acid below 5 area-%.", "Medium", "JS", "09.12.2024", "AM-114-02"),
    ("Step 2", "Procedure", "Quench onto ice", "",
     "<p>Cool the reaction mixture to 20–25 °C. Pour it slowly, in a thin stream, onto 250 g of crushed ice "
     "(at least 6 g of ice per mL of acid) with vigorous stirring, in the fume cupboard and behind the sash."
     "</p><p>Keep the quench below 10 °C and add more ice as needed. Never add water or ice to the reaction "
     "mixture.</p>", "High", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 2", "Procedure", "Isolation of the sulfonyl chloride", "",
     "The sulfonyl chloride precipitates as a white to pale pink solid. Filter at once on a sinter, wash with "
     "ice-cold water (3 × 30 mL) until the washings are only weakly acidic, and press dry.\nUse the wet cake in "
     "step 3 within 1 h, or dry it in a desiccator and use it within 24 h. Crude yield 80–90 % (dry basis), "
     "mp 142–145 °C.", "Medium", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 3", "Procedure", "Primary sulfonamide with ammonia", "",
     "Add the wet sulfonyl chloride in portions to 28 % aqueous ammonia (34 mL, 5 equiv) at 10–20 °C. Stir for "
     "30 min at room temperature, then 30 min at 60 °C. Cool and add dilute H2SO4 until the mixture is just "
     "acidic; the sulfonamide precipitates. Filter and wash with water.\n4-Acetamidobenzenesulfonamide: "
     "mp 219–220 °C.", "Medium", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 3", "Procedure", "Secondary and tertiary sulfonamides (amines)", "",
     "<p>Amine (1,1 equiv) and triethylamine (1,5 equiv) in DCM (10 mL/g) at 0 °C; add the dry sulfonyl "
     "chloride (1,0 equiv) in portions or as a solution in DCM; stir for 1–3 h at room temperature.</p><ul>"
     "<li>Anilines and other weak nucleophiles: pyridine as the solvent, 20–50 °C</li><li>Hindered secondary "
     "amines: add DMAP (0,1 equiv)</li></ul>", "Medium", "JS", "09.12.2024", "SOP-114-02"),
    ("Step 3", "Work-up", "Work-up of sulfonamides", "",
     "Wash the DCM solution with 1 M HCl (removes the amine, Et3N and pyridine), water and saturated NaHCO3; "
     "dry and concentrate.\nPrimary and secondary sulfonamides (with an N–H) are acidic and dissolve in 2 M "
     "NaOH: dissolve the crude product in NaOH, wash the solution with MTBE to remove neutral impurities, then "
     "acidify with HCl to precipitate the clean sulfonamide.", "Low", "JS", "09.12.2024", "SOP-114-02"),
    ("Step 4", "Procedure", "Removing the acetyl group", "",
     "Heat the acetamide in 2 M HCl (10 mL/g) at reflux for 1 h; the sulfonamide group is not affected. Cool "
     "and neutralise with solid NaHCO3: 4-aminobenzenesulfonamide (sulfanilamide) precipitates, mp "
     "164–166 °C.", "Low", "MK", "03.02.2025", "SOP-114-01"),
    ("Step 2", "Troubleshooting", "Low yield of sulfonyl chloride; product partly dissolved in a strongly acidic "
     "filtrate", "Hydrolysis during the quench: quench too warm, too little ice or slow filtration",
     "Keep the quench below 10 °C, filter within 15 min of the end of the quench and wash with ice-cold water "
     "only.", "High", "MK", "03.02.2025", "DEV-2024-031"),
    ("Step 1", "Troubleshooting", "IPC shows more than 5 % sulfonic acid",
     "Too little ClSO3H (less than 4 equiv), wet acid or substrate, heating too short",
     "Extend the heating at 60 °C by 1 h. If there is no progress, add 1 equiv of fresh ClSO3H at 20 °C and "
     "heat again.", "Medium", "JS", "09.12.2024", "AM-114-02"),
    ("Step 1", "Troubleshooting", "High-melting, insoluble by-product; LC–MS [M+H]+ 333 with acetanilide",
     "Diaryl sulfone: the sulfonyl chloride has reacted with unreacted arene. Favoured by a low excess of "
     "acid, high temperature and adding the acid to the arene",
     "Use 5 equiv of ClSO3H, add the arene to the acid and stay at or below 70 °C.", "Medium", "MK",
     "03.02.2025", "DEV-2023-117"),
    ("Step 1", "Troubleshooting", "Dark brown or black reaction mixture, charring",
     "Addition too fast or too warm (above 25 °C), local overheating, old acid",
     "Add the solid in small portions at 15–20 °C with efficient stirring.", "Medium", "MK", "03.02.2025", ""),
    ("Step 1", "Troubleshooting", "Conversion low, gas evolution stops early, solid crust on the flask wall",
     "Poor stirring; the acetanilide clumps", "Powder the acetanilide, use an overhead stirrer and add "
     "slowly.", "Medium", "AF", "28.11.2024", ""),
    ("Step 2", "Troubleshooting", "Violent eruption during the quench",
     "Ice or water added to the acid, or the mixture poured too fast onto too little ice",
     "Always acid onto ice, in a thin stream, at least 6 g of ice per mL of acid, quench vessel no more than "
     "half full.", "High", "TB", "17.01.2025", "INC-2023-009"),
    ("Step 2", "Troubleshooting", "Product pink or violet after drying",
     "Traces of oxidised aniline derivatives; harmless for the next step",
     "Wash with ice-cold water. If a clean sample is needed, recrystallise from dry toluene or chloroform – "
     "never from an alcohol.", "Low", "AF", "28.11.2024", ""),
    ("Step 2", "Troubleshooting", "Fumes of HCl from the filter funnel during the isolation",
     "Residual acid in the cake", "Wash until the washings are only weakly acidic; keep the funnel in the fume "
     "cupboard.", "Medium", "AF", "28.11.2024", ""),
    ("Storage", "Troubleshooting", "Sulfonyl chloride smells of HCl and turns sticky on storage",
     "Hydrolysis by moisture; the HCl formed speeds it up",
     "Dry the solid thoroughly, store it cold under nitrogen and use it within days.", "Medium", "AF",
     "28.11.2024", ""),
    ("Analytics", "Troubleshooting", "Methyl ester of the sulfonic acid found (14 mass units above the "
     "sulfonic acid)", "The sulfonyl chloride met methanol (LC sample, flask rinse, recrystallisation)",
     "Keep alcohols away from sulfonyl chlorides. Methyl sulfonates are alkylating agents and potential "
     "genotoxic impurities; prepare LC samples with the morpholine quench (IPC row).", "High", "JS",
     "09.12.2024", "AM-114-02"),
    ("Step 3", "Troubleshooting", "Two sulfonyl groups on a primary amine (bis-sulfonylation)",
     "Excess sulfonyl chloride or strong base, fast addition; common with electron-rich anilines",
     "Add 1,0 equiv of sulfonyl chloride to the amine, not the reverse. To rescue a batch, stir it with NaOH "
     "in methanol/water at room temperature, which cleaves the second sulfonyl group.", "Medium", "JS",
     "09.12.2024", "SOP-114-02"),
    ("Step 3", "Troubleshooting", "Sulfonamide formation slow with a hindered amine", "Low nucleophilicity",
     "Add DMAP (0,1 equiv) and warm to 40 °C, or use pyridine as the solvent.", "Low", "JS", "09.12.2024", ""),
    ("Step 3", "Troubleshooting", "Sulfonamide contains sulfonic acid (water-soluble, stays on the TLC baseline)",
     "The sulfonyl chloride was partly hydrolysed before or during the amination (wet amine, wet solvent)",
     "Use dry DCM and a dry amine; the sulfonic acid is removed by the NaHCO3 wash.", "Low", "JS", "09.12.2024",
     ""),
    ("Step 4", "Troubleshooting", "Ortho isomer in the product", "Expected for small activating groups",
     "Remove it by recrystallisation at the sulfonamide stage (water or aqueous ethanol).", "Low", "MK",
     "03.02.2025", ""),
    ("Step 1", "Troubleshooting", "Scrubber liquid sucked back towards the flask",
     "No empty trap fitted, or the flask was cooled while still connected to the scrubber",
     "Fit an empty suck-back trap; open the system to nitrogen before you cool the flask.", "High", "TB",
     "17.01.2025", "INC-2024-002"),
    ("Storage", "Storage", "Can the sulfonyl chloride be stored?", "",
     "Aryl sulfonyl chlorides hydrolyse slowly in moist air, faster with electron-withdrawing groups. The "
     "dry 4-acetamido compound keeps for about 2 weeks at 2–8 °C under nitrogen; the wet cake only for a few "
     "hours.", "Medium", "AF", "28.11.2024", ""),
    ("Analytics", "Analytics", "Characterising the sulfonyl chloride", "",
     "IR: strong SO2 bands at about 1370 and 1170 cm−1.\nRecord NMR spectra in CDCl3 or acetone-d6 straight "
     "after dissolving; in wet DMSO-d6 or CD3OD the chloride hydrolyses or solvolyses in the tube.",
     "Low", "JS", "09.12.2024", "AM-114-02"),
    ("Analytics", "Analytics", "Characterising the sulfonamide", "",
     "IR: SO2 bands at about 1330 and 1160 cm−1, N–H at 3350 and 3250 cm−1 for primary sulfonamides. LC–MS: "
     "[M+H]+, and sulfonamides with an N–H also give a strong [M−H]− in negative mode.", "Low", "JS",
     "09.12.2024", "AM-114-02"),
    ("Waste", "Waste", "Quench liquors", "",
     "Strongly acidic (H2SO4 and HCl). Neutralise slowly with sodium carbonate in the fume cupboard (CO2 "
     "evolution, foaming) before transfer to the aqueous waste.", "Medium", "TB", "17.01.2025", "WM-006"),
    ("Waste", "Waste", "Scrubber solution", "",
     "Contains NaCl and excess NaOH. Replace it at the end of each campaign or when a test with indicator "
     "paper no longer shows it to be alkaline.", "Low", "TB", "17.01.2025", "WM-006"),
    ("General", "FAQ", "Can I run the chlorosulfonation diluted in DCM?", "",
     "Yes, for very reactive arenes where the exotherm is hard to control: add DCM (2–3 mL per g of arene) and "
     "keep the same 5 equiv of acid. DCM boils at 40 °C, so the heating phase is limited to gentle reflux and "
     "takes longer.", "Low", "MK", "03.02.2025", ""),
    ("General", "FAQ", "Can the crude wet sulfonyl chloride go straight into step 3?", "",
     "Yes – this is the normal route. Allow for the water (about 20–30 % of the cake weight) and for the acid "
     "left in the cake, which consumes ammonia; the 5 equiv of ammonia cover both.", "Low", "MK", "03.02.2025",
     ""),
    ("General", "FAQ", "Why not heat above 70 °C to make it faster?", "",
     "Above 70 °C more diaryl sulfone forms, the product starts to decompose and the HCl evolution becomes "
     "hard to control.", "Medium", "MK", "03.02.2025", ""),
    ("General", "FAQ", "How do I clean the reaction flask?", "",
     "Let it drain in the fume cupboard, then add crushed ice in small portions to destroy the remaining acid "
     "before the flask goes to the wash-up.", "Low", "AF", "28.11.2024", ""),
    ("General", "FAQ", "Where and how is chlorosulfonic acid stored?", "",
     "In the acid cabinet, in the original bottle inside a plastic secondary container, away from water, bases "
     "and metals. Open bottles only in the fume cupboard and never in humid air outside it.", "Medium", "TB",
     "17.01.2025", "RA-2207"),
]


def csa_rows() -> list[list[str]]:
    width = len(CSA_HEADER)
    rows = [r + [""] * (width - len(r)) for r in CSA_PREAMBLE]
    rows.append([""] * width)
    rows.append(list(CSA_HEADER))
    for k, r in enumerate(CSA_ROWS):
        rows.append([f"KB-114-{k + 1:03d}", *r])
    rows.append([""] * width)
    rows.append(["Records", str(len(CSA_ROWS))] + [""] * (width - 2))
    return rows


def _csa_cell(text: str) -> str:
    if any(ch in text for ch in ';"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csa_text() -> str:
    lines = ["sep=;"] + [";".join(_csa_cell(c) for c in row) for row in csa_rows()]
    return "\r\n".join(lines) + "\r\n"


def csa_cell_units(cell: str) -> list[str]:
    """Text units of one cell: a line of a plain cell, or a block of a rich-text (HTML) cell."""
    if cell.startswith("<"):
        parts = re.split(r"</?(?:p|ul|ol|li)>|<br ?/?>", cell)
        return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split()) for p in parts
                if re.sub(r"<[^>]+>", "", p).strip()]
    return [" ".join(p.split()) for p in cell.split("\n") if p.strip()]


def build_csa_csv(path: Path) -> None:
    path.write_bytes(csa_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. HackMD team note: the mercury-lamp immersion-well photoreactor

PHR_NAME = "photoreactor-hackmd-note.md"
PHR_TEXT = """---
title: Photoreactor (450 W Hg immersion well) – how to run it and what goes wrong
tags: photochemistry, equipment, how-to
description: Group note for the immersion-well photoreactor in lab 3.21
robots: noindex, nofollow
lang: en-GB
breaks: false
---

# Photoreactor (450 W Hg immersion well) – how to run it and what goes wrong

[TOC]

:::info
:bulb: **Where and who:** Lab 3.21, fume cupboard FC-3.21-04 (the one with the orange UV cabinet). Book through \
the group calendar, maximum 48 h per booking. Instrument contact: Priya Kapoor, deputy: Tomás Reyes. You need \
the practical induction with one of them before your first run.
:::

{%hackmd @chem-photo/uv-induction-checklist %}

:::danger
:warning: **UV light destroys eyes and skin.** A medium-pressure mercury lamp gives out strong UV-C and UV-B. \
Never look at a lit lamp, not even briefly and not through ordinary safety glasses. The lamp only runs inside \
the closed cabinet, and the door interlock switches it off when the door is opened. ==Never defeat the interlock.==
:::

## What we have

| Part | Details |
|---|---|
| Lamp | 450 W medium-pressure mercury arc lamp, arc length 12 cm |
| Power supply | ballast unit with hour meter and FLOW lamp, on the shelf above the fume cupboard |
| Immersion well | double-walled quartz; the cooling water runs between the two walls |
| Filter sleeves | Pyrex, Vycor and uranium glass; they slide over the lamp inside the well |
| Reaction vessels | 250 mL and 500 mL, side arms for the gas inlet, a septum and a thermometer |
| Cooling | tap water through a flow switch, or the recirculating cooler for runs below 15 °C |
| Cabinet | UV-opaque, door interlock, orange UV-filter window, extracted into the fume cupboard |

![immersion well set-up](https://hackmd.io/_uploads/rJ3kQ8t1C.png =420x)

## How the lamp output is spread

The lamp does not give one wavelength. Its strongest lines are at 365/366 nm, followed by 313, 436, 546 and 578 \
nm, with weaker lines at 254, 265, 297 and 405 nm, and roughly half of the electrical power comes out as heat. \
What reaches your solution is decided by the filter sleeve and by the solvent.[^1]

| Sleeve | Passes light above about | Use it for |
|---|---|---|
| none (quartz well only) | 200 nm | alkenes, C–I bond homolysis, anything that only absorbs below 250 nm |
| Vycor | 220 nm | as quartz, but the shortest UV is cut |
| Pyrex | 280 nm | enones, aryl ketones, most [2+2] cycloadditions |
| Uranium glass | 330 nm | n→π* excitation only; protects products that absorb around 300 nm |

> Rule of thumb: use the sleeve that cuts as much as possible while still letting through the light your \
substrate absorbs. Short UV that the substrate does not need only decomposes the product. [name=Priya Kapoor] \
[time=Tue, Apr 9, 2024 4:11 PM] [color=#E36C0A]

### Solvent cut-offs

A solvent that absorbs the light acts as a filter too, and it may react.

| Solvent | UV cut-off (nm) |
|---|---|
| acetonitrile | 190 |
| water | 190 |
| methanol | 205 |
| hexane, cyclohexane | 200–210 |
| THF | 212 |
| CH~2~Cl~2~ | 233 |
| CHCl~3~ | 245 |
| ethyl acetate | 256 |
| benzene | 278 |
| toluene | 284 |
| acetone | 330 |

Acetone is special: it absorbs below 330 nm and passes the energy on to your substrate as a triplet sensitiser. \
Through Pyrex in acetone you sensitise; in acetonitrile you excite the substrate directly. Do not use acetone \
as the solvent unless you mean to.

## Before the run

- [ ] Booking confirmed and the hour meter reading written in the log book
- [ ] Immersion well checked against the light for cracks and chips; outside wall clean
- [ ] Cooling water on and running **before** the lamp goes in; at least 1 L/min at the drain
- [ ] Solution degassed (see below) and under nitrogen
- [ ] Liquid level covers the whole arc length of the lamp
- [ ] Cabinet door closed and the "UV ON" sign hung on the fume cupboard sash

### Concentration and fill level

Light is absorbed in the first few millimetres of solution around the well, so the reaction happens in a thin \
layer and stirring has to bring the rest of the solution there. Work at 0.01–0.05 M. At higher concentrations \
the layer next to the well is over-irradiated and a film builds up on the glass.

The solution must cover the whole 12 cm arc: in the 500 mL vessel that means ==at least 350 mL==, in the 250 mL \
vessel at least 200 mL. With less, part of the light is wasted above the liquid and heats the vessel wall.

### Degassing

Dissolved oxygen quenches excited triplet states and gives oxidised side products. Sparge the solution with \
nitrogen or argon through the gas inlet frit for 20–30 min (500 mL), then keep a slow stream of nitrogen over \
the solution during the run. For volumes below 50 mL, three freeze–pump–thaw cycles are better than sparging.

## Starting up

1. Turn on the cooling water, check the flow at the drain and check that the green FLOW lamp on the power \
supply is lit. The power supply will not start without flow.
2. Lower the lamp with its filter sleeve into the well. Hold the lamp only by its ends and with gloves; never \
touch the quartz envelope with bare fingers.
3. Start the stirrer and the nitrogen stream.
4. Close the cabinet door.
5. Switch on the power supply. The lamp strikes with a faint violet glow and needs 3–5 min to reach full \
output; the current on the display falls and settles as it warms up.
6. Write the start time and the hour meter reading in the log book.

## Following the reaction

Switch the lamp off before you open the cabinet to take a sample (the interlock does it anyway), sample through \
the septum with a syringe, close the door and restart, but mind the restart rule below. Follow the reaction by \
TLC, ^1^H NMR or LC–MS.

Most photoproducts absorb light themselves and decompose on further irradiation: ==stop at about 90 % \
conversion== rather than chasing the last few per cent.

The solution usually runs 10–20 °C warmer than the cooling water. For runs at 0–10 °C use the recirculating \
cooler with 30 % ethanol in water through the well, and put the vessel in an ice bath.

## Shutting down

1. Switch off the power supply.
2. Leave the cooling water running for at least 15 min, until the lamp is cold enough to hold in a gloved hand.
3. Only then take out the lamp, and then the solution.
4. Write the hour meter reading, any problems and the state of the well in the log book.

:::warning
**No hot restart.** A hot mercury lamp will not strike again until it has cooled down, which takes about 10–15 \
min. Repeated attempts to start a hot lamp damage the electrodes and the power supply. If you switched it off \
by mistake, wait.
:::

## Example: [2+2] photocycloaddition of an enone

Cyclohex-2-enone (1.92 g, 20 mmol) and the alkene (5–10 equiv) in acetonitrile (400 mL, 0.05 M), Pyrex sleeve, \
sparged with N~2~ for 30 min, cooling water at 10–15 °C. Irradiate for 4–8 h and follow the disappearance of \
the enone signals at δ 7.0 and 6.0 in the ^1^H NMR spectrum. Concentrate below 30 °C. Expect head-to-head and \
head-to-tail cyclobutanes, which are separated from alkene dimers by chromatography.

## Troubleshooting

:::spoiler Lamp does not strike
- No cooling water flow: the FLOW lamp is off. Check the tap, the hose and the flow switch.
- Door interlock open: close the cabinet door firmly.
- Lamp still hot from the previous run: wait 15 min (no hot restart).
- Lamp at the end of its life (more than about 1500 h on the hour meter, or blackened ends): it needs changing; \
ask Priya.
:::

:::spoiler Lamp strikes, then goes out after a few minutes
The cooling water flow dropped, for example because someone opened another tap on the same line, and the flow \
switch cut the power. An old lamp may also fail to hold the arc. Check the flow first.
:::

:::spoiler Reaction much slower than last time
1. A film on the outside of the well: a brown or yellow deposit absorbs the UV. Clean it (see Care of the well \
and lamp).
2. The wrong sleeve: Pyrex instead of quartz, or the uranium glass sleeve left in.
3. Oxygen: degassing skipped, or the septum leaks.
4. Concentration too high, or a product that absorbs strongly and shades the rest (inner filter effect).
5. An old lamp: the output falls by 20–30 % over its life. Compare the hour meter with the log book.
:::

:::spoiler New spots appear and the product decomposes
Over-irradiation or too short a wavelength. Stop earlier (about 90 % conversion), use a sleeve with a higher \
cut-off (Pyrex instead of quartz, uranium glass instead of Pyrex) and lower the concentration.
:::

:::spoiler Brown film or polymer on the well
Polymerisation of the alkene or photodecomposition at the glass, where the light is most intense. Lower the \
concentration and stir faster. On long runs, stop halfway and clean the well.
:::

:::spoiler Solution getting too warm
The cooling water flow is too low, or the tap water is too warm (it reaches 20 °C in summer). Check for at \
least 1 L/min and change to the recirculating cooler.
:::

:::spoiler Water in the reaction mixture, or the solution turns cloudy suddenly
A crack in the immersion well. Switch the lamp off at once, turn off the water, leave the cabinet closed until \
the lamp has cooled, and report it. Never use a well with any crack or chip.
:::

:::spoiler Only E/Z isomerisation, no cycloaddition
Acyclic enones and alkenes reach a photostationary mixture of E and Z isomers within minutes. That is normal; \
the reaction you want may need another sleeve, a sensitiser such as acetone, or a higher alkene concentration.
:::

:::spoiler Lamp flickers or hums
A loose connector or a failing lamp. Switch off and report it; do not keep running.
:::

## Care of the well and lamp

- Clean the outside of the immersion well after every run: acetone on a lint-free wipe, then a soft brush with \
detergent solution, then water and acetone. Never scratch the quartz and never use abrasive powders.
- Fingerprints on the lamp envelope burn in when the lamp gets hot (devitrification) and cause hot spots. If \
the lamp has been touched, wipe it with isopropanol on a wipe, wearing gloves.
- Keep the quartz well in its padded box, never lying on the bench.
- Lamp life is roughly 1000–2000 h. The hour meter is reset when a new lamp is fitted; write the date in the \
log book.

## If a lamp breaks

A mercury lamp contains liquid mercury. If one breaks, switch off, leave the cabinet closed for 15 min to let \
everything cool, then collect the glass and the mercury droplets with the mercury spill kit (yellow box under \
the sink in 3.21), never with a vacuum cleaner. Report it as an incident.

## Safety summary

- UV: cabinet closed, interlock working. Look at the lamp only through the orange UV-filter window of the cabinet.
- Heat: the lamp envelope reaches several hundred °C. The well keeps solvent vapour away from the lamp, so \
never run with a cracked well.
- High voltage: the power supply produces a high voltage to strike the lamp. Never open it, and keep the \
connectors dry.
- Mercury: see above.

## FAQ

**Can I run it overnight?**
Yes, once the reaction has been run at least once in the daytime, with the "experiment in progress" card on the \
sash, the hose clips on the cooling water checked and the flow switch tested by briefly closing the tap before \
you leave.

**Why does a bigger batch take longer?**
The lamp delivers a fixed number of photons per hour, so the reaction is limited by the light: doubling the \
amount of substrate roughly doubles the time, whatever the concentration.

**Can I use another vessel?**
Only vessels that fit the well with the full arc covered. Ask Priya before you bring your own glassware.

[^1]: Cut-off values are the wavelengths at which transmission drops to about 10 %; they are approximate and \
depend on the wall thickness.

###### tags: `photochemistry` `equipment` `lab 3.21`
"""


def phr_text() -> str:
    return PHR_TEXT


def build_phr_md(path: Path) -> None:
    path.write_bytes(PHR_TEXT.encode("utf-8"))


# ---------------------------------------------------------------------------
# 6. Hugo / Docsy page source: fume cupboards (safety office website)

FCH_NAME = "fume-cupboards-hugo-docsy-page.md"
FCH_TEXT = """+++
title = "Fume cupboards: using them well and what to do when they alarm"
linkTitle = "Fume cupboards"
description = "How a fume cupboard protects you, how to work in one, what the alarm panel is telling you and \
who to call."
weight = 40
date = 2024-09-02T09:00:00Z
lastmod = 2025-02-17T14:20:00Z
draft = false
tags = ["ventilation", "LEV", "fume cupboards", "chemical safety"]
categories = ["Laboratory safety"]

[params]
  owner = "Occupational Hygiene Team"
  contact = "ohs-lev@example.ac.uk"
  review_due = "2026-02"
+++

{{% pageinfo color="info" %}}
This page is for everyone who works in a chemistry or life-sciences laboratory of the University. It replaces \
the leaflet *Fume cupboards – do's and don'ts* (OH-G-07, 2019). Questions to the Occupational Hygiene Team, \
extension 4417.
{{% /pageinfo %}}

A fume cupboard is the most important piece of protective equipment in a chemistry laboratory, and also the one \
most often used wrongly. Most of the problems we see in our annual tests are not faults of the cupboard but of \
the way it is used: sashes left open, cupboards used as stores, equipment pushed against the back wall, alarms \
muted and ignored.

<!--more-->

## How a fume cupboard protects you {#how-it-works}

Air is drawn in through the front opening, past you and over your work, and out through the slots in the back \
panel and the duct to a fan on the roof. This inward airflow keeps vapours, gases and fine dust inside the \
cupboard. How well it does so (its containment) depends on the air speed through the opening, called the face \
velocity, on how steady the airflow is, and on what you do in front of it.

Our standard for ducted fume cupboards:

| Quantity | Standard |
|---|---|
| Average face velocity at the working sash height | at least 0.5 m/s |
| Any single reading on the test grid | not below 0.4 m/s |
| Working sash height (yellow arrow label on the frame) | 500 mm |
| Low-flow alarm | below 0.4 m/s for more than 10 s |
| Thorough examination and test | at least every 14 months (COSHH); we test every 12 months |

Higher is not better. Above about 0.7 m/s the air tumbles around your body, and eddies in front of you can \
carry fumes out of the cupboard towards your face.

{{% alert title="The test label" color="info" %}}
Every fume cupboard carries a label with the date of the last test, the measured average face velocity and the \
date the next test is due. If that date has passed, the cupboard may still work, but nobody has shown that it \
does: use it only for low-hazard work and report it to the Estates helpdesk.
{{% /alert %}}

## Working safely in a fume cupboard {#working}

- Work with the sash at or below the working height, and close it fully whenever nobody is working at the cupboard.
- Keep all apparatus and chemicals at least 150 mm behind the sash, behind the white line on the work surface.
- Raise bulky items such as rotary evaporators, heating blocks and balances on blocks about 50 mm high, so that \
air can pass underneath them to the lower rear slot.
- Never block the slots in the back panel with bottles or equipment.
- Keep your head outside the cupboard at all times; the sash is between you and the work.
- Move slowly. Fast arm movements and people walking past behind you drag fumes out of the opening.
- Keep the lab doors and windows closed and do not use desk fans near a fume cupboard.
- Use the horizontal sliding panes in the sash as a shield and work around them.
- Secure all cooling-water tubing with hose clips: floods are the commonest overnight incident in fume cupboards.
- Make sure you can switch off the electrical sockets and the service taps (gas, water, vacuum, nitrogen) from \
outside the cupboard without reaching in.

{{< figure src="/images/lev/fume-cupboard-zones.svg" alt="Side view of a fume cupboard: sash, 150 mm line, \
equipment raised on blocks, rear slots" caption="Figure 1. Keep equipment behind the 150 mm line and raise \
bulky items on blocks." >}}

### A fume cupboard is not a store {#storage}

Bottles left in a fume cupboard take up working space, disturb the airflow and turn a small fire or spill into \
a large one. Keep only what you need for the work in progress. Stock bottles and waste containers belong in the \
ventilated cabinets under the bench. If a chemical smells so bad that you want to keep it in the fume cupboard, \
ask the Occupational Hygiene Team about a ventilated storage cabinet.

## The alarm panel {#alarm}

Each cupboard has a monitor on the right-hand front pillar with a display, a coloured light, a MUTE button and \
a buzzer. It measures the air speed with a small sensor behind a hole in the side wall, near the top of the \
opening. Do not cover the hole or tape over it.

<!-- TODO (AK): update this table when the new monitors are fitted in Building C -->

| Display | Meaning | What to do |
|---|---|---|
| FLOW OK (green) | face velocity within limits | nothing |
| LOW FLOW (red light, buzzer) | face velocity below 0.4 m/s for more than 10 s | stop work, make safe, close \
the sash and report it |
| SASH HIGH (amber light, buzzer) | sash raised above the working height | lower the sash to 500 mm or below |
| HIGH FLOW (amber light) | face velocity above 1.0 m/s, usually a damper fault | report it; work can continue \
with care |
| NIGHT (blue light) | reduced extract at night in labs with variable air volume; the sash must be closed | \
open the sash and full flow returns within about 30 s |
| FAIL or SENSOR | the monitor cannot measure | treat it as LOW FLOW |

Pressing MUTE silences the buzzer for 5 minutes; the light stays red. Muting does not fix anything.

### When the low-flow alarm goes off {#low-flow}

1. Stop what you are doing: close containers, stop additions and switch off heating if that is safe.
2. Lower the sash fully.
3. Check the obvious. Is the sash really at or below the working height? Has something been put against the \
sensor or in front of the rear slots? Is a door or window open nearby?
4. If the alarm continues, hang a "DO NOT USE – FUME CUPBOARD FAULT" sign on the sash, tell the people in the \
lab, and report the fault to the Estates helpdesk (extension 2000 or the online form), quoting the fume \
cupboard number on the label, for example FC-2.14-03.
5. If hazardous vapours may be escaping, leave the lab and keep others out.

{{% alert title="Never" color="warning" %}}
Never silence the alarm and carry on, and never tape over the sensor. Both have happened, and one of them ended \
with a chlorine exposure in 2023.
{{% /alert %}}

### Power cuts and fan failures {#power}

All the cupboards on one fan stop at once, and the alarms sound on every one of them. Close every sash, stop \
additions, switch off heating and leave volatile work closed up. Do not restart reactions until the monitors \
show FLOW OK again. If the lab smells of solvent, leave it and call 2222.

## Smells and fumes outside the cupboard {#smells}

If you can smell chemicals in front of a working fume cupboard, look for these causes, roughly in order of \
frequency:

1. The sash is above the working height.
2. The cupboard is cluttered, or apparatus stands within 150 mm of the sash.
3. Cross-draughts: an open door or window, people walking past, a supply-air grille blowing across the opening.
4. The fan or a damper has failed (the alarm should show it).

A smoke test shows what the air is doing: hold a smoke tube at the edge of the opening. The smoke must go \
straight in; if it rolls back out, the cupboard is not containing. Smoke tubes are available from the \
Occupational Hygiene Team. Do not rely on your nose: many hazardous substances have no warning smell at harmful \
concentrations.

## What needs a special fume cupboard {#restrictions}

{{< tabpane text=true >}}
{{% tab header="Perchloric acid" %}}
Heating perchloric acid (digestions, evaporations) is only allowed in the dedicated wash-down fume cupboard in \
room 1.08. In an ordinary cupboard perchlorate salts build up in the ductwork and can explode. Using small \
amounts of perchloric acid at room temperature in an ordinary cupboard is allowed.
{{% /tab %}}
{{% tab header="Radioactive materials" %}}
Only in the fume cupboards designated for radioactive work and labelled with the trefoil sign. Speak to the \
Radiation Protection Supervisor first.
{{% /tab %}}
{{% tab header="Recirculating (filtered) cupboards" %}}
A recirculating cupboard cleans the air through a carbon filter and returns it to the room. It is only suitable \
for the substances listed on its label, in the amounts listed there. Filters saturate without warning: check \
the filter log on the side of the cupboard and never use it for unknown mixtures, for large volumes of solvent \
or for work that gives off acid gases.
{{% /tab %}}
{{< /tabpane >}}

## Unattended and overnight work {#overnight}

- Hang an "Experiment in progress" card on the sash with your name, a phone number, the chemicals, the hazards \
and how to make the experiment safe.
- Close the sash fully. In labs with variable air volume the cupboard then goes into NIGHT mode; that is normal.
- Clip all cooling-water tubing and use a water-flow cut-out on condensers.
- Do not leave a reaction unattended in a cupboard whose test is overdue or that has alarmed in the last week.

## Spills and fires in the cupboard {#spills-fires}

For a spill inside the cupboard, keep the sash down and let the extraction remove the vapour, then clear up \
with the spill kit following the [spill response]({{< ref "spill-response.md" >}}) page. For a large spill, or \
one of a very toxic substance, leave the lab and call 2222.

For a fire inside the cupboard, close the sash fully, switch off the services from outside, raise the alarm and \
leave if the fire is not out at once. A closed sash contains a small fire long enough for you to get out.

## Testing, maintenance and repairs {#maintenance}

- The Occupational Hygiene Team tests every cupboard once a year: face velocity on a grid of nine points at the \
working sash height, a smoke test and an alarm check. The label is updated on the spot, and a cupboard that \
fails gets a red "DO NOT USE" label.
- Before Estates staff or contractors work on a fume cupboard, its ductwork or its fan, the cupboard must be \
emptied, cleaned and decontaminated, and the lab supervisor signs a permit-to-work that says so.
- A new or moved fume cupboard must pass a commissioning test before anyone uses it.

See also [local exhaust ventilation]({{< ref "lev.md" >}}) and [chemical risk assessment]({{< ref \
"coshh-assessment.md" >}}).

## Frequently asked questions {#faq}

{{< faq q="Can I weigh powders inside the fume cupboard?" >}}
You can, but the airflow makes the balance reading unstable and blows fine powder about. For toxic or potent \
powders use the ventilated balance enclosure in room 2.12.
{{< /faq >}}

{{< faq q="Can I switch the fume cupboard off to save energy?" >}}
No. Users cannot switch the extract off, and must not. What saves energy is closing the sash: in labs with \
variable air volume the fan slows down when the sash is down.
{{< /faq >}}

{{< faq q="Can I raise the sash fully to set up apparatus?" >}}
Yes, while you set up and nothing hazardous is open in the cupboard. The SASH HIGH alarm will sound; lower the \
sash to the working height before you start the chemistry.
{{< /faq >}}

{{< faq q="The alarm shows LOW FLOW even with the sash closed. Why?" >}}
With the sash closed the face velocity should be high, so LOW FLOW in that position almost always means a fan \
or damper fault. Report it.
{{< /faq >}}

{{< faq q="The cupboard whistles or hums. Is that a problem?" >}}
A new noise often means a loose panel, a failing fan bearing or a damper out of position. Report it to the \
Estates helpdesk; the cupboard can be used while the monitor shows FLOW OK.
{{< /faq >}}
"""


def fch_text() -> str:
    return FCH_TEXT


def build_fch_md(path: Path) -> None:
    path.write_bytes(FCH_TEXT.encode("utf-8"))


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Text units per guide stem (the DOCX only)."""
    return {Path(DKM_NAME).stem: _dkm_units()}


SUFFIXES = {Path(DKM_NAME).stem: ".docx"}
PDFTOTEXT_STEMS = {Path(GWD_NAME).stem}
SPHINX_STEMS = {Path(SKR_NAME).stem}
LIMS_CSV_STEMS = {Path(CSA_NAME).stem}
HACKMD_STEMS = {Path(PHR_NAME).stem}
HUGO_STEMS = {Path(FCH_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builds = [(GWD_NAME, build_gwd_txt), (SKR_NAME, build_skr_html), (DKM_NAME, build_dkm_docx),
              (CSA_NAME, build_csa_csv), (PHR_NAME, build_phr_md), (FCH_NAME, build_fch_md)]
    for name, build in builds:
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
