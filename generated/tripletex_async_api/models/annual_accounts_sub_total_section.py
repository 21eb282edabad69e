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
    from ..models.annual_accounts_sub_total_line import AnnualAccountsSubTotalLine


T = TypeVar("T", bound="AnnualAccountsSubTotalSection")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("subTotalLines", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AnnualAccountsSubTotalSection(LazyModel):
    """
    Attributes:
        name (str | Unset):
        sum_opening_balance (float | Unset): [read-only]
        sum_closing_balance (float | Unset): [read-only]
        sub_total_lines (list[AnnualAccountsSubTotalLine] | Unset):
    """

    name: str | Unset = UNSET
    sum_opening_balance: float | Unset = UNSET
    sum_closing_balance: float | Unset = UNSET
    sub_total_lines: list[AnnualAccountsSubTotalLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        sum_opening_balance = self.sum_opening_balance

        sum_closing_balance = self.sum_closing_balance

        sub_total_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_total_lines, Unset):
            sub_total_lines = []
            for sub_total_lines_item_data in self.sub_total_lines:
                sub_total_lines_item = sub_total_lines_item_data.to_dict()
                sub_total_lines.append(sub_total_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sum_opening_balance is not UNSET and not _in_request:
            field_dict["sumOpeningBalance"] = sum_opening_balance
        if sum_closing_balance is not UNSET and not _in_request:
            field_dict["sumClosingBalance"] = sum_closing_balance
        if sub_total_lines is not UNSET:
            field_dict["subTotalLines"] = sub_total_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountsSubTotalSection from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.annual_accounts_sub_total_line import AnnualAccountsSubTotalLine  # noqa: PLC0415

        def _p_sub_total_lines(_tx_v: Any) -> list[AnnualAccountsSubTotalLine] | Unset:
            _sub_total_lines = _tx_v
            sub_total_lines: list[AnnualAccountsSubTotalLine] | Unset = UNSET
            if _sub_total_lines is not UNSET:
                sub_total_lines = []
                for sub_total_lines_item_data in _sub_total_lines:
                    if sub_total_lines_item_data is None:
                        continue
                    sub_total_lines_item = AnnualAccountsSubTotalLine._tx_from_json(sub_total_lines_item_data)

                    sub_total_lines.append(sub_total_lines_item)

            return sub_total_lines

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "sumOpeningBalance",
                "sumClosingBalance",
                "subTotalLines",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "sum_opening_balance": ("sumOpeningBalance", None),
            "sum_closing_balance": ("sumClosingBalance", None),
            "sub_total_lines": ("subTotalLines", _p_sub_total_lines),
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
