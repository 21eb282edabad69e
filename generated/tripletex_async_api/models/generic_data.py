from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_data_generic_data_sub_type import GenericDataGenericDataSubType
from ..models.generic_data_generic_data_type import GenericDataGenericDataType
from ..models.generic_data_post_type import GenericDataPostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="GenericData")


@_attrs_define
class GenericData(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        generic_data_type (GenericDataGenericDataType | Unset):
        generic_data_sub_type (GenericDataGenericDataSubType | Unset):
        generic_data_sub_type_group_id (int | Unset):
        post_type (GenericDataPostType | Unset):
        post_value (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    generic_data_type: GenericDataGenericDataType | Unset = UNSET
    generic_data_sub_type: GenericDataGenericDataSubType | Unset = UNSET
    generic_data_sub_type_group_id: int | Unset = UNSET
    post_type: GenericDataPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.generic_data_type
        if _v is not UNSET:
            field_dict["genericDataType"] = _v._value_
        _v = self.generic_data_sub_type
        if _v is not UNSET:
            field_dict["genericDataSubType"] = _v._value_
        _v = self.generic_data_sub_type_group_id
        if _v is not UNSET:
            field_dict["genericDataSubTypeGroupId"] = _v
        _v = self.post_type
        if _v is not UNSET:
            field_dict["postType"] = _v._value_
        _v = self.post_value
        if _v is not UNSET:
            field_dict["postValue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GenericData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GenericData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(GenericDataGenericDataType)
        _e_generic_data_sub_type: dict[Any, Any] = enum_members(GenericDataGenericDataSubType)
        _e_post_type: dict[Any, Any] = enum_members(GenericDataPostType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "yearEndReport",
                "groupId",
                "genericDataType",
                "genericDataSubType",
                "genericDataSubTypeGroupId",
                "postType",
                "postValue",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "groupId": "group_id",
            "genericDataSubTypeGroupId": "generic_data_sub_type_group_id",
            "postValue": "post_value",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.year_end_report = o.group_id = o.generic_data_type = (
                        o.generic_data_sub_type
                    ) = o.generic_data_sub_type_group_id = o.post_type = o.post_value = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.year_end_report = o.group_id = o.generic_data_type = (
                        o.generic_data_sub_type
                    ) = o.generic_data_sub_type_group_id = o.post_type = o.post_value = UNSET
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "genericDataType"
                v = g("genericDataType")
                if v is None:
                    o.generic_data_type = u
                    if "genericDataType" not in d:
                        m += 1
                else:
                    o.generic_data_type = (
                        e_
                        if (e_ := _e_generic_data_type.get(v)) is not None
                        else enum_value(GenericDataGenericDataType, v)
                    )
                k = "genericDataSubType"
                v = g("genericDataSubType")
                if v is None:
                    o.generic_data_sub_type = u
                    if "genericDataSubType" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type = (
                        e_
                        if (e_ := _e_generic_data_sub_type.get(v)) is not None
                        else enum_value(GenericDataGenericDataSubType, v)
                    )
                v = g("genericDataSubTypeGroupId")
                if v is None:
                    o.generic_data_sub_type_group_id = u
                    if "genericDataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type_group_id = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(GenericDataPostType, v)
                v = g("postValue")
                if v is None:
                    o.post_value = u
                    if "postValue" not in d:
                        m += 1
                else:
                    o.post_value = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_sub_type", "genericDataSubType"),
            ("generic_data_sub_type_group_id", "genericDataSubTypeGroupId"),
            ("post_type", "postType"),
            ("post_value", "postValue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.generic_data_type
            o.generic_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_type.get(v)) is not None
                else enum_value(GenericDataGenericDataType, v)
            )
            v = s.generic_data_sub_type
            o.generic_data_sub_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_sub_type.get(v)) is not None
                else enum_value(GenericDataGenericDataSubType, v)
            )
            v = s.generic_data_sub_type_group_id
            o.generic_data_sub_type_group_id = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(GenericDataPostType, v)
            )
            v = s.post_value
            o.post_value = u if v is None else v
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
