from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SupportDashboardCustomer")


@_attrs_define
class SupportDashboardCustomer:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        tripletex_company_id = d.pop("tripletexCompanyId", UNSET)

        tripletex_customer_id = d.pop("tripletexCustomerId", UNSET)

        org_number = d.pop("orgNumber", UNSET)

        name = d.pop("name", UNSET)

        category2 = d.pop("category2", UNSET)

        category3 = d.pop("category3", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        suspended = d.pop("suspended", UNSET)

        bankrupt = d.pop("bankrupt", UNSET)

        liquidated = d.pop("liquidated", UNSET)

        force_liquidated = d.pop("forceLiquidated", UNSET)

        excluded_from_disabling = d.pop("excludedFromDisabling", UNSET)

        excluded_from_deletion = d.pop("excludedFromDeletion", UNSET)

        _obj = cls(
            tripletex_company_id=tripletex_company_id,
            tripletex_customer_id=tripletex_customer_id,
            org_number=org_number,
            name=name,
            category2=category2,
            category3=category3,
            start_date=start_date,
            end_date=end_date,
            suspended=suspended,
            bankrupt=bankrupt,
            liquidated=liquidated,
            force_liquidated=force_liquidated,
            excluded_from_disabling=excluded_from_disabling,
            excluded_from_deletion=excluded_from_deletion,
        )

        _obj.additional_properties = d
        return _obj

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
