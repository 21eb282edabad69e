from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_creator_creator_relation_types_item import (
    TripletexAccountCreatorCreatorRelationTypesItem,
)
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

T = TypeVar("T", bound="TripletexAccountCreator")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("creatorRelationTypes", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccountCreator(LazyModel):
    """Information about the company creator/company that wants to establish access connection.

    Attributes:
        is_school_reseller (bool | Unset): Flag for checking if the creator company is a school reseller.
        is_accountant_or_similar (bool | Unset): Flag for checking if the creator is either an accountant or an auditor.
        is_accountant_and_auditor (bool | Unset): Flag for checking if the creator is both an accountant and auditor.
        is_tripletex (bool | Unset): Flag for checking if the creator is Tripletex.
        creator_customer_id (int | Unset): [read-only] Id of the creator's company card.
        company_name (str | Unset): Name of the creator company name.
        company_invoice_email (str | Unset): [read-only] Email address for the accountant or auditor invoicing.
        creator_employee_email (str | Unset): Email of the new account creator.
        creator_employee_id (int | Unset): [read-only] Id of the new account creator.
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
        self._tx_load()
        _in_request = serializing_request_body()
        is_school_reseller = self.is_school_reseller

        is_accountant_or_similar = self.is_accountant_or_similar

        is_accountant_and_auditor = self.is_accountant_and_auditor

        is_tripletex = self.is_tripletex

        creator_customer_id = self.creator_customer_id

        company_name = self.company_name

        company_invoice_email = self.company_invoice_email

        creator_employee_email = self.creator_employee_email

        creator_employee_id = self.creator_employee_id

        is_login_employee_proxy = self.is_login_employee_proxy

        creator_relation_types: list[str] | Unset = UNSET
        if not isinstance(self.creator_relation_types, Unset):
            creator_relation_types = []
            for creator_relation_types_item_data in self.creator_relation_types:
                creator_relation_types_item = creator_relation_types_item_data.value
                creator_relation_types.append(creator_relation_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_school_reseller is not UNSET:
            field_dict["isSchoolReseller"] = is_school_reseller
        if is_accountant_or_similar is not UNSET:
            field_dict["isAccountantOrSimilar"] = is_accountant_or_similar
        if is_accountant_and_auditor is not UNSET:
            field_dict["isAccountantAndAuditor"] = is_accountant_and_auditor
        if is_tripletex is not UNSET:
            field_dict["isTripletex"] = is_tripletex
        if creator_customer_id is not UNSET and not _in_request:
            field_dict["creatorCustomerId"] = creator_customer_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_invoice_email is not UNSET and not _in_request:
            field_dict["companyInvoiceEmail"] = company_invoice_email
        if creator_employee_email is not UNSET:
            field_dict["creatorEmployeeEmail"] = creator_employee_email
        if creator_employee_id is not UNSET and not _in_request:
            field_dict["creatorEmployeeId"] = creator_employee_id
        if is_login_employee_proxy is not UNSET:
            field_dict["isLoginEmployeeProxy"] = is_login_employee_proxy
        if creator_relation_types is not UNSET:
            field_dict["creatorRelationTypes"] = creator_relation_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountCreator from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_creator_relation_types(_tx_v: Any) -> list[TripletexAccountCreatorCreatorRelationTypesItem] | Unset:
            _creator_relation_types = _tx_v
            creator_relation_types: list[TripletexAccountCreatorCreatorRelationTypesItem] | Unset = UNSET
            if _creator_relation_types is not UNSET:
                creator_relation_types = []
                for creator_relation_types_item_data in _creator_relation_types:
                    if creator_relation_types_item_data is None:
                        continue
                    creator_relation_types_item = TripletexAccountCreatorCreatorRelationTypesItem(
                        creator_relation_types_item_data
                    )

                    creator_relation_types.append(creator_relation_types_item)

            return creator_relation_types

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "is_school_reseller": ("isSchoolReseller", None),
            "is_accountant_or_similar": ("isAccountantOrSimilar", None),
            "is_accountant_and_auditor": ("isAccountantAndAuditor", None),
            "is_tripletex": ("isTripletex", None),
            "creator_customer_id": ("creatorCustomerId", None),
            "company_name": ("companyName", None),
            "company_invoice_email": ("companyInvoiceEmail", None),
            "creator_employee_email": ("creatorEmployeeEmail", None),
            "creator_employee_id": ("creatorEmployeeId", None),
            "is_login_employee_proxy": ("isLoginEmployeeProxy", None),
            "creator_relation_types": ("creatorRelationTypes", _p_creator_relation_types),
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
