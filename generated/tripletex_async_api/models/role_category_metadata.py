from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="RoleCategoryMetadata")


@_attrs_define
class RoleCategoryMetadata(Model):
    """
    Attributes:
        id (int | Unset):
        parent_category_id (int | Unset):
        name_text_key (str | Unset):
        description_text_key (str | Unset):
        table_title_text_key (str | Unset):
        table_info_text_key (str | Unset):
    """

    id: int | Unset = UNSET
    parent_category_id: int | Unset = UNSET
    name_text_key: str | Unset = UNSET
    description_text_key: str | Unset = UNSET
    table_title_text_key: str | Unset = UNSET
    table_info_text_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.parent_category_id
        if _v is not UNSET and not _in_request:
            field_dict["parentCategoryId"] = _v
        _v = self.name_text_key
        if _v is not UNSET and not _in_request:
            field_dict["nameTextKey"] = _v
        _v = self.description_text_key
        if _v is not UNSET and not _in_request:
            field_dict["descriptionTextKey"] = _v
        _v = self.table_title_text_key
        if _v is not UNSET and not _in_request:
            field_dict["tableTitleTextKey"] = _v
        _v = self.table_info_text_key
        if _v is not UNSET and not _in_request:
            field_dict["tableInfoTextKey"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleCategoryMetadata from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RoleCategoryMetadata.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "parentCategoryId",
                "nameTextKey",
                "descriptionTextKey",
                "tableTitleTextKey",
                "tableInfoTextKey",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("parentCategoryId")
                if v is None:
                    o.parent_category_id = u
                    if "parentCategoryId" not in d:
                        m += 1
                else:
                    o.parent_category_id = v
                v = g("nameTextKey")
                if v is None:
                    o.name_text_key = u
                    if "nameTextKey" not in d:
                        m += 1
                else:
                    o.name_text_key = v
                v = g("descriptionTextKey")
                if v is None:
                    o.description_text_key = u
                    if "descriptionTextKey" not in d:
                        m += 1
                else:
                    o.description_text_key = v
                v = g("tableTitleTextKey")
                if v is None:
                    o.table_title_text_key = u
                    if "tableTitleTextKey" not in d:
                        m += 1
                else:
                    o.table_title_text_key = v
                v = g("tableInfoTextKey")
                if v is None:
                    o.table_info_text_key = u
                    if "tableInfoTextKey" not in d:
                        m += 1
                else:
                    o.table_info_text_key = v
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
            ("id", "id"),
            ("parent_category_id", "parentCategoryId"),
            ("name_text_key", "nameTextKey"),
            ("description_text_key", "descriptionTextKey"),
            ("table_title_text_key", "tableTitleTextKey"),
            ("table_info_text_key", "tableInfoTextKey"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.parent_category_id
            o.parent_category_id = u if v is None else v
            v = s.name_text_key
            o.name_text_key = u if v is None else v
            v = s.description_text_key
            o.description_text_key = u if v is None else v
            v = s.table_title_text_key
            o.table_title_text_key = u if v is None else v
            v = s.table_info_text_key
            o.table_info_text_key = u if v is None else v
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
