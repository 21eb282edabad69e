from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_creator_creator_relation_types_item import (
    TripletexAccountCreatorCreatorRelationTypesItem,
)
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TripletexAccountCreator")


@_attrs_define
class TripletexAccountCreator(Model):
    """Information about the company creator/company that wants to establish access connection.

    Attributes:
        is_school_reseller (bool | Unset): Flag for checking if the creator company is a school reseller.
        is_accountant_or_similar (bool | Unset): Flag for checking if the creator is either an accountant or an auditor.
        is_accountant_and_auditor (bool | Unset): Flag for checking if the creator is both an accountant and auditor.
        is_tripletex (bool | Unset): Flag for checking if the creator is Tripletex.
        creator_customer_id (int | Unset): Id of the creator's company card.
        company_name (str | Unset): Name of the creator company name.
        company_invoice_email (str | Unset): Email address for the accountant or auditor invoicing.
        creator_employee_email (str | Unset): Email of the new account creator.
        creator_employee_id (int | Unset): Id of the new account creator.
        is_login_employee_proxy (bool | Unset): Flag for checking if the current logged in employee is a proxy.
        creator_relation_types (list[TripletexAccountCreatorCreatorRelationTypesItem] | Unset): The creator's tripletex
            company's type (accountant, auditor, both or others).
    """

    is_school_reseller: bool | Unset = UNSET
    is_accountant_or_similar: bool | Unset = UNSET
    is_accountant_and_auditor: bool | Unset = UNSET
    is_tripletex: bool | Unset = UNSET
    creator_customer_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    company_invoice_email: str | Unset = UNSET
    creator_employee_email: str | Unset = UNSET
    creator_employee_id: int | Unset = UNSET
    is_login_employee_proxy: bool | Unset = UNSET
    creator_relation_types: list[TripletexAccountCreatorCreatorRelationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.is_school_reseller
        if _v is not UNSET:
            field_dict["isSchoolReseller"] = _v
        _v = self.is_accountant_or_similar
        if _v is not UNSET:
            field_dict["isAccountantOrSimilar"] = _v
        _v = self.is_accountant_and_auditor
        if _v is not UNSET:
            field_dict["isAccountantAndAuditor"] = _v
        _v = self.is_tripletex
        if _v is not UNSET:
            field_dict["isTripletex"] = _v
        _v = self.creator_customer_id
        if _v is not UNSET and not _in_request:
            field_dict["creatorCustomerId"] = _v
        _v = self.company_name
        if _v is not UNSET:
            field_dict["companyName"] = _v
        _v = self.company_invoice_email
        if _v is not UNSET and not _in_request:
            field_dict["companyInvoiceEmail"] = _v
        _v = self.creator_employee_email
        if _v is not UNSET:
            field_dict["creatorEmployeeEmail"] = _v
        _v = self.creator_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["creatorEmployeeId"] = _v
        _v = self.is_login_employee_proxy
        if _v is not UNSET:
            field_dict["isLoginEmployeeProxy"] = _v
        _v = self.creator_relation_types
        if _v is not UNSET:
            field_dict["creatorRelationTypes"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountCreator from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexAccountCreator.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_creator_relation_types: dict[Any, Any] = enum_members(TripletexAccountCreatorCreatorRelationTypesItem)
        _known: frozenset[str] = frozenset(
            (
                "isSchoolReseller",
                "isAccountantOrSimilar",
                "isAccountantAndAuditor",
                "isTripletex",
                "creatorCustomerId",
                "companyName",
                "companyInvoiceEmail",
                "creatorEmployeeEmail",
                "creatorEmployeeId",
                "isLoginEmployeeProxy",
                "creatorRelationTypes",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "isSchoolReseller": "is_school_reseller",
            "isAccountantOrSimilar": "is_accountant_or_similar",
            "isAccountantAndAuditor": "is_accountant_and_auditor",
            "isTripletex": "is_tripletex",
            "creatorCustomerId": "creator_customer_id",
            "companyName": "company_name",
            "companyInvoiceEmail": "company_invoice_email",
            "creatorEmployeeEmail": "creator_employee_email",
            "creatorEmployeeId": "creator_employee_id",
            "isLoginEmployeeProxy": "is_login_employee_proxy",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.is_school_reseller = o.is_accountant_or_similar = o.is_accountant_and_auditor = o.is_tripletex = (
                        o.creator_customer_id
                    ) = o.company_name = o.company_invoice_email = o.creator_employee_email = o.creator_employee_id = (
                        o.is_login_employee_proxy
                    ) = o.creator_relation_types = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("isSchoolReseller")
                if v is None:
                    o.is_school_reseller = u
                    if "isSchoolReseller" not in d:
                        m += 1
                else:
                    o.is_school_reseller = v
                v = g("isAccountantOrSimilar")
                if v is None:
                    o.is_accountant_or_similar = u
                    if "isAccountantOrSimilar" not in d:
                        m += 1
                else:
                    o.is_accountant_or_similar = v
                v = g("isAccountantAndAuditor")
                if v is None:
                    o.is_accountant_and_auditor = u
                    if "isAccountantAndAuditor" not in d:
                        m += 1
                else:
                    o.is_accountant_and_auditor = v
                v = g("isTripletex")
                if v is None:
                    o.is_tripletex = u
                    if "isTripletex" not in d:
                        m += 1
                else:
                    o.is_tripletex = v
                v = g("creatorCustomerId")
                if v is None:
                    o.creator_customer_id = u
                    if "creatorCustomerId" not in d:
                        m += 1
                else:
                    o.creator_customer_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("companyInvoiceEmail")
                if v is None:
                    o.company_invoice_email = u
                    if "companyInvoiceEmail" not in d:
                        m += 1
                else:
                    o.company_invoice_email = v
                v = g("creatorEmployeeEmail")
                if v is None:
                    o.creator_employee_email = u
                    if "creatorEmployeeEmail" not in d:
                        m += 1
                else:
                    o.creator_employee_email = v
                v = g("creatorEmployeeId")
                if v is None:
                    o.creator_employee_id = u
                    if "creatorEmployeeId" not in d:
                        m += 1
                else:
                    o.creator_employee_id = v
                v = g("isLoginEmployeeProxy")
                if v is None:
                    o.is_login_employee_proxy = u
                    if "isLoginEmployeeProxy" not in d:
                        m += 1
                else:
                    o.is_login_employee_proxy = v
                k = "creatorRelationTypes"
                v = g("creatorRelationTypes")
                if v is None:
                    o.creator_relation_types = u
                    if "creatorRelationTypes" not in d:
                        m += 1
                else:
                    o.creator_relation_types = (
                        (
                            [
                                e_
                                if (e_ := _e_creator_relation_types.get(e)) is not None
                                else enum_value(TripletexAccountCreatorCreatorRelationTypesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
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
            ("is_school_reseller", "isSchoolReseller"),
            ("is_accountant_or_similar", "isAccountantOrSimilar"),
            ("is_accountant_and_auditor", "isAccountantAndAuditor"),
            ("is_tripletex", "isTripletex"),
            ("creator_customer_id", "creatorCustomerId"),
            ("company_name", "companyName"),
            ("company_invoice_email", "companyInvoiceEmail"),
            ("creator_employee_email", "creatorEmployeeEmail"),
            ("creator_employee_id", "creatorEmployeeId"),
            ("is_login_employee_proxy", "isLoginEmployeeProxy"),
            ("creator_relation_types", "creatorRelationTypes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.is_school_reseller
            o.is_school_reseller = u if v is None else v
            v = s.is_accountant_or_similar
            o.is_accountant_or_similar = u if v is None else v
            v = s.is_accountant_and_auditor
            o.is_accountant_and_auditor = u if v is None else v
            v = s.is_tripletex
            o.is_tripletex = u if v is None else v
            v = s.creator_customer_id
            o.creator_customer_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.company_invoice_email
            o.company_invoice_email = u if v is None else v
            v = s.creator_employee_email
            o.creator_employee_email = u if v is None else v
            v = s.creator_employee_id
            o.creator_employee_id = u if v is None else v
            v = s.is_login_employee_proxy
            o.is_login_employee_proxy = u if v is None else v
            v = s.creator_relation_types
            o.creator_relation_types = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_creator_relation_types.get(e)) is not None
                        else enum_value(TripletexAccountCreatorCreatorRelationTypesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
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
