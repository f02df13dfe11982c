"""Generate the six guides of the fresh16 held-out part deterministically.

Usage (from the repository root, with the project venv):
    .venv/bin/python evals/fresh16/make_fresh16_guides.py

Writes:
    evals/fresh16/guides/gabriel-synthesis-whatsapp-chat.txt
        a WHATSAPP GROUP CHAT exported from iOS ("Export Chat", without media): one message per
        "[M/D/YY, H:MM:SS AM] Sender: text" line with a NARROW NO-BREAK SPACE before AM/PM,
        multi-line messages whose continuation lines have no prefix, LEFT-TO-RIGHT MARKS before
        system lines and "image omitted" / "<attached: ...>" / "This message was deleted." /
        "<This message was edited>", WhatsApp markup (*bold*, _italic_, ```monospace```), an SOP
        pasted as one long message, a troubleshooting table pasted as a monospace block, a poll.
    evals/fresh16/guides/pinner-reaction-latex-source.txt
        the LATEX SOURCE of a handbook chapter saved as .txt: preamble with packages, \\sisetup,
        \\DeclareSIUnit and \\newcommand macros whose values appear only there (\\saltT, \\saltHCl,
        \\nitrile, \\imidate used in the text), one sentence per source line, \\section/\\label/\\ref,
        enumerate with [resume] and \\label on an item, a description list of troubleshooting entries,
        tabularx tables with & and \\\\, tcolorbox boxes, \\footnote, $\\delta$ and math, % comments and a
        commented-out outdated section.
    evals/fresh16/guides/dry-column-vacuum-chromatography-handout.pdf
        a POWERPOINT HANDOUT printed to PDF (three slides per page with ruled lines for notes;
        reportlab canvas, A4 portrait, DejaVu Sans embedded, creator/producer "Microsoft PowerPoint
        for Microsoft 365"): the handout header (deck title, date) and footer (text, page number),
        slide miniatures with a title bar, tiny bullet text, bullets drawn apart from their text, a
        table slide whose cells are drawn one by one.
    evals/fresh16/guides/phenol-o-alkylation-numbered-styles.docx
        a Word document NUMBERED ONLY THROUGH STYLES AND w:numPr (raw WordprocessingML): heading
        numbers come from a multilevel list linked to Heading 1/2, procedure steps from List Number
        with restarting w:num overrides, bullets from List Bullet - no number is in the text; REF
        and SEQ FIELDS with cached results ("section 4", "Table 1"), FOOTNOTES in word/footnotes.xml
        and ENDNOTES in word/endnotes.xml (lower-roman), a header and a footer with a PAGE field.
    evals/fresh16/guides/eschweiler-clarke-eln-experiment-export.html
        an ELECTRONIC LAB NOTEBOOK experiment exported as HTML (eLabFTW): export banner with an
        inline data-URI logo, metadata table, tags, a star rating, "Extra fields" table, the
        TinyMCE body (tables, lists, inline colour spans, &nbsp; between numbers and units, <sub>),
        a Steps list with check boxes and completion times, linked resources, attached files,
        comments, and a timestamp/hash footer.
    evals/fresh16/guides/heating-baths-jupyter-nbconvert.md
        a JUPYTER NOTEBOOK exported with "nbconvert --to markdown": markdown cells as they are,
        code cells as ```python fences, text outputs indented by four spaces (printed lines and a
        tabulate table), a display(HTML(...)) output as raw HTML (<table class="bath-table">) with one
        cell per line, an image output as ![png](..._files/...png), a pipe table, a block quote,
        task-list check boxes and an empty last code cell.

The text of every guide is held in this script.  visible_strings() returns the text units of the
PDF (one string per drawn line) and of the DOCX (one string per paragraph of the header, the body,
the footer, the footnotes and the endnotes); gab_units(), pin_units() and htb_units() split the
text files into units; the verifier splits the HTML itself.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
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


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _zip(members: list[tuple[str, bytes]], date: tuple[int, ...]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return out.getvalue()




# ---------------------------------------------------------------------------
# 1. WhatsApp group chat exported from iOS ("Export Chat", without media): the Gabriel synthesis

GAB_NAME = "gabriel-synthesis-whatsapp-chat.txt"
GAB_GROUP = "Amines subgroup 🧪"
LRM = "\u200e"
NNBSP = "\u202f"

# (date, time, sender, text).  A sender of None is a system line of the group itself.  Multi-line
# messages keep their line breaks: WhatsApp writes the continuation lines without a prefix.
GAB_MESSAGES: list[tuple[str, str, str | None, str]] = [
    ("3/11/25", "8:58:02 AM", None, LRM + "Messages and calls are end-to-end encrypted. Only people in this chat can "
     "read, listen to, or share them."),
    ("3/11/25", "8:58:02 AM", None, LRM + "Dr Hannah Okafor created group “Amines subgroup 🧪”"),
    ("3/11/25", "8:58:03 AM", None, LRM + "Dr Hannah Okafor added you"),
    ("3/11/25", "9:14:37 AM", "Jonas Weber", "Morning all. Gabriel question before group meeting 😅\n"
     "Step 1 on my C6 chain: 1-bromo-6-chlorohexane + potassium phthalimide in DMF at 90 °C. After 5 h TLC "
     "still shows mostly bromide and a lot of white stuff sits undissolved at the bottom of the flask. What am I "
     "doing wrong?"),
    ("3/11/25", "9:16:05 AM", "Jonas Weber", LRM + "image omitted"),
    ("3/11/25", "9:21:48 AM", "Dr Hannah Okafor", "Which bottle of potassium phthalimide? The brown one on the "
     "shelf above the balance is from 2016 and has been open for years."),
    ("3/11/25", "9:22:10 AM", "Jonas Weber", "…the brown one"),
    ("3/11/25", "9:24:55 AM", "Dr Hannah Okafor", "There you go. Potassium phthalimide is hygroscopic and slowly "
     "hydrolyses in moist air to potassium phthalamate, which is not nucleophilic. Old lumpy material gives "
     "stalled alkylations. Either dry it at 110 °C under vacuum overnight or, simpler, use phthalimide (1.1 equiv) "
     "with powdered K2CO3 (1.5 equiv) in dry DMF and let it form the salt in the flask."),
    ("3/11/25", "9:25:30 AM", "Dr Hannah Okafor", "A good batch is a free-flowing white powder and dissolves "
     "completely in DMF at 90 °C. If a lot stays at the bottom, it is phthalamate or carbonate."),
    ("3/11/25", "9:31:12 AM", "Marta Silva", "Also your concentration. What volume of DMF?"),
    ("3/11/25", "9:32:40 AM", "Jonas Weber", "10 mmol in 60 mL"),
    ("3/11/25", "9:35:02 AM", "Marta Silva", "Too dilute. 0.5–1 M in DMF is what we use, so 10–20 mL for "
     "10 mmol. At 0.17 M everything is three times slower."),
    ("3/11/25", "9:36:15 AM", "Marta Silva", LRM + "This message was deleted."),
    ("3/11/25", "9:37:41 AM", "Marta Silva", "And with the chloro end in the molecule: keep it at 90 °C max, "
     "the chloride is 50–100 times slower than the bromide so it survives. Above 120 °C you start to get the "
     "bis-phthalimide. " + LRM + "<This message was edited>"),
    ("3/11/25", "9:40:29 AM", "Priya Nair", "Is this the same for a chloride as the leaving group? I have a "
     "benzylic chloride for next week"),
    ("3/11/25", "9:44:03 AM", "Dr Hannah Okafor", "Benzylic and allylic chlorides are fine at 60 °C. For a "
     "primary alkyl chloride add KI (0.1 equiv): the iodide swaps in and the alkyl iodide reacts much faster. "
     "Count on 80–100 °C and overnight for alkyl chlorides even then."),
    ("3/11/25", "9:47:50 AM", "Priya Nair", "and secondary bromides?"),
    ("3/11/25", "9:51:18 AM", "Dr Hannah Okafor", "Don't. Phthalimide is a weak nucleophile and a bulky one; "
     "secondary halides mostly eliminate under these conditions and you get the alkene plus recovered "
     "phthalimide. Neopentyl-type halides do not react at all. For a secondary carbon start from the alcohol with "
     "a different method, ask me. Tertiary: no Gabriel, full stop."),
    ("3/11/25", "10:02:33 AM", "Jonas Weber", "OK will rerun with the new bottle. How do I work it up? Last "
     "time I did an extraction and had DMF everywhere."),
    ("3/11/25", "10:06:14 AM", "Marta Silva", "Don't extract. Cool to rt and pour the DMF solution slowly into "
     "5 volumes of ice water with stirring. The N-alkylphthalimide precipitates. Stir 30 min, filter, wash the "
     "cake with water (3 ×) and a little cold hexane, dry on the sinter. Usually 85–95 % and clean enough for "
     "the next step."),
    ("3/11/25", "10:07:02 AM", "Marta Silva", "If it oils out instead of precipitating: extract with EtOAc, "
     "wash the organic layer 3 × with 5 % LiCl solution to pull out the DMF, then brine."),
    ("3/11/25", "10:09:45 AM", "Jonas Weber", "👍"),
    ("3/12/25", "4:48:19 PM", "Jonas Weber", "Update: new potassium phthalimide, 1 M, 90 °C → full conversion "
     "in 3 h, precipitated nicely, 91 % 🎉\n"
     "Now the hydrazine step. 1.2 equiv hydrazine hydrate in EtOH at reflux. After 20 min the whole flask set "
     "solid, white gel, stirrer bar stuck. Is that normal?"),
    ("3/12/25", "4:50:07 PM", "Tom Reyes", "Yes that's the phthalazinedione by-product, welcome to Gabriel 😂"),
    ("3/12/25", "4:55:31 PM", "Dr Hannah Okafor", "Normal, but avoidable. The by-product, "
     "2,3-dihydrophthalazine-1,4-dione (phthalazinedione for "
     "short), is almost insoluble "
     "in ethanol and comes out as a voluminous solid. Use more solvent: 10 mL EtOH per mmol, not 3. Use an "
     "overhead stirrer above 20 mmol, or a big oval stirrer bar. If it sets solid, add more ethanol and keep "
     "heating, do not stop – the ring opening is not complete yet at that point."),
    ("3/12/25", "4:57:12 PM", "Dr Hannah Okafor", "And 1.2 equiv is on the low side. We use 1.5 equiv of "
     "hydrazine hydrate, up to 3 equiv if the TLC still shows the intermediate after 2 h."),
    ("3/12/25", "5:01:40 PM", "Priya Nair", "What intermediate?"),
    ("3/12/25", "5:06:22 PM", "Dr Hannah Okafor", "Hydrazine first opens one C=O of the imide. That gives the "
     "ring-opened amide-acylhydrazine, which still holds your amine. Only the second, intramolecular attack "
     "releases the amine and closes the phthalazinedione ring. The intermediate runs just below the phthalimide on TLC "
     "and it is what you isolate if you stop too early or use too little hydrazine."),
    ("3/12/25", "5:09:55 PM", "Tom Reyes", "Trick from my MSc lab: once the reflux is done, add conc. HCl "
     "to pH 1 and reflux another hour. Closes any half-opened intermediate, puts the amine in solution as the "
     "hydrochloride and precipitates the rest of the phthalazinedione."),
    ("3/12/25", "5:12:18 PM", "Dr Hannah Okafor", "Yes, that is in the SOP. I'll paste it tomorrow so it is "
     "pinned in here."),
    ("3/13/25", "8:31:47 AM", "Dr Hannah Okafor", "*Group SOP AM-07: Gabriel synthesis of primary amines "
     "(v2, March 2025)*\n"
     "_Scope: primary amines from primary alkyl, benzylic and allylic halides or sulfonates. Not for secondary "
     "or tertiary halides, aryl or vinyl halides._\n"
     "\n"
     "*A. Alkylation (10 mmol scale)*\n"
     "1. Dry a 50 mL round-bottom flask, add potassium phthalimide (2.04 g, 11 mmol, 1.1 equiv) and dry DMF "
     "(10–20 mL, 0.5–1 M).\n"
     "2. Add the alkyl bromide (10 mmol, 1.0 equiv); for an alkyl chloride also add KI (166 mg, 1 mmol, "
     "0.1 equiv).\n"
     "3. Heat under N2 at 80–90 °C (benzylic and allylic halides: 60 °C) until TLC shows no halide, "
     "usually 2–6 h.\n"
     "4. Cool to rt and pour slowly into ice water (5 volumes) with stirring; stir 30 min.\n"
     "5. Filter, wash with water (3 × 20 mL) and cold hexane (10 mL), dry under suction and then in the "
     "desiccator.\n"
     "\n"
     "*B. Ing–Manske hydrazinolysis*\n"
     "6. Suspend the N-alkylphthalimide (10 mmol) in ethanol (100 mL, 10 mL per mmol).\n"
     "7. Add hydrazine hydrate (64–65 % hydrazine, 0.73 mL, 15 mmol, 1.5 equiv) at rt.\n"
     "8. Reflux 2–4 h. A white precipitate of phthalazinedione forms after 15–30 min.\n"
     "9. Check by TLC that the ring-opened intermediate has gone; if not, add another 1.5 equiv of hydrazine "
     "hydrate and reflux 2 h more.\n"
     "10. Cool to rt, add conc. HCl to pH 1 and reflux 1 h.\n"
     "11. Cool in ice for 30 min, filter off the phthalazinedione and wash the cake with cold 1 M HCl/EtOH (1:1, "
     "2 × 15 mL).\n"
     "12. Concentrate the filtrate to remove the ethanol, dilute with water and wash once with DCM (removes "
     "neutral impurities).\n"
     "13. Either evaporate the aqueous phase to the amine hydrochloride, or cool it in ice, basify with 2 M NaOH "
     "to pH 12 or above and extract the free base with DCM (3 ×). Dry over K2CO3, not MgSO4."),
    ("3/13/25", "8:33:05 AM", "Dr Hannah Okafor", "```\n"
     "Problem                      Cause                          Fix\n"
     "---------------------------  -----------------------------  ------------------------------------\n"
     "alkylation stalls            wet/old K phthalimide          dry it or use phthalimide + K2CO3\n"
     "alkylation stalls            too dilute                     run at 0.5-1 M\n"
     "alkene, no product           secondary halide               use a different route\n"
     "flask sets solid (step 8)    phthalazinedione, too little   10 mL EtOH per mmol, keep heating\n"
     "                             solvent\n"
     "low yield after HCl step     amine trapped in filter cake   wash cake with 1 M HCl/EtOH\n"
     "product gone after rotavap   volatile free amine            isolate as the hydrochloride\n"
     "extra spot below SM          ring-opened intermediate       more hydrazine, reflux, HCl step\n"
     "```"),
    ("3/13/25", "8:34:10 AM", "Dr Hannah Okafor", LRM + "Dr Hannah Okafor pinned a message"),
    ("3/13/25", "8:40:26 AM", "Priya Nair", "Thanks!! Why K2CO3 and not MgSO4 for drying the amine?"),
    ("3/13/25", "8:44:51 AM", "Marta Silva", "MgSO4 is slightly Lewis acidic and small primary amines stick "
     "to it, you lose 10–20 % on a small scale. K2CO3 or Na2SO4 are fine."),
    ("3/13/25", "8:47:03 AM", "Tom Reyes", "And don't rotavap hexylamine-size amines to dryness as the free "
     "base. Anything below about C6 is volatile enough to disappear into the pump. Make the hydrochloride or "
     "keep it as a solution of known concentration."),
    ("3/13/25", "9:15:38 AM", "Jonas Weber", "Question on step 13: the free base from my 6-chlorohexyl amine "
     "turned into a sticky solid overnight in the fridge?"),
    ("3/13/25", "9:20:12 AM", "Dr Hannah Okafor", "Your free amine has a primary chloride at the other end. "
     "Neat, it alkylates itself – intermolecularly into oligomers and, for 4- and 5-carbon chains, "
     "intramolecularly to a five- or six-membered cyclic amine. Keep omega-halo amines as the hydrochloride "
     "salt and only free-base them in the flask where you use them."),
    ("3/13/25", "9:21:30 AM", "Jonas Weber", "😬 ok, lesson learned"),
    ("3/13/25", "11:02:44 AM", "Priya Nair", "Can I do the deprotection without hydrazine? Our new lab isn't "
     "allowed more than 25 mL of hydrazine hydrate on the bench"),
    ("3/13/25", "11:10:09 AM", "Dr Hannah Okafor", "Options, in the order I would try them:\n"
     "• 40 % aqueous methylamine (5–10 equiv) in EtOH at rt, 12–24 h: mild, the by-product "
     "N,N'-dimethylphthalamide stays in solution and goes out with the acid wash.\n"
     "• Ethylenediamine (5 equiv) in butan-1-ol at 90 °C, 4–8 h.\n"
     "• Acid hydrolysis (6 M HCl or 48 % HBr/AcOH at reflux, 1–3 days) only works for robust molecules and "
     "often stops at the phthalamic acid. Last resort."),
    ("3/13/25", "11:12:30 AM", "Priya Nair", "Perfect, methylamine it is"),
    ("3/13/25", "11:20:47 AM", "Tom Reyes", "Safety reminder while we are at it, hydrazine hydrate: toxic, "
     "probable carcinogen, absorbed through skin. Nitrile gloves (change immediately when splashed), fume "
     "cupboard only, no metal spatulas or needles left in it, and quench hydrazine-containing filtrates with "
     "dilute bleach (5 % NaOCl) in the hood before they go in the aqueous waste. Add the bleach slowly, it "
     "foams and gets warm."),
    ("3/13/25", "11:23:55 AM", "Dr Hannah Okafor", "Thanks Tom. Also DMF is reprotoxic – if anyone is "
     "pregnant or planning, talk to me and we swap to MeCN (slower, 24 h at reflux) for step A."),
    ("3/14/25", "2:11:36 PM", "Priya Nair", "My benzylic one: product and SM have the same Rf in 20 % "
     "EtOAc/hexane 😩 how do I know it is finished?"),
    ("3/14/25", "2:15:48 PM", "Marta Silva", "Try 5 % EtOAc in toluene, that usually separates halide and "
     "phthalimide. Or crude 1H NMR: ArCH2Br at 4.5 ppm against ArCH2N at 4.8 ppm, and the phthalimide "
     "aromatics at 7.70 and 7.84 ppm (two multiplets, 2H each)."),
    ("3/14/25", "2:18:20 PM", "Tom Reyes", "For the alkyl ones the NCH2 triplet of the phthalimide is at "
     "3.68 ppm and the CH2N of the free primary amine sits at 2.68 ppm, so the deprotection is easy to follow "
     "by NMR too."),
    ("3/14/25", "2:19:04 PM", "Tom Reyes", LRM + "<attached: 00000047-PHOTO-2025-03-14-14-19-02.jpg>"),
    ("3/14/25", "4:42:51 PM", "Jonas Weber", "Last one: hydrochloride from step 13 is a hygroscopic goo, not a "
     "solid"),
    ("3/14/25", "4:47:30 PM", "Dr Hannah Okafor", "Usually water or leftover ethanol. Co-evaporate twice with "
     "toluene, then triturate with dry diethyl ether or MTBE and scratch. If it stays a goo, dissolve in a "
     "little hot 2-propanol and add ether until cloudy. Or make the oxalate or tosylate instead, they "
     "crystallise much better."),
    ("3/14/25", "4:49:13 PM", "Jonas Weber", "🙏"),
    ("3/17/25", "9:03:28 AM", "Marta Silva", "POLL:\n"
     "Hydrazine hydrate bottle: keep in the hood or in the flammables cabinet?\n"
     "OPTION: Hood, ventilated shelf (3 votes)\n"
     "OPTION: Flammables cabinet (1 vote)"),
    ("3/17/25", "9:30:55 AM", "Dr Hannah Okafor", "Ventilated cabinet under hood 4, away from oxidisers – "
     "that's what the risk assessment says. Closing the poll."),
    ("3/17/25", "9:31:40 AM", None, LRM + "Dr Hannah Okafor changed the group description"),
]


def gab_text() -> str:
    lines = []
    for date, time, sender, text in GAB_MESSAGES:
        stamp = f"[{date}, {time.replace(' ', NNBSP)}]"
        who = GAB_GROUP if sender is None else sender
        lines.append(f"{stamp} {who}: {text}")
    return "\n".join(lines) + "\n"


def gab_units(text: str) -> list[str]:
    """One unit per line of the export, stripped."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def build_gab_txt(path: Path) -> None:
    path.write_bytes(gab_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 2. LaTeX source of a handbook chapter, saved as .txt: the Pinner reaction

PIN_NAME = "pinner-reaction-latex-source.txt"

PIN_TEXT = r"""% !TeX program = lualatex
% !TeX spellcheck = en_GB
% handbook/ch07-pinner.tex -- chapter 7 of the Synthesis Methods Handbook (Lindqvist group)
% last edit: 2025-02-20 by K. Lindqvist; compile with latexmk -lualatex main.tex
\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\usepackage[english]{babel}
\usepackage[version=4]{mhchem}
\usepackage{siunitx}
\sisetup{per-mode=symbol, range-phrase=--, range-units=single}
\DeclareSIUnit\equiv{equiv}
\usepackage{booktabs,tabularx,enumitem,multirow}
\usepackage[most]{tcolorbox}
\usepackage{hyperref}
\newtcolorbox{warnbox}[1][]{colback=red!5,colframe=red!60!black,title={#1}}
\newtcolorbox{tipbox}[1][]{colback=blue!4,colframe=blue!50!black,title={#1}}
% values used in several places -- change them here only
\newcommand{\saltT}{\qtyrange{0}{5}{\degreeCelsius}}
\newcommand{\saltHCl}{\qtyrange{1.5}{2.0}{\equiv}}
\newcommand{\nitrile}{benzonitrile}
\newcommand{\imidate}{ethyl benzimidate hydrochloride}

\title{Chapter 7\\ The Pinner reaction: imidate salts, amidines, esters and orthoesters from nitriles}
\author{K. Lindqvist \and M. Osei \and group handbook committee}
\date{Revision 3, February 2025}

\begin{document}
\maketitle
\tableofcontents

\section{What the reaction does}
\label{sec:overview}
In the Pinner reaction a nitrile and an alcohol combine under anhydrous hydrogen chloride to give an alkyl imidate ⤶
hydrochloride, the \emph{Pinner salt}.
The nitrile nitrogen is protonated first, the alcohol adds to the electrophilic nitrile carbon, and the imidate ⤶
precipitates as its hydrochloride from non-polar solvents.
The Pinner salt is rarely the target.
It is an activated intermediate that is converted in a second step:
with ammonia or an amine it gives an amidine,
with water under acidic conditions it gives a carboxylic ester,
and with an excess of the alcohol it gives an orthoester.

Two things decide whether a Pinner reaction works: the absence of water and the temperature.
Water converts the Pinner salt into the ester and ammonium chloride, or, at higher pH, into the primary amide.
Warming converts it into the amide and an alkyl chloride: the chloride counter-ion attacks the O-alkyl group, an ⤶
SN2 reaction that is fast above room temperature.\footnote{This thermal decomposition is the reason why Pinner ⤶
salts must be stored cold and used within a few days. Methyl and ethyl imidates decompose fastest; isopropyl ⤶
imidates are noticeably more stable.}
All steps before the conversion of the salt are therefore run dry and at \saltT.

\subsection{Scope}
Aliphatic and aromatic nitriles both react.
Electron-poor aromatic nitriles (4-nitro, 4-cyano, 4-trifluoromethyl) react within hours; ⤶
electron-rich ones (4-methoxy, 4-dimethylamino) need two to three days and more HCl.
Ortho-substituted benzonitriles are slow because the carbon is shielded; 2,6-disubstituted ones usually fail.
Primary alcohols work best (methanol, ethanol); secondary alcohols are slower; tertiary alcohols do not give imidates.
Nitriles carrying acid-labile groups (tert-butyl carbamates and esters, acetals, silyl ethers, trityl) do not ⤶
survive the conditions; use the base-catalysed route of Section~\ref{sec:base} instead.

\section{Reagents and the source of HCl}
\label{sec:reagents}
The alcohol is used either as a slight excess (1.1 equiv) in an inert solvent or as the solvent itself.
It must be dry: take it from the solvent system or from a freshly opened septum-capped bottle and check its water ⤶
content by Karl Fischer (below 200 ppm).
Good co-solvents are diethyl ether, MTBE, CPME and chloroform; the Pinner salt is insoluble in all of them and ⤶
crystallises out, which protects it.
Avoid THF: it is ring-opened by concentrated HCl and gives 4-chlorobutanol, which competes for the nitrile.

HCl can be introduced in four ways (Table~\ref{tab:hcl}).
For the amount, weigh the flask before and after the gas addition: 1.5 equiv of HCl for 100 mmol of nitrile is 5.5 g.

\begin{table}[h]
\centering
\caption{Ways of introducing dry HCl.}
\label{tab:hcl}
\begin{tabularx}{\textwidth}{@{}lXl@{}}
\toprule
Source & How & Typical amount \\
\midrule
HCl gas cylinder & Through an empty safety trap and a conc. H2SO4 drying bottle into the cooled solution & 1.5--2.0 ⤶
equiv by weight gain \\
HCl in CPME (3 M) or in Et2O (2 M) & Commercial solution added by syringe at 0 °C & 2.0--3.0 equiv \\
Acetyl chloride in the alcohol & Acetyl chloride dripped into the cold alcohol; gives HCl and the acetate ester & ⤶
2.0--3.0 equiv of acetyl chloride \\
H2SO4 on NaCl & Conc. H2SO4 dripped onto dry NaCl in a separate flask, gas led over & for small labs without a ⤶
cylinder \\
\bottomrule
\end{tabularx}
\end{table}

% NOTE (KL, 2024-11): the old version recommended a 4 M HCl solution in a cyclic ether. Removed: the
% supplier withdrew the product. Do not reintroduce.
The in situ method with acetyl chloride is the most convenient for small scale.
Add the acetyl chloride dropwise to the alcohol at 0 °C before the nitrile goes in: the reaction with the alcohol ⤶
is strongly exothermic and splashes if the chloride is added quickly.

\section{Standard procedure: \imidate}
\label{sec:procedure}
Scale: 100 mmol of \nitrile. Time: 10 min of work, then 24--48 h in the cold room, then 1 h of work-up.

\begin{enumerate}[label=\arabic*.,ref=\arabic*]
\item Oven-dry a 250 mL two-necked flask with a stirrer bar, cool it under nitrogen and weigh it with its stoppers.
\item Add \nitrile{} (10.3 g, 100 mmol), absolute ethanol (6.4 mL, 110 mmol, 1.1 equiv) and dry diethyl ether (50 mL).
\item Cool to 0 °C in an ice-salt bath. The internal temperature must not exceed 5 °C during the next step.
\item Pass dry HCl gas through the solution at a slow stream (two to three bubbles per second in the drying bottle) ⤶
until the weight gain is 5.5--7.3 g (\saltHCl); this takes 30--45 min.\label{step:hcl}
\item Close the flask with a greased stopper held by a clip and a septum with a vent needle on a bubbler, and store ⤶
it at 4 °C for 24--48 h. The Pinner salt crystallises as colourless needles.
\item Filter quickly on a sinter under a blanket of nitrogen, wash with cold dry ether (3 × 30 mL) and dry ⤶
under high vacuum over KOH pellets for 2 h.
\item Expected: 16--18 g (85--95 \%) of \imidate, mp 118--120 °C (decomposition). Store under nitrogen at $-20$ °C ⤶
and use within one week.
\end{enumerate}

\begin{tipbox}[If nothing crystallises]
Add dry ether until the solution turns cloudy and scratch the wall with a glass rod, then return the flask to the ⤶
cold room for another 24 h.
Do not warm the flask to dissolve a crust and do not concentrate the mother liquor on the rotary evaporator: both ⤶
decompose the salt.
\end{tipbox}

\section{Converting the Pinner salt}
\label{sec:conversion}
Use the salt as soon as possible after isolation, or generate it and convert it in the same flask.

\begin{table}[h]
\centering
\caption{Second steps from the isolated Pinner salt (1.0 equiv).}
\label{tab:conversion}
\begin{tabularx}{\textwidth}{@{}lXXl@{}}
\toprule
Product & Reagent & Conditions & Typical yield \\
\midrule
Unsubstituted amidine & 7 M NH3 in methanol, 3 equiv & 0 °C, then rt, 12 h; NH4Cl filtered off & 80--90 \% \\
N-Substituted amidine & Primary amine, 1.1 equiv, in ethanol & rt, 4--16 h; 2 equiv for the N,N'-product & 60--85 \% \\
Carboxylic ester & Water, 5 equiv, in the reaction solvent & rt, 2--4 h, keep acidic & 85--95 \% \\
Orthoester & Dry alcohol as solvent, 10 equiv or more & 25--40 °C, 2--3 days; NH4Cl filtered off & 50--75 \% \\
2-Substituted oxazoline or imidazoline & 2-Aminoethanol or ethylenediamine, 1.1 equiv & reflux in ethanol, 6 h & ⤶
60--80 \% \\
\bottomrule
\end{tabularx}
\end{table}

\subsection{Benzamidine hydrochloride from the salt}
\begin{enumerate}[resume]
\item Suspend \imidate{} (9.3 g, 50 mmol) in dry ethanol (25 mL) and cool to 0 °C.
\item Add 7 M NH3 in methanol (21 mL, 150 mmol, 3 equiv) over 10 min; the suspension thins out and ammonium ⤶
chloride starts to precipitate.
\item Stir 12 h at rt, filter off the ammonium chloride and concentrate the filtrate.
\item Recrystallise the residue from ethanol and diethyl ether; benzamidine hydrochloride, 80--90 \%.
\end{enumerate}

The hydrolysis to the ester must stay acidic.
If the aqueous phase is made basic before the imidate has reacted, the main product is the amide.

\section{Check first}
\label{sec:checkfirst}
When a Pinner reaction fails, go through this list before changing the conditions:
\begin{itemize}
\item Was the alcohol dry, and was the HCl dried through sulfuric acid? Water is the most common cause of failure.
\item Was enough HCl taken up? Weigh the flask; less than 1.2 equiv gives incomplete conversion.
\item Did the temperature stay at or below 5 °C while the HCl went in?
\item Was the reaction given enough time? Electron-rich nitriles need 48--72 h.
\item Was the salt stored cold and used within a week?
\end{itemize}

\section{Troubleshooting}
\label{sec:trouble}
\begin{description}[style=nextline]
\item[No precipitate after 48 h, starting nitrile recovered]
Too little HCl or a deactivated nitrile.
Weigh the flask and add HCl until the gain corresponds to 2 equiv; for electron-rich nitriles use the alcohol as ⤶
the solvent and allow 72 h.
\item[Product is the ester instead of the imidate salt]
Water in the alcohol, the solvent or the HCl stream.
Dry the alcohol over 3 Å sieves, lead the gas through conc. H2SO4 and keep a drying tube or a bubbler on the flask.
\item[Product is the primary amide]
The salt was warmed, or it was neutralised with aqueous base before conversion.
Keep the salt below 5 °C, do not heat it to dissolve it and convert it under the conditions of ⤶
Table~\ref{tab:conversion}.
\item[Ethyl chloride smell and a sticky solid when the flask is opened]
Thermal decomposition of the Pinner salt to the amide and ethyl chloride, usually after a weekend at room temperature.
Discard; repeat and move the flask to the cold room straight after the HCl addition.
\item[Sulfuric acid from the drying bottle sucked back towards the flask]
HCl dissolves so fast in the cold alcohol that the pressure falls when the gas stream slows down.
Always put an empty safety trap between the drying bottle and the flask, and never close the cylinder valve while ⤶
the inlet tube dips into the solution: lift the tube out first.
\item[The salt turns to a paste on the filter]
It is hygroscopic and takes up water from the air while it is being sucked dry.
Filter under a nitrogen blanket (inverted funnel over the sinter), wash only with dry ether and transfer it ⤶
straight to the vacuum line.
\item[Amidine step gives a mixture of amidine and ester]
The ammonia solution was old and wet, or the salt had partly hydrolysed before it was used.
Use a fresh bottle of NH3 in methanol, check its strength if in doubt, and add it to the cold suspension.
\item[Two products with an amine, mono- and N,N'-disubstituted amidine]
Excess amine displaces the ammonia a second time.
Use 1.05--1.1 equiv of the amine at 0 °C and stop the reaction as soon as the salt has dissolved.
\end{description}

\section{Base-catalysed alternative for electron-poor nitriles}
\label{sec:base}
Nitriles with strongly electron-withdrawing groups, and nitriles carrying acid-labile protecting groups, are better ⤶
converted under base catalysis.
Dissolve the nitrile in dry methanol (1 M), add sodium methoxide (0.1 equiv, as a 25 \% solution in methanol) and ⤶
stir at rt for 24 h; the free methyl imidate forms in an equilibrium that lies on the imidate side only for ⤶
electron-poor nitriles.
Then add ammonium chloride (1.1 equiv) and stir for another 24 h to obtain the amidine hydrochloride directly.
Electron-rich nitriles do not react under these conditions.

\section{Analysis}
\label{sec:analysis}
Follow the reaction by IR of a drop of the mixture: the nitrile band at 2220--2260 cm$^{-1}$ disappears and the C=N ⤶
band of the imidate salt appears at 1640--1660 cm$^{-1}$.
TLC is of little use, because the Pinner salt hydrolyses on silica and shows up as the ester.
For \imidate{} in DMSO-d6 the OCH2 quartet lies at δ 4.62 and the CH3 triplet at δ 1.46, with two ⤶
broad NH signals at δ 11.2 and 12.1.
Benzamidine hydrochloride shows a broad four-proton NH resonance at δ 9.2--9.4.

\section{Safety}
\label{sec:safety}
\begin{warnbox}[Hydrogen chloride]
HCl gas is toxic and corrosive (workplace exposure limit 2 ppm over 15 min in the UK).
Work only in a fume cupboard, use the dedicated stainless-steel regulator for the HCl cylinder and close the ⤶
cylinder valve after every use; moist air corrodes the regulator within days.
Lead the exhaust from the bubbler into a wash bottle of 2 M NaOH.
\end{warnbox}
\begin{itemize}
\item Flasks stored with HCl in the cold build up pressure when they warm up: cool before opening and open only in ⤶
the fume cupboard with the neck pointing away.
\item Acetyl chloride reacts violently with water and alcohols; add it dropwise at 0 °C.
\item Ammonia solutions in methanol are volatile and toxic; open them cold.
\item Alkyl chlorides formed by decomposition (methyl and ethyl chloride) are gases or very volatile liquids.
\end{itemize}

% ---------------------------------------------------------------------------
% OLD SECTION, kept for reference (revision 1, 2019) -- NOT VALID ANY MORE
% \section{Quick method}
% Saturate the ethanolic nitrile solution with HCl at room temperature and leave it on the bench
% over the weekend; filter the salt and dry it in the oven at 60 °C.
% ---------------------------------------------------------------------------

\end{document}
"""


def pin_text() -> str:
    return PIN_TEXT.replace("⤶\n", "")


def pin_units(text: str) -> list[str]:
    """One unit per source line, stripped."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def build_pin_txt(path: Path) -> None:
    path.write_bytes(pin_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# 3. PowerPoint handout (3 slides per page, lines for notes) printed to PDF: dry column vacuum chromatography

DCV_NAME = "dry-column-vacuum-chromatography-handout.pdf"
DCV_DECK = "DCVC – dry column vacuum chromatography"
DCV_DATE = "19/02/2025"
DCV_FOOTER = "Techniques seminar series 2025 · Synthesis Core Facility"
DCV_W, DCV_H = 595.0, 842.0

# Slides: (title, items).  An item is (level, text) for a bullet, ("table", rows) for a table, or
# ("sub", text) for a subtitle line of the title slide.
DCV_SLIDES: list[tuple[str, list]] = [
    ("Dry column vacuum chromatography (DCVC)", [
        ("sub", "Fast, cheap purification on a sinter funnel"),
        ("sub", "Techniques seminar 5 · Dr Rafael Mendes · Synthesis Core Facility"),
        ("sub", "19 February 2025 · Lecture theatre C2 and online"),
    ]),
    ("Why bother with DCVC?", [
        (0, "The column is a sinter funnel packed with fine TLC-grade silica under vacuum"),
        (0, "Each fraction is poured on, sucked through and the column is sucked dry before the next one"),
        (1, "so every fraction is a separate, discrete eluent of fixed composition"),
        (0, "Uses about one third of the solvent of a flash column of the same capacity"),
        (0, "No pump, no pressure, no cartridges: a funnel, a filter flask and vacuum"),
        (0, "Typical run: 5–15 g of crude in 45–60 min"),
        (0, "Resolution close to flash chromatography when the spots differ by 0.1 in Rf or more"),
        (0, "Reference: Pedersen and Rosenbohm, Synthesis 2001, 2431–2434"),
    ]),
    ("What you need", [
        (0, "Sinter funnel, porosity 3 (16–40 µm), diameter chosen from the table on the next slide"),
        (1, "porosity 2 lets the fine silica through; porosity 4 is too slow"),
        (0, "Silica gel 60 for TLC, 15–40 µm (no binder); ordinary flash silica (40–63 µm) gives broad bands"),
        (0, "A heavy-walled filter flask with a rubber cone, or a vacuum adapter on a round-bottomed flask"),
        (0, "Vacuum: diaphragm pump with a regulator, or the house vacuum line"),
        (0, "Celite 545 or coarse silica for dry loading, a flat glass stopper for compressing"),
        (0, "Eluents made up in advance in numbered bottles or measuring cylinders"),
    ]),
    ("Choosing the column size", [
        ("table", [
            ("Funnel Ø (mm)", "Silica (g)", "Bed height (cm)", "Sample (g)", "Fraction (mL)"),
            ("30", "15", "4.3", "0.015–0.5", "10–15"),
            ("40", "30", "4.5", "0.5–1", "15–20"),
            ("70", "100", "5.2", "1–5", "30–50"),
            ("100", "200", "5.7", "5–15", "50–100"),
            ("150", "500", "6.2", "15–30", "100–200"),
        ]),
        (0, "Difficult separation (difference in Rf below 0.1): take the next size up"),
        (0, "Bed height 4–6 cm in every size: a taller bed does not separate better, it only runs slower"),
    ]),
    ("Packing the column", [
        (0, "1. Fill the funnel with dry silica to the rim and tap the side to settle it"),
        (0, "2. Switch on the vacuum and press the silica down with the flat stopper"),
        (0, "3. Work from the middle to the edge; press the edges hardest, that is where channels start"),
        (0, "4. Top up and press again until the cake is hard and the bed height matches the table"),
        (0, "5. Level the surface: it must be flat and horizontal, not domed"),
        (0, "6. Remove loose silica above the compressed bed with a spatula"),
        (0, "A well-packed bed does not give when pressed with a finger and shows no cracks at the glass"),
    ]),
    ("Pre-elution check – never skip it", [
        (0, "With the vacuum on, pour the least polar eluent (heptane) quickly onto the surface"),
        (0, "Watch the wet front through the glass: it must move down evenly and stay horizontal"),
        (0, "Front sloping or running ahead at one side: the packing is uneven"),
        (1, "suck the column dry, press again at the slow side and repeat the test"),
        (0, "When the solvent has passed, suck the column completely dry again"),
        (0, "The pre-eluted column is now ready for the sample; it can wait for an hour under a watch glass"),
    ]),
    ("Loading the sample", [
        (0, "Liquid loading: dissolve the crude in the minimum of heptane, toluene or DCM"),
        (1, "no more than 1 mL per 5 g of silica; add it evenly over the whole surface with a pipette"),
        (0, "Dry loading (preferred for anything poorly soluble in the first eluent):"),
        (1, "dissolve in any volatile solvent, add Celite 545 (2–3 g per g of crude), evaporate"),
        (1, "to a free-flowing powder and spread it in an even layer on the column"),
        (0, "Cover with a filter-paper disc so that pouring the next fraction does not dig a hole"),
        (0, "Vacuum off while loading, then on again to suck the loading solvent through"),
    ]),
    ("Eluting", [
        (0, "Pour on one fraction, let it be sucked through completely, collect it, change the receiver"),
        (0, "Keep the vacuum on between fractions so that the column is dry before the next one goes on"),
        (0, "Fraction volume: take it from the table and keep it constant through the run"),
        (0, "Typical gradient: heptane to EtOAc in steps of 5–10 %; close spots: steps of 2–2.5 %"),
        (0, "Expect 20–30 fractions; the product usually comes off in 2–4 of them"),
        (0, "Do not let the receiver fill above its neck: a flooded flask sucks solvent into the vacuum line"),
    ]),
    ("Planning the gradient from TLC", [
        (0, "Find the eluent that gives the product an Rf of about 0.3 on a TLC plate"),
        (0, "Start the gradient at about a quarter of that polarity"),
        (0, "Example: product Rf 0.3 in 20 % EtOAc/heptane"),
        (1, "fractions 1–2 heptane, then 2.5 %, 5 %, 7.5 % … up to 25 % EtOAc, two fractions per step"),
        (0, "Polar products: switch to DCM/MeOH, but not more than 10 % MeOH"),
        (0, "Spot every fraction (or every second one) on one TLC plate before you combine anything"),
    ]),
    ("Troubleshooting 1 – the bed", [
        (0, "Bands run at an angle or fractions are cross-contaminated"),
        (1, "cause: surface not level or edges packed loosely; fix: pack it again and repeat the pre-elution"),
        (0, "Cracks or channels appear when a more polar eluent goes on"),
        (1, "cause: a large jump in polarity; wetting the silica releases heat and gas bubbles"),
        (1, "fix: raise the polarity in small steps, never from heptane straight to EtOAc or MeOH"),
        (0, "Eluent runs through very slowly (more than 5 min per fraction)"),
        (1, "cause: weak vacuum, porosity 4 funnel or a frit blocked by silica from earlier runs"),
        (1, "fix: check the pump and the seals; clean or change the funnel"),
    ]),
    ("Troubleshooting 2 – the sample", [
        (0, "Sample crashes out on top of the column as soon as the first eluent goes on"),
        (1, "cause: liquid loading in a solvent much stronger than the eluent; fix: dry-load on Celite"),
        (0, "Product spread over 8–10 fractions (tailing)"),
        (1, "acids: add 0.5–1 % acetic acid to every eluent"),
        (1, "bases: add 1 % Et3N to every eluent and pre-elute with it"),
        (0, "Two spots that separate on TLC come off together"),
        (1, "cause: column overloaded or polarity steps too large; fix: next column size, steps of 2 %"),
        (0, "Silica fines in the fractions: porosity 2 funnel or a damaged frit; filter the fractions"),
    ]),
    ("Troubleshooting 3 – the set-up", [
        (0, "Eluent boils in the receiver, foams and is pulled into the vacuum line"),
        (1, "cause: full vacuum with ether, DCM or pentane in the eluent"),
        (1, "fix: set the regulator to 300–400 mbar for low-boiling eluents; use a trap"),
        (0, "Compound decomposes on the column (new spots in late fractions)"),
        (1, "check first: spot it on a TLC plate, wait 30 min, then develop it"),
        (1, "fix: deactivate the silica with 1 % Et3N in the packing eluent, or run faster"),
        (0, "Recovery below 80 %: strongly polar material stays at the top; finish with 10 % MeOH/DCM"),
    ]),
    ("Eluent systems that work", [
        (0, "Heptane/EtOAc: the default; heptane instead of hexane (less toxic, same selectivity)"),
        (0, "Toluene/EtOAc or toluene/acetone: aromatic compounds that co-elute in heptane/EtOAc"),
        (0, "DCM/MeOH up to 10 % MeOH: polar compounds, amides, alcohols with several OH groups"),
        (0, "Heptane/MTBE: acid-sensitive compounds, when EtOAc transesterifies or hydrolyses"),
        (1, "MTBE boils at 55 °C: use the lower vacuum setting (see troubleshooting 3)"),
        (0, "Make up all eluents of a run before you start, in numbered bottles in the order of use"),
    ]),
    ("When DCVC is the wrong choice", [
        (0, "Spots closer than 0.05 in Rf: use a long flash column with a shallow gradient instead"),
        (0, "Less than 15 mg of material: a Pasteur-pipette column is quicker"),
        (0, "Air- or moisture-sensitive compounds: the column is sucked dry with air between fractions"),
        (0, "Very volatile products (bp below about 120 °C): lost in the vacuum with every fraction"),
        (0, "Compounds that decompose on silica within minutes (check first, see troubleshooting 3)"),
    ]),
    ("Check first – before you blame the method", [
        (0, "Porosity 3 funnel of the right diameter for your sample mass"),
        (0, "TLC-grade silica (15–40 µm), not flash silica"),
        (0, "Hard, level bed that passed the pre-elution test"),
        (0, "Sample fully adsorbed on Celite when it is poorly soluble in heptane"),
        (0, "Fraction volume from the table, kept constant"),
        (0, "Column sucked dry between every two fractions"),
        (0, "Polarity steps small enough for the difference in Rf"),
    ]),
    ("Worked example", [
        (0, "8.2 g of crude ester from a Claisen condensation, product Rf 0.35 in 15 % EtOAc/heptane"),
        (0, "100 mm funnel, 200 g TLC silica, bed height 5.7 cm, dry load on 16 g Celite"),
        (0, "50 mL fractions: heptane (2), then 2.5 % steps up to 20 % EtOAc, two fractions per step"),
        (0, "Product in fractions 12–15; 6.9 g (84 %) after evaporation"),
        (0, "Total time 50 min; total eluent 1.6 L"),
        (0, "The same separation by flash: 330 g cartridge, 4.8 L of eluent, about 75 min"),
    ]),
    ("Safety", [
        (0, "TLC silica is a very fine dust: weigh and pour it in a fume cupboard or a ventilated"),
        (1, "enclosure; wear a dust mask (FFP2) when you handle more than 100 g"),
        (0, "Filter flasks under vacuum can implode: heavy-walled flasks only, check for star cracks"),
        (0, "Never use thin-walled Erlenmeyer flasks or measuring cylinders as receivers under vacuum"),
        (0, "Solvent vapour goes through the pump: exhaust into the extraction, condenser or cold trap"),
        (0, "Spent silica: suck dry in the fume cupboard, then into the labelled solid-waste bag"),
    ]),
    ("Summary", [
        (0, "Pack hard and level, test with heptane, load dry, elute in constant fractions, suck dry"),
        (0, "Small polarity steps beat long columns"),
        (0, "Use the table for silica mass and fraction volume"),
        (0, "Questions: rafael.mendes@chem.example.ac.uk · booking of the DCVC funnels via the core facility"),
    ]),
]

_DCV_FONTS = {"sans": "DejaVuSans", "sans-b": "DejaVuSans-Bold"}
DCV_SLIDE_W, DCV_SLIDE_H = 288.0, 162.0
DCV_SLIDE_X = 48.0
DCV_SLOT_TOPS = (770.0, 530.0, 290.0)


def _dcv_fonts() -> None:
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, _font_path(file)))


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


def _dcv_slide_ops(n: int, top: float) -> list[tuple]:
    """Drawing operations of slide n (0-based) with its top edge at y = top."""
    title, items = DCV_SLIDES[n]
    x0, w = DCV_SLIDE_X, DCV_SLIDE_W
    ops: list[tuple] = [("frame", x0, top - DCV_SLIDE_H, w, DCV_SLIDE_H)]
    ops.append(("bar", x0, top - 4, w, 4))
    if n == 0:
        y = top - 60
        for line in _wrap(title, "DejaVuSans-Bold", 12, w - 30):
            ops.append(("text", x0 + 15, y, line, "sans-b", 12))
            y -= 15
        y -= 6
        for _, sub in items:
            ops.append(("text", x0 + 15, y, sub, "sans", 6.5))
            y -= 10
        return ops
    y = top - 20
    for line in _wrap(title, "DejaVuSans-Bold", 9.5, w - 24):
        ops.append(("text", x0 + 12, y, line, "sans-b", 9.5))
        y -= 12
    y -= 3
    for item in items:
        if item[0] == "table":
            rows = item[1]
            widths = [56, 46, 60, 52, 50]
            for r, row in enumerate(rows):
                x = x0 + 12
                for cell, cw in zip(row, widths):
                    ops.append(("cell", x, y - 3.5, cw, 10.5, r == 0))
                    ops.append(("text", x + 3, y, cell, "sans-b" if r == 0 else "sans", 5.8))
                    x += cw
                y -= 10.5
            y -= 5
            continue
        level, text = item
        indent = 12 + 12 * level
        size = 6.2 if level == 0 else 5.6
        marker = "•" if level == 0 else "–"
        if level == 0 and text[:2].rstrip(".").isdigit() and text[1:3] in (". ", ".\u00a0"):
            marker = ""
        for k, line in enumerate(_wrap(text, "DejaVuSans", size, w - indent - 20)):
            if k == 0 and marker:
                ops.append(("text", x0 + indent, y, marker, "sans", size))
            ops.append(("text", x0 + indent + 8, y, line, "sans", size))
            y -= size + 2.6
        y -= 1.2
    return ops


def _dcv_build() -> tuple[bytes, list[str]]:
    _dcv_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(DCV_W, DCV_H), invariant=1, pageCompression=1)
    c.setCreator("Microsoft® PowerPoint® for Microsoft 365")
    c.setProducer("Microsoft® PowerPoint® for Microsoft 365")
    c.setAuthor("Rafael Mendes")
    c.setTitle("DCVC seminar 2025")
    units: list[str] = []
    n_pages = (len(DCV_SLIDES) + 2) // 3
    for page in range(n_pages):
        page_ops: list[tuple] = [("text", 36, DCV_H - 30, DCV_DECK, "sans", 8),
                                 ("rtext", DCV_W - 36, DCV_H - 30, DCV_DATE, "sans", 8)]
        for slot in range(3):
            n = page * 3 + slot
            if n >= len(DCV_SLIDES):
                break
            top = DCV_SLOT_TOPS[slot]
            page_ops += _dcv_slide_ops(n, top)
            for k in range(8):
                page_ops.append(("line", 360, top - 18 - k * 19.5, DCV_W - 40))
        page_ops += [("text", 36, 24, DCV_FOOTER, "sans", 8), ("rtext", DCV_W - 36, 24, str(page + 1), "sans", 8)]
        for op in page_ops:
            kind = op[0]
            if kind in ("text", "rtext"):
                _, x, y, s, font, size = op
                c.setFillGray(0.0)
                c.setFont(_DCV_FONTS[font], size)
                if kind == "text":
                    c.drawString(x, y, s)
                else:
                    c.drawRightString(x, y, s)
                units.append(s)
            elif kind == "frame":
                _, x, y, w, h = op
                c.setStrokeGray(0.35)
                c.setLineWidth(0.6)
                c.rect(x, y, w, h, stroke=1, fill=0)
            elif kind == "bar":
                _, x, y, w, h = op
                c.setFillColorRGB(0.05, 0.32, 0.55)
                c.rect(x, y, w, h, stroke=0, fill=1)
            elif kind == "cell":
                _, x, y, w, h, head = op
                c.setFillGray(0.88 if head else 1.0)
                c.setStrokeGray(0.5)
                c.setLineWidth(0.3)
                c.rect(x, y, w, h, stroke=1, fill=1)
            elif kind == "line":
                _, xa, y, xb = op
                c.setStrokeGray(0.6)
                c.setLineWidth(0.4)
                c.line(xa, y, xb, y)
        c.showPage()
    c.save()
    return buf.getvalue(), [u for u in units if u not in ("•", "–")]


def build_dcv_pdf(path: Path) -> None:
    path.write_bytes(_dcv_build()[0])


def dcv_units() -> list[str]:
    return _dcv_build()[1]


# ---------------------------------------------------------------------------
# 4. Word document numbered only through styles and w:numPr, with fields, footnotes and endnotes:
#    O-alkylation of phenols

OAL_NAME = "phenol-o-alkylation-numbered-styles.docx"
OAL_ZIP_DATE = (2025, 1, 28, 15, 40, 12)

# Blocks: ("title"|"subtitle"|"h1"|"h2"|"p"|"caption"|"note", text[, bookmark]) ; ("step", text, numId) ;
# ("bullet", text) ; ("table", rows).  Inline markers in text: [b]...[/b] bold, {FN:n} footnote reference,
# {EN:n} endnote reference, {REF:name|cached} REF field to a bookmark, {SEQ:Table|cached} SEQ field.
OAL_BLOCKS: list[tuple] = [
    ("title", "O-Alkylation of phenols (Williamson aryl ether synthesis)"),
    ("subtitle", "Group procedures manual · Part C: C–O bond formation · Procedure C-3 · Revision 5"),
    ("h1", "Scope", "_Ref_scope"),
    ("p", "This procedure covers the alkylation of phenols with primary alkyl halides and sulfonates to aryl "
          "alkyl ethers, including methyl, benzyl, allyl and longer primary alkyl ethers.{EN:1} It does not "
          "cover diaryl ethers (copper-catalysed couplings, procedure C-5) or the etherification of aliphatic "
          "alcohols, which needs much stronger bases and is described in procedure C-1."),
    ("p", "Phenols are acidic enough (about as acidic as the hydrogencarbonate ion) to be deprotonated "
          "completely by carbonate bases in "
          "polar solvents. The phenoxide then displaces the leaving group in an SN2 reaction. Everything that "
          "slows an SN2 reaction therefore slows this one: branching at the electrophile, poor leaving groups, "
          "protic solvents and steric hindrance around the phenol oxygen."),
    ("h1", "Choosing the conditions", "_Ref_choice"),
    ("h2", "Base", "_Ref_base"),
    ("p", "[b]Potassium carbonate[/b] (1.5–2.0 equiv, anhydrous, finely ground) is the default.{FN:1} It is cheap, "
          "hardly soluble in acetone or acetonitrile, and works as a solid-liquid system: the reaction happens "
          "at the surface of the carbonate, so grain size and stirring matter more than the exact amount."),
    ("p", "[b]Caesium carbonate[/b] (1.2–1.5 equiv) is used for hindered phenols (2,6-disubstituted), for "
          "electron-poor phenols such as 4-nitrophenol and 4-hydroxybenzonitrile, whose phenoxides are weak "
          "nucleophiles, and for secondary alkyl electrophiles.{FN:2} It is about ten times more expensive "
          "than potassium carbonate."),
    ("p", "Aqueous sodium or potassium hydroxide is used only for simple methylations on a large scale. "
          "Stronger bases are never needed for phenols and only add side reactions."),
    ("h2", "Solvent", "_Ref_solvent"),
    ("p", "[b]Acetone[/b] at reflux (56 °C) is the first choice for reactive electrophiles (methyl iodide, benzyl "
          "and allyl bromides): the salts are filtered off and the solvent evaporates easily. [b]Butanone[/b] "
          "(reflux 80 °C) or [b]acetonitrile[/b] (82 °C) are used when the reaction in acetone is too slow. "
          "[b]DMF[/b] at 60–90 °C is reserved for unreactive partners because it is difficult to remove."),
    ("p", "All solvents must be dry. Water dissolves the carbonate, produces hydroxide, hydrolyses the alkyl "
          "halide and, together with other protic solvents, shields the phenoxide oxygen by hydrogen bonding, "
          "which favours C-alkylation at the ortho and para positions."),
    ("h2", "Electrophile", "_Ref_electrophile"),
    ("p", "Reactivity follows I > OTs ≈ Br > OMs > Cl. Typical amounts and conditions are collected in Table "
          "{SEQ:Table|1}. Alkyl chlorides react only with added potassium iodide (0.1–0.2 equiv), which turns a "
          "small part of the chloride into the iodide in the flask."),
    ("caption", "Table {SEQ:Table|1}. Conditions by electrophile (1.0 equiv of phenol)."),
    ("table", [
        ("Electrophile", "Equiv", "Base", "Solvent and temperature", "Time"),
        ("Methyl iodide", "1.5–2.0", "K2CO3, 2.0 equiv", "Acetone, 40 °C, or DMF, rt", "4–16 h"),
        ("Benzyl bromide", "1.1", "K2CO3, 1.5 equiv", "Acetone, reflux", "4–6 h"),
        ("Benzyl chloride", "1.2", "K2CO3, 1.5 equiv, KI 0.1 equiv", "Butanone, reflux", "12–16 h"),
        ("Allyl bromide", "1.2", "K2CO3, 1.5 equiv", "Acetone, reflux", "3–5 h"),
        ("Primary alkyl bromide", "1.2–1.5", "K2CO3, 2.0 equiv", "Acetonitrile, reflux, or DMF, 70 °C", "12–24 h"),
        ("Primary alkyl chloride", "1.5", "K2CO3, 2.0 equiv, KI 0.2 equiv", "DMF, 90 °C", "24 h"),
        ("Secondary alkyl bromide", "2.0", "Cs2CO3, 1.5 equiv", "DMF, 50–60 °C", "24–48 h"),
    ]),
    ("note", "Secondary alkyl bromides give 30–60 % of ether at best; the rest eliminates to the alkene. For "
             "secondary positions prefer a route that does not depend on an SN2 reaction at the secondary "
             "carbon."),
    ("h1", "Standard procedures", "_Ref_procedures"),
    ("h2", "Benzyl ether in acetone (procedure A)", "_Ref_proc_a"),
    ("p", "Example: methyl 4-(benzyloxy)benzoate from methyl 4-hydroxybenzoate, 20 mmol."),
    ("step", "Grind potassium carbonate in a mortar and dry it at 150 °C overnight; weigh 4.15 g (30 mmol, "
             "1.5 equiv) into a 250 mL round-bottomed flask.", 2),
    ("step", "Add methyl 4-hydroxybenzoate (3.04 g, 20 mmol) and dry acetone (60 mL).", 2),
    ("step", "Add benzyl bromide (2.61 mL, 22 mmol, 1.1 equiv) by syringe in the fume cupboard.", 2),
    ("step", "Heat at reflux with vigorous stirring for 4–6 h. The white suspension must stay mobile; if the "
             "solid cakes on the wall, push it back down with a spatula.", 2),
    ("step", "Check by TLC (20 % EtOAc in hexane): phenol Rf 0.25, product Rf 0.60. Stop when the phenol spot "
             "has gone.", 2),
    ("step", "Add triethylamine (0.55 mL, 4 mmol) and stir 30 min at reflux to destroy the excess benzyl "
             "bromide as the water-soluble ammonium salt.", 2),
    ("step", "Cool, filter off the salts, wash them with acetone (2 × 15 mL) and evaporate the filtrate.", 2),
    ("step", "Work up as in section {REF:_Ref_workup|4} and recrystallise from methanol: 4.4–4.6 g (90–95 %), "
             "mp 99–101 °C.", 2),
    ("h2", "Hindered or electron-poor phenols in DMF (procedure B)", "_Ref_proc_b"),
    ("step", "Dissolve the phenol (10 mmol) in dry DMF (20 mL, 0.5 M) under nitrogen.", 3),
    ("step", "Add caesium carbonate (4.89 g, 15 mmol, 1.5 equiv) and stir 15 min at rt; the mixture turns "
             "yellow as the phenoxide forms.", 3),
    ("step", "Add the alkyl halide (12–15 mmol) and heat to 60–80 °C for 12–24 h.", 3),
    ("step", "Cool, pour into water (100 mL) and extract with MTBE (3 × 40 mL).", 3),
    ("step", "Wash the combined extracts with 5 % aqueous LiCl (3 × 30 mL) to remove the DMF, then continue "
             "as in section {REF:_Ref_workup|4}.", 3),
    ("h2", "Methyl ethers with methyl iodide (procedure C)", "_Ref_proc_c"),
    ("p", "Methyl iodide boils at 42 °C. In acetone at reflux it escapes through an ordinary condenser, and the "
          "reaction stops half-way. Run methylations either in acetone at 40 °C under an efficient "
          "coil condenser cooled to 5 °C, or in DMF at room temperature with the flask closed by a septum and "
          "vented through a bubbler. Use 1.5–2.0 equiv of methyl iodide and 2.0 equiv of potassium carbonate "
          "and stir for 4–16 h.{FN:3}"),
    ("h1", "Work-up", "_Ref_workup"),
    ("p", "Dissolve the crude product in ethyl acetate or MTBE (10 mL per g) and wash it with 1 M NaOH (2 × 5 mL "
          "per g) to remove unreacted phenol. Keep the washes cold and short when the product carries an ester, "
          "then wash with water and brine, dry over MgSO4 and evaporate. Unreacted phenol that is left in the "
          "product co-crystallises and is the most common impurity."),
    ("p", "Do not use the NaOH wash for electron-poor phenols whose ethers hydrolyse easily, or for products that "
          "are themselves phenols (mono-alkylated diols); purify those by chromatography."),
    ("h1", "Check first", "_Ref_check"),
    ("bullet", "Is the potassium carbonate dry and finely ground, and is the suspension stirring well?"),
    ("bullet", "Is the solvent dry, and is it aprotic?"),
    ("bullet", "Is the electrophile reactive enough for the solvent and temperature (Table {SEQ:Table|1})?"),
    ("bullet", "For methyl iodide: is it still in the flask, or has it evaporated through the condenser?"),
    ("bullet", "Are there other acidic or nucleophilic groups (carboxylic acids, NH, SH, a second OH) that "
               "consume base and electrophile?"),
    ("h1", "Troubleshooting", "_Ref_trouble"),
    ("caption", "Table {SEQ:Table|2}. Symptoms, causes and remedies."),
    ("table", [
        ("Symptom", "Likely cause", "Remedy"),
        ("Conversion stops at 50–70 %", "Wet or coarse potassium carbonate; the surface is coated with salt",
         "Use ground carbonate dried at 150 °C, stir vigorously, add 0.5 equiv more base"),
        ("No reaction with an alkyl chloride", "Chloride too unreactive in acetone",
         "Add KI (0.1–0.2 equiv) and change to butanone or DMF"),
        ("Methylation stops half-way", "Methyl iodide lost through the condenser",
         "Add 0.5 equiv more; run at 40 °C with a coil condenser or in DMF at rt"),
        ("Ortho- or para-alkylated phenol as by-product", "Protic solvent or water; soft electrophile (allyl, "
         "benzyl)", "Dry aprotic solvent (acetone, DMF); potassium or caesium base"),
        ("Alkene instead of ether", "Elimination of a secondary or hindered electrophile",
         "Lower the temperature to 50 °C and use Cs2CO3 in DMF, or change the route"),
        ("Mixture of mono- and dialkylated diol", "Statistics of two phenol groups",
         "Mono: 1.0 equiv of electrophile and base and separate; bis: 2.5 equiv of each"),
        ("Ester group hydrolysed", "Hydroxide from wet base, or NaOH wash too long",
         "Dry carbonate and solvent; cold, quick base wash"),
        ("Carboxylic acid of the substrate alkylated too", "Carboxylates are alkylated as fast as phenoxides",
         "Expected; hydrolyse the ester afterwards or protect the acid first"),
        ("Dark red or brown reaction mixture", "Air oxidation of electron-rich phenoxides (catechols, "
         "hydroquinones) to quinones", "Degas the solvent and run under nitrogen"),
        ("Aminophenol gives N- and O-alkylation", "The amine is the better nucleophile",
         "Protect the nitrogen as a carbamate or amide first"),
        ("DMF in the NMR spectrum", "Incomplete removal in the work-up",
         "Three washes with 5 % LiCl, then water"),
    ]),
    ("h1", "Analysis", "_Ref_analysis"),
    ("p", "The phenol OH signal (broad, 5–7 ppm in CDCl3, or near 9–10 ppm in DMSO-d6) disappears. New signals: "
          "OCH3 singlet at 3.80–3.90 ppm, OCH2Ph singlet at 5.05–5.10 ppm, ArOCH2 triplet of a longer chain at "
          "3.95–4.00 ppm. A C-benzylated by-product shows an ArCH2Ar singlet near 3.95 ppm and still has an OH "
          "signal. In the IR spectrum the broad O–H band at 3200–3400 cm−1 disappears."),
    ("h1", "Safety", "_Ref_safety"),
    ("p", "[b]Methyl iodide[/b] is volatile, toxic and a suspected carcinogen: dispense it with a syringe in the "
          "fume cupboard, never heat it in a closed vessel that is not pressure-rated, and destroy excess and "
          "rinses with aqueous ammonia or ethanolic KOH. [b]Benzyl bromide[/b] and benzyl chloride are "
          "lachrymators: open and weigh them in the fume cupboard and rinse syringes into an ammonia or amine "
          "solution. [b]DMF[/b] is toxic for reproduction; see procedure A-0 before using it. Dimethyl "
          "sulfate is not used in this group without a separate risk assessment."),
    ("p", "Acetone at reflux with large amounts of solid carbonate can bump when stirring stops: never heat "
          "without stirring and use a flask that is at most half full."),
]

OAL_FOOTNOTES = {
    1: "Anhydrous potassium carbonate takes up water quickly from the air. Dry it at 150 °C overnight, keep it in "
       "a desiccator and grind lumps in a mortar: fine powder reacts several times faster than granules.",
    2: "The large caesium ion pairs only loosely with the phenoxide, and caesium carbonate is roughly ten times "
       "more soluble in DMF than potassium carbonate, so more free phenoxide is available.",
    3: "Dimethyl carbonate (at 90–160 °C with potassium carbonate) is a greener methylating agent but needs a "
       "pressure tube above its boiling point of 90 °C.",
}
OAL_ENDNOTES = {
    1: "A. W. Williamson, Philos. Mag. 1850, 37, 350–356: the original ether synthesis.",
    2: "G. Dijkstra, W. H. Kruizinga, R. M. Kellogg, J. Org. Chem. 1987, 52, 4230–4234: caesium salts in "
       "alkylations.",
    3: "Group reading list C-3 (shared drive, Procedures/C/C3-reading.pdf): solvent effects on C- versus "
       "O-alkylation of phenoxide ions.",
}
OAL_HEADER = "Procedure C-3 · O-Alkylation of phenols · Revision 5"
OAL_FOOTER = "Group procedures manual – controlled copy on the shared drive only – page "

_OAL_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OAL_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OAL_NS = f'xmlns:w="{_OAL_W}" xmlns:r="{_OAL_R}"'
_OAL_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _oal_t(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _oal_field(instr: str, cached: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {_x(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{_x(cached)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _oal_runs(text: str) -> tuple[str, str]:
    """Runs XML and the plain text a reader of the w:t elements gets."""
    out: list[str] = []
    plain: list[str] = []
    bold = False
    for tok in re.split(r"(\[b\]|\[/b\]|\{FN:\d+\}|\{EN:\d+\}|\{REF:[^}]+\}|\{SEQ:[^}]+\})", text):
        if not tok:
            continue
        if tok == "[b]":
            bold = True
        elif tok == "[/b]":
            bold = False
        elif tok.startswith("{FN:"):
            out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       f'<w:footnoteReference w:id="{int(tok[4:-1]) + 1}"/></w:r>')
        elif tok.startswith("{EN:"):
            out.append(f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                       f'<w:endnoteReference w:id="{int(tok[4:-1]) + 1}"/></w:r>')
        elif tok.startswith("{REF:"):
            name, cached = tok[5:-1].split("|")
            out.append(_oal_field(f"REF {name} \\r \\h", cached))
            plain.append(cached)
        elif tok.startswith("{SEQ:"):
            name, cached = tok[5:-1].split("|")
            out.append(_oal_field(f"SEQ {name} \\* ARABIC", cached))
            plain.append(cached)
        else:
            out.append(_oal_t(tok, bold))
            plain.append(tok)
    return "".join(out), "".join(plain)


def _oal_p(style: str, text: str, units: list[str], num: int | None = None, bookmark: str = "",
           bm_id: int = 0) -> str:
    runs, plain = _oal_runs(text)
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    ppr += "</w:pPr>"
    if bookmark:
        runs = (f'<w:bookmarkStart w:id="{bm_id}" w:name="{bookmark}"/>' + runs + f'<w:bookmarkEnd w:id="{bm_id}"/>')
    if plain.strip():
        units.append(" ".join(plain.split()))
    return f"<w:p>{ppr}{runs}</w:p>"


def _oal_table(rows: list[tuple[str, ...]], units: list[str]) -> str:
    n = len(rows[0])
    width = 9000 // n
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(n))
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for r, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
        cells = []
        for cell in row:
            p = _oal_p("TableText", f"[b]{cell}[/b]" if r == 0 else cell, units)
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{p}</w:tc>')
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _oal_notes(kind: str, notes: dict[int, str], units: list[str]) -> str:
    tag = "footnote" if kind == "footnotes" else "endnote"
    ref = "FootnoteReference" if tag == "footnote" else "EndnoteReference"
    own = "footnoteRef" if tag == "footnote" else "endnoteRef"
    style = "FootnoteText" if tag == "footnote" else "EndnoteText"
    out = [f'{_OAL_DECL}<w:{kind} {_OAL_NS}>',
           f'<w:{tag} w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
           f'<w:{tag} w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f"</w:{tag}>"]
    for n, text in notes.items():
        units.append(text)
        out.append(f'<w:{tag} w:id="{n + 1}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
                   f'<w:r><w:rPr><w:rStyle w:val="{ref}"/></w:rPr><w:{own}/></w:r>'
                   f'{_oal_t(" " + text)}</w:p></w:{tag}>')
    out.append(f"</w:{kind}>")
    return "".join(out)


def _oal_styles() -> str:
    def style(sid: str, name: str, extra: str = "", based: str = "Normal", kind: str = "paragraph") -> str:
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        return f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}</w:style>'

    body = [
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
        '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>",
        style("Normal", "Normal", "<w:qFormat/>", based=""),
        style("Title", "Title", '<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="48"/></w:rPr>'),
        style("Subtitle", "Subtitle", '<w:rPr><w:i/><w:color w:val="595959"/></w:rPr>'),
        style("Heading1", "heading 1", '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/>'
              '</w:numPr><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
              '<w:sz w:val="32"/></w:rPr>'),
        style("Heading2", "heading 2", '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/>'
              '<w:numId w:val="1"/></w:numPr><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>'),
        style("ListNumber", "List Number", '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr>'),
        style("ListBullet", "List Bullet", '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr>'),
        style("Caption", "caption", '<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:sz w:val="18"/></w:rPr>'),
        style("NoteText", "Note Text", '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/></w:pPr>'
              '<w:rPr><w:i/></w:rPr>'),
        style("TableText", "Table Text", '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'),
        style("FootnoteText", "footnote text", '<w:rPr><w:sz w:val="18"/></w:rPr>'),
        style("EndnoteText", "endnote text", '<w:rPr><w:sz w:val="18"/></w:rPr>'),
        style("Header", "header"),
        style("Footer", "footer"),
        style("FootnoteReference", "footnote reference", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
              based="", kind="character"),
        style("EndnoteReference", "endnote reference", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
              based="", kind="character"),
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders></w:tblPr></w:style>",
    ]
    return f'{_OAL_DECL}<w:styles {_OAL_NS}>' + "".join(body) + "</w:styles>"


def _oal_numbering() -> str:
    def lvl(i: int, fmt: str, text: str, style: str = "", indent: int = 0) -> str:
        ps = f'<w:pStyle w:val="{style}"/>' if style else ""
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="{min(indent, 432) if indent else 0}"/></w:pPr></w:lvl>')

    heading = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
               + lvl(0, "decimal", "%1", "Heading1", 432) + lvl(1, "decimal", "%1.%2", "Heading2", 576)
               + lvl(2, "decimal", "%1.%2.%3", "", 720) + "</w:abstractNum>")
    steps = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
             + lvl(0, "decimal", "%1.", "ListNumber", 360) + lvl(1, "lowerLetter", "%2)", "", 720)
             + "</w:abstractNum>")
    bullets = ('<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
               + lvl(0, "bullet", "\u2022", "ListBullet", 360) + "</w:abstractNum>")
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>']
    for n in (3, 4):
        nums.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                    '<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    nums.append('<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>')
    return f'{_OAL_DECL}<w:numbering {_OAL_NS}>{heading}{steps}{bullets}{"".join(nums)}</w:numbering>'


def _oal_build() -> tuple[bytes, list[str]]:
    units: list[str] = []
    header_units: list[str] = []
    header = (f'{_OAL_DECL}<w:hdr {_OAL_NS}>' + _oal_p("Header", OAL_HEADER, header_units) + "</w:hdr>")
    body: list[str] = []
    bm = 10
    styles = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading1", "h2": "Heading2", "p": "Normal",
              "caption": "Caption", "note": "NoteText", "bullet": "ListBullet"}
    for block in OAL_BLOCKS:
        kind = block[0]
        if kind == "table":
            body.append(_oal_table(block[1], units))
        elif kind == "step":
            body.append(_oal_p("ListNumber", block[1], units, num=block[2]))
        elif kind in ("h1", "h2"):
            bm += 1
            body.append(_oal_p(styles[kind], block[1], units, bookmark=block[2], bm_id=bm))
        else:
            body.append(_oal_p(styles[kind], block[1], units))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1274" w:bottom="1440" w:left="1274" '
            'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = f'{_OAL_DECL}<w:document {_OAL_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    footer_units: list[str] = []
    footer = (f'{_OAL_DECL}<w:ftr {_OAL_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
              f'{_oal_t(OAL_FOOTER)}{_oal_field("PAGE", "1")}</w:p></w:ftr>')
    footer_units.append(OAL_FOOTER + "1")
    fn_units: list[str] = []
    en_units: list[str] = []
    footnotes = _oal_notes("footnotes", OAL_FOOTNOTES, fn_units)
    endnotes = _oal_notes("endnotes", OAL_ENDNOTES, en_units)
    settings = (f'{_OAL_DECL}<w:settings {_OAL_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
                '<w:endnotePr><w:endnote w:id="0"/><w:endnote w:id="1"/></w:endnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/'
                'word" w:val="15"/></w:compat></w:settings>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    doc_rels = (f'{_OAL_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId3" Type="{rel}settings" Target="settings.xml"/>'
                f'<Relationship Id="rId4" Type="{rel}footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rId5" Type="{rel}endnotes" Target="endnotes.xml"/>'
                f'<Relationship Id="rIdHeader1" Type="{rel}header" Target="header1.xml"/>'
                f'<Relationship Id="rIdFooter1" Type="{rel}footer" Target="footer1.xml"/>'
                "</Relationships>")
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    ctypes = (f'{_OAL_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              f'<Override PartName="/word/document.xml" ContentType="{wml}document.main+xml"/>'
              f'<Override PartName="/word/styles.xml" ContentType="{wml}styles+xml"/>'
              f'<Override PartName="/word/numbering.xml" ContentType="{wml}numbering+xml"/>'
              f'<Override PartName="/word/settings.xml" ContentType="{wml}settings+xml"/>'
              f'<Override PartName="/word/footnotes.xml" ContentType="{wml}footnotes+xml"/>'
              f'<Override PartName="/word/endnotes.xml" ContentType="{wml}endnotes+xml"/>'
              f'<Override PartName="/word/header1.xml" ContentType="{wml}header+xml"/>'
              f'<Override PartName="/word/footer1.xml" ContentType="{wml}footer+xml"/>'
              '<Override PartName="/docProps/core.xml" '
              'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              "</Types>")
    root_rels = (f'{_OAL_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{rel}officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId3" Type="{rel}extended-properties" Target="docProps/app.xml"/>'
                 "</Relationships>")
    core = (f'{_OAL_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Procedure C-3 O-Alkylation of phenols'
            '</dc:title><dc:creator>Sofia Brandt</dc:creator><cp:lastModifiedBy>Sofia Brandt</cp:lastModifiedBy>'
            '<cp:revision>23</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2022-05-03T09:12:00Z'
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-28T15:40:00Z</dcterms:modified>'
            "</cp:coreProperties>")
    app = (f'{_OAL_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
           'properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
           "<AppVersion>16.0000</AppVersion></Properties>")
    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", root_rels), ("docProps/core.xml", core),
               ("docProps/app.xml", app), ("word/document.xml", document), ("word/styles.xml", _oal_styles()),
               ("word/numbering.xml", _oal_numbering()), ("word/settings.xml", settings),
               ("word/footnotes.xml", footnotes), ("word/endnotes.xml", endnotes), ("word/header1.xml", header),
               ("word/footer1.xml", footer), ("word/_rels/document.xml.rels", doc_rels)]
    data = _zip([(n, s.encode("utf-8")) for n, s in members], OAL_ZIP_DATE)
    return data, header_units + units + footer_units + fn_units + en_units


def build_oal_docx(path: Path) -> None:
    path.write_bytes(_oal_build()[0])


def oal_units() -> list[str]:
    return _oal_build()[1]


# ---------------------------------------------------------------------------
# 5. ELN experiment exported as HTML (eLabFTW "Export > HTML" of one experiment): Eschweiler-Clarke methylation

ECM_NAME = "eschweiler-clarke-eln-experiment-export.html"
ECM_HOST = "https://elab.chem.example.edu"
ECM_ID = 1482
ECM_TITLE = "N,N-Dimethylation of (S)-1-(4-methoxyphenyl)ethan-1-amine (Eschweiler–Clarke) – group reference entry"

ECM_EXTRA = [
    ("Scale (mmol)", "20"), ("Amine", "(S)-1-(4-methoxyphenyl)ethan-1-amine, 3.02 g"),
    ("Formaldehyde, 37 % aq. (equiv)", "3.0"), ("Formic acid, 98 % (equiv)", "5.0"),
    ("Bath temperature (°C)", "100"), ("Reaction time (h)", "16"), ("Isolated yield (%)", "89"),
    ("SOP", "ORG-AM-12 rev. 2"), ("Risk assessment", "RA-2024-311 (formaldehyde, formic acid)"),
]

ECM_BODY = """
<h2>Aim</h2>
<p>Reference entry for the group: conversion of a primary amine into the N,N-dimethyl tertiary amine with \
formaldehyde and formic acid, written up after three runs so that the troubleshooting is in one place. The same \
conditions convert secondary amines into N-methyl tertiary amines.</p>
<h2>Background</h2>
<p>The amine condenses with formaldehyde to the iminium ion, and the formic acid transfers a hydride to it; the formic \
acid is oxidised to CO<sub>2</sub>, and the loss of the gas drives the reaction. A primary amine passes through \
the N-methyl secondary amine and is methylated a second time. The reaction <strong>stops at the tertiary \
amine</strong>: a tertiary amine has no N–H left and cannot form a new iminium ion with formaldehyde, so no \
quaternary ammonium salt is formed, unlike methylation with methyl iodide.</p>
<p>Stereocentres next to the nitrogen are not touched: α-chiral amines are methylated without racemisation \
under these conditions.</p>
<h2>Scope</h2>
<p>Works well for primary and secondary aliphatic amines, benzylic amines and cyclic secondary amines such as \
morpholine and piperazines. Amino acids give the N,N-dimethyl amino acids, which are isolated by evaporation \
and crystallisation rather than by extraction. Tertiary amines are unchanged, and amides and carbamates are not \
methylated. Esters, ketones, nitro groups and aryl halides survive; acetals and tert-butyl esters are partly \
cleaved by the hot formic acid. Weakly basic aryl amines are poor substrates (see the troubleshooting notes).</p>
<h2>Reagents</h2>
<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">
<thead><tr><th>Reagent</th><th>Amount</th><th>mmol</th><th>Equiv</th><th>Note</th></tr></thead>
<tbody>
<tr><td>(S)-1-(4-methoxyphenyl)ethan-1-amine</td><td>3.02&nbsp;g</td><td>20</td><td>1.0</td>\
<td>[α]D −31 (neat), from the chemical store</td></tr>
<tr><td>Formic acid, 98&nbsp;%</td><td>3.8&nbsp;mL</td><td>100</td><td>5.0</td><td>corrosive; add first, \
with ice cooling</td></tr>
<tr><td>Formaldehyde, 37&nbsp;% in water</td><td>4.5&nbsp;mL</td><td>60</td><td>3.0</td>\
<td>stabilised with 10–15&nbsp;% methanol</td></tr>
<tr><td>Hydrochloric acid, 1&nbsp;M</td><td>30&nbsp;mL</td><td>–</td><td>–</td><td>work-up</td></tr>
<tr><td>Sodium hydroxide, 6&nbsp;M</td><td>about 25&nbsp;mL</td><td>–</td><td>–</td><td>to pH 12 or above</td></tr>
</tbody>
</table>
<p>Rule of thumb for other substrates: at least 1.5&nbsp;equiv of formaldehyde and 2.5&nbsp;equiv of formic \
acid <em>per N–H bond</em>. A primary amine therefore needs 3&nbsp;equiv of formaldehyde and 5&nbsp;equiv of \
formic acid, a secondary amine 1.5&nbsp;equiv and 2.5–3&nbsp;equiv.</p>
<h2>Procedure (run 2, the one to copy)</h2>
<ol>
<li>Put the amine (20&nbsp;mmol) in a 100&nbsp;mL round-bottomed flask with a stirrer bar and cool it in an \
ice bath.</li>
<li>Add the formic acid dropwise over 5&nbsp;min: the ammonium salt of formic acid forms with a strong \
exotherm and white fumes.</li>
<li>Add the formaldehyde solution in one portion and fit a condenser open to the air through a \
bubbler. <span style="color: #e03e2d;"><strong>Never close the system: about 40&nbsp;mmol (1&nbsp;L) of CO<sub>2</sub> \
is released.</strong></span></li>
<li>Heat the bath to 60&nbsp;°C, then raise it by 10&nbsp;°C every 15&nbsp;min to 100&nbsp;°C. Gas \
evolution starts at about 60&nbsp;°C internal and is strongest between 70 and 90&nbsp;°C.</li>
<li>Keep at 100&nbsp;°C (bath) for 16&nbsp;h. The reaction is finished when no more bubbles pass the \
bubbler and LC-MS shows no M+14 (N-methyl) peak.</li>
<li>Cool to rt, add 1&nbsp;M HCl (30&nbsp;mL) and wash with diethyl ether (2 × 30&nbsp;mL) to remove neutral \
by-products; discard the ether.</li>
<li>Cool the aqueous phase in ice and basify with 6&nbsp;M NaOH to pH 12 or above (check with paper).</li>
<li>Extract with MTBE (3 × 40&nbsp;mL), dry over K<sub>2</sub>CO<sub>3</sub>, filter and evaporate at a bath \
temperature of 30&nbsp;°C and no less than 150&nbsp;mbar.</li>
<li>Distil under reduced pressure or make the hydrochloride (below). Yield 3.19&nbsp;g (89&nbsp;%), colourless oil.</li>
</ol>
<h2>Results of the three runs</h2>
<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">
<thead><tr><th>Run</th><th>Scale</th><th>HCHO / HCOOH (equiv)</th><th>Conditions</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>1</td><td>20&nbsp;mmol</td><td>2.2 / 3.0</td><td>bath 100&nbsp;°C, 6&nbsp;h</td>\
<td>NMe<sub>2</sub> : NHMe 70 : 30 by 1H NMR; not separable by chromatography</td></tr>
<tr><td>2</td><td>20&nbsp;mmol</td><td>3.0 / 5.0</td><td>bath 100&nbsp;°C, 16&nbsp;h</td>\
<td>98&nbsp;% or more NMe<sub>2</sub>; 89&nbsp;% isolated; rotation unchanged</td></tr>
<tr><td>3</td><td>100&nbsp;mmol</td><td>3.0 / 5.0</td><td>bath set directly to 100&nbsp;°C</td>\
<td>foamed over the condenser at 75&nbsp;°C internal; 20&nbsp;% of the mixture lost</td></tr>
</tbody>
</table>
<h2>Check first</h2>
<ul>
<li>Enough formaldehyde and formic acid per N–H bond (see the rule of thumb above)?</li>
<li>Did the internal temperature reach 90&nbsp;°C, and did the gas evolution really stop?</li>
<li>Was the aqueous phase at pH 12 or above before the extraction?</li>
<li>Was the product lost on the rotary evaporator? Small dimethylamino compounds are volatile.</li>
<li>Does the substrate carry OH groups or an electron-rich aryl ring two carbons from the nitrogen (see the \
notes below)?</li>
</ul>
<h2>Troubleshooting notes</h2>
<p><strong>N-Methyl amine left (M+14 in LC-MS, NHMe doublet at 2.3&nbsp;ppm).</strong> Too little formaldehyde \
or formic acid, or the run was too short; formaldehyde also escapes through an inefficient condenser. Add \
1&nbsp;equiv of formaldehyde and 2&nbsp;equiv of formic acid and heat another 6&nbsp;h. The mono- and \
dimethylated products are very hard to separate, so push the reaction to completion rather than purify.</p>
<p><strong>N-Formyl by-product (singlet near 8.1&nbsp;ppm, often doubled; M+28).</strong> Formic acid acylates \
the amine when the formaldehyde has run out or has not been added before heating. Always add formaldehyde \
before heating and use the full 1.5&nbsp;equiv per N–H. The formamide can be removed by heating the crude \
product with 6&nbsp;M HCl at reflux for 2&nbsp;h.</p>
<p><strong>Foaming over the condenser.</strong> CO<sub>2</sub> evolution runs away when a large batch is \
heated quickly (run 3). Ramp the bath in 10&nbsp;°C steps, fill the flask to no more than one third and use a \
wide condenser. Above 50&nbsp;mmol add the formaldehyde over 30&nbsp;min to the hot formic acid solution at \
80&nbsp;°C instead of all at once.</p>
<p><strong>Anilines react slowly or not at all.</strong> Electron-poor aryl amines are too weakly nucleophilic \
and their iminium ions form slowly; 4-nitroaniline gives mainly the formamide. For anilines use formaldehyde \
with a borohydride reducing agent at room temperature instead.</p>
<p><strong>A cyclised by-product with 2-arylethylamines.</strong> Electron-rich aryl rings (methoxy, \
dimethoxy, indoles) two carbons away from the nitrogen attack the iminium ion and close a \
tetrahydroisoquinoline or tetrahydro-β-carboline ring. Run these at 60&nbsp;°C or switch to formaldehyde \
with a borohydride reducing agent at room temperature.</p>
<p><strong>O-Formylation of alcohols.</strong> Free OH groups are partly converted into formic acid esters \
(singlet near 8.05&nbsp;ppm). Stir the crude product with K<sub>2</sub>CO<sub>3</sub> (0.2&nbsp;equiv) in \
methanol for 30&nbsp;min to cleave them.</p>
<p><strong>Product disappeared on the rotary evaporator.</strong> Low-molecular-weight dimethylamino \
compounds are volatile. Evaporate at 30&nbsp;°C and no less than 150&nbsp;mbar, or isolate the hydrochloride: \
add 2&nbsp;M HCl in diethyl ether (1.1&nbsp;equiv) to the dried MTBE extract, filter and wash with ether.</p>
<p><strong>Emulsion when the basic aqueous phase is extracted.</strong> Salts of formic acid and fine particles \
stabilise it. Saturate the aqueous phase with NaCl and filter the mixture through a pad of Celite.</p>
<h2>Safety</h2>
<p>Formaldehyde is a category 1B carcinogen and a skin sensitiser (workplace limit 2&nbsp;ppm); formic acid \
(98&nbsp;%) causes severe burns and its vapour is corrosive. Handle both in the fume cupboard with nitrile \
gloves and goggles. The reaction releases one equivalent of CO<sub>2</sub> per methyl group introduced: never \
run it in a sealed tube or a closed flask. Aqueous waste containing formaldehyde goes in the separate \
formaldehyde waste container, not down the drain.</p>
"""

ECM_STEPS = [
    ("Weigh amine, cool in ice", True, "2025-02-03 10:41"),
    ("Add formic acid dropwise (exotherm)", True, "2025-02-03 10:52"),
    ("Add formaldehyde, condenser + bubbler", True, "2025-02-03 10:55"),
    ("Ramp bath 60 → 100 °C in 10 °C steps", True, "2025-02-03 12:05"),
    ("16 h at 100 °C; check bubbler and LC-MS", True, "2025-02-04 08:40"),
    ("Acid wash, basify, extract, dry", True, "2025-02-04 10:15"),
    ("Optical rotation and 1H NMR of the product", False, ""),
]

ECM_LINKS = [
    ("Formaldehyde solution 37 %, stabilised with methanol", "Chemical", "Cabinet F2 (formaldehyde only)"),
    ("Formic acid 98 %", "Chemical", "Acid cabinet A1"),
    ("(S)-1-(4-methoxyphenyl)ethan-1-amine", "Chemical", "Fridge 3, shelf 2"),
    ("Bubbler, 24/29, oil-filled", "Equipment", "Drawer G7"),
]

ECM_COMMENTS = [
    ("Lukas Brenner", "2025-02-04 14:02",
     "Run 3 foamed over because I set the bath straight to 100 °C. With the 10 °C ramp it behaved on the second "
     "try at 100 mmol. For scale-up keep the flask at most one third full."),
    ("Dr Aiko Tanaka", "2025-02-04 16:30",
     "Please add to the entry: paraformaldehyde (3 equiv of CH2O) can replace the formalin when water is a "
     "problem; it depolymerises in the hot formic acid within about 30 min."),
    ("Nadia Haddad", "2025-02-05 09:12",
     "My secondary amine (a 4-arylpiperazine) gave 12 % formamide with 1.2 equiv of formaldehyde. Repeated with "
     "1.5 equiv, added before heating: no formamide. Agree with the note."),
    ("Lukas Brenner", "2025-02-05 11:47",
     "Volatility: my N,N-dimethylbenzylamine run lost 40 % at 40 °C and 20 mbar. The hydrochloride route in the "
     "notes fixed it."),
]

ECM_UPLOADS = [
    ("run2_1H_NMR.pdf", "crude and distilled product", "412 KiB"),
    ("run1_vs_run2_LCMS.png", "M+14 peak in run 1", "188 KiB"),
    ("run3_foaming.jpg", "what the condenser looked like", "2.1 MiB"),
]

ECM_CSS = """body{font-family:"Noto Sans",Arial,sans-serif;font-size:10pt;color:#222;margin:1.5cm}
#export-header{border-bottom:2px solid #29aeb9;padding-bottom:6px;margin-bottom:12px;color:#555}
h1{font-size:16pt;color:#1d7a82}h2{font-size:12pt;border-bottom:1px solid #ddd;margin-top:18px}
table.meta td,table.meta th{padding:2px 8px;text-align:left;vertical-align:top}
.tag{background:#e8f4f5;border-radius:3px;padding:1px 5px;margin-right:4px}
.step.finished{color:#777}.step-done{font-size:8pt;color:#999}
.comment{border-left:3px solid #29aeb9;padding-left:8px;margin:8px 0}
.comment-meta{font-size:8pt;color:#777}
#footer{margin-top:24px;border-top:1px solid #ddd;font-size:8pt;color:#777}"""


def ecm_html() -> str:
    esc = html.escape
    meta_rows = [("Date", "2025-02-03"), ("Author", "Lukas Brenner"), ("Team", "Tanaka lab – amines"),
                 ("Category", "Reference procedure"), ("Status", "Success"), ("Visibility", "Team"),
                 ("Locked", "no"), ("Unique eLabID", "20250203-4f9c2d7e1a0b66c3")]
    out = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(ECM_TITLE)} – eLabFTW</title>",
           '<meta name="generator" content="eLabFTW 5.1.9">', f"<style>{ECM_CSS}</style>", "</head>", "<body>",
           '<div id="export-header"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ'
           'AAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="eLabFTW" width="80" height="20"> '
           f'<span>Experiment <a href="{ECM_HOST}/experiments.php?mode=view&amp;id={ECM_ID}">#{ECM_ID}</a></span> '
           '<span>· exported by Lukas Brenner on 2025-02-05 12:03:51 (Europe/Berlin)</span></div>',
           f'<h1 id="title">{esc(ECM_TITLE)}</h1>', '<table class="meta">']
    for k, v in meta_rows:
        out.append(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>")
    out.append('<tr><th>Tags</th><td>' + "".join(f'<span class="tag">{t}</span>' for t in
               ("eschweiler-clarke", "N-methylation", "reductive methylation", "reference")) + "</td></tr>")
    out.append('<tr><th>Rating</th><td><span class="stars" title="4 of 5">★★★★☆</span></td></tr></table>')
    out.append('<section id="extra-fields"><h3>Extra fields</h3><table class="meta">')
    for k, v in ECM_EXTRA:
        out.append(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>")
    out.append("</table></section>")
    out.append('<section id="body" class="body">')
    out.append(ECM_BODY.replace("\\\n", "").strip())
    out.append("</section>")
    out.append('<section id="steps"><h3>Steps</h3><ul class="steps">')
    for text, done, when in ECM_STEPS:
        box = "☑" if done else "☐"
        cls = "step finished" if done else "step"
        extra = f' <span class="step-done">completed {when}</span>' if done else ""
        out.append(f'<li class="{cls}"><span class="box">{box}</span> {esc(text)}{extra}</li>')
    out.append("</ul></section>")
    out.append('<section id="linked-items"><h3>Linked resources</h3><ul>')
    for k, (name, cat, where) in enumerate(ECM_LINKS):
        out.append(f'<li><span class="item-category">{esc(cat)}</span> <a href="{ECM_HOST}/database.php?mode=view&amp;'
                   f'id={311 + 17 * k}">{esc(name)}</a> '
                   f'<span class="item-location">Location: {esc(where)}</span></li>')
    out.append("</ul></section>")
    out.append('<section id="uploads"><h3>Attached files</h3><table class="meta">'
               "<tr><th>File</th><th>Comment</th><th>Size</th></tr>")
    for name, comment, size in ECM_UPLOADS:
        out.append(f"<tr><td>{esc(name)}</td><td>{esc(comment)}</td><td>{esc(size)}</td></tr>")
    out.append("</table></section>")
    out.append('<section id="comments"><h3>Comments</h3>')
    for who, when, text in ECM_COMMENTS:
        out.append(f'<div class="comment"><div class="comment-meta">{esc(who)} commented {when}</div>'
                   f"<p>{esc(text)}</p></div>")
    out.append("</section>")
    out.append('<div id="footer"><p>Timestamped 2025-02-05 12:04:07 by the RFC 3161 timestamping authority of '
               'the institute; token attached to the experiment.</p>'
               f'<p>Exported from {ECM_HOST} · eLabFTW 5.1.9 · '
               'SHA-256 of the body: 7c4e0b1f9a2d53e6b8c1f0a47d2e9b3c5a6f8e1d0c2b4a69788d7e6f5a4b3c2d1</p></div>')
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def build_ecm_html(path: Path) -> None:
    path.write_bytes(ecm_html().encode("utf-8"))


# ---------------------------------------------------------------------------
# 6. Jupyter notebook exported to Markdown with nbconvert: heating baths, blocks and mantles

HTB_NAME = "heating-baths-jupyter-nbconvert.md"
_HTB_FILES = "heating-baths-jupyter-nbconvert_files/heating-baths-jupyter-nbconvert"

def _htb_html_table(columns: list[str], rows: list[list[str]]) -> str:
    """The HTML that display(HTML(html_table(...))) leaves in the Markdown file: one cell per line."""
    out = ['<table class="bath-table">', "  <tr>"]
    out += [f"    <th>{html.escape(c, quote=False)}</th>" for c in columns]
    out.append("  </tr>")
    for row in rows:
        out.append("  <tr>")
        out += [f"    <td>{html.escape(c, quote=False)}</td>" for c in row]
        out.append("  </tr>")
    out.append("</table>")
    return "\n".join(out)


def _htb_tabulate(columns: list[str], rows: list[list[str]]) -> str:
    """print(tabulate(rows, headers=columns)) as nbconvert writes a stream output: indented by four spaces.
    The first column is left-aligned, the numeric columns right-aligned, as tabulate does."""
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]

    def fmt(cells: list[str]) -> str:
        parts = [cells[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return ("    " + "  ".join(parts)).rstrip()

    lines = [fmt(columns), "    " + "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows]
    return "\n".join(lines)


HTB_MEDIA = _htb_html_table(
    ["medium", "working range (°C)", "never above (°C)", "notes"],
    [["water (demineralised)", "20–90", "95", "evaporates quickly above 80 °C; keep away from reactive metals "
      "and hydrides"],
     ["silicone oil, 50 cSt", "20–200", "230", "standard bath oil in this building; smokes above about 230 °C"],
     ["silicone oil, high-temperature grade", "50–250", "280", "ordered on request; check the label"],
     ["paraffin (mineral) oil", "20–150", "180", "smokes early, flash point about 200 °C; being phased out"],
     ["sand bath", "100–300", "350", "slow to respond, large temperature differences within the sand"],
     ["aluminium heating block", "20–250", "300", "insert must match the flask size; clean and fast"],
     ["heating mantle with controller", "50–350", "400", "flasks of 250 mL and above, distillations"]])

HTB_OFFSETS = _htb_tabulate(
    ["heat source", "set point (°C)", "bath/block (°C)", "internal (°C)", "lag (°C)", "t95 (min)"],
    [["oil bath 1 L", "80", "79.6", "75.8", "3.8", "24"],
     ["oil bath 1 L", "120", "119.2", "112.9", "6.3", "31"],
     ["oil bath 1 L", "150", "148.7", "139.4", "9.3", "38"],
     ["Al block", "120", "120.4", "109.8", "10.6", "14"],
     ["Al block, wrong insert", "120", "120.1", "96.3", "23.8", "22"],
     ["mantle + controller", "120", "n/a", "121.0", "-1.0", "11"],
     ["mantle, energy regulator 60 %", "120", "n/a", "134.5", "-14.5", "9"]])

_SP4 = "    "
HTB_TEXT = f"""# Heating reactions: oil baths, heating blocks and mantles

*Working document of the teaching and research labs, building B – K. Mwangi (lab manager), last run 2025-01-30.
Kernel: Python 3.11. The measured data come from the thermocouple reader in room B2.07; the CSV files are in the
`data/heating/` folder of the shared drive.*

These pages collect what we measured about our heat sources and what went wrong with them over the last two
years. Read the sections on choosing a heat source and the troubleshooting table before you set up a reaction
above 100 °C for the first time.

## 1. Which heat source for which job


```python
import csv
import matplotlib.pyplot as plt
from IPython.display import HTML, display
from tabulate import tabulate
from labtools import html_table   # group helper: list of rows -> HTML table

with open("data/heating/media.csv", newline="", encoding="utf-8") as f:
    media = list(csv.reader(f))
display(HTML(html_table(media)))
```




{HTB_MEDIA}



Rules that follow from the table:

- Use the **aluminium heating block** for round-bottomed flasks up to 250 mL and reactions up to 200 °C.
  It heats fastest, does not spill and leaves no oil on the glass.
- Use a **silicone oil bath** when the flask shape does not fit a block insert, for several small vials at once, or
  when you need to see the flask.
- Use a **heating mantle** for flasks of 250 mL and larger, for distillations and for reactions above 200 °C, and
  only with a temperature controller.
- Use a **water bath** below 90 °C when nothing in the set-up reacts with water.
- Sand baths are only for the odd high-temperature job where nothing else fits; the temperature within the sand
  varies by 20–40 °C from the surface to the bottom.

## 2. How far does the inside of the flask lag behind the bath?

We heated 100 mL of DMF in a 250 mL round-bottomed flask (stirred at 500 rpm) with each heat source and recorded the
bath or block temperature and the internal temperature every 10 s.


```python
with open("data/heating/offsets_2024-11.csv", newline="", encoding="utf-8") as f:
    head, *runs = list(csv.reader(f))
for r in runs:
    r.insert(4, f"{{float(r[2] if r[2] != 'n/a' else r[1]) - float(r[3]):.1f}}")
print(tabulate(runs, headers=head[:4] + ["lag (°C)"] + head[4:]))
```

{HTB_OFFSETS}



`t95` is the time from switching on to 95 % of the final internal temperature.


```python
fig, ax = plt.subplots(figsize=(7, 4))
curves = {{}}
with open("data/heating/curves_120C.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        curves.setdefault(row["source"], []).append((float(row["t_min"]), float(row["internal_C"])))
for name, pts in curves.items():
    ax.plot(*zip(*pts), label=name)
ax.axhline(120, ls="--", c="grey")
ax.set_xlabel("time (min)"); ax.set_ylabel("internal temperature (°C)"); ax.legend()
```




    <matplotlib.legend.Legend at 0x7f3b2c1e5a90>




{_SP4}
![png]({_HTB_FILES}_7_1.png)
{_SP4}


What the numbers say:

- With an oil bath the inside of the flask runs **4–10 °C below the bath** between 80 and 150 °C, more with a larger
  flask or poor stirring. Set the bath about 10 °C above the internal temperature you want, or control on an
  internal probe.
- A heating block with the correct insert behaves like an oil bath with a larger lag (about 11 °C at 120 °C).
  **With the wrong insert the lag more than doubles** (24 °C): the flask touches the metal only at the bottom.
- A mantle run from a simple energy regulator (the dial marked in %) **overshoots by 10–15 °C** and keeps rising
  until the heat losses match the power. Only use mantles with a controller and an internal thermocouple.

## 3. Controlling on an internal probe

Our hot plates can regulate on their own plate sensor, on a probe in the bath, or on a probe in the flask. Internal
control gives the most accurate reaction temperature, but it has one trap:

> **Never set an internal set point at or above the boiling point of the reaction mixture.** The liquid cannot get
> hotter than its boiling point, so the controller keeps heating at full power and drives the bath towards the
> plate maximum. In January 2024 an ethanol reaction set to 85 °C internal took the oil bath to 260 °C before the
> oil started to smoke.

When you control on an internal probe, always set the **plate safety limit** (the second, independent
temperature limit of the hot plate) to no more than 30 °C above the bath temperature you expect. If the probe
slips out of the flask or the bath, the controller reads room temperature and heats at full power; the safety
limit is then the only thing that stops it.

## 4. Oil expands when it is heated


```python
alpha = 9.5e-4          # volumetric expansion coefficient of silicone oil, 1/K
v20 = 600               # mL of oil at 20 °C in the 1 L bath
for T in (100, 150, 200):
    print(f"{{T}} °C: {{v20 * alpha * (T - 20):.0f}} mL more oil ({{alpha * (T - 20) * 100:.0f}} %)")
```

    100 °C: 46 mL more oil (8 %)
    150 °C: 74 mL more oil (12 %)
    200 °C: 103 mL more oil (17 %)


Together with the volume of the flask that you lower into it, this is why a bath that is filled to the brim at room
temperature overflows when it gets hot. **Fill an oil bath to no more than two thirds** before the flask goes in.

## 5. Setting up an oil bath

1. Use a metal bath pot (stainless steel or aluminium) on the hot plate. Thin glass crystallising dishes crack
   above 150 °C and are only allowed below that.
2. Put the hot plate on a lab jack so that the bath can be lowered away from the flask in one movement.
3. Fill the pot to no more than two thirds with silicone oil and add a stirrer bar to the bath itself.
4. Clamp the flask so that the liquid in the flask is level with, or just below, the oil surface.
5. Put the bath probe in the oil halfway between the flask and the wall, clamped so that it cannot fall out.
6. Set the plate safety limit (see section 3), then the set point.
7. Label the bath "HOT – °C" with the set point, your name and the date before you leave it.

To remove the flask at the end, lower the lab jack; do not lift the clamp with the hot bath still underneath.

## 6. Heating mantles

- The mantle must match the flask: a 500 mL mantle for a 500 mL flask. In a mantle that is too large the flask sits
  loosely and the heating wires run hot.
- **Keep the flask at least half full.** Above the liquid the glass wall touches the hot mantle and the product
  chars on the wall; this happens in every distillation as the pot empties, so stop heating before the pot is dry.
- Never switch a mantle on without a flask in it, and never run it straight from the mains.
- If solvent or reaction mixture spills into the mantle: switch off, unplug, let it cool in the fume cupboard and
  hand it to the workshop. Do not try to dry it out by heating it.

## 7. Heating blocks

- Choose the insert for the exact flask size (25, 50, 100 or 250 mL round-bottomed flasks; 4, 8 and 20 mL vials).
- The flask must sit fully in the insert; check that the clamp does not hold it up out of contact.
- Do not put oil in the block to improve contact. It smokes, creeps out of the insert and makes the block
  slippery to handle.
- The block holds its heat for a long time: an aluminium block at 150 °C takes about 40 min to cool below 50 °C.

## 8. Troubleshooting

| Symptom | Likely cause | What to do |
|---|---|---|
| Oil bath smokes | Above the limit of the oil, or the oil is old and oxidised | Lower the temperature; change to \
fresh or high-temperature oil |
| Hot oil crackles and spits | Water in the oil (condensate from an ice bath, a leaking condenser hose) | Switch \
off and let cool; replace the oil |
| Oil is dark brown and sticky | Oxidised by long use at high temperature | Replace it; every 6 months, or earlier \
when it darkens |
| Flask never reaches the temperature | Bath too small for the flask, bath not stirred, probe in the wrong place | \
Larger bath, stirrer bar in the bath, probe halfway to the wall |
| Internal temperature overshoots | Controlling on the bath with a large lag, or a mantle on an energy regulator | \
Control on an internal probe with the safety limit set |
| Plate heats at full power and the bath is far too hot | Probe has fallen out or the set point is above the \
boiling point | Switch off; clamp the probe; set the internal set point below the boiling point |
| Bath overflows while it heats up | Thermal expansion; bath filled too high | Fill to two thirds at most |
| Product chars on the flask wall | Mantle too large, or the flask is less than half full | Matching mantle; stop \
heating before the pot runs dry |
| Slow reaction in the heating block | Wrong insert, or the flask is held out of contact | Correct insert; lower \
the clamp until the flask sits in the block |
| Singlet at 0.07 ppm in the 1H NMR spectrum | Silicone oil carried over from the outside of the flask | Wipe the \
flask with hexane-soaked tissue before the rotary evaporator |

## 9. Check first

Before you blame the chemistry for a slow or messy reaction:

- [ ] What is the internal temperature, not the set point?
- [ ] Is the probe in the medium and clamped?
- [ ] Is the plate safety limit set?
- [ ] Is the bath or block the right size for the flask, and is the bath stirred?
- [ ] Is the oil clean and dry?

## 10. Safety

- Oil baths above 150 °C and mantles above 200 °C must not run unattended overnight unless the plate safety limit
  is set and the set-up is recorded on the overnight-run form on the fume-cupboard door.
- If an oil bath catches fire: switch off the hot plate at the wall, cover the bath with its metal lid or a fire
  blanket and leave it covered. **Never use water** on burning oil.
- Burns from hot oil: cool under running water for at least 20 min and report it.
- Hot silicone oil is slippery: wipe spills immediately, they spread across the bench and the floor.
- Used silicone oil goes in the waste-oil drum in the solvent store, not in the solvent waste.


```python

```
"""


def htb_text() -> str:
    return HTB_TEXT


def htb_units(text: str) -> list[str]:
    """One unit per line, stripped; a line holding HTML tags gives the text between its tags."""
    out = []
    for ln in text.split("\n"):
        s = ln.strip()
        if not s:
            continue
        if "<" in s and ">" in s:
            for part in re.split(r"<[^>]*>", s):
                part = html.unescape(part).strip()
                if part:
                    out.append(part)
        else:
            out.append(s)
    return out


def build_htb_md(path: Path) -> None:
    path.write_bytes(htb_text().encode("utf-8"))


# ---------------------------------------------------------------------------


def visible_strings() -> dict[str, list[str]]:
    """Text units per guide stem for the binary layouts: the PDF (drawn lines) and the DOCX (paragraphs of the
    header, the body, the footer, the footnotes and the endnotes)."""
    return {Path(DCV_NAME).stem: dcv_units(), Path(OAL_NAME).stem: oal_units()}


WHATSAPP_STEMS = {Path(GAB_NAME).stem}
LATEX_STEMS = {Path(PIN_NAME).stem}
HANDOUT_PDF_STEMS = {Path(DCV_NAME).stem}
NUMBERED_DOCX_STEMS = {Path(OAL_NAME).stem}
ELN_HTML_STEMS = {Path(ECM_NAME).stem}
NBCONVERT_MD_STEMS = {Path(HTB_NAME).stem}


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builds = [(GAB_NAME, build_gab_txt), (PIN_NAME, build_pin_txt), (DCV_NAME, build_dcv_pdf),
              (OAL_NAME, build_oal_docx), (ECM_NAME, build_ecm_html), (HTB_NAME, build_htb_md)]
    for name, build in builds:
        path = OUT_DIR / name
        build(path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
