"""Many guides: a lab's own guides in other layouts are indexed and cited; guides that disagree are both
shown; re-indexing embeds only what changed; unreadable files are skipped by name; the corpus is configurable."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.cli import ask_main, assistant_main
from assistant.index import store
from assistant.index.build import build_index
from assistant.session import Session
from assistant.settings import Paths

from .conftest import GUIDE

FIXTURES = Path(__file__).parent / "fixtures" / "guides"


def corpus_with(tmp_path: Path, *names: str, seed: bool = True) -> Paths:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    if seed:
        shutil.copy(GUIDE, corpus / GUIDE.name)
    for name in names:
        shutil.copy(FIXTURES / name, corpus / name)
    return Paths(corpus, tmp_path / "index")


@pytest.fixture()
def lab(tmp_path: Path) -> Paths:
    p = corpus_with(tmp_path, "boc-deprotection.txt", "suzuki-coupling-faq.md", "rcm-lab-notes.md", "grignard-sop.md")
    build_index(p, embedder="hashing")
    return p


@pytest.mark.parametrize(("question", "guide", "words"), [
    ("tert-butyl cation alkylates my substrate during Boc removal", "boc-deprotection", "triethylsilane"),
    ("suzuki coupling protodeboronation of the boronic acid, what should I switch to", "suzuki-coupling-faq",
     "MIDA"),
    ("which base works for base-sensitive esters in a Suzuki", "suzuki-coupling-faq", "CsF"),
    ("why does my RCM stop at half conversion", "rcm-lab-notes", "Sparge"),
    ("can I use 2-MeTHF instead of THF for the Grignard", "grignard-sop", "cleaner initiation"),
])
def test_questions_about_added_guides_cite_them(lab: Paths, question: str, guide: str, words: str) -> None:
    a = Session(lab).ask(question)
    assert a.answered
    assert a.citations[0].guide == guide
    assert words in a.answer


def test_guide_titles_come_from_first_heading_or_file_name(lab: Paths) -> None:
    titles = {p.guide: p.guide_title for p in store.load_index(lab).passages}
    assert titles["rcm-lab-notes"] == "RCM Lab Notes: Seven-Membered Rings"  # ATX heading
    assert titles["suzuki-coupling-faq"] == "Suzuki couplings of heteroaryl chlorides: what goes wrong"  # setext
    assert titles["boc-deprotection"] == "BOC REMOVAL TROUBLESHOOTING"  # plain-text first line


def test_markdown_structure_becomes_passage_kinds(lab: Paths) -> None:
    by_guide: dict[str, list[tuple[str, tuple[str, ...], tuple[int, int]]]] = {}
    for p in store.load_index(lab).passages:
        by_guide.setdefault(p.guide, []).append((p.kind, p.section, p.lines))
    suzuki = by_guide["suzuki-coupling-faq"]
    assert ("symptom", ("Symptoms",), (9, 9)) in suzuki  # a list under a "Symptoms" heading
    assert ("solution", ("Fixes",), (17, 17)) in suzuki
    assert ("table-row", ("Typical conditions", "Table: Parameter", "Pd loading"), (25, 25)) in suzuki
    assert ("faq", ("Typical conditions", "Which base works for base-sensitive esters?"), (29, 30)) in suzuki
    rcm = by_guide["rcm-lab-notes"]
    assert ("faq", ("FAQ", "Can I run RCM in DMF?"), (19, 20)) in rcm  # Q:/A: on consecutive lines
    assert ("protocol", ("Protocol: Sparged RCM",), (22, 27)) in rcm  # numbered list under a heading
    grignard = by_guide["grignard-sop"]  # bold labels as sub-headings, a blockquote, **Q:**/**A:** pairs
    assert ("prose", ("Introduction",), (3, 3)) in grignard
    assert ("symptom", ("Problem: reaction will not initiate", "Symptoms"), (9, 9)) in grignard
    assert ("cause", ("Problem: reaction will not initiate", "Likely causes"), (15, 15)) in grignard
    assert ("solution", ("Problem: reaction will not initiate", "What to do"), (19, 19)) in grignard
    assert ("faq", ("Quick reference", "FAQ", "Can I use 2-MeTHF instead of THF?"), (32, 33)) in grignard
    boc = by_guide["boc-deprotection"]
    assert ("cause", ("tert-Butyl cation side products", "Cause"), (16, 16)) in boc


def test_guides_that_disagree_show_both_values_each_cited(tmp_path: Path) -> None:
    p = corpus_with(tmp_path, "rcm-lab-notes.md")
    build_index(p, embedder="hashing")
    a = Session(p).ask("how much Grubbs II catalyst loading")
    lines = a.answer.splitlines()
    assert lines[0].startswith("The guides differ on Grubbs 2nd Gen. — Typical Loading (mol%):")
    cites = {c.n: c for c in a.citations}
    shown = {}
    for line in lines[1:3]:
        body, mark = line.rsplit(" [", 1)
        c = cites[int(mark.rstrip("]"))]
        value = body.rsplit(": ", 1)[1]
        assert value in c.text and body.startswith(c.guide_title)
        shown[c.guide] = value
    assert shown == {"rcm-lab-notes": "8-10", "troubleshooting-1-4-diazepane-ring-formation": "1-5"}


def test_reindex_embeds_only_changed_guides_and_matches_a_full_build(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    p = corpus_with(tmp_path, "boc-deprotection.txt")
    first = build_index(p, embedder="hashing")
    assert first.added == sorted([GUIDE.name, "boc-deprotection.txt"]) and first.embedded > 0
    shutil.copy(FIXTURES / "suzuki-coupling-faq.md", p.corpus)
    (p.corpus / "boc-deprotection.txt").unlink()
    second = build_index(p, embedder="hashing")
    assert (second.added, second.removed, second.unchanged) == (
        ["suzuki-coupling-faq.md"], ["boc-deprotection.txt"], [GUIDE.name])
    suzuki = sum(g.passages for g in second.manifest.guides if g.guide == "suzuki-coupling-faq")
    assert 0 < second.embedded <= 2 * suzuki + 20 and second.reused > 100

    def no_model(name: object) -> None:
        raise AssertionError("an unchanged corpus must not load the model or re-parse guides")

    monkeypatch.setattr("assistant.index.build.build_encoder", no_model)
    monkeypatch.setattr("assistant.index.build.passages_of", no_model)  # unchanged guides are not re-parsed
    third = build_index(p, embedder="hashing")
    assert third.embedded == 0 and third.unchanged == sorted([GUIDE.name, "suzuki-coupling-faq.md"])
    incremental = np.load(p.index / "vectors.npy")
    monkeypatch.undo()
    scratch = corpus_with(tmp_path / "scratch", "suzuki-coupling-faq.md")
    build_index(scratch, embedder="hashing")
    np.testing.assert_array_equal(incremental, np.load(scratch.index / "vectors.npy"))
    np.testing.assert_array_equal(np.load(p.index / "unit_vectors.npy"), np.load(scratch.index / "unit_vectors.npy"))


def test_index_command_shows_progress_and_one_summary_line(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    p = corpus_with(tmp_path, "rcm-lab-notes.md")
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    assert assistant_main(["index", "--corpus", str(p.corpus), "--index", str(p.index_root)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].startswith("indexed 61 passages from 2 guide(s) (2 added); embedded ")
    assert out[0].endswith(f"-> {p.index}")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("garbled.txt", b"Caf\x81 notes\n\nSymptom: slow.\n", "neither UTF-8 nor Windows-1252 text"),
    ("blank.md", b"  \n\n\t\n", "is empty"),
    ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
])
def test_unreadable_guide_is_skipped_by_name_and_the_rest_index(tmp_path: Path, monkeypatch, capsys,  # type: ignore[no-untyped-def]
                                                                name: str, content: bytes, reason: str) -> None:
    p = corpus_with(tmp_path, "rcm-lab-notes.md")
    (p.corpus / name).write_bytes(content)
    (p.corpus / "notes.pages").write_text("Not a guide format we read.\n")
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    monkeypatch.setenv("ASSISTANT_CORPUS", str(p.corpus))
    monkeypatch.setenv("ASSISTANT_INDEX", str(p.index_root))
    assert assistant_main(["index"]) == 0
    out = capsys.readouterr()
    assert f"skipped {name}: " in out.err and reason in out.err
    assert ("ignored notes.pages: guides are .txt, .text, .rst, .rest, .org, .adoc, .asciidoc, .typ, .tex, .vtt, "
            ".tsv, .md, .markdown, .mdx, .mkd, .html, .htm, .xhtml, .mhtml, .mht, .doc, .pdf, .docx, .xlsx, .pptx, "
            ".rtf, .odt, .ipynb, .eml, .csv files" in out.err)
    assert "1 skipped" in out.out and "2 guide(s)" in out.out
    assert ask_main(["why does my RCM stop at half conversion"]) == 0  # the skipped file does not make it stale
    assert "[1]" in capsys.readouterr().out


def _pdf(encrypt: str | None = None, text: bool = True) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt, invariant=1)
    if text:
        c.drawString(72, 720, "Symptom: the column runs dry. Fix: keep solvent above the silica.")
    else:  # a scanned page: a picture of text, no text layer
        c.rect(72, 600, 300, 150, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("name", "make", "reason"), [
    ("locked.pdf", lambda: _pdf(encrypt="secret"), "encrypted PDF"),
    ("scanned.pdf", lambda: _pdf(text=False), "no text layer"),
    ("broken.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "not a readable PDF"),
    ("broken.docx", lambda: b"PK\x03\x04 not really a zip", "not a readable Word file"),
    ("old.docx", lambda: bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512), "old binary .doc or encrypted file"),
    ("empty.html", lambda: b"<html><head><script>x()</script></head><body><nav>Home</nav></body></html>",
     "no readable text"),
])
def test_an_unreadable_pdf_word_or_web_file_is_skipped_with_its_reason(  # type: ignore[no-untyped-def]
        tmp_path: Path, monkeypatch, capsys, name: str, make, reason: str) -> None:
    p = corpus_with(tmp_path, "rcm-lab-notes.md")
    (p.corpus / name).write_bytes(make())
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    assert assistant_main(["index", "--corpus", str(p.corpus), "--index", str(p.index_root)]) == 0
    out = capsys.readouterr()
    skipped = [line for line in out.err.splitlines() if line.startswith(f"skipped {name}: ")]
    assert len(skipped) == 1 and reason in skipped[0], out.err
    assert "Traceback" not in out.err and "1 skipped" in out.out and "2 guide(s)" in out.out


def test_a_guide_over_the_size_limit_is_skipped(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from assistant.corpus import loader

    p = corpus_with(tmp_path, "rcm-lab-notes.md")
    (p.corpus / "huge.md").write_text("# Huge\n\n" + "Symptom: slow. " * 5000)
    monkeypatch.setattr(loader, "MAX_BYTES", 50_000)
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    assert assistant_main(["index", "--corpus", str(p.corpus), "--index", str(p.index_root)]) == 0
    err = capsys.readouterr().err
    assert "skipped huge.md: is 75 kB, over the 50 kB limit for a guide" in err.splitlines()


def test_corpus_and_index_from_a_config_file(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    p = corpus_with(tmp_path / "lab", "suzuki-coupling-faq.md", seed=False)
    config = tmp_path / "lab" / "assistant.toml"
    config.write_text('corpus = "corpus"\nindex = "index"\n')  # relative to the config file
    monkeypatch.delenv("ASSISTANT_CORPUS", raising=False)
    monkeypatch.delenv("ASSISTANT_INDEX", raising=False)
    monkeypatch.setenv("ASSISTANT_CONFIG", str(config))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    assert assistant_main(["index"]) == 0
    assert str(p.index) in capsys.readouterr().out
    assert ask_main(["--json", "which base for base-sensitive esters in Suzuki couplings"]) == 0
    assert '"guide": "suzuki-coupling-faq"' in capsys.readouterr().out
    monkeypatch.setenv("ASSISTANT_CORPUS", str(tmp_path / "elsewhere"))  # the environment beats the file
    assert ask_main(["anything"]) == 1
    assert "elsewhere" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "message"), [
    ("corpus = [1, 2]\n", "must be a folder path"),
    ("corpse = 'x'\n", "unknown setting 'corpse'"),
    ("corpus = \n", "not valid TOML"),
])
def test_bad_config_file_is_one_line_usage_error(tmp_path: Path, monkeypatch, capsys, text: str,  # type: ignore[no-untyped-def]
                                                 message: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text)
    monkeypatch.delenv("ASSISTANT_CORPUS", raising=False)
    monkeypatch.delenv("ASSISTANT_INDEX", raising=False)
    monkeypatch.setenv("ASSISTANT_CONFIG", str(config))
    assert ask_main(["why is my RCM sluggish"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "q1", "split": "", "scope": "in", "question": "x", "gold": []}', "q.jsonl:1: split: String should have"),
    ('{"id": "q1", "split": "dev", "scope": "maybe", "question": "x"}', "q.jsonl:1: scope: Input should be"),
    ('{"id": "q1", "split": "dev", "scope": "in", "question": "x"}', "needs at least one gold passage"),
    ('{"id": "q1", "split": "dev", "scope": "out", "question": "x", "golden": []}', "golden: Extra inputs"),
    ('{"id": "q1", "split": "dev", "scope": "in", "question": "x", "gold": [{"guide": "rcm-lab-notes", '
     '"anchor": "Grubbs"}]}', "matches 4 passages, not 1"),
])
def test_a_bad_question_set_line_is_named(lab: Paths, tmp_path: Path, line: str, message: str) -> None:
    from assistant.errors import UsageError
    from assistant.evaluate import load_questions

    f = tmp_path / "q.jsonl"
    f.write_text(line + "\n")
    with pytest.raises(UsageError, match=re.escape(message)):
        load_questions(f, store.load_index(lab).passages)


def test_a_folded_in_part_makes_every_passage_with_its_anchor_gold_and_leaves_out_what_none_holds(
        lab: Paths, tmp_path: Path) -> None:
    # A held-out part's anchors were written against the guide's text, not our passages: one a reader repeats
    # counts wherever it is, and one no passage holds (a hyphenated line end) cannot be scored.
    from assistant.evaluate import load_questions

    f = tmp_path / "q.jsonl"
    f.write_text('{"id": "a", "split": "fresh9", "scope": "in", "question": "x", "gold": [{"guide": "rcm-lab-notes", '
                 '"anchor": "Grubbs"}]}\n'
                 '{"id": "b", "split": "fresh9", "scope": "in", "question": "y", "gold": [{"guide": "rcm-lab-notes", '
                 '"anchor": "no passage says this"}]}\n'
                 '{"id": "c", "split": "fresh9", "scope": "out", "question": "z"}\n')
    loaded = load_questions(f, store.load_index(lab).passages, strict=False)
    assert [(q.id, len(q.gold)) for q in loaded] == [("a", 4), ("c", 0)]


def test_a_text_guide_saved_as_windows_1252_reads_with_its_degree_signs_and_dashes(tmp_path: Path) -> None:
    # Notepad's and Word's "ANSI" text: not UTF-8, but a lab's guide all the same.
    from assistant.corpus.loader import load_guide, passages_of

    f = tmp_path / "cooling.txt"
    f.write_bytes("COOLING BATHS\r\n\r\nQ: How cold does dry ice in acetone get?\r\n"
                  "A: About \u221278 \u00b0C \u2013 stir it and check with a thermometer.\r\n"
                  .replace("\u2212", "-").encode("cp1252"))
    text = "\n".join(p.text for p in passages_of(load_guide(f)))
    assert "About -78 °C – stir it" in text


def test_an_out_of_scope_question_a_later_guide_answers_is_asked_in_its_fold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A question written as out of scope before a guide that answers it was added (evals/rescoped): asked once,
    in scope, in the fold of the guide that answers it; its old out-of-scope row is no longer asked."""
    import json

    from assistant import evaluate
    from assistant.models import Passage

    first, dev, rescoped = tmp_path / "questions.jsonl", tmp_path / "dev", tmp_path / "rescoped"
    dev.mkdir()
    rescoped.mkdir()
    first.write_text("\n".join(json.dumps(r) for r in [
        {"id": "o1", "split": "dev", "scope": "out", "question": "Heck reaction regioselectivity"},
        {"id": "o2", "split": "dev", "scope": "out", "question": "capital of Mongolia"}]) + "\n", encoding="utf-8")
    (rescoped / "heck-notes.jsonl").write_text(json.dumps(
        {"id": "o1", "split": "dev", "scope": "in", "question": "Heck reaction regioselectivity",
         "gold": [{"guide": "heck-notes", "anchor": "Aryl groups add to the less substituted end"}],
         "key": ["less substituted end"], "lead": "less substituted end"}) + "\n", encoding="utf-8")
    heck = Passage(id="heck-notes:prose:1", guide="heck-notes", guide_title="Heck notes", section=("Selectivity",),
                   kind="prose", lines=(1, 1), text="Aryl groups add to the less substituted end of the alkene.")
    monkeypatch.setattr(evaluate, "QUESTIONS", first)
    monkeypatch.setattr(evaluate, "DEV_QUESTIONS", dev)
    monkeypatch.setattr(evaluate, "LAY_QUESTIONS", dev)
    monkeypatch.setattr(evaluate, "FOLDED", ())
    monkeypatch.setattr(evaluate, "RESCOPED", rescoped)
    monkeypatch.setattr(evaluate, "DEV_FOLDERS", (tmp_path / "corpus",))
    asked = {(q.id, q.scope, q.guide, tuple(q.gold)) for q in evaluate.dev_questions([heck])}
    assert ("o1", "in", "heck-notes", ("heck-notes:prose:1",)) in asked
    assert [a for a in asked if a[0] == "o1"] == [("o1", "in", "heck-notes", ("heck-notes:prose:1",))]
    assert any(a[0] == "o2" and a[1] == "out" for a in asked)


