"""Check the fresh12 question files against the fresh12 guides (no assistant involved).

Usage (from the repository root):
    .venv/bin/python evals/fresh12/verify_fresh12_anchors.py

Adapted from evals/fresh11/verify_fresh11_anchors.py.  For every question file
evals/fresh12/<stem>.jsonl there must be a guide evals/fresh12/guides/<stem>.* and the other way
round.  For every row: the fields are exactly those of the evals/dev format, ids are unique,
split is "fresh12", ask is one of the known kinds.  For every in-scope row: exactly one gold
entry naming the file's guide; the anchor is 20-80 characters, has no outer or double spaces, no
tab and no line break, occurs verbatim inside one text unit of the guide and occurs exactly once
in the whole guide; every key and the lead occur verbatim inside one text unit.  Text units are:

  .eml   the Mailman MIME digest (make_fresh12_guides.EML_STEMS): one line of one DECODED
         text/plain part (the table of contents, every posting, the text attachment of one
         posting, the list footer), trailing spaces (format=flowed soft breaks) removed.  The
         whole text (for "exactly once" and the word count) is the text/plain parts together;
         the one text/html alternative repeats its plain part and is left out.  The file must
         have LF line ends only and be a multipart/mixed message holding a text/plain part, a
         multipart/digest part with at least seven message/rfc822 parts and a text/plain
         footer; among the postings there must be a format=flowed part, a base64 text part, a
         quoted-printable text part and a text/plain attachment.  An anchor, key or lead may
         not start with the ">" of a quote and may not contain "wrote:";
  .html  the Wayback Machine capture (WAYBACK_STEMS), decoded as windows-1252 (the file
         declares iso-8859-1 but holds the C1 bytes of windows-1252, which a strict
         ISO-8859-1 decoder turns into control characters): the text between two block
         boundaries, where every tag that is not inline (span, a, b, i, font, img, ...) and
         every <br> ends a unit; entities decoded, whitespace normalised.  The file must
         contain the toolbar insert, the archive comment and at least one C1 byte.  An anchor,
         key or lead may not contain a no-break space or a character that windows-1252 puts
         into 0x80-0x9F (– — ‘ ’ “ ” • … € ™);
  .txt   the Teams transcript (VTT_STEMS), a WebVTT file: one unit per cue (its text lines
         joined, the <v Speaker> voice tags removed) and one per line of a NOTE block.  The
         file must start with "WEBVTT", every cue must have an identifier, a valid timing line
         with end after start and starts that never go backwards, and a voice tag.  An anchor,
         key or lead may not contain "<", ">" or "-->";
  .docx  one unit as held in make_fresh12_guides.py (visible_strings()): paragraph of the
         body, a table cell or a comment, with the suggested insertions and without the
         suggested deletions;
  .pdf   as held in make_fresh12_guides.py (visible_strings()): for the fillable form one
         printed line of the page content or one line of a field value (FORM_STEMS); for the
         poster one drawn text line.

The built files are re-read as a cross-check:
  .docx  lxml over word/document.xml and word/comments.xml (one unit per w:p, its own w:t
         texts - w:delText left out -, w:tab and w:br as a space); an anchor, key or lead must
         lie inside one of them (a miss is a failure).  A note is printed when python-docx
         (paragraph.text of the body paragraphs, the table cells) does not hold it: it reads
         neither the comments nor the runs inside w:ins;
  .pdf   pdfplumber, page by page, and for the form also the values (/V) of the AcroForm
         fields read with pdfminer.  For the form an anchor, key or lead must be in a page text
         or in a field value (a miss is a failure) and a note says when it is only in a field
         value (pdfplumber's page text does not show it); for the poster a note is printed when
         it does not come out whitespace-normalised inside the page text.

Out-of-scope rows must have empty gold, key and lead, and each must have an entry in OUT_PROBES:
regular expressions for the thing it asks about, none of which may match the text of ANY guide
of the project (corpus/, tests/fixtures/gallery/, evals/*/guides/ and, when present,
../shared/real-guides/; extracted as fresh11 does, and the fresh12 guides completely: every
decoded part of the digest, the form's field values and tooltips, the deleted suggestions of
the DOCX, the capture without its tags).  The other way round, none of the six fresh12 guides
(complete extracted text, text units, and both NFKC-normalised) may match an out-of-scope probe
of the earlier parts (OUT_PROBES of evals/fresh8 to evals/fresh11), a pattern of
EARLIER_OUT_TERMS of evals/fresh9 or of EXTRA_OUT_TERMS of evals/fresh10 and evals/fresh11, or a
probe in EARLIER_PROBES below: regular expressions for EVERY out-of-scope question of the sets
that have no probes of their own (evals/dev, evals/lay, evals/test, evals/real,
evals/questions.jsonl, fresh2-fresh7; for evals/lay the terms of its oos_terms.json, matched as
its checker does), read by hand.  The verifier checks that EARLIER_PROBES covers every such row
and that every out-of-scope row of fresh8-fresh11 has probes in its own verifier.  Each file
needs 38-42 in-scope and at least 7 out-of-scope rows, and each guide must have 1,500-2,500
words of visible text (the plain-text parts of the digest, the text outside tags, scripts,
styles and the head of the capture, the cues and notes of the transcript, the generator's units
for the .docx/.pdf).  Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import email
import email.policy
import html
import importlib.util
import json
import re
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUIDES = HERE / "guides"
SPLIT = "fresh12"
FIELDS = ["id", "split", "scope", "question", "gold", "key", "lead", "ask"]
ASKS = {"symptom", "value", "step", "compare", "check_first", "terse", "procedure", "why",
        "misspelled"}
INLINE = {"span", "a", "b", "i", "em", "strong", "sub", "sup", "code", "small", "kbd", "abbr",
          "font", "input", "img", "time", "u", "s", "mark", "label", "dfn", "o:p"}
SPLIT_LINES = {"pre", "textarea"}
MIN_IN, MAX_IN, MIN_OUT = 38, 42, 7
MIN_WORDS, MAX_WORDS = 1500, 2500
C1_CHARS = "".join(bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                   if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
HTML_MARKUP = ("\u00a0",) + tuple(C1_CHARS)
EML_MARKUP = ("wrote:",)
VTT_MARKUP = ("<", ">", "-->")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GUIDE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf", ".docx", ".eml")
VTT_TIMING = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")

# Out-of-scope probes: patterns (case-insensitive) for what each out-of-scope question asks
# about.  None of them may occur in any guide of the project.
OUT_PROBES: dict[str, list[str]] = {
    "pkh-043": ["Nicholas", r"propargyl(ic)? cation"],
    "pkh-044": [r"asymmetric Pauson", r"enantioselective Pauson", r"chiral (bis)?phosphine"],
    "pkh-045": [r"hetero-Pauson", r"aldehyde.{0,60}Pauson", r"Pauson.{0,60}aldehyde"],
    "pkh-046": [r"allenic", r"allene.{0,60}(Pauson|Mo\(CO\)6)", r"Mo\(CO\)6.{0,60}allene"],
    "pkh-047": [r"ceric ammonium nitrate", r"decomplex", r"alkyne protecting group", r"protect\w* .{0,20}alkyne"],
    "pkh-048": [r"ethylene.{0,60}(Pauson|autoclave|\bbar\b)", r"autoclave.{0,60}ethylene"],
    "pkh-049": [r"propargyl bromide", r"allylmalonate", r"propargylat"],
    "cl-042": ["Ireland", r"allyl ester.{0,40}(enolate|LDA|LiHMDS)"],
    "cl-043": ["Eschenmoser", r"dimethylacetamide dimethyl acetal"],
    "cl-044": ["Overman", r"allylic trichloroacetimidate", r"allylic amide"],
    "cl-045": ["Carroll", "acetoacetate"],
    "cl-046": ["Bellus", "dichloroketene"],
    "cl-047": [r"propargyl Claisen", r"propargyl vinyl ether", r"allenyl aldehyde"],
    "cl-048": ["oxy-Cope", r"\bKH\b"],
    "nox-042": ["nitrone", "isoxazolidine"],
    "nox-043": ["Kanemasa", r"magnesium.{0,40}allylic alcohol"],
    "nox-044": ["Curran", r"boric acid.{0,60}(N-O|isoxazoline)", r"(N-O|isoxazoline).{0,60}boric acid"],
    "nox-045": [r"(asymmetric|enantioselective).{0,30}(nitrile oxide|isoxazoline)",
                r"chiral Lewis acid.{0,60}(nitrile oxide|isoxazoline|dipol)"],
    "nox-046": [r"NO donor", r"nitric oxide"],
    "nox-047": [r"1,3-diketone.{0,60}hydroxylamine", r"hydroxylamine.{0,60}1,3-diketone",
                r"diketone.{0,40}isoxazole"],
    "nox-048": [r"4-isoxazoline", "acylaziridine", r"Baldwin rearrangement"],
    "ms-042": [r"\bTf2O\b", "triflic anhydride", r"alkyl triflate"],
    "ms-043": [r"nosylate", r"\bNsCl\b"],
    "ms-044": [r"(mesylate|sulfonate).{0,80}(NaN3|azide)", r"(NaN3|azide).{0,80}(mesylate|sulfonate)"],
    "ms-045": [r"oxidative chlorination", r"thiol.{0,40}sulfonyl chloride"],
    "ms-046": ["imidazylate", r"sulfuryl diimidazole"],
    "ms-047": [r"sulfamoyl chloride", r"sulfamate"],
    "ms-048": [r"\bPEG\b", r"poly\(ethylene glycol\)", r"ditosylate"],
    "sx-042": [r"accelerated solvent extraction", r"pressuri[sz]ed liquid extraction", r"\bASE\b"],
    "sx-043": ["Clevenger", "hydrodistillation", "essential oil"],
    "sx-044": ["Kumagawa"],
    "sx-045": [r"supercritical.{0,40}extraction", r"extraction.{0,40}supercritical"],
    "sx-046": [r"ultrasound-assisted", r"\bUAE\b"],
    "sx-047": [r"fat content", r"crude fat"],
    "sx-048": ["Soxtec", r"\bRandall\b"],
    "qn-043": ["ERETIC", "electronic reference", "PULCON"],
    "qn-044": [r"19F qNMR", r"fluorine qNMR", r"qNMR.{0,30}\b19F\b"],
    "qn-045": ["inverse-gated", r"Cr\(acac\)3", r"quantitative 13C"],
    "qn-046": [r"chiral solvating", r"Pirkle"],
    "qn-047": [r"(BuLi|organolithium).{0,60}(qNMR|\bNMR\b)", r"No-D.{0,60}(titrat|concentration)"],
    "qn-048": [r"end-group", r"end group"],
    "qn-049": ["benchtop", r"60 MHz"],
}

# Probes for the out-of-scope questions of the sets without probes of their own, keyed
# "set:id" (set = dev, lay, test, real, questions, fresh2 ... fresh7).  Checked against the
# fresh12 guides only (most of these topics are covered by other guides of the project).
# evals/lay is covered by its oos_terms.json (see lay_probes()); LAY_EXTRA adds to it.
EARLIER_PROBES: dict[str, list[str]] = {
    # dev
    "dev:amide-025": [r"Fmoc", r"piperidine"],
    "dev:amide-026": [r"\bCOMU\b"],
    "dev:amide-027": [r"Ritter"],
    "dev:amide-029": [r"\bcost\b", r"\bprice", r"\bT3P\b"],
    "dev:amide-030": [r"AlMe3", r"trimethylalumin", r"direct amidation"],
    "dev:wu-032": [r"\bNaH\b", r"sodium hydride"],
    "dev:wu-033": [r"Schotten"],
    "dev:wu-034": [r"Dean.Stark"],
    "dev:wu-035": [r"Zaiput", r"membrane separator", r"back pressure"],
    "dev:wu-036": [r"bisulfite"],
    "dev:bha-026": [r"\bnickel\b", r"\bNi\(", r"NiCl2"],
    "dev:bha-027": [r"Chan.Lam", r"Cu\(OAc\)2"],
    "dev:bha-028": [r"bromoanisole", r"Buchwald"],
    "dev:bha-029": [r"XPhos", r"precatalyst"],
    "dev:bha-030": [r"Ullmann", r"proline"],
    "dev:bha-031": [r"Buchwald", r"\b1 kg\b"],
    "dev:hyd-030": [r"transfer hydrogenation", r"ammonium formate"],
    "dev:hyd-031": [r"Birch", r"lithium.{0,40}ammonia"],
    "dev:hyd-032": [r"DuPhos", r"asymmetric hydrogenation"],
    "dev:hyd-033": [r"H-Cube", r"flow hydrogenation"],
    "dev:hyd-034": [r"Raney", r"\bW-2\b"],
    "dev:click-028": [r"SPAAC", r"DBCO", r"copper-free"],
    "dev:click-029": [r"RuAAC", r"Cp\*Ru", r"1,5-triazole"],
    "dev:click-030": [r"tetrazine", r"\bTCO\b", r"rate constant"],
    "dev:click-031": [r"aryl azide", r"NaN3", r"sodium azide"],
    "dev:click-032": [r"thiol-ene", r"\bDMPA\b", r"photoinitiator"],
    "dev:click-033": [r"THPTA", r"\bprice"],
    "dev:dast-028": [r"Selectfluor", r"(alpha|α)-fluorinat"],
    "dev:dast-029": [r"PhenoFluor", r"aryl fluoride"],
    "dev:dast-030": [r"\bSF4\b", r"\bCF3\b"],
    "dev:dast-031": [r"PyFluor", r"\bDBU\b"],
    "dev:dast-032": [
        r"TBAF",
        r"alkyl fluoride",
        r"(mesylate|sulfonate).{0,60}fluoride",
        r"fluoride.{0,60}(mesylate|sulfonate)",
    ],
    "dev:dast-033": [r"Balz", r"Schiemann", r"BF4"],
    "dev:flash-026": [r"\bC18\b", r"reverse.phase", r"peptide"],
    "dev:flash-027": [r"KMnO4", r"permanganate"],
    "dev:flash-028": [r"Biotage", r"40 g cartridge", r"flow rate.{0,40}cartridge"],
    "dev:flash-029": [r"semi-prep", r"prep(arative)? HPLC"],
    "dev:flash-030": [r"regenerat", r"\breus(e|es|ed|ing)\b"],
    "dev:flash-031": [r"chiral SFC", r"\bSFC\b"],
    "dev:hplc-035": [r"\bSFC\b", r"method development"],
    "dev:hplc-036": [r"ghost peak", r"inlet liner", r"\bliner\b"],
    "dev:hplc-037": [r"\bLOD\b", r"\bLOQ\b", r"signal-to-noise"],
    "dev:hplc-038": [r"\bESI\b", r"electrospray", r"clean\w* (the )?source"],
    "dev:hplc-039": [r"21\.2 ?mm", r"prep(arative)? HPLC"],
    "dev:hplc-040": [r"\bGPC\b", r"gel permeation", r"calibrat\w*.{0,40}molecular weight"],
    "dev:kf-028": [r"generator current", r"AQ-C30"],
    "dev:kf-029": [r"natural gas"],
    "dev:kf-030": [r"AQ-Comp", r"\bprice"],
    "dev:kf-031": [r"mercaptan", r"thiol.{0,40}(KF|Karl)"],
    "dev:kf-032": [r"\bUSP\b", r"<921>"],
    "dev:kf-033": [r"loss on drying", r"\bTGA\b"],
    "dev:lah-027": [r"epoxide.{0,60}(hydride|LiAlH4)", r"(hydride|LiAlH4).{0,60}epoxide"],
    "dev:lah-028": [r"Red-Al", r"Vitride"],
    "dev:lah-029": [r"azide"],
    "dev:lah-030": [r"\bBH3\b", r"borane"],
    "dev:lah-031": [r"No-D", r"titrat\w*.{0,40}LiAlH4"],
    "dev:lah-032": [r"alane", r"AlCl3", r"lactam"],
    "dev:li-031": [r"\bLDA\b", r"LiHMDS", r"titrat"],
    "dev:li-032": [r"halogen-lithium", r"residence time"],
    "dev:li-033": [r"transmetal", r"Negishi"],
    "dev:li-034": [r"LiTMP", r"\bTMP\b"],
    "dev:li-035": [r"MeLi", r"cuprate", r"Gilman"],
    "dev:li-036": [r"PhLi", r"dibutyl ether", r"shelf life"],
    "dev:pd-027": [r"\bPDE\b", r"platinum", r"Q3D"],
    "dev:pd-029": [r"ruthenium", r"\bppm\b.{0,40}\bRu\b"],
    "dev:pd-030": [r"SiliaMetS", r"regenerat", r"\breus(e|es|ed|ing)\b"],
    "dev:pd-031": [
        r"ICP-MS",
        r"\bPd\b.{0,40}isotope",
        r"isotope.{0,40}\bPd\b",
        r"palladium.{0,40}isotope",
    ],
    "dev:pd-032": [r"SiliaMetS", r"\bcost\b", r"\bprice"],
    "dev:recx-025": [r"resol\w* .{0,40}(racemic|amine)", r"chiral acid", r"diastereomeric salt"],
    "dev:recx-026": [r"single crystal", r"vapou?r diffusion", r"X-ray"],
    "dev:recx-027": [r"benzoic acid", r"solubility.{0,40}hot water"],
    "dev:recx-028": [r"sublim"],
    "dev:recx-029": [r"polymorph", r"XRPD", r"powder X-ray"],
    "dev:recx-030": [r"jacketed", r"cooling ramp", r"\b5 kg\b"],
    "dev:rot-027": [r"\bvane\b", r"pump oil", r"change the oil"],
    "dev:rot-029": [r"lyophil", r"freeze.dr", r"shelf temperature"],
    "dev:rot-030": [r"KVP", r"\bprice"],
    "dev:rot-031": [r"glycol", r"chiller", r"coolant"],
    "dev:rot-032": [r"peroxide", r"test strip"],
    "dev:schl-028": [r"regenerat", r"catalyst bed", r"glovebox.{0,60}\bppm\b"],
    "dev:schl-029": [r"benzophenone", r"sodium.{0,40}\bstill\b", r"\bstill\b.{0,40}sodium"],
    "dev:schl-030": [r"turbo pump", r"diffusion pump", r"base pressure"],
    "dev:schl-031": [r"Toepler", r"H2 uptake", r"hydrogen uptake"],
    "dev:schl-032": [r"argon 5\.0", r"\b[56]\.0 grade", r"argon.{0,20}grade"],
    "dev:schl-033": [r"trap-to-trap", r"vacuum transfer"],
    "dev:silyl-026": [r"\bMOM\b", r"methoxymethyl"],
    "dev:silyl-027": [r"\bPMB\b", r"\bDDQ\b"],
    "dev:silyl-028": [r"\bTBS\b", r"TBSCl", r"silylat\w* .{0,40}amine"],
    "dev:silyl-029": [r"TBDPS", r"\bTIPS", r"\bprice"],
    "dev:silyl-030": [r"29Si", r"\bSi NMR"],
    "dev:silyl-031": [r"silylene", r"di-tert-butylsilyl"],
    "dev:nabh4-026": [r"NaBH\(OAc\)3", r"\bSTAB\b", r"reductive amination"],
    "dev:nabh4-028": [r"\bCBS\b", r"oxazaborolidine"],
    "dev:nabh4-030": [r"NaBH4", r"benzophenone"],
    "dev:nabh4-031": [r"NaBH3CN", r"cyanoborohydride", r"buffer"],
    "dev:sono-028": [r"Sonogashira", r"alkyl bromide.{0,40}alkyne"],
    "dev:sono-029": [r"Cadiot", r"diyne"],
    "dev:sono-031": [r"Ohira", r"Bestmann", r"Corey.Fuchs"],
    "dev:sono-032": [r"micell", r"TPGS"],
    "dev:suz-027": [r"9-BBN", r"B-alkyl"],
    "dev:suz-028": [r"Chan.Lam", r"Cu\(OAc\)2"],
    "dev:suz-029": [r"Miyaura", r"B2pin2", r"ArBPin"],
    "dev:suz-030": [r"\bnickel\b", r"NiCl2", r"aryl mesylate"],
    "dev:suz-031": [r"atroposelective", r"axially chiral", r"biaryl"],
    "dev:suz-032": [r"microwave"],
    "dev:swern-024": [r"Swern"],
    "dev:swern-025": [r"Dess.Martin", r"periodinane", r"\bDMP\b"],
    "dev:swern-026": [r"Swern"],
    "dev:swern-027": [r"Pinnick", r"chlorite"],
    "dev:swern-028": [r"TPAP"],
    "dev:swern-029": [r"Swern", r"jacketed", r"\b5 kg\b"],
    "dev:wit-029": [r"Julia", r"Kocienski"],
    "dev:wit-030": [r"Peterson"],
    "dev:wit-031": [r"Takai", r"vinyl iodide"],
    "dev:wit-032": [r"McMurry", r"TiCl4"],
    "dev:wit-033": [r"\[2,3\]", r"Wittig"],
    "dev:wit-034": [r"TPPO", r"triphenylphosphine oxide"],
    # test
    "test:boc-026": [r"\bCbz\b", r"hydrogenolysis"],
    "test:boc-027": [r"Fmoc", r"piperidine"],
    "test:boc-028": [r"\bBoc\b", r"Boc2O"],
    "test:boc-029": [r"Boc-ON", r"Boc2O"],
    "test:boc-030": [r"\bTMSI\b", r"iodotrimethylsilane"],
    "test:boc-031": [r"Boc2O", r"\bBoc\b"],
    "test:grg-028": [r"Grignard", r"aryl fluoride"],
    "test:grg-029": [r"Kumada", r"ArMgBr"],
    "test:grg-030": [r"Rieke", r"\bmagnesium\b"],
    "test:grg-031": [r"Grignard", r"nitrile.{0,60}ketone"],
    "test:grg-032": [r"Grignard", r"\bCuI\b", r"1,4-addition"],
    "test:grg-033": [r"dioxane", r"Schlenk equilibrium"],
    "test:heck-029": [r"vinyltrifluoroborate", r"Suzuki"],
    "test:heck-030": [r"oxidative Heck", r"arylboronic"],
    "test:heck-031": [r"decarboxylative"],
    "test:heck-032": [r"\bHeck\b"],
    "test:heck-033": [r"\bHeck\b", r"residence time"],
    "test:heck-034": [r"Negishi", r"alkylzinc"],
    "test:mits-027": [r"Mitsunobu", r"menthol"],
    "test:mits-028": [r"Appel", r"CBr4"],
    "test:mits-029": [r"Staudinger", r"azide"],
    "test:mits-030": [r"Fukuyama", r"nosyl", r"thiophenol"],
    "test:mits-031": [r"Mitsunobu", r"\b10 kg\b"],
    "test:mits-032": [r"\bDIAD\b", r"\bDEAD\b", r"\bprice"],
    "test:spps-028": [r"\bHF\b", r"Boc/Bzl"],
    "test:spps-029": [r"disulfide", r"iodine.{0,40}oxidation"],
    "test:spps-030": [r"peptide", r"HPLC gradient"],
    "test:spps-031": [r"native chemical ligation", r"\bNCL\b"],
    "test:spps-032": [r"ivDde", r"hydrazine.{0,40}\bLys"],
    "test:spps-033": [r"thioester", r"\bresin\b"],
    "test:ra-026": [r"reductive amination"],
    "test:ra-027": [r"Hantzsch", r"chiral phosphoric"],
    "test:ra-028": [r"Leuckart", r"ammonium formate"],
    "test:ra-029": [r"reductive amination", r"ammonia source"],
    "test:ra-030": [r"\bIRED\b", r"NADPH"],
    "test:ra-031": [r"\bBoc\b"],
    # real
    "real:inventory-018": [r"barcode"],
    "real:inventory-019": [r"Quartzy", r"CAS number"],
    "real:inventory-020": [r"expir", r"inventory"],
    "real:inventory-021": [r"barcode", r"Quartzy"],
    "real:inventory-022": [r"Quartzy", r"export.{0,40}Excel"],
    "real:safety-036": [r"eyewash", r"rins\w* (your |the )?eyes?"],
    "real:safety-037": [r"security"],
    "real:safety-038": [r"defibrillator", r"\bAED\b"],
    "real:safety-039": [r"\bHF\b", r"calcium gluconate"],
    "real:safety-040": [r"fire extinguisher", r"sodium fire", r"class D"],
    "real:safety-041": [r"fire alarm"],
    "real:labresp-048": [r"(looks after|responsible for|in charge of).{0,40}(NMR|spectrometer)"],
    "real:labresp-049": [r"(looks after|responsible for|in charge of).{0,40}glovebox"],
    "real:labresp-050": [r"defrost", r"fridges? and freezers?"],
    "real:labresp-051": [r"base bath", r"acid bath", r"acid/base bath"],
    "real:labresp-052": [
        r"melting point apparatus",
        r"(looks after|responsible for).{0,40}melting",
    ],
    "real:labresp-053": [r"Biotage", r"accounts manager"],
    "real:lcms-059": [r"prep LC-?MS", r"flow rate.{0,40}prep"],
    "real:lcms-060": [r"prep column", r"column.{0,40}dimensions"],
    "real:lcms-061": [r"\bTFA\b.{0,60}formic", r"formic acid.{0,60}\bTFA\b", r"line A\b"],
    "real:lcms-062": [r"purge", r"solvent pump"],
    "real:lcms-063": [r"MyFinance", r"LC-?MS grade"],
    "real:lcms-064": [r"pressure error", r"pump stopped"],
    "real:lcms-065": [r"\btune\b", r"calibrat\w* (the )?mass spec"],
    # questions
    "questions:out003": [r"benzophenone", r"sodium.{0,40}\bTHF\b", r"dry\w* THF"],
    "questions:out004": [r"pH meter", r"calibrat\w* .{0,20}\bpH\b"],
    "questions:out006": [r"X-ray", r"grow\w* crystals"],
    "questions:out007": [r"\bshim"],
    "questions:out008": [r"banana", r"\bbread\b"],
    "questions:out009": [r"capital of France", r"\bParis\b"],
    "questions:out010": [r"Grignard"],
    "questions:out013": [r"\bBoc\b", r"\bTFA\b"],
    "questions:out015": [r"chiral HPLC", r"chiral column"],
    "questions:out016": [r"aspirin"],
    "questions:out018": [r"diazepam", r"aminobenzophenone"],
    "questions:out019": [r"lab(oratory)? notebook", r"\bnotebook"],
    "questions:out020": [r"catalyst bed", r"regenerat"],
    "questions:out021": [r"pKa"],
    "questions:out023": [r"ozonolysis", r"dimethyl sulfide", r"\bMe2S\b"],
    "questions:out024": [r"Fmoc", r"piperidine"],
    "questions:out026": [r"\bLDA\b", r"diisopropylamide"],
    "questions:out027": [r"Birch", r"lithium.{0,40}ammonia"],
    "questions:out029": [r"centrifug"],
    "questions:out030": [r"pandas", r"dataframe"],
    "questions:out031": [r"\bHeck\b"],
    "questions:do001": [r"Negishi"],
    "questions:do002": [r"Friedel"],
    "questions:do004": [r"buffer", r"pH 7\.4"],
    "questions:do005": [r"osmium", r"OsO4"],
    "questions:do007": [r"caffeine", r"melting point of"],
    "questions:do008": [r"Dean.Stark"],
    "questions:do009": [r"copper-free", r"azide-alkyne", r"SPAAC"],
    "questions:do010": [r"Grignard"],
    "questions:do011": [r"lipase", r"kinetic resolution"],
    "questions:do012": [r"weather", r"forecast"],
    "questions:nwo001": [r"\bBoc\b"],
    "questions:nwo004": [r"Sharpless", r"\bee\b.{0,40}epoxid"],
    "questions:nwo005": [r"Staudinger", r"azide"],
    "questions:nwo007": [r"prep(arative)? HPLC", r"peptide"],
    "questions:nwo008": [r"Grignard"],
    "questions:nwo009": [r"benzodiazepine", r"amino ketone"],
    "questions:nwo010": [r"dioxane", r"0\.5 M HCl"],
    "questions:nwo012": [r"metathesis", r"Grubbs"],
    "questions:nwo013": [
        r"gloves?.{0,60}(dichloromethane|CH2Cl2|DCM)",
        r"(dichloromethane|CH2Cl2|DCM).{0,60}gloves?",
        r"glove material",
    ],
    "questions:nwo014": [r"bump trap"],
    "questions:nwo015": [r"rotamer"],
    "questions:nwo016": [r"Curtius"],
    "questions:nwo018": [r"ozonolysis"],
    "questions:pbo002": [r"Diels"],
    "questions:pbo005": [r"ninhydrin", r"stain.{0,40}\bamines?\b", r"\bamines?\b.{0,40}stain"],
    "questions:pbo006": [r"M ?\+ ?23", r"sodium adduct", r"\[M\+Na\]"],
    "questions:pbo008": [r"Pd\(PPh3\)4", r"\bStille\b"],
    "questions:fxo044": [r"\bBoc\b"],
    "questions:fxo047": [
        r"broad (peak|signal)s?\b",
        r"(peak|signal)s? (are|is|look) broad",
        r"broaden",
    ],
    "questions:fxo048": [r"Mitsunobu"],
    "questions:fxo049": [r"\bHF\b", r"hydrofluoric"],
    "questions:fxo050": [r"ring expansion", r"azepane"],
    "questions:fxo051": [r"Grubbs"],
    "questions:fxo052": [r"diazomethane", r"Diazald"],
    "questions:fxo054": [r"boiling point of toluene", r"toluene.{0,20}110 ?°C"],
    "questions:sxo030": [r"HATU"],
    "questions:sxo031": [r"aldehyde starting material", r"diazepane"],
    "questions:sxo032": [r"chiral HPLC", r"diazepane"],
    "questions:sxo033": [r"LC-?MS column"],
    "questions:sxo034": [r"pKa", r"DIPEA"],
    "questions:sxo036": [r"scal\w* up.{0,40}column", r"column chromatography.{0,40}scale"],
    "questions:sxo037": [r"diazepane", r"conformer"],
    "questions:sxo038": [r"boiling point of toluene", r"toluene.{0,20}110 ?°C"],
    "questions:hxo039": [r"Grignard", r"aryl bromide.{0,40}magnesium"],
    "questions:hxo042": [
        r"NMR solvent",
        r"polar amine",
        r"\bamines?\b.{0,60}(DMSO-d6|D2O|CD3OD|CDCl3)",
        r"(DMSO-d6|D2O|CD3OD|CDCl3).{0,60}\bamines?\b",
    ],
    "questions:hxo043": [r"pKa", r"DIPEA"],
    "questions:hxo045": [r"Mitsunobu", r"hydrazine by-?product"],
    "questions:hxo047": [
        r"rotavap.{0,60}(DCM|CH2Cl2|dichloromethane)",
        r"bath temperature.{0,40}(DCM|CH2Cl2|dichloromethane)",
    ],
    "questions:hxo048": [r"\bNaH\b", r"sodium hydride"],
    "questions:hxo049": [r"ruthenium"],
    "questions:hxo050": [r"enamide", r"enantioselective hydrogenation"],
    "questions:kxo037": [r"melting point of", r"diazepane"],
    "questions:kxo039": [r"buffer", r"pH 7\b"],
    "questions:kxo040": [r"NMR tube", r"clean\w* (the |your )?(NMR )?tubes", r"tubes? clean"],
    "questions:kxo041": [r"DIPEA"],
    "questions:kxo042": [r"percent yield", r"% yield", r"calculat\w* .{0,20}yield"],
    "questions:kxo043": [r"ozonolysis", r"\bRCM\b"],
    "questions:kxo047": [r"microwave"],
    "questions:kxo048": [
        r"boiling point of (DCE|1,2-dichloroethane)",
        r"\bDCE\b.{0,30}8[34] ?°C",
        r"dichloroethane.{0,30}8[34] ?°C",
    ],
    "questions:mxo031": [r"Grignard"],
    "questions:mxo032": [
        r"run a TLC",
        r"TLC (chamber|tank)",
        r"spot\w* the (TLC )?plate",
        r"develop\w* the (TLC )?plate",
    ],
    "questions:mxo033": [r"\bSTAB\b", r"NaBH\(OAc\)3"],
    "questions:mxo034": [r"Fmoc"],
    "questions:mxo035": [
        r"DCM waste",
        r"dispos\w* .{0,20}(DCM|dichloromethane|CH2Cl2)",
        r"(DCM|dichloromethane|CH2Cl2).{0,30}(halogenated|chlorinated)",
    ],
    "questions:mxo037": [r"runaway"],
    "questions:mxo038": [r"reflux condenser", r"set up a condenser"],
    "questions:mxo039": [r"DIPEA"],
    # fresh2
    "fresh2:dep-034": [r"Alloc", r"phenylsilane"],
    "fresh2:dep-035": [r"Boc2O"],
    "fresh2:dep-036": [r"Teoc", r"TBAF"],
    "fresh2:dep-037": [r"Fmoc", r"20-mer"],
    "fresh2:dep-038": [r"H-Cube", r"\bCbz\b"],
    "fresh2:dep-039": [r"microwave", r"Fmoc-Cys", r"SPPS"],
    "fresh2:dep-040": [r"Troc", r"\bzinc\b"],
    "fresh2:gcms-036": [r"retention index", r"DB-5", r"naphthalene"],
    "fresh2:gcms-037": [r"turbo pump"],
    "fresh2:gcms-038": [r"headspace", r"equilibration"],
    "fresh2:gcms-039": [r"chiral GC", r"\bGC column"],
    "fresh2:gcms-040": [r"\bECD\b", r"electron capture", r"detection limit"],
    "fresh2:gcms-041": [r"\bmethane\b", r"chemical ionisation", r"reagent gas"],
    "fresh2:gcms-042": [r"gold (inlet )?seal", r"inlet seal"],
    "fresh2:grig-034": [r"Barbier"],
    "fresh2:grig-035": [r"Kumada", r"\bnickel\b"],
    "fresh2:grig-036": [r"methoxyphenylmagnesium", r"benzophenone"],
    "fresh2:grig-037": [r"Grignard", r"aryl fluoride"],
    "fresh2:grig-038": [r"\bCuI\b", r"cuprate"],
    "fresh2:grig-039": [r"benzylmagnesium"],
    "fresh2:grig-040": [r"TMPMgCl", r"magnesiation"],
    "fresh2:mcpba-034": [r"Shi epoxidation", r"stilbene"],
    "fresh2:mcpba-035": [r"Jacobsen"],
    "fresh2:mcpba-036": [r"limonene", r"m-?CPBA"],
    "fresh2:mcpba-037": [r"epoxide carbons", r"13C.{0,40}epoxide"],
    "fresh2:mcpba-038": [r"Ti\(OiPr\)4", r"\bDET\b", r"Sharpless"],
    "fresh2:mcpba-039": [r"Rubottom", r"silyl enol ether"],
    "fresh2:mcpba-040": [r"epoxide.{0,60}azide", r"azide.{0,60}epoxide", r"sodium azide"],
    "fresh2:mits-033": [r"Appel", r"CBr4"],
    "fresh2:mits-034": [r"Mitsunobu", r"cholesterol"],
    "fresh2:mits-035": [r"\bDIAD\b", r"\bprice"],
    "fresh2:mits-036": [r"Mitsunobu", r"residence time"],
    "fresh2:mits-037": [r"catalytic Mitsunobu", r"phosphine oxide catalyst"],
    "fresh2:mits-038": [r"triphenylphosphine oxide", r"TPPO"],
    "fresh2:mits-039": [r"\bDEAD\b", r"hydrazodicarboxylate"],
    "fresh2:ozo-034": [r"ozonolysis", r"1,2-diketone"],
    "fresh2:ozo-035": [r"Lemieux", r"OsO4", r"NaIO4"],
    "fresh2:ozo-036": [r"ozonolysis", r"residence time"],
    "fresh2:ozo-037": [r"ozonolysis", r"limonene"],
    "fresh2:ozo-038": [r"dielectric", r"ozone generator"],
    "fresh2:ozo-039": [r"NaIO4", r"periodate", r"diol cleavage"],
    "fresh2:ozo-040": [r"\bozone\b"],
    # fresh3
    "fresh3:birch-037": [r"Birch", r"sacrificial", r"magnesium anode"],
    "fresh3:birch-038": [r"Birch"],
    "fresh3:birch-039": [r"Birch", r"reductive alkylation"],
    "fresh3:birch-040": [r"SmI2", r"HMPA"],
    "fresh3:birch-041": [r"Birch", r"potassium instead"],
    "fresh3:birch-042": [r"naphthalenide", r"\btosyl\b.{0,40}remov", r"remov\w* .{0,20}\btosyl\b"],
    "fresh3:birch-043": [r"Birch", r"estradiol"],
    "fresh3:birch-044": [r"liquid ammonia", r"condensed.{0,30}ammonia"],
    "fresh3:dmp-040": [r"TPAP", r"Ley.Griffith"],
    "fresh3:dmp-041": [r"\bIBX\b", r"Dess.Martin", r"\bDMP\b"],
    "fresh3:dmp-042": [r"Pinnick", r"methyl-2-butene"],
    "fresh3:dmp-043": [r"AZADO", r"TEMPO"],
    "fresh3:dmp-044": [r"Oppenauer", r"aluminium isopropoxide"],
    "fresh3:dmp-045": [r"MnO2"],
    "fresh3:dmp-046": [r"Jones", r"chromium"],
    "fresh3:dmp-047": [r"iodobenzoic", r"recycl"],
    "fresh3:gbox-038": [r"O2 sensor", r"oxygen sensor", r"calibrat\w* .{0,30}sensor"],
    "fresh3:gbox-039": [r"glove port"],
    "fresh3:gbox-040": [r"window gasket", r"gasket"],
    "fresh3:gbox-041": [r"glove bag"],
    "fresh3:gbox-042": [r"argon.{0,40}per month", r"argon consumption"],
    "fresh3:gbox-043": [r"activated carbon", r"solvent trap"],
    "fresh3:gbox-044": [r"flash ?point rating", r"hotplate"],
    "fresh3:gbox-045": [r"lithium metal", r"nitrogen instead of argon"],
    "fresh3:heck-039": [r"BINAP", r"asymmetric.{0,20}Heck"],
    "fresh3:heck-040": [r"micell", r"TPGS"],
    "fresh3:heck-041": [r"oxidative Heck", r"reoxidant"],
    "fresh3:heck-042": [r"Matsuda", r"diazonium"],
    "fresh3:heck-043": [r"Herrmann", r"palladacycle"],
    "fresh3:heck-044": [r"\bHeck\b", r"\bnickel\b"],
    "fresh3:heck-045": [r"microwave"],
    "fresh3:heck-046": [r"decarboxylative"],
    "fresh3:nmr-040": [r"HMBC", r"\b15N\b"],
    "fresh3:nmr-041": [r"pulsecal", r"calibrat\w* .{0,30}(90|pulse)", r"pulse.{0,30}calibrat"],
    "fresh3:nmr-042": [r"\bVT\b", r"gas flow", r"(?<!\d)(-|−|minus )80 ?°C"],
    "fresh3:nmr-043": [r"\bcost\b", r"external users", r"\bprice"],
    "fresh3:nmr-044": [r"\bMAS\b", r"\brotor\b", r"solid-state"],
    "fresh3:nmr-045": [r"DOSY", r"diffusion coefficient"],
    "fresh3:nmr-046": [r"quaternary carbon", r"\b13C\b.{0,40}\bT1\b", r"\bT1\b.{0,40}\b13C\b"],
    "fresh3:nmr-047": [r"Shigemi"],
    "fresh3:ester-037": [r"Mukaiyama reagent", r"chloro-1-methylpyridinium"],
    "fresh3:ester-038": [r"Corey.Nicolaou", r"macrolacton", r"dipyridyl disulfide"],
    "fresh3:ester-039": [r"lipase", r"enzymatic esterification"],
    "fresh3:ester-040": [r"Otera", r"distannoxane"],
    "fresh3:ester-041": [r"pKa", r"DMAP.{0,40}conjugate acid"],
    "fresh3:ester-042": [r"boronic acid.{0,30}catal"],
    "fresh3:ester-043": [r"Steglich", r"cholesterol"],
    "fresh3:ester-044": [r"Wang resin", r"\bDIC\b"],
    # fresh4
    "fresh4:fc-040": [r"Vilsmeier", r"POCl3"],
    "fresh4:fc-041": [r"Wolff.Kishner", r"Clemmensen"],
    "fresh4:fc-042": [r"Friedel.Crafts alkylation", r"tert-butyl chloride", r"AlCl3"],
    "fresh4:fc-043": [r"zeolite", r"H-beta"],
    "fresh4:fc-044": [r"FeCl3", r"AlCl3"],
    "fresh4:fc-045": [r"ferrocene", r"phosphoric acid"],
    "fresh4:fc-046": [r"Houben", r"Hoesch"],
    "fresh4:negishi-039": [r"Rieke", r"naphthalenide"],
    "fresh4:negishi-040": [r"Reformatsky", r"bromoacetate"],
    "fresh4:negishi-041": [r"Simmons", r"Et2Zn", r"CH2I2"],
    "fresh4:negishi-042": [r"TMPZnCl", r"zincation"],
    "fresh4:negishi-043": [r"pybox", r"Negishi"],
    "fresh4:negishi-044": [r"organozinc", r"zinc column"],
    "fresh4:negishi-045": [r"diethylzinc", r"Et2Zn"],
    "fresh4:photoredox-041": [r"actinometr", r"ferrioxalate"],
    "fresh4:photoredox-042": [r"4CzIPN", r"carbazole"],
    "fresh4:photoredox-043": [r"Stern.?Volmer", r"quenching study"],
    "fresh4:photoredox-044": [r"triplet energ", r"thioxanthone"],
    "fresh4:photoredox-045": [r"electrophotocatal"],
    "fresh4:photoredox-046": [r"irradiance", r"mW/cm", r"Kessil", r"radiometer"],
    "fresh4:photoredox-047": [r"\bEDA\b", r"photocatalyst"],
    "fresh4:sharpless-044": [r"Jacobsen", r"salen", r"bleach.{0,40}\bpH\b"],
    "fresh4:sharpless-045": [r"Shi epoxidation", r"Oxone", r"fructose"],
    "fresh4:sharpless-046": [r"aminohydroxylation", r"chloramine-T"],
    "fresh4:sharpless-047": [r"DHQD", r"PHAL", r"recycl"],
    "fresh4:sharpless-048": [r"Julia.Colonna", r"poly-?leucine"],
    "fresh4:sharpless-049": [r"osmium", r"OsO4", r"EnCat"],
    "fresh4:sharpless-050": [r"dihydroxylation", r"\bAD\b.{0,30}diene"],
    "fresh4:tlc-044": [r"Dragendorff"],
    "fresh4:tlc-045": [r"prep TLC", r"scrape"],
    "fresh4:tlc-046": [r"Ehrlich"],
    "fresh4:tlc-047": [r"densitometr", r"scanning the plate", r"quantif\w* .{0,30}spots?"],
    "fresh4:tlc-048": [r"silver nitrate", r"AgNO3", r"E/Z alkenes"],
    "fresh4:tlc-049": [r"chiral TLC"],
    "fresh4:tlc-050": [r"phosphine oxide.{0,40}(stain|TLC)", r"stain.{0,40}phosphine"],
    "fresh4:distil-044": [r"steam distillation"],
    "fresh4:distil-045": [r"Dean.Stark"],
    "fresh4:distil-046": [r"spinning band", r"reflux ratio"],
    "fresh4:distil-047": [r"sublim", r"cold finger"],
    "fresh4:distil-048": [r"wiped.film", r"short path"],
    "fresh4:distil-049": [r"benzophenone", r"sodium.{0,40}\bstill\b"],
    "fresh4:distil-050": [r"theoretical plate", r"helices"],
    # fresh5
    "fresh5:acetal-034": [r"dithiane", r"HgCl2"],
    "fresh5:acetal-035": [r"\bTHP\b", r"\bDHP\b", r"PPTS"],
    "fresh5:acetal-036": [r"half-life", r"dimethyl acetal"],
    "fresh5:acetal-037": [r"\bMOM\b", r"TMSBr"],
    "fresh5:acetal-038": [r"bisulfite"],
    "fresh5:acetal-039": [r"ceric ammonium nitrate"],
    "fresh5:acetal-040": [r"oxazolidine", r"2,2-dimethoxypropane"],
    "fresh5:curtius-036": [r"Hofmann", r"\bPIDA\b"],
    "fresh5:curtius-037": [r"Lossen", r"hydroxamic"],
    "fresh5:curtius-038": [r"Schmidt", r"NaN3"],
    "fresh5:curtius-039": [r"TMSN3"],
    "fresh5:curtius-040": [r"Curtius"],
    "fresh5:curtius-041": [r"\bDPPA\b", r"diphenyl chlorophosphate"],
    "fresh5:curtius-042": [r"activation energy", r"benzoyl azide", r"half-life"],
    "fresh5:flow-036": [r"residence time distribution", r"tracer"],
    "fresh5:flow-037": [r"Reynolds", r"laminar"],
    "fresh5:flow-038": [r"tube-in-tube", r"\bCO2\b.{0,40}(gas reactor|pressure)"],
    "fresh5:flow-039": [r"temperature ramp", r"FR-2"],
    "fresh5:flow-040": [r"ReactIR", r"inline IR"],
    "fresh5:flow-041": [r"electrochemical flow", r"electrode gap"],
    "fresh5:flow-042": [r"seal kit", r"\bprice"],
    "fresh5:freeze-036": [r"lyophil", r"primary drying", r"annealing"],
    "fresh5:freeze-037": [r"speedvac", r"centrifugal evaporator", r"96-well"],
    "fresh5:freeze-038": [r"\bTg'", r"collapse temperature", r"trehalose"],
    "fresh5:freeze-039": [r"cryoprotect", r"mannitol", r"sucrose"],
    "fresh5:freeze-040": [r"spray drying", r"inlet temperature"],
    "fresh5:freeze-041": [r"refrigerant", r"condenser coil"],
    "fresh5:freeze-042": [r"RZ 6", r"\bprice"],
    "fresh5:stille-035": [r"carbonylative", r"\bStille\b"],
    "fresh5:stille-036": [r"Bu3SnH", r"Bu3SnCl"],
    "fresh5:stille-037": [r"Hiyama", r"aryl silane"],
    "fresh5:stille-038": [r"TTMSS", r"tributyltin", r"dehalogenation"],
    "fresh5:stille-039": [r"polycondensation", r"end-cap", r"\bStille\b"],
    "fresh5:stille-040": [r"\bStille\b", r"diazonium"],
    "fresh5:stille-041": [r"\bStille\b"],
    "fresh5:tmschn2-035": [r"diazomethane", r"Diazald"],
    "fresh5:tmschn2-036": [r"Arndt", r"silver benzoate", r"\bWolff\b"],
    "fresh5:tmschn2-037": [r"TMSCHN2", r"cyclopropanation"],
    "fresh5:tmschn2-038": [r"Colvin", r"TMS-diazomethane"],
    "fresh5:tmschn2-039": [r"TMSCHN2", r"methyl thioether"],
    "fresh5:tmschn2-040": [r"ring expansion", r"TMSCHN2"],
    "fresh5:tmschn2-041": [r"vapou?r pressure", r"TMSCHN2"],
    # fresh6
    "fresh6:appel-039": [r"\bPBr3\b"],
    "fresh6:appel-040": [r"Finkelstein", r"\bNaI\b.{0,40}acetone", r"acetone.{0,40}\bNaI\b"],
    "fresh6:appel-041": [r"Corey.Fuchs", r"dibromoolefin", r"CBr4"],
    "fresh6:appel-042": [r"TPPO", r"recycl"],
    "fresh6:appel-043": [r"Ph3PBr2"],
    "fresh6:appel-044": [r"HBr.{0,20}H2SO4", r"1-butanol"],
    "fresh6:appel-045": [r"polymer-bound", r"CBr4"],
    "fresh6:cu-036": [r"Chan.Lam", r"cyclopropylboronic"],
    "fresh6:cu-037": [r"Sandmeyer", r"CuBr\b"],
    "fresh6:cu-038": [r"trifluoromethylat", r"TMSCF3"],
    "fresh6:cu-039": [r"Ullmann", r"copper bronze"],
    "fresh6:cu-040": [r"B2pin2", r"borylation"],
    "fresh6:cu-041": [r"S-arylation", r"Chan.Lam"],
    "fresh6:cu-042": [r"\bppm\b.{0,40}(Cu\b|copper)", r"\bICH\b"],
    "fresh6:lip-037": [r"pig liver", r"esterase"],
    "fresh6:lip-038": [r"\bKRED\b", r"glucose dehydrogenase", r"NADPH"],
    "fresh6:lip-039": [r"transaminase", r"isopropylamine"],
    "fresh6:lip-040": [r"lipase", r"methoxyacetate"],
    "fresh6:lip-041": [r"chiral HPLC", r"\bOD-H\b", r"\bAD-H\b"],
    "fresh6:lip-042": [r"immobilis", r"lipase"],
    "fresh6:lip-043": [r"subtilisin"],
    "fresh6:mw-034": [r"microwave", r"cavity"],
    "fresh6:mw-035": [r"wattage", r"microwave"],
    "fresh6:mw-036": [r"multimode", r"microwave"],
    "fresh6:mw-037": [r"temperature sensor"],
    "fresh6:mw-038": [r"radiation leakage", r"microwave"],
    "fresh6:mw-039": [r"microwave", r"SPPS"],
    "fresh6:mw-040": [r"magnetron"],
    "fresh6:muk-034": [r"Mukaiyama.Michael", r"silyl ketene acetal"],
    "fresh6:muk-035": [r"\bEvans\b", r"oxazolidinone"],
    "fresh6:muk-036": [r"Mukaiyama hydration", r"Co\(acac\)2", r"PhSiH3"],
    "fresh6:muk-037": [r"Reformatsky", r"zinc dust"],
    "fresh6:muk-038": [r"TiCl4", r"titrat"],
    "fresh6:muk-039": [r"proline"],
    "fresh6:muk-040": [r"Paterson", r"Ipc2BCl"],
    "fresh6:xtal-041": [r"MiTeGen", r"mount\w* .{0,20}crystal"],
    "fresh6:xtal-042": [r"powder XRD", r"XRPD", r"polymorph"],
    "fresh6:xtal-043": [r"microED", r"Cu source"],
    "fresh6:xtal-044": [r"checkCIF", r"A alerts"],
    "fresh6:xtal-045": [r"agarose", r"gel crystallisation"],
    "fresh6:xtal-046": [r"CCDC", r"deposition"],
    "fresh6:xtal-047": [r"Hirshfeld", r"CrystalExplorer"],
    # fresh7
    "fresh7:cc-038": [r"Darzens", r"chloroacetate", r"glycidic"],
    "fresh7:cc-039": [r"Simmons", r"Et2Zn", r"CH2I2"],
    "fresh7:cc-040": [r"sulfoximine", r"Johnson.Corey"],
    "fresh7:cc-041": [r"trimethylsulfonium", r"phase transfer"],
    "fresh7:cc-042": [r"epoxide.{0,60}(NaN3|azide)", r"(NaN3|azide).{0,60}epoxide"],
    "fresh7:cc-043": [r"Meinwald", r"\bBF3\b"],
    "fresh7:cc-044": [r"Kirmse", r"sulfonium ylide"],
    "fresh7:sand-039": [r"Meerwein", r"arylation"],
    "fresh7:sand-040": [r"TMSCF3", r"CuSCN"],
    "fresh7:sand-041": [r"chlorosulfonylation", r"SO2.{0,20}CuCl2"],
    "fresh7:sand-042": [r"\bDSC\b", r"onset temperature"],
    "fresh7:sand-043": [r"Gomberg", r"Bachmann"],
    "fresh7:sand-044": [r"diazonium"],
    "fresh7:sand-045": [r"Japp", r"Klingemann"],
    "fresh7:ec-038": [r"Kolbe"],
    "fresh7:ec-039": [r"Nafion"],
    "fresh7:ec-040": [r"iR compensation", r"cyclic voltammetry"],
    "fresh7:ec-041": [r"electrochemical fluorination", r"Et3N.3HF"],
    "fresh7:ec-042": [r"boron-doped diamond", r"\bBDD\b"],
    "fresh7:ec-043": [r"alternating current", r"cross-electrophile"],
    "fresh7:ec-044": [r"electrochemical flow", r"interelectrode"],
    "fresh7:bor-040": [r"\bMIDA\b", r"Dean.Stark"],
    "fresh7:bor-041": [r"Oxone", r"ArBpin"],
    "fresh7:bor-042": [r"hydroboration", r"HBpin"],
    "fresh7:bor-043": [r"Matteson", r"homologation"],
    "fresh7:bor-044": [r"borylation", r"LiOtBu"],
    "fresh7:bor-045": [r"NaIO4", r"pinacol ester"],
    "fresh7:bor-046": [r"micell", r"TPGS"],
    "fresh7:pol-040": [r"circular dichroism", r"absolute configuration"],
    "fresh7:pol-041": [r"molar rotation", r"specific rotation"],
    "fresh7:pol-042": [r"sucrose", r"polarimeter"],
    "fresh7:pol-043": [r"specific rotation", r"phenylethanol"],
    "fresh7:pol-044": [r"specific rotation", r"neat liquid"],
    "fresh7:pol-045": [r"\bORD\b", r"Cotton effect"],
    "fresh7:pol-046": [r"quartz plate", r"temperature coefficient"],
    "fresh7:sps-040": [r"benzophenone", r"sodium.{0,40}\bstill\b"],
    "fresh7:sps-041": [r"ketyl", r"benzophenone"],
    "fresh7:sps-042": [r"resistivity", r"Milli-Q"],
    "fresh7:sps-043": [r"oxygen sensor", r"O2 sensor", r"\bppm\b.{0,30}oxygen"],
    "fresh7:sps-044": [r"Pirani"],
    "fresh7:sps-045": [r"activated alumina", r"repack"],
    "fresh7:sps-046": [r"Sure/Seal", r"anhydrous DMF"],
}
LAY_EXTRA: dict[str, list[str]] = {}
# Rows of evals/lay whose grep term is a word that a fresh12 guide has to use without answering
# the question; for these the probes below replace the oos_terms.json terms.
LAY_OVERRIDE: dict[str, list[str]] = {
    # "nickel-catalysed Suzuki on an aryl mesylate - what ligand?" (oos_terms: mesylate,
    # nickel): the form is about alkyl mesylates and never mentions Suzuki couplings or nickel
    "lay:suzuki-lay-11": [r"\bnickel\b", r"Suzuki", r"aryl mesylate"],
}


class _Units(HTMLParser):
    """Text runs between block boundaries (non-inline tags and <br>)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.visible: list[str] = []
        self._buf: list[str] = []
        self._skip = 0
        self._lines = 0

    def _flush(self):
        text = " ".join("".join(self._buf).split())
        if text:
            self.units.append(text)
        self._buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")
        if tag in SPLIT_LINES:
            self._lines += 1

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip -= 1
        if tag in SPLIT_LINES:
            self._lines -= 1
        if tag not in INLINE:
            self._flush()
            self.visible.append(" ")

    def handle_data(self, data):
        if self._skip:
            if self.lasttag == "title":
                self._buf.append(data)
            return
        self.visible.append(data)
        if self._lines:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._flush()
                self._buf.append(part)
        else:
            self._buf.append(data)


