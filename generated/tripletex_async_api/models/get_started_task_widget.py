from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_started_task_widget_status import GetStartedTaskWidgetStatus
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

T = TypeVar("T", bound="GetStartedTaskWidget")


@_attrs_define
class GetStartedTaskWidget(Model):
    """
    Attributes:
        id (int | Unset):
        icon (str | Unset):
        title (str | Unset):
        status (GetStartedTaskWidgetStatus | Unset):
        action_url (str | Unset):
        data_test_id (str | Unset):
    """

    id: int | Unset = UNSET
    icon: str | Unset = UNSET
    title: str | Unset = UNSET
    status: GetStartedTaskWidgetStatus | Unset = UNSET
    action_url: str | Unset = UNSET
    data_test_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.icon
        if _v is not UNSET:
            field_dict["icon"] = _v
        _v = self.title
        if _v is not UNSET:
            field_dict["title"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.action_url
        if _v is not UNSET:
            field_dict["actionUrl"] = _v
        _v = self.data_test_id
        if _v is not UNSET:
            field_dict["dataTestId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GetStartedTaskWidget from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GetStartedTaskWidget.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(GetStartedTaskWidgetStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "icon",
                "title",
                "status",
                "actionUrl",
                "dataTestId",
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
                v = g("icon")
                if v is None:
                    o.icon = u
                    if "icon" not in d:
                        m += 1
                else:
                    o.icon = v
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(GetStartedTaskWidgetStatus, v)
                v = g("actionUrl")
                if v is None:
                    o.action_url = u
                    if "actionUrl" not in d:
                        m += 1
                else:
                    o.action_url = v
                v = g("dataTestId")
                if v is None:
                    o.data_test_id = u
                    if "dataTestId" not in d:
                        m += 1
                else:
                    o.data_test_id = v
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
            ("icon", "icon"),
            ("title", "title"),
            ("status", "status"),
            ("action_url", "actionUrl"),
            ("data_test_id", "dataTestId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.icon
            o.icon = u if v is None else v
            v = s.title
            o.title = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(GetStartedTaskWidgetStatus, v)
            )
            v = s.action_url
            o.action_url = u if v is None else v
            v = s.data_test_id
            o.data_test_id = u if v is None else v
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