@pytest.mark.parametrize(("name", "content", "words"), [
    ("silylation.rst", "Silylation\n==========\n\nTroubleshooting\n---------------\n\nUse 1.2 equiv TBSCl and "
                       "2.5 equiv imidazole in DMF.\n", "2.5 equiv imidazole"),
    ("hplc.org", "#+TITLE: HPLC notes\n* Pressure\n#+BEGIN_NOTE\nCheck the inline filter first.\n#+END_NOTE\n"
                 "* Baseline\n#+CAPTION: x\nPurge the pump for 5 min.\n", "Check the inline filter first."),
    ("balance.adoc", "= Balance SOP\n:toc:\n\n== Calibration\n\n[NOTE]\nCalibrate daily with the 200 g weight.\n\n"
                     "== Cleaning\n\n[source]\nBrush the pan after use.\n", "Calibrate daily with the 200 g weight."),
    ("meeting.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Dry the THF over sieves for 48 h.\n",
     "Dry the THF over sieves for 48 h."),
    ("yields.tsv", "Run\tBase\tYield (%)\n1\tK2CO3\t45\n2\tCs2CO3\t78\n3\tK3PO4\t62\n", "Cs2CO3"),
    ("page.xhtml", "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body><h1>Swern</h1><p>Keep it "
                   "at -78 °C until the base is in.</p></body></html>", "Keep it at -78 °C"),
    ("snar.mdx", "---\ntitle: SNAr\n---\n\n## Base\n\nUse K2CO3 (2 equiv) in DMSO at 80 °C.\n", "K2CO3 (2 equiv)"),
])
def test_guides_in_the_other_text_formats_labs_keep_are_read(tmp_path: Path, name: str, content: str,
                                                            words: str) -> None:
    """reStructuredText, Org, AsciiDoc, a WebVTT transcript, a tab-separated sheet, XHTML and MDX are read
    like the text, sheet, web and Markdown files they are, not skipped."""
    from assistant.corpus.files import guide_files
    from assistant.corpus.loader import load_guide, passages_of

    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    assert f in guide_files(tmp_path)
    assert words in "\n".join(p.text for p in passages_of(load_guide(f)))


