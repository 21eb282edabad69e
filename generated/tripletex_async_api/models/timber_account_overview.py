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
    from ..models.timber_account import TimberAccount
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TimberAccountOverview")


@_attrs_define
class TimberAccountOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        timber_accounts (list[TimberAccount] | Unset):
        transferred_from_timber_account_accounting (float | Unset):
        transferred_from_timber_account_in_timber_account (float | Unset):
        registered_accounting (float | Unset):
        registered_in_timber_account (float | Unset):
        deducted_accounting (float | Unset):
        deducted_in_timber_account (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    timber_accounts: list[TimberAccount] | Unset = UNSET
    transferred_from_timber_account_accounting: float | Unset = UNSET
    transferred_from_timber_account_in_timber_account: float | Unset = UNSET
    registered_accounting: float | Unset = UNSET
    registered_in_timber_account: float | Unset = UNSET
    deducted_accounting: float | Unset = UNSET
    deducted_in_timber_account: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.timber_accounts
        if _v is not UNSET:
            field_dict["timberAccounts"] = [_e.to_dict() for _e in _v]
        _v = self.transferred_from_timber_account_accounting
        if _v is not UNSET and not _in_request:
            field_dict["transferredFromTimberAccountAccounting"] = _v
        _v = self.transferred_from_timber_account_in_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["transferredFromTimberAccountInTimberAccount"] = _v
        _v = self.registered_accounting
        if _v is not UNSET and not _in_request:
            field_dict["registeredAccounting"] = _v
        _v = self.registered_in_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["registeredInTimberAccount"] = _v
        _v = self.deducted_accounting
        if _v is not UNSET and not _in_request:
            field_dict["deductedAccounting"] = _v
        _v = self.deducted_in_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["deductedInTimberAccount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimberAccountOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimberAccountOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.timber_account import TimberAccount  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "timberAccounts",
                "transferredFromTimberAccountAccounting",
                "transferredFromTimberAccountInTimberAccount",
                "registeredAccounting",
                "registeredInTimberAccount",
                "deductedAccounting",
                "deductedInTimberAccount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "transferredFromTimberAccountAccounting": "transferred_from_timber_account_accounting",
            "transferredFromTimberAccountInTimberAccount": "transferred_from_timber_account_in_timber_account",
            "registeredAccounting": "registered_accounting",
            "registeredInTimberAccount": "registered_in_timber_account",
            "deductedAccounting": "deducted_accounting",
            "deductedInTimberAccount": "deducted_in_timber_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.timber_accounts = o.transferred_from_timber_account_accounting = (
                        o.transferred_from_timber_account_in_timber_account
                    ) = o.registered_accounting = o.registered_in_timber_account = o.deducted_accounting = (
                        o.deducted_in_timber_account
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                k = "timberAccounts"
                v = g("timberAccounts")
                if v is None:
                    o.timber_accounts = u
                    if "timberAccounts" not in d:
                        m += 1
                else:
                    o.timber_accounts = (
                        ([TimberAccount._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("transferredFromTimberAccountAccounting")
                if v is None:
                    o.transferred_from_timber_account_accounting = u
                    if "transferredFromTimberAccountAccounting" not in d:
                        m += 1
                else:
                    o.transferred_from_timber_account_accounting = v
                v = g("transferredFromTimberAccountInTimberAccount")
                if v is None:
                    o.transferred_from_timber_account_in_timber_account = u
                    if "transferredFromTimberAccountInTimberAccount" not in d:
                        m += 1
                else:
                    o.transferred_from_timber_account_in_timber_account = v
                v = g("registeredAccounting")
                if v is None:
                    o.registered_accounting = u
                    if "registeredAccounting" not in d:
                        m += 1
                else:
                    o.registered_accounting = v
                v = g("registeredInTimberAccount")
                if v is None:
                    o.registered_in_timber_account = u
                    if "registeredInTimberAccount" not in d:
                        m += 1
                else:
                    o.registered_in_timber_account = v
                v = g("deductedAccounting")
                if v is None:
                    o.deducted_accounting = u
                    if "deductedAccounting" not in d:
                        m += 1
                else:
                    o.deducted_accounting = v
                v = g("deductedInTimberAccount")
                if v is None:
                    o.deducted_in_timber_account = u
                    if "deductedInTimberAccount" not in d:
                        m += 1
                else:
                    o.deducted_in_timber_account = v
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
            ("year_end_report", "yearEndReport"),
            ("timber_accounts", "timberAccounts"),
            ("transferred_from_timber_account_accounting", "transferredFromTimberAccountAccounting"),
            ("transferred_from_timber_account_in_timber_account", "transferredFromTimberAccountInTimberAccount"),
            ("registered_accounting", "registeredAccounting"),
            ("registered_in_timber_account", "registeredInTimberAccount"),
            ("deducted_accounting", "deductedAccounting"),
            ("deducted_in_timber_account", "deductedInTimberAccount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.timber_accounts
            o.timber_accounts = (
                u
                if v is None or v is u
                else ([TimberAccount._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.transferred_from_timber_account_accounting
            o.transferred_from_timber_account_accounting = u if v is None else v
            v = s.transferred_from_timber_account_in_timber_account
            o.transferred_from_timber_account_in_timber_account = u if v is None else v
            v = s.registered_accounting
            o.registered_accounting = u if v is None else v
            v = s.registered_in_timber_account
            o.registered_in_timber_account = u if v is None else v
            v = s.deducted_accounting
            o.deducted_accounting = u if v is None else v
            v = s.deducted_in_timber_account
            o.deducted_in_timber_account = u if v is None else v
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
