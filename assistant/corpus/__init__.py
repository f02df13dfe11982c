"""Guides on disk -> passages. Pure: a parser per layout, one chunker for all."""

from assistant.corpus.loader import Guide, load_corpus, load_guide, passages_of

__all__ = ["Guide", "load_corpus", "load_guide", "passages_of"]
