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
    from ..models.posting import Posting


T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo(Model):
    """
    Attributes:
        account (Account | Unset):
        account_name (str | Unset):
        account_number (int | Unset):
        balance_in (float | Unset):
        balance_out (float | Unset):
        sum_amount (float | Unset):
        options_collection_id (float | Unset):
        postings (list[Posting] | Unset): Link to postings on this account.
    """

    account: Account | Unset = UNSET
    account_name: str | Unset = UNSET
    account_number: int | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    sum_amount: float | Unset = UNSET
    options_collection_id: float | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.account_name
        if _v is not UNSET:
            field_dict["accountName"] = _v
        _v = self.account_number
        if _v is not UNSET:
            field_dict["accountNumber"] = _v
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.balance_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceOut"] = _v
        _v = self.sum_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumAmount"] = _v
        _v = self.options_collection_id
        if _v is not UNSET and not _in_request:
            field_dict["optionsCollectionId"] = _v
        _v = self.postings
        if _v is not UNSET and not _in_request:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "account",
                "accountName",
                "accountNumber",
                "balanceIn",
                "balanceOut",
                "sumAmount",
                "optionsCollectionId",
                "postings",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "accountName": "account_name",
            "accountNumber": "account_number",
            "balanceIn": "balance_in",
            "balanceOut": "balance_out",
            "sumAmount": "sum_amount",
            "optionsCollectionId": "options_collection_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.account = o.account_name = o.account_number = o.balance_in = o.balance_out = o.sum_amount = (
                        o.options_collection_id
                    ) = o.postings = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("accountName")
                if v is None:
                    o.account_name = u
                    if "accountName" not in d:
                        m += 1
                else:
                    o.account_name = v
                v = g("accountNumber")
                if v is None:
                    o.account_number = u
                    if "accountNumber" not in d:
                        m += 1
                else:
                    o.account_number = v
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("balanceOut")
                if v is None:
                    o.balance_out = u
                    if "balanceOut" not in d:
                        m += 1
                else:
                    o.balance_out = v
                v = g("sumAmount")
                if v is None:
                    o.sum_amount = u
                    if "sumAmount" not in d:
                        m += 1
                else:
                    o.sum_amount = v
                v = g("optionsCollectionId")
                if v is None:
                    o.options_collection_id = u
                    if "optionsCollectionId" not in d:
                        m += 1
                else:
                    o.options_collection_id = v
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
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
            ("account", "account"),
            ("account_name", "accountName"),
            ("account_number", "accountNumber"),
            ("balance_in", "balanceIn"),
            ("balance_out", "balanceOut"),
            ("sum_amount", "sumAmount"),
            ("options_collection_id", "optionsCollectionId"),
            ("postings", "postings"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.account_name
            o.account_name = u if v is None else v
            v = s.account_number
            o.account_number = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
            v = s.sum_amount
            o.sum_amount = u if v is None else v
            v = s.options_collection_id
            o.options_collection_id = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
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
