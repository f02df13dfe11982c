"""One path from question to ranked hits, shared by `ask`, the TUI and `assistant eval`."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import numpy as np

from assistant.config import CONFIG_FILE, FEATURES, KIND_FEATURES, WORDS_ONLY, RankingConfig, load_config
from assistant.corpus import analyzer, everyday
from assistant.corpus.amounts import measured
from assistant.corpus.vocabulary import LAB_FILE, Vocabulary, cached_vocabulary, occurs
from assistant.errors import IndexMismatchError
from assistant.index.encoders import HASHING, Encoder, query_encoder
from assistant.index.store import REBUILD, IndexStore
from assistant.models import KINDS, Hit, Passage
from assistant.retrieval import fusion, intent
from assistant.retrieval.abstain import COMMON_WEIGHT, RARE_WEIGHT, coverage, evidence, library_size

Mode = Literal["hybrid", "dense", "lexical"]
# "which catalyst for a hindered olefin": a passage that matches the words only where it says something is
# worse for them ("less active for hindered olefins") is not a recommendation (the `negated` feature).
NEGATION = frozenset({"less", "not", "poor", "poorly", "unsuitable", "incompatible", "inactive", "no"})
NEGATION_WINDOW = 4  # words after a negation that it covers
COOCCURRENCE_HITS = 3  # abstention looks for the question's words together in one of this many top passages
FORM_WEIGHT = 0.2  # weight of the words that ask for a first check or a procedure (intent.form_words)
LENGTH_SCALE = float(np.log(1000))  # the `length` feature is 1 for a passage of about 1,000 words


@dataclass(frozen=True)
class Query:
    """A question as the retriever understood it."""

    text: str
    intent: str
    dense_text: str
    weighted_terms: dict[str, float]
    content_words: tuple[str, ...]
    unmatched: tuple[str, ...]
    corrections: dict[str, str] = field(default_factory=dict)
    expansions: tuple[str, ...] = ()
    common: tuple[str, ...] = ()  # the unmatched words that are everyday English
    named: tuple[str, ...] = ()  # the unmatched words written as names ("my Suzuki", "TBAF")
    # For each content word (numbers aside), the index terms that count as finding it in a passage: its stem,
    # and for a word of a vocabulary alias the terms of what the alias means ("STAB" -> nabh, oac, ...).
    word_terms: tuple[frozenset[str], ...] = ()

    def coverage(self, common_weight: float = 1.0, rare_weight: float = 1.0) -> float:
        """Share of the question's content words the guides contain (abstain.coverage)."""
        words = [w for w in self.content_words if not _number(w)] or list(self.content_words)  # numbers say
        # little, unless they are all a question has ("E-102?": an error code)
        rare = len(self.unmatched) - len(self.common)
        return coverage(len(words), rare, len(self.common), len(self.corrections), common_weight, rare_weight)

    def cooccurrence(self, passage_terms: Container[str]) -> float:
        """Share of the question's content words found in one passage (given as its set of index terms)."""
        if not self.word_terms:
            return 0.0
        return sum(any(t in passage_terms for t in ts) for ts in self.word_terms) / len(self.word_terms)


@dataclass(frozen=True)
class Retrieval:
    query: Query
    hits: list[Hit]
    evidence: float
    answered: bool
    dense_top: float = 0.0  # the best dense cosine, one of the parts of `evidence`
    cooccurrence: float = 0.0  # the best share of the question's words found together in one top passage
    parts: dict[str, float] = field(default_factory=dict)  # the evidence features (abstain.EVIDENCE_FEATURES)
    related: list[Hit] = field(default_factory=list)  # the rest of the problem entries of the best hits


