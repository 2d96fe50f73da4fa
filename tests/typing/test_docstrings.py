"""Every public class and method of ``sezzle`` says what it does: the API reference is built from them."""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Iterator
from typing import Any

from sezzle import AsyncSezzle, Sezzle

# Modules whose ``__all__`` is public API, and modules whose own top-level names are.
EXPORTING = (
    "sezzle",
    "sezzle.errors",
    "sezzle.webhooks",
    "sezzle.webhooks.v1",
    "sezzle.reports",
    "sezzle.v1",
    "sezzle.gateway",
    "sezzle.testing",
    "sezzle.testing.plugin",
)
DEFINING = ("sezzle.money", "sezzle.order_state", "sezzle.links", "sezzle.approval", "sezzle.retries")


def _public_objects() -> Iterator[tuple[str, Any]]:
    for name in EXPORTING:
        module = importlib.import_module(name)
        for attribute in module.__all__:
            yield f"{name}.{attribute}", getattr(module, attribute)
    for name in DEFINING:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if not attribute.startswith("_") and getattr(value, "__module__", None) == name:
                yield f"{name}.{attribute}", value


def _namespaces() -> Iterator[tuple[str, Any]]:
    for cls in (Sezzle, AsyncSezzle):
        client = cls("sz_pub_docs", "sz_pr_docs", base_url="http://127.0.0.1:9")
        lazy = [name for name, value in vars(cls).items() if isinstance(value, functools.cached_property)]
        names = [*vars(client), *lazy]  # the namespaces are made on first use
        todo: list[tuple[str, object]] = [(f"{cls.__name__}.{k}", getattr(client, k)) for k in names if k[0] != "_"]
        while todo:
            path, value = todo.pop()
            yield path, type(value)
            if hasattr(type(value), "with_raw_response"):
                yield f"{path}.with_raw_response", type(value.with_raw_response)  # type: ignore[attr-defined]
            todo += [
                (f"{path}.{k}", v)
                for k, v in vars(value).items()
                if k[0] != "_" and type(v).__module__.startswith("sezzle.")
            ]


def _members(cls: type[Any]) -> Iterator[tuple[str, Any]]:
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, staticmethod | classmethod):
            value = value.__func__
        if isinstance(value, property):
            value = value.fget
        if inspect.isfunction(value):
            yield name, value


def _undocumented() -> list[str]:
    missing: list[str] = []
    seen: set[int] = set()
    for path, value in [*_public_objects(), *_namespaces()]:
        module = str(getattr(value, "__module__", ""))
        if id(value) in seen or not (module == "sezzle" or module.startswith("sezzle.")):
            continue
        seen.add(id(value))
        if inspect.isclass(value):
            if not (value.__doc__ or "").strip():
                missing.append(f"class {path} ({value.__module__}.{value.__qualname__})")
            for name, member in _members(value):
                if not (inspect.getdoc(getattr(value, name)) or member.__doc__ or "").strip():
                    missing.append(f"{path}.{name} ({value.__module__}.{value.__qualname__})")
        elif inspect.isfunction(value) and not (value.__doc__ or "").strip():
            missing.append(f"function {path}")
    return missing


def test_every_public_class_and_method_has_a_docstring() -> None:
    missing = _undocumented()
    assert missing == [], f"{len(missing)} without a docstring:\n" + "\n".join(missing)


def test_the_clients_and_their_namespaces_are_all_visited() -> None:
    paths = {path for path, _ in _namespaces()}
    assert {"Sezzle.orders", "Sezzle.orders.with_raw_response", "AsyncSezzle.v1.checkouts"} <= paths
    assert len(paths) >= 40
