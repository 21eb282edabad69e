from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_creation_accountant_association_status import (
    TripletexAccountCreationAccountantAssociationStatus,
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

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.dropdown import Dropdown
    from ..models.tripletex_account_creator import TripletexAccountCreator


T = TypeVar("T", bound="TripletexAccountCreation")


@_attrs_define
class TripletexAccountCreation(Model):
    """
    Attributes:
        customer_account_number (int | Unset): Customer account number.
        has_tripletex_account (bool | Unset): Flag for checking if the client has a Tripletex account. Used by the
            accountant or auditor to determine if they need to create a new Tripletex account for the client.
        is_tripletex_suspended (bool | Unset): Flag for checking if Tripletex is currently suspended.
        company_types (list[Dropdown] | Unset): List containing the company types.
        tripletex_sales_module_types (list[Dropdown] | Unset): List containing the Tripletex sales modules types.
        accounting_systems_of_origin (list[Dropdown] | Unset): List containing the accounting systems of origins
            (customerCategoryId1).
        customer_invoice_email (str | Unset): Email address for the customer invoicing.
        invoice_receiver_customer_id (int | Unset): Invoice receiver id.
        has_another_accountant_invoice_receiver (bool | Unset): True if the client currently has an accountant that is
            set as invoice receiver.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.customer_account_number
        if _v is not UNSET and not _in_request:
            field_dict["customerAccountNumber"] = _v
        _v = self.has_tripletex_account
        if _v is not UNSET:
            field_dict["hasTripletexAccount"] = _v
        _v = self.is_tripletex_suspended
        if _v is not UNSET:
            field_dict["isTripletexSuspended"] = _v
        _v = self.company_types
        if _v is not UNSET:
            field_dict["companyTypes"] = [_e.to_dict() for _e in _v]
        _v = self.tripletex_sales_module_types
        if _v is not UNSET:
            field_dict["tripletexSalesModuleTypes"] = [_e.to_dict() for _e in _v]
        _v = self.accounting_systems_of_origin
        if _v is not UNSET:
            field_dict["accountingSystemsOfOrigin"] = [_e.to_dict() for _e in _v]
        _v = self.customer_invoice_email
        if _v is not UNSET:
            field_dict["customerInvoiceEmail"] = _v
        _v = self.invoice_receiver_customer_id
        if _v is not UNSET and not _in_request:
            field_dict["invoiceReceiverCustomerId"] = _v
        _v = self.has_another_accountant_invoice_receiver
        if _v is not UNSET and not _in_request:
            field_dict["hasAnotherAccountantInvoiceReceiver"] = _v
        _v = self.customer_company
        if _v is not UNSET:
            field_dict["customerCompany"] = _v.to_dict()
        _v = self.customer_name
        if _v is not UNSET:
            field_dict["customerName"] = _v
        _v = self.customer_organisation_number
        if _v is not UNSET:
            field_dict["customerOrganisationNumber"] = _v
        _v = self.creator_company
        if _v is not UNSET:
            field_dict["creatorCompany"] = _v.to_dict()
        _v = self.accountant_association_status
        if _v is not UNSET:
            field_dict["accountantAssociationStatus"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountCreation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexAccountCreation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.dropdown import Dropdown  # noqa: PLC0415
        from ..models.tripletex_account_creator import TripletexAccountCreator  # noqa: PLC0415

        _new = object.__new__
        _e_accountant_association_status: dict[Any, Any] = enum_members(
            TripletexAccountCreationAccountantAssociationStatus
        )
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "customerAccountNumber": "customer_account_number",
            "hasTripletexAccount": "has_tripletex_account",
            "isTripletexSuspended": "is_tripletex_suspended",
            "customerInvoiceEmail": "customer_invoice_email",
            "invoiceReceiverCustomerId": "invoice_receiver_customer_id",
            "hasAnotherAccountantInvoiceReceiver": "has_another_accountant_invoice_receiver",
            "customerName": "customer_name",
            "customerOrganisationNumber": "customer_organisation_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.customer_account_number = o.has_tripletex_account = o.is_tripletex_suspended = o.company_types = (
                        o.tripletex_sales_module_types
                    ) = o.accounting_systems_of_origin = o.customer_invoice_email = o.invoice_receiver_customer_id = (
                        o.has_another_accountant_invoice_receiver
                    ) = o.customer_company = o.customer_name = o.customer_organisation_number = o.creator_company = (
                        o.accountant_association_status
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("customerAccountNumber")
                if v is None:
                    o.customer_account_number = u
                    if "customerAccountNumber" not in d:
                        m += 1
                else:
                    o.customer_account_number = v
                v = g("hasTripletexAccount")
                if v is None:
                    o.has_tripletex_account = u
                    if "hasTripletexAccount" not in d:
                        m += 1
                else:
                    o.has_tripletex_account = v
                v = g("isTripletexSuspended")
                if v is None:
                    o.is_tripletex_suspended = u
                    if "isTripletexSuspended" not in d:
                        m += 1
                else:
                    o.is_tripletex_suspended = v
                k = "companyTypes"
                v = g("companyTypes")
                if v is None:
                    o.company_types = u
                    if "companyTypes" not in d:
                        m += 1
                else:
                    o.company_types = (
                        ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "tripletexSalesModuleTypes"
                v = g("tripletexSalesModuleTypes")
                if v is None:
                    o.tripletex_sales_module_types = u
                    if "tripletexSalesModuleTypes" not in d:
                        m += 1
                else:
                    o.tripletex_sales_module_types = (
                        ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "accountingSystemsOfOrigin"
                v = g("accountingSystemsOfOrigin")
                if v is None:
                    o.accounting_systems_of_origin = u
                    if "accountingSystemsOfOrigin" not in d:
                        m += 1
                else:
                    o.accounting_systems_of_origin = (
                        ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("customerInvoiceEmail")
                if v is None:
                    o.customer_invoice_email = u
                    if "customerInvoiceEmail" not in d:
                        m += 1
                else:
                    o.customer_invoice_email = v
                v = g("invoiceReceiverCustomerId")
                if v is None:
                    o.invoice_receiver_customer_id = u
                    if "invoiceReceiverCustomerId" not in d:
                        m += 1
                else:
                    o.invoice_receiver_customer_id = v
                v = g("hasAnotherAccountantInvoiceReceiver")
                if v is None:
                    o.has_another_accountant_invoice_receiver = u
                    if "hasAnotherAccountantInvoiceReceiver" not in d:
                        m += 1
                else:
                    o.has_another_accountant_invoice_receiver = v
                k = "customerCompany"
                v = g("customerCompany")
                if v is None:
                    o.customer_company = u
                    if "customerCompany" not in d:
                        m += 1
                else:
                    o.customer_company = Company._tx_parse(v)
                v = g("customerName")
                if v is None:
                    o.customer_name = u
                    if "customerName" not in d:
                        m += 1
                else:
                    o.customer_name = v
                v = g("customerOrganisationNumber")
                if v is None:
                    o.customer_organisation_number = u
                    if "customerOrganisationNumber" not in d:
                        m += 1
                else:
                    o.customer_organisation_number = v
                k = "creatorCompany"
                v = g("creatorCompany")
                if v is None:
                    o.creator_company = u
                    if "creatorCompany" not in d:
                        m += 1
                else:
                    o.creator_company = TripletexAccountCreator._tx_parse(v)
                k = "accountantAssociationStatus"
                v = g("accountantAssociationStatus")
                if v is None:
                    o.accountant_association_status = u
                    if "accountantAssociationStatus" not in d:
                        m += 1
                else:
                    o.accountant_association_status = (
                        e_
                        if (e_ := _e_accountant_association_status.get(v)) is not None
                        else enum_value(TripletexAccountCreationAccountantAssociationStatus, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("customer_account_number", "customerAccountNumber"),
            ("has_tripletex_account", "hasTripletexAccount"),
            ("is_tripletex_suspended", "isTripletexSuspended"),
            ("company_types", "companyTypes"),
            ("tripletex_sales_module_types", "tripletexSalesModuleTypes"),
            ("accounting_systems_of_origin", "accountingSystemsOfOrigin"),
            ("customer_invoice_email", "customerInvoiceEmail"),
            ("invoice_receiver_customer_id", "invoiceReceiverCustomerId"),
            ("has_another_accountant_invoice_receiver", "hasAnotherAccountantInvoiceReceiver"),
            ("customer_company", "customerCompany"),
            ("customer_name", "customerName"),
            ("customer_organisation_number", "customerOrganisationNumber"),
            ("creator_company", "creatorCompany"),
            ("accountant_association_status", "accountantAssociationStatus"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.customer_account_number
            o.customer_account_number = u if v is None else v
            v = s.has_tripletex_account
            o.has_tripletex_account = u if v is None else v
            v = s.is_tripletex_suspended
            o.is_tripletex_suspended = u if v is None else v
            v = s.company_types
            o.company_types = (
                u
                if v is None or v is u
                else ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.tripletex_sales_module_types
            o.tripletex_sales_module_types = (
                u
                if v is None or v is u
                else ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accounting_systems_of_origin
            o.accounting_systems_of_origin = (
                u
                if v is None or v is u
                else ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.customer_invoice_email
            o.customer_invoice_email = u if v is None else v
            v = s.invoice_receiver_customer_id
            o.invoice_receiver_customer_id = u if v is None else v
            v = s.has_another_accountant_invoice_receiver
            o.has_another_accountant_invoice_receiver = u if v is None else v
            v = s.customer_company
            o.customer_company = u if v is None or v is u else Company._tx_parse(v)
            v = s.customer_name
            o.customer_name = u if v is None else v
            v = s.customer_organisation_number
            o.customer_organisation_number = u if v is None else v
            v = s.creator_company
            o.creator_company = u if v is None or v is u else TripletexAccountCreator._tx_parse(v)
            v = s.accountant_association_status
            o.accountant_association_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_accountant_association_status.get(v)) is not None
                else enum_value(TripletexAccountCreationAccountantAssociationStatus, v)
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
