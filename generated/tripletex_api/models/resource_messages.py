from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.resource_messages_en import ResourceMessagesEn
    from ..models.resource_messages_no import ResourceMessagesNo


T = TypeVar("T", bound="ResourceMessages")


@_attrs_define
class ResourceMessages:
    """
    Attributes:
        no (ResourceMessagesNo | Unset): Map of key value pairs for Norwegian text
        en (ResourceMessagesEn | Unset): Map of key value pairs for English text
    """

    no: ResourceMessagesNo | Unset = UNSET
    en: ResourceMessagesEn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        no: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no, Unset):
            no = self.no.to_dict()

        en: dict[str, Any] | Unset = UNSET
        if not isinstance(self.en, Unset):
            en = self.en.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if no is not UNSET:
            field_dict["no"] = no
        if en is not UNSET:
            field_dict["en"] = en

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.resource_messages_en import ResourceMessagesEn  # noqa: PLC0415
        from ..models.resource_messages_no import ResourceMessagesNo  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _no = d.pop("no", UNSET)
        no: ResourceMessagesNo | Unset
        if isinstance(_no, Unset):
            no = UNSET
        else:
            no = ResourceMessagesNo.from_dict(_no)

        _en = d.pop("en", UNSET)
        en: ResourceMessagesEn | Unset
        if isinstance(_en, Unset):
            en = UNSET
        else:
            en = ResourceMessagesEn.from_dict(_en)

        _obj = cls(
            no=no,
            en=en,
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
