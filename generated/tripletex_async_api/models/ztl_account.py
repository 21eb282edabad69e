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
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="ZtlAccount")


@_attrs_define
class ZtlAccount(Model):
    """Link to accounts this consent belongs to

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        account (Account | Unset):
        bban (str | Unset):
        iban (str | Unset):
        currency (Currency | Unset):
        available_balance_currency (float | Unset):
        booked_balance_currency (float | Unset):
        last_updated (str | Unset): Last time the account information was updated, mainly balance.
        deletable (bool | Unset):
        bank (Bank | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    account: Account | Unset = UNSET
    bban: str | Unset = UNSET
    iban: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    available_balance_currency: float | Unset = UNSET
    booked_balance_currency: float | Unset = UNSET
    last_updated: str | Unset = UNSET
    deletable: bool | Unset = UNSET
    bank: Bank | Unset = UNSET
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
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.bban
        if _v is not UNSET and not _in_request:
            field_dict["bban"] = _v
        _v = self.iban
        if _v is not UNSET and not _in_request:
            field_dict["iban"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.available_balance_currency
        if _v is not UNSET and not _in_request:
            field_dict["availableBalanceCurrency"] = _v
        _v = self.booked_balance_currency
        if _v is not UNSET and not _in_request:
            field_dict["bookedBalanceCurrency"] = _v
        _v = self.last_updated
        if _v is not UNSET and not _in_request:
            field_dict["lastUpdated"] = _v
        _v = self.deletable
        if _v is not UNSET and not _in_request:
            field_dict["deletable"] = _v
        _v = self.bank
        if _v is not UNSET:
            field_dict["bank"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ZtlAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ZtlAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "account",
                "bban",
                "iban",
                "currency",
                "availableBalanceCurrency",
                "bookedBalanceCurrency",
                "lastUpdated",
                "deletable",
                "bank",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "bban": "bban",
            "iban": "iban",
            "availableBalanceCurrency": "available_balance_currency",
            "bookedBalanceCurrency": "booked_balance_currency",
            "lastUpdated": "last_updated",
            "deletable": "deletable",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.account = o.bban = o.iban = o.currency = (
                        o.available_balance_currency
                    ) = o.booked_balance_currency = o.last_updated = o.deletable = o.bank = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.account = o.bban = o.iban = o.currency = (
                        o.available_balance_currency
                    ) = o.booked_balance_currency = o.last_updated = o.deletable = o.bank = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("bban")
                if v is None:
                    o.bban = u
                    if "bban" not in d:
                        m += 1
                else:
                    o.bban = v
                v = g("iban")
                if v is None:
                    o.iban = u
                    if "iban" not in d:
                        m += 1
                else:
                    o.iban = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("availableBalanceCurrency")
                if v is None:
                    o.available_balance_currency = u
                    if "availableBalanceCurrency" not in d:
                        m += 1
                else:
                    o.available_balance_currency = v
                v = g("bookedBalanceCurrency")
                if v is None:
                    o.booked_balance_currency = u
                    if "bookedBalanceCurrency" not in d:
                        m += 1
                else:
                    o.booked_balance_currency = v
                v = g("lastUpdated")
                if v is None:
                    o.last_updated = u
                    if "lastUpdated" not in d:
                        m += 1
                else:
                    o.last_updated = v
                v = g("deletable")
                if v is None:
                    o.deletable = u
                    if "deletable" not in d:
                        m += 1
                else:
                    o.deletable = v
                k = "bank"
                v = g("bank")
                if v is None:
                    o.bank = u
                    if "bank" not in d:
                        m += 1
                else:
                    o.bank = Bank._tx_parse(v)
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
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("account", "account"),
            ("bban", "bban"),
            ("iban", "iban"),
            ("currency", "currency"),
            ("available_balance_currency", "availableBalanceCurrency"),
            ("booked_balance_currency", "bookedBalanceCurrency"),
            ("last_updated", "lastUpdated"),
            ("deletable", "deletable"),
            ("bank", "bank"),
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
            v = s.name
            o.name = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.bban
            o.bban = u if v is None else v
            v = s.iban
            o.iban = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.available_balance_currency
            o.available_balance_currency = u if v is None else v
            v = s.booked_balance_currency
            o.booked_balance_currency = u if v is None else v
            v = s.last_updated
            o.last_updated = u if v is None else v
            v = s.deletable
            o.deletable = u if v is None else v
            v = s.bank
            o.bank = u if v is None or v is u else Bank._tx_parse(v)
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
