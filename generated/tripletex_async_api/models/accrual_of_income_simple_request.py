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
    from ..models.accrual_source_item_request import AccrualSourceItemRequest


T = TypeVar("T", bound="AccrualOfIncomeSimpleRequest")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("sources", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AccrualOfIncomeSimpleRequest(LazyModel):
    """
    Attributes:
        sources (list[AccrualSourceItemRequest] | Unset):
        income_account_id (int | Unset):
        accrual_account_id (int | Unset):
        month (int | Unset):
        year (int | Unset):
        number_of_periods (int | Unset):
    """

    sources: list[AccrualSourceItemRequest] | Unset = UNSET
    income_account_id: int | Unset = UNSET
    accrual_account_id: int | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    number_of_periods: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        income_account_id = self.income_account_id

        accrual_account_id = self.accrual_account_id

        month = self.month

        year = self.year

        number_of_periods = self.number_of_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if income_account_id is not UNSET:
            field_dict["incomeAccountId"] = income_account_id
        if accrual_account_id is not UNSET:
            field_dict["accrualAccountId"] = accrual_account_id
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if number_of_periods is not UNSET:
            field_dict["numberOfPeriods"] = number_of_periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccrualOfIncomeSimpleRequest from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accrual_source_item_request import AccrualSourceItemRequest  # noqa: PLC0415

        def _p_sources(_tx_v: Any) -> list[AccrualSourceItemRequest] | Unset:
            _sources = _tx_v
            sources: list[AccrualSourceItemRequest] | Unset = UNSET
            if _sources is not UNSET:
                sources = []
                for sources_item_data in _sources:
                    if sources_item_data is None:
                        continue
                    sources_item = AccrualSourceItemRequest._tx_from_json(sources_item_data)

                    sources.append(sources_item)

            return sources

        _tx_known: frozenset[str] = frozenset(
            (
                "sources",
                "incomeAccountId",
                "accrualAccountId",
                "month",
                "year",
                "numberOfPeriods",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sources": ("sources", _p_sources),
            "income_account_id": ("incomeAccountId", None),
            "accrual_account_id": ("accrualAccountId", None),
            "month": ("month", None),
            "year": ("year", None),
            "number_of_periods": ("numberOfPeriods", None),
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
