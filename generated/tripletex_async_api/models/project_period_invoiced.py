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

T = TypeVar("T", bound="ProjectPeriodInvoiced")


@_attrs_define
class ProjectPeriodInvoiced(Model):
    """
    Attributes:
        sum_amount_paid (float | Unset):
        sum_amount_outstanding (float | Unset):
        sum_amount_due (float | Unset):
        sum_amount_due_outstanding (float | Unset):
        sum_amount (float | Unset):
    """

    sum_amount_paid: float | Unset = UNSET
    sum_amount_outstanding: float | Unset = UNSET
    sum_amount_due: float | Unset = UNSET
    sum_amount_due_outstanding: float | Unset = UNSET
    sum_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sum_amount_paid
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountPaid"] = _v
        _v = self.sum_amount_outstanding
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountOutstanding"] = _v
        _v = self.sum_amount_due
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountDue"] = _v
        _v = self.sum_amount_due_outstanding
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountDueOutstanding"] = _v
        _v = self.sum_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectPeriodInvoiced from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectPeriodInvoiced.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sumAmountPaid",
                "sumAmountOutstanding",
                "sumAmountDue",
                "sumAmountDueOutstanding",
                "sumAmount",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sumAmountPaid")
                if v is None:
                    o.sum_amount_paid = u
                    if "sumAmountPaid" not in d:
                        m += 1
                else:
                    o.sum_amount_paid = v
                v = g("sumAmountOutstanding")
                if v is None:
                    o.sum_amount_outstanding = u
                    if "sumAmountOutstanding" not in d:
                        m += 1
                else:
                    o.sum_amount_outstanding = v
                v = g("sumAmountDue")
                if v is None:
                    o.sum_amount_due = u
                    if "sumAmountDue" not in d:
                        m += 1
                else:
                    o.sum_amount_due = v
                v = g("sumAmountDueOutstanding")
                if v is None:
                    o.sum_amount_due_outstanding = u
                    if "sumAmountDueOutstanding" not in d:
                        m += 1
                else:
                    o.sum_amount_due_outstanding = v
                v = g("sumAmount")
                if v is None:
                    o.sum_amount = u
                    if "sumAmount" not in d:
                        m += 1
                else:
                    o.sum_amount = v
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
            ("sum_amount_paid", "sumAmountPaid"),
            ("sum_amount_outstanding", "sumAmountOutstanding"),
            ("sum_amount_due", "sumAmountDue"),
            ("sum_amount_due_outstanding", "sumAmountDueOutstanding"),
            ("sum_amount", "sumAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_amount_paid
            o.sum_amount_paid = u if v is None else v
            v = s.sum_amount_outstanding
            o.sum_amount_outstanding = u if v is None else v
            v = s.sum_amount_due
            o.sum_amount_due = u if v is None else v
            v = s.sum_amount_due_outstanding
            o.sum_amount_due_outstanding = u if v is None else v
            v = s.sum_amount
            o.sum_amount = u if v is None else v
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
