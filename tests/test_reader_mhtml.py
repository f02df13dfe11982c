"""Saved web pages in one file (.mhtml, .mht; a wiki's "Export to Word" .doc is the same MIME package): the page's
HTML part is read as a web page; a binary Word 97-2003 .doc is refused with what to do."""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from assistant.corpus.readers import READERS
from assistant.corpus.readers import read as read_any
from assistant.errors import CorpusError

PAGE = """<!DOCTYPE html><html><head><title>Swern oxidation | Lab wiki</title></head><body>
<nav><a href="/">Home</a> <a href="/wiki">Wiki</a></nav>
<main><h1>Swern oxidation</h1>
<p>Run the activation at −78 °C; above −60 °C the chlorosulfonium salt decomposes.</p>
<h2>Troubleshooting</h2>
<h3>Smell of cabbage in the hood</h3>
<p><b>Cause:</b> dimethyl sulfide is formed stoichiometrically.</p>
<p><b>Fix:</b> rinse the glassware with dilute bleach before it leaves the hood.</p>
</main><footer>© Lab wiki 2024</footer></body></html>"""


def mhtml(html: str, boundary: str = "----MultipartBoundary--abc123") -> bytes:
    """A page as Chrome saves it ("Webpage, Single File"): MIME, the HTML quoted-printable, an image part after."""
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://wiki.example.org/swern\r\n"
            f"Subject: Swern oxidation | Lab wiki\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://wiki.example.org/swern\r\n\r\n"
            f"{body}\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: https://wiki.example.org/logo.png\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n"
            ).encode("ascii")


@pytest.mark.parametrize("suffix", [".mhtml", ".mht", ".doc"])
def test_a_saved_web_page_is_read_as_its_page(suffix: str) -> None:
    doc = read_any(Path(f"swern{suffix}"), mhtml(PAGE))
    texts = [b.text for b in doc.blocks]
    assert doc.format == "html"
    assert any("−78 °C" in t for t in texts), texts  # quoted-printable and UTF-8 undone
    assert any("rinse the glassware with dilute bleach" in t for t in texts)
    assert not any("Home" in t or "© Lab wiki" in t for t in texts)  # the page's navigation and footer left out
    assert any(b.kind == "heading" and b.text == "Smell of cabbage in the hood" for b in doc.blocks)


@pytest.mark.parametrize(("data", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Word 97-2003"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n"
     b"\r\nxx\r\n--b--\r\n", "no web page"),
])
def test_a_doc_that_is_no_saved_page_is_refused_with_what_to_do(data: bytes, says: str) -> None:
    with pytest.raises(CorpusError) as e:
        read_any(Path("old.doc"), data)
    assert says in str(e.value) and str(e.value).startswith("old.doc: ")


def test_the_saved_page_suffixes_are_read() -> None:
    assert {".mhtml", ".mht", ".doc"} <= set(READERS)
