"""The Markdown reader on the dialects labs export: Quarto / R Markdown / Pandoc, Obsidian, plain CommonMark."""

from __future__ import annotations

from assistant.corpus.chunker import chunk
from assistant.corpus.document import Document
from assistant.corpus.readers.markdown import parse_markdown, read

QUARTO = """---
title: "Friedel-Crafts acylation"
author:
  - name: "A. Chemist"
format:
  html:
    toc: true
---

```{r}
#| label: setup
mw <- c(AlCl3 = 133.34)
```

Why acylation
=============

The acylium ion does not rearrange.

::: {.callout-warning title="Quench the right way round"}
Pour the mixture onto ice and concentrated HCl.
:::

Troubleshooting {#sec-trouble}
===============

<details>
<summary>Reaction stops at 40-60% conversion</summary>

- Add another 0.3-0.5 equiv AlCl3 and follow the reaction for another hour.

</details>
"""


def test_a_quarto_page_reads_as_its_text_not_its_markup() -> None:
    """Front matter, executable chunks and fenced-div markers are not text; the front matter names the
    guide; heading ids are no part of a heading; a collapsible block's summary heads what it holds."""
    blocks, dropped = parse_markdown(QUARTO)
    texts = [b.text for b in blocks]
    assert blocks[0].kind == "heading" and blocks[0].level == 0 and blocks[0].text == "Friedel-Crafts acylation"
    assert not any("toc" in t or "mw <-" in t or ":::" in t or "{#" in t for t in texts)
    assert "front matter" in dropped and "code chunks" in dropped
    assert any(b.kind == "heading" and b.text == "Troubleshooting" and b.level == 1 for b in blocks)
    assert any(t.startswith("Quench the right way round:") for t in texts)
    _, passages = chunk("fc", read(QUARTO.encode(), "fc.md"))
    fix = next(p for p in passages if "0.3-0.5 equiv AlCl3" in p.text)
    assert fix.section == ("Troubleshooting", "Reaction stops at 40-60% conversion")


