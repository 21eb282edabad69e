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
    from ..models.currency import Currency
    from ..models.supplier import Supplier


T = TypeVar("T", bound="SupplierBalance")


@_attrs_define
class SupplierBalance(Model):
    """
    Attributes:
        supplier (Supplier | Unset):
        balance_in (float | Unset):
        balance_change (float | Unset):
        balance_out (float | Unset):
        balance_in_currencies (list[Currency] | Unset): Currencies that have been used prior to this period, for the
            given filter
        sum_amount_negative (float | Unset):
    """

    supplier: Supplier | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    balance_in_currencies: list[Currency] | Unset = UNSET
    sum_amount_negative: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.balance_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceChange"] = _v
        _v = self.balance_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceOut"] = _v
        _v = self.balance_in_currencies
        if _v is not UNSET and not _in_request:
            field_dict["balanceInCurrencies"] = [_e.to_dict() for _e in _v]
        _v = self.sum_amount_negative
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountNegative"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierBalance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SupplierBalance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "supplier",
                "balanceIn",
                "balanceChange",
                "balanceOut",
                "balanceInCurrencies",
                "sumAmountNegative",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
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
                k = "balanceInCurrencies"
                v = g("balanceInCurrencies")
                if v is None:
                    o.balance_in_currencies = u
                    if "balanceInCurrencies" not in d:
                        m += 1
                else:
                    o.balance_in_currencies = (
                        ([Currency._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumAmountNegative")
                if v is None:
                    o.sum_amount_negative = u
                    if "sumAmountNegative" not in d:
                        m += 1
                else:
                    o.sum_amount_negative = v
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
            ("supplier", "supplier"),
            ("balance_in", "balanceIn"),
            ("balance_change", "balanceChange"),
            ("balance_out", "balanceOut"),
            ("balance_in_currencies", "balanceInCurrencies"),
            ("sum_amount_negative", "sumAmountNegative"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
            v = s.balance_in_currencies
            o.balance_in_currencies = (
                u
                if v is None or v is u
                else ([Currency._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_amount_negative
            o.sum_amount_negative = u if v is None else v
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
