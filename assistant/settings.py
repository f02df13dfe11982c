"""Where things live: corpus and index folders, overridable by environment for labs and tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INDEX_NAME = "current"


@dataclass(frozen=True)
class Paths:
    corpus: Path
    index_root: Path

    @property
    def index(self) -> Path:
        """The live index folder (a symlink swapped atomically by `assistant index`)."""
        return self.index_root / INDEX_NAME


def paths(corpus: str | Path | None = None, index_root: str | Path | None = None) -> Paths:
    """Resolve corpus and index locations: argument, then ASSISTANT_CORPUS/ASSISTANT_INDEX, then the repo."""
    c = corpus or os.environ.get("ASSISTANT_CORPUS") or PROJECT_ROOT / "corpus"
    i = index_root or os.environ.get("ASSISTANT_INDEX") or PROJECT_ROOT / "index"
    return Paths(Path(c), Path(i))
