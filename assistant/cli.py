"""`ask` and `assistant` entry points: thin, lazy (no numpy, faiss or model import for --help or usage errors)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from rich.progress import TaskID

EXAMPLES = """examples:
  ask "why is my RCM sluggish"
  ask --json "how much catalyst loading for Grubbs II"
  printf 'q1\\nq2\\n' | ask --json -      one JSON object per line
"""


BATCH = 64


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        from assistant.render import safe  # an argument may hold control characters: shown, not obeyed

        self.exit(2, f"{self.prog}: error: {safe(message)} (see {self.prog} --help)\n")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, told the terminal width: left to itself it imports shutil (6 ms, with bz2 and
    lzma) for every argument added, on every `ask`, only to format help that is rarely printed."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or _columns() - 2)


def _columns() -> int:
    """The terminal width as shutil.get_terminal_size reports it: $COLUMNS, else stdout's, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 80
    except (AttributeError, ValueError, OSError):
        return 80


def _fail(prog: str, message: str, code: int) -> int:
    from assistant.render import safe

    print(f"{prog}: error: {safe(message)}", file=sys.stderr)
    return code


def ask_parser() -> _Parser:
    p = _Parser(prog="ask", description="Ask the troubleshooting guides a question; get a cited answer.",
                epilog=EXAMPLES, formatter_class=_Formatter)
    p.add_argument("question", nargs="*", help="the question, or - to read it from stdin")
    p.add_argument("--json", action="store_true", help="print JSON (with -: one object per input line)")
    p.add_argument("--long", action="store_true", help="a longer answer with more sources")
    p.add_argument("--index", metavar="DIR", help="index folder root (default: ./index of the project)")
    p.add_argument("--corpus", metavar="DIR", help="corpus folder (default: ./corpus of the project)")
    p.add_argument("--reindex", action="store_true", help="rebuild the index first if it is missing or stale")
    return p


