"""``dataclasses.dataclass``, made faster to apply: the package's classes all use this one.

The standard decorator writes each method it adds as Python source and compiles it, class by
class: about 70 µs a method, six methods for a frozen class. The ~130 data classes of the domain,
the store and the renderer cost a command a tenth of its start-up that way. This decorator lets
the standard one make ``__init__`` (and a frozen class's ``__setattr__``/``__delattr__``) and
adds ``__eq__``, ``__hash__`` and ``__repr__`` itself, as closures over the class's field names:
nothing to compile. They behave as the standard ones do (``tests/domain/test_dataclass.py``
compares the two on the same classes): equal when of the same class with equal compared fields,
hashed over the same fields, shown as ``Name(field=value, …)``, and a method the class defines
itself is kept. Options it does not handle (``order``, ``unsafe_hash``, ``slots``) go to the
standard decorator unchanged.

Type checkers see the standard decorator (the ``TYPE_CHECKING`` branch), so ``replace``,
``fields`` and the frozen checks are understood as before.
"""

from __future__ import annotations

import dataclasses
import operator
import reprlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:

    def dataclass(
        cls: type | None = None,
        /,
        *,
        init: bool = True,
        repr: bool = True,
        eq: bool = True,
        order: bool = False,
        unsafe_hash: bool = False,
        frozen: bool = False,
        match_args: bool = True,
        kw_only: bool = False,
        slots: bool = False,
        weakref_slot: bool = False,
    ) -> Any:
        """Apply ``dataclasses.dataclass`` with these options; see the module's docstring."""

        def wrap(c: type) -> type:
            if order or unsafe_hash or slots or weakref_slot:
                return dataclasses.dataclass(
                    c,
                    init=init,
                    repr=repr,
                    eq=eq,
                    order=order,
                    unsafe_hash=unsafe_hash,
                    frozen=frozen,
                    match_args=match_args,
                    kw_only=kw_only,
                    slots=slots,
                    weakref_slot=weakref_slot,
                )
            return _shared_methods(c, init, repr, eq, frozen, match_args, kw_only)

        return wrap if cls is None else wrap(cls)


def _shared_methods(
    cls: type, init: bool, show: bool, eq: bool, frozen: bool, match_args: bool, kw_only: bool
) -> type:
    own = cls.__dict__
    # As the standard decorator decides: a class that sets __hash__ keeps it, except the None
    # Python puts there for a class that defines __eq__ alone.
    own_hash = own.get("__hash__", dataclasses.MISSING)
    explicit_hash = not (own_hash is dataclasses.MISSING or (own_hash is None and "__eq__" in own))
    has_repr, has_eq = "__repr__" in own, "__eq__" in own
    cls = dataclasses.dataclass(
        cls, init=init, repr=False, eq=False, frozen=frozen, match_args=match_args, kw_only=kw_only
    )
    fields = dataclasses.fields(cls)
    if show and not has_repr:
        _set(cls, "__repr__", _repr_of(tuple(f.name for f in fields if f.repr)))
    if not eq:
        return cls
    if not has_eq:
        _set(cls, "__eq__", _eq_of(_values(tuple(f.name for f in fields if f.compare))))
    if not explicit_hash:
        if frozen:
            hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
            _set(cls, "__hash__", _hash_of(_values(hashed)))
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # mutable and compared: unhashable
    return cls


def _set(cls: type, name: str, method: Callable[..., Any]) -> None:
    method.__name__ = name
    method.__qualname__ = f"{cls.__qualname__}.{name}"
    method.__module__ = cls.__module__
    setattr(cls, name, method)


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """Return a function giving an object's values of ``names`` as a tuple (as compared)."""
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: ()


def _eq_of(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash_of(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _repr_of(names: tuple[str, ...]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__
