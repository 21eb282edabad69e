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
    from ..models.vat_returns_comment import VatReturnsComment


T = TypeVar("T", bound="VatReturnsVatCodeComment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("comments", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class VatReturnsVatCodeComment(LazyModel):
    """
    Attributes:
        vat_code (str | Unset): The vatCode
        comments (list[VatReturnsComment] | Unset): [read-only] List of comments for the given vatCode
    """

    vat_code: str | Unset = UNSET
    comments: list[VatReturnsComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vat_code = self.vat_code

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if comments is not UNSET and not _in_request:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturnsVatCodeComment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.vat_returns_comment import VatReturnsComment  # noqa: PLC0415

        def _p_comments(_tx_v: Any) -> list[VatReturnsComment] | Unset:
            _comments = _tx_v
            comments: list[VatReturnsComment] | Unset = UNSET
            if _comments is not UNSET:
                comments = []
                for comments_item_data in _comments:
                    if comments_item_data is None:
                        continue
                    comments_item = VatReturnsComment._tx_from_json(comments_item_data)

                    comments.append(comments_item)

            return comments

        _tx_known: frozenset[str] = frozenset(
            (
                "vatCode",
                "comments",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vat_code": ("vatCode", None),
            "comments": ("comments", _p_comments),
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
