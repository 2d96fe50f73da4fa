"""Compare two merged specs into a drift report."""

from __future__ import annotations

from scripts.drift.classes import generated_classes
from scripts.drift.findings import Change, Collector, Report
from scripts.drift.names import NamingRules
from scripts.drift.operations import Operation, OperationComparer, operations, server_changes
from scripts.drift.schemas import SchemaComparer, Side
from scripts.drift.spec import Spec, join
from scripts.specbuild.pointers import first_difference, strip_docs


def compare(old: Spec, new: Spec, names: NamingRules | None = None) -> Report:
    """Every difference between ``old`` and ``new`` that matters to clients, classified.

    ``names`` are the generator settings of the package built from both specs (by default those
    in ``openapi/generator.yaml``).
    """
    names = names or NamingRules.from_config()
    before, after = Side(old, names), Side(new, names)
    schemas = SchemaComparer(before, after)
    comparer = OperationComparer(before, after, schemas)
    collector = Collector()
    collector.add(server_changes(old.document, new.document, "", ""))
    collector.add(_security_schemes(old, new))
    old_operations, new_operations = operations(old), operations(new)
    for key in sorted(old_operations.keys() | new_operations.keys()):
        was, now = old_operations.get(key), new_operations.get(key)
        if was is not None and now is not None:
            collector.add(comparer.compare(was, now), now.label)
        elif was is not None:
            collector.add([_operation_removed(names, was)], was.label)
        elif now is not None:
            collector.add([_operation_added(names, now)], now.label)
    collector.add(_classes(before, after, collector))
    return collector.report()


def _operation_removed(names: NamingRules, operation: Operation) -> Change:
    module = names.module(operation.node, operation.method, operation.path)
    message = f"operation `{operation.label}` was removed (module `{module}` goes away)"
    return Change("operation-removed", operation.pointer, message, before=module)


def _operation_added(names: NamingRules, operation: Operation) -> Change:
    module = names.module(operation.node, operation.method, operation.path)
    message = f"new operation `{operation.label}` (module `{module}`)"
    return Change("operation-added", operation.pointer, message, after=module)


def _security_schemes(old: Spec, new: Spec) -> list[Change]:
    before, after = old.components("securitySchemes"), new.components("securitySchemes")
    changes: list[Change] = []
    for name, definition in before.items():
        if name not in after:
            continue
        was, now = strip_docs(definition), strip_docs(after[name])
        if was != now:
            pointer = join("/components/securitySchemes", name)
            where = first_difference(was, now, pointer) or pointer
            changes.append(Change("security-scheme-changed", where, f"security scheme `{name}` changed at {where}"))
    return changes


def _classes(before: Side, after: Side, collector: Collector) -> list[Change]:
    """Classes that appear or disappear, other than those already reported as renamed."""
    old = generated_classes(before.spec, before.names)
    new = generated_classes(after.spec, after.names)
    renamed = collector.renamed_classes()
    changes = [
        Change("python-class-removed", pointer, f"generated class `{name}` goes away", before=name)
        for name, pointer in old.items()
        if name not in new and name not in renamed
    ]
    changes += [
        Change("python-class-added", pointer, f"new generated class `{name}`", after=name)
        for name, pointer in new.items()
        if name not in old and name not in renamed.values()
    ]
    return changes
