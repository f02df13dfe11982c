"""A group chat exported as text (WhatsApp on iPhone and on Android, or any "[stamp] Name: text" log): each
run of messages under its sender, as a thread's posts; no time stamps, no system lines (encryption notice,
"image omitted", "This message was deleted", "<This message was edited>"), a message's later lines kept."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus import readers
from assistant.corpus.chunker import chunk
from assistant.models import Passage

NNBSP, LRM = "\u202f", "\u200e"

IOS = f"""[2/4/25, 9:01:12{NNBSP}AM] Column club: {LRM}Messages and calls are end-to-end encrypted.
[2/4/25, 9:01:12{NNBSP}AM] Column club: {LRM}Ana Ruiz created group "Column club"
[2/4/25, 9:14:37{NNBSP}AM] Ben Cole: Morning. My flash column runs dry at the top after ten minutes.
What am I doing wrong?
[2/4/25, 9:15:02{NNBSP}AM] Ben Cole: {LRM}image omitted
[2/4/25, 9:21:48{NNBSP}AM] Ana Ruiz: Which air line? The house air is set to 0.5 bar.
[2/4/25, 9:22:10{NNBSP}AM] Ana Ruiz: Keep the solvent head 2 cm above the silica. {LRM}<This message was edited>
[2/4/25, 9:23:40{NNBSP}AM] Ben Cole: {LRM}This message was deleted.
[2/4/25, 9:24:55{NNBSP}PM] Ben Cole: Thanks, that fixed it
"""

ANDROID = """04/02/2025, 09:01 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
04/02/2025, 09:14 - Ben Cole: Morning. My flash column runs dry at the top after ten minutes. What am I doing wrong?
04/02/2025, 09:15 - Ben Cole: <Media omitted>
04/02/2025, 09:21 - Ana Ruiz: Keep the solvent head at least 2 cm above the silica.
1. Close the tap before the level reaches the sand
2. Top up with eluent
04/02/2025, 09:30 - Ben Cole left
"""


def _read(text: str):
    return readers.read(Path("WhatsApp Chat with Column club.txt"), text.encode("utf-8"))


def _passages(text: str) -> list[Passage]:
    return chunk("chat", _read(text))[1]


def test_an_iphone_whatsapp_export_reads_as_each_senders_messages() -> None:
    d = _read(IOS)
    assert d.title == "WhatsApp Chat with Column club"
    heads = [b.text for b in d.blocks if b.kind == "heading" and b.post]
    assert heads == ["Ben Cole", "Ana Ruiz", "Ben Cole"]
    texts = [b.text for b in d.blocks if b.kind != "heading"]
    assert "Morning. My flash column runs dry at the top after ten minutes." in texts
    assert "What am I doing wrong?" in texts
    assert "Keep the solvent head 2 cm above the silica." in texts
    every = " ".join(b.text for b in d.blocks)
    for absent in ("9:14", "AM]", "omitted", "deleted", "edited", "encrypted", "created group", LRM, NNBSP):
        assert absent not in every
    first = next(b for b in d.blocks if b.text.startswith("Morning."))
    assert first.start == 3  # the line it sits on in the file


def test_an_android_whatsapp_export_keeps_a_messages_list_and_drops_system_lines() -> None:
    d = _read(ANDROID)
    heads = [b.text for b in d.blocks if b.kind == "heading" and b.post]
    assert heads == ["Ben Cole", "Ana Ruiz"]
    assert [b.text for b in d.blocks if b.kind == "item"] == ["Close the tap before the level reaches the sand",
                                                              "Top up with eluent"]
    every = " ".join(b.text for b in d.blocks)
    for absent in ("09:14", "Media omitted", "encrypted", "left"):
        assert absent not in every


def test_a_guide_with_a_few_dated_lines_is_no_chat() -> None:
    guide = """Drying solvents

2/4/25, 9:01 - note: the still was refilled.
Sodium benzophenone ketyl stays purple when the THF is dry.
If it turns green or yellow, add more sodium.
"""
    d = _read(guide)
    assert not any(b.post for b in d.blocks)


def test_a_message_that_asks_is_the_problem_and_a_reply_that_asks_back_first_is_an_answer() -> None:
    chat = ("[2/4/25, 9:14:37 AM] Ben Cole: Oxalyl chloride in, 30 min at rt and no bubbling at all. What am I "
            "missing?\n[2/4/25, 9:18:08 AM] Ana Ruiz: Did you add the DMF? Without it oxalyl chloride reacts very "
            "slowly with most acids. Two drops per 10 mmol is enough.\n"
            "[2/4/25, 9:21:51 AM] Ben Cole: Forgot it, added two drops, fizzing now.\n")
    ps = _passages(chat)
    kinds = {p.section[-1] + ":" + p.text[:12]: p.kind for p in ps}
    assert kinds == {"Ben Cole:Oxalyl chlor": "symptom", "Ana Ruiz:Did you add ": "prose",
                     "Ben Cole:Forgot it, a": "prose"}


def test_a_procedure_pasted_into_a_chat_is_named_by_its_bold_lines() -> None:
    """WhatsApp sets a line in bold as *...*: a message's first line of its own in bold names it, a later one a
    part of it, the steps under it, so a step is cited as "A. Alkylation, step 2", not by the sender's name;
    _italic_ and ``` marks are no part of the text."""
    chat = ("[3/13/25, 8:31:47 AM] Ana Ruiz: *Group SOP AM-07: Gabriel synthesis*\n_Scope: primary halides only._\n"
            "\n*A. Alkylation*\n1. Dry the flask and add potassium phthalimide (1.1 equiv).\n2. Add the alkyl "
            "bromide (1.0 equiv).\n[3/13/25, 8:33:05 AM] Ana Ruiz: ```\nProblem       Fix\nstalls        dry "
            "the salt\n```\n[3/13/25, 8:40:00 AM] Ben Cole: Thanks\n")
    d = _read(chat)
    heads = [(b.text, b.post) for b in d.blocks if b.kind == "heading"]
    assert heads == [("Ana Ruiz", True), ("Group SOP AM-07: Gabriel synthesis", False), ("A. Alkylation", False),
                     ("Ana Ruiz", True), ("Ben Cole", True)]
    level = {b.text: b.level for b in d.blocks if b.kind == "heading"}
    assert level["Ana Ruiz"] < level["Group SOP AM-07: Gabriel synthesis"] < level["A. Alkylation"]
    every = " ".join(b.text for b in d.blocks)
    assert "Scope: primary halides only." in every and "_" not in every and "`" not in every and "*" not in every
    ps = chunk("chat", d)[1]
    steps = next(p for p in ps if p.kind == "protocol")
    assert steps.title == "A. Alkylation" and steps.items[1] == "Add the alkyl bromide (1.0 equiv)."


def test_a_post_that_lists_questions_to_check_is_no_question_and_a_sign_off_hides_none() -> None:
    chat = ("[2/4/25, 9:14:37 AM] Ana Ruiz: Check these first: • Did you add the DMF? • Was everything dry?\n"
            "Most failed couplings trace back to the last point.\n"
            "[2/4/25, 9:18:08 AM] Ben Cole: My BV stalls at 60%. Should I just move to TFPAA? I have never made it.\n"
            "Thanks,\n[2/4/25, 9:21:51 AM] Ana Ruiz: Titrate the mCPBA first.\n")
    ps = _passages(chat)
    assert [(p.section[-1], p.kind) for p in ps] == [("Ana Ruiz", "prose"), ("Ben Cole", "symptom"),
                                                     ("Ana Ruiz", "prose")]
