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
    from ..models.payment_card_info_details import PaymentCardInfoDetails


T = TypeVar("T", bound="PaymentCardInfoDTO")


@_attrs_define
class PaymentCardInfoDTO(Model):
    """
    Attributes:
        cancelled (list[PaymentCardInfoDetails] | Unset): Amount of cancelled payments
        under_processing (list[PaymentCardInfoDetails] | Unset): Amount of payments under processing
        for_approval (list[PaymentCardInfoDetails] | Unset): Amount of payments for approval
    """

    cancelled: list[PaymentCardInfoDetails] | Unset = UNSET
    under_processing: list[PaymentCardInfoDetails] | Unset = UNSET
    for_approval: list[PaymentCardInfoDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.cancelled
        if _v is not UNSET and not _in_request:
            field_dict["cancelled"] = [_e.to_dict() for _e in _v]
        _v = self.under_processing
        if _v is not UNSET and not _in_request:
            field_dict["underProcessing"] = [_e.to_dict() for _e in _v]
        _v = self.for_approval
        if _v is not UNSET and not _in_request:
            field_dict["forApproval"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentCardInfoDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PaymentCardInfoDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.payment_card_info_details import PaymentCardInfoDetails  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "cancelled",
                "underProcessing",
                "forApproval",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "cancelled"
                v = g("cancelled")
                if v is None:
                    o.cancelled = u
                    if "cancelled" not in d:
                        m += 1
                else:
                    o.cancelled = (
                        ([PaymentCardInfoDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "underProcessing"
                v = g("underProcessing")
                if v is None:
                    o.under_processing = u
                    if "underProcessing" not in d:
                        m += 1
                else:
                    o.under_processing = (
                        ([PaymentCardInfoDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "forApproval"
                v = g("forApproval")
                if v is None:
                    o.for_approval = u
                    if "forApproval" not in d:
                        m += 1
                else:
                    o.for_approval = (
                        ([PaymentCardInfoDetails._tx_parse(e) for e in v if e is not None] if v else [])
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
            ("cancelled", "cancelled"),
            ("under_processing", "underProcessing"),
            ("for_approval", "forApproval"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.cancelled
            o.cancelled = (
                u
                if v is None or v is u
                else ([PaymentCardInfoDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.under_processing
            o.under_processing = (
                u
                if v is None or v is u
                else ([PaymentCardInfoDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.for_approval
            o.for_approval = (
                u
                if v is None or v is u
                else ([PaymentCardInfoDetails._tx_parse(e) for e in v if e is not None] if v else [])
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
