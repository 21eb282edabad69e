from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="SupportDashboardCustomer")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class SupportDashboardCustomer(LazyModel):
    """
    Attributes:
        tripletex_company_id (int | Unset): [read-only]
        tripletex_customer_id (int | Unset): [read-only]
        org_number (str | Unset): [read-only]
        name (str | Unset): [read-only]
        category2 (str | Unset): [read-only]
        category3 (str | Unset): [read-only]
        start_date (str | Unset): [read-only]
        end_date (str | Unset): [read-only]
        suspended (bool | Unset): [read-only]
        bankrupt (bool | Unset): [read-only]
        liquidated (bool | Unset): [read-only]
        force_liquidated (bool | Unset): [read-only]
        excluded_from_disabling (bool | Unset): [read-only]
        excluded_from_deletion (bool | Unset): [read-only]
    """

    tripletex_company_id: int | Unset = UNSET
    tripletex_customer_id: int | Unset = UNSET
    org_number: str | Unset = UNSET
    name: str | Unset = UNSET
    category2: str | Unset = UNSET
    category3: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    suspended: bool | Unset = UNSET
    bankrupt: bool | Unset = UNSET
    liquidated: bool | Unset = UNSET
    force_liquidated: bool | Unset = UNSET
    excluded_from_disabling: bool | Unset = UNSET
    excluded_from_deletion: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        tripletex_company_id = self.tripletex_company_id

        tripletex_customer_id = self.tripletex_customer_id

        org_number = self.org_number

        name = self.name

        category2 = self.category2

        category3 = self.category3

        start_date = self.start_date

        end_date = self.end_date

        suspended = self.suspended

        bankrupt = self.bankrupt

        liquidated = self.liquidated

        force_liquidated = self.force_liquidated

        excluded_from_disabling = self.excluded_from_disabling

        excluded_from_deletion = self.excluded_from_deletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tripletex_company_id is not UNSET and not _in_request:
            field_dict["tripletexCompanyId"] = tripletex_company_id
        if tripletex_customer_id is not UNSET and not _in_request:
            field_dict["tripletexCustomerId"] = tripletex_customer_id
        if org_number is not UNSET and not _in_request:
            field_dict["orgNumber"] = org_number
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if category2 is not UNSET and not _in_request:
            field_dict["category2"] = category2
        if category3 is not UNSET and not _in_request:
            field_dict["category3"] = category3
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if suspended is not UNSET and not _in_request:
            field_dict["suspended"] = suspended
        if bankrupt is not UNSET and not _in_request:
            field_dict["bankrupt"] = bankrupt
        if liquidated is not UNSET and not _in_request:
            field_dict["liquidated"] = liquidated
        if force_liquidated is not UNSET and not _in_request:
            field_dict["forceLiquidated"] = force_liquidated
        if excluded_from_disabling is not UNSET and not _in_request:
            field_dict["excludedFromDisabling"] = excluded_from_disabling
        if excluded_from_deletion is not UNSET and not _in_request:
            field_dict["excludedFromDeletion"] = excluded_from_deletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupportDashboardCustomer from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "tripletexCompanyId",
                "tripletexCustomerId",
                "orgNumber",
                "name",
                "category2",
                "category3",
                "startDate",
                "endDate",
                "suspended",
                "bankrupt",
                "liquidated",
                "forceLiquidated",
                "excludedFromDisabling",
                "excludedFromDeletion",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "tripletex_company_id": ("tripletexCompanyId", None),
            "tripletex_customer_id": ("tripletexCustomerId", None),
            "org_number": ("orgNumber", None),
            "name": ("name", None),
            "category2": ("category2", None),
            "category3": ("category3", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "suspended": ("suspended", None),
            "bankrupt": ("bankrupt", None),
            "liquidated": ("liquidated", None),
            "force_liquidated": ("forceLiquidated", None),
            "excluded_from_disabling": ("excludedFromDisabling", None),
            "excluded_from_deletion": ("excludedFromDeletion", None),
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
