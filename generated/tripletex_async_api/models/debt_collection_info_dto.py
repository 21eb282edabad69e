from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="DebtCollectionInfoDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("comments", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class DebtCollectionInfoDTO(LazyModel):
    """
    Attributes:
        status (str | Unset): [read-only]
        comments (list[str] | Unset): [read-only]
        reference_number (str | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    status: str | Unset = UNSET
    comments: list[str] | Unset = UNSET
    reference_number: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        status = self.status

        comments: list[str] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = self.comments

        reference_number = self.reference_number

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if comments is not UNSET and not _in_request:
            field_dict["comments"] = comments
        if reference_number is not UNSET and not _in_request:
            field_dict["referenceNumber"] = reference_number
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DebtCollectionInfoDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_comments(_tx_v: Any) -> list[str] | Unset:
            comments = cast(list[str], _tx_v)

            return comments

        _tx_known: frozenset[str] = frozenset(
            (
                "status",
                "comments",
                "referenceNumber",
                "url",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "status": ("status", None),
            "comments": ("comments", _p_comments),
            "reference_number": ("referenceNumber", None),
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
