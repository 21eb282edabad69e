from __future__ import annotations

from collections.abc import Mapping as _Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ADDITIONAL_PROPERTIES,
    File,
    LazyModel,
    ParserTable,
    Shape,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="SaftImportSaftImportSaftBody")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("saftFile", None, True),
    ("mappingFile", None, True),
    ("importCustomerVendors", None, True),
    ("createMissingAccounts", None, True),
    ("importStartBalanceFromOpening", None, True),
    ("importStartBalanceFromClosing", None, True),
    ("importVouchers", None, True),
    ("importDepartments", None, True),
    ("importProjects", None, True),
    ("tripletexGeneratesCustomerNumbers", None, True),
    ("createCustomerIB", None, True),
    ("updateAccountNames", None, True),
    ("createVendorIB", None, True),
    ("overrideVoucherDateOnDiscrepancy", None, True),
    ("overwriteCustomersContacts", None, True),
    ("onlyActiveCustomers", None, True),
    ("onlyActiveAccounts", None, True),
    ("updateStartBalance", None, True),
)


@_attrs_define(on_setattr=mark_assigned)
class SaftImportSaftImportSaftBody(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        saft_file = self.saft_file.to_tuple()

        mapping_file = self.mapping_file.to_tuple()

        import_customer_vendors = self.import_customer_vendors

        create_missing_accounts = self.create_missing_accounts

        import_start_balance_from_opening = self.import_start_balance_from_opening

        import_start_balance_from_closing = self.import_start_balance_from_closing

        import_vouchers = self.import_vouchers

        import_departments = self.import_departments

        import_projects = self.import_projects

        tripletex_generates_customer_numbers = self.tripletex_generates_customer_numbers

        create_customer_ib = self.create_customer_ib

        update_account_names = self.update_account_names

        create_vendor_ib = self.create_vendor_ib

        override_voucher_date_on_discrepancy = self.override_voucher_date_on_discrepancy

        overwrite_customers_contacts = self.overwrite_customers_contacts

        only_active_customers = self.only_active_customers

        only_active_accounts = self.only_active_accounts

        update_start_balance = self.update_start_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saftFile": saft_file,
                "mappingFile": mapping_file,
                "importCustomerVendors": import_customer_vendors,
                "createMissingAccounts": create_missing_accounts,
                "importStartBalanceFromOpening": import_start_balance_from_opening,
                "importStartBalanceFromClosing": import_start_balance_from_closing,
                "importVouchers": import_vouchers,
                "importDepartments": import_departments,
                "importProjects": import_projects,
                "tripletexGeneratesCustomerNumbers": tripletex_generates_customer_numbers,
                "createCustomerIB": create_customer_ib,
                "updateAccountNames": update_account_names,
                "createVendorIB": create_vendor_ib,
                "overrideVoucherDateOnDiscrepancy": override_voucher_date_on_discrepancy,
                "overwriteCustomersContacts": overwrite_customers_contacts,
                "onlyActiveCustomers": only_active_customers,
                "onlyActiveAccounts": only_active_accounts,
                "updateStartBalance": update_start_balance,
            }
        )

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
        """A SaftImportSaftImportSaftBody from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_saft_file(_tx_v: Any) -> File:
            saft_file = File(payload=BytesIO(_tx_v))

            return saft_file

        def _p_mapping_file(_tx_v: Any) -> File:
            mapping_file = File(payload=BytesIO(_tx_v))

            return mapping_file

        def _p_import_customer_vendors(_tx_v: Any) -> bool:
            return _tx_v

        def _p_create_missing_accounts(_tx_v: Any) -> bool:
            return _tx_v

        def _p_import_start_balance_from_opening(_tx_v: Any) -> bool:
            return _tx_v

        def _p_import_start_balance_from_closing(_tx_v: Any) -> bool:
            return _tx_v

        def _p_import_vouchers(_tx_v: Any) -> bool:
            return _tx_v

        def _p_import_departments(_tx_v: Any) -> bool:
            return _tx_v

        def _p_import_projects(_tx_v: Any) -> bool:
            return _tx_v

        def _p_tripletex_generates_customer_numbers(_tx_v: Any) -> bool:
            return _tx_v

        def _p_create_customer_ib(_tx_v: Any) -> bool:
            return _tx_v

        def _p_update_account_names(_tx_v: Any) -> bool:
            return _tx_v

        def _p_create_vendor_ib(_tx_v: Any) -> bool:
            return _tx_v

        def _p_override_voucher_date_on_discrepancy(_tx_v: Any) -> bool:
            return _tx_v

        def _p_overwrite_customers_contacts(_tx_v: Any) -> bool:
            return _tx_v

        def _p_only_active_customers(_tx_v: Any) -> bool:
            return _tx_v

        def _p_only_active_accounts(_tx_v: Any) -> bool:
            return _tx_v

        def _p_update_start_balance(_tx_v: Any) -> bool:
            return _tx_v

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "saft_file": ("saftFile", _p_saft_file),
            "mapping_file": ("mappingFile", _p_mapping_file),
            "import_customer_vendors": ("importCustomerVendors", _p_import_customer_vendors),
            "create_missing_accounts": ("createMissingAccounts", _p_create_missing_accounts),
            "import_start_balance_from_opening": (
                "importStartBalanceFromOpening",
                _p_import_start_balance_from_opening,
            ),
            "import_start_balance_from_closing": (
                "importStartBalanceFromClosing",
                _p_import_start_balance_from_closing,
            ),
            "import_vouchers": ("importVouchers", _p_import_vouchers),
            "import_departments": ("importDepartments", _p_import_departments),
            "import_projects": ("importProjects", _p_import_projects),
            "tripletex_generates_customer_numbers": (
                "tripletexGeneratesCustomerNumbers",
                _p_tripletex_generates_customer_numbers,
            ),
            "create_customer_ib": ("createCustomerIB", _p_create_customer_ib),
            "update_account_names": ("updateAccountNames", _p_update_account_names),
            "create_vendor_ib": ("createVendorIB", _p_create_vendor_ib),
            "override_voucher_date_on_discrepancy": (
                "overrideVoucherDateOnDiscrepancy",
                _p_override_voucher_date_on_discrepancy,
            ),
            "overwrite_customers_contacts": ("overwriteCustomersContacts", _p_overwrite_customers_contacts),
            "only_active_customers": ("onlyActiveCustomers", _p_only_active_customers),
            "only_active_accounts": ("onlyActiveAccounts", _p_only_active_accounts),
            "update_start_balance": ("updateStartBalance", _p_update_start_balance),
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
