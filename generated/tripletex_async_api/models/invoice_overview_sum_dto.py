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

T = TypeVar("T", bound="InvoiceOverviewSumDTO")


@_attrs_define
class InvoiceOverviewSumDTO(Model):
    """
    Attributes:
        count (int | Unset):
        sum_total (float | Unset):
        sum_total_excl_vat (float | Unset):
        sum_paid (float | Unset):
        sum_outstanding (float | Unset):
    """

    count: int | Unset = UNSET
    sum_total: float | Unset = UNSET
    sum_total_excl_vat: float | Unset = UNSET
    sum_paid: float | Unset = UNSET
    sum_outstanding: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.count
        if _v is not UNSET and not _in_request:
            field_dict["count"] = _v
        _v = self.sum_total
        if _v is not UNSET and not _in_request:
            field_dict["sumTotal"] = _v
        _v = self.sum_total_excl_vat
        if _v is not UNSET and not _in_request:
            field_dict["sumTotalExclVat"] = _v
        _v = self.sum_paid
        if _v is not UNSET and not _in_request:
            field_dict["sumPaid"] = _v
        _v = self.sum_outstanding
        if _v is not UNSET and not _in_request:
            field_dict["sumOutstanding"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceOverviewSumDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceOverviewSumDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "count",
                "sumTotal",
                "sumTotalExclVat",
                "sumPaid",
                "sumOutstanding",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("sumTotal")
                if v is None:
                    o.sum_total = u
                    if "sumTotal" not in d:
                        m += 1
                else:
                    o.sum_total = v
                v = g("sumTotalExclVat")
                if v is None:
                    o.sum_total_excl_vat = u
                    if "sumTotalExclVat" not in d:
                        m += 1
                else:
                    o.sum_total_excl_vat = v
                v = g("sumPaid")
                if v is None:
                    o.sum_paid = u
                    if "sumPaid" not in d:
                        m += 1
                else:
                    o.sum_paid = v
                v = g("sumOutstanding")
                if v is None:
                    o.sum_outstanding = u
                    if "sumOutstanding" not in d:
                        m += 1
                else:
                    o.sum_outstanding = v
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
            ("count", "count"),
            ("sum_total", "sumTotal"),
            ("sum_total_excl_vat", "sumTotalExclVat"),
            ("sum_paid", "sumPaid"),
            ("sum_outstanding", "sumOutstanding"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.count
            o.count = u if v is None else v
            v = s.sum_total
            o.sum_total = u if v is None else v
            v = s.sum_total_excl_vat
            o.sum_total_excl_vat = u if v is None else v
            v = s.sum_paid
            o.sum_paid = u if v is None else v
            v = s.sum_outstanding
            o.sum_outstanding = u if v is None else v
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
