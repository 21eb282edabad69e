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
    from ..models.shareholder import Shareholder


T = TypeVar("T", bound="ShareholderOverviewDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("shareholders", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ShareholderOverviewDTO(LazyModel):
    """
    Attributes:
        shareholders (list[Shareholder] | Unset): [read-only]
        sum_number_of_shares_this_year (float | Unset): [read-only]
        sum_number_of_shares_last_year (float | Unset): [read-only]
        sum_ownership_this_year (float | Unset): [read-only]
        sum_ownership_last_year (float | Unset): [read-only]
    """

    shareholders: list[Shareholder] | Unset = UNSET
    sum_number_of_shares_this_year: float | Unset = UNSET
    sum_number_of_shares_last_year: float | Unset = UNSET
    sum_ownership_this_year: float | Unset = UNSET
    sum_ownership_last_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        shareholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shareholders, Unset):
            shareholders = []
            for shareholders_item_data in self.shareholders:
                shareholders_item = shareholders_item_data.to_dict()
                shareholders.append(shareholders_item)

        sum_number_of_shares_this_year = self.sum_number_of_shares_this_year

        sum_number_of_shares_last_year = self.sum_number_of_shares_last_year

        sum_ownership_this_year = self.sum_ownership_this_year

        sum_ownership_last_year = self.sum_ownership_last_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shareholders is not UNSET and not _in_request:
            field_dict["shareholders"] = shareholders
        if sum_number_of_shares_this_year is not UNSET and not _in_request:
            field_dict["sumNumberOfSharesThisYear"] = sum_number_of_shares_this_year
        if sum_number_of_shares_last_year is not UNSET and not _in_request:
            field_dict["sumNumberOfSharesLastYear"] = sum_number_of_shares_last_year
        if sum_ownership_this_year is not UNSET and not _in_request:
            field_dict["sumOwnershipThisYear"] = sum_ownership_this_year
        if sum_ownership_last_year is not UNSET and not _in_request:
            field_dict["sumOwnershipLastYear"] = sum_ownership_last_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderOverviewDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.shareholder import Shareholder  # noqa: PLC0415

        def _p_shareholders(_tx_v: Any) -> list[Shareholder] | Unset:
            _shareholders = _tx_v
            shareholders: list[Shareholder] | Unset = UNSET
            if _shareholders is not UNSET:
                shareholders = []
                for shareholders_item_data in _shareholders:
                    if shareholders_item_data is None:
                        continue
                    shareholders_item = Shareholder._tx_from_json(shareholders_item_data)

                    shareholders.append(shareholders_item)

            return shareholders

        _tx_known: frozenset[str] = frozenset(
            (
                "shareholders",
                "sumNumberOfSharesThisYear",
                "sumNumberOfSharesLastYear",
                "sumOwnershipThisYear",
                "sumOwnershipLastYear",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "shareholders": ("shareholders", _p_shareholders),
            "sum_number_of_shares_this_year": ("sumNumberOfSharesThisYear", None),
            "sum_number_of_shares_last_year": ("sumNumberOfSharesLastYear", None),
            "sum_ownership_this_year": ("sumOwnershipThisYear", None),
            "sum_ownership_last_year": ("sumOwnershipLastYear", None),
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
