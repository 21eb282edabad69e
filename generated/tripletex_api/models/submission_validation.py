from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SubmissionValidation")


@_attrs_define
class SubmissionValidation:
    """
    Attributes:
        missing_previously_submitted_share_classes (list[str] | Unset): [read-only]
        has_removed_share_classes (bool | Unset): [read-only]
    """

    missing_previously_submitted_share_classes: list[str] | Unset = UNSET
    has_removed_share_classes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        missing_previously_submitted_share_classes: list[str] | Unset = UNSET
        if not isinstance(self.missing_previously_submitted_share_classes, Unset):
            missing_previously_submitted_share_classes = self.missing_previously_submitted_share_classes

        has_removed_share_classes = self.has_removed_share_classes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if missing_previously_submitted_share_classes is not UNSET and not _in_request:
            field_dict["missingPreviouslySubmittedShareClasses"] = missing_previously_submitted_share_classes
        if has_removed_share_classes is not UNSET and not _in_request:
            field_dict["hasRemovedShareClasses"] = has_removed_share_classes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        missing_previously_submitted_share_classes = cast(
            list[str], d.pop("missingPreviouslySubmittedShareClasses", UNSET)
        )

        has_removed_share_classes = d.pop("hasRemovedShareClasses", UNSET)

        _obj = cls(
            missing_previously_submitted_share_classes=missing_previously_submitted_share_classes,
            has_removed_share_classes=has_removed_share_classes,
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
