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

T = TypeVar("T", bound="PGCallback")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class PGCallback(LazyModel):
    """
    Attributes:
        odpcustomer_id (int | Unset):
        odpcompany_id (int | Unset):
        pg_request_id (str | Unset):
        tenant_id (str | Unset):
        odp_customer_id (int | Unset):
        odp_company_id (int | Unset):
        auto_pay_key (str | Unset):
        auto_pay_key_last_generated_date (str | Unset):
        status (str | Unset):
        error_message (str | Unset):
        erp_customer_id (int | Unset):
    """

    odpcustomer_id: int | Unset = UNSET
    odpcompany_id: int | Unset = UNSET
    pg_request_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    odp_customer_id: int | Unset = UNSET
    odp_company_id: int | Unset = UNSET
    auto_pay_key: str | Unset = UNSET
    auto_pay_key_last_generated_date: str | Unset = UNSET
    status: str | Unset = UNSET
    error_message: str | Unset = UNSET
    erp_customer_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        odpcustomer_id = self.odpcustomer_id

        odpcompany_id = self.odpcompany_id

        pg_request_id = self.pg_request_id

        tenant_id = self.tenant_id

        odp_customer_id = self.odp_customer_id

        odp_company_id = self.odp_company_id

        auto_pay_key = self.auto_pay_key

        auto_pay_key_last_generated_date = self.auto_pay_key_last_generated_date

        status = self.status

        error_message = self.error_message

        erp_customer_id = self.erp_customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if odpcustomer_id is not UNSET:
            field_dict["odpcustomerID"] = odpcustomer_id
        if odpcompany_id is not UNSET:
            field_dict["odpcompanyID"] = odpcompany_id
        if pg_request_id is not UNSET:
            field_dict["pgRequestId"] = pg_request_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if odp_customer_id is not UNSET:
            field_dict["ODPCustomerID"] = odp_customer_id
        if odp_company_id is not UNSET:
            field_dict["ODPCompanyID"] = odp_company_id
        if auto_pay_key is not UNSET:
            field_dict["autoPayKey"] = auto_pay_key
        if auto_pay_key_last_generated_date is not UNSET:
            field_dict["autoPayKeyLastGeneratedDate"] = auto_pay_key_last_generated_date
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if erp_customer_id is not UNSET:
            field_dict["erpCustomerId"] = erp_customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PGCallback from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "odpcustomerID",
                "odpcompanyID",
                "pgRequestId",
                "tenantId",
                "ODPCustomerID",
                "ODPCompanyID",
                "autoPayKey",
                "autoPayKeyLastGeneratedDate",
                "status",
                "errorMessage",
                "erpCustomerId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "odpcustomer_id": ("odpcustomerID", None),
            "odpcompany_id": ("odpcompanyID", None),
            "pg_request_id": ("pgRequestId", None),
            "tenant_id": ("tenantId", None),
            "odp_customer_id": ("ODPCustomerID", None),
            "odp_company_id": ("ODPCompanyID", None),
            "auto_pay_key": ("autoPayKey", None),
            "auto_pay_key_last_generated_date": ("autoPayKeyLastGeneratedDate", None),
            "status": ("status", None),
            "error_message": ("errorMessage", None),
            "erp_customer_id": ("erpCustomerId", None),
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
