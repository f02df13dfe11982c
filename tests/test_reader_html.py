"""The HTML reader: main content only, blocks in reading order, file lines, encodings, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.corpus.document import Block, Document
from assistant.corpus.readers import read as read_any
from assistant.corpus.readers.html import read
from assistant.errors import CorpusError

VENDOR = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Troubleshooting HPLC baseline drift | Acme Scientific Support</title>
<style>body { font-family: sans-serif; }</style>
<script>window.dataLayer = [];</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-consent" class="banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header">
  <div class="logo">Acme Scientific</div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/products">Products</a></li></ul></nav>
</header>
<ol class="breadcrumb"><li><a href="/">Support</a></li><li>HPLC</li></ol>
<main id="main">
  <article>
    <h1>Troubleshooting HPLC baseline drift</h1>
    <p>Baseline drift at 25&nbsp;&deg;C usually comes from the
       mobile phase, not the detector.</p>
    <h2>Causes</h2>
    <ul>
      <li>Contaminated H<sub>2</sub>O in the <b>aqueous</b> phase</li>
      <li>Temperature changes of &plusmn;2&nbsp;&deg;C</li>
    </ul>
    <h2>Fix</h2>
    <ol start="3">
      <li>Flush the column with 10&ndash;20 column volumes.</li>
      <li>Replace the 0.2&nbsp;&mu;m filter.</li>
    </ol>
    <table>
      <thead><tr><th>Symptom</th><th>Likely cause</th></tr></thead>
      <tbody>
        <tr><td>Rising baseline</td><td>Column bleed</td></tr>
        <tr><td>Noisy baseline</td><td>Air in the <a href="/pump">pump</a></td></tr>
      </tbody>
    </table>
    <div class="share-buttons"><a href="#">Share on Twitter</a></div>
  </article>
  <aside class="sidebar"><h3>Related products</h3><p>Buy our columns.</p></aside>
</main>
<footer><p>&copy; 2024 Acme Scientific. All rights reserved.</p></footer>
<script src="/app.js"></script>
</body>
</html>
"""

WIKI = """<html><head><title>Glossary - Lab Wiki</title></head>
<body>
<div id="mw-navigation"><div id="p-menu" class="vector-menu"><a href="/">Main page</a></div></div>
<div id="content">
<h1 id="firstHeading">Chromatography glossary</h1>
<div id="bodyContent">
<p>Terms used in our column guides.</p>
<h2>Terms</h2>
<dl>
  <dt>R<sub>f</sub> value</dt>
  <dd>The distance travelled by the compound divided by the distance
      travelled by the solvent front.</dd>
  <dt>Tailing</dt>
  <dd><p>Asymmetric peaks.</p><p>Often caused by acidic silanols.</p>
    <dl><dt>Fix</dt><dd>Add 1% Et<sub>3</sub>N.</dd></dl>
  </dd>
</dl>
<h3>Solvents</h3>
<dl><dt>EtOAc</dt><dd>Ethyl acetate.</dd></dl>
</div>
</div>
<div id="footer">Content is available under CC BY-SA.</div>
</body></html>
"""

NO_MAIN = """<html><head><title>Recrystallisation tips | Lab Notes</title></head>
<body>
<nav class="top"><a href="/">Home</a> <a href="/guides">Guides</a></nav>
<div class="wrapper">
  <div class="menu"><a href="#">Menu</a></div>
  <div class="content">
    Pick the solvent first.
    <h2>Choosing a solvent</h2>
    <p>Use a solvent in which the compound is soluble hot.</p>
    <h3>Mixed solvents</h3>
    <p>Add the poor solvent drop<b>wise</b> until cloudy.</p>
  </div>
  <div class="newsletter">Subscribe to our newsletter!</div>
</div>
<footer>Contact us</footer>
</body></html>
"""


def doc(html: str | bytes) -> Document:
    return read(html.encode() if isinstance(html, str) else html, "page.html")


def texts(d: Document, kind: str | None = None) -> list[str]:
    return [b.text for b in d.blocks if kind is None or b.kind == kind]


def alltext(d: Document) -> str:
    return " ".join(texts(d))


def test_vendor_page_keeps_the_article_and_drops_the_chrome() -> None:
    d = doc(VENDOR)
    assert d.format == "html"
    assert d.title == "Troubleshooting HPLC baseline drift"
    assert [(b.kind, b.text) for b in d.blocks] == [
        ("heading", "Troubleshooting HPLC baseline drift"),
        ("paragraph", "Baseline drift at 25 °C usually comes from the mobile phase, not the detector."),
        ("heading", "Causes"),
        ("item", "Contaminated H2O in the aqueous phase"),
        ("item", "Temperature changes of ±2 °C"),
        ("heading", "Fix"),
        ("item", "Flush the column with 10–20 column volumes."),
        ("item", "Replace the 0.2 μm filter."),
        ("row", "Symptom | Likely cause"),
        ("row", "Rising baseline | Column bleed"),
        ("row", "Noisy baseline | Air in the pump"),
    ]
    assert [b.level for b in d.blocks if b.kind == "heading"] == [0, 1, 1]
    assert [b.number for b in d.blocks if b.kind == "item"] == ["", "", "3", "4"]
    rows = [b for b in d.blocks if b.kind == "row"]
    assert rows[0].cells == ("Symptom", "Likely cause") and rows[2].cells == ("Noisy baseline", "Air in the pump")
    assert {b.table for b in rows} == {1}
    for gone in ("cookies", "Accept", "Home", "Acme Scientific.", "Support", "Twitter", "Buy our columns",
                 "dataLayer", "font-family", "Skip to content", "©"):
        assert gone not in alltext(d)
    for note in ("navigation", "cookie banner", "sidebar", "footer", "scripts and styles", "header",
                 "breadcrumbs", "share buttons", "skip link"):
        assert note in d.dropped
    assert "text outside the main content" not in d.dropped