def test_a_misspelt_word_is_read_as_meant_before_the_question_is_classed(tmp_path: Path) -> None:
    """"fliter paper" is filter paper, not a paper to read: the question is not taken for a literature
    question (which only references answer), and the filtration entry answers it."""
    p = corpus_with(tmp_path, seed=True)
    (p.corpus / "vacuum-filtration.md").write_text(
        "# Vacuum filtration\n\n## Troubleshooting\n\n"
        "**Filter paper curls up at the edge.** Wet the paper with the solvent and switch on the vacuum before "
        "you pour, so that it is pulled flat against the plate.\n\n"
        "**The filtration is very slow.** Let the solid settle and decant the liquid through first.\n\n"
        "## References\n\n1. Furniss, B. S. Vogel's Textbook of Practical Organic Chemistry, 5th ed., 1989.\n",
        encoding="utf-8")
    build_index(p, embedder="hashing")
    s = Session(p)
    assert s.retriever.analyse("fliter paper wont sit flat, it curls up at the edge").intent != "reference"
    a = s.ask("fliter paper wont sit flat, it curls up at the edge")
    assert a.answered and a.citations[0].guide == "vacuum-filtration"
    assert "Wet the paper with the solvent" in a.answer


def test_an_abbreviation_a_guide_defines_finds_the_words_it_stands_for(tmp_path: Path) -> None:
    """A guide that defines "Lawesson's reagent (LR)" in a footnote: "how much LR" finds the step that
    weighs out Lawesson's reagent, and answers with its amount."""
    p = corpus_with(tmp_path, seed=True)
    (p.corpus / "thionation.md").write_text(
        "# Thionation of amides\n\n## Procedure\n\n"
        "1. Dissolve the amide (5.0 mmol) in dry toluene (25 mL) under nitrogen.\n"
        "2. Add Lawesson's reagent (1.11 g, 2.75 mmol, 0.55 equiv) in one portion.\n"
        "3. Heat to 80 °C until TLC shows no amide.\n\n"
        "## Notes\n\n"
        "Lawesson's reagent (LR) is a dimer; one molecule thionates two carbonyl groups.\n",
        encoding="utf-8")
    build_index(p, embedder="hashing")
    a = Session(p).ask("how much LR for 5 mmol of the amide")
    assert a.answered and a.citations[0].guide == "thionation"
    assert a.answer.split("\n")[0].count("2.75 mmol") == 1


def test_an_office_lock_file_beside_an_open_guide_is_no_guide(tmp_path: Path) -> None:
    """Word and Excel leave '~$SOP.docx' (the owner of an open file) beside it, LibreOffice '.~lock.SOP.odt#':
    neither is a guide to read, skip or list."""
    from assistant.corpus.files import guide_files, ignored_files

    p = corpus_with(tmp_path)
    (p.corpus / "~$swern-sop.docx").write_bytes(b"\x0bK. Lindqvist" + bytes(150))
    (p.corpus / ".~lock.swern-sop.odt#").write_text(",K. Lindqvist,lab-pc,02.12.2026 10:14,\n")
    assert [f.name for f in guide_files(p.corpus)] == [GUIDE.name]
    assert ignored_files(p.corpus) == []
    from assistant.index.build import build_index
    from assistant.index.store import check_fresh, load_index

    build_index(p, embedder="hashing")
    check_fresh(load_index(p).manifest, p.corpus)  # `ask` does not take the index for stale
