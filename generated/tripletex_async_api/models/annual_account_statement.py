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


T = TypeVar("T", bound="AnnualAccountStatement")


@_attrs_define
class AnnualAccountStatement(Model):
    """
    Attributes:
        account (Account | Unset):
        year (int | Unset):
        postings (list[Posting] | Unset):
        balance_in (float | Unset): Balance in
        balance_change (float | Unset): Balance change
        balance_out (float | Unset): Balance out
    """

    account: Account | Unset = UNSET
    year: int | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.postings
        if _v is not UNSET and not _in_request:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.balance_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceChange"] = _v
        _v = self.balance_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceOut"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountStatement from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AnnualAccountStatement.property``, if it does not fit)."""
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
                "year",
                "postings",
                "balanceIn",
                "balanceChange",
                "balanceOut",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
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
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("balanceChange")
                if v is None:
                    o.balance_change = u
                    if "balanceChange" not in d:
                        m += 1
                else:
                    o.balance_change = v
                v = g("balanceOut")
                if v is None:
                    o.balance_out = u
                    if "balanceOut" not in d:
                        m += 1
                else:
                    o.balance_out = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account", "account"),
            ("year", "year"),
            ("postings", "postings"),
            ("balance_in", "balanceIn"),
            ("balance_change", "balanceChange"),
            ("balance_out", "balanceOut"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.year
            o.year = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
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
