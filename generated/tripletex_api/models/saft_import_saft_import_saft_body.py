from __future__ import annotations

from collections.abc import Mapping as _Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, serializing_request_body

T = TypeVar("T", bound="SaftImportSaftImportSaftBody")


@_attrs_define
class SaftImportSaftImportSaftBody:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        saft_file = File(payload=BytesIO(d.pop("saftFile")))

        mapping_file = File(payload=BytesIO(d.pop("mappingFile")))

        import_customer_vendors = d.pop("importCustomerVendors")

        create_missing_accounts = d.pop("createMissingAccounts")

        import_start_balance_from_opening = d.pop("importStartBalanceFromOpening")

        import_start_balance_from_closing = d.pop("importStartBalanceFromClosing")

        import_vouchers = d.pop("importVouchers")

        import_departments = d.pop("importDepartments")

        import_projects = d.pop("importProjects")

        tripletex_generates_customer_numbers = d.pop("tripletexGeneratesCustomerNumbers")

        create_customer_ib = d.pop("createCustomerIB")

        update_account_names = d.pop("updateAccountNames")

        create_vendor_ib = d.pop("createVendorIB")

        override_voucher_date_on_discrepancy = d.pop("overrideVoucherDateOnDiscrepancy")

        overwrite_customers_contacts = d.pop("overwriteCustomersContacts")

        only_active_customers = d.pop("onlyActiveCustomers")

        only_active_accounts = d.pop("onlyActiveAccounts")

        update_start_balance = d.pop("updateStartBalance")

        _obj = cls(
            saft_file=saft_file,
            mapping_file=mapping_file,
            import_customer_vendors=import_customer_vendors,
            create_missing_accounts=create_missing_accounts,
            import_start_balance_from_opening=import_start_balance_from_opening,
            import_start_balance_from_closing=import_start_balance_from_closing,
            import_vouchers=import_vouchers,
            import_departments=import_departments,
            import_projects=import_projects,
            tripletex_generates_customer_numbers=tripletex_generates_customer_numbers,
            create_customer_ib=create_customer_ib,
            update_account_names=update_account_names,
            create_vendor_ib=create_vendor_ib,
            override_voucher_date_on_discrepancy=override_voucher_date_on_discrepancy,
            overwrite_customers_contacts=overwrite_customers_contacts,
            only_active_customers=only_active_customers,
            only_active_accounts=only_active_accounts,
            update_start_balance=update_start_balance,
        )

        _obj.additional_properties = d
        return _obj

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
