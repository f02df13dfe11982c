"""`ask` and `assistant` through their entry points: exit codes, JSON schema, stdin batch, errors."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest

from assistant.cli import ask_main, assistant_main
from assistant.settings import Paths

from .conftest import run_ask

SCHEMA_CITATION = {"n": int, "guide": str, "section": str, "kind": str, "lines": list, "score": float, "text": str}


def check_schema(obj: dict) -> None:  # type: ignore[type-arg]
    assert isinstance(obj["question"], str)
    assert isinstance(obj["answered"], bool)
    assert isinstance(obj["answer"], str)
    for i, c in enumerate(obj["citations"], 1):
        for key, typ in SCHEMA_CITATION.items():
            assert isinstance(c[key], typ), key
        assert c["n"] == i and len(c["lines"]) == 2 and c["lines"][0] <= c["lines"][1]
    firsts = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", obj["answer"])))
    if obj["answered"]:  # sources are numbered in the order the answer first cites them, all of them cited
        assert firsts == list(range(1, len(obj["citations"]) + 1))
    validate_schema(obj)


def validate_schema(obj: dict) -> None:  # type: ignore[type-arg]
    """The published JSON Schema (pydantic, from the Answer model) accepts the object, field for field."""
    from pydantic import TypeAdapter

    from assistant.models import Answer, answer_schema

    assert set(obj) == set(answer_schema()["properties"])
    TypeAdapter(Answer).validate_python(obj, strict=False)


def test_ask_prints_a_cited_answer(indexed, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_ask(capsys, ["why is my RCM sluggish"])
    assert code == 0 and err == ""
    assert "[1]" in out
    assert "\nSources\n[1] Technical Support Center: Troubleshooting 1,4-Diazepane Ring Formation › " in out
    assert "(line" in out


def test_ask_json_schema(indexed, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_ask(capsys, ["--json", "how much catalyst loading for Grubbs II"])
    assert code == 0
    obj = json.loads(out)
    check_schema(obj)
    assert obj["question"] == "how much catalyst loading for Grubbs II"
    assert obj["answered"] is True and obj["citations"]
    first = obj["citations"][0]
    assert first["text"] and first["guide"] == "troubleshooting-1-4-diazepane-ring-formation"


def test_ask_reads_one_question_from_stdin(indexed, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_ask(capsys, ["-"], stdin="why is my RCM\nsluggish\n", monkeypatch=monkeypatch)
    assert code == 0 and "[1]" in out


def test_ask_json_batch_one_object_per_nonblank_line(indexed, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    questions = ["why is my RCM sluggish", "", "   ", "HATU or COMU?", "how do I fly a kite"]
    code, out, _ = run_ask(capsys, ["--json", "-"], stdin="\n".join(questions) + "\n", monkeypatch=monkeypatch)
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    assert [o["question"] for o in objs] == ["why is my RCM sluggish", "HATU or COMU?", "how do I fly a kite"]
    for o in objs:
        check_schema(o)


@pytest.mark.parametrize("stdin", ["", "\n\n", "  \n\t\n   "])
def test_ask_json_batch_of_blank_lines_prints_nothing_and_exits_0(indexed, capsys, monkeypatch, stdin) -> None:  # type: ignore[no-untyped-def]
    """A filtered question file that came out empty is a batch of zero questions, not a usage error."""
    code, out, err = run_ask(capsys, ["--json", "-"], stdin=stdin, monkeypatch=monkeypatch)
    assert (code, out, err) == (0, "", "")


def test_ask_json_batch_of_blank_lines_through_the_script(indexed: Paths) -> None:
    import os

    ask = __import__("pathlib").Path(sys.executable).parent / "ask"
    env = {**os.environ, "ASSISTANT_CORPUS": str(indexed.corpus), "ASSISTANT_INDEX": str(indexed.index_root)}
    out = subprocess.run([str(ask), "--json", "-"], input="\n\n", capture_output=True, text=True, env=env)
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")
    out = subprocess.run([str(ask), "-"], input="", capture_output=True, text=True, env=env)
    assert out.returncode == 2 and "no question on stdin" in out.stderr


def test_no_answer_says_so_and_exits_zero(indexed, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_ask(capsys, ["--json", "what is the capital of mongolia"])
    obj = json.loads(out)
    assert code == 0 and obj["answered"] is False
    assert obj["answer"].startswith("The guides don't cover this.")
    assert "mongolia" in obj["answer"]


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        ([], None, "no question given"),
        (["   "], None, "the question is empty"),
        (["--frobnicate", "x"], None, "unrecognized arguments"),
        (["-"], "\n\n", "no question on stdin"),
        (["-"], "", "no question on stdin"),
    ],
)
def test_usage_errors_one_line_exit_2(indexed, capsys, monkeypatch, argv, stdin, message) -> None:  # type: ignore[no-untyped-def]
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exc:
        code = ask_main(argv)
        raise SystemExit(code)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err


def test_missing_index_exits_nonzero_with_how_to_build(tmp_path, use_paths, capsys) -> None:  # type: ignore[no-untyped-def]
    use_paths(Paths(tmp_path, tmp_path / "none"))
    code, out, err = run_ask(capsys, ["why is my RCM sluggish"])
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "assistant index" in err


def test_assistant_unknown_command_is_a_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        assistant_main(["frobnicate"])
    assert exc.value.code == 2 and len(capsys.readouterr().err.strip().splitlines()) == 1


def test_assistant_index_builds(fresh_paths: Paths, use_paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    use_paths(fresh_paths)
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hashing")
    assert assistant_main(["index"]) == 0
    assert "indexed 54 passages from 1 guide(s)" in capsys.readouterr().out


def test_help_does_not_import_numpy() -> None:
    code = "import sys; from assistant.cli import ask_main\ntry:\n ask_main(['--help'])\nexcept SystemExit: pass\n" \
           "print('numpy' in sys.modules, 'faiss' in sys.modules, 'pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False False False"


def test_answer_path_does_not_import_pydantic_or_torch(indexed: Paths) -> None:
    code = "import sys; from assistant.cli import ask_main\nask_main(['why is my RCM sluggish'])\n" \
           "print('pydantic' in sys.modules, 'torch' in sys.modules, 'faiss' in sys.modules)"
    env = {**__import__("os").environ, "ASSISTANT_CORPUS": str(indexed.corpus),
           "ASSISTANT_INDEX": str(indexed.index_root)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip().splitlines()[-1] == "False False False"


def test_entry_point_scripts_exist() -> None:
    bindir = __import__("pathlib").Path(sys.executable).parent
    for name in ("ask", "assistant"):
        out = subprocess.run([str(bindir / name), "--help"], capture_output=True, text=True)
        assert out.returncode == 0 and "usage:" in out.stdout


def test_schema_command_prints_the_published_json_schema(indexed: Paths, capsys) -> None:  # type: ignore[no-untyped-def]
    assert assistant_main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["required"]) >= {"question", "answered", "answer"}
    assert ask_main(["--json", "why is my RCM sluggish"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert set(obj) == set(schema["properties"])
    cite = schema["$defs"]["Citation"]["properties"]
    assert set(obj["citations"][0]) == set(cite)


def test_ask_script_flushes_everything_and_keeps_the_exit_code(indexed: Paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The installed `ask` leaves with os._exit once done: its output must still arrive whole, and errors
    keep their codes."""
    import os

    ask = __import__("pathlib").Path(sys.executable).parent / "ask"
    env = {**os.environ, "ASSISTANT_CORPUS": str(indexed.corpus), "ASSISTANT_INDEX": str(indexed.index_root)}
    batch = "\n".join(["why is my RCM sluggish", "how much STAB"] * 50) + "\n"
    out = subprocess.run([str(ask), "--json", "-"], input=batch, capture_output=True, text=True, env=env)
    assert out.returncode == 0 and len([json.loads(line) for line in out.stdout.splitlines()]) == 100
    missing = {**env, "ASSISTANT_INDEX": str(tmp_path / "nowhere")}
    out = subprocess.run([str(ask), "why is my RCM sluggish"], capture_output=True, text=True, env=missing)
    assert out.returncode == 1 and out.stderr.startswith("ask: error: no index at") and out.stdout == ""
