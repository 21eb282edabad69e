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
    from ..models.balance_sheet_row import BalanceSheetRow


T = TypeVar("T", bound="BalanceSheet")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("rows", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class BalanceSheet(LazyModel):
    """
    Attributes:
        rows (list[BalanceSheetRow] | Unset): [read-only]
        sum_balance_in (float | Unset): [read-only]
        sum_balance_change (float | Unset): [read-only]
        sum_balance_out (float | Unset): [read-only]
    """

    rows: list[BalanceSheetRow] | Unset = UNSET
    sum_balance_in: float | Unset = UNSET
    sum_balance_change: float | Unset = UNSET
    sum_balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        sum_balance_in = self.sum_balance_in

        sum_balance_change = self.sum_balance_change

        sum_balance_out = self.sum_balance_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET and not _in_request:
            field_dict["rows"] = rows
        if sum_balance_in is not UNSET and not _in_request:
            field_dict["sumBalanceIn"] = sum_balance_in
        if sum_balance_change is not UNSET and not _in_request:
            field_dict["sumBalanceChange"] = sum_balance_change
        if sum_balance_out is not UNSET and not _in_request:
            field_dict["sumBalanceOut"] = sum_balance_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceSheet from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_sheet_row import BalanceSheetRow  # noqa: PLC0415

        def _p_rows(_tx_v: Any) -> list[BalanceSheetRow] | Unset:
            _rows = _tx_v
            rows: list[BalanceSheetRow] | Unset = UNSET
            if _rows is not UNSET:
                rows = []
                for rows_item_data in _rows:
                    if rows_item_data is None:
                        continue
                    rows_item = BalanceSheetRow._tx_from_json(rows_item_data)

                    rows.append(rows_item)

            return rows

        _tx_known: frozenset[str] = frozenset(
            (
                "rows",
                "sumBalanceIn",
                "sumBalanceChange",
                "sumBalanceOut",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "rows": ("rows", _p_rows),
            "sum_balance_in": ("sumBalanceIn", None),
            "sum_balance_change": ("sumBalanceChange", None),
            "sum_balance_out": ("sumBalanceOut", None),
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