def test_vendor_page_lines() -> None:
    lines = VENDOR.split("\n")
    d = doc(VENDOR)
    for b in d.blocks:
        assert 1 <= b.start <= b.end <= len(lines)
        assert b.text.split()[0].replace("H2O", "H<sub>2</sub>O") in "\n".join(lines[b.start - 1:b.end]), b
    by_text = {b.text[:20]: b for b in d.blocks}
    assert (by_text["Troubleshooting HPLC"].start, by_text["Troubleshooting HPLC"].end) == (19, 19)
    assert (by_text["Baseline drift at 25"].start, by_text["Baseline drift at 25"].end) == (20, 21)
    assert by_text["Flush the column wit"].start == 29
    assert by_text["Noisy baseline | Air"].start == 36


def test_wiki_definition_list_keeps_terms_with_their_definitions() -> None:
    d = doc(WIKI)
    assert [(b.kind, b.level, b.text) for b in d.blocks] == [
        ("heading", 0, "Chromatography glossary"),
        ("paragraph", 0, "Terms used in our column guides."),
        ("heading", 1, "Terms"),
        ("heading", 2, "Rf value"),
        ("paragraph", 0, "The distance travelled by the compound divided by the distance travelled by the "
                         "solvent front."),
        ("heading", 2, "Tailing"),
        ("paragraph", 0, "Asymmetric peaks."),
        ("paragraph", 0, "Often caused by acidic silanols."),
        ("paragraph", 0, "Fix: Add 1% Et3N."),  # a term naming a role labels its definition (a run-in label)
        ("heading", 2, "Solvents"),
        ("heading", 3, "EtOAc"),
        ("paragraph", 0, "Ethyl acetate."),
    ]
    definition = d.blocks[4]
    assert (definition.start, definition.end) == (11, 12)
    assert sorted(d.dropped) == ["footer", "navigation"]
    assert "CC BY-SA" not in alltext(d) and "Main page" not in alltext(d)


def test_page_without_main_reads_the_content_div_among_the_chrome() -> None:
    d = doc(NO_MAIN)
    assert d.title == "Recrystallisation tips"  # from <title>, without the site name
    assert [(b.kind, b.level, b.text) for b in d.blocks] == [
        ("paragraph", 0, "Pick the solvent first."),
        ("heading", 1, "Choosing a solvent"),
        ("paragraph", 0, "Use a solvent in which the compound is soluble hot."),
        ("heading", 2, "Mixed solvents"),
        ("paragraph", 0, "Add the poor solvent dropwise until cloudy."),
    ]
    assert [b.start for b in d.blocks] == [7, 8, 9, 10, 11]
    assert sorted(d.dropped) == ["footer", "navigation", "newsletter signup"]


def test_main_or_article_only_with_the_page_h1_as_title() -> None:
    d = doc("<div class='hero'><h1>Swern oxidation</h1></div><div>Promo text</div>"
            "<div role='main'><h2>Setup</h2><p>Cool to -78 °C.</p></div>")
    assert d.title == "Swern oxidation"
    assert texts(d) == ["Setup", "Cool to -78 °C."]
    assert d.blocks[0].level == 1
    assert "text outside the main content" in d.dropped
    d = doc("<div class='banner'>Free shipping</div><article><h2>A</h2><header>Posted 2024</header>"
            "<aside>Note: wear gloves</aside><div class='warning-banner'>HF burns are delayed.</div><p>Text</p>"
            "<footer>Updated May</footer></article><aside>Ads here</aside><p>outside</p>")
    assert texts(d) == ["A", "Posted 2024", "Note: wear gloves", "HF burns are delayed.", "Text", "Updated May"]
    assert sorted(d.dropped) == ["banner", "sidebar", "text outside the main content"]


def test_a_hero_banner_with_the_page_h1_stays_and_a_nav_inside_main_goes() -> None:
    d = doc("<div class='hero-banner'><h1>Swern oxidation</h1></div><div class='banner'>Sale!</div>"
            "<main><nav class='toc'>On this page</nav><p>Keep below -60 °C.</p></main>")
    assert d.title == "Swern oxidation" and texts(d) == ["Keep below -60 °C."]
    assert "navigation" in d.dropped and "banner" in d.dropped


def test_roles_hidden_and_named_boilerplate_but_not_a_wrapper_holding_the_page() -> None:
    d = doc("<div role='navigation'>Links</div><div role='banner'>Logo</div><div role='complementary'>Side</div>"
            "<div role='contentinfo'>Legal</div><form><input>Search</form><div hidden>secret</div>"
            "<div style='display: none'>gone</div><div class='gdpr-notice'>We value privacy</div>"
            "<noscript>Enable JavaScript</noscript><template><p>row template</p></template>"
            "<div class='advert-slot'>Buy now</div><div id='relatedPosts'>More posts</div>"
            "<div class='layout has-sidebar'><h2>Quench</h2><p>Add saturated NH4Cl slowly at 0 °C.</p>"
            "<p>Stir for ten minutes before the extraction.</p></div>")
    assert texts(d) == ["Quench", "Add saturated NH4Cl slowly at 0 °C.", "Stir for ten minutes before the extraction."]
    for note in ("navigation", "header", "sidebar", "footer", "form", "hidden elements", "cookie banner",
                 "advertising", "related links"):
        assert note in d.dropped


def test_lists_are_numbered_as_displayed_and_nested_lists_are_their_own_items() -> None:
    d = doc("<ol type='a'><li>first<ol type='i'><li>inner one</li><li>inner two</li></ol></li>"
            "<li value='5'>fifth</li><li>sixth</li></ol>"
            "<ol reversed><li>c</li><li>b</li><li>a</li></ol><ol type='I' start='4'><li>x</li></ol>"
            "<ul><li><p>one</p><p>two</p></li><li>bullet <ul><li>sub</li></ul></li></ul>")
    assert [(b.number, b.text) for b in d.blocks] == [
        ("a", "first"), ("i", "inner one"), ("ii", "inner two"), ("e", "fifth"), ("f", "sixth"),
        ("3", "c"), ("2", "b"), ("1", "a"), ("IV", "x"), ("", "one two"), ("", "bullet"), ("", "sub"),
    ]
    assert all(b.kind == "item" for b in d.blocks)
    assert texts(doc("<ol start='27' type='A'><li>x</li></ol>")) == ["x"]
    assert doc("<ol start='27' type='A'><li>x</li></ol>").blocks[0].number == "AA"


