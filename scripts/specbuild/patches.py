"""Fix known defects of Sezzle's docs with RFC 6902 JSON Patch files.

Each file in ``openapi/patches/`` is YAML with a one-line ``reason`` and the ``operations`` to apply to
the merged spec, applied in file-name order. An operation whose target no longer exists, or a ``test``
that no longer holds, fails the build: Sezzle changed its docs there and the patch must be reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpatch
import jsonpointer
import yaml

from scripts.specbuild.errors import SpecBuildError

_OPS = frozenset({"add", "remove", "replace", "move", "copy", "test"})


@dataclass(frozen=True)
class PatchFile:
    name: str
    reason: str
    operations: tuple[dict[str, Any], ...]


def load_patches(directory: Path) -> list[PatchFile]:
    patches: list[PatchFile] = []
    for path in sorted(directory.glob("*.yaml")) if directory.is_dir() else []:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise SpecBuildError(f"{path.name}: a patch file is a mapping with 'reason' and 'operations'")
        reason = str(raw.get("reason") or "").strip()
        if not reason or "\n" in reason:
            raise SpecBuildError(f"{path.name}: needs a one-line 'reason'")
        operations = raw.get("operations")
        if not isinstance(operations, list) or not operations:
            raise SpecBuildError(f"{path.name}: needs a non-empty list of 'operations'")
        for index, operation in enumerate(operations, start=1):
            if not isinstance(operation, dict) or operation.get("op") not in _OPS or "path" not in operation:
                raise SpecBuildError(f"{path.name}: operation {index} is not an RFC 6902 operation")
        patches.append(PatchFile(path.name, reason, tuple(operations)))
    return patches


def _describe(operation: dict[str, Any]) -> str:
    source = f" from {operation['from']}" if "from" in operation else ""
    return f"{operation['op']} {operation['path']}{source}"


def apply_patches(document: dict[str, Any], patches: list[PatchFile]) -> dict[str, Any]:
    """Apply every patch in order, one operation at a time so a failure names its operation."""
    for patch in patches:
        for index, operation in enumerate(patch.operations, start=1):
            where = f"patch {patch.name}, operation {index} ({_describe(operation)})"
            try:
                document = jsonpatch.apply_patch(document, [operation], in_place=True)
            except jsonpatch.JsonPatchTestFailed:
                raise SpecBuildError(
                    f"{where}: the docs no longer hold the value this patch expects; Sezzle's docs "
                    f"changed there: check whether the defect ({patch.reason}) is still present, "
                    f"then update or delete the patch"
                ) from None
            except (jsonpatch.JsonPatchConflict, jsonpointer.JsonPointerException) as exc:
                raise SpecBuildError(
                    f"{where}: target not found ({exc}); Sezzle's docs changed there: review the patch ({patch.reason})"
                ) from None
    return document
