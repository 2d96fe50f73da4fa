"""Type-check user code against the installed wheel, as a new user would: ``python -m scripts.wheel_types``.

The repository's own mypy run reads the source tree (``mypy_path``), so it cannot see what a user
gets from ``pip install``: a package without ``py.typed`` there makes every result ``Any``. This check
builds the wheel, installs it into a virtual environment of its own, and runs ``mypy --strict`` and
basedpyright (strict) from a temporary folder outside the repository on:

- every ```` ```python ```` block of README.md and docs/*.md, as written;
- every example in the docstrings of ``sezzle`` (what the API reference shows), as a fragment that
  may use the ``ASSUMABLE`` names it does not define;
- a generated probe that reveals every public method of both clients' namespaces.

It fails on any error, and on any result whose type reveals ``Any`` (pyright: ``Unknown``): each
top-level name an example assigns, and the return type of each probed method, is passed to
``reveal_type`` and the checkers' answers are read back.

Examples are standalone unless an HTML comment right before the block says otherwise:

- ``<!-- typecheck: assumes client, order_uuid -->``: the block uses names defined elsewhere on the
  page; the checker defines them first, from ``ASSUMABLE`` below (the only names a block may assume);
- ``<!-- typecheck: continues -->``: the block continues the previous checked block of the same page;
- ``<!-- typecheck: skip: <reason> -->``: not checked, for the reason given (for example, code for a
  web framework this environment does not install).

The environment (the wheel's dependencies and the pinned checkers) is cached under
``build/typecheck/`` by a hash of what goes into it; only the wheel itself is reinstalled per run.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "typecheck"
DOCUMENTS = ("README.md", "docs/*.md")
# Pinned in pyproject's dependency groups; the check environment installs the same versions.
CHECKERS = ("mypy", "basedpyright", "types-python-dateutil", "pytest")

# What a block may assume with ``<!-- typecheck: assumes ... -->``: each name as its page defines it.
ASSUMABLE: dict[str, str] = {
    "client": "from sezzle import Sezzle\nclient = Sezzle()",
    "async_client": "from sezzle import AsyncSezzle\nasync_client = AsyncSezzle()",
    "order_uuid": 'order_uuid = "5b4a62f3-40c6-4f3a-8b60-9d6d2a5c1e0b"',
    "keys": 'from sezzle.webhooks import WebhookKeys\nkeys = WebhookKeys("sz_pr_example")',
    "router": "from sezzle.webhooks import WebhookRouter\nrouter = WebhookRouter()",
    "dedupe": "from sezzle.webhooks import Deduplicator\ndedupe = Deduplicator()",
    "body": 'body = b"{}"',
    "headers": 'headers: dict[str, str] = {"Sezzle-Signature": "0" * 64}',
    "event": "from sezzle.webhooks import parse_event\nevent = parse_event(body)",
    "current_private_key": 'current_private_key = "sz_pr_current"',
    "previous_private_key": 'previous_private_key = "sz_pr_previous"',
    "handle": "from sezzle.webhooks import Event\n\n\ndef handle(event: Event[object]) -> None: ...",
}
# Names whose definition uses another assumable name.
_NEEDS = {"event": ("body",), "order": ("client", "order_uuid"), "gw": ()}
ASSUMABLE |= {
    "customer_uuid": 'customer_uuid = "c8e1b0de-3f1e-4c43-9b8e-2f0a8d6b7a11"',
    "token": 'token = "tok-4d1f"',
    "order": "order = client.orders.get(order_uuid)",
    "gw": "from sezzle.gateway import Gateway\ngw = Gateway()",
    "price": "from sezzle import price",
    "order_state": "from sezzle.order_state import order_state",
    "find_link": "from sezzle.links import find_link",
    "OrderTransaction": "from sezzle_api.models import OrderTransaction",
}
ASSUMABLE["payout_uuid"] = 'payout_uuid = "0b7c3f52-9a4e-4c55-8f8b-6e2d1f9a0c3d"'
# The ``client`` of a docstring example that awaits: the asyncio client whose method it documents.
_AWAITED_CLIENT = "client (awaited)"
ASSUMABLE[_AWAITED_CLIENT] = "from sezzle import AsyncSezzle\nclient = AsyncSezzle()"


_MARKER = re.compile(r"<!--\s*typecheck:\s*(?P<kind>assumes|continues|skip)\b:?\s*(?P<rest>.*?)\s*-->")
_FENCE = re.compile(r"^```python\s*$")


class CheckError(Exception):
    """The check could not run (a build or install failed); the message says which step."""


@dataclass
class Block:
    """One python code block of a page, with what its marker says."""

    document: str
    line: int
    code: str
    assumes: tuple[str, ...] = ()
    continues: bool = False
    skip: str | None = None

    @property
    def label(self) -> str:
        return f"{self.document}:{self.line}"


def extract_blocks(document: str, text: str) -> list[Block]:
    """The ```` ```python ```` blocks of a markdown page, each with the marker on the line before it."""
    lines = text.splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if not _FENCE.match(lines[index]):
            index += 1
            continue
        start = index
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("```")), len(lines))
        block = Block(document, start + 2, "\n".join(lines[start + 1 : end]) + "\n")
        previous = lines[start - 1] if start else ""
        marker = _MARKER.search(previous)
        if marker:
            kind, rest = marker.group("kind"), marker.group("rest")
            if kind == "assumes":
                block.assumes = tuple(name.strip() for name in rest.split(",") if name.strip())
                unknown = [name for name in block.assumes if name not in ASSUMABLE]
                if unknown:
                    raise CheckError(f"{block.label}: cannot assume {', '.join(unknown)} (see ASSUMABLE)")
            elif kind == "continues":
                block.continues = True
            else:
                if not rest:
                    raise CheckError(f"{block.label}: a skipped block must say why")
                block.skip = rest
        blocks.append(block)
        index = end + 1
    return blocks