def test_tables_header_first_spans_and_a_counter_across_the_document() -> None:
    d = doc("<table><caption>Table 1. Workup</caption>"
            "<tr><td colspan='2'>Scale: 5 mmol</td></tr><tr><th>Step</th><th>Reagent</th></tr>"
            "<tfoot><tr><td>total</td><td>2 h</td></tr></tfoot>"
            "<tr><td rowspan='2'>Wash</td><td>brine</td></tr><tr><td>water</td></tr></table>"
            "<p>Between.</p><table><tr><th>Q</th><th>R</th></tr><tr><td>a</td><td>b</td></tr></table>")
    rows = [(b.cells, b.table) for b in d.blocks if b.kind == "row"]
    assert rows == [
        (("Step", "Reagent"), 1), (("Scale: 5 mmol", ""), 1), (("Wash", "brine"), 1), (("Wash", "water"), 1),
        (("total", "2 h"), 1), (("Q", "R"), 2), (("a", "b"), 2),
    ]
    assert texts(d)[0] == "Table 1. Workup" and texts(d)[6] == "Between."
    assert d.blocks[1].text == "Step | Reagent"
    colspan = doc("<table><tr><th colspan='3'>Conditions</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>")
    assert colspan.blocks[0].cells == ("Conditions", "", "") and colspan.blocks[0].text.count("Conditions") == 1


def test_layout_tables_and_one_cell_boxes_read_as_text() -> None:
    d = doc("<table><tr><td><h1>Guide</h1><p>Body text</p></td><td>side note</td></tr></table>"
            "<table><tr><td>Warning: HF burns</td></tr></table>")
    assert [(b.kind, b.text) for b in d.blocks] == [
        ("heading", "Guide"), ("paragraph", "Body text"), ("paragraph", "side note"),
        ("paragraph", "Warning: HF burns"),
    ]


def test_inline_markup_breaks_and_pre() -> None:
    d = doc("<div>Use <code>rotavap</code> at <b>40</b>&nbsp;&deg;C for CO<sub>2</sub>-free "
            "H<sup>+</sup> <a href='#'>work</a>, then <i>filter</i>.</div><div>Next</div>"
            "<p>a<br>b<br> <br>c</p><pre>\n  line one\n  line   two\n</pre>"
            "<blockquote>Quoted <span>text</span></blockquote>")
    assert texts(d) == ["Use rotavap at 40 °C for CO2-free H+ work, then filter.", "Next", "a b", "c",
                        "line one line two", "Quoted text"]
    assert all(b.kind == "paragraph" for b in d.blocks)
    pre = d.blocks[4]
    assert (pre.start, pre.end) == (2, 3)


def test_div_with_direct_text_and_child_blocks_keeps_the_order() -> None:
    d = doc("<div>Intro words<p>Inside p</p>tail words<div>inner div</div></div>")
    assert texts(d) == ["Intro words", "Inside p", "tail words", "inner div"]


def test_headings_levels_and_title() -> None:
    d = doc("<title>Ignored</title><h1>Title</h1><h3>Deep</h3><h4>Deeper</h4><h1>Second h1</h1><h2>Two</h2>")
    assert [(b.text, b.level) for b in d.blocks] == [
        ("Title", 0), ("Deep", 2), ("Deeper", 3), ("Second h1", 1), ("Two", 1)]
    assert d.title == "Title"
    d = doc("<title>Flash columns | Lab</title><h3>Packing</h3><h4>Dry</h4><p>x</p>")
    assert d.title == "Flash columns" and [b.level for b in d.blocks[:2]] == [1, 2]