def _html_units(raw: str) -> tuple[list[str], str]:
    parser = _Units()
    parser.feed(raw)
    parser.close()
    parser._flush()
    visible = " ".join(html.unescape("".join(parser.visible)).split())
    return parser.units, visible


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------------------- the digest


def _leaf_parts(data: bytes) -> list:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return [p for p in msg.walk() if not p.is_multipart() and
            p.get_content_type() != "message/rfc822"]


def eml_plain_texts(data: bytes) -> list[str]:
    """Decoded text/plain parts (attachments included), in order."""
    return [p.get_content() for p in _leaf_parts(data) if p.get_content_type() == "text/plain"]


def _check_digest(path: Path, data: bytes, failures: list[str]) -> None:
    if b"\r" in data:
        failures.append(f"{path.name}: expected LF line ends only")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    parts = list(msg.iter_parts()) if msg.is_multipart() else []
    kinds = [p.get_content_type() for p in parts]
    if msg.get_content_type() != "multipart/mixed" or kinds != ["text/plain", "multipart/digest",
                                                                "text/plain"]:
        failures.append(f"{path.name}: expected multipart/mixed(text/plain, multipart/digest, "
                        f"text/plain), got {msg.get_content_type()} {kinds}")
        return
    posts = list(parts[1].iter_parts())
    if len(posts) < 7 or any(p.get_content_type() != "message/rfc822" for p in posts):
        failures.append(f"{path.name}: the digest must hold at least 7 message/rfc822 parts")
    leaves = _leaf_parts(data)
    flowed = any(p.get_param("format") == "flowed" for p in leaves)
    cte = {str(p.get("Content-Transfer-Encoding", "")).lower() for p in leaves
           if p.get_content_type() == "text/plain"}
    attach = any(p.get_content_disposition() == "attachment" for p in leaves)
    if not (flowed and "base64" in cte and "quoted-printable" in cte and attach):
        failures.append(f"{path.name}: expected a format=flowed part, base64 and quoted-printable "
                        "text parts and a text attachment")


