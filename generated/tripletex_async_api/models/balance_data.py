from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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
    serializing_request_body,
)

T = TypeVar("T", bound="BalanceData")


@_attrs_define
class BalanceData(Model):
    """Balansc data

    Attributes:
        incoming_value_from_aquired_timber_account (float | Unset):
        value_of_share_of_realized_timber_account (float | Unset):
        transferred_income_or_expense_to_timber_account (float | Unset):
        basis_balance_adjustment (float | Unset):
        share_of_basis_next_year_rate (float | Unset):
        share_of_basis_next_year (float | Unset):
        income_or_expense_from_timber_account (float | Unset):
        sum_transferred (float | Unset):
    """

    incoming_value_from_aquired_timber_account: float | Unset = UNSET
    value_of_share_of_realized_timber_account: float | Unset = UNSET
    transferred_income_or_expense_to_timber_account: float | Unset = UNSET
    basis_balance_adjustment: float | Unset = UNSET
    share_of_basis_next_year_rate: float | Unset = UNSET
    share_of_basis_next_year: float | Unset = UNSET
    income_or_expense_from_timber_account: float | Unset = UNSET
    sum_transferred: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.incoming_value_from_aquired_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["incomingValueFromAquiredTimberAccount"] = _v
        _v = self.value_of_share_of_realized_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["valueOfShareOfRealizedTimberAccount"] = _v
        _v = self.transferred_income_or_expense_to_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["transferredIncomeOrExpenseToTimberAccount"] = _v
        _v = self.basis_balance_adjustment
        if _v is not UNSET and not _in_request:
            field_dict["basisBalanceAdjustment"] = _v
        _v = self.share_of_basis_next_year_rate
        if _v is not UNSET and not _in_request:
            field_dict["shareOfBasisNextYearRate"] = _v
        _v = self.share_of_basis_next_year
        if _v is not UNSET and not _in_request:
            field_dict["shareOfBasisNextYear"] = _v
        _v = self.income_or_expense_from_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["incomeOrExpenseFromTimberAccount"] = _v
        _v = self.sum_transferred
        if _v is not UNSET and not _in_request:
            field_dict["sumTransferred"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BalanceData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "incomingValueFromAquiredTimberAccount",
                "valueOfShareOfRealizedTimberAccount",
                "transferredIncomeOrExpenseToTimberAccount",
                "basisBalanceAdjustment",
                "shareOfBasisNextYearRate",
                "shareOfBasisNextYear",
                "incomeOrExpenseFromTimberAccount",
                "sumTransferred",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "incomingValueFromAquiredTimberAccount": "incoming_value_from_aquired_timber_account",
            "valueOfShareOfRealizedTimberAccount": "value_of_share_of_realized_timber_account",
            "transferredIncomeOrExpenseToTimberAccount": "transferred_income_or_expense_to_timber_account",
            "basisBalanceAdjustment": "basis_balance_adjustment",
            "shareOfBasisNextYearRate": "share_of_basis_next_year_rate",
            "shareOfBasisNextYear": "share_of_basis_next_year",
            "incomeOrExpenseFromTimberAccount": "income_or_expense_from_timber_account",
            "sumTransferred": "sum_transferred",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.incoming_value_from_aquired_timber_account = o.value_of_share_of_realized_timber_account = (
                        o.transferred_income_or_expense_to_timber_account
                    ) = o.basis_balance_adjustment = o.share_of_basis_next_year_rate = o.share_of_basis_next_year = (
                        o.income_or_expense_from_timber_account
                    ) = o.sum_transferred = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("incomingValueFromAquiredTimberAccount")
                if v is None:
                    o.incoming_value_from_aquired_timber_account = u
                    if "incomingValueFromAquiredTimberAccount" not in d:
                        m += 1
                else:
                    o.incoming_value_from_aquired_timber_account = v
                v = g("valueOfShareOfRealizedTimberAccount")
                if v is None:
                    o.value_of_share_of_realized_timber_account = u
                    if "valueOfShareOfRealizedTimberAccount" not in d:
                        m += 1
                else:
                    o.value_of_share_of_realized_timber_account = v
                v = g("transferredIncomeOrExpenseToTimberAccount")
                if v is None:
                    o.transferred_income_or_expense_to_timber_account = u
                    if "transferredIncomeOrExpenseToTimberAccount" not in d:
                        m += 1
                else:
                    o.transferred_income_or_expense_to_timber_account = v
                v = g("basisBalanceAdjustment")
                if v is None:
                    o.basis_balance_adjustment = u
                    if "basisBalanceAdjustment" not in d:
                        m += 1
                else:
                    o.basis_balance_adjustment = v
                v = g("shareOfBasisNextYearRate")
                if v is None:
                    o.share_of_basis_next_year_rate = u
                    if "shareOfBasisNextYearRate" not in d:
                        m += 1
                else:
                    o.share_of_basis_next_year_rate = v
                v = g("shareOfBasisNextYear")
                if v is None:
                    o.share_of_basis_next_year = u
                    if "shareOfBasisNextYear" not in d:
                        m += 1
                else:
                    o.share_of_basis_next_year = v
                v = g("incomeOrExpenseFromTimberAccount")
                if v is None:
                    o.income_or_expense_from_timber_account = u
                    if "incomeOrExpenseFromTimberAccount" not in d:
                        m += 1
                else:
                    o.income_or_expense_from_timber_account = v
                v = g("sumTransferred")
                if v is None:
                    o.sum_transferred = u
                    if "sumTransferred" not in d:
                        m += 1
                else:
                    o.sum_transferred = v
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
            ("incoming_value_from_aquired_timber_account", "incomingValueFromAquiredTimberAccount"),
            ("value_of_share_of_realized_timber_account", "valueOfShareOfRealizedTimberAccount"),
            ("transferred_income_or_expense_to_timber_account", "transferredIncomeOrExpenseToTimberAccount"),
            ("basis_balance_adjustment", "basisBalanceAdjustment"),
            ("share_of_basis_next_year_rate", "shareOfBasisNextYearRate"),
            ("share_of_basis_next_year", "shareOfBasisNextYear"),
            ("income_or_expense_from_timber_account", "incomeOrExpenseFromTimberAccount"),
            ("sum_transferred", "sumTransferred"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.incoming_value_from_aquired_timber_account
            o.incoming_value_from_aquired_timber_account = u if v is None else v
            v = s.value_of_share_of_realized_timber_account
            o.value_of_share_of_realized_timber_account = u if v is None else v
            v = s.transferred_income_or_expense_to_timber_account
            o.transferred_income_or_expense_to_timber_account = u if v is None else v
            v = s.basis_balance_adjustment
            o.basis_balance_adjustment = u if v is None else v
            v = s.share_of_basis_next_year_rate
            o.share_of_basis_next_year_rate = u if v is None else v
            v = s.share_of_basis_next_year
            o.share_of_basis_next_year = u if v is None else v
            v = s.income_or_expense_from_timber_account
            o.income_or_expense_from_timber_account = u if v is None else v
            v = s.sum_transferred
            o.sum_transferred = u if v is None else v
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