class Retriever:
    def __init__(
        self, store: IndexStore, encoder: Encoder | None = None, vocabulary: Vocabulary | None = None,
        config: RankingConfig | None = None,
    ) -> None:
        self.store = store
        self.encoder = encoder or query_encoder(store.manifest.embedder)
        lab = Path(store.manifest.corpus) / LAB_FILE if store.manifest.corpus else None
        self.vocabulary = vocabulary or cached_vocabulary(store.folder, lab=lab)
        self.config = config or load_index_config(store)
        self._searchable = store.kinds != KINDS.index("reference")
        self._checklist: np.ndarray | None = None  # passages in a list of checks (_checklists), read on first use
        self._word_stems: dict[str, tuple[tuple[str, str], ...]] = {}
        self._term_groups: dict[str, tuple[frozenset[str], ...]] = {}
        self._entry_parts: dict[int, list[int]] = {}  # each problem entry's passages, found on first use

    @property
    def passages(self) -> Sequence[Passage]:
        return self.store.passages

    def analyse(self, question: str, kind: str | None = None) -> Query:
        """Intent, vocabulary expansion and spelling repair of a question; the intent is that of the repaired
        question ("fliter paper" is filter paper, not a paper to read). `kind`: the intent, if known."""
        lex = self.store.lexical
        expansions = self.vocabulary.expand(question)
        meanings = tuple(dict.fromkeys(e.means for e in expansions))
        means_terms = {m: analyzer.terms(m) for m in meanings}
        alias_means: dict[str, set[str]] = {}  # each word of an alias -> the terms of what the alias means
        for e in expansions:
            for w in analyzer.words(e.alias):
                alias_means.setdefault(w, set()).update(means_terms[e.means])
        weighted: dict[str, float] = {}
        unmatched: list[str] = []
        corrections: dict[str, str] = {}
        word_terms: list[frozenset[str]] = []
        # a slip of the keys in a function word ("shoud", "whcih") is that word: not what the question is about
        content = [w for w in analyzer.lexical_words(question)
                   if w in lex.known_words or not analyzer.slip_of(w, analyzer.STOPWORDS)]
        amounts = measured(question)
        kind = kind or intent.detect(question)
        form = intent.form_words(question, kind)
        joined = set(analyzer.compounds(question))  # "work-up" is also "workup": found if a guide writes it so
        for w, t in zip(content, analyzer.stem(content), strict=True):
            if w in joined and w not in lex.known_words and t not in lex.known_stems:
                continue  # its parts are the question's words already
            if w in form:  # "check first", "step by step procedure": how it is asked, not what about
                weighted[t] = max(weighted.get(t, 0.0), FORM_WEIGHT)
                continue
            if t not in lex.known_stems and (us := analyzer.american(w)) != w:
                t = analyzer.stem([us])[0]  # "cyclised" is "cyclized": the same word, not a misspelling
            found = {t, *alias_means.get(w, ())}
            if w in lex.known_words or t in lex.known_stems or w in alias_means:
                weighted[t] = max(weighted.get(t, 0.0), 1.0)
            elif t in lex:  # only in the reference list: evidence of coverage for a literature question only
                weighted[t] = max(weighted.get(t, 0.0), 1.0)
                if kind != "reference":
                    unmatched.append(w)
            elif (pieces := analyzer.parts(w, lex.known_words)) is not None:  # "backpressure", "brownish"
                corrections[w] = " ".join(pieces)  # read as its parts, and counted as a repair for abstention
                for pt in analyzer.stem(list(pieces)):
                    weighted[pt] = max(weighted.get(pt, 0.0), 0.8)
                    found.add(pt)
            elif (fixed := analyzer.correct(w, lex.surface) or analyzer.completion(w, lex.surface)
                  or analyzer.formula_part(w, lex.surface)) is not None:
                # a misspelling, shorthand cut short ("electrochem", "recryst"), a group alone ("SO2Cl")
                corrections[w] = fixed
                ft = analyzer.stem([fixed])[0]
                weighted[ft] = max(weighted.get(ft, 0.0), 0.8)
                found.add(ft)
            elif w not in amounts:  # an amount the guides lack ("stalls at 50%") says little; "USP <921>" does
                unmatched.append(w)
            if not _number(w) or all(_number(x) for x in content):  # numbers say little, unless alone
                word_terms.append(frozenset(found))
        for means in meanings:
            for t in means_terms[means]:
                weighted.setdefault(t, self.config.expansion_weight)
        fixed_text = " ".join(corrections.get(w, w) for w in question.split())
        if corrections and (repaired := intent.detect(fixed_text)) != kind:
            return self.analyse(question, repaired)
        dense_text = f"{fixed_text} ({'; '.join(meanings)})" if meanings else fixed_text
        named = analyzer.names(question) if unmatched else set()
        common = tuple(w for w in unmatched if w not in named and analyzer.is_everyday(w, self._common_words()))
        return Query(question, kind, dense_text, weighted, tuple(content), tuple(unmatched), corrections, meanings,
                     common, tuple(w for w in unmatched if w in named), tuple(word_terms))

    def _common_words(self) -> Container[str]:
        """Everyday English (corpus.everyday: a word-frequency list shipped with the package)."""
        return everyday.words()

    def search(self, question: str, k: int = 10, mode: Mode = "hybrid", use_intent: bool = True,
               qvec: np.ndarray | None = None, analysed: Query | None = None,
               sims: tuple[np.ndarray, np.ndarray] | None = None) -> Retrieval:
        """Rank the passages for a question and decide whether the guides cover it.

        `sims`: the query's cosines with every passage and every unit, when a batch computed them at once.
        """
        q = analysed or self.analyse(question)
        if sims is None:
            if qvec is None:
                qvec = self.encoder.encode([q.dense_text])[0]
            sims = self.store.dense.scores(qvec), self.store.dense.unit_sims(qvec)
        allowed = self._searchable if q.intent != "reference" else ~self._searchable
        best_unit = self.store.dense.best_unit(*sims)  # computed once: a feature, and half of the evidence's cosine
        feats = self.features(q, *sims, use_intent=use_intent, best_unit=best_unit)
        if mode == "dense":
            fused = (feats["dense"] + feats["dense_unit"]).astype(np.float64)
        elif mode == "lexical":
            fused = (feats["lexical"] + feats["lexical_unit"]).astype(np.float64)
        else:
            fused = self.rescore(q, feats, allowed, use_intent)
        fused = np.where(allowed, fused, -np.inf)
        order = self._fix_first([int(i) for i in _top(fused, k) if np.isfinite(fused[i])], allowed)[:k]
        dense_mix = (sims[0] + best_unit) / 2
        hits = [
            Hit(passage=self.passages[i], score=round(float(fused[i]), 4), dense=round(float(dense_mix[i]), 4),
                lexical=round(float(feats["lexical"][i]), 4), matched=self._matched(q, self.passages[i]),
                unit_scores=self.store.dense.sims_of(i, sims[1]))
            for i in order
        ]
        dense_top = float(np.max(np.where(allowed, dense_mix, -1.0)))
        best = sorted((h.score for h in hits), reverse=True)[:2]
        parts = self.evidence_parts(q, order[:COOCCURRENCE_HITS], dense_top,
                                    best[0] - best[1] if len(best) == 2 else 0.0)
        cal = self.config.calibration
        ev = evidence(parts, cal)
        together = parts["together"]
        return Retrieval(q, hits, round(ev, 4), ev >= cal.threshold and bool(hits), dense_top, round(together, 4),
                         parts, self._related(order, fused, sims[1]))

    def rescore(self, q: Query, feats: dict[str, np.ndarray], allowed: np.ndarray, use_intent: bool = True,
                every: bool = False) -> np.ndarray:
        """The fused score, with the features of the best candidates filled in (`feats` gains them): how many
        of the question's words a passage holds together (a re-ranking of the best candidates; over all
        passages it ranked a little worse, leaving one guide out), then negation for a choice. `every`: fill
        them in even where their weight is 0 (to fit it)."""
        fused = self.score(feats)
        n = self.config.candidates
        if every or self.config.weight("together"):
            best = np.zeros(len(fused), dtype=bool)
            best[_top(np.where(allowed, fused, -np.inf), n)] = True
            feats["together"] = np.where(best, self._together(q), 0.0)
            fused = fused + self.config.weight("together") * feats["together"]
        if use_intent and q.intent == "choice" and (every or self.config.weight("negated")):
            feats["negated"] = self._negated(q, np.where(allowed, fused, -np.inf), n)
            fused = fused + self.config.weight("negated") * feats["negated"]
        return fused

    def _together(self, q: Query) -> np.ndarray:
        """For every passage, the share of the question's words it holds (any of each word's terms in what
        BM25 indexed for it), read from the BM25 postings: no passage is parsed."""
        out = np.zeros(len(self.passages))
        for ts in q.word_terms:
            found = np.zeros(len(out), dtype=bool)
            found[self._holding(ts)] = True
            out += found
        return out / len(q.word_terms) if q.word_terms else out

    def _holding(self, terms: frozenset[str]) -> np.ndarray:
        """The passages whose indexed text has any of `terms` (their BM25 postings)."""
        lex = self.store.lexical
        tids = [tid for t in terms if t and (tid := lex.vocab.get(t)) is not None]
        if not tids:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate([np.asarray(lex.indices[int(lex.indptr[i]):int(lex.indptr[i + 1])]) for i in tids])

    def _fix_first(self, order: list[int], allowed: np.ndarray) -> list[int]:
        """A problem entry's fix ranks above the restatement of its symptom: a question that describes the
        symptom matches the symptom's words best, but the fix beside it is what answers (in bench notes the
        entry's unlabelled text is its symptom)."""
        kinds, entries = self.store.kinds, self.store.entries
        solution, symptom, prose = KINDS.index("solution"), KINDS.index("symptom"), KINDS.index("prose")
        out: list[int] = []
        for i in order:
            if i in out:
                continue
            grouped = kinds[i] == symptom or (kinds[i] == prose and entries[i] != i)
            if grouped:
                out += [j for j in self._entry_of(i) if kinds[j] == solution and allowed[j] and j not in out]
            out.append(i)
        return out

    def _related(self, order: list[int], fused: np.ndarray, unit_sims: np.ndarray) -> list[Hit]:
        """The symptom, cause and fix passages of the best three hits' problem entries that are not hits
        already: the answer to a described symptom is the fix beside it."""
        seen = set(order)
        out: list[Hit] = []
        for i in order[:3]:
            for j in self._entry_of(i):
                if j not in seen:
                    seen.add(j)
                    out.append(Hit(passage=self.passages[j], score=round(float(fused[j]), 4),
                                   unit_scores=self.store.dense.sims_of(j, unit_sims)))
        return out

    def features(self, q: Query, dense: np.ndarray, unit_sims: np.ndarray, use_intent: bool = True,
                 best_unit: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """Every passage's ranking features for a question (config.FEATURES), each 0..1 for the question;
        `together` and `negated` are 0 here: they are computed for the best candidates only (rescore)."""
        lex = self.store.lexical
        n = len(self.passages)
        zero = np.zeros(n)
        out = {
            "dense": fusion.minmax(dense.astype(np.float64)),
            "dense_unit": fusion.minmax((self.store.dense.best_unit(dense, unit_sims) if best_unit is None
                                         else best_unit).astype(np.float64)),
            "lexical": fusion.minmax(lex.scores(q.weighted_terms).astype(np.float64)),
            "lexical_unit": fusion.minmax(lex.best_unit(q.weighted_terms).astype(np.float64)),
            "kind_fit": zero, "prose": zero, "named_row": zero, "type_fit": zero, "named_kind": zero, "negated": zero,
            "together": zero, "checklist": zero, "length": np.log1p(self.store.words.astype(np.float64)) / LENGTH_SCALE,
        }
        base = (out["dense"] + out["dense_unit"] + out["lexical"] + out["lexical_unit"]) / 4
        out["entry"] = fusion.minmax(_group_max(base, self.store.entries))
        out["guide"] = fusion.minmax(_group_max(base, self.store.guides))
        out["guide_cover"] = self._guide_cover(q)
        for name, kind in KIND_FEATURES.items():
            out[name] = (self.store.kinds == KINDS.index(kind)).astype(np.float64)
        if not use_intent:
            return out
        out["kind_fit"] = self._kind_bonus(q.intent)
        if q.intent != "definition":
            out["prose"] = (self.store.kinds == KINDS.index("prose")).astype(np.float64)
        if q.intent in intent.NAMES_ROWS:
            named = self._names_row(q)
            if q.intent == "quantity":  # "how much HATU": the HATU row answers only if it states an amount
                named = named * self.store.amounts
            out["named_row"] = named
        if q.intent in intent.TYPE_INTENTS and (asked := intent.answer_types(q.text)):
            mask = sum(1 << intent.TYPES.index(t) for t in asked)
            out["type_fit"] = ((self.store.types & mask) != 0).astype(np.float64)
        for kind in intent.named_kinds(q.text):
            out["named_kind"] = out["named_kind"] + (self.store.kinds == KINDS.index(kind))
        if q.intent == "first_check":
            out["checklist"] = self._checklists()
        return out

    def _checklists(self) -> np.ndarray:
        """1 for each passage in a list of checks: its section or its opening names one (intent.CHECKLIST).
        Reads every passage, so only for the questions that ask what to check first, once per index."""
        if self._checklist is None:
            self._checklist = np.array([bool(intent.CHECKLIST.search(" ".join((*p.section, p.text[:60]))))
                                        for p in self.passages], dtype=np.float64)
        return self._checklist

    def _guide_cover(self, q: Query) -> np.ndarray:
        """For every passage, the share of the question's words its guide contains anywhere, each word
        counted by how few guides have it (idf over guides, not passages): "drying Cs2CO3 for the coupling" is
        about the guide that has Cs2CO3, whichever passage of another coupling guide shares "drying" and
        "coupling"; and "beckmann failed" about the one guide that names the Beckmann, though every passage
        of that guide does, while "failed" is in few passages of several guides."""
        guides = self.store.guides
        if not len(guides) or not q.word_terms:
            return np.zeros(len(self.passages))
        have = np.zeros(int(guides.max()) + 1)
        total = 0.0
        for ts in q.word_terms:
            found = np.zeros(len(have), dtype=bool)
            found[guides[self._holding(ts)]] = True
            idf = float(np.log(1 + (len(have) - found.sum() + 0.5) / (found.sum() + 0.5)))
            total += idf
            have += idf * found
        return (have / total)[guides] if total else np.zeros(len(self.passages))

    def score(self, feats: dict[str, np.ndarray]) -> np.ndarray:
        """The weighted sum of the features (those of the best candidates aside, added by `rescore`)."""
        total = np.zeros(len(self.passages))
        for name in FEATURES:
            if name not in ("together", "negated") and (w := self.config.weight(name)):
                total = total + w * feats[name]
        return total

    def _negated(self, q: Query, fused: np.ndarray, n: int) -> np.ndarray:
        """1 for the best n passages that have some of the question's own words only after a negation."""
        own = {t for t, w in q.weighted_terms.items() if w >= 1.0}
        out = np.zeros(len(fused))
        for i in _top(fused, n):
            out[i] = negated(own, self._pairs(self.passages[int(i)]))
        return out

    def _kind_bonus(self, name: str) -> np.ndarray:
        """intent.prefers for every passage, from the index's catalog (kinds, amounts), without parsing them."""
        with_amount = np.array([intent.prefers(name, k, True) for k in KINDS])
        without = np.array([intent.prefers(name, k, False) for k in KINDS])
        return np.where(self.store.amounts, with_amount[self.store.kinds], without[self.store.kinds])

    def _names_row(self, q: Query) -> np.ndarray:
        """1 for table rows whose label the question names (directly or through the vocabulary), else 0.

        A generic label can sit in the table of another topic: "temp range for metathesis" names the
        Temperature row of the reductive amination's table. When the question names topics (the distinctive
        words of section titles), only rows under one of those topics count.
        """
        text = " ".join([q.text] + [e for e in q.expansions]).lower()
        out = np.zeros(len(self.passages))
        for title, rows in self.store.rows_by_title.items():  # many guides share row labels: test each once
            if occurs(title, text):
                out[rows] = 1.0
        # Topics and their distinctive terms come from the catalog (corpus.topics), worked out at index time.
        topics = self.store.topic_terms
        if out.any() and (named := {topics[t] for t in q.weighted_terms if t in topics}):
            out[(self.store.topics >= 0) & ~np.isin(self.store.topics, list(named))] = 0.0
        return out

    def search_many(self, questions: list[str]) -> list[Retrieval]:
        """Several questions at once: one batched encoder call instead of one per question."""
        analysed = [self.analyse(q) for q in questions]
        vecs = self.encoder.encode([a.dense_text for a in analysed])
        # One matrix product for all queries reads the vectors once; one product per query would reread them
        # every time, which dominates a batch once the corpus has hundreds of guides (benchmarks/scale.py).
        dense, units = self.store.dense.scores_many(vecs), self.store.dense.unit_sims_many(vecs)
        return [self.search(q, analysed=a, sims=(dense[:, j], units[:, j]))
                for j, (q, a) in enumerate(zip(questions, analysed, strict=True))]

    def _matched(self, q: Query, p: Passage) -> tuple[str, ...]:
        """The passage's own words (as written) that match the question's main terms."""
        want = {t for t, w in q.weighted_terms.items() if w >= 0.5}
        return tuple(sorted({w for w, s in self._pairs(p) if s in want}))

    def _pairs(self, p: Passage) -> tuple[tuple[str, str], ...]:
        """The passage's words with their stems, computed once per passage."""
        pairs = self._word_stems.get(p.id)
        if pairs is None:
            ws = analyzer.words(p.text)
            pairs = self._word_stems[p.id] = tuple(zip(ws, analyzer.stem(ws), strict=True))
        return pairs

    def evidence_parts(self, q: Query, top: Sequence[int], dense_top: float, gap: float = 0.0,
                       ) -> dict[str, float]:
        """The abstention features of a question and its best passages (their indices, abstain.EVIDENCE_FEATURES);
        a best passage's problem entry counts as one with it: "why is my RCM sluggish" is covered by the entry
        whose symptom is the low conversion and whose cause comes first, though neither says both. `gap`: by how
        much the best passage outscores the second (a question the guides answer has a clear best passage more
        often than one they only share words with)."""
        idf = [self._idf(ts) for ts in q.word_terms]
        total = sum(idf) or 1.0
        best_share, best_idf, found_any = 0.0, 0.0, [False] * len(idf)
        for groups in self._entry_groups(top):
            for group in groups:
                found = [any(t in group for t in ts) for ts in q.word_terms]
                best_share = max(best_share, sum(found) / len(found) if found else 0.0)
                best_idf = max(best_idf, sum(i for i, f in zip(idf, found, strict=True) if f) / total)
                found_any = [a or f for a, f in zip(found_any, found, strict=True)]
        # The rarest word the guides have but none of the best passages does: "PDE for platinum" when the
        # passage gives palladium's (a word the guides lack altogether counts in `coverage` instead).
        known = [i < self._max_idf() - 1e-6 for i in idf]
        missing = max((i for i, f, k in zip(idf, found_any, known, strict=True) if k and not f), default=0.0)
        # The words the guides lack, by what they are: the name of a thing ("Grignard", "thiophene", "NiCl2":
        # what an out-of-scope question is about) or a plain word ("gloopy", "bunged": how a chemist put it).
        lacking = [w for w in q.unmatched if w not in q.common]
        n_named = sum(w in q.named or analyzer.looks_chemical(w) for w in lacking)
        n_words = len([w for w in q.content_words if not _number(w)] or q.content_words) or 1
        return {"dense_top": dense_top, "coverage": q.coverage(COMMON_WEIGHT, RARE_WEIGHT),
                "together": best_share, "idf_together": best_idf if idf else 0.0,
                "missing_idf": missing / self._max_idf(),
                "missing_named": n_named / n_words, "missing_plain": (len(lacking) - n_named) / n_words, "gap": gap,
                "library": library_size(len(self.store.manifest.guides))}

    def _entry_groups(self, top: Sequence[int]) -> list[tuple[frozenset[str], ...]]:
        """The term groups of each passage in `top` (its own), and of its problem entry as one group when it has
        other parts (its symptom, cause and fix together)."""
        out = []
        for i in top:
            out.append(self._groups(self.passages[i]))
            if len(parts := self._entry_of(i)) > 1:
                out.append((frozenset().union(*(g for j in parts for g in self._groups(self.passages[j]))),))
        return out

    def _entry_of(self, i: int) -> list[int]:
        """The passages of passage i's problem entry (its symptom, cause and fix; i alone outside an entry)."""
        key = int(self.store.entries[i])
        if (parts := self._entry_parts.get(key)) is None:
            parts = self._entry_parts[key] = [int(j) for j in np.flatnonzero(self.store.entries == key)]
        return parts

    def _idf(self, terms: frozenset[str]) -> float:
        """How rare the rarest-in-the-guides of a word's terms is (BM25's idf; a term the guides lack is the
        rarest of all)."""
        lex = self.store.lexical
        n = lex.num_docs
        best = 0.0
        for t in terms or {""}:
            tid = lex.vocab.get(t)
            df = 0 if tid is None or t == "" else int(lex.indptr[tid + 1] - lex.indptr[tid])
            best = max(best, float(np.log(1 + (n - df + 0.5) / (df + 0.5))))
        return best

    def _max_idf(self) -> float:
        n = self.store.lexical.num_docs
        return float(np.log(1 + (n + 0.5) / 0.5))

    def together(self, q: Query, p: Passage) -> float:
        """The share of the question's words found together in a passage; in a protocol, together in one step
        (with the protocol's title and section): its steps are separate operations, and words spread over
        them ("dry" in one step, "DCM" in another) are not an answer to "how to dry DCM". Dev, 4x5-fold
        cross-validated calibration: declined 0.904 -> 0.928, answered 0.991 -> 0.990."""
        return max(q.cooccurrence(g) for g in self._groups(p))

    def _groups(self, p: Passage) -> tuple[frozenset[str], ...]:
        """The passage's index terms, one set per step for a protocol (with its title and section)."""
        groups = self._term_groups.get(p.id)
        if groups is None:
            if p.kind == "protocol" and p.items:
                head = set(analyzer.lexical_terms(f"{p.guide_title} > {p.section_path}\n{p.title}"))
                groups = tuple(frozenset(head.union(analyzer.lexical_terms(step))) for step in p.items)
            else:
                groups = (frozenset(analyzer.lexical_terms(p.context_text())),)  # what BM25 indexed for it
            self._term_groups[p.id] = groups
        return groups


def load_index_config(store: IndexStore) -> RankingConfig:
    """The ranking config stored with the index; refused when it was fitted for another embedding model
    (its weights and threshold are on that model's scale). The hashing encoder of the tests is no model."""
    try:
        config = load_config(store.folder / CONFIG_FILE)
    except (OSError, ValueError):
        raise IndexMismatchError(f"the index's ranking config is damaged; {REBUILD}") from None
    if store.manifest.embedder == HASHING:  # cosines that mean nothing: no fitted abstention or lead model
        return replace(config.with_calibration(WORDS_ONLY), lines={})
    if config.model and config.model != store.manifest.model_name:
        raise IndexMismatchError(f"the ranking config was fitted for {config.model}, but the index uses "
                                 f"{store.manifest.model_name}; fit it again (`assistant eval --fit`) or rebuild "
                                 "the index with that model")
    return config


def negated(terms: set[str], pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether some of `terms` (stems) occur in a text, given as (word, stem) pairs, every time within
    NEGATION_WINDOW words after a negation ("less active for hindered olefins")."""
    seen: dict[str, bool] = {}  # term -> every occurrence so far negated
    for i, (_, s) in enumerate(pairs):
        if s in terms:
            under = any(w in NEGATION for w, _ in pairs[max(0, i - NEGATION_WINDOW) : i])
            seen[s] = seen.get(s, True) and under
    return any(seen.values())


def _group_max(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """For every passage, the largest value among the passages of its group."""
    best = np.full(int(groups.max()) + 1 if len(groups) else 0, -np.inf)
    np.maximum.at(best, groups, values)
    return best[groups]


def _number(word: str) -> bool:
    return word.replace(".", "").isdigit()


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores, best first, ties in index order (as a stable full sort gives)."""
    if len(scores) <= 4 * k:
        return np.argsort(-scores, kind="stable")[:k]
    cut = np.partition(scores, len(scores) - k)[len(scores) - k]  # the k-th best score
    idx = np.flatnonzero(scores >= cut)
    return idx[np.argsort(-scores[idx], kind="stable")][:k]
