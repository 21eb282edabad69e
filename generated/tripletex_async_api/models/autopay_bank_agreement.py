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
    from ..models.account import Account
    from ..models.bank import Bank
    from ..models.bank_statement_balance import BankStatementBalance
    from ..models.change import Change
    from ..models.country import Country
    from ..models.currency import Currency
    from ..models.employee import Employee


T = TypeVar("T", bound="AutopayBankAgreement")


@_attrs_define
class AutopayBankAgreement(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        iban (str | Unset): The IBAN property.
        bban (str | Unset): The BBAN property.
        description (str | Unset): The description property.
        display_name (str | Unset): display name needed for LoadableDropdown component
        account (Account | Unset):
        uploader_employee (Employee | Unset):
        date_created (str | Unset):
        bank (Bank | Unset):
        country (Country | Unset):
        currency (Currency | Unset):
        is_active (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.iban
        if _v is not UNSET:
            field_dict["iban"] = _v
        _v = self.bban
        if _v is not UNSET:
            field_dict["bban"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.uploader_employee
        if _v is not UNSET:
            field_dict["uploaderEmployee"] = _v.to_dict()
        _v = self.date_created
        if _v is not UNSET:
            field_dict["dateCreated"] = _v
        _v = self.bank
        if _v is not UNSET:
            field_dict["bank"] = _v.to_dict()
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v.to_dict()
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.is_active
        if _v is not UNSET and not _in_request:
            field_dict["isActive"] = _v
        _v = self.balance
        if _v is not UNSET:
            field_dict["balance"] = _v.to_dict()
        _v = self.account_in_bank_id
        if _v is not UNSET:
            field_dict["accountInBankId"] = _v
        _v = self.division
        if _v is not UNSET:
            field_dict["division"] = _v
        _v = self.ccm_agreement_id
        if _v is not UNSET:
            field_dict["ccmAgreementId"] = _v
        _v = self.organisation_number
        if _v is not UNSET:
            field_dict["organisationNumber"] = _v
        _v = self.approve_in_online_banking
        if _v is not UNSET:
            field_dict["approveInOnlineBanking"] = _v
        _v = self.is_used
        if _v is not UNSET:
            field_dict["isUsed"] = _v
        _v = self.active
        if _v is not UNSET:
            field_dict["active"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutopayBankAgreement from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutopayBankAgreement.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.bank_statement_balance import BankStatementBalance  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "iban",
                "bban",
                "description",
                "displayName",
                "account",
                "uploaderEmployee",
                "dateCreated",
                "bank",
                "country",
                "currency",
                "isActive",
                "balance",
                "accountInBankId",
                "division",
                "ccmAgreementId",
                "organisationNumber",
                "approveInOnlineBanking",
                "isUsed",
                "active",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "iban": "iban",
            "bban": "bban",
            "description": "description",
            "displayName": "display_name",
            "dateCreated": "date_created",
            "isActive": "is_active",
            "accountInBankId": "account_in_bank_id",
            "division": "division",
            "ccmAgreementId": "ccm_agreement_id",
            "organisationNumber": "organisation_number",
            "approveInOnlineBanking": "approve_in_online_banking",
            "isUsed": "is_used",
            "active": "active",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.iban = o.bban = o.description = o.display_name = (
                        o.account
                    ) = o.uploader_employee = o.date_created = o.bank = o.country = o.currency = o.is_active = (
                        o.balance
                    ) = o.account_in_bank_id = o.division = o.ccm_agreement_id = o.organisation_number = (
                        o.approve_in_online_banking
                    ) = o.is_used = o.active = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.iban = o.bban = o.description = o.display_name = (
                        o.account
                    ) = o.uploader_employee = o.date_created = o.bank = o.country = o.currency = o.is_active = (
                        o.balance
                    ) = o.account_in_bank_id = o.division = o.ccm_agreement_id = o.organisation_number = (
                        o.approve_in_online_banking
                    ) = o.is_used = o.active = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("iban")
                if v is None:
                    o.iban = u
                    if "iban" not in d:
                        m += 1
                else:
                    o.iban = v
                v = g("bban")
                if v is None:
                    o.bban = u
                    if "bban" not in d:
                        m += 1
                else:
                    o.bban = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "uploaderEmployee"
                v = g("uploaderEmployee")
                if v is None:
                    o.uploader_employee = u
                    if "uploaderEmployee" not in d:
                        m += 1
                else:
                    o.uploader_employee = Employee._tx_parse(v)
                v = g("dateCreated")
                if v is None:
                    o.date_created = u
                    if "dateCreated" not in d:
                        m += 1
                else:
                    o.date_created = v
                k = "bank"
                v = g("bank")
                if v is None:
                    o.bank = u
                    if "bank" not in d:
                        m += 1
                else:
                    o.bank = Bank._tx_parse(v)
                k = "country"
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = Country._tx_parse(v)
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("isActive")
                if v is None:
                    o.is_active = u
                    if "isActive" not in d:
                        m += 1
                else:
                    o.is_active = v
                k = "balance"
                v = g("balance")
                if v is None:
                    o.balance = u
                    if "balance" not in d:
                        m += 1
                else:
                    o.balance = BankStatementBalance._tx_parse(v)
                v = g("accountInBankId")
                if v is None:
                    o.account_in_bank_id = u
                    if "accountInBankId" not in d:
                        m += 1
                else:
                    o.account_in_bank_id = v
                v = g("division")
                if v is None:
                    o.division = u
                    if "division" not in d:
                        m += 1
                else:
                    o.division = v
                v = g("ccmAgreementId")
                if v is None:
                    o.ccm_agreement_id = u
                    if "ccmAgreementId" not in d:
                        m += 1
                else:
                    o.ccm_agreement_id = v
                v = g("organisationNumber")
                if v is None:
                    o.organisation_number = u
                    if "organisationNumber" not in d:
                        m += 1
                else:
                    o.organisation_number = v
                v = g("approveInOnlineBanking")
                if v is None:
                    o.approve_in_online_banking = u
                    if "approveInOnlineBanking" not in d:
                        m += 1
                else:
                    o.approve_in_online_banking = v
                v = g("isUsed")
                if v is None:
                    o.is_used = u
                    if "isUsed" not in d:
                        m += 1
                else:
                    o.is_used = v
                v = g("active")
                if v is None:
                    o.active = u
                    if "active" not in d:
                        m += 1
                else:
                    o.active = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 23 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("iban", "iban"),
            ("bban", "bban"),
            ("description", "description"),
            ("display_name", "displayName"),
            ("account", "account"),
            ("uploader_employee", "uploaderEmployee"),
            ("date_created", "dateCreated"),
            ("bank", "bank"),
            ("country", "country"),
            ("currency", "currency"),
            ("is_active", "isActive"),
            ("balance", "balance"),
            ("account_in_bank_id", "accountInBankId"),
            ("division", "division"),
            ("ccm_agreement_id", "ccmAgreementId"),
            ("organisation_number", "organisationNumber"),
            ("approve_in_online_banking", "approveInOnlineBanking"),
            ("is_used", "isUsed"),
            ("active", "active"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.iban
            o.iban = u if v is None else v
            v = s.bban
            o.bban = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.uploader_employee
            o.uploader_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.date_created
            o.date_created = u if v is None else v
            v = s.bank
            o.bank = u if v is None or v is u else Bank._tx_parse(v)
            v = s.country
            o.country = u if v is None or v is u else Country._tx_parse(v)
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.is_active
            o.is_active = u if v is None else v
            v = s.balance
            o.balance = u if v is None or v is u else BankStatementBalance._tx_parse(v)
            v = s.account_in_bank_id
            o.account_in_bank_id = u if v is None else v
            v = s.division
            o.division = u if v is None else v
            v = s.ccm_agreement_id
            o.ccm_agreement_id = u if v is None else v
            v = s.organisation_number
            o.organisation_number = u if v is None else v
            v = s.approve_in_online_banking
            o.approve_in_online_banking = u if v is None else v
            v = s.is_used
            o.is_used = u if v is None else v
            v = s.active
            o.active = u if v is None else v
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
