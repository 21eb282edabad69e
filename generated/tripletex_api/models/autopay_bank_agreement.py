from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.bank import Bank
    from ..models.bank_statement_balance import BankStatementBalance
    from ..models.change import Change
    from ..models.country import Country
    from ..models.currency import Currency
    from ..models.employee import Employee


T = TypeVar("T", bound="AutopayBankAgreement")


@_attrs_define
class AutopayBankAgreement:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        iban (str | Unset): The IBAN property.
        bban (str | Unset): The BBAN property.
        description (str | Unset): [read-only] The description property.
        display_name (str | Unset): [read-only] display name needed for LoadableDropdown component
        account (Account | Unset):
        uploader_employee (Employee | Unset):
        date_created (str | Unset):
        bank (Bank | Unset):
        country (Country | Unset):
        currency (Currency | Unset):
        is_active (bool | Unset): [read-only]
        balance (BankStatementBalance | Unset):
        account_in_bank_id (str | Unset):
        division (str | Unset):
        ccm_agreement_id (str | Unset):
        organisation_number (str | Unset):
        approve_in_online_banking (bool | Unset):
        is_used (bool | Unset):
        active (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    iban: str | Unset = UNSET
    bban: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    account: Account | Unset = UNSET
    uploader_employee: Employee | Unset = UNSET
    date_created: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    country: Country | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_active: bool | Unset = UNSET
    balance: BankStatementBalance | Unset = UNSET
    account_in_bank_id: str | Unset = UNSET
    division: str | Unset = UNSET
    ccm_agreement_id: str | Unset = UNSET
    organisation_number: str | Unset = UNSET
    approve_in_online_banking: bool | Unset = UNSET
    is_used: bool | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        iban = self.iban

        bban = self.bban

        description = self.description

        display_name = self.display_name

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        uploader_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uploader_employee, Unset):
            uploader_employee = self.uploader_employee.to_dict()

        date_created = self.date_created

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        is_active = self.is_active

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        account_in_bank_id = self.account_in_bank_id

        division = self.division

        ccm_agreement_id = self.ccm_agreement_id

        organisation_number = self.organisation_number

        approve_in_online_banking = self.approve_in_online_banking

        is_used = self.is_used

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bban is not UNSET:
            field_dict["bban"] = bban
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if account is not UNSET:
            field_dict["account"] = account
        if uploader_employee is not UNSET:
            field_dict["uploaderEmployee"] = uploader_employee
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if bank is not UNSET:
            field_dict["bank"] = bank
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_active is not UNSET and not _in_request:
            field_dict["isActive"] = is_active
        if balance is not UNSET:
            field_dict["balance"] = balance
        if account_in_bank_id is not UNSET:
            field_dict["accountInBankId"] = account_in_bank_id
        if division is not UNSET:
            field_dict["division"] = division
        if ccm_agreement_id is not UNSET:
            field_dict["ccmAgreementId"] = ccm_agreement_id
        if organisation_number is not UNSET:
            field_dict["organisationNumber"] = organisation_number
        if approve_in_online_banking is not UNSET:
            field_dict["approveInOnlineBanking"] = approve_in_online_banking
        if is_used is not UNSET:
            field_dict["isUsed"] = is_used
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.bank_statement_balance import BankStatementBalance  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        iban = d.pop("iban", UNSET)

        bban = d.pop("bban", UNSET)

        description = d.pop("description", UNSET)

        display_name = d.pop("displayName", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _uploader_employee = d.pop("uploaderEmployee", UNSET)
        uploader_employee: Employee | Unset
        if isinstance(_uploader_employee, Unset):
            uploader_employee = UNSET
        else:
            uploader_employee = Employee.from_dict(_uploader_employee)

        date_created = d.pop("dateCreated", UNSET)

        _bank = d.pop("bank", UNSET)
        bank: Bank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = Bank.from_dict(_bank)

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country.from_dict(_country)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        is_active = d.pop("isActive", UNSET)

        _balance = d.pop("balance", UNSET)
        balance: BankStatementBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = BankStatementBalance.from_dict(_balance)

        account_in_bank_id = d.pop("accountInBankId", UNSET)

        division = d.pop("division", UNSET)

        ccm_agreement_id = d.pop("ccmAgreementId", UNSET)

        organisation_number = d.pop("organisationNumber", UNSET)

        approve_in_online_banking = d.pop("approveInOnlineBanking", UNSET)

        is_used = d.pop("isUsed", UNSET)

        active = d.pop("active", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            iban=iban,
            bban=bban,
            description=description,
            display_name=display_name,
            account=account,
            uploader_employee=uploader_employee,
            date_created=date_created,
            bank=bank,
            country=country,
            currency=currency,
            is_active=is_active,
            balance=balance,
            account_in_bank_id=account_in_bank_id,
            division=division,
            ccm_agreement_id=ccm_agreement_id,
            organisation_number=organisation_number,
            approve_in_online_banking=approve_in_online_banking,
            is_used=is_used,
            active=active,
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
