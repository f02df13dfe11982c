"""An e-mail saved as its source (.eml, or Gmail's "Show original" saved as .txt): the thread's words, each
message under its sender, the attachment's table; no transport headers, HTML copy or encoding left."""

from __future__ import annotations

import base64
from pathlib import Path

from assistant.corpus import readers
from assistant.corpus.document import Document

CSV = "Oxidant,Strength,Note\nmCPBA,medium,buffer with NaHCO3\nTFPAA,strong,make from UHP only\n"

SOURCE = f"""Delivered-To: ann.lee@example.ac.uk
Received: by 2002:a05:7010:4b8e with SMTP id ba14csp1874519mdb;
        Thu, 13 Mar 2025 10:40:31 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=example.ac.uk; s=sel2; bh=Z8kq1xV4mT7pR2nL9dF6jG0aE5uB1zO3iV9tQ2yW8rN=;
MIME-Version: 1.0
From: =?UTF-8?Q?Tom=C3=A1s_Rivera?= <t.rivera@example.ac.uk>
Date: Thu, 13 Mar 2025 17:40:19 +0000
Subject: Re: Baeyer-Villiger stalls at 60%
To: Ann Lee <ann.lee@example.ac.uk>
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Thanks, it worked. I cooled the mixture to 0 =C2=B0C for 30 min and filtered=
 off the mCBA before the sulfite wash.

Tom=C3=A1s

--
Tom=C3=A1s Rivera | PhD student

On Wed, 12 Mar 2025 at 10:20, Ann Lee <ann.lee@example.ac.uk>
wrote:

> Titrate the old mCPBA first: a bottle at 58% explains a stall at 60% on its
> own.
>
> Ann
>
--inner
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Thanks, it worked. HTMLCOPY</div>
--inner--
--outer
Content-Type: text/csv; charset="UTF-8"; name="oxidants.csv"
Content-Disposition: attachment; filename="oxidants.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV.encode()).decode().strip()}
--outer--
"""


def doc(name: str = "thread.txt") -> Document:
    return readers.read(Path(name), SOURCE.replace("\n", "\r\n").encode("utf-8"))


def line_of(text: str) -> int:
    return next(i for i, ln in enumerate(SOURCE.split("\n"), 1) if text in ln)


def test_a_message_source_reads_as_its_thread_each_message_under_its_sender() -> None:
    d = doc()
    assert d.title == "Baeyer-Villiger stalls at 60%"
    headings = [b.text for b in d.blocks if b.kind == "heading"]
    assert headings[-3:-1] == ["Tomás Rivera", "Ann Lee"]
    body = [b.text for b in d.blocks if b.kind == "paragraph"]
    assert body[0] == ("Thanks, it worked. I cooled the mixture to 0 °C for 30 min and filtered off the mCBA "
                       "before the sulfite wash.")
    assert ("Titrate the old mCPBA first: a bottle at 58% explains a stall at 60% on its own.") in body
    every = " ".join(b.text for b in d.blocks)
    for absent in ("DKIM", "SMTP", "HTMLCOPY", "=C2", "PhD student", ">", "wrote:"):
        assert absent not in every


def test_each_block_cites_the_line_of_the_file_it_came_from() -> None:
    d = doc()
    first = next(b for b in d.blocks if b.text.startswith("Thanks, it worked"))
    assert (first.start, first.end) == (line_of("Thanks, it worked. I cooled"), line_of(" off the mCBA"))
    quoted = next(b for b in d.blocks if b.text.startswith("Titrate"))
    assert quoted.start == line_of("> Titrate the old")


def test_a_csv_attachment_is_a_table_and_an_eml_file_reads_the_same() -> None:
    d = doc("thread.eml")
    rows = [b for b in d.blocks if b.kind == "row"]
    assert [r.cells for r in rows] == [("Oxidant", "Strength", "Note"), ("mCPBA", "medium", "buffer with NaHCO3"),
                                       ("TFPAA", "strong", "make from UHP only")]
    assert d.blocks == doc().blocks


def test_a_thread_exported_by_a_list_archive_is_not_taken_for_a_message_source() -> None:
    text = ("synth-help archive\n\nFrom: Ann Lee <ann@example.org>\nDate: Tue, 4 Mar 2025\n\nHi all, help.\n\n"
            "From: Tom Rivera <tom@example.org>\nDate: Tue, 4 Mar 2025\n\nTry fresh lithium.\n")
    d = readers.read(Path("list.txt"), text.encode())
    assert [b.text for b in d.blocks if b.kind == "heading"][-2:] == ["Ann Lee", "Tom Rivera"]


