from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_block_status import ActionBlockStatus
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
)

T = TypeVar("T", bound="ActionBlock")


@_attrs_define
class ActionBlock(Model):
    """Single action item block

    Attributes:
        type_ (str | Unset):
        action_list_id (str | Unset):
        id (str | Unset):
        status (ActionBlockStatus | Unset):
        header (str | Unset):
        description (str | Unset):
        url (str | Unset):
    """

    type_: str | Unset = UNSET
    action_list_id: str | Unset = UNSET
    id: str | Unset = UNSET
    status: ActionBlockStatus | Unset = UNSET
    header: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.action_list_id
        if _v is not UNSET:
            field_dict["actionListId"] = _v
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.header
        if _v is not UNSET:
            field_dict["header"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.url
        if _v is not UNSET:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ActionBlock from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ActionBlock.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(ActionBlockStatus)
        _known: frozenset[str] = frozenset(
            (
                "type",
                "actionListId",
                "id",
                "status",
                "header",
                "description",
                "url",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("actionListId")
                if v is None:
                    o.action_list_id = u
                    if "actionListId" not in d:
                        m += 1
                else:
                    o.action_list_id = v
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(ActionBlockStatus, v)
                v = g("header")
                if v is None:
                    o.header = u
                    if "header" not in d:
                        m += 1
                else:
                    o.header = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("type_", "type"),
            ("action_list_id", "actionListId"),
            ("id", "id"),
            ("status", "status"),
            ("header", "header"),
            ("description", "description"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = u if v is None else v
            v = s.action_list_id
            o.action_list_id = u if v is None else v
            v = s.id
            o.id = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(ActionBlockStatus, v)
            )
            v = s.header
            o.header = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.url
            o.url = u if v is None else v
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
