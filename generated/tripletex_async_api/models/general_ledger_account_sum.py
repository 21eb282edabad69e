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

T = TypeVar("T", bound="GeneralLedgerAccountSum")


@_attrs_define
class GeneralLedgerAccountSum(Model):
    """
    Attributes:
        account_id (int | Unset):
        balance_change (float | Unset):
        balance_in (float | Unset):
        balance_out (float | Unset):
        no_of_currencies (int | Unset):
        balance_currency (str | Unset):
        balance_currency_change (float | Unset):
        balance_currency_in (float | Unset):
        balance_currency_out (float | Unset):
        no_of_quantity_1_units (int | Unset):
        quantity_1_product_unit (str | Unset):
        quantity_1_balance_in (float | Unset):
        quantity_1_balance_out (float | Unset):
        quantity_1_balance_change (float | Unset):
        no_of_quantity_2_units (int | Unset):
        quantity_2_product_unit (str | Unset):
        quantity_2_balance_in (float | Unset):
        quantity_2_balance_out (float | Unset):
        quantity_2_balance_change (float | Unset):
    """

    account_id: int | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    no_of_currencies: int | Unset = UNSET
    balance_currency: str | Unset = UNSET
    balance_currency_change: float | Unset = UNSET
    balance_currency_in: float | Unset = UNSET
    balance_currency_out: float | Unset = UNSET
    no_of_quantity_1_units: int | Unset = UNSET
    quantity_1_product_unit: str | Unset = UNSET
    quantity_1_balance_in: float | Unset = UNSET
    quantity_1_balance_out: float | Unset = UNSET
    quantity_1_balance_change: float | Unset = UNSET
    no_of_quantity_2_units: int | Unset = UNSET
    quantity_2_product_unit: str | Unset = UNSET
    quantity_2_balance_in: float | Unset = UNSET
    quantity_2_balance_out: float | Unset = UNSET
    quantity_2_balance_change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.balance_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceChange"] = _v
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.balance_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceOut"] = _v
        _v = self.no_of_currencies
        if _v is not UNSET and not _in_request:
            field_dict["noOfCurrencies"] = _v
        _v = self.balance_currency
        if _v is not UNSET and not _in_request:
            field_dict["balanceCurrency"] = _v
        _v = self.balance_currency_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceCurrencyChange"] = _v
        _v = self.balance_currency_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceCurrencyIn"] = _v
        _v = self.balance_currency_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceCurrencyOut"] = _v
        _v = self.no_of_quantity_1_units
        if _v is not UNSET and not _in_request:
            field_dict["noOfQuantity1Units"] = _v
        _v = self.quantity_1_product_unit
        if _v is not UNSET and not _in_request:
            field_dict["quantity1ProductUnit"] = _v
        _v = self.quantity_1_balance_in
        if _v is not UNSET and not _in_request:
            field_dict["quantity1BalanceIn"] = _v
        _v = self.quantity_1_balance_out
        if _v is not UNSET and not _in_request:
            field_dict["quantity1BalanceOut"] = _v
        _v = self.quantity_1_balance_change
        if _v is not UNSET and not _in_request:
            field_dict["quantity1BalanceChange"] = _v
        _v = self.no_of_quantity_2_units
        if _v is not UNSET and not _in_request:
            field_dict["noOfQuantity2Units"] = _v
        _v = self.quantity_2_product_unit
        if _v is not UNSET and not _in_request:
            field_dict["quantity2ProductUnit"] = _v
        _v = self.quantity_2_balance_in
        if _v is not UNSET and not _in_request:
            field_dict["quantity2BalanceIn"] = _v
        _v = self.quantity_2_balance_out
        if _v is not UNSET and not _in_request:
            field_dict["quantity2BalanceOut"] = _v
        _v = self.quantity_2_balance_change
        if _v is not UNSET and not _in_request:
            field_dict["quantity2BalanceChange"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerAccountSum from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GeneralLedgerAccountSum.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "accountId",
                "balanceChange",
                "balanceIn",
                "balanceOut",
                "noOfCurrencies",
                "balanceCurrency",
                "balanceCurrencyChange",
                "balanceCurrencyIn",
                "balanceCurrencyOut",
                "noOfQuantity1Units",
                "quantity1ProductUnit",
                "quantity1BalanceIn",
                "quantity1BalanceOut",
                "quantity1BalanceChange",
                "noOfQuantity2Units",
                "quantity2ProductUnit",
                "quantity2BalanceIn",
                "quantity2BalanceOut",
                "quantity2BalanceChange",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "accountId": "account_id",
            "balanceChange": "balance_change",
            "balanceIn": "balance_in",
            "balanceOut": "balance_out",
            "noOfCurrencies": "no_of_currencies",
            "balanceCurrency": "balance_currency",
            "balanceCurrencyChange": "balance_currency_change",
            "balanceCurrencyIn": "balance_currency_in",
            "balanceCurrencyOut": "balance_currency_out",
            "noOfQuantity1Units": "no_of_quantity_1_units",
            "quantity1ProductUnit": "quantity_1_product_unit",
            "quantity1BalanceIn": "quantity_1_balance_in",
            "quantity1BalanceOut": "quantity_1_balance_out",
            "quantity1BalanceChange": "quantity_1_balance_change",
            "noOfQuantity2Units": "no_of_quantity_2_units",
            "quantity2ProductUnit": "quantity_2_product_unit",
            "quantity2BalanceIn": "quantity_2_balance_in",
            "quantity2BalanceOut": "quantity_2_balance_out",
            "quantity2BalanceChange": "quantity_2_balance_change",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.account_id = o.balance_change = o.balance_in = o.balance_out = o.no_of_currencies = (
                        o.balance_currency
                    ) = o.balance_currency_change = o.balance_currency_in = o.balance_currency_out = (
                        o.no_of_quantity_1_units
                    ) = o.quantity_1_product_unit = o.quantity_1_balance_in = o.quantity_1_balance_out = (
                        o.quantity_1_balance_change
                    ) = o.no_of_quantity_2_units = o.quantity_2_product_unit = o.quantity_2_balance_in = (
                        o.quantity_2_balance_out
                    ) = o.quantity_2_balance_change = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("balanceChange")
                if v is None:
                    o.balance_change = u
                    if "balanceChange" not in d:
                        m += 1
                else:
                    o.balance_change = v
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
                v = g("noOfCurrencies")
                if v is None:
                    o.no_of_currencies = u
                    if "noOfCurrencies" not in d:
                        m += 1
                else:
                    o.no_of_currencies = v
                v = g("balanceCurrency")
                if v is None:
                    o.balance_currency = u
                    if "balanceCurrency" not in d:
                        m += 1
                else:
                    o.balance_currency = v
                v = g("balanceCurrencyChange")
                if v is None:
                    o.balance_currency_change = u
                    if "balanceCurrencyChange" not in d:
                        m += 1
                else:
                    o.balance_currency_change = v
                v = g("balanceCurrencyIn")
                if v is None:
                    o.balance_currency_in = u
                    if "balanceCurrencyIn" not in d:
                        m += 1
                else:
                    o.balance_currency_in = v
                v = g("balanceCurrencyOut")
                if v is None:
                    o.balance_currency_out = u
                    if "balanceCurrencyOut" not in d:
                        m += 1
                else:
                    o.balance_currency_out = v
                v = g("noOfQuantity1Units")
                if v is None:
                    o.no_of_quantity_1_units = u
                    if "noOfQuantity1Units" not in d:
                        m += 1
                else:
                    o.no_of_quantity_1_units = v
                v = g("quantity1ProductUnit")
                if v is None:
                    o.quantity_1_product_unit = u
                    if "quantity1ProductUnit" not in d:
                        m += 1
                else:
                    o.quantity_1_product_unit = v
                v = g("quantity1BalanceIn")
                if v is None:
                    o.quantity_1_balance_in = u
                    if "quantity1BalanceIn" not in d:
                        m += 1
                else:
                    o.quantity_1_balance_in = v
                v = g("quantity1BalanceOut")
                if v is None:
                    o.quantity_1_balance_out = u
                    if "quantity1BalanceOut" not in d:
                        m += 1
                else:
                    o.quantity_1_balance_out = v
                v = g("quantity1BalanceChange")
                if v is None:
                    o.quantity_1_balance_change = u
                    if "quantity1BalanceChange" not in d:
                        m += 1
                else:
                    o.quantity_1_balance_change = v
                v = g("noOfQuantity2Units")
                if v is None:
                    o.no_of_quantity_2_units = u
                    if "noOfQuantity2Units" not in d:
                        m += 1
                else:
                    o.no_of_quantity_2_units = v
                v = g("quantity2ProductUnit")
                if v is None:
                    o.quantity_2_product_unit = u
                    if "quantity2ProductUnit" not in d:
                        m += 1
                else:
                    o.quantity_2_product_unit = v
                v = g("quantity2BalanceIn")
                if v is None:
                    o.quantity_2_balance_in = u
                    if "quantity2BalanceIn" not in d:
                        m += 1
                else:
                    o.quantity_2_balance_in = v
                v = g("quantity2BalanceOut")
                if v is None:
                    o.quantity_2_balance_out = u
                    if "quantity2BalanceOut" not in d:
                        m += 1
                else:
                    o.quantity_2_balance_out = v
                v = g("quantity2BalanceChange")
                if v is None:
                    o.quantity_2_balance_change = u
                    if "quantity2BalanceChange" not in d:
                        m += 1
                else:
                    o.quantity_2_balance_change = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account_id", "accountId"),
            ("balance_change", "balanceChange"),
            ("balance_in", "balanceIn"),
            ("balance_out", "balanceOut"),
            ("no_of_currencies", "noOfCurrencies"),
            ("balance_currency", "balanceCurrency"),
            ("balance_currency_change", "balanceCurrencyChange"),
            ("balance_currency_in", "balanceCurrencyIn"),
            ("balance_currency_out", "balanceCurrencyOut"),
            ("no_of_quantity_1_units", "noOfQuantity1Units"),
            ("quantity_1_product_unit", "quantity1ProductUnit"),
            ("quantity_1_balance_in", "quantity1BalanceIn"),
            ("quantity_1_balance_out", "quantity1BalanceOut"),
            ("quantity_1_balance_change", "quantity1BalanceChange"),
            ("no_of_quantity_2_units", "noOfQuantity2Units"),
            ("quantity_2_product_unit", "quantity2ProductUnit"),
            ("quantity_2_balance_in", "quantity2BalanceIn"),
            ("quantity_2_balance_out", "quantity2BalanceOut"),
            ("quantity_2_balance_change", "quantity2BalanceChange"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
            v = s.no_of_currencies
            o.no_of_currencies = u if v is None else v
            v = s.balance_currency
            o.balance_currency = u if v is None else v
            v = s.balance_currency_change
            o.balance_currency_change = u if v is None else v
            v = s.balance_currency_in
            o.balance_currency_in = u if v is None else v
            v = s.balance_currency_out
            o.balance_currency_out = u if v is None else v
            v = s.no_of_quantity_1_units
            o.no_of_quantity_1_units = u if v is None else v
            v = s.quantity_1_product_unit
            o.quantity_1_product_unit = u if v is None else v
            v = s.quantity_1_balance_in
            o.quantity_1_balance_in = u if v is None else v
            v = s.quantity_1_balance_out
            o.quantity_1_balance_out = u if v is None else v
            v = s.quantity_1_balance_change
            o.quantity_1_balance_change = u if v is None else v
            v = s.no_of_quantity_2_units
            o.no_of_quantity_2_units = u if v is None else v
            v = s.quantity_2_product_unit
            o.quantity_2_product_unit = u if v is None else v
            v = s.quantity_2_balance_in
            o.quantity_2_balance_in = u if v is None else v
            v = s.quantity_2_balance_out
            o.quantity_2_balance_out = u if v is None else v
            v = s.quantity_2_balance_change
            o.quantity_2_balance_change = u if v is None else v
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
