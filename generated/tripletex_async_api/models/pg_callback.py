from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="PGCallback")


@_attrs_define
class PGCallback(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.odpcustomer_id
        if _v is not UNSET:
            field_dict["odpcustomerID"] = _v
        _v = self.odpcompany_id
        if _v is not UNSET:
            field_dict["odpcompanyID"] = _v
        _v = self.pg_request_id
        if _v is not UNSET:
            field_dict["pgRequestId"] = _v
        _v = self.tenant_id
        if _v is not UNSET:
            field_dict["tenantId"] = _v
        _v = self.odp_customer_id
        if _v is not UNSET:
            field_dict["ODPCustomerID"] = _v
        _v = self.odp_company_id
        if _v is not UNSET:
            field_dict["ODPCompanyID"] = _v
        _v = self.auto_pay_key
        if _v is not UNSET:
            field_dict["autoPayKey"] = _v
        _v = self.auto_pay_key_last_generated_date
        if _v is not UNSET:
            field_dict["autoPayKeyLastGeneratedDate"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.error_message
        if _v is not UNSET:
            field_dict["errorMessage"] = _v
        _v = self.erp_customer_id
        if _v is not UNSET:
            field_dict["erpCustomerId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PGCallback from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PGCallback.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "odpcustomerID": "odpcustomer_id",
            "odpcompanyID": "odpcompany_id",
            "pgRequestId": "pg_request_id",
            "tenantId": "tenant_id",
            "ODPCustomerID": "odp_customer_id",
            "ODPCompanyID": "odp_company_id",
            "autoPayKey": "auto_pay_key",
            "autoPayKeyLastGeneratedDate": "auto_pay_key_last_generated_date",
            "status": "status",
            "errorMessage": "error_message",
            "erpCustomerId": "erp_customer_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.odpcustomer_id = o.odpcompany_id = o.pg_request_id = o.tenant_id = o.odp_customer_id = (
                        o.odp_company_id
                    ) = o.auto_pay_key = o.auto_pay_key_last_generated_date = o.status = o.error_message = (
                        o.erp_customer_id
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("odpcustomerID")
                if v is None:
                    o.odpcustomer_id = u
                    if "odpcustomerID" not in d:
                        m += 1
                else:
                    o.odpcustomer_id = v
                v = g("odpcompanyID")
                if v is None:
                    o.odpcompany_id = u
                    if "odpcompanyID" not in d:
                        m += 1
                else:
                    o.odpcompany_id = v
                v = g("pgRequestId")
                if v is None:
                    o.pg_request_id = u
                    if "pgRequestId" not in d:
                        m += 1
                else:
                    o.pg_request_id = v
                v = g("tenantId")
                if v is None:
                    o.tenant_id = u
                    if "tenantId" not in d:
                        m += 1
                else:
                    o.tenant_id = v
                v = g("ODPCustomerID")
                if v is None:
                    o.odp_customer_id = u
                    if "ODPCustomerID" not in d:
                        m += 1
                else:
                    o.odp_customer_id = v
                v = g("ODPCompanyID")
                if v is None:
                    o.odp_company_id = u
                    if "ODPCompanyID" not in d:
                        m += 1
                else:
                    o.odp_company_id = v
                v = g("autoPayKey")
                if v is None:
                    o.auto_pay_key = u
                    if "autoPayKey" not in d:
                        m += 1
                else:
                    o.auto_pay_key = v
                v = g("autoPayKeyLastGeneratedDate")
                if v is None:
                    o.auto_pay_key_last_generated_date = u
                    if "autoPayKeyLastGeneratedDate" not in d:
                        m += 1
                else:
                    o.auto_pay_key_last_generated_date = v
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("errorMessage")
                if v is None:
                    o.error_message = u
                    if "errorMessage" not in d:
                        m += 1
                else:
                    o.error_message = v
                v = g("erpCustomerId")
                if v is None:
                    o.erp_customer_id = u
                    if "erpCustomerId" not in d:
                        m += 1
                else:
                    o.erp_customer_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("odpcustomer_id", "odpcustomerID"),
            ("odpcompany_id", "odpcompanyID"),
            ("pg_request_id", "pgRequestId"),
            ("tenant_id", "tenantId"),
            ("odp_customer_id", "ODPCustomerID"),
            ("odp_company_id", "ODPCompanyID"),
            ("auto_pay_key", "autoPayKey"),
            ("auto_pay_key_last_generated_date", "autoPayKeyLastGeneratedDate"),
            ("status", "status"),
            ("error_message", "errorMessage"),
            ("erp_customer_id", "erpCustomerId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.odpcustomer_id
            o.odpcustomer_id = u if v is None else v
            v = s.odpcompany_id
            o.odpcompany_id = u if v is None else v
            v = s.pg_request_id
            o.pg_request_id = u if v is None else v
            v = s.tenant_id
            o.tenant_id = u if v is None else v
            v = s.odp_customer_id
            o.odp_customer_id = u if v is None else v
            v = s.odp_company_id
            o.odp_company_id = u if v is None else v
            v = s.auto_pay_key
            o.auto_pay_key = u if v is None else v
            v = s.auto_pay_key_last_generated_date
            o.auto_pay_key_last_generated_date = u if v is None else v
            v = s.status
            o.status = u if v is None else v
            v = s.error_message
            o.error_message = u if v is None else v
            v = s.erp_customer_id
            o.erp_customer_id = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
