"""Compatibility corpus: request bodies that real Sezzle integrations send today.

Each JSON file under this directory (``<source-slug>/<name>.json``) reconstructs one request that a
public integration builds, with the shape and value forms that code produces. ``load_corpus()``
returns them as typed entries; ``validate_raw()`` lists what is wrong with one decoded file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent

# (api, method, path template) of every operation the corpus may target.
OPERATIONS: frozenset[tuple[str, str, str]] = frozenset(
    {
        ("v2", "POST", "/v2/session"),
        ("v2", "POST", "/v2/order/{order_uuid}/capture"),
        ("v2", "POST", "/v2/order/{order_uuid}/refund"),
        ("v2", "POST", "/v2/order/{order_uuid}/release"),
        ("v2", "POST", "/v2/order/{order_uuid}/reauthorize"),
        ("v2", "POST", "/v2/order/{order_uuid}/upcharge"),
        ("v2", "PATCH", "/v2/order/{order_uuid}"),
        ("v2", "POST", "/v2/customer/{customer_uuid}/order"),
        ("v2", "POST", "/v2/customer/{customer_uuid}/preapprove"),
        ("v2", "POST", "/v2/webhooks"),
        ("v1", "POST", "/v1/checkouts"),
        ("v1", "POST", "/v1/checkouts/{order_reference_id}/complete"),
        ("v1", "POST", "/v1/orders/{order_reference_id}/refund"),
        ("v1", "POST", "/v1/configuration"),
    }
)

# The fixed trait vocabulary; README.md repeats it (a test keeps the two in step).
TRAITS: Mapping[str, str] = {
    "null-optional": "an optional field is present with JSON null",
    "empty-string": "an optional string field is present as an empty string",
    "empty-array": "a list field (discounts, items) is present as []",
    "zero-amount": "a price other than a discount is 0 cents (shipping, tax)",
    "dob-string": "dob is a plain YYYY-MM-DD date string",
    "dob-datetime": "dob is a full ISO-8601 timestamp with time and zone",
    "dob-zero-date": "dob is the placeholder date 0000-00-00",
    "locale-underscore": "locale uses an underscore (en_US, fr_CA) instead of a hyphen",
    "discount-flat-price": "a discount entry is a bare price object instead of {name, amount}",
    "discount-no-name": "a discount entry has no name",
    "discount-nonpositive": "a discount amount is 0 or negative",
    "discount-name-numeric": "a discount name is a number rendered as text (e.g. 0.0000)",
    "address-empty": "an address is an empty object {}",
    "address-blank": "an address has every key but all values are null, empty or whitespace",
    "address-missing-parts": "a required address part (state, postal code, country) is null, empty or absent",
    "address-phone-alias": "an address phone is under the other API version's name (phone_number in v2, phone in v1)",
    "item-no-sku": "a line item sku is null or empty",
    "item-negative-price": "a line item carries a negative price (a rebate sent as an item)",
    "quantity-float": "an item quantity is a JSON float such as 2.0",
    "quantity-string": 'an item quantity is a decimal string such as "2.0000"',
    "amount-string": "amount_in_cents is a numeric string",
    "price-flattened": "price fields sit at the top level where the docs nest them in a price object",
    "partial-capture": "a capture body carries the legacy partial_capture boolean",
    "unknown-keys": "the body has keys outside the documented request schema",
    "misnamed-key": "a documented field is sent under a wrong name (tokenization for tokenize)",
    "credentials-in-body": "the bearer token is repeated inside the JSON body (authToken)",
    "transport-keys": "client plumbing (HTTP method, target URL, path ids) leaks into the body",
    "url-method-post": "a redirect URL declares method POST",
    "body-absent": "the integration sends no body (or the literal null); the corpus stores {}",
    "session-no-order": "a session carries a customer to tokenize and no order",
    "refund-full-no-amount": "a v1 refund uses is_full_refund without an amount",
    "currency-other": "a currency outside USD/CAD",
    "enum-beyond-spec": "an enum value that the docs list but the spec enum lacks",
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_REQUIRED_KEYS = ("source", "api", "method", "path", "path_params", "headers", "body", "traits")


@dataclass(frozen=True)
class Source:
    repo: str
    path: str
    commit: str
    note: str


@dataclass(frozen=True)
class CorpusEntry:
    """One recorded request: where it comes from, which operation it targets and its body."""

    id: str  # "<source-slug>/<name>"
    file: Path
    source: Source
    api: str
    method: str
    path: str
    path_params: Mapping[str, str]
    headers: Mapping[str, str]
    body: dict[str, Any]
    traits: frozenset[str] = field(default_factory=frozenset)

    @property
    def operation(self) -> tuple[str, str, str]:
        return (self.api, self.method, self.path)

    def url_path(self, **ids: str) -> str:
        """The path with placeholders filled from ``ids``, falling back to the recorded example values."""
        values = {**self.path_params, **ids}
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], self.path)


def validate_raw(data: Any) -> list[str]:
    """Problems with one decoded corpus file (empty when it is well formed)."""
    if not isinstance(data, dict):
        return ["entry is not a JSON object"]
    problems = [f"missing key {key!r}" for key in _REQUIRED_KEYS if key not in data]
    if problems:
        return problems
    source = data["source"]
    if not isinstance(source, dict):
        problems.append("source is not an object")
    else:
        for key in ("repo", "path", "note"):
            if not isinstance(source.get(key), str) or not source[key].strip():
                problems.append(f"source.{key} must be a non-empty string")
        if not isinstance(source.get("commit", ""), str):
            problems.append("source.commit must be a string")
    if data["api"] not in ("v1", "v2"):
        problems.append(f"api {data['api']!r} is not v1 or v2")
    operation = (data["api"], data["method"], data["path"])
    if operation not in OPERATIONS:
        problems.append(f"unknown operation {operation!r}")
    params = data["path_params"]
    if not isinstance(params, dict) or not all(isinstance(v, str) and v for v in params.values()):
        problems.append("path_params must map names to non-empty strings")
    elif set(_PLACEHOLDER.findall(str(data["path"]))) != set(params):
        problems.append("path_params keys must match the path placeholders")
    if not isinstance(data["headers"], dict) or not all(isinstance(v, str) for v in data["headers"].values()):
        problems.append("headers must map names to strings")
    if not isinstance(data["body"], dict):
        problems.append("body is not a JSON object")
    traits = data["traits"]
    if not isinstance(traits, list) or not all(isinstance(t, str) for t in traits):
        problems.append("traits must be a list of strings")
    else:
        problems.extend(f"trait {t!r} is not in the vocabulary" for t in traits if t not in TRAITS)
        if len(set(traits)) != len(traits):
            problems.append("traits repeat")
    return problems


def corpus_files(root: Path = CORPUS_DIR) -> list[Path]:
    return sorted(root.glob("*/*.json"))


def _entry(file: Path, root: Path, data: dict[str, Any]) -> CorpusEntry:
    src = data["source"]
    return CorpusEntry(
        id=file.relative_to(root).with_suffix("").as_posix(),
        file=file,
        source=Source(repo=src["repo"], path=src["path"], commit=src.get("commit", ""), note=src["note"]),
        api=data["api"],
        method=data["method"],
        path=data["path"],
        path_params=dict(data["path_params"]),
        headers=dict(data["headers"]),
        body=data["body"],
        traits=frozenset(data["traits"]),
    )


def load_corpus(root: Path = CORPUS_DIR) -> list[CorpusEntry]:
    """Every corpus entry, sorted by id; raises ValueError naming the first malformed file."""
    entries = []
    for file in corpus_files(root):
        data = json.loads(file.read_text(encoding="utf-8"))
        problems = validate_raw(data)
        if problems:
            raise ValueError(f"{file}: {'; '.join(problems)}")
        entries.append(_entry(file, root, data))
    return entries


def select(
    entries: Iterable[CorpusEntry],
    *,
    api: str | None = None,
    method: str | None = None,
    path: str | None = None,
    trait: str | None = None,
) -> list[CorpusEntry]:
    """Entries matching every given criterion."""
    return [
        e
        for e in entries
        if (api is None or e.api == api)
        and (method is None or e.method == method)
        and (path is None or e.path == path)
        and (trait is None or trait in e.traits)
    ]
