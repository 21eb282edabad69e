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
    from ..models.amelding_period_status import AmeldingPeriodStatus


T = TypeVar("T", bound="ClientOverviewContext")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("ameldingStatuses", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ClientOverviewContext(LazyModel):
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
        self._tx_load()
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
        """A ClientOverviewContext from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.amelding_period_status import AmeldingPeriodStatus  # noqa: PLC0415

        def _p_amelding_statuses(_tx_v: Any) -> list[AmeldingPeriodStatus] | Unset:
            _amelding_statuses = _tx_v
            amelding_statuses: list[AmeldingPeriodStatus] | Unset = UNSET
            if _amelding_statuses is not UNSET:
                amelding_statuses = []
                for amelding_statuses_item_data in _amelding_statuses:
                    if amelding_statuses_item_data is None:
                        continue
                    amelding_statuses_item = AmeldingPeriodStatus._tx_from_json(amelding_statuses_item_data)

                    amelding_statuses.append(amelding_statuses_item)

            return amelding_statuses

        _tx_known: frozenset[str] = frozenset(
            (
                "clientId",
                "clientName",
                "customerCompanyId",
                "accountManagerDisplayName",
                "canAccessVat",
                "canAccessSalary",
                "canAccessBalance",
                "canAccessBank",
                "hasGeneralIndustry",
                "hasPrimaryIndustry",
                "ameldingStatuses",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "client_id": ("clientId", None),
            "client_name": ("clientName", None),
            "customer_company_id": ("customerCompanyId", None),
            "account_manager_display_name": ("accountManagerDisplayName", None),
            "can_access_vat": ("canAccessVat", None),
            "can_access_salary": ("canAccessSalary", None),
            "can_access_balance": ("canAccessBalance", None),
            "can_access_bank": ("canAccessBank", None),
            "has_general_industry": ("hasGeneralIndustry", None),
            "has_primary_industry": ("hasPrimaryIndustry", None),
            "amelding_statuses": ("ameldingStatuses", _p_amelding_statuses),
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