def assigned_names(code: str) -> list[str]:
    """Names an example binds at top level (assignments, ``with`` targets), in order.

    Names bound only inside a loop, ``if`` or ``try`` are left out: after the block they may be unbound.
    """
    names: list[str] = []

    def targets(node: ast.AST) -> Iterable[str]:
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Tuple | ast.List):
            for item in node.elts:
                yield from targets(item)

    def visit(statements: Sequence[ast.stmt]) -> None:
        for statement in statements:
            found: list[str] = []
            if isinstance(statement, ast.Assign):
                for target in statement.targets:
                    found += targets(target)
            elif isinstance(statement, ast.AnnAssign | ast.AugAssign):
                found += targets(statement.target)
            elif isinstance(statement, ast.With):
                for item in statement.items:
                    if item.optional_vars is not None:
                        found += targets(item.optional_vars)
            names.extend(name for name in found if name not in names and not name.startswith("_"))
            if isinstance(statement, ast.With):
                visit(statement.body)

    visit(ast.parse(code).body)
    return names


@dataclass
class Module:
    """A file to check, and which of its lines reveal what."""

    name: str
    source: str
    reveals: dict[int, str] = field(default_factory=dict)  # line -> what is revealed


def _preamble(names: Sequence[str]) -> str:
    ordered: list[str] = []
    for name in names:
        for needed in (*_NEEDS.get(name, ()), name):
            if needed not in ordered:
                ordered.append(needed)
    return "\n".join(ASSUMABLE[name] for name in ordered)


def example_modules(blocks: Sequence[Block]) -> tuple[list[Module], list[Block]]:
    """One module per checked block (continued blocks include their predecessors), and the skipped ones."""
    modules: list[Module] = []
    skipped: list[Block] = []
    previous: dict[str, tuple[str, tuple[str, ...]]] = {}
    for number, block in enumerate(blocks):
        if block.skip is not None:
            skipped.append(block)
            continue
        code, assumes = block.code, block.assumes
        if block.continues:
            if block.document not in previous:
                raise CheckError(f"{block.label}: continues, but no checked block comes before it")
            earlier, earlier_assumes = previous[block.document]
            code, assumes = earlier + "\n" + code, (*earlier_assumes, *assumes)
        previous[block.document] = (code, assumes)
        source = f"# {block.label}\n" + (_preamble(assumes) + "\n" if assumes else "") + code
        module = Module(f"example_{number:02d}", source)
        reveal_lines = [f"reveal_type({name})" for name in assigned_names(code)]
        first = source.count("\n") + 2
        module.source = source + "\n" + "\n".join(reveal_lines) + "\n"
        for offset, name in enumerate(assigned_names(code)):
            module.reveals[first + offset] = f"{block.label} {name}"
        modules.append(module)
    return modules, skipped


