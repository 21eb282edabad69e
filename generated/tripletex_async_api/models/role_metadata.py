from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_metadata_boundary import RoleMetadataBoundary
from ..models.role_metadata_change_requirement import RoleMetadataChangeRequirement
from ..models.role_metadata_exclusivity import RoleMetadataExclusivity
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

T = TypeVar("T", bound="RoleMetadata")


@_attrs_define
class RoleMetadata(Model):
    """
    Attributes:
        id (int | Unset):
        name_text_key (str | Unset):
        group_name_text_key (str | Unset):
        boundary (RoleMetadataBoundary | Unset):
        exclusivity (RoleMetadataExclusivity | Unset):
        change_requirement (RoleMetadataChangeRequirement | Unset):
        info_text_key (str | Unset):
        category_id (int | Unset):
        dependencies (list[int] | Unset):
    """

    id: int | Unset = UNSET
    name_text_key: str | Unset = UNSET
    group_name_text_key: str | Unset = UNSET
    boundary: RoleMetadataBoundary | Unset = UNSET
    exclusivity: RoleMetadataExclusivity | Unset = UNSET
    change_requirement: RoleMetadataChangeRequirement | Unset = UNSET
    info_text_key: str | Unset = UNSET
    category_id: int | Unset = UNSET
    dependencies: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name_text_key
        if _v is not UNSET and not _in_request:
            field_dict["nameTextKey"] = _v
        _v = self.group_name_text_key
        if _v is not UNSET and not _in_request:
            field_dict["groupNameTextKey"] = _v
        _v = self.boundary
        if _v is not UNSET and not _in_request:
            field_dict["boundary"] = _v._value_
        _v = self.exclusivity
        if _v is not UNSET and not _in_request:
            field_dict["exclusivity"] = _v._value_
        _v = self.change_requirement
        if _v is not UNSET and not _in_request:
            field_dict["changeRequirement"] = _v._value_
        _v = self.info_text_key
        if _v is not UNSET and not _in_request:
            field_dict["infoTextKey"] = _v
        _v = self.category_id
        if _v is not UNSET and not _in_request:
            field_dict["categoryId"] = _v
        _v = self.dependencies
        if _v is not UNSET and not _in_request:
            field_dict["dependencies"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleMetadata from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RoleMetadata.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_boundary: dict[Any, Any] = enum_members(RoleMetadataBoundary)
        _e_exclusivity: dict[Any, Any] = enum_members(RoleMetadataExclusivity)
        _e_change_requirement: dict[Any, Any] = enum_members(RoleMetadataChangeRequirement)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "nameTextKey",
                "groupNameTextKey",
                "boundary",
                "exclusivity",
                "changeRequirement",
                "infoTextKey",
                "categoryId",
                "dependencies",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "nameTextKey": "name_text_key",
            "groupNameTextKey": "group_name_text_key",
            "infoTextKey": "info_text_key",
            "categoryId": "category_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.name_text_key = o.group_name_text_key = o.boundary = o.exclusivity = (
                        o.change_requirement
                    ) = o.info_text_key = o.category_id = o.dependencies = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("nameTextKey")
                if v is None:
                    o.name_text_key = u
                    if "nameTextKey" not in d:
                        m += 1
                else:
                    o.name_text_key = v
                v = g("groupNameTextKey")
                if v is None:
                    o.group_name_text_key = u
                    if "groupNameTextKey" not in d:
                        m += 1
                else:
                    o.group_name_text_key = v
                k = "boundary"
                v = g("boundary")
                if v is None:
                    o.boundary = u
                    if "boundary" not in d:
                        m += 1
                else:
                    o.boundary = e_ if (e_ := _e_boundary.get(v)) is not None else enum_value(RoleMetadataBoundary, v)
                k = "exclusivity"
                v = g("exclusivity")
                if v is None:
                    o.exclusivity = u
                    if "exclusivity" not in d:
                        m += 1
                else:
                    o.exclusivity = (
                        e_ if (e_ := _e_exclusivity.get(v)) is not None else enum_value(RoleMetadataExclusivity, v)
                    )
                k = "changeRequirement"
                v = g("changeRequirement")
                if v is None:
                    o.change_requirement = u
                    if "changeRequirement" not in d:
                        m += 1
                else:
                    o.change_requirement = (
                        e_
                        if (e_ := _e_change_requirement.get(v)) is not None
                        else enum_value(RoleMetadataChangeRequirement, v)
                    )
                v = g("infoTextKey")
                if v is None:
                    o.info_text_key = u
                    if "infoTextKey" not in d:
                        m += 1
                else:
                    o.info_text_key = v
                v = g("categoryId")
                if v is None:
                    o.category_id = u
                    if "categoryId" not in d:
                        m += 1
                else:
                    o.category_id = v
                k = "dependencies"
                v = g("dependencies")
                if v is None:
                    o.dependencies = u
                    if "dependencies" not in d:
                        m += 1
                else:
                    o.dependencies = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name_text_key", "nameTextKey"),
            ("group_name_text_key", "groupNameTextKey"),
            ("boundary", "boundary"),
            ("exclusivity", "exclusivity"),
            ("change_requirement", "changeRequirement"),
            ("info_text_key", "infoTextKey"),
            ("category_id", "categoryId"),
            ("dependencies", "dependencies"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name_text_key
            o.name_text_key = u if v is None else v
            v = s.group_name_text_key
            o.group_name_text_key = u if v is None else v
            v = s.boundary
            o.boundary = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_boundary.get(v)) is not None
                else enum_value(RoleMetadataBoundary, v)
            )
            v = s.exclusivity
            o.exclusivity = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_exclusivity.get(v)) is not None
                else enum_value(RoleMetadataExclusivity, v)
            )
            v = s.change_requirement
            o.change_requirement = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_change_requirement.get(v)) is not None
                else enum_value(RoleMetadataChangeRequirement, v)
            )
            v = s.info_text_key
            o.info_text_key = u if v is None else v
            v = s.category_id
            o.category_id = u if v is None else v
            v = s.dependencies
            o.dependencies = u if v is None or v is u else v
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