@pytest.mark.parametrize(("data", "expected"), [
    (b'<meta charset="windows-1252"><p>25 \xb0C \x96 5 \xb5L</p>', "25 °C – 5 µL"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\xb0C \x96</p>', "°C –"),
    (b"<p>25 \xb0C \x96 5 \xb5L</p>", "25 °C – 5 µL"),  # not UTF-8: cp1252
    ("<p>25 °C – 5 µL</p>".encode(), "25 °C – 5 µL"),  # default UTF-8
    (b'\xef\xbb\xbf<meta charset="iso-8859-1"><p>25 \xc2\xb0C</p>', "25 °C"),  # the BOM wins
    ("<p>25 °C µL</p>".encode("utf-16"), "25 °C µL"),
    (b'<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>\xb0C</p></body></html>', "°C"),
])
def test_encodings(data: bytes, expected: str) -> None:
    assert texts(doc(data)) == [expected]


def test_entities_spaces_and_control_characters() -> None:
    d = doc(b"<p>a&nbsp;b &deg; &mu; &ndash; &#8212; &amp;lt;b&amp;gt; \x01x\xc2\xady\xe2\x80\x8bz\t\tw &lt;i&gt;</p>")
    assert texts(d) == ["a b ° μ – — &lt;b&gt; xyz w <i>"]
    assert "\xa0" not in d.blocks[0].text


def test_no_raw_tags_from_broken_markup() -> None:
    d = doc("<p>Add <b>NaBH<sub>4</b> slowly<p>Then <i>quench</p><div><span>done")
    assert texts(d) == ["Add NaBH4 slowly", "Then quench", "done"]


def test_comments_scripts_and_lines_after_them() -> None:
    d = doc("<p>one</p>\n<!--\ncomment\n-->\n<script>\nvar a;\n</script>\n<p>two\nthree</p>\n")
    assert [(b.text, b.start, b.end) for b in d.blocks] == [("one", 1, 1), ("two three", 8, 9)]


def test_lines_run_on_past_comments_and_scripts_inside_a_paragraph() -> None:
    d = doc("<p>one <!--\n\n--> two\nthree<script>\n\n</script> four\n</p>\n<p>five</p>")
    assert [(b.text, b.start, b.end) for b in d.blocks] == [("one two three four", 1, 6), ("five", 8, 8)]


def test_lines_beyond_what_libxml2_counts() -> None:
    d = doc("<div>\n<p>" + "x\n" * 70000 + "</p>\n<p>far</p></div>")
    assert [(b.start, b.end) for b in d.blocks] == [(2, 70001), (70003, 70003)]


def test_deep_nesting_is_read_up_to_the_parser_limit_and_refused_beyond_it() -> None:
    assert texts(doc("<div>" * 240 + "deep" + "</div>" * 240)) == ["deep"]
    nested = "".join(f"<ol><li>{i}" for i in range(80)) + "</li></ol>" * 80
    assert [b.number for b in doc(nested).blocks] == ["1"] * 80
    assert texts(doc("<ul><li>" + "<span>" * 240 + "x" + "</span>" * 240 + "</li></ul>")) == ["x"]
    with pytest.raises(CorpusError, match="cannot parse the page as HTML .*depth"):
        doc("<div>" * 400 + "deep" + "</div>" * 400 + "<p>after</p>")


@pytest.mark.parametrize("data", [
    b"", b"   \n", b"<!-- only a comment -->", b"<html><head><title>T</title></head><body></body></html>",
    b"<script>var x = 1;</script><nav>Home</nav><footer>Legal</footer>",
])
def test_no_readable_text(data: bytes) -> None:
    with pytest.raises(CorpusError, match="no readable text in the page"):
        doc(data)


def test_binary_and_unparseable_files(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CorpusError, match="looks binary"):
        doc(b"%PDF-1.4\x00\x01\x02")
    import lxml.etree
    import lxml.html

    def broken(*args: object, **kwargs: object) -> None:
        raise lxml.etree.ParserError("unexpected end of input")

    monkeypatch.setattr(lxml.html, "document_fromstring", broken)
    with pytest.raises(CorpusError, match="cannot parse the page as HTML") as e:
        doc("<p>x</p>")
    assert "\n" not in str(e.value)


def test_registry_reads_html_and_htm() -> None:
    for name in ("guide.html", "GUIDE.HTM"):
        d = read_any(Path(name), b"<h1>T</h1><p>x</p>")
        assert d.format == "html" and d.blocks[1] == Block("paragraph", "x", 1, 1)


def test_the_stdlib_html_module_is_not_shadowed_and_lxml_is_lazy() -> None:
    import html

    assert html.escape("<") == "&lt;" and html.__name__ == "html"
    code = ("import sys, assistant.corpus.readers.html as r; import html, html.parser; "
            "assert html.escape('<') == '&lt;' and sys.modules['html'] is not r; print('lxml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "False"


def test_a_wrapper_named_like_boilerplate_survives_a_big_menu() -> None:
    menu = "".join(f"<li><a href='/p{i}'>Product category {i}</a></li>" for i in range(200))
    d = doc(f"<header><nav><ul>{menu}</ul></nav></header><div class='page with-sidebar'><h2>Drying</h2>"
            "<p>Dry the organic layer over MgSO4.</p><div class='sidebar'>Shop now</div></div>")
    assert texts(d) == ["Drying", "Dry the organic layer over MgSO4."]
    assert "sidebar" in d.dropped


def test_a_bar_of_links_outside_the_article_is_navigation_but_a_see_also_list_is_not() -> None:
    d = doc("<div class='wiki-top'><a href='/'>Main page</a> | <a href='/c'>Cross-coupling</a> | "
            "<a href='/r'>Recent changes</a></div><h1>Heck reaction</h1>"
            "<p>See <a href='/a'>Pd(OAc)2</a>, <a href='/b'>PPh3</a> and <a href='/c'>Et3N</a> for the reagents.</p>"
            "<h2>See also</h2><ul><li><a href='/s'>Suzuki</a></li><li><a href='/n'>Negishi</a></li>"
            "<li><a href='/k'>Kumada</a></li></ul><section class='feedback'>Was this helpful?</section>")
    assert texts(d) == ["Heck reaction", "See Pd(OAc)2, PPh3 and Et3N for the reagents.", "See also",
                        "Suzuki", "Negishi", "Kumada"]
    assert sorted(d.dropped) == ["feedback form", "navigation"]


def test_a_docs_site_permalink_mark_is_no_part_of_a_heading() -> None:
    """MkDocs and Sphinx put a '¶' link after every heading: the section is 'Shimming', not 'Shimming¶'."""
    page = ('<html><body><main><h1>NMR guide<a class="headerlink" href="#t">¶</a></h1>'
            '<h2 id="s">Shimming<a class="headerlink" href="#s">¶</a></h2><p>Run topshim first.</p>'
            '</main></body></html>').encode()
    doc = read(page, "nmr.html")
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["NMR guide", "Shimming"]


def test_a_paragraph_opening_with_a_bold_sentence_is_headed_by_it() -> None:
    """A vendor page's troubleshooting entry: "<strong>Symptom.</strong> cause and fix". The symptom names the
    entry; a bold role label ("Fix.") stays in its paragraph."""
    from assistant.corpus.readers.html import read as read_html

    page = (b"<html><body><main><h1>Heck notes</h1><h2>Troubleshooting</h2>"
            b"<p><strong>Black precipitate within 15 min.</strong> Pd(0) aggregated.\nDegas the <em>solvent</em>.</p>"
            b"<p><strong>Arene Ar-H instead of product.</strong> Replace Et3N by K2CO3.</p>"
            b"<p><strong>Fix.</strong> Add more ligand.</p>"
            b"<h2>About</h2><p><b>This page is kept by the catalysis group.</b> Ask them first.</p>"
            b"</main></body></html>")
    blocks = [(b.kind, b.text) for b in read_html(page, "heck.html").blocks]
    assert ("heading", "Black precipitate within 15 min.") in blocks
    assert ("paragraph", "This page is kept by the catalysis group. Ask them first.") in blocks  # a lone one
    assert ("paragraph", "Pd(0) aggregated. Degas the solvent.") in blocks
    assert ("paragraph", "Fix. Add more ligand.") in blocks


GDOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style type="text/css">.c1{font-weight:700}</style></head><body class="c5 doc-content">
<p class="title" id="h.a1"><span class="c9">Aldol reactions: bench notes</span></p>
<p class="subtitle" id="h.a2"><span class="c12">Group working notes</span></p>
<h1 class="c10" id="h.b1"><span class="c8">1. How it works</span></h1>
<p class="c3"><span class="c1">The enolate adds to the aldehyde.</span></p>
<h1 class="c10" id="h.b2"><span class="c8">2. Standard procedure</span></h1>
<h2 class="c14" id="h.b3"><span class="c11">2.1 Boron enolates</span></h2>
<p class="c3"><span class="c1">Use Bu2BOTf and Et3N at -78 °C.</span></p>
</body></html>"""


def test_a_google_docs_export_takes_its_title_from_the_title_paragraph_and_keeps_every_section() -> None:
    """Google Docs 'Download as web page': the title is a <p class="title">, every top section an <h1>;
    the first <h1> is a section like the others, not the title, so no section is filed under it."""
    doc = read(GDOCS.encode(), "aldol.html")
    heads = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert doc.title == "Aldol reactions: bench notes"
    assert (1, "1. How it works") in heads and (1, "2. Standard procedure") in heads
    assert (2, "2.1 Boron enolates") in heads


MEDIAWIKI = """<!DOCTYPE html>
<html><head><title>Drying solvents - LabWiki</title></head>
<body>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">Drying solvents</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From LabWiki</div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<table class="infobox">
<tbody><tr><th colspan="2" class="infobox-above">Solvent drying</th></tr>
<tr><th scope="row" class="infobox-label">Water limit</th>
<td class="infobox-data">below 50 ppm by Karl Fischer</td></tr>
<tr><th scope="row" class="infobox-label">Sieves</th>
<td class="infobox-data">3 Å for MeOH and MeCN, 4 Å otherwise</td></tr>
<tr><th scope="row" class="infobox-label">Contact</th><td class="infobox-data">Dr. A. Person</td></tr>
</tbody></table>
<p>Most reactions in this group need solvents below 50 ppm water.</p>
<h2><span class="mw-headline" id="Sieves">Molecular sieves</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>
<p>Activate the sieves at 300 &deg;C under vacuum for 12 h before use.<sup id="cite_ref-1" class="reference">
<a href="#cite_note-1">[1]</a></sup></p>
<h2><span class="mw-headline" id="References">References</span>
<span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=2">edit</a>]</span></h2>
<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b>
</span> <span class="reference-text">D. B. G. Williams, M. Lawton, J. Org. Chem. 2010, 75, 8351.</span></li>
</ol>
</div></div>
<div class="printfooter">Retrieved from "<a href="https://wiki.example/index.php?oldid=1">https://wiki.example/index.php?oldid=1</a>"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Techniques">Techniques</a>
</li></ul></div></div>
</div></div>
</body></html>
"""


def test_a_saved_mediawiki_page_reads_without_its_edit_links_tagline_and_footer() -> None:
    """A wiki page saved from the browser: section names without "[edit]", no "From LabWiki", "Jump to
    navigation", "Retrieved from" or categories; the infobox's labelled rows read as label and value."""
    doc = read_any_bytes(MEDIAWIKI, "drying.html")
    text = "\n".join(b.text or " | ".join(b.cells) for b in doc.blocks)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "Molecular sieves" in headings and not any("edit" in h for h in headings)
    for noise in ("From LabWiki", "Jump to", "Retrieved from", "Categories", "^"):
        assert noise not in text, noise
    assert "Water limit: below 50 ppm by Karl Fischer" in text and "Sieves: 3 Å for MeOH and MeCN" in text
    assert "Activate the sieves at 300 °C" in text and "Williams" in text


def read_any_bytes(html: str, name: str) -> Document:
    return read_any(Path(name), html.encode("utf-8"))


def test_bold_one_word_labels_and_bold_questions_opening_paragraphs_head_them() -> None:
    """"<b>Reuse.</b> Filter the enzyme off ..." and "<b>Can I use the NMR sample?</b> Yes. ...", two or more
    under a heading, each head their paragraph (a note's subject, an FAQ's question); "<b>Note.</b>" does not."""
    page = ("<html><body><h1>Lipases</h1><h2>Notes</h2>"
            "<p><b>Reuse.</b> Filter the enzyme off and dry it in air.</p>"
            "<p><b>Storage.</b> Keep the beads closed at 2 to 8 °C.</p>"
            "<p><b>Note.</b> Ask staff before using the shaker.</p>"
            "<h2>FAQ</h2>"
            "<p><b>Can I use the NMR sample?</b> Yes. Leave the cap loose.</p>"
            "<p><b>Is a racemate a problem?</b> No. Racemates crystallise easily.</p></body></html>")
    doc = read_any_bytes(page, "notes.html")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert {"Reuse.", "Storage.", "Can I use the NMR sample?", "Is a racemate a problem?"} <= set(headings)
    assert "Note." not in headings
    assert "Filter the enzyme off and dry it in air." in [b.text for b in doc.blocks if b.kind == "paragraph"]


def test_a_jupyter_notebook_reads_as_its_notes_and_printed_output_without_code_or_errors() -> None:
    page = """<html><body><main>
<div class="jp-Cell jp-MarkdownCell"><div class="jp-Cell-inputWrapper"><div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-InputPrompt jp-InputArea-prompt"></div>
<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput"><h1>Electrolysis notes</h1>
<p>Pass 2.5 F/mol at 10 mA for the Shono oxidation.</p></div></div></div></div>
<div class="jp-Cell jp-CodeCell"><div class="jp-Cell-inputWrapper"><div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[3]:</div>
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor"><div class="highlight"><pre>
<span class="n">Q</span> <span class="o">=</span> <span class="n">mmol</span> * 96485</pre></div></div></div></div>
<div class="jp-Cell-outputWrapper"><div class="jp-OutputArea jp-Cell-outputArea">
<div class="jp-OutputArea-child"><div class="jp-OutputPrompt jp-OutputArea-prompt">Out[3]:</div>
<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain"><pre>run time: 2 h 1 min</pre></div></div>
<div class="jp-OutputArea-child"><div class="jp-RenderedText jp-OutputArea-output"
 data-mime-type="application/vnd.jupyter.stderr"><pre>ZeroDivisionError Traceback (most recent call last)</pre></div>
</div></div></div></div>
</main></body></html>"""
    doc = read(page.encode(), "notebook.html")
    text = " ".join(b.text for b in doc.blocks)
    assert "Pass 2.5 F/mol at 10 mA" in text and "run time: 2 h 1 min" in text
    assert "96485" not in text and "In [3]" not in text and "Out[3]" not in text and "Traceback" not in text


def test_a_slide_deck_keeps_its_speaker_notes_and_its_markdown_slides() -> None:
    """A reveal.js deck: a slide's speaker notes (<aside class="notes">) are the speaker's words on it, not a
    sidebar; a slide written in Markdown inside <textarea data-template> reads as that Markdown (heading,
    table rows), each block at its line of the file."""
    page = """<html><body><div class="reveal"><div class="slides">
<section>
<h2>Imine first</h2>
<ul><li class="fragment">Cool to 0 °C, add TFA (2 equiv)</li></ul>
<aside class="notes"><p>Catechol amines oxidise in air to dark quinones, so degas the buffer.</p></aside>
</section>
<section data-markdown>
<textarea data-template>
## Quick fixes

| You see | Try first |
| --- | --- |
| Only imine after 24 h | 5 equiv TFA, then warm to 40 °C |
</textarea>
</section>
</div></div>
<aside class="sidebar"><p>Other decks by this author</p></aside>
</body></html>"""
    doc = read(page.encode(), "deck.html")
    notes = next(b for b in doc.blocks if b.text.startswith("Catechol amines"))
    assert notes.start == 5
    assert [b.text for b in doc.blocks if b.kind == "heading"][-2:] == ["Imine first", "Quick fixes"]
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [r.cells for r in rows] == [("You see", "Try first"),
                                       ("Only imine after 24 h", "5 equiv TFA, then warm to 40 °C")]
    assert rows[-1].start == 13
    assert "Other decks" not in " ".join(b.text for b in doc.blocks)


def test_a_book_chapter_keeps_its_footnotes_and_tip_boxes_but_a_site_sidebar_is_dropped() -> None:
    """An EPUB chapter saved as HTML: footnotes and tip boxes are asides marked for a book (epub:type,
    role="doc-..."), part of the chapter; a web page's own <aside> sidebar is not."""
    page = """<html><body>
<section epub:type="chapter"><h1>Ester hydrolysis</h1>
<p>Use LiOH in THF/water.<a epub:type="noteref" href="#fn1">1</a></p>
<aside epub:type="sidebar" role="doc-tip" class="box"><p>Keep both phases until the product is in hand.</p></aside>
<aside epub:type="footnote" role="doc-footnote" id="fn1"><p>KOTMS takes up water and CO2 quickly.</p></aside>
</section>
<aside class="sidebar"><p>More books from this publisher</p></aside>
</body></html>"""
    text = " ".join(b.text for b in read(page.encode(), "chapter.html").blocks)
    assert "Keep both phases" in text and "KOTMS takes up water" in text
    assert "More books" not in text


def test_an_accordions_heading_is_kept_whether_it_holds_its_button_or_sits_in_it() -> None:
    """Collapsed sections (SharePoint, Bootstrap) put each problem's name in a toggle button: it heads its
    text. A plain button ("Like", "Share") is still no text."""
    d = doc("<h1>Ugi</h1><div><button aria-expanded='false' aria-controls='c1'><i class='icon'></i>"
            "<h2>Mostly Passerini product</h2></button><div id='c1' class='is-collapsed'><p>Cause: slow imine.</p>"
            "</div></div><h2 class='accordion-header'><button class='accordion-button' data-bs-toggle='collapse'>"
            "Nothing happens with an aniline</button></h2><div class='accordion-collapse collapse'>"
            "<p>Fix: TFE at 2 M.</p></div><p>Helpful? <button>Like</button></p>")
    assert [(b.kind, b.text) for b in d.blocks] == [
        ("heading", "Ugi"), ("heading", "Mostly Passerini product"), ("paragraph", "Cause: slow imine."),
        ("heading", "Nothing happens with an aniline"), ("paragraph", "Fix: TFE at 2 M."),
        ("paragraph", "Helpful?")]


def test_a_toggle_button_with_no_heading_heads_its_collapsed_section() -> None:
    """A Bootstrap card (Moodle, course pages) names each problem only in its header's toggle button: the
    button heads the card's text, one level below the section; a plain button stays out."""
    d = doc("<h2>Troubleshooting</h2><div class='accordion'><div class='card'><div class='card-header'>"
            "<button class='btn btn-link' data-toggle='collapse'>Foam shoots up into the condenser</button></div>"
            "<div class='collapse'><div class='card-body'><p>Cause: the flask is too full.</p>"
            "<p>Fix: fill it no more than half full.</p></div></div></div></div><p>Rate this <button>Like</button></p>")
    assert [(b.kind, b.text) for b in d.blocks] == [
        ("heading", "Troubleshooting"), ("heading", "Foam shoots up into the condenser"),
        ("paragraph", "Cause: the flask is too full."), ("paragraph", "Fix: fill it no more than half full."),
        ("paragraph", "Rate this")]
    levels = [b.level for b in d.blocks if b.kind == "heading"]
    assert levels[1] == levels[0] + 1


def test_a_collapsible_blocks_summary_that_names_a_problem_heads_its_cause_and_fix() -> None:
    """A BookStack page folds each symptom into <details>: its <summary> heads the cause and fix inside."""
    d = doc("<h2>Troubleshooting</h2><p>Click a symptom to open it.</p><details><summary>Conversion stops at "
            "50 %</summary><p>Cause: the catalyst was killed.</p><p>Fix: add 0.1 equiv more.</p></details>")
    assert [(b.kind, b.text) for b in d.blocks] == [
        ("heading", "Troubleshooting"), ("paragraph", "Click a symptom to open it."),
        ("heading", "Conversion stops at 50 %"), ("paragraph", "Cause: the catalyst was killed."),
        ("paragraph", "Fix: add 0.1 equiv more.")]


def test_a_word_list_paragraph_is_an_item_numbered_as_typed() -> None:
    """Word's HTML (Save as Web Page, Outlook) types each list number into an ignored span: numbered steps
    are items with their numbers, bullets are items, and the marker is no part of the text."""
    ignore = "<![if !supportLists]><span style='mso-list:Ignore'>{}<span style='font:7.0pt \"Times\"'>&nbsp;&nbsp;" \
             "</span></span><![endif]>"
    d = doc("<h1>Procedure</h1>"
            "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
            f"{ignore.format('1.')}"
            "Weigh PdCl2 (89 mg) into the flask.<o:p></o:p></p>"
            f"<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'>{ignore.format('2.')}Add the DMF."
            "</p><p class=MsoNormal>Then wait.</p>"
            f"<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>{ignore.format('·')}Stir hard.</p>")
    assert [(b.kind, b.number, b.text) for b in d.blocks] == [
        ("heading", "", "Procedure"), ("item", "1", "Weigh PdCl2 (89 mg) into the flask."),
        ("item", "2", "Add the DMF."),
        ("paragraph", "", "Then wait."), ("item", "", "Stir hard.")]


def test_a_bold_label_standing_alone_heads_what_follows_it() -> None:
    """A wiki panel's bold header ("Check first") over its list, a bold-only line over a to-do list, a OneNote
    outline's bold span: each heads what follows, one level below the section; a bold sentence standing alone
    (a warning) stays a paragraph."""
    page = ("<html><body><h1>Nitro reduction</h1><h2>Conditions used</h2><p>We used iron powder.</p>"
            "<div class='panel'><div class='panelHeader'><b>Check first</b></div><div class='panelContent'>"
            "<ol><li><b>Iron grade.</b> Use 325 mesh iron.</li><li><b>Stirring.</b> Use an overhead stirrer.</li>"
            "</ol></div></div>"
            "<p><strong>Before you start</strong></p><ul><li>Dry the flask.</li><li>Weigh the iron.</li></ul>"
            "<p><span style='font-weight:bold'>Work-up</span></p><p>Filter warm through Celite.</p>"
            "<p><b>Never let the filter cake run dry.</b></p><p>It can ignite in air.</p></body></html>")
    d = doc(page)
    heads = [(b.text, b.level) for b in d.blocks if b.kind == "heading"]
    assert heads[1:] == [("Conditions used", 1), ("Check first", 2), ("Before you start", 2), ("Work-up", 2)]
    assert ("paragraph", "Never let the filter cake run dry.") in [(b.kind, b.text) for b in d.blocks]
    assert texts(d, "item")[:2] == ["Iron grade. Use 325 mesh iron.", "Stirring. Use an overhead stirrer."]


def test_a_documentation_sites_permalink_marks_are_no_part_of_its_terms_and_captions() -> None:
    """Sphinx puts a "¶" link after every heading, field name and table caption; none is read."""
    page = ("<html><body><div role='main'><h1>Quinolines<a class='headerlink' href='#q'>¶</a></h1>"
            "<dl class='simple'><dt>Glycerol<a class='headerlink' href='#g'>¶</a></dt><dd><p>The source of "
            "acrolein.</p></dd></dl><table><caption><span class='caption-text'>Table 2 Anilines</span>"
            "<a class='headerlink' href='#t2'>¶</a></caption><tr><th>Aniline</th><th>Product</th></tr>"
            "<tr><td>2-aminophenol</td><td>8-hydroxyquinoline</td></tr></table></div></body></html>")
    assert "¶" not in alltext(doc(page))


def test_a_sphinx_field_list_of_cause_and_fix_labels_each_paragraph_under_its_entry() -> None:
    """Sphinx renders ":Cause: ..." / ":Fix: ..." as a field list: the field names are run-in labels of their
    text (a cause and a fix of the entry above), not sub-headings that part them from the entry."""
    page = ("<html><body><main><h1>Skraup</h1><h2>Troubleshooting</h2><section><h3>The mixture erupted<a "
            "class='headerlink' href='#x'>¶</a></h3><dl class='field-list simple'><dt class='field-odd'>Cause<span "
            "class='colon'>:</span></dt><dd class='field-odd'><p>Heating continued after the onset.</p></dd><dt "
            "class='field-even'>Fix<span class='colon'>:</span></dt><dd class='field-even'><p>Switch off the heating "
            "at the first boil.</p></dd></dl></section></main></body></html>")
    d = doc(page)
    assert [(b.kind, b.text) for b in d.blocks[-3:]] == [
        ("heading", "The mixture erupted"), ("paragraph", "Cause: Heating continued after the onset."),
        ("paragraph", "Fix: Switch off the heating at the first boil.")]


def test_a_forum_thread_reads_each_post_under_its_author_without_the_post_controls() -> None:
    """A Discourse thread or a wiki page's comments saved from the browser: each post's byline (user name, title,
    date, avatar) becomes a heading with the author's name over the post; like, share and reply buttons, read
    states, reply-to tabs and the comment box are left out, and a thread of comments is no numbered list."""
    post = ("<div class='topic-post'><article class='boxed onscreen-post'><div class='topic-avatar'><img "
            "class='avatar' alt=''></div><div class='topic-body'><div role='heading' class='topic-meta-data'>"
            "<div class='names'><span class='first username'><a>{user}</a></span><span class='second full-name'>"
            "<a>{name}</a></span><span class='user-title'>PhD student</span></div><div class='post-infos'><a "
            "class='reply-to-tab'>felix_h</a><div class='post-info post-date'><span class='relative-date'>Mar 3"
            "</span></div></div></div><div class='cooked'><p>{text}</p></div><section class='post-menu-area'><nav "
            "class='post-controls'><button class='widget-button like-count'><span class='d-button-label'>6</span>"
            "</button><button><span class='d-button-label'>Reply</span></button></nav></section></div></article>"
            "</div>")
    page = ("<html><body><main><h1>Henry reaction stalls at 50 %</h1>"
            + post.format(user="mkowalski", name="Marta Kowalski", text="It never goes past 50 % conversion.")
            + post.format(user="felix_h", name="Felix Hartmann", text="Quench with acid before you concentrate.")
            + "</main></body></html>")
    assert [(b.kind, b.text) for b in doc(page).blocks] == [
        ("heading", "Henry reaction stalls at 50 %"), ("heading", "Marta Kowalski"),
        ("paragraph", "It never goes past 50 % conversion."), ("heading", "Felix Hartmann"),
        ("paragraph", "Quench with acid before you concentrate.")]
    comments = ("<html><body><main><h1>TLC stains</h1><p>Use CAM for everything.</p><h2>2 Comments</h2><ol "
                "class='comment-threads'><li class='comment-thread'><div class='comment'><div class='comment-header'>"
                "<h4 class='author'><a class='url fn'>Rui Santos</a></h4></div><div class='comment-body'><p>Bpin "
                "esters need a hot plate.</p><div class='comment-actions'><a>Reply</a> <a>Like</a></div></div></div>"
                "</li><li class='comment-thread'><div class='comment'><div class='comment-header'><h4 class='author'>"
                "<a class='url fn'>Kavya Menon</a></h4></div><div class='comment-body'><p>Refill the iodine jar.</p>"
                "</div></div></li></ol><div class='quick-comment-container'><p>Write a comment…</p></div></main>"
                "</body></html>")
    assert [(b.kind, b.text) for b in doc(comments).blocks][-5:] == [
        ("heading", "2 Comments"), ("heading", "Rui Santos"), ("paragraph", "Bpin esters need a hot plate."),
        ("heading", "Kavya Menon"), ("paragraph", "Refill the iodine jar.")]


def test_a_chat_channel_export_reads_each_message_under_its_sender_without_avatars() -> None:
    """A chat channel exported to HTML (Slack export viewers): each message's sender, standing alone beside
    the avatar's initials and the time, heads the message; the initials are left out."""
    msg = ("<div class='message-container'><div class='message'><div class='user_icon' title='{name}'>{ini}</div>"
           "<div class='username'>{user}</div><a class='time'>2025-02-24 10:32:02</a><div class='msg'><p>{text}</p>"
           "</div></div></div>")
    page = ("<html><body><div class='channel-header'><h1># synthesis-help</h1></div><div class='messages'>"
            + msg.format(name="Marek Dvorak", ini="MD", user="marek.dvorak", text="Oxalyl chloride in, no bubbling.")
            + msg.format(name="Lena Hartmann", ini="LH", user="lena.hartmann", text="Add two drops of DMF.")
            + "</div></body></html>")
    blocks = [(b.kind, b.text) for b in doc(page).blocks]
    heads = [b.text for b in doc(page).blocks if b.post]
    assert heads == ["marek.dvorak", "lena.hartmann"]
    assert ("paragraph", "Add two drops of DMF.") in blocks
    assert not any(t in ("MD", "LH") for _, t in blocks)


def test_numbered_lines_set_apart_by_line_breaks_are_a_list() -> None:
    """A procedure typed into a chat message or a wiki paragraph as "1. ...<br>2. ...": its steps are list items,
    numbered as typed, after the line that names it; a paragraph with one numbered line stays a paragraph."""
    page = ("<html><body><h1>Acid chlorides</h1><p><b>Standard procedure</b><br/>1. Dissolve the acid in dry CH2Cl2."
            "<br/>2. Add DMF (2 drops).<br/>3. Add oxalyl chloride dropwise.</p>"
            "<p>We use it daily.<br/>1. is the default.</p></body></html>")
    blocks = [(b.kind, b.text, b.number) for b in doc(page).blocks]
    assert blocks[1:] == [("paragraph", "Standard procedure", ""),
                          ("item", "Dissolve the acid in dry CH2Cl2.", "1"), ("item", "Add DMF (2 drops).", "2"),
                          ("item", "Add oxalyl chloride dropwise.", "3"),
                          ("paragraph", "We use it daily. 1. is the default.", "")]


def test_a_wiki_pages_likes_and_labels_are_no_part_of_it() -> None:
    """Confluence puts "Like · Anna and 3 others like this" and the page's labels (tags) under the article;
    neither is read (the references above them are)."""
    page = ("<html><body><div id='main-content' class='wiki-content'><h1>References</h1><ol><li>R. H. Shapiro, "
            "Org. React. 1976, 23, 405.</li></ol></div><div id='likes-and-labels-container'><div id='likes-section'>"
            "<a class='like-button'><span class='like-button-text'>Like</span></a><span class='like-summary'>Anna "
            "Kowalczyk and 3 others like this</span></div><div id='labels-section' class='pageSection group'>"
            "<div class='labels-content'><ul class='label-list'><li class='aui-label'><a rel='tag' href='/label/x'>"
            "named-reaction</a></li><li class='aui-label'><a rel='tag' href='/label/y'>organolithium</a></li></ul>"
            "</div></div></div></body></html>")
    text = alltext(doc(page))
    assert "Shapiro, Org. React. 1976" in text
    for noise in ("like this", "Like", "named-reaction", "organolithium"):
        assert noise not in text, noise
