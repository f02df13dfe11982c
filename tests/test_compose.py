"""Intent templates on fixed passages: what each kind of question gets, and that [n] is always grounded."""

from __future__ import annotations

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


def test_cause_lists_causes_then_what_to_do() -> None:
    a = compose("why is my RCM catalyst dead", retrieval("why is my RCM catalyst dead", "cause", [CAUSE, FIX]))
    lines = a.answer.split("\n")
    assert lines[0].startswith("Likely causes: Impurities poison the catalyst.") and lines[0].endswith("[1]")
    assert any(line.startswith("What to do:") and line.endswith("[2]") for line in lines)


def test_top_source_is_always_quoted() -> None:
    a = compose("why low conversion", retrieval("why low conversion", "cause", [SYMPTOM, CAUSE, FIX]))
    assert a.answer.split("\n")[0] == "Low conversion of the diene. [1]"


def test_quantity_takes_the_matching_table_cell() -> None:
    a = compose("G2 loading", retrieval("G2 loading", "quantity", [ROW_G2, ROW_G1]))
    assert a.answer.split("\n")[0] == "G2 — Loading (mol%): 1-5 [1]"


def test_procedure_renders_numbered_steps() -> None:
    a = compose("RCM protocol", retrieval("RCM protocol", "procedure", [PROTO, FIX]))
    assert a.answer.split("\n") == ["Protocol: RCM: [1]", "1. Dissolve the diene. [1]",
                                    "2. Add catalyst (1-5 mol%). [1]", "3. Heat to 40 °C. [1]"]


def test_compare_puts_rows_side_by_side() -> None:
    a = compose("G1 or G2?", retrieval("G1 or G2?", "compare", [ROW_G2, ROW_G1]))
    assert a.answer.split("\n")[:2] == ["G2 — Loading (mol%): 1-5; Solvents: DCM [1]",
                                        "G1 — Loading (mol%): 5-10; Solvents: Toluene [2]"]


def test_remedy_and_first_check_labels() -> None:
    a = compose("how to fix it", retrieval("how to fix amines", "remedy", [FIX, CAUSE]))
    assert a.answer.startswith("What to do: ")
    b = compose("what first", retrieval("what first", "first_check", [CAUSE]))
    assert b.answer.startswith("Check first: ")


def test_declined_answer_offers_closest_sections() -> None:
    a = compose("suzuki", retrieval("suzuki", "general", [CAUSE, FIX], answered=False))
    assert not a.answered and a.answer.startswith(NOT_COVERED)
    assert "S > cause [1]" in a.answer and len(a.citations) == 2


def test_citations_follow_rank_and_quote_whole_passages() -> None:
    a = compose("why", retrieval("why catalyst", "cause", [CAUSE, FIX, SYMPTOM]))
    assert [c.n for c in a.citations] == [1, 2, 3]
    assert [c.text for c in a.citations] == [CAUSE.text, FIX.text, SYMPTOM.text]


def test_quantity_skips_rows_without_amounts() -> None:
    names = passage("table-row", "Reagent: HATU | Base: DIPEA, 2,4,6-Collidine", title="HATU",
                    items=("HATU", "DIPEA, 2,4,6-Collidine"), header=("Reagent", "Base"))
    step = passage("protocol", "Protocol: X\n1. Add HATU (1.2 eq.) and DIPEA (2.0 eq.).", title="Protocol: X",
                   items=("Add HATU (1.2 eq.) and DIPEA (2.0 eq.).",))
    a = compose("how much HATU", retrieval("how much HATU", "quantity", [names, step]))
    lines = a.answer.split("\n")
    assert "Add HATU (1.2 eq.) and DIPEA (2.0 eq.). [2]" in lines
    assert lines.index("Add HATU (1.2 eq.) and DIPEA (2.0 eq.). [2]") <= 1  # after the top source at most


def test_a_sentence_that_refers_back_is_quoted_with_the_sentence_it_refers_to() -> None:
    faq = passage("faq", "Q2: Over-alkylation, how to control it?\nA2: Over-alkylation is common. To mitigate this, "
                         "add the aldehyde in portions. This strategy keeps the electrophile low, favoring "
                         "mono-alkylation.")
    q = "keep the electrophile low for mono-alkylation"
    a = compose(q, retrieval(q, "general", [faq]))
    assert "To mitigate this, add the aldehyde in portions. This strategy keeps the electrophile low" in a.answer
    assert not any(line.startswith("This strategy") for line in a.answer.split("\n"))


def test_a_remedy_opening_with_additionally_yields_to_the_main_one() -> None:
    fix = passage("solution", "Solution: Over-alkylation: to mitigate this, a multi-addition protocol can be employed. "
                              "Additionally, adjusting the temperature can help control over-alkylation.")
    q = "over-alkylation"
    a = compose(q, retrieval(q, "remedy", [fix]))
    assert a.answer.split("\n")[0].startswith("What to do: Over-alkylation: to mitigate this, a multi-addition")


def test_what_to_do_heads_a_remedy_not_a_cause() -> None:
    q = "how do I stop the catalyst dying"
    a = compose(q, retrieval(q, "remedy", [CAUSE, FIX]))
    lines = a.answer.split("\n")
    assert lines[0].startswith("What to do:") and lines[0].endswith("[2]")
    assert any(line.endswith("[1]") for line in lines)  # the best-ranked passage is still quoted


def test_a_reference_is_quoted_whole_with_its_authors() -> None:
    """A literature answer is the reference entry, authors and journal included, not its title sentence."""
    ref = passage("reference", "Rashid, M., et al. (2019). 1,4-Diazepines: A Review on Synthesis. "
                               "Current Organic Synthesis, 16(5), 709-729.")
    a = compose("papers on diazepine synthesis", retrieval("papers on diazepine synthesis", "reference", [ref]))
    assert a.answer == f"{ref.text} [1]"


def test_a_described_problem_gets_a_fix_even_from_below_the_closest_passages() -> None:
    """'oligomers in my ring closure': the Symptom restating it is not quoted when a Cause is close, and the
    fix is taken from the best-ranked Solution even when it ranks below the passages close to the top."""
    symptom = passage("symptom", "Symptom: Oligomers form in the ring closure.")
    cause = passage("cause", "Cause: Intermolecular reactions compete at high concentration.")
    other = passage("prose", "Ring closure of medium rings is slow.")
    fix = passage("solution", "Solution: High dilution is essential to favor the ring.")
    r = retrieval("oligomers in my ring closure", "general", [cause, symptom, other, other, other, fix])
    r.hits[5] = Hit(passage=fix, score=0.1)  # far below the top: not among the close sources
    a = compose("oligomers in my ring closure", r)
    assert "Symptom" not in a.answer and "Oligomers form" not in a.answer
    assert "High dilution is essential to favor the ring. [6]" in a.answer.split("\n")
    assert [c.n for c in a.citations][-1] == 6


def test_a_recommendation_with_an_adverb_counts_as_one() -> None:
    """'is often necessary' recommends as much as 'is necessary' does."""
    faq = passage("faq", "Q: Why low yield?\nA: Many factors matter. Ring size is one factor in general terms. "
                         "A thorough optimization of concentration is often necessary.")
    a = compose("how to fix low yield", retrieval("how to fix low yield", "remedy", [faq]))
    assert "A thorough optimization of concentration is often necessary. [1]" in a.answer
