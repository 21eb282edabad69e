from __future__ import annotations

from collections.abc import Mapping as _Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    Model,
    ModelParsers,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="SaftImportSaftImportSaftBody")


@_attrs_define
class SaftImportSaftImportSaftBody(Model):
    """
    Attributes:
        saft_file (File): The SAF-T file (XML)
        mapping_file (File): Mapping of chart of accounts (Excel). See
            https://tripletex.no/resources/examples/saft_account_mapping.xls
        import_customer_vendors (bool): Create customers and suppliers
        create_missing_accounts (bool): Create new accounts
        import_start_balance_from_opening (bool): Create an opening balance from the import file's starting balance.
        import_start_balance_from_closing (bool): Create an opening balance from the import file's outgoing balance.
        import_vouchers (bool): Create vouchers
        import_departments (bool): Create departments
        import_projects (bool): Create projects
        tripletex_generates_customer_numbers (bool): Let Tripletex create customer and supplier numbers and ignore the
            numbers in the import file.
        create_customer_ib (bool): Create an opening balance on accounts receivable from customers
        update_account_names (bool): Overwrite existing names on accounts
        create_vendor_ib (bool): Create an opening balance on accounts payable
        override_voucher_date_on_discrepancy (bool): Overwrite transaction date on period discrepancies.
        overwrite_customers_contacts (bool): Overwrite existing customers/contacts
        only_active_customers (bool): Only active customers
        only_active_accounts (bool): Only active accounts
        update_start_balance (bool): Update the opening balance of main ledger accounts from the import file by import
            before the opening balance.
    """

    saft_file: File
    mapping_file: File
    import_customer_vendors: bool
    create_missing_accounts: bool
    import_start_balance_from_opening: bool
    import_start_balance_from_closing: bool
    import_vouchers: bool
    import_departments: bool
    import_projects: bool
    tripletex_generates_customer_numbers: bool
    create_customer_ib: bool
    update_account_names: bool
    create_vendor_ib: bool
    override_voucher_date_on_discrepancy: bool
    overwrite_customers_contacts: bool
    only_active_customers: bool
    only_active_accounts: bool
    update_start_balance: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        saft_file = self.saft_file.to_tuple()

        field_dict["saftFile"] = saft_file
        mapping_file = self.mapping_file.to_tuple()

        field_dict["mappingFile"] = mapping_file
        _v = self.import_customer_vendors
        field_dict["importCustomerVendors"] = _v
        _v = self.create_missing_accounts
        field_dict["createMissingAccounts"] = _v
        _v = self.import_start_balance_from_opening
        field_dict["importStartBalanceFromOpening"] = _v
        _v = self.import_start_balance_from_closing
        field_dict["importStartBalanceFromClosing"] = _v
        _v = self.import_vouchers
        field_dict["importVouchers"] = _v
        _v = self.import_departments
        field_dict["importDepartments"] = _v
        _v = self.import_projects
        field_dict["importProjects"] = _v
        _v = self.tripletex_generates_customer_numbers
        field_dict["tripletexGeneratesCustomerNumbers"] = _v
        _v = self.create_customer_ib
        field_dict["createCustomerIB"] = _v
        _v = self.update_account_names
        field_dict["updateAccountNames"] = _v
        _v = self.create_vendor_ib
        field_dict["createVendorIB"] = _v
        _v = self.override_voucher_date_on_discrepancy
        field_dict["overrideVoucherDateOnDiscrepancy"] = _v
        _v = self.overwrite_customers_contacts
        field_dict["overwriteCustomersContacts"] = _v
        _v = self.only_active_customers
        field_dict["onlyActiveCustomers"] = _v
        _v = self.only_active_accounts
        field_dict["onlyActiveAccounts"] = _v
        _v = self.update_start_balance
        field_dict["updateStartBalance"] = _v
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("saftFile", self.saft_file.to_tuple()))

        files.append(("mappingFile", self.mapping_file.to_tuple()))

        files.append(("importCustomerVendors", (None, str(self.import_customer_vendors).encode(), "text/plain")))

        files.append(("createMissingAccounts", (None, str(self.create_missing_accounts).encode(), "text/plain")))

        files.append(
            (
                "importStartBalanceFromOpening",
                (None, str(self.import_start_balance_from_opening).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "importStartBalanceFromClosing",
                (None, str(self.import_start_balance_from_closing).encode(), "text/plain"),
            )
        )

        files.append(("importVouchers", (None, str(self.import_vouchers).encode(), "text/plain")))

        files.append(("importDepartments", (None, str(self.import_departments).encode(), "text/plain")))

        files.append(("importProjects", (None, str(self.import_projects).encode(), "text/plain")))

        files.append(
            (
                "tripletexGeneratesCustomerNumbers",
                (None, str(self.tripletex_generates_customer_numbers).encode(), "text/plain"),
            )
        )

        files.append(("createCustomerIB", (None, str(self.create_customer_ib).encode(), "text/plain")))

        files.append(("updateAccountNames", (None, str(self.update_account_names).encode(), "text/plain")))

        files.append(("createVendorIB", (None, str(self.create_vendor_ib).encode(), "text/plain")))

        files.append(
            (
                "overrideVoucherDateOnDiscrepancy",
                (None, str(self.override_voucher_date_on_discrepancy).encode(), "text/plain"),
            )
        )

        files.append(
            ("overwriteCustomersContacts", (None, str(self.overwrite_customers_contacts).encode(), "text/plain"))
        )

        files.append(("onlyActiveCustomers", (None, str(self.only_active_customers).encode(), "text/plain")))

        files.append(("onlyActiveAccounts", (None, str(self.only_active_accounts).encode(), "text/plain")))

        files.append(("updateStartBalance", (None, str(self.update_start_balance).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SaftImportSaftImportSaftBody from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SaftImportSaftImportSaftBody.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__

        def _c_saft_file(_tx_v: Any) -> Any:
            saft_file = File(payload=BytesIO(_tx_v))

            return saft_file

        def _c_mapping_file(_tx_v: Any) -> Any:
            mapping_file = File(payload=BytesIO(_tx_v))

            return mapping_file

        _known: frozenset[str] = frozenset(
            (
                "saftFile",
                "mappingFile",
                "importCustomerVendors",
                "createMissingAccounts",
                "importStartBalanceFromOpening",
                "importStartBalanceFromClosing",
                "importVouchers",
                "importDepartments",
                "importProjects",
                "tripletexGeneratesCustomerNumbers",
                "createCustomerIB",
                "updateAccountNames",
                "createVendorIB",
                "overrideVoucherDateOnDiscrepancy",
                "overwriteCustomersContacts",
                "onlyActiveCustomers",
                "onlyActiveAccounts",
                "updateStartBalance",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "saftFile"
                v = g("saftFile")
                if v is None:
                    o.saft_file = None
                else:
                    o.saft_file = _c_saft_file(v)
                k = "mappingFile"
                v = g("mappingFile")
                if v is None:
                    o.mapping_file = None
                else:
                    o.mapping_file = _c_mapping_file(v)
                k = "importCustomerVendors"
                v = g("importCustomerVendors")
                if v is None:
                    o.import_customer_vendors = None
                else:
                    o.import_customer_vendors = v
                k = "createMissingAccounts"
                v = g("createMissingAccounts")
                if v is None:
                    o.create_missing_accounts = None
                else:
                    o.create_missing_accounts = v
                k = "importStartBalanceFromOpening"
                v = g("importStartBalanceFromOpening")
                if v is None:
                    o.import_start_balance_from_opening = None
                else:
                    o.import_start_balance_from_opening = v
                k = "importStartBalanceFromClosing"
                v = g("importStartBalanceFromClosing")
                if v is None:
                    o.import_start_balance_from_closing = None
                else:
                    o.import_start_balance_from_closing = v
                k = "importVouchers"
                v = g("importVouchers")
                if v is None:
                    o.import_vouchers = None
                else:
                    o.import_vouchers = v
                k = "importDepartments"
                v = g("importDepartments")
                if v is None:
                    o.import_departments = None
                else:
                    o.import_departments = v
                k = "importProjects"
                v = g("importProjects")
                if v is None:
                    o.import_projects = None
                else:
                    o.import_projects = v
                k = "tripletexGeneratesCustomerNumbers"
                v = g("tripletexGeneratesCustomerNumbers")
                if v is None:
                    o.tripletex_generates_customer_numbers = None
                else:
                    o.tripletex_generates_customer_numbers = v
                k = "createCustomerIB"
                v = g("createCustomerIB")
                if v is None:
                    o.create_customer_ib = None
                else:
                    o.create_customer_ib = v
                k = "updateAccountNames"
                v = g("updateAccountNames")
                if v is None:
                    o.update_account_names = None
                else:
                    o.update_account_names = v
                k = "createVendorIB"
                v = g("createVendorIB")
                if v is None:
                    o.create_vendor_ib = None
                else:
                    o.create_vendor_ib = v
                k = "overrideVoucherDateOnDiscrepancy"
                v = g("overrideVoucherDateOnDiscrepancy")
                if v is None:
                    o.override_voucher_date_on_discrepancy = None
                else:
                    o.override_voucher_date_on_discrepancy = v
                k = "overwriteCustomersContacts"
                v = g("overwriteCustomersContacts")
                if v is None:
                    o.overwrite_customers_contacts = None
                else:
                    o.overwrite_customers_contacts = v
                k = "onlyActiveCustomers"
                v = g("onlyActiveCustomers")
                if v is None:
                    o.only_active_customers = None
                else:
                    o.only_active_customers = v
                k = "onlyActiveAccounts"
                v = g("onlyActiveAccounts")
                if v is None:
                    o.only_active_accounts = None
                else:
                    o.only_active_accounts = v
                k = "updateStartBalance"
                v = g("updateStartBalance")
                if v is None:
                    o.update_start_balance = None
                else:
                    o.update_start_balance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        return ModelParsers(parse, None)

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
