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
    from ..models.incoming_invoice_account import IncomingInvoiceAccount
    from ..models.incoming_invoice_company import IncomingInvoiceCompany
    from ..models.incoming_invoice_department import IncomingInvoiceDepartment
    from ..models.incoming_invoice_free_dimension import IncomingInvoiceFreeDimension
    from ..models.incoming_invoice_project import IncomingInvoiceProject
    from ..models.incoming_invoice_project_sub_contract import IncomingInvoiceProjectSubContract
    from ..models.incoming_invoice_vat_type import IncomingInvoiceVatType


T = TypeVar("T", bound="IncomingInvoiceLookupData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("vendor", dict, False),
    ("vendorsAndCustomers", list, False),
    ("accounts", list, False),
    ("vatTypes", list, False),
    ("departments", list, False),
    ("freeDimension1", list, False),
    ("freeDimension2", list, False),
    ("freeDimension3", list, False),
    ("projects", list, False),
    ("projectSubContracts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceLookupData(LazyModel):
    """The invoice lookup data.

    Attributes:
        vendor (IncomingInvoiceCompany | Unset):
        vendors_and_customers (list[IncomingInvoiceCompany] | Unset): [read-only]
        accounts (list[IncomingInvoiceAccount] | Unset): [read-only]
        vat_types (list[IncomingInvoiceVatType] | Unset): [read-only]
        departments (list[IncomingInvoiceDepartment] | Unset): [read-only]
        free_dimension_1 (list[IncomingInvoiceFreeDimension] | Unset): [read-only]
        free_dimension_2 (list[IncomingInvoiceFreeDimension] | Unset): [read-only]
        free_dimension_3 (list[IncomingInvoiceFreeDimension] | Unset): [read-only]
        projects (list[IncomingInvoiceProject] | Unset): [read-only]
        project_sub_contracts (list[IncomingInvoiceProjectSubContract] | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()

        vendors_and_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendors_and_customers, Unset):
            vendors_and_customers = []
            for vendors_and_customers_item_data in self.vendors_and_customers:
                vendors_and_customers_item = vendors_and_customers_item_data.to_dict()
                vendors_and_customers.append(vendors_and_customers_item)

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        vat_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vat_types, Unset):
            vat_types = []
            for vat_types_item_data in self.vat_types:
                vat_types_item = vat_types_item_data.to_dict()
                vat_types.append(vat_types_item)

        departments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.to_dict()
                departments.append(departments_item)

        free_dimension_1: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.free_dimension_1, Unset):
            free_dimension_1 = []
            for free_dimension_1_item_data in self.free_dimension_1:
                free_dimension_1_item = free_dimension_1_item_data.to_dict()
                free_dimension_1.append(free_dimension_1_item)

        free_dimension_2: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.free_dimension_2, Unset):
            free_dimension_2 = []
            for free_dimension_2_item_data in self.free_dimension_2:
                free_dimension_2_item = free_dimension_2_item_data.to_dict()
                free_dimension_2.append(free_dimension_2_item)

        free_dimension_3: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.free_dimension_3, Unset):
            free_dimension_3 = []
            for free_dimension_3_item_data in self.free_dimension_3:
                free_dimension_3_item = free_dimension_3_item_data.to_dict()
                free_dimension_3.append(free_dimension_3_item)

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        project_sub_contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_sub_contracts, Unset):
            project_sub_contracts = []
            for project_sub_contracts_item_data in self.project_sub_contracts:
                project_sub_contracts_item = project_sub_contracts_item_data.to_dict()
                project_sub_contracts.append(project_sub_contracts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if vendors_and_customers is not UNSET and not _in_request:
            field_dict["vendorsAndCustomers"] = vendors_and_customers
        if accounts is not UNSET and not _in_request:
            field_dict["accounts"] = accounts
        if vat_types is not UNSET and not _in_request:
            field_dict["vatTypes"] = vat_types
        if departments is not UNSET and not _in_request:
            field_dict["departments"] = departments
        if free_dimension_1 is not UNSET and not _in_request:
            field_dict["freeDimension1"] = free_dimension_1
        if free_dimension_2 is not UNSET and not _in_request:
            field_dict["freeDimension2"] = free_dimension_2
        if free_dimension_3 is not UNSET and not _in_request:
            field_dict["freeDimension3"] = free_dimension_3
        if projects is not UNSET and not _in_request:
            field_dict["projects"] = projects
        if project_sub_contracts is not UNSET and not _in_request:
            field_dict["projectSubContracts"] = project_sub_contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceLookupData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.incoming_invoice_account import IncomingInvoiceAccount  # noqa: PLC0415
        from ..models.incoming_invoice_company import IncomingInvoiceCompany  # noqa: PLC0415
        from ..models.incoming_invoice_department import IncomingInvoiceDepartment  # noqa: PLC0415
        from ..models.incoming_invoice_free_dimension import IncomingInvoiceFreeDimension  # noqa: PLC0415
        from ..models.incoming_invoice_project import IncomingInvoiceProject  # noqa: PLC0415
        from ..models.incoming_invoice_project_sub_contract import IncomingInvoiceProjectSubContract  # noqa: PLC0415
        from ..models.incoming_invoice_vat_type import IncomingInvoiceVatType  # noqa: PLC0415

        def _p_vendor(_tx_v: Any) -> IncomingInvoiceCompany | Unset:
            _vendor = _tx_v
            vendor: IncomingInvoiceCompany | Unset
            if isinstance(_vendor, Unset):
                vendor = UNSET
            else:
                vendor = IncomingInvoiceCompany._tx_from_json(_vendor)

            return vendor

        def _p_vendors_and_customers(_tx_v: Any) -> list[IncomingInvoiceCompany] | Unset:
            _vendors_and_customers = _tx_v
            vendors_and_customers: list[IncomingInvoiceCompany] | Unset = UNSET
            if _vendors_and_customers is not UNSET:
                vendors_and_customers = []
                for vendors_and_customers_item_data in _vendors_and_customers:
                    if vendors_and_customers_item_data is None:
                        continue
                    vendors_and_customers_item = IncomingInvoiceCompany._tx_from_json(vendors_and_customers_item_data)

                    vendors_and_customers.append(vendors_and_customers_item)

            return vendors_and_customers

        def _p_accounts(_tx_v: Any) -> list[IncomingInvoiceAccount] | Unset:
            _accounts = _tx_v
            accounts: list[IncomingInvoiceAccount] | Unset = UNSET
            if _accounts is not UNSET:
                accounts = []
                for accounts_item_data in _accounts:
                    if accounts_item_data is None:
                        continue
                    accounts_item = IncomingInvoiceAccount._tx_from_json(accounts_item_data)

                    accounts.append(accounts_item)

            return accounts

        def _p_vat_types(_tx_v: Any) -> list[IncomingInvoiceVatType] | Unset:
            _vat_types = _tx_v
            vat_types: list[IncomingInvoiceVatType] | Unset = UNSET
            if _vat_types is not UNSET:
                vat_types = []
                for vat_types_item_data in _vat_types:
                    if vat_types_item_data is None:
                        continue
                    vat_types_item = IncomingInvoiceVatType._tx_from_json(vat_types_item_data)

                    vat_types.append(vat_types_item)

            return vat_types

        def _p_departments(_tx_v: Any) -> list[IncomingInvoiceDepartment] | Unset:
            _departments = _tx_v
            departments: list[IncomingInvoiceDepartment] | Unset = UNSET
            if _departments is not UNSET:
                departments = []
                for departments_item_data in _departments:
                    if departments_item_data is None:
                        continue
                    departments_item = IncomingInvoiceDepartment._tx_from_json(departments_item_data)

                    departments.append(departments_item)

            return departments

        def _p_free_dimension_1(_tx_v: Any) -> list[IncomingInvoiceFreeDimension] | Unset:
            _free_dimension_1 = _tx_v
            free_dimension_1: list[IncomingInvoiceFreeDimension] | Unset = UNSET
            if _free_dimension_1 is not UNSET:
                free_dimension_1 = []
                for free_dimension_1_item_data in _free_dimension_1:
                    if free_dimension_1_item_data is None:
                        continue
                    free_dimension_1_item = IncomingInvoiceFreeDimension._tx_from_json(free_dimension_1_item_data)

                    free_dimension_1.append(free_dimension_1_item)

            return free_dimension_1

        def _p_free_dimension_2(_tx_v: Any) -> list[IncomingInvoiceFreeDimension] | Unset:
            _free_dimension_2 = _tx_v
            free_dimension_2: list[IncomingInvoiceFreeDimension] | Unset = UNSET
            if _free_dimension_2 is not UNSET:
                free_dimension_2 = []
                for free_dimension_2_item_data in _free_dimension_2:
                    if free_dimension_2_item_data is None:
                        continue
                    free_dimension_2_item = IncomingInvoiceFreeDimension._tx_from_json(free_dimension_2_item_data)

                    free_dimension_2.append(free_dimension_2_item)

            return free_dimension_2

        def _p_free_dimension_3(_tx_v: Any) -> list[IncomingInvoiceFreeDimension] | Unset:
            _free_dimension_3 = _tx_v
            free_dimension_3: list[IncomingInvoiceFreeDimension] | Unset = UNSET
            if _free_dimension_3 is not UNSET:
                free_dimension_3 = []
                for free_dimension_3_item_data in _free_dimension_3:
                    if free_dimension_3_item_data is None:
                        continue
                    free_dimension_3_item = IncomingInvoiceFreeDimension._tx_from_json(free_dimension_3_item_data)

                    free_dimension_3.append(free_dimension_3_item)

            return free_dimension_3

        def _p_projects(_tx_v: Any) -> list[IncomingInvoiceProject] | Unset:
            _projects = _tx_v
            projects: list[IncomingInvoiceProject] | Unset = UNSET
            if _projects is not UNSET:
                projects = []
                for projects_item_data in _projects:
                    if projects_item_data is None:
                        continue
                    projects_item = IncomingInvoiceProject._tx_from_json(projects_item_data)

                    projects.append(projects_item)

            return projects

        def _p_project_sub_contracts(_tx_v: Any) -> list[IncomingInvoiceProjectSubContract] | Unset:
            _project_sub_contracts = _tx_v
            project_sub_contracts: list[IncomingInvoiceProjectSubContract] | Unset = UNSET
            if _project_sub_contracts is not UNSET:
                project_sub_contracts = []
                for project_sub_contracts_item_data in _project_sub_contracts:
                    if project_sub_contracts_item_data is None:
                        continue
                    project_sub_contracts_item = IncomingInvoiceProjectSubContract._tx_from_json(
                        project_sub_contracts_item_data
                    )

                    project_sub_contracts.append(project_sub_contracts_item)

            return project_sub_contracts

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vendor": ("vendor", _p_vendor),
            "vendors_and_customers": ("vendorsAndCustomers", _p_vendors_and_customers),
            "accounts": ("accounts", _p_accounts),
            "vat_types": ("vatTypes", _p_vat_types),
            "departments": ("departments", _p_departments),
            "free_dimension_1": ("freeDimension1", _p_free_dimension_1),
            "free_dimension_2": ("freeDimension2", _p_free_dimension_2),
            "free_dimension_3": ("freeDimension3", _p_free_dimension_3),
            "projects": ("projects", _p_projects),
            "project_sub_contracts": ("projectSubContracts", _p_project_sub_contracts),
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
