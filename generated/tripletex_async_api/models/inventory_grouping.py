from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.grouping import Grouping


T = TypeVar("T", bound="InventoryGrouping")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("groupings", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class InventoryGrouping(LazyModel):
    """
    Attributes:
        year (int | Unset): year
        path (str | Unset): path
        description (str | Unset): [read-only]
        groupings (list[Grouping] | Unset): [read-only]
        taxable_balance_in (float | Unset): Taxable balance in
        taxable_balance_out (float | Unset): Taxable balance out
    """

    year: int | Unset = UNSET
    path: str | Unset = UNSET
    description: str | Unset = UNSET
    groupings: list[Grouping] | Unset = UNSET
    taxable_balance_in: float | Unset = UNSET
    taxable_balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        path = self.path

        description = self.description

        groupings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groupings, Unset):
            groupings = []
            for groupings_item_data in self.groupings:
                groupings_item = groupings_item_data.to_dict()
                groupings.append(groupings_item)

        taxable_balance_in = self.taxable_balance_in

        taxable_balance_out = self.taxable_balance_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if path is not UNSET:
            field_dict["path"] = path
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if groupings is not UNSET and not _in_request:
            field_dict["groupings"] = groupings
        if taxable_balance_in is not UNSET:
            field_dict["taxableBalanceIn"] = taxable_balance_in
        if taxable_balance_out is not UNSET:
            field_dict["taxableBalanceOut"] = taxable_balance_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoryGrouping from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.grouping import Grouping  # noqa: PLC0415

        def _p_groupings(_tx_v: Any) -> list[Grouping] | Unset:
            _groupings = _tx_v
            groupings: list[Grouping] | Unset = UNSET
            if _groupings is not UNSET:
                groupings = []
                for groupings_item_data in _groupings:
                    if groupings_item_data is None:
                        continue
                    groupings_item = Grouping._tx_from_json(groupings_item_data)

                    groupings.append(groupings_item)

            return groupings

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "path",
                "description",
                "groupings",
                "taxableBalanceIn",
                "taxableBalanceOut",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "path": ("path", None),
            "description": ("description", None),
            "groupings": ("groupings", _p_groupings),
            "taxable_balance_in": ("taxableBalanceIn", None),
            "taxable_balance_out": ("taxableBalanceOut", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
