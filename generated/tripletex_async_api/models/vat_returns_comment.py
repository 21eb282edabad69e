from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_comment_delivered_sign import VatReturnsCommentDeliveredSign
from ..models.vat_returns_comment_expected_sign import VatReturnsCommentExpectedSign
from ..models.vat_returns_comment_vat_specification_type import VatReturnsCommentVatSpecificationType
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

T = TypeVar("T", bound="VatReturnsComment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("vatSpecificationType", str, False),
    ("expectedSign", str, False),
    ("deliveredSign", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatReturnsComment(LazyModel):
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
        self._tx_load()
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
        """A VatReturnsComment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_vat_specification_type(_tx_v: Any) -> VatReturnsCommentVatSpecificationType | Unset:
            _vat_specification_type = _tx_v
            vat_specification_type: VatReturnsCommentVatSpecificationType | Unset
            if isinstance(_vat_specification_type, Unset):
                vat_specification_type = UNSET
            else:
                vat_specification_type = VatReturnsCommentVatSpecificationType(_vat_specification_type)

            return vat_specification_type

        def _p_expected_sign(_tx_v: Any) -> VatReturnsCommentExpectedSign | Unset:
            _expected_sign = _tx_v
            expected_sign: VatReturnsCommentExpectedSign | Unset
            if isinstance(_expected_sign, Unset):
                expected_sign = UNSET
            else:
                expected_sign = VatReturnsCommentExpectedSign(_expected_sign)

            return expected_sign

        def _p_delivered_sign(_tx_v: Any) -> VatReturnsCommentDeliveredSign | Unset:
            _delivered_sign = _tx_v
            delivered_sign: VatReturnsCommentDeliveredSign | Unset
            if isinstance(_delivered_sign, Unset):
                delivered_sign = UNSET
            else:
                delivered_sign = VatReturnsCommentDeliveredSign(_delivered_sign)

            return delivered_sign

        _tx_known: frozenset[str] = frozenset(
            (
                "title",
                "technicalName",
                "description",
                "vatSpecificationType",
                "expectedSign",
                "deliveredSign",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "title": ("title", None),
            "technical_name": ("technicalName", None),
            "description": ("description", None),
            "vat_specification_type": ("vatSpecificationType", _p_vat_specification_type),
            "expected_sign": ("expectedSign", _p_expected_sign),
            "delivered_sign": ("deliveredSign", _p_delivered_sign),
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
