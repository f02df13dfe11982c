"""The layers run one way: corpus -> index -> retrieval -> answer -> interfaces. Read from the import graph."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
# What each layer may not import (it would make data flow backwards).
FORBIDDEN = {
    "corpus": ("assistant.index", "assistant.retrieval", "assistant.answer", "assistant.app", "assistant.cli"),
    "index": ("assistant.retrieval", "assistant.answer", "assistant.app", "assistant.cli"),
    "retrieval": ("assistant.answer", "assistant.app", "assistant.cli"),
    "answer": ("assistant.app", "assistant.cli"),
}


def imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_downstream(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    bad = [f"{f.relative_to(PACKAGE)} imports {m}" for f in files for m in sorted(imports(f))
           if m.startswith(FORBIDDEN[layer])]
    assert not bad, bad
