from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.what_to_report_toggle_post_type import WhatToReportTogglePostType
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

T = TypeVar("T", bound="WhatToReportToggle")


@_attrs_define
class WhatToReportToggle(Model):
    """
    Attributes:
        post_type (WhatToReportTogglePostType | Unset): The generic data post type responsible for manual check
        label (str | Unset): The label of the toggle
        info (str | Unset): Additional information about the toggle
        guard_message (str | Unset): The message to display when toggle is attempted to be turned off while data exists
        checked (bool | Unset): The checked state of the toggle
        disabled (bool | Unset): The disabled state of the toggle
        guarded (bool | Unset): The guard state of the toggle, if this is on then it prevents the user from unchecking
            the toggle and displays the guard message
    """

    post_type: WhatToReportTogglePostType | Unset = UNSET
    label: str | Unset = UNSET
    info: str | Unset = UNSET
    guard_message: str | Unset = UNSET
    checked: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    guarded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.post_type
        if _v is not UNSET and not _in_request:
            field_dict["postType"] = _v._value_
        _v = self.label
        if _v is not UNSET and not _in_request:
            field_dict["label"] = _v
        _v = self.info
        if _v is not UNSET and not _in_request:
            field_dict["info"] = _v
        _v = self.guard_message
        if _v is not UNSET and not _in_request:
            field_dict["guardMessage"] = _v
        _v = self.checked
        if _v is not UNSET and not _in_request:
            field_dict["checked"] = _v
        _v = self.disabled
        if _v is not UNSET and not _in_request:
            field_dict["disabled"] = _v
        _v = self.guarded
        if _v is not UNSET and not _in_request:
            field_dict["guarded"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WhatToReportToggle from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WhatToReportToggle.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_post_type: dict[Any, Any] = enum_members(WhatToReportTogglePostType)
        _known: frozenset[str] = frozenset(
            (
                "postType",
                "label",
                "info",
                "guardMessage",
                "checked",
                "disabled",
                "guarded",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = (
                        e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(WhatToReportTogglePostType, v)
                    )
                v = g("label")
                if v is None:
                    o.label = u
                    if "label" not in d:
                        m += 1
                else:
                    o.label = v
                v = g("info")
                if v is None:
                    o.info = u
                    if "info" not in d:
                        m += 1
                else:
                    o.info = v
                v = g("guardMessage")
                if v is None:
                    o.guard_message = u
                    if "guardMessage" not in d:
                        m += 1
                else:
                    o.guard_message = v
                v = g("checked")
                if v is None:
                    o.checked = u
                    if "checked" not in d:
                        m += 1
                else:
                    o.checked = v
                v = g("disabled")
                if v is None:
                    o.disabled = u
                    if "disabled" not in d:
                        m += 1
                else:
                    o.disabled = v
                v = g("guarded")
                if v is None:
                    o.guarded = u
                    if "guarded" not in d:
                        m += 1
                else:
                    o.guarded = v
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
            ("post_type", "postType"),
            ("label", "label"),
            ("info", "info"),
            ("guard_message", "guardMessage"),
            ("checked", "checked"),
            ("disabled", "disabled"),
            ("guarded", "guarded"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(WhatToReportTogglePostType, v)
            )
            v = s.label
            o.label = u if v is None else v
            v = s.info
            o.info = u if v is None else v
            v = s.guard_message
            o.guard_message = u if v is None else v
            v = s.checked
            o.checked = u if v is None else v
            v = s.disabled
            o.disabled = u if v is None else v
            v = s.guarded
            o.guarded = u if v is None else v
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
