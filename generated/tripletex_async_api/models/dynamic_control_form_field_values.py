from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.object_node import ObjectNode


T = TypeVar("T", bound="DynamicControlFormFieldValues")


@_attrs_define
class DynamicControlFormFieldValues(Model):
    """
    Attributes:
        empty (bool | Unset):
    """

    empty: bool | Unset = UNSET
    additional_properties: dict[str, ObjectNode] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        _v = self.empty
        if _v is not UNSET:
            field_dict["empty"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DynamicControlFormFieldValues from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DynamicControlFormFieldValues.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.object_node import ObjectNode  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(("empty",))

        def _c_additional_properties(_tx_d: Any) -> dict[str, ObjectNode]:
            additional_properties: dict[str, ObjectNode] = {}
            for prop_name, prop_dict in _tx_d.items():
                if prop_dict is None or prop_name in _known:
                    continue
                additional_property = ObjectNode._tx_parse(prop_dict)

                additional_properties[prop_name] = additional_property
            return additional_properties

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("empty")
                if v is None:
                    o.empty = u
                    if "empty" not in d:
                        m += 1
                else:
                    o.empty = v
                k = None
                o.additional_properties = {} if len(d) + m <= 1 else _c_additional_properties(d)
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (("empty", "empty"),)

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.empty
            o.empty = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ObjectNode:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ObjectNode) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
