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
    from ..models.currency_payments_sum import CurrencyPaymentsSum


T = TypeVar("T", bound="PaymentsSumDTO")


@_attrs_define
class PaymentsSumDTO(Model):
    """
    Attributes:
        unpaid_transactions_sum (list[CurrencyPaymentsSum] | Unset): Sum of all payments excluding paid and under
            process in bank, by currencies.
        ongoing_transactions_sum (list[CurrencyPaymentsSum] | Unset): Sum of the all ongoing payments by currencies.
        overdue_transactions_sum (list[CurrencyPaymentsSum] | Unset): Sum of all overdue payments by currencies.
        for_approval_payments_count (float | Unset): Number of payments for approval.
        cancelled_payments_count (float | Unset): Number of cancelled payments.
        rejected_payments_count (float | Unset): Number of rejected payments.
    """

    unpaid_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
    ongoing_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
    overdue_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
    for_approval_payments_count: float | Unset = UNSET
    cancelled_payments_count: float | Unset = UNSET
    rejected_payments_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.unpaid_transactions_sum
        if _v is not UNSET and not _in_request:
            field_dict["unpaidTransactionsSum"] = [_e.to_dict() for _e in _v]
        _v = self.ongoing_transactions_sum
        if _v is not UNSET and not _in_request:
            field_dict["ongoingTransactionsSum"] = [_e.to_dict() for _e in _v]
        _v = self.overdue_transactions_sum
        if _v is not UNSET and not _in_request:
            field_dict["overdueTransactionsSum"] = [_e.to_dict() for _e in _v]
        _v = self.for_approval_payments_count
        if _v is not UNSET and not _in_request:
            field_dict["forApprovalPaymentsCount"] = _v
        _v = self.cancelled_payments_count
        if _v is not UNSET and not _in_request:
            field_dict["cancelledPaymentsCount"] = _v
        _v = self.rejected_payments_count
        if _v is not UNSET and not _in_request:
            field_dict["rejectedPaymentsCount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentsSumDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PaymentsSumDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency_payments_sum import CurrencyPaymentsSum  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "unpaidTransactionsSum",
                "ongoingTransactionsSum",
                "overdueTransactionsSum",
                "forApprovalPaymentsCount",
                "cancelledPaymentsCount",
                "rejectedPaymentsCount",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "unpaidTransactionsSum"
                v = g("unpaidTransactionsSum")
                if v is None:
                    o.unpaid_transactions_sum = u
                    if "unpaidTransactionsSum" not in d:
                        m += 1
                else:
                    o.unpaid_transactions_sum = (
                        ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "ongoingTransactionsSum"
                v = g("ongoingTransactionsSum")
                if v is None:
                    o.ongoing_transactions_sum = u
                    if "ongoingTransactionsSum" not in d:
                        m += 1
                else:
                    o.ongoing_transactions_sum = (
                        ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "overdueTransactionsSum"
                v = g("overdueTransactionsSum")
                if v is None:
                    o.overdue_transactions_sum = u
                    if "overdueTransactionsSum" not in d:
                        m += 1
                else:
                    o.overdue_transactions_sum = (
                        ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("forApprovalPaymentsCount")
                if v is None:
                    o.for_approval_payments_count = u
                    if "forApprovalPaymentsCount" not in d:
                        m += 1
                else:
                    o.for_approval_payments_count = v
                v = g("cancelledPaymentsCount")
                if v is None:
                    o.cancelled_payments_count = u
                    if "cancelledPaymentsCount" not in d:
                        m += 1
                else:
                    o.cancelled_payments_count = v
                v = g("rejectedPaymentsCount")
                if v is None:
                    o.rejected_payments_count = u
                    if "rejectedPaymentsCount" not in d:
                        m += 1
                else:
                    o.rejected_payments_count = v
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
            ("unpaid_transactions_sum", "unpaidTransactionsSum"),
            ("ongoing_transactions_sum", "ongoingTransactionsSum"),
            ("overdue_transactions_sum", "overdueTransactionsSum"),
            ("for_approval_payments_count", "forApprovalPaymentsCount"),
            ("cancelled_payments_count", "cancelledPaymentsCount"),
            ("rejected_payments_count", "rejectedPaymentsCount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.unpaid_transactions_sum
            o.unpaid_transactions_sum = (
                u
                if v is None or v is u
                else ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.ongoing_transactions_sum
            o.ongoing_transactions_sum = (
                u
                if v is None or v is u
                else ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.overdue_transactions_sum
            o.overdue_transactions_sum = (
                u
                if v is None or v is u
                else ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.for_approval_payments_count
            o.for_approval_payments_count = u if v is None else v
            v = s.cancelled_payments_count
            o.cancelled_payments_count = u if v is None else v
            v = s.rejected_payments_count
            o.rejected_payments_count = u if v is None else v
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
