"""Collect every documented example from the vendored pages, with the operation and status it belongs to."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from scripts.specbuild.sources import Source, read_page, read_supplement

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "openapi" / "pages").glob("*.md"))
SUPPLEMENTS = sorted((ROOT / "openapi" / "supplements").glob("*.yaml"))
MERGED = json.loads((ROOT / "openapi" / "sezzle-api.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Example:
    page: str
    method: str
    path: str
    kind: str  # "request" or "response"
    status: int | None
    where: str  # where on the page the example sits
    value: Any

    @property
    def id(self) -> str:
        status = f" {self.status}" if self.status else ""
        return f"{self.page}:{self.kind}{status}:{self.where}"


def _media_examples(media: dict[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield where + "/example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        yield f"{where}/examples/{name}", example["value"]
    schema = media.get("schema") or {}
    if "example" in schema:
        yield where + "/schema/example", schema["example"]


def page_examples(source: Source) -> Iterator[Example]:
    document = source.document
    for path, item in document["paths"].items():
        for method, operation in item.items():
            body = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
            for where, value in _media_examples(body or {}, "requestBody"):
                yield Example(source.name, method, path, "request", None, where, value)
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    if "example" in response:
                        yield Example(
                            source.name, method, path, "response", int(status), "beside $ref", response["example"]
                        )
                    name = response["$ref"].rsplit("/", 1)[1]
                    response = document["components"]["responses"][name]
                    where = f"components/responses/{name}"
                else:
                    where = f"responses/{status}"
                media = (response.get("content") or {}).get("application/json") or {}
                for spot, value in _media_examples(media, where):
                    yield Example(source.name, method, path, "response", int(status), spot, value)


def all_examples() -> list[Example]:
    examples: list[Example] = []
    for page in PAGES:
        source = read_page(page)
        assert isinstance(source, Source)
        examples.extend(page_examples(source))
    return examples


def supplement_examples() -> list[Example]:
    examples: list[Example] = []
    for path in SUPPLEMENTS:
        examples.extend(page_examples(read_supplement(path)))
    return examples


def operation_module(method: str, path: str) -> ModuleType:
    """The generated module for an operation of the merged spec."""
    operation = MERGED["paths"][path][method]
    tag = operation["tags"][0].lower()
    return importlib.import_module(f"sezzle_api.api.{tag}.{operation['operationId']}")


def request_model(method: str, path: str) -> type[Any]:
    ref = MERGED["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    name = ref.rsplit("/", 1)[1]
    return getattr(importlib.import_module("sezzle_api.models"), name)  # type: ignore[no-any-return]
