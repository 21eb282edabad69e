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
    from ..models.a07_details_business import A07DetailsBusiness
    from ..models.a07_details_payment_information import A07DetailsPaymentInformation
    from ..models.a07_details_submission import A07DetailsSubmission


T = TypeVar("T", bound="A07Details")


@_attrs_define
class A07Details(Model):
    """
    Attributes:
        payment_information (A07DetailsPaymentInformation | Unset):
        submissions (list[A07DetailsSubmission] | Unset):
        businesses (list[A07DetailsBusiness] | Unset):
    """

    payment_information: A07DetailsPaymentInformation | Unset = UNSET
    submissions: list[A07DetailsSubmission] | Unset = UNSET
    businesses: list[A07DetailsBusiness] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.payment_information
        if _v is not UNSET:
            field_dict["paymentInformation"] = _v.to_dict()
        _v = self.submissions
        if _v is not UNSET and not _in_request:
            field_dict["submissions"] = [_e.to_dict() for _e in _v]
        _v = self.businesses
        if _v is not UNSET and not _in_request:
            field_dict["businesses"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07Details from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``A07Details.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.a07_details_business import A07DetailsBusiness  # noqa: PLC0415
        from ..models.a07_details_payment_information import A07DetailsPaymentInformation  # noqa: PLC0415
        from ..models.a07_details_submission import A07DetailsSubmission  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "paymentInformation",
                "submissions",
                "businesses",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "paymentInformation"
                v = g("paymentInformation")
                if v is None:
                    o.payment_information = u
                    if "paymentInformation" not in d:
                        m += 1
                else:
                    o.payment_information = A07DetailsPaymentInformation._tx_parse(v)
                k = "submissions"
                v = g("submissions")
                if v is None:
                    o.submissions = u
                    if "submissions" not in d:
                        m += 1
                else:
                    o.submissions = (
                        ([A07DetailsSubmission._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "businesses"
                v = g("businesses")
                if v is None:
                    o.businesses = u
                    if "businesses" not in d:
                        m += 1
                else:
                    o.businesses = (
                        ([A07DetailsBusiness._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("payment_information", "paymentInformation"),
            ("submissions", "submissions"),
            ("businesses", "businesses"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.payment_information
            o.payment_information = u if v is None or v is u else A07DetailsPaymentInformation._tx_parse(v)
            v = s.submissions
            o.submissions = (
                u
                if v is None or v is u
                else ([A07DetailsSubmission._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.businesses
            o.businesses = (
                u
                if v is None or v is u
                else ([A07DetailsBusiness._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