def ask_main(argv: Sequence[str] | None = None) -> int:
    """`ask "question"`, `ask -` (stdin), `ask --json ...`."""
    parser = ask_parser()
    args = parser.parse_args(argv)
    words: list[str] = args.question
    if not words:
        parser.error("no question given")
    stdin = words == ["-"]
    if not stdin and not " ".join(words).strip():
        parser.error("the question is empty")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # skips an entry-point scan on every ask
    if not (stdin and args.json):
        # One question is a handful of tiny matrix products: BLAS threads cost more to start than they save.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from assistant.errors import AssistantError

    try:
        if stdin:
            return _ask_stdin(args)
        return _ask_one(args, " ".join(words))
    except AssistantError as e:
        return _fail("ask", str(e), e.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `ask ... | head`: the reader left; nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def ask_script() -> NoReturn:
    """The `ask` console script: `ask_main`, then leave without tearing the interpreter down.

    Once the answer is printed and flushed nothing is left to do (the index is only read, no file is open
    for writing), yet freeing every module and array at exit cost ~40 ms of a ~0.3 s answer
    (benchmarks/ask_latency.py). Errors and --help leave through SystemExit as usual.
    """
    code = ask_main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader left; nothing more to say
        pass
    os._exit(code)


def _session(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from assistant.session import Session
    from assistant.settings import paths

    where = paths(args.corpus, args.index)
    if args.reindex:
        return Session(store=open_or_rebuild(where))
    return Session(where)


def open_or_rebuild(where):  # type: ignore[no-untyped-def]
    """The index store, rebuilt first (incrementally, progress on stderr) if missing, stale or foreign."""
    from assistant.errors import IndexMismatchError, IndexMissingError
    from assistant.index.store import load_index

    try:
        return load_index(where)
    except (IndexMissingError, IndexMismatchError) as e:
        print(f"reindexing: {_first_clause(str(e))}", file=sys.stderr)
        _index(where)
        return load_index(where)


def _first_clause(message: str) -> str:
    return message.split("; run ", 1)[0]


def _ask_one(args: argparse.Namespace, question: str) -> int:
    from assistant import render
    from assistant.session import MAX_QUESTION, clean_question, is_truncated

    clean_question(question)  # a usage error before the index loads
    if is_truncated(question):
        print(f"ask: note: the question was cut to its first {MAX_QUESTION} characters", file=sys.stderr)
    answer = _session(args).ask(question, long=args.long)
    if args.json:
        print(render.to_json(answer))
    else:
        print(render.terminal(answer, color=sys.stdout.isatty()))
    return 0


def _ask_stdin(args: argparse.Namespace) -> int:
    from assistant import render
    from assistant.errors import UsageError

    if sys.stdin.isatty() and not args.json:
        print("Type your question, then Ctrl-D:", file=sys.stderr)
    text = _read_stdin()
    if not args.json:
        if not text.strip():
            raise UsageError("no question on stdin")
        return _ask_one(args, text)
    lines = [ln for ln in (raw.strip() for raw in text.splitlines()) if ln]
    if not lines:  # a batch of zero questions (a filtered file came out empty): nothing to print, not an error
        return 0
    session = _session(args)
    for start in range(0, len(lines), BATCH):  # batches keep memory flat and output flowing
        for answer in session.ask_many(lines[start : start + BATCH], long=args.long):
            print(render.to_json(answer), flush=True)
    return 0


def _read_stdin() -> str:
    """All of stdin as text; bytes that are not UTF-8 become U+FFFD, with one warning, and nothing is lost."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream (tests)
        return sys.stdin.read()
    data = buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        print("ask: warning: stdin is not valid UTF-8; undecodable bytes were replaced", file=sys.stderr)
        return data.decode("utf-8", "replace")


def assistant_parser() -> _Parser:
    p = _Parser(prog="assistant", description="Troubleshooting assistant: the TUI (no command), index, eval.")
    p.add_argument("--index", metavar="DIR", help="index folder root")
    p.add_argument("--corpus", metavar="DIR", help="corpus folder")
    p.add_argument("--reindex", action="store_true", help="TUI: rebuild the index first if it is missing or stale")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    ix = sub.add_parser("index", help="build or update the search index from the corpus (only changed guides)")
    ix.add_argument("--corpus", dest="sub_corpus", metavar="DIR", help="corpus folder to index")
    ix.add_argument("--index", dest="sub_index", metavar="DIR", help="index folder root to write")
    ix.add_argument("--vectors", choices=("auto", "exact", "faiss"), default="auto",
                    help="how the vectors are searched: exact, or an approximate FAISS index for very large "
                         "collections (auto: chosen by size)")
    sub.add_parser("schema", help="print the JSON Schema of one `ask --json` object")
    ev = sub.add_parser("eval", help="leave-one-guide-out quality on the development guides, or your own questions")
    ev.add_argument("--compare", action="store_true", help="BM25 only, dense only and fused side by side")
    ev.add_argument("--fit", action="store_true", help="fit the shipped ranking config on every development guide")
    ev.add_argument("--questions", metavar="FILE", help="your own question set, asked of your index")
    ev.add_argument("--calibrate", action="store_true", help="with --questions: fit abstention on them, in the index")
    ev.add_argument("--report-dir", metavar="DIR",
                    help="where to write reports (default: $XDG_DATA_HOME/bench-assistant/reports)")
    return p


def assistant_main(argv: Sequence[str] | None = None) -> int:
    """`assistant` (TUI), `assistant index`, `assistant eval`."""
    args = assistant_parser().parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from assistant.errors import AssistantError
    from assistant.settings import paths

    try:
        where = paths(getattr(args, "sub_corpus", None) or args.corpus, getattr(args, "sub_index", None) or args.index)
        if args.command == "index":
            return _index(where, None if args.vectors == "auto" else args.vectors)
        if args.command == "schema":
            import json

            from assistant.models import answer_schema

            print(json.dumps(answer_schema(), indent=2))
            return 0
        if args.command == "eval":
            from assistant.evaluate import run_eval

            return run_eval(where, args)
        from assistant.app.app import run_app

        return run_app(where, reindex=args.reindex)
    except AssistantError as e:
        return _fail("assistant", str(e), e.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `assistant schema | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _index(where, vectors: str | None = None) -> int:  # type: ignore[no-untyped-def]
    """Build or update the index with a progress bar on stderr, then one summary line on stdout."""
    from rich.console import Console

    from assistant.index.build import build_index
    from assistant.render import safe

    console = Console(stderr=True, highlight=False)
    with _RichReporter(console) as reporter:
        report = build_index(where, reporter=reporter, vectors=vectors)
    for line in report.readings():
        print(safe(line), file=sys.stderr)
    for problem in report.skipped:
        print(f"skipped {safe(problem.path.name)}: {safe(problem.reason)}", file=sys.stderr)
    from assistant.corpus.files import SUFFIXES, ignored_files

    for path in ignored_files(where.corpus):
        print(f"ignored {safe(path.name)}: guides are {', '.join(SUFFIXES)} files", file=sys.stderr)
    print(f"{report.summary()} -> {safe(str(where.index))}")
    return 0


class _RichReporter:
    """rich progress bars for `assistant index`: one per stage, with counts and elapsed time."""

    def __init__(self, console) -> None:  # type: ignore[no-untyped-def]
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=not console.is_terminal)
        self.task: TaskID | None = None

    def __enter__(self) -> _RichReporter:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def stage(self, name: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total)
        self.task = self.progress.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)
