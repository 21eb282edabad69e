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
    from ..models.balance_reconciliation_overview_line import BalanceReconciliationOverviewLine


T = TypeVar("T", bound="BalanceReconciliationOverviewGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("lines", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class BalanceReconciliationOverviewGroup(LazyModel):
    """The table groups

    Attributes:
        display_name (str | Unset): [read-only] The human readable name of the group
        lines (list[BalanceReconciliationOverviewLine] | Unset): [read-only] The lines of data in the group
    """

    display_name: str | Unset = UNSET
    lines: list[BalanceReconciliationOverviewLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        display_name = self.display_name

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if lines is not UNSET and not _in_request:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceReconciliationOverviewGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_reconciliation_overview_line import BalanceReconciliationOverviewLine  # noqa: PLC0415

        def _p_lines(_tx_v: Any) -> list[BalanceReconciliationOverviewLine] | Unset:
            _lines = _tx_v
            lines: list[BalanceReconciliationOverviewLine] | Unset = UNSET
            if _lines is not UNSET:
                lines = []
                for lines_item_data in _lines:
                    if lines_item_data is None:
                        continue
                    lines_item = BalanceReconciliationOverviewLine._tx_from_json(lines_item_data)

                    lines.append(lines_item)

            return lines

        _tx_known: frozenset[str] = frozenset(
            (
                "displayName",
                "lines",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "display_name": ("displayName", None),
            "lines": ("lines", _p_lines),
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
