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
    from ..models.amelding_periodic_payment import AmeldingPeriodicPayment


T = TypeVar("T", bound="AmeldingPeriodicPaymentOverview")


@_attrs_define
class AmeldingPeriodicPaymentOverview(Model):
    """
    Attributes:
        payments (list[AmeldingPeriodicPayment] | Unset): Amount of payments
        total_ledger_sum (float | Unset): Total ledger sum of all payments
        total_amelding_sum (float | Unset): Total amelding sum of all payments
        total_paid_amount (float | Unset): Total paid amount of all payments
        total_rest_amount (float | Unset): Total rest amount of all payments
    """

    payments: list[AmeldingPeriodicPayment] | Unset = UNSET
    total_ledger_sum: float | Unset = UNSET
    total_amelding_sum: float | Unset = UNSET
    total_paid_amount: float | Unset = UNSET
    total_rest_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.payments
        if _v is not UNSET:
            field_dict["payments"] = [_e.to_dict() for _e in _v]
        _v = self.total_ledger_sum
        if _v is not UNSET and not _in_request:
            field_dict["totalLedgerSum"] = _v
        _v = self.total_amelding_sum
        if _v is not UNSET and not _in_request:
            field_dict["totalAmeldingSum"] = _v
        _v = self.total_paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalPaidAmount"] = _v
        _v = self.total_rest_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalRestAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingPeriodicPaymentOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AmeldingPeriodicPaymentOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.amelding_periodic_payment import AmeldingPeriodicPayment  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "payments",
                "totalLedgerSum",
                "totalAmeldingSum",
                "totalPaidAmount",
                "totalRestAmount",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "payments"
                v = g("payments")
                if v is None:
                    o.payments = u
                    if "payments" not in d:
                        m += 1
                else:
                    o.payments = (
                        ([AmeldingPeriodicPayment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalLedgerSum")
                if v is None:
                    o.total_ledger_sum = u
                    if "totalLedgerSum" not in d:
                        m += 1
                else:
                    o.total_ledger_sum = v
                v = g("totalAmeldingSum")
                if v is None:
                    o.total_amelding_sum = u
                    if "totalAmeldingSum" not in d:
                        m += 1
                else:
                    o.total_amelding_sum = v
                v = g("totalPaidAmount")
                if v is None:
                    o.total_paid_amount = u
                    if "totalPaidAmount" not in d:
                        m += 1
                else:
                    o.total_paid_amount = v
                v = g("totalRestAmount")
                if v is None:
                    o.total_rest_amount = u
                    if "totalRestAmount" not in d:
                        m += 1
                else:
                    o.total_rest_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("payments", "payments"),
            ("total_ledger_sum", "totalLedgerSum"),
            ("total_amelding_sum", "totalAmeldingSum"),
            ("total_paid_amount", "totalPaidAmount"),
            ("total_rest_amount", "totalRestAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.payments
            o.payments = (
                u
                if v is None or v is u
                else ([AmeldingPeriodicPayment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_ledger_sum
            o.total_ledger_sum = u if v is None else v
            v = s.total_amelding_sum
            o.total_amelding_sum = u if v is None else v
            v = s.total_paid_amount
            o.total_paid_amount = u if v is None else v
            v = s.total_rest_amount
            o.total_rest_amount = u if v is None else v
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
