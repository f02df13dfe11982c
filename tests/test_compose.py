"""Intent templates on fixed passages: what each kind of question gets, and that [n] is always grounded."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.compose import NOT_COVERED, compose
from assistant.corpus import analyzer
from assistant.models import Hit, Passage
from assistant.retrieval.retriever import Query, Retrieval

G = "guide"


def passage(kind: str, text: str, **kw) -> Passage:  # type: ignore[no-untyped-def]
    return Passage(id=f"{G}:{kind}:{abs(hash(text))}", guide=G, guide_title="Guide", section=("S", kind), kind=kind,
                   lines=(1, 2), text=text, **kw)


def retrieval(question: str, intent: str, passages: list[Passage], answered: bool = True) -> Retrieval:
    terms = {t: 1.0 for t in analyzer.terms(question)}
    q = Query(question, intent, question, terms, tuple(analyzer.words(question)), ())
    hits = [Hit(passage=p, score=1.0 - i * 0.1) for i, p in enumerate(passages)]
    return Retrieval(q, hits, 1.0, answered)


CAUSE = passage("cause", "Cause: Impurities poison the catalyst. Free amines coordinate to ruthenium.")
FIX = passage("solution", "Solution: Use degassed solvents. Protect the amines with Boc.")
SYMPTOM = passage("symptom", "Symptom: Low conversion of the diene.")
ROW_G2 = passage("table-row", "Catalyst: G2 | Loading (mol%): 1-5 | Solvents: DCM", title="G2",
                 items=("G2", "1-5", "DCM"), header=("Catalyst", "Loading (mol%)", "Solvents"))
ROW_G1 = passage("table-row", "Catalyst: G1 | Loading (mol%): 5-10 | Solvents: Toluene", title="G1",
                 items=("G1", "5-10", "Toluene"), header=("Catalyst", "Loading (mol%)", "Solvents"))
PROTO = passage("protocol", "Protocol: RCM\n1. Dissolve the diene.\n2. Add catalyst (1-5 mol%).\n3. Heat to 40 °C.",
                title="Protocol: RCM", items=("Dissolve the diene.", "Add catalyst (1-5 mol%).", "Heat to 40 °C."))


def lines_of(question: str, intent: str, passages: list[Passage]) -> list[str]:
    return compose(question, retrieval(question, intent, passages)).answer.split("\n")


def test_a_problem_gets_the_fix_first_then_the_cause_never_the_symptom() -> None:
    lines = lines_of("low conversion of my diene", "general", [SYMPTOM, CAUSE, FIX])
    assert lines[0].startswith("What to do: Use degassed solvents.") and lines[0].endswith("[1]")
    assert any(line.startswith("Likely cause: ") and line.endswith("[2]") for line in lines)
    assert not any("Low conversion of the diene" in line for line in lines)  # the question, restated


def test_why_questions_also_get_the_fix_first() -> None:
    lines = lines_of("why is my RCM catalyst dead", "cause", [CAUSE, FIX])
    assert lines[0].startswith("What to do:") and any(line.startswith("Likely cause: Impurities") for line in lines)


def test_sources_are_the_cited_passages_numbered_in_order_of_first_citation() -> None:
    a = compose("low conversion of my diene", retrieval("low conversion of my diene", "general", [SYMPTOM, CAUSE, FIX]))
    assert [c.n for c in a.citations] == [1, 2] and [c.text for c in a.citations] == [FIX.text, CAUSE.text]
    assert [line.cites for line in a.lines] == [(1,)] * (len(a.lines) - 1) + [(2,)]
    assert {line.role for line in a.lines} == {"fix", "cause"}


def test_quantity_takes_the_matching_table_cell() -> None:
    assert lines_of("G2 loading", "quantity", [ROW_G2, ROW_G1])[0] == "G2 — Loading (mol%): 1-5 [1]"


def test_a_whole_procedure_renders_its_numbered_steps() -> None:
    assert lines_of("RCM protocol", "procedure", [PROTO, FIX]) == [
        "Protocol: RCM: [1]", "1. Dissolve the diene. [1]", "2. Add catalyst (1-5 mol%). [1]", "3. Heat to 40 °C. [1]"]


def test_a_question_about_one_step_gets_that_step_with_its_procedure() -> None:
    assert lines_of("what do I do after dissolving the diene", "general", [PROTO, FIX]) == [
        "Protocol: RCM, step 2: Add catalyst (1-5 mol%). [1]"]


def test_compare_puts_rows_side_by_side() -> None:
    assert lines_of("G1 or G2?", "compare", [ROW_G2, ROW_G1])[:2] == [
        "G2 — Loading (mol%): 1-5; Solvents: DCM [1]", "G1 — Loading (mol%): 5-10; Solvents: Toluene [2]"]


def test_first_check_label() -> None:
    assert lines_of("what first", "first_check", [CAUSE])[0].startswith("Check first: ")


def test_declined_answer_offers_closest_sections() -> None:
    a = compose("suzuki", retrieval("suzuki", "general", [CAUSE, FIX], answered=False))
    assert not a.answered and a.answer.startswith(NOT_COVERED)
    assert "S > cause [1]" in a.answer and len(a.citations) == 2


def test_a_value_not_in_the_guides_is_said_missing_and_the_nearest_fact_labelled() -> None:
    """'COMU eq?': the guides name COMU but give no amount for it; a value of another reagent never answers."""
    comu = passage("table-row", "Reagent: COMU | Base: DIPEA", title="COMU", items=("COMU", "DIPEA"),
                   header=("Reagent", "Base"))
    step = passage("protocol", "Protocol: X\n1. Add NaBH(OAc)3 (0.5 eq.) and stir.", title="Protocol: X",
                   items=("Add NaBH(OAc)3 (0.5 eq.) and stir.",))
    a = compose("COMU eq?", retrieval("COMU eq?", "quantity", [step, comu]))
    lines = a.answer.split("\n")
    assert lines[0] == "The guides give no amount for COMU. [1]" and lines[1].startswith("Nearest: COMU")
    assert "0.5 eq" not in a.answer and a.missing == ("amount for COMU",)
    assert [line.role for line in a.lines] == ["gap", "nearest"]


def test_quantity_skips_rows_without_amounts() -> None:
    names = passage("table-row", "Reagent: HATU | Base: DIPEA, 2,4,6-Collidine", title="HATU",
                    items=("HATU", "DIPEA, 2,4,6-Collidine"), header=("Reagent", "Base"))
    step = passage("protocol", "Protocol: X\n1. Add HATU (1.2 eq.) and DIPEA (2.0 eq.).", title="Protocol: X",
                   items=("Add HATU (1.2 eq.) and DIPEA (2.0 eq.).",))
    lines = lines_of("how much HATU", "quantity", [names, step])
    assert lines[0] == "Protocol: X, step 1: Add HATU (1.2 eq.) and DIPEA (2.0 eq.). [1]"


def test_a_sentence_that_refers_back_is_quoted_with_the_sentence_it_refers_to() -> None:
    faq = passage("faq", "Q2: Over-alkylation, how to control it?\nA2: Over-alkylation is common. To mitigate this, "
                         "add the aldehyde in portions. This strategy keeps the electrophile low, favoring "
                         "mono-alkylation.")
    q = "keep the electrophile low for mono-alkylation"
    a = compose(q, retrieval(q, "general", [faq]))
    assert "add the aldehyde in portions. This strategy keeps the electrophile low" in a.answer
    assert not any(line.startswith(("This strategy", "To mitigate this")) for line in a.answer.split("\n"))


def test_an_answer_that_says_what_to_do_leads_with_it() -> None:
    """In a FAQ answer or a problem's text, the sentence that tells the chemist to act comes first."""
    entry = passage("problem", "Copper acetylides are oxidised by traces of oxygen to the diyne. Degas the amine and "
                               "solvent by three freeze-pump-thaw cycles.")
    assert lines_of("lots of diyne in my coupling", "general", [entry])[0] == (
        "What to do: Degas the amine and solvent by three freeze-pump-thaw cycles. [1]")


