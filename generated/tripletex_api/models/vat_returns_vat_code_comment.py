from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.vat_returns_comment import VatReturnsComment


T = TypeVar("T", bound="VatReturnsVatCodeComment")


@_attrs_define
class VatReturnsVatCodeComment:
    """
    Attributes:
        vat_code (str | Unset): The vatCode
        comments (list[VatReturnsComment] | Unset): [read-only] List of comments for the given vatCode
    """

    vat_code: str | Unset = UNSET
    comments: list[VatReturnsComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.vat_returns_comment import VatReturnsComment  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        vat_code = d.pop("vatCode", UNSET)

        _comments = d.pop("comments", UNSET)
        comments: list[VatReturnsComment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                if comments_item_data is None:
                    continue
                comments_item = VatReturnsComment.from_dict(comments_item_data)

                comments.append(comments_item)

        _obj = cls(
            vat_code=vat_code,
            comments=comments,
        )

        _obj.additional_properties = d
        return _obj

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
