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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="BankAgreementUpdate")


@_attrs_define
class BankAgreementUpdate(Model):
    """
    Attributes:
        id (int | Unset): Id of agreement to update.
        description (str | Unset): The description property.
        account (Account | Unset):
        account_in_bank_id (str | Unset): Customer number in bank
        organisation_number (str | Unset): Organization number
        ccm_agreement_id (str | Unset): CCM agreement ID
        approve_in_online_banking (bool | Unset): Accounting approve payments
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    account_in_bank_id: str | Unset = UNSET
    organisation_number: str | Unset = UNSET
    ccm_agreement_id: str | Unset = UNSET
    approve_in_online_banking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.account_in_bank_id
        if _v is not UNSET:
            field_dict["accountInBankId"] = _v
        _v = self.organisation_number
        if _v is not UNSET:
            field_dict["organisationNumber"] = _v
        _v = self.ccm_agreement_id
        if _v is not UNSET:
            field_dict["ccmAgreementId"] = _v
        _v = self.approve_in_online_banking
        if _v is not UNSET:
            field_dict["approveInOnlineBanking"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankAgreementUpdate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankAgreementUpdate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "description",
                "account",
                "accountInBankId",
                "organisationNumber",
                "ccmAgreementId",
                "approveInOnlineBanking",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("accountInBankId")
                if v is None:
                    o.account_in_bank_id = u
                    if "accountInBankId" not in d:
                        m += 1
                else:
                    o.account_in_bank_id = v
                v = g("organisationNumber")
                if v is None:
                    o.organisation_number = u
                    if "organisationNumber" not in d:
                        m += 1
                else:
                    o.organisation_number = v
                v = g("ccmAgreementId")
                if v is None:
                    o.ccm_agreement_id = u
                    if "ccmAgreementId" not in d:
                        m += 1
                else:
                    o.ccm_agreement_id = v
                v = g("approveInOnlineBanking")
                if v is None:
                    o.approve_in_online_banking = u
                    if "approveInOnlineBanking" not in d:
                        m += 1
                else:
                    o.approve_in_online_banking = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("description", "description"),
            ("account", "account"),
            ("account_in_bank_id", "accountInBankId"),
            ("organisation_number", "organisationNumber"),
            ("ccm_agreement_id", "ccmAgreementId"),
            ("approve_in_online_banking", "approveInOnlineBanking"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.account_in_bank_id
            o.account_in_bank_id = u if v is None else v
            v = s.organisation_number
            o.organisation_number = u if v is None else v
            v = s.ccm_agreement_id
            o.ccm_agreement_id = u if v is None else v
            v = s.approve_in_online_banking
            o.approve_in_online_banking = u if v is None else v
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
