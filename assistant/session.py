"""The one path from question to Answer, shared by `ask`, the TUI and `assistant eval`."""

from __future__ import annotations

from assistant.answer.compose import compose
from assistant.answer.followup import keep_to_topic, resolve, synonyms, topic
from assistant.errors import UsageError
from assistant.index.store import IndexStore, load_index
from assistant.models import Answer
from assistant.retrieval.retriever import Retriever
from assistant.settings import Paths, paths

MAX_QUESTION = 2000


def clean_question(raw: str) -> str:
    """A question with whitespace collapsed, cut to MAX_QUESTION characters at a word boundary.

    An empty question is a usage error. Lone surrogates (undecodable bytes in argv) become U+FFFD, so
    nothing later fails to print them.
    """
    q = " ".join(raw.encode("utf-8", "replace").decode("utf-8").split())
    if not q:
        raise UsageError("the question is empty")
    if len(q) > MAX_QUESTION:
        q = q[:MAX_QUESTION].rsplit(" ", 1)[0] if " " in q[:MAX_QUESTION] else q[:MAX_QUESTION]
    return q


def is_truncated(raw: str) -> bool:
    return len(" ".join(raw.split())) > MAX_QUESTION


class Session:
    """A loaded index and retriever; ask questions, optionally following up on the previous one."""

    def __init__(self, where: Paths | None = None, store: IndexStore | None = None) -> None:
        self.store = store or load_index(where or paths())
        self.retriever = Retriever(self.store)

    def ask_many(self, questions: list[str], long: bool = False) -> list[Answer]:
        """Independent questions in one batch (as `ask --json -` reads them)."""
        qs = [clean_question(q) for q in questions]
        weights = self.retriever.config.lines
        return [compose(q, r, long=long, lead_weights=weights)
                for q, r in zip(qs, self.retriever.search_many(qs), strict=True)]

    def ask(self, question: str, long: bool = False, previous: str | None = None) -> Answer:
        q = clean_question(question)
        resolved = resolve(q, previous) if previous else None
        retrieval = self.retriever.search(resolved or q)
        answer = compose(q, retrieval, long=long, understood_as=resolved,
                         lead_weights=self.retriever.config.lines)
        if resolved and previous:  # a follow-up: only what its sources say about the topic it carried over
            return keep_to_topic(answer, topic(previous), synonyms(self.retriever.vocabulary, previous))
        return answer
