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
    from ..models.incoming_invoice_account import IncomingInvoiceAccount
    from ..models.incoming_invoice_company import IncomingInvoiceCompany
    from ..models.incoming_invoice_department import IncomingInvoiceDepartment
    from ..models.incoming_invoice_free_dimension import IncomingInvoiceFreeDimension
    from ..models.incoming_invoice_project import IncomingInvoiceProject
    from ..models.incoming_invoice_project_sub_contract import IncomingInvoiceProjectSubContract
    from ..models.incoming_invoice_vat_type import IncomingInvoiceVatType


T = TypeVar("T", bound="IncomingInvoiceLookupData")


@_attrs_define
class IncomingInvoiceLookupData(Model):
    """The invoice lookup data.

    Attributes:
        vendor (IncomingInvoiceCompany | Unset):
        vendors_and_customers (list[IncomingInvoiceCompany] | Unset):
        accounts (list[IncomingInvoiceAccount] | Unset):
        vat_types (list[IncomingInvoiceVatType] | Unset):
        departments (list[IncomingInvoiceDepartment] | Unset):
        free_dimension_1 (list[IncomingInvoiceFreeDimension] | Unset):
        free_dimension_2 (list[IncomingInvoiceFreeDimension] | Unset):
        free_dimension_3 (list[IncomingInvoiceFreeDimension] | Unset):
        projects (list[IncomingInvoiceProject] | Unset):
        project_sub_contracts (list[IncomingInvoiceProjectSubContract] | Unset):
    """

    vendor: IncomingInvoiceCompany | Unset = UNSET
    vendors_and_customers: list[IncomingInvoiceCompany] | Unset = UNSET
    accounts: list[IncomingInvoiceAccount] | Unset = UNSET
    vat_types: list[IncomingInvoiceVatType] | Unset = UNSET
    departments: list[IncomingInvoiceDepartment] | Unset = UNSET
    free_dimension_1: list[IncomingInvoiceFreeDimension] | Unset = UNSET
    free_dimension_2: list[IncomingInvoiceFreeDimension] | Unset = UNSET
    free_dimension_3: list[IncomingInvoiceFreeDimension] | Unset = UNSET
    projects: list[IncomingInvoiceProject] | Unset = UNSET
    project_sub_contracts: list[IncomingInvoiceProjectSubContract] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vendor
        if _v is not UNSET:
            field_dict["vendor"] = _v.to_dict()
        _v = self.vendors_and_customers
        if _v is not UNSET and not _in_request:
            field_dict["vendorsAndCustomers"] = [_e.to_dict() for _e in _v]
        _v = self.accounts
        if _v is not UNSET and not _in_request:
            field_dict["accounts"] = [_e.to_dict() for _e in _v]
        _v = self.vat_types
        if _v is not UNSET and not _in_request:
            field_dict["vatTypes"] = [_e.to_dict() for _e in _v]
        _v = self.departments
        if _v is not UNSET and not _in_request:
            field_dict["departments"] = [_e.to_dict() for _e in _v]
        _v = self.free_dimension_1
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1"] = [_e.to_dict() for _e in _v]
        _v = self.free_dimension_2
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2"] = [_e.to_dict() for _e in _v]
        _v = self.free_dimension_3
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3"] = [_e.to_dict() for _e in _v]
        _v = self.projects
        if _v is not UNSET and not _in_request:
            field_dict["projects"] = [_e.to_dict() for _e in _v]
        _v = self.project_sub_contracts
        if _v is not UNSET and not _in_request:
            field_dict["projectSubContracts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceLookupData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceLookupData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_account import IncomingInvoiceAccount  # noqa: PLC0415
        from ..models.incoming_invoice_company import IncomingInvoiceCompany  # noqa: PLC0415
        from ..models.incoming_invoice_department import IncomingInvoiceDepartment  # noqa: PLC0415
        from ..models.incoming_invoice_free_dimension import IncomingInvoiceFreeDimension  # noqa: PLC0415
        from ..models.incoming_invoice_project import IncomingInvoiceProject  # noqa: PLC0415
        from ..models.incoming_invoice_project_sub_contract import IncomingInvoiceProjectSubContract  # noqa: PLC0415
        from ..models.incoming_invoice_vat_type import IncomingInvoiceVatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "vendor",
                "vendorsAndCustomers",
                "accounts",
                "vatTypes",
                "departments",
                "freeDimension1",
                "freeDimension2",
                "freeDimension3",
                "projects",
                "projectSubContracts",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {}
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.vendor = o.vendors_and_customers = o.accounts = o.vat_types = o.departments = (
                        o.free_dimension_1
                    ) = o.free_dimension_2 = o.free_dimension_3 = o.projects = o.project_sub_contracts = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "vendor"
                v = g("vendor")
                if v is None:
                    o.vendor = u
                    if "vendor" not in d:
                        m += 1
                else:
                    o.vendor = IncomingInvoiceCompany._tx_parse(v)
                k = "vendorsAndCustomers"
                v = g("vendorsAndCustomers")
                if v is None:
                    o.vendors_and_customers = u
                    if "vendorsAndCustomers" not in d:
                        m += 1
                else:
                    o.vendors_and_customers = (
                        ([IncomingInvoiceCompany._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "accounts"
                v = g("accounts")
                if v is None:
                    o.accounts = u
                    if "accounts" not in d:
                        m += 1
                else:
                    o.accounts = (
                        ([IncomingInvoiceAccount._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "vatTypes"
                v = g("vatTypes")
                if v is None:
                    o.vat_types = u
                    if "vatTypes" not in d:
                        m += 1
                else:
                    o.vat_types = (
                        ([IncomingInvoiceVatType._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "departments"
                v = g("departments")
                if v is None:
                    o.departments = u
                    if "departments" not in d:
                        m += 1
                else:
                    o.departments = (
                        ([IncomingInvoiceDepartment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "freeDimension1"
                v = g("freeDimension1")
                if v is None:
                    o.free_dimension_1 = u
                    if "freeDimension1" not in d:
                        m += 1
                else:
                    o.free_dimension_1 = (
                        ([IncomingInvoiceFreeDimension._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "freeDimension2"
                v = g("freeDimension2")
                if v is None:
                    o.free_dimension_2 = u
                    if "freeDimension2" not in d:
                        m += 1
                else:
                    o.free_dimension_2 = (
                        ([IncomingInvoiceFreeDimension._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "freeDimension3"
                v = g("freeDimension3")
                if v is None:
                    o.free_dimension_3 = u
                    if "freeDimension3" not in d:
                        m += 1
                else:
                    o.free_dimension_3 = (
                        ([IncomingInvoiceFreeDimension._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "projects"
                v = g("projects")
                if v is None:
                    o.projects = u
                    if "projects" not in d:
                        m += 1
                else:
                    o.projects = (
                        ([IncomingInvoiceProject._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "projectSubContracts"
                v = g("projectSubContracts")
                if v is None:
                    o.project_sub_contracts = u
                    if "projectSubContracts" not in d:
                        m += 1
                else:
                    o.project_sub_contracts = (
                        ([IncomingInvoiceProjectSubContract._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vendor", "vendor"),
            ("vendors_and_customers", "vendorsAndCustomers"),
            ("accounts", "accounts"),
            ("vat_types", "vatTypes"),
            ("departments", "departments"),
            ("free_dimension_1", "freeDimension1"),
            ("free_dimension_2", "freeDimension2"),
            ("free_dimension_3", "freeDimension3"),
            ("projects", "projects"),
            ("project_sub_contracts", "projectSubContracts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vendor
            o.vendor = u if v is None or v is u else IncomingInvoiceCompany._tx_parse(v)
            v = s.vendors_and_customers
            o.vendors_and_customers = (
                u
                if v is None or v is u
                else ([IncomingInvoiceCompany._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accounts
            o.accounts = (
                u
                if v is None or v is u
                else ([IncomingInvoiceAccount._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.vat_types
            o.vat_types = (
                u
                if v is None or v is u
                else ([IncomingInvoiceVatType._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.departments
            o.departments = (
                u
                if v is None or v is u
                else ([IncomingInvoiceDepartment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.free_dimension_1
            o.free_dimension_1 = (
                u
                if v is None or v is u
                else ([IncomingInvoiceFreeDimension._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.free_dimension_2
            o.free_dimension_2 = (
                u
                if v is None or v is u
                else ([IncomingInvoiceFreeDimension._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.free_dimension_3
            o.free_dimension_3 = (
                u
                if v is None or v is u
                else ([IncomingInvoiceFreeDimension._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.projects
            o.projects = (
                u
                if v is None or v is u
                else ([IncomingInvoiceProject._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.project_sub_contracts
            o.project_sub_contracts = (
                u
                if v is None or v is u
                else ([IncomingInvoiceProjectSubContract._tx_parse(e) for e in v if e is not None] if v else [])
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
