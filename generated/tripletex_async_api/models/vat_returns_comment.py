from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_comment_delivered_sign import VatReturnsCommentDeliveredSign
from ..models.vat_returns_comment_expected_sign import VatReturnsCommentExpectedSign
from ..models.vat_returns_comment_vat_specification_type import VatReturnsCommentVatSpecificationType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="VatReturnsComment")


@_attrs_define
class VatReturnsComment(Model):
    """List of comments for the given vatCode

    Attributes:
        title (str | Unset): Title of the comment
        technical_name (str | Unset): Technical name of the comment
        description (str | Unset): Detailed description of the comment
        vat_specification_type (VatReturnsCommentVatSpecificationType | Unset): Detailed description of the comment
        expected_sign (VatReturnsCommentExpectedSign | Unset): The sign expected on the structured comment
        delivered_sign (VatReturnsCommentDeliveredSign | Unset): The sign delivered on the structured comment
    """

    title: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    description: str | Unset = UNSET
    vat_specification_type: VatReturnsCommentVatSpecificationType | Unset = UNSET
    expected_sign: VatReturnsCommentExpectedSign | Unset = UNSET
    delivered_sign: VatReturnsCommentDeliveredSign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.technical_name
        if _v is not UNSET and not _in_request:
            field_dict["technicalName"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.vat_specification_type
        if _v is not UNSET and not _in_request:
            field_dict["vatSpecificationType"] = _v._value_
        _v = self.expected_sign
        if _v is not UNSET and not _in_request:
            field_dict["expectedSign"] = _v._value_
        _v = self.delivered_sign
        if _v is not UNSET and not _in_request:
            field_dict["deliveredSign"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturnsComment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturnsComment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_vat_specification_type: dict[Any, Any] = enum_members(VatReturnsCommentVatSpecificationType)
        _e_expected_sign: dict[Any, Any] = enum_members(VatReturnsCommentExpectedSign)
        _e_delivered_sign: dict[Any, Any] = enum_members(VatReturnsCommentDeliveredSign)
        _known: frozenset[str] = frozenset(
            (
                "title",
                "technicalName",
                "description",
                "vatSpecificationType",
                "expectedSign",
                "deliveredSign",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("technicalName")
                if v is None:
                    o.technical_name = u
                    if "technicalName" not in d:
                        m += 1
                else:
                    o.technical_name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "vatSpecificationType"
                v = g("vatSpecificationType")
                if v is None:
                    o.vat_specification_type = u
                    if "vatSpecificationType" not in d:
                        m += 1
                else:
                    o.vat_specification_type = (
                        e_
                        if (e_ := _e_vat_specification_type.get(v)) is not None
                        else enum_value(VatReturnsCommentVatSpecificationType, v)
                    )
                k = "expectedSign"
                v = g("expectedSign")
                if v is None:
                    o.expected_sign = u
                    if "expectedSign" not in d:
                        m += 1
                else:
                    o.expected_sign = (
                        e_
                        if (e_ := _e_expected_sign.get(v)) is not None
                        else enum_value(VatReturnsCommentExpectedSign, v)
                    )
                k = "deliveredSign"
                v = g("deliveredSign")
                if v is None:
                    o.delivered_sign = u
                    if "deliveredSign" not in d:
                        m += 1
                else:
                    o.delivered_sign = (
                        e_
                        if (e_ := _e_delivered_sign.get(v)) is not None
                        else enum_value(VatReturnsCommentDeliveredSign, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("title", "title"),
            ("technical_name", "technicalName"),
            ("description", "description"),
            ("vat_specification_type", "vatSpecificationType"),
            ("expected_sign", "expectedSign"),
            ("delivered_sign", "deliveredSign"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.title
            o.title = u if v is None else v
            v = s.technical_name
            o.technical_name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.vat_specification_type
            o.vat_specification_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vat_specification_type.get(v)) is not None
                else enum_value(VatReturnsCommentVatSpecificationType, v)
            )
            v = s.expected_sign
            o.expected_sign = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_expected_sign.get(v)) is not None
                else enum_value(VatReturnsCommentExpectedSign, v)
            )
            v = s.delivered_sign
            o.delivered_sign = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_delivered_sign.get(v)) is not None
                else enum_value(VatReturnsCommentDeliveredSign, v)
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
