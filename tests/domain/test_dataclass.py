"""``minutes_app.domain.dataclass`` behaves as ``dataclasses.dataclass`` on the same classes."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import field
from typing import Any, ClassVar

import pytest

from minutes_app.domain.dataclass import dataclass as ours


def _pair(
    options: dict[str, Any], body: dict[str, Any], bases: tuple[type, ...] = ()
) -> list[type]:
    """Return the class ``body`` made by the standard decorator and by ours."""
    made = []
    for decorator in (dataclasses.dataclass, ours):
        namespace = dict(body)
        namespace["__annotations__"] = dict(body.get("__annotations__", {}))
        cls = type("Sample", bases, namespace)
        made.append(decorator(**options)(cls))
    return made


FIELDS: dict[str, Any] = {
    "__annotations__": {"a": "int", "b": "str", "c": "list[int]", "k": "ClassVar[int]"},
    "b": "x",
    "c": field(default_factory=list),
    "k": 7,
}
HIDDEN: dict[str, Any] = {
    "__annotations__": {"a": "int", "secret": "str", "note": "str"},
    "secret": field(default="s", repr=False),
    "note": field(default="n", compare=False),
}
OPTIONS = [{}, {"frozen": True}, {"eq": False}, {"frozen": True, "eq": False}, {"repr": False}]


def _outcome(function: Any, value: Any) -> Any:
    """Return what ``function(value)`` gives, or the type of what it raises."""
    try:
        return function(value)
    except Exception as exc:
        return type(exc)


def _shown(value: Any) -> str:
    """Return ``repr(value)`` without an object's address (``<… object at 0x…>``)."""
    return repr(value).split(" at 0x")[0]


def _same_behaviour(std: type, mine: type, *args: Any) -> None:
    a_std, b_std = std(*args), std(*args)
    a_mine, b_mine = mine(*args), mine(*args)
    assert _shown(a_mine) == _shown(a_std)
    assert (a_mine == b_mine) == (a_std == b_std)
    assert (a_mine != b_mine) == (a_std != b_std)
    assert (a_mine == object()) == (a_std == object())
    assert (mine.__hash__ is None) == (std.__hash__ is None)
    if std.__dict__.get("__hash__") is not None:  # a tuple of the same values hashes the same
        assert _outcome(hash, a_mine) == _outcome(hash, a_std)
    assert [f.name for f in dataclasses.fields(mine)] == [f.name for f in dataclasses.fields(std)]
    assert mine.__match_args__ == std.__match_args__
    copy = dataclasses.replace(a_mine)
    assert (copy == a_mine) == (dataclasses.replace(a_std) == a_std)


@pytest.mark.parametrize("options", OPTIONS)
@pytest.mark.parametrize("body", [FIELDS, HIDDEN])
def test_methods_behave_as_the_standard_ones(options: dict[str, Any], body: dict[str, Any]) -> None:
    std, mine = _pair(options, body)
    _same_behaviour(std, mine, 1)
    assert mine.__qualname__ == std.__qualname__
    if "repr" not in options:
        assert repr(mine(1)).startswith("Sample(a=1")


def test_equality_compares_the_compared_fields_of_the_same_class_only() -> None:
    std, mine = _pair({"frozen": True}, HIDDEN)
    assert mine(1, note="one") == mine(1, note="other")  # note: compare=False
    assert mine(1) != mine(2)
    assert mine(1, secret="p") != mine(1, secret="q")
    assert hash(mine(1, note="one")) == hash(mine(1, note="other"))
    assert mine(1) != std(1)  # another class, even with the same fields
    other_std, other_mine = _pair({"frozen": True}, HIDDEN)
    assert mine(1) != other_mine(1)


def test_frozen_stays_frozen_and_mutable_is_unhashable() -> None:
    _, frozen = _pair({"frozen": True}, FIELDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen(1).a = 2  # type: ignore[misc]
    _, mutable = _pair({}, FIELDS)
    with pytest.raises(TypeError):
        hash(mutable(1))
    _, identity = _pair({"eq": False}, FIELDS)
    first = identity(1)
    assert first != identity(1) and first == first  # eq=False: compared by identity
    assert identity.__eq__ is object.__eq__ and identity.__hash__ is object.__hash__


def test_methods_the_class_defines_are_kept() -> None:
    def __eq__(self: Any, other: Any) -> bool:
        return True

    def __repr__(self: Any) -> str:
        return "own"

    def __hash__(self: Any) -> int:
        return 5

    body = {"__annotations__": {"a": "int"}, "__eq__": __eq__, "__repr__": __repr__}
    std, mine = _pair({"frozen": True}, body)
    assert repr(mine(1)) == "own" and mine(1) == mine(2)
    # A class defining __eq__ alone gets a field hash when frozen, as the standard one does.
    assert hash(mine(1)) == hash(std(1)) == hash((1,))
    std, mine = _pair({"frozen": True}, {**body, "__hash__": __hash__})
    assert hash(mine(1)) == hash(std(1)) == 5


def test_inherited_fields_are_compared_and_shown() -> None:
    @ours(frozen=True)
    class Base:
        a: int

    @ours(frozen=True)
    class Child(Base):
        b: int = 0

    assert (
        repr(Child(1, 2)) == "test_inherited_fields_are_compared_and_shown.<locals>.Child(a=1, b=2)"
    )
    assert Child(1, 2) == Child(1, 2) and Child(1, 2) != Child(2, 2)
    assert Child(1, 0) != Base(1)
    assert hash(Child(1, 2)) == hash((1, 2))


def test_a_recursive_value_is_shown_once() -> None:
    @ours
    class Node:
        children: list[Any]

    node = Node([])
    node.children.append(node)
    assert repr(node) == "test_a_recursive_value_is_shown_once.<locals>.Node(children=[...])"


def test_the_methods_carry_the_class_names() -> None:
    @ours(frozen=True)
    class Named:
        a: int

    for name in ("__eq__", "__hash__", "__repr__"):
        method = Named.__dict__[name]
        assert method.__name__ == name
        assert method.__qualname__.endswith(f"Named.{name}")


def test_instances_pickle_and_options_it_does_not_handle_go_to_the_standard_one() -> None:
    from minutes_app.domain.model import Person

    person = Person("Nguyễn Văn A", "Chủ tịch")
    assert pickle.loads(pickle.dumps(person)) == person

    @ours(order=True, frozen=True)
    class Ordered:
        a: int

    assert Ordered(1) < Ordered(2) and Ordered(1) == Ordered(1)


def test_no_field_and_one_field_classes() -> None:
    std, mine = _pair({"frozen": True}, {"__annotations__": {}})
    assert mine() == mine() and hash(mine()) == hash(std()) == hash(())
    assert repr(mine()) == repr(std()) == "Sample()"
    std, mine = _pair({"frozen": True}, {"__annotations__": {"a": "float"}})
    nan = float("nan")
    assert (mine(nan) == mine(nan)) == (std(nan) == std(nan))  # compared as 1-tuples


def test_class_variables_are_not_fields() -> None:
    _, mine = _pair({"frozen": True}, FIELDS)
    assert "k" not in repr(mine(1))
    assert mine.k == 7  # type: ignore[attr-defined]
    assert ClassVar  # the annotation above names it
