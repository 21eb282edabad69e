from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.what_to_report_toggle_post_type import WhatToReportTogglePostType
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

T = TypeVar("T", bound="WhatToReportToggle")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("postType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class WhatToReportToggle(LazyModel):
    """
    Attributes:
        post_type (WhatToReportTogglePostType | Unset): [read-only] The generic data post type responsible for manual
            check
        label (str | Unset): [read-only] The label of the toggle
        info (str | Unset): [read-only] Additional information about the toggle
        guard_message (str | Unset): [read-only] The message to display when toggle is attempted to be turned off while
            data exists
        checked (bool | Unset): [read-only] The checked state of the toggle
        disabled (bool | Unset): [read-only] The disabled state of the toggle
        guarded (bool | Unset): [read-only] The guard state of the toggle, if this is on then it prevents the user from
            unchecking the toggle and displays the guard message
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
        self._tx_load()
        _in_request = serializing_request_body()
        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        label = self.label

        info = self.info

        guard_message = self.guard_message

        checked = self.checked

        disabled = self.disabled

        guarded = self.guarded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_type is not UNSET and not _in_request:
            field_dict["postType"] = post_type
        if label is not UNSET and not _in_request:
            field_dict["label"] = label
        if info is not UNSET and not _in_request:
            field_dict["info"] = info
        if guard_message is not UNSET and not _in_request:
            field_dict["guardMessage"] = guard_message
        if checked is not UNSET and not _in_request:
            field_dict["checked"] = checked
        if disabled is not UNSET and not _in_request:
            field_dict["disabled"] = disabled
        if guarded is not UNSET and not _in_request:
            field_dict["guarded"] = guarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WhatToReportToggle from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_post_type(_tx_v: Any) -> WhatToReportTogglePostType | Unset:
            _post_type = _tx_v
            post_type: WhatToReportTogglePostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = WhatToReportTogglePostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "post_type": ("postType", _p_post_type),
            "label": ("label", None),
            "info": ("info", None),
            "guard_message": ("guardMessage", None),
            "checked": ("checked", None),
            "disabled": ("disabled", None),
            "guarded": ("guarded", None),
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
