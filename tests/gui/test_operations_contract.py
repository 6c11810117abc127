"""The window changes data only through an operation (``gui/ops.Change``), so that what a change touched
always reaches the pages that show it. Checked on the source, like the layer contracts: a widget calling a
changing service method directly, or a changing service method that does not say what it changes, fails."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import boutique_vip
from boutique_vip import services as services_package
from boutique_vip.domain.changes import Topic, changed_by, changes

PACKAGE = Path(boutique_vip.__file__).parent


def _service_classes() -> list[type]:
    import importlib
    import pkgutil

    classes = []
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"boutique_vip.services.{info.name}")
        classes += [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__ and cls.__name__.endswith("Service")
        ]
    return classes


def changing_methods() -> set[str]:
    return {
        name
        for cls in _service_classes()
        for name, member in vars(cls).items()
        if callable(member) and hasattr(member, "__changes__")
    }


def _writes(function: ast.FunctionDef) -> bool:
    """A method that opens a write transaction or records an audit row changes something."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"begin", "record", "record_in"}
        for node in ast.walk(function)
    )


# Reads that keep what they worked out (no page shows the kept rows themselves; they are derived figures
# thrown away when the history they came from changes): called as reads, off the GUI thread.
KEEP_DERIVED_FIGURES = {"DeskService.figures"}


def test_every_public_service_method_that_writes_says_what_it_changes() -> None:
    undeclared = []
    for cls in _service_classes():
        tree = ast.parse(inspect.getsource(cls))
        body = tree.body[0]
        assert isinstance(body, ast.ClassDef)
        for node in body.body:
            if (
                isinstance(node, ast.FunctionDef)
                and not node.name.startswith("_")
                and _writes(node)
                and not hasattr(getattr(cls, node.name), "__changes__")
                and f"{cls.__name__}.{node.name}" not in KEEP_DERIVED_FIGURES
            ):
                undeclared.append(f"{cls.__name__}.{node.name}")
    assert undeclared == []


def _receiver_names(node: ast.expr) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


def direct_calls(source: str, changing: set[str]) -> list[tuple[int, str]]:
    """``services.<x>.<changing>(…)`` (or an alias of a service) called anywhere in the window's code."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in changing
            and "services" in _receiver_names(node.func.value)
        ):
            found.append((node.lineno, ast.unparse(node.func)))
    return found


def test_the_window_changes_data_only_through_operations() -> None:
    changing = changing_methods()
    assert {"record_sale", "create_draft", "approve", "set_rules", "erase"} <= changing
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {call}"
        for path in sorted((PACKAGE / "gui").rglob("*.py"))
        for line, call in direct_calls(path.read_text(encoding="utf-8"), changing)
    ]
    assert offenders == []


def test_the_check_finds_a_direct_call() -> None:
    """The check itself can fail: a sale recorded by a widget without an operation is found."""
    source = "def save(self):\n    self.services.sales.record_sale(sale, self.actor)\n"
    assert direct_calls(source, {"record_sale"}) == [(2, "self.services.sales.record_sale")]
    through_an_operation = "run_operation(self, self.bus, Change(self.services.sales.record_sale, sale, a))\n"
    assert direct_calls(through_an_operation, {"record_sale"}) == []


def test_an_undeclared_method_cannot_be_an_operation() -> None:
    from boutique_vip.gui.ops import Change

    class Service:
        @changes(Topic.RECEIPTS)
        def declared(self) -> int:
            return 1

        def undeclared(self) -> int:
            return 2

    assert changed_by(Service().declared) == {Topic.RECEIPTS}
    with pytest.raises(TypeError, match="does not declare what it changes"):
        Change(Service().undeclared)
