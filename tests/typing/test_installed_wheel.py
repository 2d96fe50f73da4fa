"""User code type-checks against the installed wheel: the docs' examples and every public method.

The first test is the check itself (``scripts.wheel_types``: build, install into its own environment,
mypy --strict and basedpyright); the others show its parts find what they should, including that a
real error and a result typed ``Any`` fail it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import wheel_types
from scripts.wheel_types import (
    Block,
    CheckError,
    Module,
    Report,
    assigned_names,
    example_modules,
    extract_blocks,
)


@pytest.fixture(scope="module")
def report() -> Report:
    return wheel_types.run()


def _revealed(report: Report, checker: str, document: str, name: str) -> str:
    """The type revealed for ``name`` in the first block of ``document`` that binds it."""
    found = [
        (int(label.split(":")[1].split()[0]), kind)
        for label, kind in report.revealed[checker].items()
        if label.startswith(document + ":") and label.endswith(" " + name)
    ]
    return min(found)[1]


def test_docs_examples_and_public_api_type_check_against_the_installed_wheel(report: Report) -> None:
    assert report.ok, "\n".join(map(str, report.findings))
    assert report.modules >= 15  # every checked block of README.md and docs/*.md, and the API probe
    for block in report.skipped:
        assert block.skip, block.label


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_the_readme_results_are_precise_types(report: Report, checker: str) -> None:
    assert _revealed(report, checker, "README.md", "redirect_to") == "str"
    assert _revealed(report, checker, "README.md", "order_uuid") == "str"
    assert _revealed(report, checker, "README.md", "session").endswith("CheckoutSession")
    assert _revealed(report, checker, "README.md", "state").endswith("OrderState")


def test_every_namespace_method_is_probed(report: Report) -> None:
    probed = {label for label in report.revealed["mypy"] if label.startswith(("Sezzle.", "AsyncSezzle."))}
    for expected in (
        "Sezzle.orders.get",
        "Sezzle.orders.with_raw_response.capture",
        "AsyncSezzle.orders.with_raw_response.capture",
        "Sezzle.sessions.create",
        "Sezzle.v1.checkouts.create",
        "Sezzle.reports.settlement_details",
        "Sezzle.with_options",
        "AsyncSezzle.customers.create_order",
    ):
        assert expected in probed
    raw = report.revealed["mypy"]["Sezzle.orders.with_raw_response.capture"]
    assert raw.endswith("sezzle._core.sender.APIResponse[sezzle_api.models.order_transaction.OrderTransaction]")


def test_a_type_error_and_a_result_typed_any_fail_the_check(tmp_path: Path) -> None:
    home = wheel_types.environment()  # the cached environment; the installed sezzle is not needed here
    source = "from typing import Any\n\n\ndef f() -> Any: ...\n\n\nx: int = 'one'\ny = f()\nreveal_type(y)\n"
    module = Module("example_bad", source, {9: "docs/x.md:1 y"})
    found = Report()
    wheel_types.check_modules(home, [module], tmp_path, found)
    text = "\n".join(map(str, found.findings))
    assert "mypy: example_bad.py:7" in text
    assert "pyright: example_bad.py:7" in text
    assert "mypy: docs/x.md:1 y: reveals Any: Any" in text
    assert "pyright: docs/x.md:1 y: reveals Unknown/Any" in text


PAGE = """\
Text.

```python
x = 1
```

<!-- typecheck: assumes client, order_uuid -->
```python
order = client.orders.get(order_uuid)
```

<!-- typecheck: continues -->
```python
uuid = order.uuid
```

