from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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
    serializing_request_body,
)

T = TypeVar("T", bound="Stock")


@_attrs_define
class Stock(Model):
    """
    Attributes:
        inventory (str | Unset):
        inventory_id (int | Unset):
        opening_stock (float | Unset):
        changes_in_period (float | Unset):
        closing_stock (float | Unset):
    """

    inventory: str | Unset = UNSET
    inventory_id: int | Unset = UNSET
    opening_stock: float | Unset = UNSET
    changes_in_period: float | Unset = UNSET
    closing_stock: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.inventory
        if _v is not UNSET and not _in_request:
            field_dict["inventory"] = _v
        _v = self.inventory_id
        if _v is not UNSET and not _in_request:
            field_dict["inventoryId"] = _v
        _v = self.opening_stock
        if _v is not UNSET and not _in_request:
            field_dict["openingStock"] = _v
        _v = self.changes_in_period
        if _v is not UNSET and not _in_request:
            field_dict["changesInPeriod"] = _v
        _v = self.closing_stock
        if _v is not UNSET and not _in_request:
            field_dict["closingStock"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Stock from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Stock.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "inventory",
                "inventoryId",
                "openingStock",
                "changesInPeriod",
                "closingStock",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("inventory")
                if v is None:
                    o.inventory = u
                    if "inventory" not in d:
                        m += 1
                else:
                    o.inventory = v
                v = g("inventoryId")
                if v is None:
                    o.inventory_id = u
                    if "inventoryId" not in d:
                        m += 1
                else:
                    o.inventory_id = v
                v = g("openingStock")
                if v is None:
                    o.opening_stock = u
                    if "openingStock" not in d:
                        m += 1
                else:
                    o.opening_stock = v
                v = g("changesInPeriod")
                if v is None:
                    o.changes_in_period = u
                    if "changesInPeriod" not in d:
                        m += 1
                else:
                    o.changes_in_period = v
                v = g("closingStock")
                if v is None:
                    o.closing_stock = u
                    if "closingStock" not in d:
                        m += 1
                else:
                    o.closing_stock = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("inventory", "inventory"),
            ("inventory_id", "inventoryId"),
            ("opening_stock", "openingStock"),
            ("changes_in_period", "changesInPeriod"),
            ("closing_stock", "closingStock"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.inventory
            o.inventory = u if v is None else v
            v = s.inventory_id
            o.inventory_id = u if v is None else v
            v = s.opening_stock
            o.opening_stock = u if v is None else v
            v = s.changes_in_period
            o.changes_in_period = u if v is None else v
            v = s.closing_stock
            o.closing_stock = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
