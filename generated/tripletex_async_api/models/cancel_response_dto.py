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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.payment import Payment


T = TypeVar("T", bound="CancelResponseDTO")


@_attrs_define
class CancelResponseDTO(Model):
    """
    Attributes:
        redirect_url (str | Unset): The redirect URL to ZTL SCA for cancelling the payment
        cancellation_successful (bool | Unset): Was the cancellation successful?
        payment_to_be_cancelled (Payment | Unset):
    """

    redirect_url: str | Unset = UNSET
    cancellation_successful: bool | Unset = UNSET
    payment_to_be_cancelled: Payment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.redirect_url
        if _v is not UNSET and not _in_request:
            field_dict["redirectUrl"] = _v
        _v = self.cancellation_successful
        if _v is not UNSET and not _in_request:
            field_dict["cancellationSuccessful"] = _v
        _v = self.payment_to_be_cancelled
        if _v is not UNSET:
            field_dict["paymentToBeCancelled"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CancelResponseDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CancelResponseDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.payment import Payment  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "redirectUrl",
                "cancellationSuccessful",
                "paymentToBeCancelled",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("redirectUrl")
                if v is None:
                    o.redirect_url = u
                    if "redirectUrl" not in d:
                        m += 1
                else:
                    o.redirect_url = v
                v = g("cancellationSuccessful")
                if v is None:
                    o.cancellation_successful = u
                    if "cancellationSuccessful" not in d:
                        m += 1
                else:
                    o.cancellation_successful = v
                k = "paymentToBeCancelled"
                v = g("paymentToBeCancelled")
                if v is None:
                    o.payment_to_be_cancelled = u
                    if "paymentToBeCancelled" not in d:
                        m += 1
                else:
                    o.payment_to_be_cancelled = Payment._tx_parse(v)
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
            ("redirect_url", "redirectUrl"),
            ("cancellation_successful", "cancellationSuccessful"),
            ("payment_to_be_cancelled", "paymentToBeCancelled"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.redirect_url
            o.redirect_url = u if v is None else v
            v = s.cancellation_successful
            o.cancellation_successful = u if v is None else v
            v = s.payment_to_be_cancelled
            o.payment_to_be_cancelled = u if v is None or v is u else Payment._tx_parse(v)
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