<!-- typecheck: skip: needs Flask -->
```python
from flask import Flask
```
"""


def test_markers_say_how_a_block_is_checked() -> None:
    first, assumes, continues, skipped = extract_blocks("page.md", PAGE)
    assert (first.line, first.code) == (4, "x = 1\n")
    assert assumes.assumes == ("client", "order_uuid")
    assert continues.continues
    assert skipped.skip == "needs Flask"
    modules, skipped_blocks = example_modules([first, assumes, continues, skipped])
    assert [block.label for block in skipped_blocks] == ["page.md:19"]
    assert "client = Sezzle()" in modules[1].source
    continued = modules[2].source  # the previous checked block, with what it assumed, then this one
    assert continued.count("client = Sezzle()") == 1
    assert continued.index("order = client.orders.get") < continued.index("uuid = order.uuid")
    assert list(modules[2].reveals.values()) == ["page.md:14 order", "page.md:14 uuid"]


@pytest.mark.parametrize(
    ("marker", "problem"),
    [("<!-- typecheck: assumes nobody -->", "cannot assume nobody"), ("<!-- typecheck: skip -->", "must say why")],
)
def test_markers_are_checked(marker: str, problem: str) -> None:
    with pytest.raises(CheckError, match=problem):
        extract_blocks("page.md", f"{marker}\n```python\nx = 1\n```\n")


def test_a_block_cannot_continue_nothing() -> None:
    with pytest.raises(CheckError, match="no checked block comes before"):
        example_modules([Block("page.md", 2, "x = 1\n", continues=True)])


def test_revealed_names_are_those_bound_for_sure() -> None:
    code = "a = 1\nb, c = 2, 3\nwith open('f') as d:\n    e = d.read()\nfor f in []:\n    g = f\nif a:\n    h = 1\n"
    assert assigned_names(code) == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("revealed", "result"),
    [
        ("def (x: Any) -> sezzle.Order", "sezzle.Order"),
        ("def (x: typing.Mapping[str, Any] =)", "None"),
        ("def (h: def (x: int) -> Any) -> str", "str"),
        ("def (x: Any) -> typing.Coroutine[Any, Any, sezzle.Order]", "sezzle.Order]"),
        ("(x: Mapping[str, Any]) -> CoroutineType[Any, Any, Order]", "Order]"),
        ("Overload[(x: None = None) -> A, (x: Mapping[str, Any]) -> B]", "A | B"),
        ("Overload(def (x: None =) -> A, def (x: Any) -> Any)", "A | Any"),
    ],
)
def test_only_the_result_of_a_probed_method_is_judged(revealed: str, result: str) -> None:
    assert wheel_types._result_type("Sezzle.orders.get", revealed) == result
    assert wheel_types._result_type("README.md:1 x", revealed) == revealed


def test_docstring_examples_are_checked_as_fragments(tmp_path: Path) -> None:
    package = tmp_path / "overlay" / "pkg"
    package.mkdir(parents=True)
    (package / "mod.py").write_text(
        'class Thing:\n    """A thing.\n\n    ```python\n'
        "    order = client.orders.get(order_uuid)\n"
        '    ```\n    """\n\n\n'
        'def later() -> None:\n    """Later.\n\n    ```python\n    async with AsyncSezzle() as c:\n'
        '        await c.orders.get(order_uuid)\n    ```\n    """\n',
        encoding="utf-8",
    )
    thing, later = wheel_types.docstring_blocks(package)
    assert thing.assumes == ("client", "order_uuid")  # what it reads without defining, nothing more
    assert later.code.startswith("async def example() -> None:\n    async with AsyncSezzle() as c:")
    assert later.assumes == ("order_uuid",)


def test_free_names_are_read_but_never_bound() -> None:
    code = "import os\nx = client.get(os.sep)\n\ndef f(event: E) -> None:\n    g(event, x)\n"
    assert wheel_types.free_names(code) == ["client", "E", "g"]


def test_the_sezzle_docstring_examples_are_among_the_checked(report: Report) -> None:
    labels = set(report.revealed["mypy"])
    assert any(label.startswith("overlay/sezzle/client.py:Sezzle:") for label in labels)
    assert any(label.startswith("overlay/sezzle/webhooks/__init__.py:module:") for label in labels)
