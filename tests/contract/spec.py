"""Request and response validation against the merged OpenAPI spec, for any httpx exchange.

The spec is OpenAPI 3.1, whose schemas are JSON Schema 2020-12, so ``jsonschema`` validates them as
they are (with the spec as one resource, so every ``$ref`` resolves in place). A request is checked for
an operation that matches its method and path, its path, query and header parameters (declared,
required, typed once read from their text form), its credentials, and its body against the declared
media type and schema; a response for a declared status, a declared media type, a body its schema
accepts (or none when none is declared) and its required headers. Each problem names the operation, the
side, and the place (parameter name or JSON path) where it was found.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import httpx
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "sezzle-api.json"
URI = "urn:sezzle-api"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

FORMATS = FormatChecker()


@FORMATS.checks("int32")
def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")
def _int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def _pointer(*parts: str) -> str:
    return "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@attrs.frozen
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    pointer: tuple[str, ...]
    definition: dict[str, Any] = attrs.field(repr=False)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.template}"


class Contract:
    """The merged spec, ready to check exchanges; ``operations`` lists every operation it declares."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.registry = Registry().with_resource(URI, Resource.from_contents(spec, default_specification=DRAFT202012))
        self.operations = [
            Operation(method, template, self._compile(template), ("paths", template, method), item[method])
            for template, item in spec["paths"].items()
            for method in METHODS
            if method in item
        ]
        # A literal segment beats a parameter: /v2/session/card is not /v2/session/{session_uuid}.
        self.operations.sort(key=lambda op: (op.template.count("{"), op.template))

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Contract:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def _compile(template: str) -> re.Pattern[str]:
        return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)))

    # Lookups

    def find(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for operation in self.operations:
            match = operation.pattern.fullmatch(path)
            if match and operation.method == method.lower():
                return operation, {name: urllib.parse.unquote(value) for name, value in match.groupdict().items()}
        return None

    def _resolve(self, node: dict[str, Any], pointer: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
        while "$ref" in node:
            parts = tuple(
                urllib.parse.unquote(part).replace("~1", "/").replace("~0", "~") for part in node["$ref"][2:].split("/")
            )
            node, pointer = self._at(parts), parts
        return node, pointer

    def _at(self, parts: tuple[str, ...]) -> Any:
        node: Any = self.spec
        for part in parts:
            node = node[part]
        return node

    def accepts(self, pointer: tuple[str, ...], instance: Any) -> bool:
        """Whether the schema at ``pointer`` (such as ``("components", "schemas", "Price")``) accepts ``instance``."""
        return not any(self._errors(instance, pointer))

    def declares(self, method: str, template: str, status: int) -> bool:
        """Whether an operation declares an answer with this status."""
        return str(status) in self.spec["paths"][template][method.lower()]["responses"]

    def _errors(self, instance: Any, pointer: tuple[str, ...]) -> Iterator[str]:
        validator = Draft202012Validator(
            {"$ref": f"{URI}#{urllib.parse.quote(_pointer(*pointer))}"}, registry=self.registry, format_checker=FORMATS
        )
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            where = "".join(f"[{part!r}]" if isinstance(part, str) else f"[{part}]" for part in error.absolute_path)
            yield f"body{where}: {error.message}"

    def _parameters(self, operation: Operation) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
        declared: dict[tuple[str, str], tuple[dict[str, Any], tuple[str, ...]]] = {}
        path_item = ("paths", operation.template)
        for owner in (path_item, operation.pointer):  # operation-level parameters override path-level ones
            for index, item in enumerate(self._at(owner).get("parameters", [])):
                parameter, pointer = self._resolve(item, (*owner, "parameters", str(index)))
                declared[(parameter["in"], parameter["name"].lower())] = (parameter, pointer)
        return list(declared.values())

    # Requests

    def request_problems(self, request: httpx.Request) -> list[str]:
        found = self.find(request.method, request.url.path)
        if found is None:
            return [f"client: {request.method} {request.url.path} is no operation of the spec"]
        operation, path_values = found
        problems = list(self._parameter_problems(operation, request, path_values))
        problems += self._credential_problems(operation, request)
        problems += self._body_problems(operation, request)
        return [f"{operation.label}: client: {problem}" for problem in problems]

    def _parameter_problems(
        self, operation: Operation, request: httpx.Request, path_values: Mapping[str, str]
    ) -> Iterator[str]:
        query = urllib.parse.parse_qs(request.url.query.decode(), keep_blank_values=True)
        sources: dict[str, Mapping[str, Any]] = {
            "path": path_values,
            "query": query,
            "header": {name.lower(): value for name, value in request.headers.items()},
        }
        known_query = set()
        for parameter, pointer in self._parameters(operation):
            where, name = parameter["in"], parameter["name"]
            known_query.update([name] if where == "query" else [])
            values = sources.get(where, {})
            key = name.lower() if where == "header" else name
            if key not in values:
                if parameter.get("required"):
                    yield f"required {where} parameter {name!r} is missing"
                continue
            raw = values[key]
            if where == "query":
                if len(raw) > 1:
                    yield f"query parameter {name!r} is sent {len(raw)} times"
                raw = raw[0]
            value = _from_text(raw, parameter.get("schema", {}))
            for problem in self._errors(value, (*pointer, "schema")):
                yield f"{where} parameter {name!r}: {problem.removeprefix('body: ')}"
        for name in sorted(set(query) - known_query):
            yield f"query parameter {name!r} is not declared"

    def _credential_problems(self, operation: Operation, request: httpx.Request) -> list[str]:
        requirements = operation.definition.get("security", self.spec.get("security", []))
        if not requirements or any(not requirement for requirement in requirements):
            return []
        schemes = self.spec["components"]["securitySchemes"]
        for requirement in requirements:
            names = [schemes[name]["name"] for name in requirement if schemes[name].get("in") == "header"]
            if all(name in request.headers for name in names):
                return []
        return ["no credentials: the spec requires the Authorization header"]

    def _body_problems(self, operation: Operation, request: httpx.Request) -> list[str]:
        declared = operation.definition.get("requestBody")
        body = request.content
        if declared is None:
            return ["a body is sent but the operation declares none"] if body else []
        declared, pointer = self._resolve(declared, (*operation.pointer, "requestBody"))
        if not body:
            return ["the required body is missing"] if declared.get("required") else []
        media = request.headers.get("content-type", "").split(";")[0].strip()
        if media not in declared["content"]:
            return [f"body sent as {media or 'no media type'!r}, declared: {sorted(declared['content'])}"]
        if media != "application/json":
            return []
        try:
            instance = json.loads(body)
        except ValueError:
            return ["the JSON body does not parse"]
        return list(self._errors(instance, (*pointer, "content", media, "schema")))

    # Responses

    def response_problems(self, response: httpx.Response) -> list[str]:
        request = response.request
        found = self.find(request.method, request.url.path)
        if found is None:
            return []  # reported for the request already
        operation, _ = found
        responses = operation.definition["responses"]
        status = str(response.status_code)
        key = next(
            (k for k in (status, f"{status[0]}XX", f"{status[0]}xx", "default") if k in responses),
            None,
        )
        if key is None:
            return [f"{operation.label}: gateway: answered {status}, declared: {sorted(responses)}"]
        declared, pointer = self._resolve(responses[key], (*operation.pointer, "responses", key))
        problems = list(self._response_body_problems(declared, pointer, response))
        for name, header in declared.get("headers", {}).items():
            if self._resolve(header, ())[0].get("required") and name not in response.headers:
                problems.append(f"required header {name!r} is missing")
        return [f"{operation.label}: gateway: {status}: {problem}" for problem in problems]

    def _response_body_problems(
        self, declared: dict[str, Any], pointer: tuple[str, ...], response: httpx.Response
    ) -> Iterator[str]:
        content = declared.get("content", {})
        if not content:
            if response.content:
                yield "a body is sent but none is declared"
            return
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if media not in content:
            yield f"answered as {media or 'no media type'!r}, declared: {sorted(content)}"
            return
        if media != "application/json":
            return
        try:
            instance = response.json()
        except ValueError:
            yield "the JSON body does not parse"
            return
        yield from self._errors(instance, (*pointer, "content", media, "schema"))


def _from_text(text: str, schema: Mapping[str, Any]) -> Any:
    """A parameter's value as its schema types it (parameters travel as text)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text
