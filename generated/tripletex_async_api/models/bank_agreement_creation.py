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
)

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="BankAgreementCreation")


@_attrs_define
class BankAgreementCreation(Model):
    """
    Attributes:
        bank_id (int | Unset): Bank ID
        account_in_bank_id (str | Unset): Customer number in bank
        ccm_agreement_id (str | Unset): Customer Id from Bank
        division (str | Unset): Division (DNB only)
        organization_number (str | Unset): Organization number
        electronic_creation (bool | Unset): Electronic agreement creation initiated.
        approve_in_online_banking (bool | Unset): Accounting approve payments
        bank_accounts (list[Account] | Unset):
    """

    bank_id: int | Unset = UNSET
    account_in_bank_id: str | Unset = UNSET
    ccm_agreement_id: str | Unset = UNSET
    division: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    electronic_creation: bool | Unset = UNSET
    approve_in_online_banking: bool | Unset = UNSET
    bank_accounts: list[Account] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.bank_id
        if _v is not UNSET:
            field_dict["bankId"] = _v
        _v = self.account_in_bank_id
        if _v is not UNSET:
            field_dict["accountInBankId"] = _v
        _v = self.ccm_agreement_id
        if _v is not UNSET:
            field_dict["ccmAgreementId"] = _v
        _v = self.division
        if _v is not UNSET:
            field_dict["division"] = _v
        _v = self.organization_number
        if _v is not UNSET:
            field_dict["organizationNumber"] = _v
        _v = self.electronic_creation
        if _v is not UNSET:
            field_dict["electronicCreation"] = _v
        _v = self.approve_in_online_banking
        if _v is not UNSET:
            field_dict["approveInOnlineBanking"] = _v
        _v = self.bank_accounts
        if _v is not UNSET:
            field_dict["bankAccounts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankAgreementCreation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankAgreementCreation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "bankId",
                "accountInBankId",
                "ccmAgreementId",
                "division",
                "organizationNumber",
                "electronicCreation",
                "approveInOnlineBanking",
                "bankAccounts",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "bankId": "bank_id",
            "accountInBankId": "account_in_bank_id",
            "ccmAgreementId": "ccm_agreement_id",
            "division": "division",
            "organizationNumber": "organization_number",
            "electronicCreation": "electronic_creation",
            "approveInOnlineBanking": "approve_in_online_banking",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.bank_id = o.account_in_bank_id = o.ccm_agreement_id = o.division = o.organization_number = (
                        o.electronic_creation
                    ) = o.approve_in_online_banking = o.bank_accounts = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("bankId")
                if v is None:
                    o.bank_id = u
                    if "bankId" not in d:
                        m += 1
                else:
                    o.bank_id = v
                v = g("accountInBankId")
                if v is None:
                    o.account_in_bank_id = u
                    if "accountInBankId" not in d:
                        m += 1
                else:
                    o.account_in_bank_id = v
                v = g("ccmAgreementId")
                if v is None:
                    o.ccm_agreement_id = u
                    if "ccmAgreementId" not in d:
                        m += 1
                else:
                    o.ccm_agreement_id = v
                v = g("division")
                if v is None:
                    o.division = u
                    if "division" not in d:
                        m += 1
                else:
                    o.division = v
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                v = g("electronicCreation")
                if v is None:
                    o.electronic_creation = u
                    if "electronicCreation" not in d:
                        m += 1
                else:
                    o.electronic_creation = v
                v = g("approveInOnlineBanking")
                if v is None:
                    o.approve_in_online_banking = u
                    if "approveInOnlineBanking" not in d:
                        m += 1
                else:
                    o.approve_in_online_banking = v
                k = "bankAccounts"
                v = g("bankAccounts")
                if v is None:
                    o.bank_accounts = u
                    if "bankAccounts" not in d:
                        m += 1
                else:
                    o.bank_accounts = (
                        ([Account._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("bank_id", "bankId"),
            ("account_in_bank_id", "accountInBankId"),
            ("ccm_agreement_id", "ccmAgreementId"),
            ("division", "division"),
            ("organization_number", "organizationNumber"),
            ("electronic_creation", "electronicCreation"),
            ("approve_in_online_banking", "approveInOnlineBanking"),
            ("bank_accounts", "bankAccounts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.bank_id
            o.bank_id = u if v is None else v
            v = s.account_in_bank_id
            o.account_in_bank_id = u if v is None else v
            v = s.ccm_agreement_id
            o.ccm_agreement_id = u if v is None else v
            v = s.division
            o.division = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.electronic_creation
            o.electronic_creation = u if v is None else v
            v = s.approve_in_online_banking
            o.approve_in_online_banking = u if v is None else v
            v = s.bank_accounts
            o.bank_accounts = (
                u
                if v is None or v is u
                else ([Account._tx_parse(e) for e in v if e is not None] if v else [])
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
