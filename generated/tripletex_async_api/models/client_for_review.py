from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ClientForReview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ClientForReview(LazyModel):
    """
    Attributes:
        client_id (int | Unset): [read-only]
        client_name (str | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        authorized (bool | Unset): [read-only]
        for_review_count (int | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    authorized: bool | Unset = UNSET
    for_review_count: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        client_id = self.client_id

        client_name = self.client_name

        customer_id = self.customer_id

        authorized = self.authorized

        for_review_count = self.for_review_count

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET and not _in_request:
            field_dict["clientId"] = client_id
        if client_name is not UNSET and not _in_request:
            field_dict["clientName"] = client_name
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if authorized is not UNSET and not _in_request:
            field_dict["authorized"] = authorized
        if for_review_count is not UNSET and not _in_request:
            field_dict["forReviewCount"] = for_review_count
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientForReview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "clientId",
                "clientName",
                "customerId",
                "authorized",
                "forReviewCount",
                "url",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "client_id": ("clientId", None),
            "client_name": ("clientName", None),
            "customer_id": ("customerId", None),
            "authorized": ("authorized", None),
            "for_review_count": ("forReviewCount", None),
            "url": ("url", None),
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
