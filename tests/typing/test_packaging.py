"""What a maintainer publishes: the wheel's files and metadata, one version, documented settings."""

from __future__ import annotations

import email
import importlib.metadata
import re
import tomllib
import zipfile
from email.message import Message
from pathlib import Path

import pytest

import sezzle
from scripts import wheel_types

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    path = wheel_types.build_wheel(tmp_path_factory.mktemp("dist"))
    return zipfile.ZipFile(path)


@pytest.fixture(scope="module")
def metadata(wheel: zipfile.ZipFile) -> Message:
    (name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    return email.message_from_bytes(wheel.read(name))


def test_both_packages_ship_py_typed(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"sezzle/py.typed", "sezzle_api/py.typed"} <= names
    assert not any(name.startswith(("tests/", "scripts/", "generated/", "overlay/")) for name in names)


def test_the_licence_file_matches_the_declared_licence(wheel: zipfile.ZipFile, metadata: Message) -> None:
    assert metadata["License-Expression"] == "MIT"
    (licence,) = [name for name in wheel.namelist() if name.endswith("licenses/LICENSE")]
    text = wheel.read(licence).decode()
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text


def test_metadata_a_maintainer_publishes(metadata: Message) -> None:
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    versions = {c.rsplit(" ", 1)[1] for c in classifiers if c.startswith("Programming Language :: Python :: 3.")}
    assert versions == {"3.11", "3.12", "3.13"}
    assert metadata["Requires-Python"] == ">=3.11"
    urls = dict(entry.split(", ", 1) for entry in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Repository", "Changelog"} <= set(urls)
    assert metadata["Author"]


def test_users_get_ranges_and_no_development_tools(metadata: Message) -> None:
    requires = metadata.get_all("Requires-Dist") or []
    core = [item for item in requires if "extra ==" not in item]
    assert sorted(re.split(r"[<>=!~ \[]", item)[0] for item in core) == ["attrs", "httpx", "python-dateutil", "sniffio"]
    assert not any("==" in item.split(";")[0] for item in requires)
    # Only the optional features are extras; development tools live in dependency groups.
    assert sorted(metadata.get_all("Provides-Extra") or []) == ["cli", "redis", "sql"]


def test_the_version_has_one_source(metadata: Message) -> None:
    assert "version" in PROJECT["project"]["dynamic"]
    assert "version" not in PROJECT["project"]
    assert PROJECT["tool"]["hatch"]["version"]["path"] == "overlay/sezzle/_version.py"
    assert metadata["Version"] == sezzle.__version__ == importlib.metadata.version("sezzle-python")


def test_the_changelog_follows_keep_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "https://keepachangelog.com/en/1.1.0/" in text
    assert "## [Unreleased]" in text
    assert f"## [{sezzle.__version__}]" in text


def test_every_environment_variable_the_client_reads_is_documented() -> None:
    pattern = re.compile(r"""(?:environ\.get|getenv|environ)\s*[\[(]\s*["']([A-Z0-9_]+)["']""")
    read: set[str] = set()
    for path in (ROOT / "overlay" / "sezzle").rglob("*.py"):
        read |= set(pattern.findall(path.read_text(encoding="utf-8")))
    assert {"SEZZLE_PUBLIC_KEY", "SEZZLE_PRIVATE_KEY", "SEZZLE_LOG"} <= read
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Environment variables") : readme.index("## Quick start")]
    assert sorted(name for name in read if f"| `{name}` |" not in table) == []
