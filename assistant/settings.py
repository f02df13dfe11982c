"""Where things live: the corpus and index folders, from flags, environment, a config file, or defaults.

Precedence, first wins: a command-line flag (`--corpus`, `--index`), the environment
(`ASSISTANT_CORPUS`, `ASSISTANT_INDEX`), the config file, then the project's own `corpus/` and `index/`.
The config file is `$ASSISTANT_CONFIG` if set, else `~/.config/bench-assistant/config.toml`
(`$XDG_CONFIG_HOME` respected); relative paths in it are relative to the file:

    corpus = "~/lab/guides"
    index = "~/lab/guides-index"

Read with the standard library rather than pydantic-settings: this runs on every `ask`, and importing
pydantic-settings costs 0.19 s here, more than half of the 0.30 s answer budget.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UsageError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INDEX_NAME = "current"
KEYS = ("corpus", "index")


@dataclass(frozen=True)
class Paths:
    corpus: Path
    index_root: Path

    @property
    def index(self) -> Path:
        """The live index folder (a symlink swapped atomically by `assistant index`)."""
        return self.index_root / INDEX_NAME


def data_folder() -> Path:
    """Where the TUI keeps what the chemist made (question history, transcripts):
    `$XDG_DATA_HOME/bench-assistant`, else `~/.local/share/bench-assistant`. Never the current folder."""
    base = Path(os.environ.get("XDG_DATA_HOME") or "").expanduser()
    if not base.is_absolute():  # unset, empty or relative: the XDG spec says to ignore it
        base = Path.home() / ".local" / "share"
    return base / "bench-assistant"


def config_file() -> Path:
    explicit = os.environ.get("ASSISTANT_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "bench-assistant" / "config.toml"


def read_config(path: Path) -> dict[str, Path]:
    """The settings in a config file (none if it does not exist); a bad file is a usage error, in one line."""
    if not path.is_file():
        if os.environ.get("ASSISTANT_CONFIG"):
            raise UsageError(f"config file not found: {path} (from ASSISTANT_CONFIG)")
        return {}
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UsageError(f"config file {path} is not valid TOML ({e})") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise UsageError(f"config file {path}: unknown setting {unknown[0]!r} (known: {', '.join(KEYS)})")
    out: dict[str, Path] = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"config file {path}: {key} must be a folder path in quotes")
        p = Path(value).expanduser()
        out[key] = p if p.is_absolute() else path.parent / p
    return out


def paths(corpus: str | Path | None = None, index_root: str | Path | None = None) -> Paths:
    """Resolve corpus and index locations: flag, then environment, then config file, then the project."""
    env_c, env_i = os.environ.get("ASSISTANT_CORPUS"), os.environ.get("ASSISTANT_INDEX")
    config = {} if (corpus or env_c) and (index_root or env_i) else read_config(config_file())
    c = corpus or env_c or config.get("corpus") or PROJECT_ROOT / "corpus"
    i = index_root or env_i or config.get("index") or PROJECT_ROOT / "index"
    return Paths(Path(c).expanduser(), Path(i).expanduser())
