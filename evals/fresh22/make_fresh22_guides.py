# ruff: noqa: E501 - long literal text
"""Generate the three guides of the fresh22 held-out part deterministically.

Usage (from the repository root, with the project venv):
    PYTHONDONTWRITEBYTECODE=1 .venv/bin/python evals/fresh22/make_fresh22_guides.py

Writes:
    evals/fresh22/guides/reimer-tiemann-github-wiki.md
        a GITHUB WIKI PAGE (GitHub-flavoured Markdown as stored in the wiki's git repository):
        an HTML comment with the wiki path, a breadcrumb of [[wiki links]], a hand-made table
        of contents of #anchor links (nested), GitHub alert blockquotes ([!NOTE], [!TIP],
        [!WARNING]), a task list ("- [ ]" / "- [x]") as the check-first list, a numbered
        procedure that continues (9.-14.) after a sub-heading, a fenced ```text block, two
        pipe tables, troubleshooting entries as HTML <details>/<summary> blocks (the summary
        keeps its typed number, the body is Markdown with bold "Cause:"/"Fix:"), a related-pages
        list of wiki links and a trailing TODO comment.
    evals/fresh22/guides/nitrogen-blowdown-evaporator-readme-keyvalue.txt
        a SHARED-DRIVE README.txt kept by an instrument's responsible person (CRLF, Windows
        path): an underlined title, INI-like [INSTRUMENT] and [CONTACTS] blocks of aligned
        "Key:   value" lines, "---- n. TITLE ----" section rules, unwrapped paragraphs (one
        paragraph = one long line), "*" bullets, a space-aligned table, and a troubleshooting
        LOG of dated entries with initials, "Q:" and "A:" lines and a "==>" fix line, newest
        first; a change list and a TODO line.
    evals/fresh22/guides/diazo-transfer-word-faq-two-column.docx
        a WORD FAQ (python-docx, Word core and app properties) written with custom paragraph
        styles "FAQ Question" and "FAQ Answer" whose "Q." and "A." are typed, a continuous
        section break into a TWO-COLUMN section for the troubleshooting FAQ and back to one
        column for safety, built-in "List Number" steps (auto-numbered: the numbers are not in
        the text) and "List Bullet" items, two ruled tables, a one-cell shaded call-out table,
        a header and a footer with PAGE / NUMPAGES fields.

Re-running gives byte-identical files (fixed zip member dates and core properties).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "guides"
ZIP_DATE = (2026, 3, 12, 16, 42, 0)

RT_MD = '''<!-- Wiki: synthesis-group/lab-wiki · page: Reimer-Tiemann-formylation · edit via the web UI or clone lab-wiki.wiki.git -->
[[Home]] › [[Reactions A–Z|Reactions-A-Z]] › Reimer–Tiemann formylation

# Reimer–Tiemann formylation of phenols

> [!NOTE]
> Maintained by the Hughes group. Last reviewed after the 2026 spring practical. Questions go to the #synthesis channel, not to the page comments (the wiki has none).

**Contents**

- [Principle](#principle)
- [Before you start (check-first)](#before-you-start-check-first)
- [Standard procedure (50 mmol phenol)](#standard-procedure-50-mmol-phenol)
  - [Work-up and steam distillation](#work-up-and-steam-distillation)
- [Substrate table](#substrate-table)
- [Troubleshooting](#troubleshooting)
- [Safety](#safety)
- [Related pages](#related-pages)

## Principle

The Reimer–Tiemann reaction puts a formyl group ortho to the OH of a phenol. Chloroform is deprotonated by concentrated aqueous hydroxide to the trichloromethyl anion, which loses chloride to give dichlorocarbene (:CCl2), an electron-poor carbene. The phenoxide ion attacks the carbene through the ring carbon ortho to the oxygen, and the dichloromethyl group that results is hydrolysed by the base to the aldehyde. Two chloride ions are lost on the way, so each formyl group costs three equivalents of hydroxide on top of the one that makes the phenoxide.

Why ortho? The sodium ion stays paired with the phenoxide oxygen and holds the incoming carbene close to the neighbouring carbon. Anything that separates the ion pair (crown ethers, lots of quaternary ammonium salt, very dilute base) gives more of the para aldehyde.

The reaction is biphasic: the chloroform is a separate lower layer and the carbene forms at the interface. Stirring therefore matters more than almost anything else. Dichlorocarbene is also hydrolysed by water to formate and carbon monoxide, so part of the chloroform is always wasted, and typical yields are modest (30–50 %).

- Ortho product and para product are separated easily afterwards:
  - salicylaldehyde has an intramolecular hydrogen bond and distils with steam;
  - 4-hydroxybenzaldehyde is hydrogen-bonded to its neighbours and stays in the pot.
- Phenol itself is also volatile with steam, so the steam distillate is a mixture of salicylaldehyde and unreacted phenol.

## Before you start (check-first)

- [ ] Overhead (mechanical) stirrer fitted; a magnetic bar stalls once the sodium salts thicken.
- [ ] Thermometer in the liquid, not only on the hot plate: the reaction is run at 60–65 °C inside the flask.
- [ ] Efficient reflux condenser with cold water flowing; chloroform boils at 61 °C.
- [ ] Ice bath within reach for the first minutes of the chloroform addition.
- [ ] Steam-distillation set-up free for the afternoon (see [[Steam distillation]]).
- [ ] No acetone anywhere near the flask: chloroform and acetone with strong base can react violently.
- [x] Phenol melted or weighed as crystals in the hood (done by the prep tech on Mondays).

## Standard procedure (50 mmol phenol)

Scale used in the practical; the numbers were checked against the 2025 notebooks.

1. Fit a 250 mL three-neck flask with an overhead stirrer, a reflux condenser, a thermometer reaching into the liquid and a pressure-equalising dropping funnel.
2. Dissolve 15.0 g of NaOH pellets (375 mmol, 7.5 equiv) in 15 mL of water in the flask. The solution gets hot; let it cool to about 60 °C.
3. Add 4.71 g of phenol (50.0 mmol). The sodium phenoxide may partly crystallise; that is normal.
4. Bring the internal temperature to 60–65 °C with a water bath and stir vigorously.
5. Place 8.1 mL of chloroform (11.9 g, 100 mmol, 2.0 equiv) in the dropping funnel. Add about 1 mL and wait for the start of the reaction: the mixture darkens to orange-red and begins to reflux gently.
6. Add the rest of the chloroform over 30 min, keeping the internal temperature at 60–65 °C. Lower the bath or cool briefly with ice if the reflux becomes vigorous.
7. Stir for a further 1 h at 65 °C. The mixture becomes a thick red-brown paste.
8. Change the condenser for distillation and distil off the excess chloroform (bath 80 °C) into a receiver cooled in ice.

### Work-up and steam distillation

9. Cool the flask to room temperature and dilute with 50 mL of water.
10. Acidify carefully with 2 M H2SO4 (about 80–95 mL) until the mixture is at pH 2–3 on indicator paper. An oil separates.
11. Steam-distil until the distillate runs clear and no more oily drops come over; this takes 150–200 mL of distillate.
12. Saturate the distillate with NaCl, extract with dichloromethane (3 × 30 mL), dry over MgSO4 and evaporate at 40 °C and 500 mbar.
13. Purify the yellow oil by flash chromatography (hexane/EtOAc 95:5) or by distillation (salicylaldehyde bp 196–197 °C). Expect 2.1–2.7 g of salicylaldehyde (35–45 %).
14. Filter the hot residue in the steam-distillation flask, let it cool and collect the crystals of 4-hydroxybenzaldehyde (0.3–0.6 g, mp 115–117 °C); recrystallise from water if needed.

```text
Theoretical yield: 50.0 mmol x 122.12 g/mol = 6.11 g salicylaldehyde
CHCl3: 100 mmol x 119.38 g/mol = 11.9 g; 11.9 g / 1.48 g/mL = 8.1 mL
```

> [!TIP]
> Salicylaldehyde runs well above phenol on TLC (hexane/EtOAc 4:1, Rf 0.6 against 0.3) because its OH is tied up in the internal hydrogen bond. Stain with 2,4-DNP to see the aldehyde spots only.

## Substrate table

Results from our notebooks (same conditions unless noted).

| Phenol | Main product | Yield (%) | Comment |
|---|---|---|---|
| Phenol | salicylaldehyde | 35–45 | para isomer 5–10 % |
| 2-Naphthol | 2-hydroxy-1-naphthaldehyde | 38–48 | EtOH/water as co-solvent, mp 79–80 °C |
| 4-Methylphenol (p-cresol) | 2-hydroxy-5-methylbenzaldehyde | 25–30 | plus the dichloromethyl dienone |
| 2-Methoxyphenol (guaiacol) | vanillin + o-vanillin | 20 + 15 | para product is not steam-volatile |
| 4-Chlorophenol | 5-chloro-2-hydroxybenzaldehyde | 30–35 | slower; 3 h after addition |
| 4-Nitrophenol | no reaction | 0 | ring too electron-poor |

| Compound | bp / mp | Density (g/mL) | Steam-volatile |
|---|---|---|---|
| Chloroform | bp 61 °C | 1.48 | yes |
| Phenol | bp 182 °C, mp 41 °C | 1.07 | yes |
| Salicylaldehyde | bp 197 °C | 1.146 | yes |
| 4-Hydroxybenzaldehyde | mp 116 °C | — | no |

## Troubleshooting

<details>
<summary>1. The chloroform just sits as a lower layer and nothing happens, no colour change</summary>

- **Cause:** the carbene only forms at the interface; a magnetic stirrer that has stalled or an internal temperature below 55 °C gives almost no reaction.
- **Fix:** use the overhead stirrer at a speed that emulsifies the two layers and check the internal temperature is 60–65 °C. With very viscous mixtures add 5 mL of water or 5 mL of ethanol as co-solvent.
</details>

<details>
<summary>2. Nothing for ten minutes, then the flask suddenly boils up into the condenser</summary>

- **Cause:** induction period. Chloroform added before the reaction has started accumulates, and when it starts the heat of all of it is released at once.
- **Fix:** add only about 1 mL first and wait for the darkening and gentle reflux before adding more. Keep the ice bath ready, and stop the addition if the reflux reaches the top third of the condenser.
</details>

<details>
<summary>3. Low yield and most of the phenol comes back</summary>

- **Cause:** chloroform lost through the condenser or hydrolysed to formate before it reacted; with too little base the phenoxide is not fully formed either.
- **Fix:** check the condenser water, use 2.0 equiv of chloroform and 7.5 equiv of NaOH, and if TLC still shows mostly phenol after the 1 h stir add another 0.5 equiv of chloroform at 65 °C.
</details>

<details>
<summary>4. Far more 4-hydroxybenzaldehyde than usual</summary>

- **Cause:** the sodium–phenoxide ion pair was broken up: a phase-transfer catalyst or crown ether was added, or the base was too dilute.
- **Fix:** keep the hydroxide concentrated (15.0 g NaOH in 15 mL of water) and leave out crown ethers; use at most 1 mol % of benzyltriethylammonium chloride if you need a phase-transfer catalyst at all.
</details>

<details>
<summary>5. Black tar in the flask, very little steam-volatile material</summary>

- **Cause:** overheating (internal temperature above 70 °C) or stirring for hours after the addition; the aldehyde condenses and oxidises under the strongly basic conditions.
- **Fix:** stay at 60–65 °C, stop 1 h after the end of the addition, and acidify and steam-distil on the same day.
</details>

<details>
<summary>6. The steam distillate is clear water, no oil comes over</summary>

- **Cause:** the mixture was not acidified enough; sodium salicylaldehyde and sodium phenoxide are not volatile.
- **Fix:** check that the pot is at pH 2–3 before steam distillation; add more 2 M H2SO4 if the paper shows pH 5 or higher.
</details>

<details>
<summary>7. Product smells strongly of phenol and shows a second, lower spot</summary>

- **Cause:** unreacted phenol distils with steam together with salicylaldehyde; this is expected.
- **Fix:** separate by flash chromatography (hexane/EtOAc 95:5, salicylaldehyde elutes first) or by careful fractional distillation; a wash with aqueous NaHCO3 does not remove phenol.
</details>

<details>
<summary>8. p-Cresol gave a neutral, chlorine-containing by-product that is not a phenol</summary>

- **Cause:** the "abnormal" Reimer–Tiemann: with a 4-substituted phenol the carbene also attacks the para carbon, giving 4-dichloromethyl-4-methylcyclohexa-2,5-dienone, which cannot re-aromatise.
- **Fix:** extract the alkaline mixture with dichloromethane (2 × 20 mL) before acidifying; the dienone goes into the organic layer and the phenolic aldehyde stays in the water as its sodium salt.
</details>

<details>
<summary>9. The mixture sets solid and the stirrer stops</summary>

- **Cause:** sodium phenoxide and sodium chloride crystallise from the concentrated base.
- **Fix:** add water in 5 mL portions (at most 15 mL in total) until it stirs again; more water than that lowers the yield.
</details>

<details>
<summary>10. Pyrrole or indole substrate gave a chloropyridine or chloroquinoline</summary>

- **Cause:** dichlorocarbene adds across the 2,3-bond of the pyrrole ring and the cyclopropane opens with ring expansion (Ciamician–Dennstedt rearrangement).
- **Fix:** do not use Reimer–Tiemann conditions for pyrroles and indoles; choose another formylation method and ask on #synthesis.
</details>

## Safety

> [!WARNING]
> Chloroform is toxic, a suspected carcinogen and damages the liver. Work in the fume cupboard, use nitrile gloves changed at once after a splash, and collect all chloroform waste as halogenated waste.

- Phenol burns the skin and is absorbed through it. Keep polyethylene glycol (PEG 300 or 400) at the bench and swab any skin contact with it before washing with water.
- Dissolving 15 g of NaOH in 15 mL of water is strongly exothermic; add the pellets in portions with stirring and wear a face shield.
- Hydrolysis of dichlorocarbene gives carbon monoxide; keep the condenser outlet in the hood.
- Never rinse glassware for this reaction with acetone while chloroform and base are present.

## Related pages

- [[Steam distillation]]
- [[Phenol handling and first aid]]
- [[Waste: halogenated solvents]]

<!-- TODO (MH): add the 2-naphthol procedure in full; photo of the set-up lost in the wiki migration -->
'''

BD_TXT = r'''README.txt  --  NITROGEN BLOW-DOWN EVAPORATOR (24-position dry block)
=====================================================================
Shared drive: \\chem-fs01\Instruments\BlowDown-N2\README.txt
(please do not rename this file, the booking page links to it)

[INSTRUMENT]
Name:            Nitrogen blow-down evaporator, 24 positions, aluminium dry block
Asset no.:       CH-EQ-0417
Location:        Lab 2.14, fume cupboard FC-6 (left half)
Block range:     ambient +5 to 100 °C (display resolution 1 °C)
Gas:             house nitrogen, 4 bar line, regulator on the cupboard wall set to 0.5 bar
Flowmeter:       0-20 L/min for the whole manifold; each needle has its own needle valve
Needles:         stainless steel, 150 mm, 24 pcs + 6 spares in the drawer under FC-6
Inserts:         for 16 x 100 mm tubes, 20 mL scintillation vials and 4 mL vials
Booking:         instrument calendar, max. 3 h per booking during the day

[CONTACTS]
Responsible:     Dr. M. Okafor (ext. 4471)
Deputy:          J. Santos (ext. 4480)
Faults:          write in the log at the bottom of this file AND e-mail the responsible person
Last updated:    2026-02-17 by MO (v4: added TFA section, new solvent table)

---- 1. WHAT IT DOES ----

The evaporator blows a gentle stream of nitrogen onto the surface of each sample through a stainless-steel needle while the dry block keeps the sample warm. The gas sweeps away the solvent vapour that collects just above the liquid, so the liquid keeps evaporating as if into fresh dry gas, well below its boiling point. Evaporation takes heat out of the sample (evaporative cooling); the block puts that heat back. Without the block a tube of dichloromethane cools to below 0 °C and frost forms on the glass.

The rate depends on four things: gas flow, how close the needle is to the surface, block temperature and the solvent itself (boiling point and heat of vaporisation). Water evaporates slowly because its heat of vaporisation is high (about 2.26 kJ/g, almost seven times that of dichloromethane at 0.33 kJ/g), not only because of its boiling point.

The unit is meant for small volumes: 0.5-10 mL per tube, up to 24 samples at once. It is not a rotary evaporator and it does not remove high-boiling solvents such as DMSO or DMF in any useful time.

---- 2. CHECK FIRST (before every run) ----

  * Nitrogen, not compressed air: the grey line on FC-6 is nitrogen, the blue line is air. Air oxidises sensitive residues.
  * Regulator at 0.5 bar and the manifold flowmeter at zero before you open the main valve.
  * Needle valves of unused positions closed (turn clockwise until finger-tight).
  * Needles clean: rinsed with methanol after the last user and blown dry.
  * Correct insert in the block for your tubes or vials; vials must sit in the block, not on top of it.
  * Block set point below the boiling point of your solvent (see table in section 4).
  * Fume cupboard sash down to the marked line and the extract working (green light).

---- 3. PROCEDURE: drying 12 HPLC fractions (MeCN/water + 0.1 % formic acid) ----

Example from the med-chem group, 12 fractions of 4 mL each in tared 20 mL scintillation vials.

  1. Weigh each empty vial with its cap on the 0.1 mg balance and write the tare on the cap (not on the label, the label comes off in the block).
  2. Fit the 20 mL vial insert and set the block to 55 °C. Wait until the display has been stable for 5 min.
  3. Put the 12 vials in positions 1-12 and close the needle valves of positions 13-24.
  4. Open the main valve, then raise the manifold flowmeter slowly to 12 L/min (about 1 L/min per needle).
  5. Lower the manifold until the needle tips are 1-2 cm above the liquid. Adjust each needle valve until the surface shows a small dimple 2-3 mm deep and nothing splashes.
  6. Every 15 min lower the manifold to follow the falling liquid level, keeping the tips 1-2 cm above the surface.
  7. When the MeCN has gone (after about 25 min the volume is roughly halved and only water is left), raise the block to 60 °C.
  8. Stop each vial as soon as it looks dry (about 60-70 min in total for 4 mL). Do not leave dry vials under the gas stream.
  9. Close the needle valves, turn the flowmeter to zero and close the main valve. Raise the manifold.
  10. Let the vials cool for 5 min in a desiccator, weigh and subtract the tare. For 12 vials the run uses about 12 L/min x 70 min = 840 L of nitrogen.
  11. Rinse each used needle with 1 mL of methanol from a wash bottle into a beaker and blow it dry with the manifold.

---- 4. SOLVENT TABLE (our measurements, 5 mL in a 16 x 100 mm tube, 1 L/min per needle) ----

  Solvent            bp (°C)   Block set point (°C)   Time to dryness (min)   Notes
  Dichloromethane      40             30                     6-8              frost if block is off
  Diethyl ether        35             25                     4-6              peroxide-formers: see safety
  Methanol             65             45                    18-22
  Ethyl acetate        77             45                    14-18
  Acetonitrile         82             50                    22-28
  Toluene             111             55                    30-40
  Water               100             60                    80-100            use the freeze-dryer above 10 mL
  MeCN/water 1:1       --             55-60                 60-70             typical HPLC fraction
  DMF / DMSO      153 / 189             --                     --              do not use this unit

Times scale roughly with volume. A 50 L nitrogen cylinder at 200 bar holds about 10,000 L of gas, so at 12 L/min it lasts only about 14 h; use the house line.

---- 5. TFA AND FORMIC ACID IN HPLC FRACTIONS ----

Formic acid (bp 101 °C) evaporates with the water and leaves little behind. Trifluoroacetic acid (bp 72 °C) evaporates too, but it stays behind as the trifluoroacetate salt of any basic compound, so amine products come out as TFA salts: sticky, hygroscopic and heavier than expected (the TFA salt of a compound of MW 300 weighs 1.38 times the free base).

To turn the TFA salt into the hydrochloride, dissolve the residue in 1 mL of MeCN/water 1:1, add 0.5 mL of 1 M HCl and dry again; repeat once. Check by 19F NMR that the signal at -76 ppm has gone.

---- 6. TROUBLESHOOTING LOG (newest first; add your own entries at the top of this section) ----

2026-02-10  (MO)
Q: Samples spattered up the walls of the tubes and two vials lost material, some of it ended up in the neighbouring vials.
A: Needles were pushed down into the liquid or the flow was far too high (flowmeter at 20 L/min for 6 vials).
==> Keep the tips 1-2 cm above the surface and turn the flow down until you see only a dimple. Re-dissolve the residue from the walls with 0.5 mL of solvent and dry again.

2026-01-22  (JS)
Q: Water fractions still wet after 3 h.
A: Large aqueous volumes (15 mL) at block 40 °C; water needs a lot of heat to evaporate.
==> Block to 60 °C and keep volumes at 10 mL or less per tube; above 10 mL of water use the freeze-dryer.

2025-12-03  (MO)
Q: Ice on the outside of the tubes, DCM sample turned cloudy and stopped evaporating.
A: Block switched off (or tubes standing on top of the insert instead of in it); evaporative cooling took the tubes below the dew point and below 0 °C.
==> Block on at 30 °C and push the tubes fully into the insert. Cloudiness was condensed water; dry the residue again after adding 1 mL of DCM.

2025-11-18  (AK)
Q: Yield much lower than the crude NMR suggested, product is a small liquid ester (MW 158).
A: Volatile product lost under the gas stream; compounds below about MW 200 or with bp below 200 °C can evaporate with the solvent.
==> Block at 25 °C or lower, low flow, and stop while a trace of solvent remains; finish on the rotary evaporator with a controlled vacuum, or keep the product in solution.

2025-10-30  (JS)
Q: Residues turned brown overnight; yesterday they were off-white.
A: Someone had connected the manifold to the blue (compressed air) line.
==> Check the gas line before each run (grey = nitrogen). Lines are now labelled at the tap as well.

2025-10-02  (MO)
Q: Positions 7 and 8 give no gas at all, the others are fine.
A: Needles blocked by dried residue at the tip.
==> Unscrew the needle, sonicate it in methanol for 5 min and push the cleaning wire through. Spares are in the drawer under FC-6.

2025-09-15  (AK)
Q: Gas flow dropped to almost nothing in the middle of an overnight run.
A: Borrowed nitrogen cylinder ran empty (see the 14 h estimate in section 4); overnight runs are not allowed.
==> Use the house line only; book daytime slots of max. 3 h.

2025-08-28  (JS)
Q: Sample in DMSO (2 mL) still there after a whole afternoon at 80 °C.
A: DMSO boils at 189 °C; the blow-down unit cannot remove it in any useful time, and 80 °C block temperature decomposes many products.
==> Do not use this unit for DMSO or DMF. Dilute with 10 volumes of water and freeze-dry, or do an aqueous work-up and dry the extract here.

2025-07-09  (MO)
Q: Display says 55 °C but the water in the vial is only 47 °C.
A: Poor contact between vial and insert (wrong insert size) and no water in the well; the display shows the block, not the sample.
==> Use the insert made for your vials. Once a month check with a thermometer in a vial of water at 50 °C; the difference should be 2 °C or less, otherwise tell the responsible person.

2025-06-12  (AK)
Q: Strong solvent smell in the lab while the unit was running.
A: Sash pushed up above the line and the unit pulled forward out of the cupboard so the needles reached.
==> The unit stays at the back of FC-6 with the sash at the marked line; reach in with the manifold lever, not by moving the block.

---- 7. SAFETY ----

  * Nitrogen displaces oxygen. Run the unit only in the fume cupboard; never in a closed cabinet or a cold room.
  * Never blow ethers (Et2O, THF, dioxane) to dryness unless they have been tested for peroxides; peroxides concentrate in the residue.
  * Never evaporate solutions of organic azides, diazo compounds or other energetic compounds to dryness on this unit.
  * The block and the inserts stay hot for 20 min after switching off; use the tongs hanging on FC-6.
  * No flammable gas on the manifold: nitrogen only, never hydrogen or any other gas.
  * Halogenated solvent vapour goes into the fume cupboard extract; keep volumes of dichloromethane to 24 x 5 mL per run at most.

---- 8. CHANGES ----

v4  2026-02-17  MO  TFA section; solvent table re-measured with the new needles
v3  2025-09-16  MO  overnight runs not allowed (see log 2025-09-15)
v2  2025-06-13  AK  added sash rule
v1  2024-11-04  MO  first version

TODO: photo of the correct needle height (MO)
'''

# ============================================================================ Diazo transfer FAQ (DOCX)

DZ_HEADER = "Synthesis Support FAQ · Diazo transfer · Rev. C"
DZ_TITLE = "Diazo transfer to 1,3-dicarbonyl compounds (Regitz) – FAQ"
DZ_SUBTITLE = "Prepared by K. Lindqvist for the Synthesis Support desk · Rev. C, 12 March 2026 · replaces Rev. B (2024)"
DZ_CALLOUT = ("Note: p-ABSA is bought, not made, in this group. Keep the bottle in the flammables fridge "
              "and write the date of opening on the label.")

# (kind, text): kind = H1, Q, A, STEP, BUL, TABLE1, TABLE2, CALLOUT, COLS2, COLS1, P
DZ_BODY: list[tuple[str, str]] = [
    ("P", "This FAQ collects the questions the Synthesis Support desk gets most often about diazo transfer. It covers the standard p-ABSA method for β-keto esters, 1,3-diketones and malonates. Ask at the desk before trying anything that is not in Table 2."),
    ("H1", "Part 1 – Basics"),
    ("Q", "Q. What does a diazo transfer do?"),
    ("A", "A. It turns an active methylene group (a CH2 between two carbonyl groups, or between a carbonyl and another electron-withdrawing group) into a diazo group, C=N2, with a sulfonyl azide as the source of the two nitrogens. Ethyl acetoacetate gives ethyl 2-diazo-3-oxobutanoate, a yellow oil that is stable enough to chromatograph and is used for rhodium-catalysed cyclopropanation, O–H and N–H insertion and the Wolff rearrangement."),
    ("Q", "Q. How does it work?"),
    ("A", "A. The base deprotonates the 1,3-dicarbonyl compound to its enolate, which attacks the terminal nitrogen of the sulfonyl azide. The triazene anion that forms then breaks up: a proton moves, the sulfonamide anion (ArSO2NH–) leaves and the diazo compound remains. The sulfonamide is the by-product you have to remove."),
    ("A", "The CH2 must be acidic enough for the base: with Et3N a pKa of about 11 (β-keto esters, 1,3-diketones) is fine, malonates (pKa about 13) need DBU, and simple ketones or esters do not react at all."),
    ("Q", "Q. Which sulfonyl azide should I use?"),
    ("A", "A. p-ABSA (4-acetamidobenzenesulfonyl azide) is the default here: it is a crystalline solid, it is the least shock-sensitive of the common reagents and its sulfonamide precipitates from the reaction. Table 1 compares the others."),
    ("TABLE1", ""),
    ("CALLOUT", ""),
    ("Q", "Q. Which base and conditions for my substrate?"),
    ("A", "A. See Table 2. Times are for 0.5 M in MeCN at room temperature after adding the base at 0 °C."),
    ("TABLE2", ""),
    ("H1", "Part 2 – Before you start and the standard procedure"),
    ("Q", "Q. What should I check before I start?"),
    ("BUL", "That the substrate really has an acidic CH2 flanked by two activating groups; otherwise see Table 2."),
    ("BUL", "That the p-ABSA is a white, free-flowing solid from the fridge; yellowed or caked reagent goes to waste and a new bottle is ordered."),
    ("BUL", "That the Et3N (or DBU) is colourless and from a bottle opened less than three months ago."),
    ("BUL", "That MeCN from the solvent system is used; HPLC-grade MeCN with up to 500 ppm water also works, strictly anhydrous conditions are not needed."),
    ("BUL", "That a blast shield is in the fume cupboard and the scale is 50 mmol or less; larger runs need a DSC of the product first."),
    ("BUL", "That the rotary evaporator bath is already set to 30 °C or lower before the work-up starts."),
    ("Q", "Q. What is the standard procedure for ethyl 2-diazo-3-oxobutanoate (20 mmol)?"),
    ("STEP", "Dissolve ethyl acetoacetate (2.60 g, 2.53 mL, 20.0 mmol) and p-ABSA (5.29 g, 22.0 mmol, 1.1 equiv) in MeCN (40 mL) in a 100 mL round-bottom flask with a stir bar."),
    ("STEP", "Cool the flask to 0 °C in an ice bath."),
    ("STEP", "Add Et3N (4.18 mL, 30.0 mmol, 1.5 equiv) dropwise over 10 min; the solution turns yellow."),
    ("STEP", "Remove the ice bath and stir at room temperature for 3–4 h. A white precipitate of 4-acetamidobenzenesulfonamide forms."),
    ("STEP", "Check by TLC (hexane/EtOAc 4:1): ethyl acetoacetate (Rf 0.35, anisaldehyde stain) must be gone; the diazo ester runs at Rf 0.45."),
    ("STEP", "Dilute with Et2O/pentane 1:1 (60 mL) to precipitate more sulfonamide, stir for 10 min, filter through a pad of Celite and rinse the pad with 20 mL of the same mixture."),
    ("STEP", "Concentrate the filtrate with the bath at 30 °C or lower."),
    ("STEP", "Purify by flash chromatography (hexane/EtOAc 9:1, then 4:1). Expect 2.65–2.97 g (85–95 %) of a yellow oil."),
    ("STEP", "Confirm by IR: a strong diazo band at 2135–2140 cm⁻¹ and two C=O bands near 1715 and 1660 cm⁻¹. 1H NMR (CDCl3): δ 4.30 (q, 2H), 2.48 (s, 3H), 1.33 (t, 3H)."),
    ("STEP", "Store the product at –20 °C in a brown vial under argon."),
    ("P", "Theoretical yield: 20.0 mmol × 156.14 g/mol = 3.12 g. Et3N: 30.0 mmol × 101.19 g/mol = 3.04 g, ÷ 0.726 g/mL = 4.18 mL."),
    ("COLS2", ""),
    ("H1", "Part 3 – Troubleshooting"),
    ("Q", "Q. After 4 h the TLC still shows mostly starting material and no white solid has formed."),
    ("A", "A. Cause: the CH2 is not acidic enough for Et3N (malonates, aryl acetates) or the Et3N is old and wet."),
    ("A", "Fix: for malonates and aryl acetates use DBU (1.2–1.5 equiv) as in Table 2; for β-keto esters and diketones repeat with Et3N from a fresh bottle."),
    ("Q", "Q. My simple ketone does not react at all."),
    ("A", "A. Cause: one carbonyl group does not make the CH2 acidic enough for any of these bases."),
    ("A", "Fix: activate the ketone first (formylation with ethyl formate, or trifluoroacetylation with LiHMDS and 2,2,2-trifluoroethyl trifluoroacetate) and then do a deacylative diazo transfer, which cleaves the activating group. Ask at the desk for that procedure."),
    ("Q", "Q. White crystals appear in my purified diazo ester on standing; the NMR shows two aromatic doublets near 7.8 ppm and a singlet at 2.1 ppm."),
    ("A", "A. Cause: 4-acetamidobenzenesulfonamide carried through the work-up; it is slightly soluble in MeCN."),
    ("A", "Fix: take the oil up in Et2O/pentane 1:1, filter and run a short column again; the sulfonamide stays on the baseline in hexane/EtOAc 4:1."),
    ("Q", "Q. Low mass, and the NMR has a one-proton singlet at 4.7 ppm but no acetyl singlet."),
    ("A", "A. Cause: deacylation – the acetyl group was cut off and ethyl diazoacetate formed, which is volatile and partly lost on the rotary evaporator. Hydroxide, alkoxides, water with a strong base and long reaction times cause it."),
    ("A", "Fix: use Et3N in MeCN, never NaOH, KOH or NaOMe, and start the work-up as soon as the starting material has gone."),
    ("Q", "Q. The flask foams and the yellow colour fades while I concentrate the product."),
    ("A", "A. Cause: loss of N2, caused by heat or by traces of acid (acidic CDCl3, glassware rinsed with acid)."),
    ("A", "Fix: keep the bath at 30 °C or lower, never distil diazo compounds, and filter CDCl3 through basic alumina before taking an NMR."),
    ("Q", "Q. There is no strong IR band between 2100 and 2150 cm⁻¹."),
    ("A", "A. Cause: no diazo compound – the transfer did not take place or the diazo group was lost later."),
    ("A", "Fix: check the starting material by TLC against the crude; repeat with p-ABSA from a new bottle and with fresh base."),
    ("Q", "Q. My product fractions contain leftover sulfonyl azide (spot at Rf 0.15 in hexane/EtOAc 4:1)."),
    ("A", "A. Cause: more than 1.1 equiv of p-ABSA was used, or the reaction was stopped before full conversion."),
    ("A", "Fix: use 1.05–1.10 equiv; p-ABSA (Rf 0.15) and the diazo ester (Rf 0.45) separate well on the column, so collect narrower fractions and never combine the mixed ones."),
    ("Q", "Q. A substrate with a free NH2 group gave an azide instead of a diazo compound."),
    ("A", "A. Cause: primary amines take up the diazo group on nitrogen and become azides (diazo transfer to the amine)."),
    ("A", "Fix: protect the amine first (Boc), or do the diazo transfer before introducing the amine."),
    ("Q", "Q. The temperature rose by 15 °C when I added the Et3N on a 50 mmol run."),
    ("A", "A. Cause: the deprotonation and the transfer are exothermic, and the heat builds up on a larger scale."),
    ("A", "Fix: add the base dropwise at 0 °C with an internal thermometer and keep the mixture at 10 °C or below; for more than 50 mmol ask for a DSC first."),
    ("Q", "Q. The mixture became a thick paste and the stir bar stopped."),
    ("A", "A. Cause: the sulfonamide precipitates heavily when the reaction is more concentrated than 0.5 M."),
    ("A", "Fix: add 10–20 mL of MeCN and use an oval stir bar; run at 0.5 M or more dilute next time."),
    ("COLS1", ""),
    ("H1", "Part 4 – Safety"),
    ("Q", "Q. What are the main hazards?"),
    ("BUL", "Sulfonyl azides are energetic. Even with p-ABSA: no metal spatulas, no grinding, work behind a blast shield and never heat the reagent above 50 °C."),
    ("BUL", "Never prepare sulfonyl azides from sodium azide in dichloromethane: explosive diazidomethane and triazidomethane form."),
    ("BUL", "Never acidify aqueous azide waste: hydrazoic acid (HN3) is toxic and explosive. Collect azide waste separately and label it."),
    ("BUL", "Diazo compounds lose N2 on heating and with acids or traces of transition metals. Do not distil them and store them at –20 °C."),
    ("BUL", "Et3N and MeCN are flammable; Et2O/pentane for the precipitation means no hot plates in the fume cupboard."),
    ("P", "Rev. C (KL): DBU conditions for malonates and aryl acetates added; mesyl azide restricted to 5 mmol. Rev. B: p-ABSA made the default instead of tosyl azide."),
]

DZ_TABLE1 = [
    ["Reagent", "MW (g/mol)", "By-product removal", "Notes"],
    ["p-ABSA", "240.24", "sulfonamide precipitates from MeCN/Et2O; filter", "default; crystalline, least shock-sensitive"],
    ["Tosyl azide (TsN3)", "197.21", "TsNH2 co-elutes with many products", "impact-sensitive; not made or stored in this group"],
    ["Mesyl azide (MsN3)", "121.12", "MsNH2 washes out with dilute NaOH", "liquid, high nitrogen content; 5 mmol or less"],
    ["p-NBSA (4-nitrobenzenesulfonyl azide)", "228.18", "sulfonamide precipitates", "more reactive; for hindered substrates"],
]
DZ_TABLE1_CAPTION = "Table 1. Sulfonyl azides for diazo transfer"
DZ_TABLE2 = [
    ["Substrate (example)", "Base", "Conditions", "Yield"],
    ["β-Keto ester (ethyl acetoacetate)", "Et3N, 1.5 equiv", "MeCN, 0 °C to rt, 3–4 h", "85–95 %"],
    ["1,3-Diketone (acetylacetone)", "Et3N, 1.5 equiv", "MeCN, rt, 2 h", "80–90 %"],
    ["Cyanoacetate (ethyl cyanoacetate)", "Et3N, 1.5 equiv", "MeCN, rt, 2–3 h", "75–85 %"],
    ["Malonate (dimethyl malonate)", "DBU, 1.2 equiv", "MeCN, rt, 12–16 h", "70–85 %"],
    ["Aryl acetate (methyl phenylacetate)", "DBU, 1.5 equiv", "MeCN, rt, 12–24 h", "60–80 %"],
    ["Simple ketone", "none works", "activate first, then deacylative transfer", "–"],
]
DZ_TABLE2_CAPTION = "Table 2. Substrates, bases and typical results (0.5 M in MeCN)"
DZ_FOOTER_PREFIX = "Synthesis Support desk, room 1.07 · ext. 4460 · Page "


def _field(paragraph, instr: str, cached: str) -> None:
    from docx.oxml import parse_xml

    xml = ('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           f'w:instr=" {instr} \\* MERGEFORMAT "><w:r><w:t>{cached}</w:t></w:r></w:fldSimple>')
    paragraph._p.append(parse_xml(xml))


def _cols(section, num: int) -> None:
    from docx.oxml import parse_xml

    sect = section._sectPr
    for old in sect.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"):
        sect.remove(old)
    cols = parse_xml('<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                     f'w:num="{num}" w:space="425"' + (' w:sep="1"' if num > 1 else '') + '/>')
    # w:cols must come after w:pgMar and before w:docGrid
    grid = sect.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docGrid")
    if grid is not None:
        grid.addprevious(cols)
    else:
        sect.append(cols)


def _table(doc, rows: list[list[str]], caption: str) -> None:
    from docx.shared import Pt

    cap = doc.add_paragraph(caption, style="Caption")
    cap.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
                run.font.bold = r == 0


def _callout(doc, text: str) -> None:
    from docx.oxml import parse_xml

    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.text = text
    shd = parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:val="clear" w:color="auto" w:fill="FFF2CC"/>')
    cell._tc.get_or_add_tcPr().append(shd)


def build_docx() -> bytes:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    q = doc.styles.add_style("FAQ Question", WD_STYLE_TYPE.PARAGRAPH)
    q.base_style = normal
    q.font.bold = True
    q.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    q.paragraph_format.space_before = Pt(8)
    q.paragraph_format.keep_with_next = True
    a = doc.styles.add_style("FAQ Answer", WD_STYLE_TYPE.PARAGRAPH)
    a.base_style = normal
    a.paragraph_format.left_indent = Pt(14)
    a.paragraph_format.space_after = Pt(4)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = DZ_HEADER
    fp = sec.footer.paragraphs[0]
    fp.add_run(DZ_FOOTER_PREFIX)
    _field(fp, "PAGE", "1")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES", "4")

    doc.add_paragraph(DZ_TITLE, style="Title")
    doc.add_paragraph(DZ_SUBTITLE, style="Subtitle")
    for kind, text in DZ_BODY:
        if kind == "H1":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "Q":
            doc.add_paragraph(text, style="FAQ Question")
        elif kind == "A":
            doc.add_paragraph(text, style="FAQ Answer")
        elif kind == "STEP":
            doc.add_paragraph(text, style="List Number")
        elif kind == "BUL":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "P":
            doc.add_paragraph(text)
        elif kind == "TABLE1":
            _table(doc, DZ_TABLE1, DZ_TABLE1_CAPTION)
        elif kind == "TABLE2":
            _table(doc, DZ_TABLE2, DZ_TABLE2_CAPTION)
        elif kind == "CALLOUT":
            _callout(doc, DZ_CALLOUT)
        elif kind in ("COLS2", "COLS1"):
            new = doc.add_section(WD_SECTION.CONTINUOUS)
            _cols(new, 2 if kind == "COLS2" else 1)
    cp = doc.core_properties
    cp.author = "Karin Lindqvist"
    cp.last_modified_by = "Karin Lindqvist"
    cp.title = "Diazo transfer FAQ"
    cp.subject = "Synthesis Support FAQ"
    cp.keywords = "diazo transfer; p-ABSA; Regitz; FAQ"
    cp.comments = ""
    cp.category = "FAQ"
    cp.revision = 7
    cp.created = dt.datetime(2024, 5, 6, 8, 15, 0)
    cp.modified = dt.datetime(2026, 3, 12, 16, 42, 0)
    cp.last_printed = dt.datetime(2026, 3, 12, 16, 40, 0)
    buf = io.BytesIO()
    doc.save(buf)
    app = APP_XML.encode("utf-8")
    return _rezip(buf.getvalue(), {"docProps/app.xml": app})


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>4</Pages><Words>1630</Words>'
           '<Characters>9860</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Lines>82</Lines><Paragraphs>23</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Department of Chemistry</Company>'
           '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>11420</CharactersWithSpaces>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')


def _rezip(data: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """Rewrite an OOXML package with fixed member dates (deterministic output)."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = replace.get(info.filename, src.read(info.filename))
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def dz_model_units() -> list[str]:
    """Text units the generator means: header, footer, body paragraphs and table cells in order."""
    units = [DZ_HEADER, DZ_FOOTER_PREFIX + "1 of 4", DZ_TITLE, DZ_SUBTITLE]
    for kind, text in DZ_BODY:
        if kind == "TABLE1":
            units += [DZ_TABLE1_CAPTION] + [c for row in DZ_TABLE1 for c in row]
        elif kind == "TABLE2":
            units += [DZ_TABLE2_CAPTION] + [c for row in DZ_TABLE2 for c in row]
        elif kind == "CALLOUT":
            units.append(DZ_CALLOUT)
        elif kind in ("COLS2", "COLS1"):
            units.append("")
        else:
            units.append(text)
    return units


# ================================================================================================ main

RT_STEM = "reimer-tiemann-github-wiki"
BD_STEM = "nitrogen-blowdown-evaporator-readme-keyvalue"
DZ_STEM = "diazo-transfer-word-faq-two-column"


def main() -> int:
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / f"{RT_STEM}.md").write_bytes(RT_MD.encode("utf-8"))
    (OUT_DIR / f"{BD_STEM}.txt").write_bytes(BD_TXT.replace("\n", "\r\n").encode("utf-8"))
    (OUT_DIR / f"{DZ_STEM}.docx").write_bytes(build_docx())
    for p in sorted(OUT_DIR.iterdir()):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