def probe_module(namespaces: dict[str, dict[str, list[str]]]) -> Module:
    """``reveal_type`` of every public method of every namespace, sync and async, raw responses included.

    ``namespaces`` maps a client class name to ``{attribute path: [method names]}``, read from the
    installed package by ``_list_namespaces``.
    """
    lines = ["from sezzle import AsyncSezzle, Sezzle", "", "sync = Sezzle()", "asynchronous = AsyncSezzle()"]
    module = Module("probe_api", "")
    variables = {"Sezzle": "sync", "AsyncSezzle": "asynchronous"}
    for cls, paths in sorted(namespaces.items()):
        for path, methods in sorted(paths.items()):
            for method in methods:
                expression = f"{variables[cls]}.{path}.{method}" if path else f"{variables[cls]}.{method}"
                lines.append(f"reveal_type({expression})")
                module.reveals[len(lines)] = f"{cls}.{path}.{method}".replace("..", ".")
    module.source = "\n".join(lines) + "\n"
    return module


_LIST_NAMESPACES = r"""
import functools, inspect, json, sezzle
from sezzle import AsyncSezzle, Sezzle

def public(obj):
    return [n for n, v in inspect.getmembers(type(obj)) if not n.startswith("_") and callable(v)]

out = {}
for cls in (Sezzle, AsyncSezzle):
    client = cls("pub", "priv", base_url="http://127.0.0.1:9")
    paths = {"": [n for n in public(client) if n not in ("close",)]}
    lazy = [n for n, v in vars(cls).items() if isinstance(v, functools.cached_property)]  # made on first use
    todo = [(name, getattr(client, name)) for name in [*vars(client), *lazy] if not name.startswith("_")]
    while todo:
        path, obj = todo.pop()
        paths[path] = public(obj)
        for name in vars(obj):
            if not name.startswith("_") and type(getattr(obj, name)).__module__.startswith("sezzle"):
                todo.append((f"{path}.{name}", getattr(obj, name)))
        if hasattr(type(obj), "with_raw_response"):
            raw = vars(obj.with_raw_response)
            paths[f"{path}.with_raw_response"] = [n for n, v in raw.items() if callable(v) and not n.startswith("_")]
    out[cls.__name__] = paths
print(json.dumps(out))
"""


@dataclass
class Finding:
    """One checker message that fails the check."""

    checker: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.checker}: {self.where}: {self.message}"


@dataclass
class Report:
    """What the check found, and the revealed types it read (per checker, per label)."""

    findings: list[Finding] = field(default_factory=list)
    revealed: dict[str, dict[str, str]] = field(default_factory=dict)
    skipped: list[Block] = field(default_factory=list)
    modules: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


_OPEN, _CLOSE = "([{", ")]}"


def _split_top_level(text: str) -> list[str]:
    """``a, b[c, d], e`` as ``["a", "b[c, d]", "e"]``."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char in _OPEN) - (char in _CLOSE)
        if char == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return parts


def _signature_result(signature: str) -> str:
    """The return type of one revealed signature: mypy ``def (...) -> R``, pyright ``(...) -> R``."""
    start = signature.find("(")
    depth = 0
    for index in range(start, len(signature)):
        depth += (signature[index] in _OPEN) - (signature[index] in _CLOSE)
        if depth == 0:
            rest = signature[index + 1 :].strip()
            return rest.removeprefix("->").strip() if rest.startswith("->") else "None"  # mypy omits "-> None"
    return signature


def _result_type(label: str, revealed: str) -> str:
    """For a probed method, its return types (parameters may take ``Any`` inputs); else the whole type."""
    if not label.startswith(("Sezzle.", "AsyncSezzle.")):
        return revealed
    signatures = [revealed]
    overloaded = re.match(r"^Overload[\[(](?P<inner>.*)[\])]$", revealed)
    if overloaded:
        signatures = _split_top_level(overloaded.group("inner"))
    results = " | ".join(_signature_result(signature) for signature in signatures)
    # An async method's result is a coroutine, whose send and yield types are Any by definition.
    return re.sub(r"\b(typing\.)?Coroutine(Type)?\[Any, Any, ", "", results)


def _any(text: str) -> bool:
    return re.search(r"\b(Any|Unknown)\b", text) is not None


def read_mypy(output: str, modules: Sequence[Module], report: Report) -> None:
    """mypy's ``file:line: severity: message`` lines: errors fail, reveals are recorded and judged."""
    by_name = {module.name: module for module in modules}
    revealed = report.revealed.setdefault("mypy", {})
    for line in output.splitlines():
        match = re.match(r"^(?P<file>[^:]+)\.py:(?P<line>\d+): (?P<severity>\w+): (?P<message>.*)$", line)
        if not match:
            continue
        module = by_name.get(Path(match.group("file")).name)
        number, message = int(match.group("line")), match.group("message")
        label = module.reveals.get(number) if module else None
        where = label or f"{match.group('file')}.py:{number}"
        if match.group("severity") == "note" and message.startswith("Revealed type is") and label:
            kind = message.removeprefix("Revealed type is ").strip('"')
            revealed[label] = kind
            if _any(_result_type(label, kind)):
                report.findings.append(Finding("mypy", label, f"reveals Any: {kind}"))
        elif match.group("severity") == "error":
            report.findings.append(Finding("mypy", _origin(module, number) if module else where, message))