def test_a_reference_is_quoted_whole_with_its_authors() -> None:
    """A literature answer is the reference entry, authors and journal included, not its title sentence."""
    ref = passage("reference", "Rashid, M., et al. (2019). 1,4-Diazepines: A Review on Synthesis. "
                               "Current Organic Synthesis, 16(5), 709-729.")
    a = compose("papers on diazepine synthesis", retrieval("papers on diazepine synthesis", "reference", [ref]))
    assert a.answer == f"{ref.text} [1]"


def test_a_described_problem_gets_the_fix_of_its_entry_even_from_far_below() -> None:
    """'oligomers in my ring closure': the fix is taken from the matched entry's Solution even when it ranks
    far below the top; the Symptom restating the question is not quoted."""
    symptom = passage("symptom", "Symptom: Oligomers form in the ring closure.")
    cause = passage("cause", "Cause: Intermolecular reactions compete at high concentration.")
    other = passage("prose", "Ring closure of medium rings is slow.")
    fix = passage("solution", "Solution: High dilution is essential to favor the ring.")
    r = retrieval("oligomers in my ring closure", "general", [cause, symptom, other, other, other, fix])
    a = compose("oligomers in my ring closure", r)
    assert "Oligomers form" not in a.answer
    assert a.answer.split("\n")[0] == "What to do: High dilution is essential to favor the ring. [1]"


