"""Where the command line finds its keys: the environment, or a profile in a private config file.

The file is TOML, ``$SEZZLE_CONFIG`` or ``~/.config/sezzle/config.toml``, one table per profile::

    [default]
    public_key = "sz_pub_..."
    private_key = "sz_pr_..."
    environment = "sandbox"        # optional, like base_url and region

It is refused when its group or others may read it (``chmod 600``): it holds the private key.
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import attrs

from sezzle.errors import ConfigurationError

__all__ = ["Profile", "config_path", "resolve"]

_FIELDS = ("public_key", "private_key", "environment", "region", "base_url")


@attrs.frozen(repr=False)
class Profile:
    """What a command connects with; the private key is shown nowhere."""

    public_key: str | None = None
    private_key: str | None = None
    environment: str | None = None
    region: str | None = None
    base_url: str | None = None
    source: str = "environment"

    def __repr__(self) -> str:
        return f"Profile(source={self.source!r}, public_key={self.public_key!r}, private_key='***')"


def config_path() -> Path:
    explicit = os.environ.get("SEZZLE_CONFIG")
    return Path(explicit) if explicit else Path.home() / ".config" / "sezzle" / "config.toml"


def _read(path: Path) -> dict[str, object]:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise ConfigurationError(f"cannot read the config file {path}: {error.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigurationError(
            f"the config file {path} can be read by group or others and holds a private key: run chmod 600 {path}"
        )
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigurationError(f"cannot read the config file {path}: {error}") from None


def _profile(path: Path, name: str) -> Profile:
    table = _read(path).get(name)
    if not isinstance(table, dict):
        raise ConfigurationError(f"the config file {path} has no profile [{name}]")
    values: dict[str, str | None] = {}
    for field in _FIELDS:
        value = table.get(field)
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"profile [{name}] in {path}: {field} must be a string")
        values[field] = value
    return Profile(**values, source=f"profile {name}")


def resolve(profile: str | None) -> Profile:
    """The named profile; else keys from the environment; else the file's [default] profile, if any."""
    path = config_path()
    if profile:
        return _profile(path, profile)
    if os.environ.get("SEZZLE_PUBLIC_KEY") and os.environ.get("SEZZLE_PRIVATE_KEY"):
        return Profile()
    if path.exists():
        return _profile(path, "default")
    return Profile()