def read_pyright(output: str, modules: Sequence[Module], report: Report) -> None:
    """basedpyright's ``--outputjson``: errors and warnings fail, reveals are recorded and judged."""
    by_name = {module.name: module for module in modules}
    revealed = report.revealed.setdefault("pyright", {})
    data = json.loads(output)
    for diagnostic in data.get("generalDiagnostics", []):
        module = by_name.get(Path(diagnostic["file"]).stem)
        number = diagnostic["range"]["start"]["line"] + 1
        label = module.reveals.get(number) if module else None
        message = diagnostic["message"]
        if diagnostic["severity"] == "information" and label and message.startswith("Type of"):
            kind = message.rsplit(" is ", 1)[1].strip('"')
            revealed[label] = kind
            if _any(_result_type(label, kind)):
                report.findings.append(Finding("pyright", label, f"reveals Unknown/Any: {kind}"))
        elif diagnostic["severity"] in ("error", "warning"):
            where = _origin(module, number) if module else f"{diagnostic['file']}:{number}"
            rule = f" [{diagnostic['rule']}]" if diagnostic.get("rule") else ""
            report.findings.append(Finding("pyright", where, message.splitlines()[0] + rule))


def _origin(module: Module | None, number: int) -> str:
    """Where a line of a generated module came from: the page and line of the example."""
    if module is None:
        return f"line {number}"
    header = module.source.splitlines()[0].removeprefix("# ")
    return f"{module.name}.py:{number} ({header})"


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    groups = project["dependency-groups"]
    pinned = [item for group in groups.values() for item in group if isinstance(item, str)]
    chosen = [next(item for item in pinned if re.split(r"[=<>\[ ]", item)[0] == name) for name in CHECKERS]
    # The optional extras' libraries, so the docs' production and command-line examples check too.
    extras = [item for group in ("stores", "cli") for item in groups.get(group, []) if isinstance(item, str)]
    return sorted(project["project"]["dependencies"]) + chosen + extras


