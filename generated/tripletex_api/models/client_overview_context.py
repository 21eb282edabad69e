from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.amelding_period_status import AmeldingPeriodStatus


T = TypeVar("T", bound="ClientOverviewContext")


@_attrs_define
class ClientOverviewContext:
    """
    Attributes:
        client_id (int | Unset): [read-only]
        client_name (str | Unset): [read-only]
        customer_company_id (int | Unset): [read-only]
        account_manager_display_name (str | Unset): [read-only] Display name of the account manager, or null if none is
            assigned
        can_access_vat (bool | Unset): [read-only]
        can_access_salary (bool | Unset): [read-only]
        can_access_balance (bool | Unset): [read-only]
        can_access_bank (bool | Unset): [read-only]
        has_general_industry (bool | Unset): [read-only] Only populated when canAccessVat is true and customerCompanyId
            > 0
        has_primary_industry (bool | Unset): [read-only] Only populated when canAccessVat is true and customerCompanyId
            > 0
        amelding_statuses (list[AmeldingPeriodStatus] | Unset): [read-only] A-melding summary status per month for the
            requested year. Only populated when canAccessSalary is true.
    """

    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    customer_company_id: int | Unset = UNSET
    account_manager_display_name: str | Unset = UNSET
    can_access_vat: bool | Unset = UNSET
    can_access_salary: bool | Unset = UNSET
    can_access_balance: bool | Unset = UNSET
    can_access_bank: bool | Unset = UNSET
    has_general_industry: bool | Unset = UNSET
    has_primary_industry: bool | Unset = UNSET
    amelding_statuses: list[AmeldingPeriodStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        client_id = self.client_id

        client_name = self.client_name

        customer_company_id = self.customer_company_id

        account_manager_display_name = self.account_manager_display_name

        can_access_vat = self.can_access_vat

        can_access_salary = self.can_access_salary

        can_access_balance = self.can_access_balance

        can_access_bank = self.can_access_bank

        has_general_industry = self.has_general_industry

        has_primary_industry = self.has_primary_industry

        amelding_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amelding_statuses, Unset):
            amelding_statuses = []
            for amelding_statuses_item_data in self.amelding_statuses:
                amelding_statuses_item = amelding_statuses_item_data.to_dict()
                amelding_statuses.append(amelding_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET and not _in_request:
            field_dict["clientId"] = client_id
        if client_name is not UNSET and not _in_request:
            field_dict["clientName"] = client_name
        if customer_company_id is not UNSET and not _in_request:
            field_dict["customerCompanyId"] = customer_company_id
        if account_manager_display_name is not UNSET and not _in_request:
            field_dict["accountManagerDisplayName"] = account_manager_display_name
        if can_access_vat is not UNSET and not _in_request:
            field_dict["canAccessVat"] = can_access_vat
        if can_access_salary is not UNSET and not _in_request:
            field_dict["canAccessSalary"] = can_access_salary
        if can_access_balance is not UNSET and not _in_request:
            field_dict["canAccessBalance"] = can_access_balance
        if can_access_bank is not UNSET and not _in_request:
            field_dict["canAccessBank"] = can_access_bank
        if has_general_industry is not UNSET and not _in_request:
            field_dict["hasGeneralIndustry"] = has_general_industry
        if has_primary_industry is not UNSET and not _in_request:
            field_dict["hasPrimaryIndustry"] = has_primary_industry
        if amelding_statuses is not UNSET and not _in_request:
            field_dict["ameldingStatuses"] = amelding_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.amelding_period_status import AmeldingPeriodStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        client_id = d.pop("clientId", UNSET)

        client_name = d.pop("clientName", UNSET)

        customer_company_id = d.pop("customerCompanyId", UNSET)

        account_manager_display_name = d.pop("accountManagerDisplayName", UNSET)

        can_access_vat = d.pop("canAccessVat", UNSET)

        can_access_salary = d.pop("canAccessSalary", UNSET)

        can_access_balance = d.pop("canAccessBalance", UNSET)

        can_access_bank = d.pop("canAccessBank", UNSET)

        has_general_industry = d.pop("hasGeneralIndustry", UNSET)

        has_primary_industry = d.pop("hasPrimaryIndustry", UNSET)

        _amelding_statuses = d.pop("ameldingStatuses", UNSET)
        amelding_statuses: list[AmeldingPeriodStatus] | Unset = UNSET
        if _amelding_statuses is not UNSET:
            amelding_statuses = []
            for amelding_statuses_item_data in _amelding_statuses:
                if amelding_statuses_item_data is None:
                    continue
                amelding_statuses_item = AmeldingPeriodStatus.from_dict(amelding_statuses_item_data)

                amelding_statuses.append(amelding_statuses_item)

        _obj = cls(
            client_id=client_id,
            client_name=client_name,
            customer_company_id=customer_company_id,
            account_manager_display_name=account_manager_display_name,
            can_access_vat=can_access_vat,
            can_access_salary=can_access_salary,
            can_access_balance=can_access_balance,
            can_access_bank=can_access_bank,
            has_general_industry=has_general_industry,
            has_primary_industry=has_primary_industry,
            amelding_statuses=amelding_statuses,
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
