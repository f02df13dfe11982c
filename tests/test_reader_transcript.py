"""A meeting transcript saved as WebVTT (Teams, Zoom, Stream): the spoken text, joined across cues, under
each speaker; no cue numbers, timings or voice tags; a NOTE block read as text."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus import readers

VTT = """WEBVTT

4f0c9a2e/12-0
00:00:03.210 --> 00:00:10.064
<v Ngozi Adeyemi>OK, let's start. Fill the thimble two thirds full and put a</v>

4f0c9a2e/12-1
00:00:10.144 --> 00:00:14.511
<v Ngozi Adeyemi>plug of glass wool on top.</v>

4f0c9a2e/13-0
00:00:20.386 --> 00:00:27.311
<v Tom Price>How many cycles an hour?</v>

4f0c9a2e/13-1
00:00:27.311 --> 00:00:33.154
<v Ngozi Adeyemi>Four to six cycles an hour.</v>

NOTE
Slide 9: check first
1. Cooling water on and flowing
2. Clips on every joint
"""


def test_a_webvtt_transcript_reads_as_what_each_speaker_said() -> None:
    d = readers.read(Path("session.txt"), VTT.encode("utf-8"))
    assert d.title == "session"
    texts = [(b.kind, b.text) for b in d.blocks]
    assert ("paragraph", "OK, let's start. Fill the thimble two thirds full and put a plug of glass wool on top."
            ) in texts
    assert ("paragraph", "How many cycles an hour?") in texts and ("paragraph", "Four to six cycles an hour.") in texts
    heads = [b.text for b in d.blocks if b.kind == "heading"]
    assert heads[:3] == ["Ngozi Adeyemi", "Tom Price", "Ngozi Adeyemi"]
    assert [b.text for b in d.blocks if b.kind == "item"] == ["Cooling water on and flowing", "Clips on every joint"]
    every = " ".join(b.text for b in d.blocks)
    for absent in ("-->", "<v", "</v>", "4f0c9a2e", "WEBVTT", "NOTE"):
        assert absent not in every
    first = next(b for b in d.blocks if b.text.startswith("OK, let's start"))
    assert first.start == 5
