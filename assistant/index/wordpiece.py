"""BERT's uncased WordPiece tokenizer in plain Python, for one-shot queries.

`tokenizers` (Rust) gives the same ids, but importing it and building its tokenizer costs ~35 ms on
every `ask`, more than encoding a short question does. This follows its BertNormalizer (clean text,
pad CJK ideographs, strip accents, lower-case), BertPreTokenizer (split on whitespace and punctuation)
and greedy longest-match WordPiece; tests/test_real_model.py checks the ids are identical to
`tokenizers.BertWordPieceTokenizer` on varied and random text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

MAX_WORD_CHARS = 100
_SPECIAL = re.compile(r"(\[(?:PAD|UNK|CLS|SEP|MASK)\])")


def _is_control(ch: str) -> bool:
    # As tokenizers' BertNormalizer: every "other" category (Cc, Cf, Co, Cn, Cs) except tab and newlines.
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch).startswith("C")


def _is_whitespace(ch: str) -> bool:
    return ch in " \t\n\r" or ch.isspace()


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    """Token ids for `[CLS] text [SEP]`, truncated to `max_tokens` in all."""

    def __init__(self, vocab_file: Path, max_tokens: int) -> None:
        words = vocab_file.read_text(encoding="utf-8").split("\n")
        if words and words[-1] == "":
            words.pop()
        self.vocab = dict(zip(words, range(len(words)), strict=True))
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]
        self.max_tokens = max_tokens

    def normalise(self, text: str) -> str:
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch):
                continue
            if _is_whitespace(ch):
                out.append(" ")
            elif _is_cjk(cp):
                out.append(f" {ch} ")
            else:
                out.append(ch)
        decomposed = unicodedata.normalize("NFD", "".join(out))
        return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()

    def pre_tokenise(self, text: str) -> list[str]:
        pieces: list[str] = []
        for word in text.split():
            current = ""
            for ch in word:
                if _is_punctuation(ch):
                    if current:
                        pieces.append(current)
                        current = ""
                    pieces.append(ch)
                else:
                    current += ch
            if current:
                pieces.append(current)
        return pieces

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for i, segment in enumerate(_SPECIAL.split(text)):
            if i % 2:  # a special token written out ("[SEP]"): tokenizers keeps it whole, unnormalised
                ids.append(self.vocab[segment])
                continue
            for word in self.pre_tokenise(self.normalise(segment)):
                ids.extend(self._word(word))
                if len(ids) >= self.max_tokens - 2:
                    break
            if len(ids) >= self.max_tokens - 2:
                break
        return [self.cls, *ids[: self.max_tokens - 2], self.sep]

    @lru_cache(maxsize=4096)  # noqa: B019 - one tokenizer per process; words repeat across a batch
    def _word(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        out: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return (self.unk,)
            out.append(found)
            start = end
        return tuple(out)
