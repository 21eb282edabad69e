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

T = TypeVar("T", bound="TaxAssessmentNonPostedDetail")


@_attrs_define
class TaxAssessmentNonPostedDetail(Model):
    """Non posted details

    Attributes:
        step (str | Unset):
        industry (str | Unset):
        posted_amount (float | Unset):
        calculated_amount (float | Unset):
        not_posted_amount (float | Unset):
    """

    step: str | Unset = UNSET
    industry: str | Unset = UNSET
    posted_amount: float | Unset = UNSET
    calculated_amount: float | Unset = UNSET
    not_posted_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.step
        if _v is not UNSET:
            field_dict["step"] = _v
        _v = self.industry
        if _v is not UNSET:
            field_dict["industry"] = _v
        _v = self.posted_amount
        if _v is not UNSET and not _in_request:
            field_dict["postedAmount"] = _v
        _v = self.calculated_amount
        if _v is not UNSET and not _in_request:
            field_dict["calculatedAmount"] = _v
        _v = self.not_posted_amount
        if _v is not UNSET and not _in_request:
            field_dict["notPostedAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentNonPostedDetail from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessmentNonPostedDetail.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "step",
                "industry",
                "postedAmount",
                "calculatedAmount",
                "notPostedAmount",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("step")
                if v is None:
                    o.step = u
                    if "step" not in d:
                        m += 1
                else:
                    o.step = v
                v = g("industry")
                if v is None:
                    o.industry = u
                    if "industry" not in d:
                        m += 1
                else:
                    o.industry = v
                v = g("postedAmount")
                if v is None:
                    o.posted_amount = u
                    if "postedAmount" not in d:
                        m += 1
                else:
                    o.posted_amount = v
                v = g("calculatedAmount")
                if v is None:
                    o.calculated_amount = u
                    if "calculatedAmount" not in d:
                        m += 1
                else:
                    o.calculated_amount = v
                v = g("notPostedAmount")
                if v is None:
                    o.not_posted_amount = u
                    if "notPostedAmount" not in d:
                        m += 1
                else:
                    o.not_posted_amount = v
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
            ("step", "step"),
            ("industry", "industry"),
            ("posted_amount", "postedAmount"),
            ("calculated_amount", "calculatedAmount"),
            ("not_posted_amount", "notPostedAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.step
            o.step = u if v is None else v
            v = s.industry
            o.industry = u if v is None else v
            v = s.posted_amount
            o.posted_amount = u if v is None else v
            v = s.calculated_amount
            o.calculated_amount = u if v is None else v
            v = s.not_posted_amount
            o.not_posted_amount = u if v is None else v
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
