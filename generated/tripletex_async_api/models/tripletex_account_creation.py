from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_creation_accountant_association_status import (
    TripletexAccountCreationAccountantAssociationStatus,
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

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.dropdown import Dropdown
    from ..models.tripletex_account_creator import TripletexAccountCreator


T = TypeVar("T", bound="TripletexAccountCreation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("companyTypes", list, False),
    ("tripletexSalesModuleTypes", list, False),
    ("accountingSystemsOfOrigin", list, False),
    ("customerCompany", dict, False),
    ("creatorCompany", dict, False),
    ("accountantAssociationStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccountCreation(LazyModel):
    """
    Attributes:
        customer_account_number (int | Unset): [read-only] Customer account number.
        has_tripletex_account (bool | Unset): Flag for checking if the client has a Tripletex account. Used by the
            accountant or auditor to determine if they need to create a new Tripletex account for the client.
        is_tripletex_suspended (bool | Unset): Flag for checking if Tripletex is currently suspended.
        company_types (list[Dropdown] | Unset): List containing the company types.
        tripletex_sales_module_types (list[Dropdown] | Unset): List containing the Tripletex sales modules types.
        accounting_systems_of_origin (list[Dropdown] | Unset): List containing the accounting systems of origins
            (customerCategoryId1).
        customer_invoice_email (str | Unset): Email address for the customer invoicing.
        invoice_receiver_customer_id (int | Unset): [read-only] Invoice receiver id.
        has_another_accountant_invoice_receiver (bool | Unset): [read-only] True if the client currently has an
            accountant that is set as invoice receiver.
        customer_company (Company | Unset): Vendor of the product
        customer_name (str | Unset): Customer company name.
        customer_organisation_number (str | Unset): Customer company organization number.
        creator_company (TripletexAccountCreator | Unset): Information about the company creator/company that wants to
            establish access connection.
        accountant_association_status (TripletexAccountCreationAccountantAssociationStatus | Unset): State of the
            accountant (or similar) and his customer with respect to the accountant having or getting access to the client.
    """

    customer_account_number: int | Unset = UNSET
    has_tripletex_account: bool | Unset = UNSET
    is_tripletex_suspended: bool | Unset = UNSET
    company_types: list[Dropdown] | Unset = UNSET
    tripletex_sales_module_types: list[Dropdown] | Unset = UNSET
    accounting_systems_of_origin: list[Dropdown] | Unset = UNSET
    customer_invoice_email: str | Unset = UNSET
    invoice_receiver_customer_id: int | Unset = UNSET
    has_another_accountant_invoice_receiver: bool | Unset = UNSET
    customer_company: Company | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_organisation_number: str | Unset = UNSET
    creator_company: TripletexAccountCreator | Unset = UNSET
    accountant_association_status: TripletexAccountCreationAccountantAssociationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        customer_account_number = self.customer_account_number

        has_tripletex_account = self.has_tripletex_account

        is_tripletex_suspended = self.is_tripletex_suspended

        company_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_types, Unset):
            company_types = []
            for company_types_item_data in self.company_types:
                company_types_item = company_types_item_data.to_dict()
                company_types.append(company_types_item)

        tripletex_sales_module_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tripletex_sales_module_types, Unset):
            tripletex_sales_module_types = []
            for tripletex_sales_module_types_item_data in self.tripletex_sales_module_types:
                tripletex_sales_module_types_item = tripletex_sales_module_types_item_data.to_dict()
                tripletex_sales_module_types.append(tripletex_sales_module_types_item)

        accounting_systems_of_origin: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting_systems_of_origin, Unset):
            accounting_systems_of_origin = []
            for accounting_systems_of_origin_item_data in self.accounting_systems_of_origin:
                accounting_systems_of_origin_item = accounting_systems_of_origin_item_data.to_dict()
                accounting_systems_of_origin.append(accounting_systems_of_origin_item)

        customer_invoice_email = self.customer_invoice_email

        invoice_receiver_customer_id = self.invoice_receiver_customer_id

        has_another_accountant_invoice_receiver = self.has_another_accountant_invoice_receiver

        customer_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_company, Unset):
            customer_company = self.customer_company.to_dict()

        customer_name = self.customer_name

        customer_organisation_number = self.customer_organisation_number

        creator_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator_company, Unset):
            creator_company = self.creator_company.to_dict()

        accountant_association_status: str | Unset = UNSET
        if not isinstance(self.accountant_association_status, Unset):
            accountant_association_status = self.accountant_association_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_account_number is not UNSET and not _in_request:
            field_dict["customerAccountNumber"] = customer_account_number
        if has_tripletex_account is not UNSET:
            field_dict["hasTripletexAccount"] = has_tripletex_account
        if is_tripletex_suspended is not UNSET:
            field_dict["isTripletexSuspended"] = is_tripletex_suspended
        if company_types is not UNSET:
            field_dict["companyTypes"] = company_types
        if tripletex_sales_module_types is not UNSET:
            field_dict["tripletexSalesModuleTypes"] = tripletex_sales_module_types
        if accounting_systems_of_origin is not UNSET:
            field_dict["accountingSystemsOfOrigin"] = accounting_systems_of_origin
        if customer_invoice_email is not UNSET:
            field_dict["customerInvoiceEmail"] = customer_invoice_email
        if invoice_receiver_customer_id is not UNSET and not _in_request:
            field_dict["invoiceReceiverCustomerId"] = invoice_receiver_customer_id
        if has_another_accountant_invoice_receiver is not UNSET and not _in_request:
            field_dict["hasAnotherAccountantInvoiceReceiver"] = has_another_accountant_invoice_receiver
        if customer_company is not UNSET:
            field_dict["customerCompany"] = customer_company
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_organisation_number is not UNSET:
            field_dict["customerOrganisationNumber"] = customer_organisation_number
        if creator_company is not UNSET:
            field_dict["creatorCompany"] = creator_company
        if accountant_association_status is not UNSET:
            field_dict["accountantAssociationStatus"] = accountant_association_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountCreation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.dropdown import Dropdown  # noqa: PLC0415
        from ..models.tripletex_account_creator import TripletexAccountCreator  # noqa: PLC0415

        def _p_company_types(_tx_v: Any) -> list[Dropdown] | Unset:
            _company_types = _tx_v
            company_types: list[Dropdown] | Unset = UNSET
            if _company_types is not UNSET:
                company_types = []
                for company_types_item_data in _company_types:
                    if company_types_item_data is None:
                        continue
                    company_types_item = Dropdown._tx_from_json(company_types_item_data)

                    company_types.append(company_types_item)

            return company_types

        def _p_tripletex_sales_module_types(_tx_v: Any) -> list[Dropdown] | Unset:
            _tripletex_sales_module_types = _tx_v
            tripletex_sales_module_types: list[Dropdown] | Unset = UNSET
            if _tripletex_sales_module_types is not UNSET:
                tripletex_sales_module_types = []
                for tripletex_sales_module_types_item_data in _tripletex_sales_module_types:
                    if tripletex_sales_module_types_item_data is None:
                        continue
                    tripletex_sales_module_types_item = Dropdown._tx_from_json(tripletex_sales_module_types_item_data)

                    tripletex_sales_module_types.append(tripletex_sales_module_types_item)

            return tripletex_sales_module_types

        def _p_accounting_systems_of_origin(_tx_v: Any) -> list[Dropdown] | Unset:
            _accounting_systems_of_origin = _tx_v
            accounting_systems_of_origin: list[Dropdown] | Unset = UNSET
            if _accounting_systems_of_origin is not UNSET:
                accounting_systems_of_origin = []
                for accounting_systems_of_origin_item_data in _accounting_systems_of_origin:
                    if accounting_systems_of_origin_item_data is None:
                        continue
                    accounting_systems_of_origin_item = Dropdown._tx_from_json(accounting_systems_of_origin_item_data)

                    accounting_systems_of_origin.append(accounting_systems_of_origin_item)

            return accounting_systems_of_origin

        def _p_customer_company(_tx_v: Any) -> Company | Unset:
            _customer_company = _tx_v
            customer_company: Company | Unset
            if isinstance(_customer_company, Unset):
                customer_company = UNSET
            else:
                customer_company = Company._tx_from_json(_customer_company)

            return customer_company

        def _p_creator_company(_tx_v: Any) -> TripletexAccountCreator | Unset:
            _creator_company = _tx_v
            creator_company: TripletexAccountCreator | Unset
            if isinstance(_creator_company, Unset):
                creator_company = UNSET
            else:
                creator_company = TripletexAccountCreator._tx_from_json(_creator_company)

            return creator_company

        def _p_accountant_association_status(_tx_v: Any) -> TripletexAccountCreationAccountantAssociationStatus | Unset:
            _accountant_association_status = _tx_v
            accountant_association_status: TripletexAccountCreationAccountantAssociationStatus | Unset
            if isinstance(_accountant_association_status, Unset):
                accountant_association_status = UNSET
            else:
                accountant_association_status = TripletexAccountCreationAccountantAssociationStatus(
                    _accountant_association_status
                )

            return accountant_association_status

        _tx_known: frozenset[str] = frozenset(
            (
                "customerAccountNumber",
                "hasTripletexAccount",
                "isTripletexSuspended",
                "companyTypes",
                "tripletexSalesModuleTypes",
                "accountingSystemsOfOrigin",
                "customerInvoiceEmail",
                "invoiceReceiverCustomerId",
                "hasAnotherAccountantInvoiceReceiver",
                "customerCompany",
                "customerName",
                "customerOrganisationNumber",
                "creatorCompany",
                "accountantAssociationStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "customer_account_number": ("customerAccountNumber", None),
            "has_tripletex_account": ("hasTripletexAccount", None),
            "is_tripletex_suspended": ("isTripletexSuspended", None),
            "company_types": ("companyTypes", _p_company_types),
            "tripletex_sales_module_types": ("tripletexSalesModuleTypes", _p_tripletex_sales_module_types),
            "accounting_systems_of_origin": ("accountingSystemsOfOrigin", _p_accounting_systems_of_origin),
            "customer_invoice_email": ("customerInvoiceEmail", None),
            "invoice_receiver_customer_id": ("invoiceReceiverCustomerId", None),
            "has_another_accountant_invoice_receiver": ("hasAnotherAccountantInvoiceReceiver", None),
            "customer_company": ("customerCompany", _p_customer_company),
            "customer_name": ("customerName", None),
            "customer_organisation_number": ("customerOrganisationNumber", None),
            "creator_company": ("creatorCompany", _p_creator_company),
            "accountant_association_status": ("accountantAssociationStatus", _p_accountant_association_status),
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
