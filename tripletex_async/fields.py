"""`fields` and `sorting` expressions: a small builder, and validators that run before any request.

Tripletex selects properties with ``fields=id,name,customer(id,name),orderLines(*)`` (``*`` = all
properties of that level) and sorts with ``sorting=-date,customer.name`` (``-`` = descending).
A malformed expression would cost a round trip and a 400; these helpers reject it locally with a
:class:`~tripletex_async.errors.ConfigurationError` that points at the problem.

>>> str(Fields("id", "name", customer=("id", "name"), orderLines="*"))
'id,name,customer(id,name),orderLines(*)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Self, Union

from .errors import ConfigurationError

__all__ = ["Fields", "FieldsSpec", "field_names", "normalize_fields", "normalize_sorting"]

_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

#: What a sub-selection in the builder may be: ``"*"``, ``"id,name"``, a sequence of names, a Fields.
FieldsSpec = Union[str, "Fields", Iterable[Union[str, "Fields"]], Mapping[str, object]]


class Fields(str):
    """A validated ``fields`` expression; a ``str``, so it can be passed anywhere a str is expected.

    ``Fields("id", "name", customer=("id", "name"))`` -> ``id,name,customer(id,name)``;
    ``Fields("*", project="*")`` -> ``*,project(*)``; ``Fields.parse("id, name")`` -> ``id,name``.
    Keyword values may be ``"*"``, an expression string, a sequence of names, a dict or a Fields.
    """

    __slots__ = ()

    def __new__(cls, *names: str | Fields, **nested: object) -> Self:
        parts: list[str] = []
        for name in names:
            if not isinstance(name, str):
                raise ConfigurationError(f"field names must be strings, got {name!r}")
            parts.append(normalize_fields(name))
        for name, sub in nested.items():
            _check_name(name, name)
            parts.append(f"{name}({_sub_expression(name, sub)})")
        if not parts:
            raise ConfigurationError("Fields() needs at least one field name (or '*')")
        return super().__new__(cls, ",".join(parts))

    @classmethod
    def parse(cls, expression: str) -> Self:
        """Validate and normalize an expression (whitespace around names and commas is removed)."""
        return super().__new__(cls, normalize_fields(expression))

    def __repr__(self) -> str:
        return f"Fields({str(self)!r})"

    def includes(self, name: str) -> bool:
        """True if the top level selects ``name`` (explicitly or through ``*``)."""
        top = field_names(self)
        return "*" in top or name in top


def _sub_expression(owner: str, sub: object) -> str:
    if isinstance(sub, str):
        return normalize_fields(sub, context=f"{owner}(...)")
    if isinstance(sub, Mapping):
        return str(Fields(**{str(k): v for k, v in sub.items()}))
    if isinstance(sub, Iterable):
        items = list(sub)
        if not items:
            raise ConfigurationError(f"fields: {owner}(...) selects nothing")
        return str(Fields(*items))
    raise ConfigurationError(f"fields: cannot use {sub!r} as the selection for {owner!r}")


def _check_name(name: str, expression: str) -> None:
    if not _NAME_RE.fullmatch(name):
        raise ConfigurationError(f"fields: {name!r} is not a valid property name (in {expression!r})")


class _Parser:
    """Recursive-descent parser for ``list := item (',' item)*; item := '*' | name ['(' list ')']``."""

    def __init__(self, text: str, context: str) -> None:
        self.text = text
        self.pos = 0
        self.context = context

    def fail(self, why: str) -> ConfigurationError:
        where = f" at position {self.pos}" if self.pos < len(self.text) else " at the end"
        shown = f"{self.context}: " if self.context else ""
        return ConfigurationError(f"invalid fields expression {shown}{self.text!r}: {why}{where}")

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def parse_list(self, depth: int) -> tuple[str, list[str]]:
        parts: list[str] = []
        names: list[str] = []
        while True:
            self.skip_ws()
            item, name = self.parse_item(depth)
            parts.append(item)
            names.append(name)
            self.skip_ws()
            if self.pos < len(self.text) and self.text[self.pos] == ",":
                self.pos += 1
                continue
            return ",".join(parts), names

    def parse_item(self, depth: int) -> tuple[str, str]:
        text = self.text
        if self.pos >= len(text):
            raise self.fail("a property name is missing (trailing comma or empty expression?)")
        char = text[self.pos]
        if char == "*":
            self.pos += 1
            return "*", "*"
        match = _NAME_RE.match(text, self.pos)
        if match is None:
            if char in ",)":
                raise self.fail("empty property name")
            raise self.fail(f"unexpected character {char!r}")
        self.pos = match.end()
        name = match.group()
        self.skip_ws()
        if self.pos < len(text) and text[self.pos] == "(":
            self.pos += 1
            self.skip_ws()
            if self.pos < len(text) and text[self.pos] == ")":
                raise self.fail(f"{name}() selects nothing (use {name}(*) for all properties)")
            inner, _ = self.parse_list(depth + 1)
            self.skip_ws()
            if self.pos >= len(text) or text[self.pos] != ")":
                raise self.fail(f"unbalanced parentheses: {name}( is not closed")
            self.pos += 1
            return f"{name}({inner})", name
        return name, name

    def parse(self) -> tuple[str, list[str]]:
        if not self.text.strip():
            raise self.fail("empty expression")
        result = self.parse_list(0)
        self.skip_ws()
        if self.pos != len(self.text):
            char = self.text[self.pos]
            raise self.fail(
                "unbalanced parentheses: unexpected ')'" if char == ")" else f"unexpected {char!r}"
            )
        return result


def normalize_fields(expression: str, *, context: str = "") -> str:
    """Validate a ``fields`` expression and return it without insignificant whitespace."""
    if isinstance(expression, Fields):
        return str(expression)
    if not isinstance(expression, str):
        raise ConfigurationError(f"fields must be a string or Fields, got {type(expression).__name__}")
    return _Parser(expression, context).parse()[0]


def field_names(expression: str) -> list[str]:
    """The top-level names of a (valid) ``fields`` expression: ``id,customer(id)`` -> ``[id, customer]``."""
    return _Parser(str(expression), "").parse()[1]


_SORT_KEY_RE = re.compile(r"-?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


def normalize_sorting(expression: str) -> str:
    """Validate a ``sorting`` expression (``name``, ``-date``, ``customer.name``, comma separated)."""
    if not isinstance(expression, str):
        raise ConfigurationError(f"sorting must be a string, got {type(expression).__name__}")
    keys = [key.strip() for key in expression.split(",")]
    if not expression.strip():
        raise ConfigurationError("invalid sorting expression '': empty (leave sorting out instead)")
    for key in keys:
        if not _SORT_KEY_RE.fullmatch(key):
            why = "an empty key (trailing comma?)" if not key else f"{key!r} is not [-]name[.name...]"
            raise ConfigurationError(f"invalid sorting expression {expression!r}: {why}")
    return ",".join(keys)
