"""Sanity checks on the compatibility corpus data itself (not on the client)."""

from __future__ import annotations

import json
import re

import pytest

from tests.compat.corpus import CORPUS_DIR, OPERATIONS, TRAITS, corpus_files, load_corpus, select, validate_raw

FILES = corpus_files()


@pytest.mark.parametrize("file", FILES, ids=[f.relative_to(CORPUS_DIR).as_posix() for f in FILES])
def test_entry_is_well_formed(file):
    data = json.loads(file.read_text(encoding="utf-8"))
    assert validate_raw(data) == []


def test_corpus_size_and_spread():
    entries = load_corpus()
    assert len(entries) >= 40
    assert len({e.source.repo for e in entries}) >= 5
    assert {e.api for e in entries} == {"v1", "v2"}


def test_every_operation_is_covered():
    covered = {e.operation for e in load_corpus()}
    assert covered == set(OPERATIONS)


def test_every_trait_is_exercised():
    used = set().union(*(e.traits for e in load_corpus()))
    assert sorted(set(TRAITS) - used) == []


def test_readme_lists_the_vocabulary():
    readme = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Trait vocabulary", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z0-9-]+)` \|", section, flags=re.MULTILINE))
    assert listed == set(TRAITS)


def test_url_path_fills_placeholders():
    for entry in load_corpus():
        assert "{" not in entry.url_path()
        for name in entry.path_params:
            assert "X-ID" in entry.url_path(**{name: "X-ID"})


def test_select_filters():
    entries = load_corpus()
    captures = select(entries, api="v2", path="/v2/order/{order_uuid}/capture")
    assert captures
    assert all(e.method == "POST" for e in captures)
    assert select(entries, trait="partial-capture")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([], "not a JSON object"),
        ({"api": "v2"}, "missing key"),
    ],
)
def test_validate_raw_rejects_bad_shapes(data, fragment):
    assert any(fragment in p for p in validate_raw(data))


def test_validate_raw_rejects_unknown_trait_and_operation():
    good = json.loads(FILES[0].read_text(encoding="utf-8"))
    bad = {**good, "traits": ["no-such-trait"], "path": "/v2/nowhere"}
    problems = validate_raw(bad)
    assert any("vocabulary" in p for p in problems)
    assert any("unknown operation" in p for p in problems)
