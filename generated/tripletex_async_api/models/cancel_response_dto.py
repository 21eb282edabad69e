from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.payment import Payment


T = TypeVar("T", bound="CancelResponseDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("paymentToBeCancelled", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class CancelResponseDTO(LazyModel):
    """
    Attributes:
        redirect_url (str | Unset): [read-only] The redirect URL to ZTL SCA for cancelling the payment
        cancellation_successful (bool | Unset): [read-only] Was the cancellation successful?
        payment_to_be_cancelled (Payment | Unset):
    """

    redirect_url: str | Unset = UNSET
    cancellation_successful: bool | Unset = UNSET
    payment_to_be_cancelled: Payment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        redirect_url = self.redirect_url

        cancellation_successful = self.cancellation_successful

        payment_to_be_cancelled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_to_be_cancelled, Unset):
            payment_to_be_cancelled = self.payment_to_be_cancelled.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redirect_url is not UNSET and not _in_request:
            field_dict["redirectUrl"] = redirect_url
        if cancellation_successful is not UNSET and not _in_request:
            field_dict["cancellationSuccessful"] = cancellation_successful
        if payment_to_be_cancelled is not UNSET:
            field_dict["paymentToBeCancelled"] = payment_to_be_cancelled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CancelResponseDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.payment import Payment  # noqa: PLC0415

        def _p_payment_to_be_cancelled(_tx_v: Any) -> Payment | Unset:
            _payment_to_be_cancelled = _tx_v
            payment_to_be_cancelled: Payment | Unset
            if isinstance(_payment_to_be_cancelled, Unset):
                payment_to_be_cancelled = UNSET
            else:
                payment_to_be_cancelled = Payment._tx_from_json(_payment_to_be_cancelled)

            return payment_to_be_cancelled

        _tx_known: frozenset[str] = frozenset(
            (
                "redirectUrl",
                "cancellationSuccessful",
                "paymentToBeCancelled",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "redirect_url": ("redirectUrl", None),
            "cancellation_successful": ("cancellationSuccessful", None),
            "payment_to_be_cancelled": ("paymentToBeCancelled", _p_payment_to_be_cancelled),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