# ---------------------------------------------------------------------------- the transcript


def vtt_units(text: str, failures: list[str] | None = None, name: str = "") -> list[str]:
    blocks = text.split("\n\n")
    if not blocks or blocks[0].strip() != "WEBVTT":
        if failures is not None:
            failures.append(f"{name}: no WEBVTT header")
        return []
    units: list[str] = []
    ids: set[str] = set()
    last = -1.0
    for block in blocks[1:]:
        lines = [ln for ln in block.split("\n") if ln]
        if not lines:
            continue
        if lines[0] == "NOTE":
            units += [ln for ln in lines[1:] if ln.strip()]
            continue
        if len(lines) < 3 or not VTT_TIMING.match(lines[1]):
            if failures is not None:
                failures.append(f"{name}: malformed cue {lines[:2]!r}")
            continue
        cid = lines[0]
        if cid in ids and failures is not None:
            failures.append(f"{name}: duplicate cue id {cid}")
        ids.add(cid)
        g = [int(x) for x in VTT_TIMING.match(lines[1]).groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        if failures is not None and (end <= start or start < last):
            failures.append(f"{name}: bad timing in cue {cid}")
        last = start
        body = " ".join(lines[2:])
        if not re.match(r"<v [^>]+>", body) and failures is not None:
            failures.append(f"{name}: cue {cid} has no voice tag")
        units.append(_norm(re.sub(r"</?v[^>]*>", "", body)))
    return units


# ---------------------------------------------------------------------------- the form


def form_field_values(path: Path) -> list[tuple[str, str]]:
    """(field name, value) for every AcroForm field with a text or choice value."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    out: list[tuple[str, str]] = []
    with pdfplumber.open(str(path)) as pdf:
        form = resolve1(pdf.doc.catalog.get("AcroForm"))
        for ref in resolve1(form["Fields"]) if form else []:
            d = resolve1(ref)
            name = decode_text(resolve1(d.get("T")))
            v = resolve1(d.get("V"))
            if isinstance(v, bytes):
                out.append((name, decode_text(v)))
            elif isinstance(v, PSLiteral):
                out.append((name, v.name if isinstance(v.name, str) else v.name.decode()))
    return out


def form_tooltips(path: Path) -> list[str]:
    import pdfplumber
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    with pdfplumber.open(str(path)) as pdf:
        form = resolve1(pdf.doc.catalog.get("AcroForm"))
        if not form:
            return []
        return [decode_text(resolve1(resolve1(r).get("TU"))) for r in resolve1(form["Fields"])
                if resolve1(r).get("TU")]


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


# ---------------------------------------------------------------------------- the docx


def _own_text(p) -> str:
    """Text of one w:p without the text of paragraphs nested in it (w:delText left out)."""
    parts: list[str] = []
    for el in p.iter(W + "t", W + "tab", W + "br", W + "noBreakHyphen"):
        anc = el.getparent()
        while anc is not None and anc.tag != W + "p":
            anc = anc.getparent()
        if anc is not p:
            continue
        if el.tag == W + "t":
            parts.append(el.text or "")
        elif el.tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")
    return _norm("".join(parts))


def docx_units_lxml(path: Path) -> list[str]:
    from lxml import etree

    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"word/(document|comments|header\d*|footer\d*|footnotes|endnotes)"
                            r"\.xml", name):
                root = etree.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    text = _own_text(p)
                    if text:
                        units.append(text)
    return units


def python_docx_texts(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [_norm(p) for p in parts if p.strip()]


def docx_all_text(path: Path) -> str:
    """Every text of every XML part (deleted suggestions and comments included)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8", "replace")
                x = re.sub(r"</w:p>", "\n", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


# ---------------------------------------------------------------------------- guides


def guide_units(gen, failures: list[str]) -> dict[str, tuple[list[str], str, str]]:
    """stem -> (text units, whole visible text, kind)."""
    out: dict[str, tuple[list[str], str, str]] = {}
    for path in sorted(GUIDES.iterdir()):
        stem = path.stem
        if path.suffix == ".eml":
            if stem not in gen.EML_STEMS:
                failures.append(f"{path.name}: unexpected .eml guide")
                continue
            data = path.read_bytes()
            _check_digest(path, data, failures)
            texts = eml_plain_texts(data)
            units = [ln.rstrip() for t in texts for ln in t.split("\n") if ln.strip()]
            out[stem] = (units, "\n".join(texts), ".eml")
        elif path.suffix == ".html":
            if stem not in gen.WAYBACK_STEMS:
                failures.append(f"{path.name}: unexpected .html guide")
                continue
            data = path.read_bytes()
            raw = data.decode("cp1252")
            if "charset=iso-8859-1" not in raw or not any(0x80 <= b < 0xA0 for b in data):
                failures.append(f"{path.name}: expected an iso-8859-1 declaration and C1 bytes")
            if "BEGIN WAYBACK TOOLBAR INSERT" not in raw or "FILE ARCHIVED ON" not in raw:
                failures.append(f"{path.name}: Wayback toolbar or archive comment missing")
            units, visible = _html_units(raw)
            out[stem] = (units, visible, ".html")
        elif path.suffix == ".txt":
            if stem not in gen.VTT_STEMS:
                failures.append(f"{path.name}: unexpected .txt guide")
                continue
            units = vtt_units(path.read_text(encoding="utf-8"), failures, path.name)
            out[stem] = (units, "\n".join(units), ".txt")
    for stem, units in gen.visible_strings().items():
        out[stem] = (units, "\n".join(units), gen.SUFFIXES[stem])
    return out


def fresh12_full_text(path: Path) -> str:
    """Everything a reader could get out of a fresh12 guide."""
    suf = path.suffix
    data = path.read_bytes()
    if suf == ".eml":
        texts = []
        for part in _leaf_parts(data):
            t = part.get_content()
            if isinstance(t, bytes):
                continue
            if part.get_content_type() == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            texts.append(t)
        return "\n".join(texts)
    if suf == ".html":
        t = data.decode("cp1252")
        t = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", t)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    if suf == ".docx":
        return docx_all_text(path)
    if suf == ".pdf":
        parts = pdf_pages(path)
        parts += [v.replace("\r", "\n") for _, v in form_field_values(path)]
        parts += form_tooltips(path)
        return "\n".join(parts)
    return re.sub(r"</?v[^>]*>", "", data.decode("utf-8"))


def all_project_guides() -> list[Path]:
    dirs = [ROOT / "corpus", ROOT / "tests" / "fixtures" / "gallery"]
    dirs += sorted(p for p in (ROOT / "evals").glob("*/guides") if p.is_dir())
    shared = ROOT.parent / "shared" / "real-guides"
    if shared.is_dir():
        dirs.append(shared)
    files = []
    for d in dirs:
        if d.is_dir():
            files += [p for p in sorted(d.iterdir()) if p.suffix.lower() in GUIDE_SUFFIXES]
    return files


def lay_probes() -> dict[str, list[str]]:
    """evals/lay: its oos_terms.json, matched as evals/lay/check_lay_anchors.py does."""
    terms = json.loads((ROOT / "evals" / "lay" / "oos_terms.json").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for qid, ts in terms.items():
        out[f"lay:{qid}"] = [r"(?<![a-z0-9])" + re.escape(" ".join(t.split()).lower())
                             + r"(?![a-z0-9])" for t in ts]
    for key, pats in LAY_EXTRA.items():
        out.setdefault(key, []).extend(pats)
    out.update(LAY_OVERRIDE)
    return out


def earlier_out_rows() -> dict[str, list[str]]:
    """set name -> ids of the out-of-scope rows of the sets without probes of their own."""
    sets = [("dev", "dev/*.jsonl"), ("lay", "lay/*.jsonl"), ("test", "test/*.jsonl"),
            ("real", "real/*.jsonl"), ("questions", "questions.jsonl")]
    sets += [(f"fresh{n}", f"fresh{n}/*.jsonl") for n in range(2, 8)]
    out: dict[str, list[str]] = {}
    for name, pattern in sets:
        for f in sorted((ROOT / "evals").glob(pattern)):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    q = json.loads(line)
                    if q.get("scope") == "out":
                        out.setdefault(name, []).append(q["id"])
    return out


def _markup_for(kind: str) -> tuple[str, ...]:
    return {".html": HTML_MARKUP, ".eml": EML_MARKUP, ".txt": VTT_MARKUP}.get(kind, ())


def main() -> int:  # noqa: C901 - one long check, as in the earlier parts
    gen = _load("make_fresh12_guides", HERE / "make_fresh12_guides.py")
    v11 = _load("verify_fresh11_anchors", ROOT / "evals" / "fresh11" / "verify_fresh11_anchors.py")
    v10 = _load("verify_fresh10_anchors", ROOT / "evals" / "fresh10" / "verify_fresh10_anchors.py")
    v9 = _load("verify_fresh9_anchors", ROOT / "evals" / "fresh9" / "verify_fresh9_anchors.py")
    v8 = _load("verify_fresh8_anchors", ROOT / "evals" / "fresh8" / "verify_fresh8_anchors.py")
    failures: list[str] = []
    notes: list[str] = []
    units = guide_units(gen, failures)
    # re-read the built binaries
    lxml_units: dict[str, list[str]] = {}
    pydocx: dict[str, list[str]] = {}
    pages: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    for path in sorted(GUIDES.glob("*.docx")):
        lxml_units[path.stem] = docx_units_lxml(path)
        pydocx[path.stem] = python_docx_texts(path)
    for path in sorted(GUIDES.glob("*.pdf")):
        pages[path.stem] = [_norm(t) for t in pdf_pages(path)]
        if path.stem in gen.FORM_STEMS:
            values[path.stem] = [_norm(ln) for _, v in form_field_values(path)
                                 for ln in v.split("\r")]
    for stem, (_, whole, kind) in sorted(units.items()):
        n_words = len(whole.split())
        print(f"guide {stem} ({kind}): {n_words} words")
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            failures.append(f"guide {stem}: {n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not (HERE / f"{stem}.jsonl").exists():
            failures.append(f"guide {stem} has no question file")
    total_in = total_out = 0
    all_asks: collections.Counter = collections.Counter()
    all_ids: set[str] = set()
    out_rows: list[tuple[str, str]] = []
    n_lead_keys = 0
    form_only: dict[str, int] = {}
    for qfile in sorted(HERE.glob("*.jsonl")):
        stem = qfile.stem
        if stem not in units:
            failures.append(f"{qfile.name}: no guide with stem {stem}")
            continue
        unit_list, whole, kind = units[stem]
        markup = _markup_for(kind)
        n_in = n_out = 0
        asks: collections.Counter = collections.Counter()
        for line_no, line in enumerate(qfile.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                failures.append(f"{qfile.name}:{line_no}: blank line")
                continue
            q = json.loads(line)
            where = f"{qfile.name}:{line_no} {q.get('id')}"
            if list(q) != FIELDS:
                failures.append(f"{where}: fields {list(q)}")
                continue
            if q["id"] in all_ids:
                failures.append(f"{where}: duplicate id")
            all_ids.add(q["id"])
            if q["split"] != SPLIT or q["ask"] not in ASKS or q["scope"] not in ("in", "out"):
                failures.append(f"{where}: split/scope/ask {q['split']}/{q['scope']}/{q['ask']}")
            if not q["question"].strip():
                failures.append(f"{where}: empty question")
            if q["scope"] == "out":
                n_out += 1
                if q["gold"] or q["key"] or q["lead"]:
                    failures.append(f"{where}: out-of-scope with gold/key/lead")
                if not OUT_PROBES.get(q["id"]):
                    failures.append(f"{where}: out-of-scope row without probes")
                out_rows.append((where, q["id"]))
                continue
            if n_out:
                failures.append(f"{where}: in-scope row after an out-of-scope row")
            n_in += 1
            asks[q["ask"]] += 1
            if len(q["gold"]) != 1 or q["gold"][0].get("guide") != stem or \
                    list(q["gold"][0]) != ["guide", "anchor"]:
                failures.append(f"{where}: gold must be one entry for guide {stem}")
                continue
            if not q["key"] or not q["lead"]:
                failures.append(f"{where}: in-scope row without key or lead")
            anchor = q["gold"][0]["anchor"]
            if not 20 <= len(anchor) <= 80:
                failures.append(f"{where}: anchor length {len(anchor)}")
            if anchor != anchor.strip() or "  " in anchor:
                failures.append(f"{where}: anchor with outer or double spaces: {anchor!r}")
            holders = [u for u in unit_list if anchor in u]
            if not holders:
                failures.append(f"{where}: anchor not inside one text unit: {anchor!r}")
            else:
                n = whole.count(anchor)
                if n != 1:
                    failures.append(f"{where}: anchor occurs {n} times in the guide: {anchor!r}")
            for s in [anchor] + q["key"] + [q["lead"]]:
                if "\t" in s or "\n" in s:
                    failures.append(f"{where}: tab or line break inside {s!r}")
                for m in markup:
                    if m in s:
                        failures.append(f"{where}: {kind} markup {m!r} inside {s!r}")
                if kind == ".eml" and s.startswith(">"):
                    failures.append(f"{where}: quoted line {s!r}")
            for k in q["key"] + [q["lead"]]:
                if not k or k not in whole:
                    failures.append(f"{where}: key/lead not in guide: {k!r}")
                elif not any(k in u for u in unit_list):
                    failures.append(f"{where}: key/lead spans text units: {k!r}")
            if q["lead"] in q["key"] and not any(q["lead"] in u for u in holders):
                n_lead_keys += 1
            if holders and q["lead"] not in q["key"] and not any(q["lead"] in u for u in holders):
                notes.append(f"{where}: lead is neither a key nor in the anchor's own unit")
            only_value: list[str] = []
            for s in dict.fromkeys([anchor] + q["key"] + [q["lead"]]):
                ns = _norm(s)
                if stem in lxml_units and not any(ns in t for t in lxml_units[stem]):
                    failures.append(f"{where}: not inside one w:p of the built .docx: {s!r}")
                if stem in pydocx and not any(ns in t for t in pydocx[stem]):
                    notes.append(f"{where}: python-docx misses it (comment or suggestion): {s!r}")
                if stem in values:
                    in_page = any(ns in t for t in pages[stem])
                    in_value = any(ns in t for t in values[stem])
                    if not in_page and not in_value:
                        failures.append(f"{where}: neither in a page text nor in a field value "
                                        f"of the built form: {s!r}")
                    elif not in_page:
                        only_value.append(s)
                elif stem in pages and not any(ns in t for t in pages[stem]):
                    notes.append(f"{where}: not found in the extracted page text: {s!r}")
            if only_value:
                form_only[stem] = form_only.get(stem, 0) + 1
                if anchor not in only_value:
                    notes.append(f"{where}: anchor printed on the page, but key/lead only in a "
                                 f"field value: {only_value!r}")
        if stem in form_only:
            notes.append(f"{qfile.name}: {form_only[stem]} rows have their anchor, key or lead "
                         "only in AcroForm field values (pdfplumber's page text shows none of "
                         "them)")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(asks.items()))
        print(f"{qfile.name}: {n_in} in-scope, {n_out} out-of-scope ({kinds})")
        all_asks.update(asks)
        total_in += n_in
        total_out += n_out
        if not MIN_IN <= n_in <= MAX_IN or n_out < MIN_OUT:
            failures.append(f"{qfile.name}: question counts ({n_in} in, {n_out} out)")
    print(f"total: {total_in} in-scope, {total_out} out-of-scope ("
          + ", ".join(f"{k} {v}" for k, v in all_asks.most_common()) + ")")
    print(f"rows whose lead is listed as a key because it is outside the anchor's unit: "
          f"{n_lead_keys}")
    # out-of-scope probes against every guide of the project
    texts: dict[str, str] = {}
    for p in all_project_guides():
        name = str(p.relative_to(ROOT.parent))
        if p.parent == GUIDES:
            texts[name] = fresh12_full_text(p)
        else:
            texts[name] = v11.guide_text_any(v9, p)
    print(f"out-of-scope probes checked against {len(texts)} guide files")
    for where, qid in out_rows:
        for pat in OUT_PROBES.get(qid, []):
            rx = re.compile(pat, re.I)
            hits = [name for name, t in texts.items() if rx.search(t)]
            if hits:
                failures.append(f"{where}: probe {pat!r} found in {', '.join(hits)}")
    # earlier out-of-scope questions must stay unanswerable
    mine = {name: t for name, t in texts.items() if "/evals/fresh12/" in f"/{name}"}
    for stem, (_, whole, _) in units.items():
        mine[f"{stem} (units)"] = whole
    for name in list(mine):
        mine[f"{name} (NFKC)"] = unicodedata.normalize("NFKC", mine[name])
    earlier = dict(EARLIER_PROBES)
    earlier.update(lay_probes())
    rows = earlier_out_rows()
    missing = [f"{s}:{i}" for s, ids in rows.items() for i in ids if not earlier.get(f"{s}:{i}")]
    if missing:
        failures.append(f"EARLIER_PROBES lacks {len(missing)} earlier out-of-scope rows: "
                        + ", ".join(missing))
    stale = sorted(set(EARLIER_PROBES) - {f"{s}:{i}" for s, ids in rows.items() for i in ids})
    if stale:
        failures.append(f"EARLIER_PROBES names rows that do not exist: {', '.join(stale)}")
    for n, mod in ((8, v8), (9, v9), (10, v10), (11, v11)):
        for f in sorted((ROOT / "evals" / f"fresh{n}").glob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                q = json.loads(line) if line.strip() else {}
                if q.get("scope") == "out" and not mod.OUT_PROBES.get(q["id"]):
                    failures.append(f"fresh{n} {q['id']}: no probes in its verifier")
    checks = [(f"fresh{n} {qid}", pat) for n, mod in ((8, v8), (9, v9), (10, v10), (11, v11))
              for qid, pats in sorted(mod.OUT_PROBES.items()) for pat in pats]
    checks += [("fresh9 earlier term", t) for t in v9.EARLIER_OUT_TERMS]
    checks += [("fresh10 extra term", t) for t in v10.EXTRA_OUT_TERMS]
    checks += [("fresh11 extra term", t) for t in v11.EXTRA_OUT_TERMS]
    checks += [(key, pat) for key, pats in sorted(earlier.items()) for pat in pats]
    for label, pat in checks:
        rx = re.compile(pat, re.I)
        for name, t in mine.items():
            m = rx.search(t)
            if m:
                failures.append(f"{name}: matches {label} probe {pat!r} ({m.group(0)!r})")
    n_rows = sum(len(ids) for ids in rows.values())
    print(f"{len(checks)} earlier out-of-scope probes/terms ({n_rows} rows without probes of "
          "their own covered here) checked against the fresh12 guides")
    for n in notes:
        print("note:", n)
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
