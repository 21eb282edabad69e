from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.amelding_period_status import AmeldingPeriodStatus


T = TypeVar("T", bound="ClientOverviewContext")


@_attrs_define
class ClientOverviewContext(Model):
    """
    Attributes:
        client_id (int | Unset):
        client_name (str | Unset):
        customer_company_id (int | Unset):
        account_manager_display_name (str | Unset): Display name of the account manager, or null if none is assigned
        can_access_vat (bool | Unset):
        can_access_salary (bool | Unset):
        can_access_balance (bool | Unset):
        can_access_bank (bool | Unset):
        has_general_industry (bool | Unset): Only populated when canAccessVat is true and customerCompanyId > 0
        has_primary_industry (bool | Unset): Only populated when canAccessVat is true and customerCompanyId > 0
        amelding_statuses (list[AmeldingPeriodStatus] | Unset): A-melding summary status per month for the requested
            year. Only populated when canAccessSalary is true.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.client_id
        if _v is not UNSET and not _in_request:
            field_dict["clientId"] = _v
        _v = self.client_name
        if _v is not UNSET and not _in_request:
            field_dict["clientName"] = _v
        _v = self.customer_company_id
        if _v is not UNSET and not _in_request:
            field_dict["customerCompanyId"] = _v
        _v = self.account_manager_display_name
        if _v is not UNSET and not _in_request:
            field_dict["accountManagerDisplayName"] = _v
        _v = self.can_access_vat
        if _v is not UNSET and not _in_request:
            field_dict["canAccessVat"] = _v
        _v = self.can_access_salary
        if _v is not UNSET and not _in_request:
            field_dict["canAccessSalary"] = _v
        _v = self.can_access_balance
        if _v is not UNSET and not _in_request:
            field_dict["canAccessBalance"] = _v
        _v = self.can_access_bank
        if _v is not UNSET and not _in_request:
            field_dict["canAccessBank"] = _v
        _v = self.has_general_industry
        if _v is not UNSET and not _in_request:
            field_dict["hasGeneralIndustry"] = _v
        _v = self.has_primary_industry
        if _v is not UNSET and not _in_request:
            field_dict["hasPrimaryIndustry"] = _v
        _v = self.amelding_statuses
        if _v is not UNSET and not _in_request:
            field_dict["ameldingStatuses"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientOverviewContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ClientOverviewContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.amelding_period_status import AmeldingPeriodStatus  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "clientId": "client_id",
            "clientName": "client_name",
            "customerCompanyId": "customer_company_id",
            "accountManagerDisplayName": "account_manager_display_name",
            "canAccessVat": "can_access_vat",
            "canAccessSalary": "can_access_salary",
            "canAccessBalance": "can_access_balance",
            "canAccessBank": "can_access_bank",
            "hasGeneralIndustry": "has_general_industry",
            "hasPrimaryIndustry": "has_primary_industry",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.client_id = o.client_name = o.customer_company_id = o.account_manager_display_name = (
                        o.can_access_vat
                    ) = o.can_access_salary = o.can_access_balance = o.can_access_bank = o.has_general_industry = (
                        o.has_primary_industry
                    ) = o.amelding_statuses = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("clientId")
                if v is None:
                    o.client_id = u
                    if "clientId" not in d:
                        m += 1
                else:
                    o.client_id = v
                v = g("clientName")
                if v is None:
                    o.client_name = u
                    if "clientName" not in d:
                        m += 1
                else:
                    o.client_name = v
                v = g("customerCompanyId")
                if v is None:
                    o.customer_company_id = u
                    if "customerCompanyId" not in d:
                        m += 1
                else:
                    o.customer_company_id = v
                v = g("accountManagerDisplayName")
                if v is None:
                    o.account_manager_display_name = u
                    if "accountManagerDisplayName" not in d:
                        m += 1
                else:
                    o.account_manager_display_name = v
                v = g("canAccessVat")
                if v is None:
                    o.can_access_vat = u
                    if "canAccessVat" not in d:
                        m += 1
                else:
                    o.can_access_vat = v
                v = g("canAccessSalary")
                if v is None:
                    o.can_access_salary = u
                    if "canAccessSalary" not in d:
                        m += 1
                else:
                    o.can_access_salary = v
                v = g("canAccessBalance")
                if v is None:
                    o.can_access_balance = u
                    if "canAccessBalance" not in d:
                        m += 1
                else:
                    o.can_access_balance = v
                v = g("canAccessBank")
                if v is None:
                    o.can_access_bank = u
                    if "canAccessBank" not in d:
                        m += 1
                else:
                    o.can_access_bank = v
                v = g("hasGeneralIndustry")
                if v is None:
                    o.has_general_industry = u
                    if "hasGeneralIndustry" not in d:
                        m += 1
                else:
                    o.has_general_industry = v
                v = g("hasPrimaryIndustry")
                if v is None:
                    o.has_primary_industry = u
                    if "hasPrimaryIndustry" not in d:
                        m += 1
                else:
                    o.has_primary_industry = v
                k = "ameldingStatuses"
                v = g("ameldingStatuses")
                if v is None:
                    o.amelding_statuses = u
                    if "ameldingStatuses" not in d:
                        m += 1
                else:
                    o.amelding_statuses = (
                        ([AmeldingPeriodStatus._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("client_id", "clientId"),
            ("client_name", "clientName"),
            ("customer_company_id", "customerCompanyId"),
            ("account_manager_display_name", "accountManagerDisplayName"),
            ("can_access_vat", "canAccessVat"),
            ("can_access_salary", "canAccessSalary"),
            ("can_access_balance", "canAccessBalance"),
            ("can_access_bank", "canAccessBank"),
            ("has_general_industry", "hasGeneralIndustry"),
            ("has_primary_industry", "hasPrimaryIndustry"),
            ("amelding_statuses", "ameldingStatuses"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.client_id
            o.client_id = u if v is None else v
            v = s.client_name
            o.client_name = u if v is None else v
            v = s.customer_company_id
            o.customer_company_id = u if v is None else v
            v = s.account_manager_display_name
            o.account_manager_display_name = u if v is None else v
            v = s.can_access_vat
            o.can_access_vat = u if v is None else v
            v = s.can_access_salary
            o.can_access_salary = u if v is None else v
            v = s.can_access_balance
            o.can_access_balance = u if v is None else v
            v = s.can_access_bank
            o.can_access_bank = u if v is None else v
            v = s.has_general_industry
            o.has_general_industry = u if v is None else v
            v = s.has_primary_industry
            o.has_primary_industry = u if v is None else v
            v = s.amelding_statuses
            o.amelding_statuses = (
                u
                if v is None or v is u
                else ([AmeldingPeriodStatus._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