OUTLOOK = """Received: from DB9PR07MB8712.eurprd07.prod.outlook.com (2603:10a6:10:2f3::9)
 by AM6PR07MB5590.eurprd07.prod.outlook.com with HTTPS; Wed, 12 Mar 2025
From: Dan Kowalski <d.kowalski@example.ac.uk>
Subject: RE: Wacker oxidation keeps dying
Thread-Index: AQHbkgGJ5wq0CkFvNUm1s1d3xGZx9rNt1wGAgAB2PYCAAPlQAA==
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
Content-Type: multipart/related;
\tboundary="_004_DB9_";
\ttype="text/html"
MIME-Version: 1.0

--_004_DB9_
Content-Type: text/html; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3D=
windows-1252"></head><body>
<p class=3DMsoNormal>Pre-stir the CuCl with the PdCl2 under O2 f=
or 30 min =96 the green colour tells you the copper is oxidised.<o:p></o:p></p>
<div style=3D'border:none;border-top:solid #E1E1E1 1.0pt'><p class=3DMsoNormal><b>From:</b> Jonas Lindner =
&lt;jonas@lumen.example.com&gt;<br><b>Sent:</b> 07 March 2025 16:21<br><b>To:</b> Dan Kowalski<br>
<b>Subject:</b> RE: old Wacker procedure?</p></div>
<p class=3DMsoNormal>Use 10 mol% PdCl2 and 1 equiv CuCl in DMF/H2O 7:1.</p>
</body></html>

--_004_DB9_--
"""


def test_a_header_name_with_an_underscore_does_not_end_the_header_block() -> None:
    """Outlook writes "msip_labels:" among the headers: the message's HTML is still read as its text."""
    d = readers.read(Path("wacker.eml"), OUTLOOK.replace("\n", "\r\n").encode("utf-8"))
    every = " ".join(b.text for b in d.blocks)
    assert d.title == "Wacker oxidation keeps dying"
    assert "Pre-stir the CuCl with the PdCl2 under O2 for 30 min – the green colour" in every
    for absent in ("Content-Type", "msip", "=3D", "MsoNormal", "<p", "â€"):
        assert absent not in every


def test_an_html_only_thread_heads_each_message_by_its_sender_and_cites_its_lines() -> None:
    """Outlook quotes the history under "From: ... Sent: ..." blocks: each message is headed by its sender,
    and each block cites the lines of the file it was encoded on."""
    d = readers.read(Path("wacker.eml"), OUTLOOK.encode("utf-8"))
    assert [b.text for b in d.blocks if b.kind == "heading"] == ["Dan Kowalski", "Jonas Lindner"]
    lines = OUTLOOK.split("\n")
    first = next(b for b in d.blocks if b.text.startswith("Pre-stir"))
    assert (first.start, first.end) == (lines.index("<p class=3DMsoNormal>Pre-stir the CuCl with the PdCl2 under O2 "
                                                    "f=") + 1,
                                        lines.index("or 30 min =96 the green colour tells you the copper is "
                                                    "oxidised.<o:p></o:p></p>") + 1)
    assert not any(b.text.startswith("From:") for b in d.blocks)


DIGEST = """From: synth-list-request@lists.example.org
Subject: SYNTH-LIST Digest, Vol 38, Issue 14
Date: Fri, 14 Mar 2025 12:00:02 +0000
Message-ID: <mailman.1193@lists.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===outer=="

--===outer==
Content-Type: text/plain; charset="us-ascii"
Content-Description: SYNTH-LIST Digest, Vol 38, Issue 14

Today's Topics:

   1. Pauson-Khand: little cyclopentenone (Ines Carvalho)
   2. Re: Pauson-Khand: little cyclopentenone (Rohan Mehta)

--===outer==
Content-Type: multipart/digest; boundary="===digest=="

--===digest==
Content-Type: message/rfc822

From: Ines Carvalho <ines@example.ac.uk>
Subject: [SYNTH-LIST] Pauson-Khand: little cyclopentenone
Date: Tue, 11 Mar 2025 16:47:09 +0000
Content-Type: text/plain; charset=UTF-8; format=flowed

My Co2(CO)8 is a dark purple-black powder. Does that matter?

--===digest==
Content-Type: message/rfc822

From: Rohan Mehta <rohan@example.com>
Subject: [SYNTH-LIST] Re: Pauson-Khand: little cyclopentenone
Date: Tue, 11 Mar 2025 21:12:44 +0000
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Yes: good Co2(CO)8 is orange-red. Buy a new ampoule and store it at =E2=88=9220 =C2=B0C.

--===digest==--

--===outer==--
"""


def test_a_digest_reads_each_posted_message_under_its_sender_without_its_table_of_contents() -> None:
    d = readers.read(Path("digest.eml"), DIGEST.encode("utf-8"))
    assert [b.text for b in d.blocks if b.kind == "heading"][-2:] == ["Ines Carvalho", "Rohan Mehta"]
    body = [b.text for b in d.blocks if b.kind == "paragraph"]
    assert "My Co2(CO)8 is a dark purple-black powder. Does that matter?" in body
    assert "Yes: good Co2(CO)8 is orange-red. Buy a new ampoule and store it at −20 °C." in body
    every = " ".join(b.text for b in d.blocks)
    assert "Today's Topics" not in every and "Content-Type" not in every
    reply = next(b for b in d.blocks if b.text.startswith("Yes: good"))
    assert reply.start == DIGEST.split("\n").index("Yes: good Co2(CO)8 is orange-red. Buy a new ampoule and store "
                                                   "it at =E2=88=9220 =C2=B0C.") + 1
