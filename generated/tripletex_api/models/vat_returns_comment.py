from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_comment_delivered_sign import VatReturnsCommentDeliveredSign
from ..models.vat_returns_comment_expected_sign import VatReturnsCommentExpectedSign
from ..models.vat_returns_comment_vat_specification_type import VatReturnsCommentVatSpecificationType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VatReturnsComment")


@_attrs_define
class VatReturnsComment:
    """List of comments for the given vatCode

    Attributes:
        title (str | Unset): [read-only] Title of the comment
        technical_name (str | Unset): [read-only] Technical name of the comment
        description (str | Unset): [read-only] Detailed description of the comment
        vat_specification_type (VatReturnsCommentVatSpecificationType | Unset): [read-only] Detailed description of the
            comment
        expected_sign (VatReturnsCommentExpectedSign | Unset): [read-only] The sign expected on the structured comment
        delivered_sign (VatReturnsCommentDeliveredSign | Unset): [read-only] The sign delivered on the structured
            comment
    """

    title: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    description: str | Unset = UNSET
    vat_specification_type: VatReturnsCommentVatSpecificationType | Unset = UNSET
    expected_sign: VatReturnsCommentExpectedSign | Unset = UNSET
    delivered_sign: VatReturnsCommentDeliveredSign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        title = self.title

        technical_name = self.technical_name

        description = self.description

        vat_specification_type: str | Unset = UNSET
        if not isinstance(self.vat_specification_type, Unset):
            vat_specification_type = self.vat_specification_type.value

        expected_sign: str | Unset = UNSET
        if not isinstance(self.expected_sign, Unset):
            expected_sign = self.expected_sign.value

        delivered_sign: str | Unset = UNSET
        if not isinstance(self.delivered_sign, Unset):
            delivered_sign = self.delivered_sign.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if technical_name is not UNSET and not _in_request:
            field_dict["technicalName"] = technical_name
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if vat_specification_type is not UNSET and not _in_request:
            field_dict["vatSpecificationType"] = vat_specification_type
        if expected_sign is not UNSET and not _in_request:
            field_dict["expectedSign"] = expected_sign
        if delivered_sign is not UNSET and not _in_request:
            field_dict["deliveredSign"] = delivered_sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        title = d.pop("title", UNSET)

        technical_name = d.pop("technicalName", UNSET)

        description = d.pop("description", UNSET)

        _vat_specification_type = d.pop("vatSpecificationType", UNSET)
        vat_specification_type: VatReturnsCommentVatSpecificationType | Unset
        if isinstance(_vat_specification_type, Unset):
            vat_specification_type = UNSET
        else:
            vat_specification_type = VatReturnsCommentVatSpecificationType(_vat_specification_type)

        _expected_sign = d.pop("expectedSign", UNSET)
        expected_sign: VatReturnsCommentExpectedSign | Unset
        if isinstance(_expected_sign, Unset):
            expected_sign = UNSET
        else:
            expected_sign = VatReturnsCommentExpectedSign(_expected_sign)

        _delivered_sign = d.pop("deliveredSign", UNSET)
        delivered_sign: VatReturnsCommentDeliveredSign | Unset
        if isinstance(_delivered_sign, Unset):
            delivered_sign = UNSET
        else:
            delivered_sign = VatReturnsCommentDeliveredSign(_delivered_sign)

        _obj = cls(
            title=title,
            technical_name=technical_name,
            description=description,
            vat_specification_type=vat_specification_type,
            expected_sign=expected_sign,
            delivered_sign=delivered_sign,
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