def test_front_matter_beside_a_single_h1_leaves_the_h1_the_title() -> None:
    blocks, _ = parse_markdown("---\ntitle: notes\ntags: [a]\n---\n# Steglich esterification\n\n## Set-up\n\nText.\n")
    heads = [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert heads == [(0, "Steglich esterification"), (1, "Set-up")]


def test_an_sop_numbering_steps_by_hand_under_its_procedure_gives_a_protocol() -> None:
    """"7.3.1 ...", "7.3.2 ..." under "7.3 Running" in "7. Procedure" are steps; "1.1 ..." under "1. Purpose"
    stay text."""
    from assistant.corpus.document import Block

    blocks = [Block("heading", "1. PURPOSE", 1, 1, level=1),
              Block("paragraph", "1.1 This procedure describes vacuum distillation.", 2, 2),
              Block("paragraph", "1.2 It sets out the checks that prevent implosion.", 3, 3),
              Block("heading", "7. PROCEDURE", 4, 4, level=1),
              Block("heading", "7.3 Running the distillation", 5, 5, level=2),
              Block("paragraph", "7.3.1 Start the stirrer, then evacuate slowly.", 6, 6),
              Block("paragraph", "7.3.2 Only then start heating.", 7, 7),
              Block("paragraph", "7.3.3 Collect a fore-run.", 8, 8)]
    _, passages = chunk("sop", Document("docx", blocks))
    steps = next(p for p in passages if "Only then start heating" in p.text)
    assert steps.kind == "protocol" and steps.items[1] == "7.3.2 Only then start heating."
    purpose = next(p for p in passages if "describes vacuum distillation" in p.text)
    assert purpose.kind != "protocol"


def test_a_checklist_numbering_its_items_after_their_section_gives_a_protocol() -> None:
    """"[ ] 7.1 Raise the box pressure", "[ ] 7.2 ..." under "7. CHANGING A GLOVE": list items numbered by hand
    after their section are its steps, in order, though the heading names no procedure."""
    from assistant.corpus.document import Block

    blocks = [Block("heading", "7. CHANGING A GLOVE", 1, 1, level=1),
              Block("paragraph", "The new glove goes on over the old one from outside.", 2, 2),
              Block("item", "7.1 Raise the box pressure to +5 mbar.", 3, 3),
              Block("item", "7.2 Push the old glove into the box.", 4, 4),
              Block("item", "7.3 Fit the new glove over the port ring.", 5, 5),
              Block("heading", "8. NOTES", 6, 6, level=1),
              Block("item", "8.1 Gloves last a year.", 7, 7)]
    _, passages = chunk("checklist", Document("text", blocks))
    steps = next(p for p in passages if "Push the old glove" in p.text)
    assert steps.kind == "protocol" and steps.items[0] == "7.1 Raise the box pressure to +5 mbar."
    assert len(steps.items) == 3
    note = next(p for p in passages if "Gloves last a year" in p.text)
    assert note.kind != "protocol"  # one numbered item is not a procedure


def test_a_heading_set_between_rules_is_named_without_them() -> None:
    from assistant.corpus.document import Block

    blocks = [Block("heading", "----- ENTRIES -----", 1, 1, level=1),
              Block("paragraph", "Run 1: zinc dust as received gave no insertion.", 2, 2)]
    _, passages = chunk("eln", Document("text", blocks))
    assert passages[0].section == ("ENTRIES",)


def test_a_paragraph_opening_with_a_bold_sentence_is_headed_by_it() -> None:
    """Troubleshooting entries each opened by a bold sentence ("**Black precipitate within 15 min.** Pd(0)
    aggregated ..."): the sentence names its entry, so an answer quotes the cause and fix, never the symptom
    back; role labels, Q/A, "Owner:" and a lone bold sentence stay as they were."""
    text = ("# Heck notes\n\n**This page is kept by the catalysis group.** Ask them first.\n\n## Troubleshooting\n\n"
            "**Black precipitate within 15 min.** Pd(0) aggregated. Degas the solvent.\n\n"
            "**Arene Ar-H instead of product.** A hydride source. Replace Et3N by K2CO3.\n\n"
            "**Fix.** Add more ligand.\n\n**Document owner:** Kinetics group\n")
    blocks, _ = parse_markdown(text)
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("heading", "Black precipitate within 15 min.") in kinds
    assert ("heading", "Arene Ar-H instead of product.") in kinds
    assert ("paragraph", "Pd(0) aggregated. Degas the solvent.") in kinds
    # a lone bold sentence is no entry of a series: it stays the head of its paragraph
    assert ("paragraph", "This page is kept by the catalysis group. Ask them first.") in kinds
    assert ("paragraph", "**Fix.** Add more ligand.") in kinds
    assert ("paragraph", "**Document owner:** Kinetics group") in kinds


def test_a_rule_at_the_top_of_a_page_is_no_front_matter() -> None:
    """Text between two thematic breaks at the top of a page is text, not YAML to drop."""
    blocks, dropped = parse_markdown("---\nKeep the flask under argon at all times.\n\n---\n\n# Schlenk notes\n")
    assert any(b.text == "Keep the flask under argon at all times." for b in blocks)
    assert "front matter" not in dropped


HOUSE_RULES = """# Lab rules

## Shared equipment

Balances – The balances are a glove-free area. Check the spirit level before every weighing.

Rotavaps – Top up the dry ice in the trap before applying vacuum.

Sharps – Needles must never be left around unprotected; do not resheath them.

## Waste

- Solvent waste – Halogenated and non-halogenated go in separate drums.
- Glass bins – Broken glass goes in the cardboard glass bins only.

## Notes

The shaker – it is old – still works at low speed.
"""


def test_paragraphs_each_opening_with_a_dashed_label_are_headed_by_it() -> None:
    """'Sharps – Needles must never ...': a series of paragraphs each opening with a short label and a dash
    (house rules, an SOP's equipment notes) are each headed by their label, in any format, so a question
    about sharps finds the sharps paragraph, not a passage of five rules; a lone dash stays in its text."""
    from pathlib import Path

    from assistant.corpus.readers import read as read_file

    _, passages = chunk("rules", read_file(Path("rules.md"), HOUSE_RULES.encode()))
    by_head = {p.section[-1]: p.text for p in passages}
    assert by_head["Sharps"] == "Needles must never be left around unprotected; do not resheath them."
    assert by_head["Rotavaps"].startswith("Top up the dry ice")
    assert any(p.text.startswith("The shaker – it is old") for p in passages)
    assert by_head["Glass bins"] == "Broken glass goes in the cardboard glass bins only."


TOGGLES = """# Freeze dryer

## Troubleshooting

- Vacuum never gets below 1 mbar
    - Check the drain valve first.
    - Clean and lightly grease the O-ring under the lid.
- Product is a sticky film or gum instead of a powder
    - Residual DMSO or TFA. Redissolve in water and lyophilise again.
    - Vent with dry nitrogen and cap the flask immediately.

## Materials

- Flasks
- Adapters
"""


def test_bullets_that_each_hold_their_own_bullets_head_them() -> None:
    """A toggle list (Notion, outliners): each top bullet names a problem and its nested bullets say what to
    do; the top bullet heads them, so the answer quotes the fixes under the problem's name, never the name
    of the next problem as the last line of the one before. A plain list stays a list."""
    _, passages = chunk("fd", read(TOGGLES.encode(), "fd.md"))
    sticky = next(p for p in passages if "Residual DMSO" in p.text)
    assert sticky.section[-1] == "Product is a sticky film or gum instead of a powder"
    assert "Product is a sticky film" not in next(p for p in passages if "drain valve" in p.text).text
    assert any("Flasks" in p.text and p.section[-1] == "Materials" for p in passages)


def test_mkdocs_admonitions_and_content_tabs_head_their_indented_text() -> None:
    text = """# Sandmeyer notes

## Conversion

=== "Chloride (CuCl)"

    Dissolve CuCl (1.2 equiv) in concentrated HCl and cool to 0 °C.

=== "Iodide (KI)"

    Add KI (2.0 equiv) in water; no copper is needed.

## Troubleshooting

??? failure "Brown foam as soon as the diazonium solution meets the copper"
    The diazonium salt was added too fast. Add it in small portions at 0 to 5 °C.

!!! warning
    Never let the diazonium salt dry out.

--8<-- "includes/abbreviations.md"

*[CuCl]: copper(I) chloride
"""
    blocks, _ = parse_markdown(text)
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads == ["Sandmeyer notes", "Conversion", "Chloride (CuCl)", "Iodide (KI)", "Troubleshooting",
                     "Brown foam as soon as the diazonium solution meets the copper"]
    body = {b.text: b.kind for b in blocks if b.kind != "heading"}
    assert body["Dissolve CuCl (1.2 equiv) in concentrated HCl and cool to 0 °C."] == "paragraph"  # not code
    assert body["The diazonium salt was added too fast. Add it in small portions at 0 to 5 °C."] == "paragraph"
    assert "Never let the diazonium salt dry out." in body
    assert not any("8<" in t or "*[" in t or "!!!" in t or "???" in t for t in body)


def test_inline_html_reads_as_its_text_not_its_tags() -> None:
    """A Zotero note exported as Markdown wraps each quote in <span data-annotation="..."> and each citation in
    a span and a link; a page writes "H<sub>2</sub>O" or a <br>: the words are read, never the tags; "USP <921>"
    and "< 5 °C" are text."""
    page = ("# Notes\n\n"
            '<span class="highlight" data-annotation="%7B%22attachmentURI%22%3A%22http%3A%2F%2Fzotero.org%22%7D">'
            '“Trichloroacetimidates are the donors of choice.”</span> <span class="citation">'
            '(<a href="zotero://select/items/K4D9WQ2E">Lindqvist, 2021, p. 212</a>)</span>\n\n'
            "Dry over 4 Å sieves: H<sub>2</sub>O below 50 ppm,<br>checked as in USP <921> at < 5 °C.\n")
    blocks, _ = parse_markdown(page)
    text = [b.text for b in blocks if b.kind == "paragraph"]
    assert text == ["“Trichloroacetimidates are the donors of choice.” (Lindqvist, 2021, p. 212)",
                    "Dry over 4 Å sieves: H2O below 50 ppm, checked as in USP <921> at < 5 °C."]


MYST = """---
kernelspec:
  name: python3
substitutions:
  instrument: "SP-8 spectrophotometer"
  warmup: 30 min
---

(ch-uvvis)=
# UV-Vis

Switch the {{ instrument }} on {{warmup}} before use; see {ref}`the lamps <sec-lamps>` and {math}`A = \\varepsilon c l`.

```{list-table} Cuvette materials
:header-rows: 1
:name: tbl-cuvettes

* - Material
  - Usable from
* - Quartz
  - 190 nm
* - Polystyrene
  - 340 nm
```

## Troubleshooting

:::{dropdown} Peaks point downwards
The blank absorbed more than the sample.
:::

```{warning} Never put quartz cells in the base bath
They etch.
```
"""


def test_a_myst_page_reads_as_its_text_with_its_substitutions_tables_and_dropdowns() -> None:
    """Jupyter Book (MyST) pages: front-matter substitutions filled in, roles as their text, a list-table as
    a table, a dropdown or admonition with a title as a heading over its text; labels and options out."""
    blocks, _ = parse_markdown(MYST)
    texts = [(b.kind, b.text) for b in blocks]
    assert ("paragraph", "Switch the SP-8 spectrophotometer on 30 min before use; see the lamps and "
                         "A = \\varepsilon c l.") in texts
    assert [b.cells for b in blocks if b.kind == "row"] == [("Material", "Usable from"), ("Quartz", "190 nm"),
                                                           ("Polystyrene", "340 nm")]
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert "Peaks point downwards" in heads and "Never put quartz cells in the base bath" in heads
    assert ("paragraph", "The blank absorbed more than the sample.") in texts and ("paragraph", "They etch.") in texts
    every = " ".join(b.text for b in blocks)
    for absent in ("{{", "(ch-uvvis)=", ":header-rows:", "{ref}", ":::", "{dropdown}"):
        assert absent not in every


def test_hackmd_and_docusaurus_containers_head_what_they_hold_and_inline_extensions_read_as_text() -> None:
    """":::spoiler Lamp does not strike" (HackMD), ":::danger[DMSO with bases]" (Docusaurus): a heading over the
    container's text; "CH~2~Cl~2~", "^1^H NMR", "==stop at 90 %==", "[name=Ann]" and ":bulb:" read as their text."""
    from assistant.corpus.readers.markdown import parse_markdown

    text = "\n".join(["# Photoreactor", "", ":bulb: Book through the calendar.", "", "## Troubleshooting", "",
                      ":::spoiler Lamp does not strike", "- No cooling water flow: check the tap.", ":::", "",
                      ":::danger[DMSO with bases]", "Never heat DMSO with KOtBu above 120 °C.", ":::", "",
                      "Run in CH~2~Cl~2~ and follow by ^1^H NMR; ==stop at about 90 % conversion==. [name=Ann]"])
    blocks, _ = parse_markdown(text)
    heads = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    assert heads[1:] == [("Troubleshooting", 1), ("Lamp does not strike", 2), ("DMSO with bases", 2)]
    body = [b.text for b in blocks if b.kind != "heading"]
    assert "Run in CH2Cl2 and follow by 1H NMR; stop at about 90 % conversion." in body
    assert "Book through the calendar." in body and not any(":::" in t for t in body)


def test_hugo_page_source_reads_shortcodes_as_the_text_they_frame() -> None:
    """A Hugo/Docsy page: TOML front matter between +++ lines gives the title and is left out; an alert's or a
    tab's title heads its text, an FAQ shortcode's question (only in its q="..." attribute) heads its answer, a
    figure is its caption, and no "{{% ... %}}" or "{{< ... >}}" reaches a block."""
    text = "\n".join([
        "+++", 'title = "Fume cupboards"', "weight = 40", "", "[params]", '  owner = "OH team"', "+++", "",
        '{{% pageinfo color="info" %}}', "This page is for everyone who works in a laboratory.", "{{% /pageinfo %}}",
        "", "## Working safely {#safe}", "", "Keep the sash low.", "",
        '{{% alert title="The test label" color="info" %}}', "Every cupboard carries a test label.",
        "{{% /alert %}}", "",
        '{{< figure src="/x.svg" alt="Side view" caption="Figure 1. Keep equipment behind the line." >}}', "",
        "See the [spill page]({{< ref \"spill.md\" >}}) first.", "",
        "## Special cupboards", "", "{{< tabpane text=true >}}", '{{% tab header="Perchloric acid" %}}',
        "Heat perchloric acid only in the wash-down cupboard.", "{{% /tab %}}", "{{< /tabpane >}}", "",
        "## FAQ", "", '{{< faq q="Can I switch the fume cupboard off to save energy?" >}}',
        "No. Close the sash instead.", "{{< /faq >}}"])
    blocks, dropped = parse_markdown(text)
    heads = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    assert heads == [("Fume cupboards", 0), ("Working safely", 1), ("The test label", 2), ("Special cupboards", 1),
                     ("Perchloric acid", 2), ("FAQ", 1), ("Can I switch the fume cupboard off to save energy?", 2)]
    body = [b.text for b in blocks if b.kind != "heading"]
    assert "This page is for everyone who works in a laboratory." in body
    assert "See the [spill page]() first." in body and "No. Close the sash instead." in body  # a link, as any
    assert "Figure 1. Keep equipment behind the line." in body  # the caption says something; the alt text not
    every = " ".join(b.text for b in blocks)
    assert "Side view" not in every and "{{" not in every and "+++" not in every and "weight" not in every
    assert "front matter" in dropped


def test_a_jekyll_page_reads_without_its_liquid_tags_and_kramdown_attributes() -> None:
    """A Jekyll (just-the-docs) page: Liquid tags and comments left out, `{{ page.x }}` filled in from the front
    matter, kramdown attribute lists (`{: .note }`) and the `{:toc}` marker left out, a highlight block read as
    the code block it is."""
    text = "\n".join([
        "---", "layout: default", "title: Michaelis-Arbuzov reaction", "scale_mmol: 50", "---", "",
        "# Michaelis-Arbuzov reaction", "{: .no_toc }", "", "1. TOC", "{:toc}", "",
        "## Standard procedure, {{ page.scale_mmol }} mmol", "",
        "{% capture note %}", "Written for {{ page.scale_mmol }} mmol of halide.", "{% endcapture %}",
        "{% include callout.html content=note %}", "",
        "{: .warning }", "The reaction is exothermic once it starts.", "",
        "{% comment %}", "Old version (2019): 2.0 equiv of phosphite.", "{% endcomment %}", "",
        "Heat to 150 °C.{: .fs-6 }", "", "{% highlight text %}", "ns: 16", "{% endhighlight %}"])
    blocks, _ = parse_markdown(text)
    every = "\n".join(b.text for b in blocks)
    assert "Standard procedure, 50 mmol" in [b.text for b in blocks if b.kind == "heading"]
    assert "Written for 50 mmol of halide." in every and "The reaction is exothermic once it starts." in every
    assert "Heat to 150 °C." in [b.text for b in blocks]
    assert "Old version" not in every and "{%" not in every and "{:" not in every and "{{" not in every
    assert "TOC" not in every


def test_a_blog_posts_share_buttons_related_posts_and_reply_form_are_not_text() -> None:
    """A blog post saved or printed keeps its share and like buttons, the related posts, the reply form and
    the theme's footer: none of them is chemistry, and none becomes a passage; the comments stay."""
    page = ("# Filtration that does not take all afternoon\n\n## Slow filtrations\n\nUse a Celite pad of 1-2 cm.\n\n"
            "Share this: X Facebook LinkedIn Email\n\nLike this: Like Loading...\n\n## Related\n\n"
            "### Drying agents: which one and how much\n\nMarch 2, 2025 In \"Work-up\"\n\n"
            "## 2 thoughts on this post\n\n### Lena says:\n\nOur house vacuum is weak; what pump do you use?\n\n"
            "## Leave a Reply\n\nYour email address will not be published.\n\nProudly powered by WordPress\n")
    _, passages = chunk("blog", read(page.encode(), "blog.md"))
    text = "\n".join(p.text for p in passages)
    assert "Use a Celite pad of 1-2 cm." in text and "what pump do you use?" in text
    for junk in ("Share this", "Like Loading", "Drying agents", "Work-up", "will not be published", "WordPress"):
        assert junk not in text


def test_a_notebooks_program_is_left_out_and_its_printed_output_read_line_by_line() -> None:
    """A notebook saved as Markdown: the ```python cell is code, not text a chemist is quoted; the printed
    output under it (an indented block) is one line per result, so '150 °C: 74 mL' can be quoted alone."""
    text = ("# Oil baths\n\n## Oil expands when it is heated\n\n```python\nalpha = 9.5e-4  # 1/K\n"
            "for T in (100, 150):\n    print(f\"{T} °C\")\n```\n\n    100 °C: 46 mL more oil (8 %)\n"
            "    150 °C: 74 mL more oil (12 %)\n\nFill an oil bath to no more than two thirds.\n")
    doc = read(text.encode(), "baths.md")
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert not any("alpha" in p or "print" in p for p in paragraphs)
    assert "150 °C: 74 mL more oil (12 %)" in paragraphs and "100 °C: 46 mL more oil (8 %)" in paragraphs
    assert "code blocks" in doc.dropped


def test_a_fenced_block_of_settings_without_a_language_is_still_read() -> None:
    doc = read(b"# Method\n\n```\nFlow rate: 1.0 mL/min\nColumn oven: 30 \xc2\xb0C\n```\n", "m.md")
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["Flow rate: 1.0 mL/min", "Column oven: 30 °C"]
