from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.what_to_report_toggle_post_type import WhatToReportTogglePostType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="WhatToReportToggle")


@_attrs_define
class WhatToReportToggle:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _post_type = d.pop("postType", UNSET)
        post_type: WhatToReportTogglePostType | Unset
        if isinstance(_post_type, Unset):
            post_type = UNSET
        else:
            post_type = WhatToReportTogglePostType(_post_type)

        label = d.pop("label", UNSET)

        info = d.pop("info", UNSET)

        guard_message = d.pop("guardMessage", UNSET)

        checked = d.pop("checked", UNSET)

        disabled = d.pop("disabled", UNSET)

        guarded = d.pop("guarded", UNSET)

        _obj = cls(
            post_type=post_type,
            label=label,
            info=info,
            guard_message=guard_message,
            checked=checked,
            disabled=disabled,
            guarded=guarded,
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