def test_the_fitted_lead_model_chooses_the_opening_line_and_never_a_symptom() -> None:
    faq = passage("faq", "Q: Why do I see the +99 peak?\nA: Keep the base at 3 equiv. That peak is the guanidinium "
                  "adduct of HATU and the amine.")
    r = retrieval("what is the +99 guanidinium peak", "general", [SYMPTOM, faq])
    shaped = compose(r.query.text, r).answer.split("\n")
    led = compose(r.query.text, r, lead_weights={"terms": 1.0}).answer.split("\n")
    assert not shaped[0].startswith("That peak")  # the shape alone opens with the instruction
    assert led[0].startswith("That peak is the guanidinium adduct") and led[0].endswith("[1]")
    assert not any("Low conversion of the diene" in line for line in led)  # the symptom never opens or follows
    symptom_only = compose("low conversion of the diene", retrieval("low conversion of the diene", "general",
                                                                      [SYMPTOM, CAUSE]), lead_weights={"terms": 1.0})
    assert "Symptom" not in symptom_only.answer and "Low conversion of the diene" not in symptom_only.answer


def test_a_value_question_never_opens_with_another_reagents_amount_whatever_the_weights() -> None:
    step = passage("protocol", "Protocol: Amination\n1. Add NaBH(OAc)3 (1.5 equiv) to the imine.",
                   title="Protocol: Amination", items=("Add NaBH(OAc)3 (1.5 equiv) to the imine.",))
    a = compose("COMU equiv?", retrieval("COMU equiv?", "quantity", [step]), lead_weights={"quantity": 5.0})
    assert "1.5 equiv" not in a.answer.split("\n")[0]


def test_a_comparison_shows_the_row_of_each_thing_named_by_what_its_name_means() -> None:
    g2 = passage("table-row", "Catalyst: Grubbs 2nd Gen. | Loading (mol%): 1-5", title="Grubbs 2nd Gen.",
                 items=("Grubbs 2nd Gen.", "1-5"), header=("Catalyst", "Loading (mol%)"))
    hg2 = passage("table-row", "Catalyst: Hoveyda-Grubbs 2nd Gen. | Loading (mol%): 1-5",
                  title="Hoveyda-Grubbs 2nd Gen.", items=("Hoveyda-Grubbs 2nd Gen.", "1-5"),
                  header=("Catalyst", "Loading (mol%)"))
    r = retrieval("G2 vs HG2", "compare", [hg2, g2])
    groups = (frozenset({"g2", "grubb", "2nd", "gen"}), frozenset({"hg2", "hoveyda", "grubb", "2nd", "gen"}))
    r = Retrieval(replace(r.query, word_terms=groups), r.hits, 1.0, True)
    lines = compose("G2 vs HG2", r).answer.split("\n")
    assert lines[0].startswith("Grubbs 2nd Gen. — ") and lines[1].startswith("Hoveyda-Grubbs 2nd Gen. — ")
