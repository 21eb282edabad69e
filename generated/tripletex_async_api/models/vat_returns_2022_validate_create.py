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


T = TypeVar("T", bound="VatReturns2022ValidateCreate")


@_attrs_define
class VatReturns2022ValidateCreate(Model):
    """
    Attributes:
        incomplete_vouchers (int | Unset):
        accounting_period_closed (bool | Unset):
        before_start_balance (bool | Unset):
        invalid_date (bool | Unset):
        accounts_requiring_harmonization (list[Account] | Unset):
        help_account_posted_on (Account | Unset):
        already_exists (bool | Unset):
        success (bool | Unset):
    """

    incomplete_vouchers: int | Unset = UNSET
    accounting_period_closed: bool | Unset = UNSET
    before_start_balance: bool | Unset = UNSET
    invalid_date: bool | Unset = UNSET
    accounts_requiring_harmonization: list[Account] | Unset = UNSET
    help_account_posted_on: Account | Unset = UNSET
    already_exists: bool | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.incomplete_vouchers
        if _v is not UNSET and not _in_request:
            field_dict["incompleteVouchers"] = _v
        _v = self.accounting_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = _v
        _v = self.before_start_balance
        if _v is not UNSET and not _in_request:
            field_dict["beforeStartBalance"] = _v
        _v = self.invalid_date
        if _v is not UNSET and not _in_request:
            field_dict["invalidDate"] = _v
        _v = self.accounts_requiring_harmonization
        if _v is not UNSET and not _in_request:
            field_dict["accountsRequiringHarmonization"] = [_e.to_dict() for _e in _v]
        _v = self.help_account_posted_on
        if _v is not UNSET:
            field_dict["helpAccountPostedOn"] = _v.to_dict()
        _v = self.already_exists
        if _v is not UNSET and not _in_request:
            field_dict["alreadyExists"] = _v
        _v = self.success
        if _v is not UNSET and not _in_request:
            field_dict["success"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturns2022ValidateCreate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturns2022ValidateCreate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "incompleteVouchers",
                "accountingPeriodClosed",
                "beforeStartBalance",
                "invalidDate",
                "accountsRequiringHarmonization",
                "helpAccountPostedOn",
                "alreadyExists",
                "success",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "incompleteVouchers": "incomplete_vouchers",
            "accountingPeriodClosed": "accounting_period_closed",
            "beforeStartBalance": "before_start_balance",
            "invalidDate": "invalid_date",
            "alreadyExists": "already_exists",
            "success": "success",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.incomplete_vouchers = o.accounting_period_closed = o.before_start_balance = o.invalid_date = (
                        o.accounts_requiring_harmonization
                    ) = o.help_account_posted_on = o.already_exists = o.success = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("incompleteVouchers")
                if v is None:
                    o.incomplete_vouchers = u
                    if "incompleteVouchers" not in d:
                        m += 1
                else:
                    o.incomplete_vouchers = v
                v = g("accountingPeriodClosed")
                if v is None:
                    o.accounting_period_closed = u
                    if "accountingPeriodClosed" not in d:
                        m += 1
                else:
                    o.accounting_period_closed = v
                v = g("beforeStartBalance")
                if v is None:
                    o.before_start_balance = u
                    if "beforeStartBalance" not in d:
                        m += 1
                else:
                    o.before_start_balance = v
                v = g("invalidDate")
                if v is None:
                    o.invalid_date = u
                    if "invalidDate" not in d:
                        m += 1
                else:
                    o.invalid_date = v
                k = "accountsRequiringHarmonization"
                v = g("accountsRequiringHarmonization")
                if v is None:
                    o.accounts_requiring_harmonization = u
                    if "accountsRequiringHarmonization" not in d:
                        m += 1
                else:
                    o.accounts_requiring_harmonization = (
                        ([Account._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "helpAccountPostedOn"
                v = g("helpAccountPostedOn")
                if v is None:
                    o.help_account_posted_on = u
                    if "helpAccountPostedOn" not in d:
                        m += 1
                else:
                    o.help_account_posted_on = Account._tx_parse(v)
                v = g("alreadyExists")
                if v is None:
                    o.already_exists = u
                    if "alreadyExists" not in d:
                        m += 1
                else:
                    o.already_exists = v
                v = g("success")
                if v is None:
                    o.success = u
                    if "success" not in d:
                        m += 1
                else:
                    o.success = v
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
            ("incomplete_vouchers", "incompleteVouchers"),
            ("accounting_period_closed", "accountingPeriodClosed"),
            ("before_start_balance", "beforeStartBalance"),
            ("invalid_date", "invalidDate"),
            ("accounts_requiring_harmonization", "accountsRequiringHarmonization"),
            ("help_account_posted_on", "helpAccountPostedOn"),
            ("already_exists", "alreadyExists"),
            ("success", "success"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.incomplete_vouchers
            o.incomplete_vouchers = u if v is None else v
            v = s.accounting_period_closed
            o.accounting_period_closed = u if v is None else v
            v = s.before_start_balance
            o.before_start_balance = u if v is None else v
            v = s.invalid_date
            o.invalid_date = u if v is None else v
            v = s.accounts_requiring_harmonization
            o.accounts_requiring_harmonization = (
                u
                if v is None or v is u
                else ([Account._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.help_account_posted_on
            o.help_account_posted_on = u if v is None or v is u else Account._tx_parse(v)
            v = s.already_exists
            o.already_exists = u if v is None else v
            v = s.success
            o.success = u if v is None else v
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