def _run(command: Sequence[str], cwd: Path, what: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV")}
    done = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, env=env, check=False)
    if check and done.returncode != 0:
        raise CheckError(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def environment(python: str = sys.executable) -> Path:
    """The cached virtual environment with the wheel's dependencies and the checkers (created if needed)."""
    version = _run([python, "-c", "import sys; print(sys.version)"], ROOT, "reading the Python version").stdout
    requirements = _requirements()
    key = hashlib.sha256(json.dumps([version, requirements]).encode()).hexdigest()[:16]
    home = CACHE / f"venv-{key}"
    ready = home / ".ready"
    if not ready.exists():
        _run([python, "-m", "venv", "--clear", str(home)], ROOT, "creating the check environment")
        pip = [str(_bin(home, "python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        _run([*pip, *requirements], ROOT, "installing the checkers")
        ready.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    return home


def _bin(home: Path, name: str) -> Path:
    return home / ("Scripts" if os.name == "nt" else "bin") / name


def build_wheel(outdir: Path, python: str = sys.executable) -> Path:
    """The project's wheel, built from the repository as a maintainer would publish it."""
    command = [python, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(outdir), str(ROOT)]
    _run(command, ROOT, "building the wheel")
    (wheel,) = outdir.glob("sezzle_python-*.whl")
    return wheel


def free_names(code: str) -> list[str]:
    """Names a fragment reads but never binds (anywhere in it: a rough, scope-blind reading)."""
    tree = ast.parse(code)
    bound: set[str] = set()
    loaded: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Load):
                loaded.append((node.lineno, node.col_offset, node.id))
            else:
                bound.add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    in_order = [name for _, _, name in sorted(loaded)]
    return [name for name in dict.fromkeys(in_order) if name not in bound]


def _in_coroutine(code: str) -> str:
    """An example that awaits at top level, as the body of a coroutine (how it would run); the
    ``client`` it reads is then the async one (an async class's docstring awaits ``client.<namespace>``)."""
    body = "".join(f"    {line}" if line.strip() else line for line in code.splitlines(keepends=True))
    if "client" in free_names(code):
        return "from sezzle import AsyncSezzle\n\n\nasync def example(client: AsyncSezzle) -> None:\n" + body
    return "async def example() -> None:\n" + body


def docstring_blocks(package: Path = ROOT / "overlay" / "sezzle") -> list[Block]:
    """The ```` ```python ```` examples in the docstrings of ``package``.

    They are fragments of the object they document, so each assumes the ``ASSUMABLE`` names it reads
    without defining; one that awaits at top level is checked as the body of a coroutine, its
    ``client`` an ``AsyncSezzle``.
    """
    blocks: list[Block] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nodes = [tree, *(node for node in ast.walk(tree) if isinstance(node, ast.ClassDef | ast.FunctionDef))]
        for node in nodes:
            doc = ast.get_docstring(node)
            if not doc or "```python" not in doc:
                continue
            where = f"{path.relative_to(package.parents[1]).as_posix()}:{getattr(node, 'name', 'module')}"
            for block in extract_blocks(where, doc):
                awaits = False
                try:
                    compile(block.code, where, "exec", dont_inherit=True)
                except SyntaxError:
                    block.code, awaits = _in_coroutine(block.code), True
                assumes = [name for name in free_names(block.code) if name in ASSUMABLE]
                block.assumes = tuple(_AWAITED_CLIENT if awaits and name == "client" else name for name in assumes)
                blocks.append(block)
    return blocks


def _blocks() -> list[Block]:
    blocks: list[Block] = []
    for pattern in DOCUMENTS:
        for path in sorted(ROOT.glob(pattern)):
            blocks += extract_blocks(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
    return blocks + docstring_blocks()


def check_modules(home: Path, modules: Sequence[Module], work: Path, report: Report) -> None:
    """Write ``modules`` into ``work`` and run both checkers there, adding to ``report``."""
    for module in modules:
        (work / f"{module.name}.py").write_text(module.source, encoding="utf-8")
    files = [f"{module.name}.py" for module in modules]
    python = str(_bin(home, "python"))
    mypy = [python, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", "--cache-dir", ".mypy"]
    read_mypy(_run([*mypy, *files], work, "mypy", check=False).stdout, modules, report)
    # Strict, except for imports a page lists before the blocks that use them, and results an example
    # names only to show them (``order = await client.orders.get(...)`` inside a coroutine).
    config = {
        "typeCheckingMode": "strict",
        "include": files,
        "reportUnusedImport": "none",
        "reportUnusedVariable": "none",
    }
    (work / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    pyright = [str(_bin(home, "basedpyright")), "--outputjson", "--pythonpath", python]
    read_pyright(_run(pyright, work, "basedpyright", check=False).stdout, modules, report)
    report.modules += len(modules)


def run(python: str = sys.executable) -> Report:
    """Build, install, extract, probe and check; see the module docstring."""
    report = Report()
    modules, report.skipped = example_modules(_blocks())
    with tempfile.TemporaryDirectory(prefix="sezzle-wheel-types-") as temp:
        work = Path(temp)
        wheel = build_wheel(work / "dist", python)
        home = environment(python)
        pip = [str(_bin(home, "python")), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall"]
        _run([*pip, str(wheel)], work, "installing the wheel")
        located = _run([str(_bin(home, "python")), "-c", _WHERE], work, "importing the installed packages").stdout
        if not all(Path(line).is_relative_to(home) for line in located.split()):
            raise CheckError(f"the check environment imports the source tree, not the wheel:\n{located}")
        listing = _run([str(_bin(home, "python")), "-c", _LIST_NAMESPACES], work, "listing the namespaces").stdout
        modules.append(probe_module(json.loads(listing)))
        check_modules(home, modules, work, report)
    return report


_WHERE = "import sezzle, sezzle_api; print(sezzle.__file__); print(sezzle_api.__file__)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Type-check the docs' examples against the installed wheel.")
    parser.add_argument("--python", default=sys.executable, help="interpreter to build the environment with")
    parser.add_argument("--show-types", action="store_true", help="print every revealed type")
    args = parser.parse_args(argv)
    try:
        report = run(args.python)
    except CheckError as error:
        print(f"wheel type check could not run: {error}", file=sys.stderr)
        return 2
    if args.show_types:
        for checker, types_ in report.revealed.items():
            for label, kind in sorted(types_.items()):
                print(f"{checker}: {label}: {_result_type(label, kind)}")
    for block in report.skipped:
        print(f"skipped {block.label}: {block.skip}")
    for finding in report.findings:
        print(finding)
    print(f"{report.modules} modules checked with mypy --strict and basedpyright: {len(report.findings)} problems")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
