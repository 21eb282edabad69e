from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.container_tag_div_tag import ContainerTagDivTag


T = TypeVar("T", bound="ReconciliationEntryDetail")


@_attrs_define
class ReconciliationEntryDetail:
    """The details of the posting or transaction

    Attributes:
        key (str | Unset): [read-only] The key
        value (str | Unset): [read-only] The value
        value_for_xlsx (str | Unset):
        value_for_pdf (ContainerTagDivTag | Unset):
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    value_for_xlsx: str | Unset = UNSET
    value_for_pdf: ContainerTagDivTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        key = self.key

        value = self.value

        value_for_xlsx = self.value_for_xlsx

        value_for_pdf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_for_pdf, Unset):
            value_for_pdf = self.value_for_pdf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET and not _in_request:
            field_dict["key"] = key
        if value is not UNSET and not _in_request:
            field_dict["value"] = value
        if value_for_xlsx is not UNSET:
            field_dict["valueForXLSX"] = value_for_xlsx
        if value_for_pdf is not UNSET:
            field_dict["valueForPDF"] = value_for_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.container_tag_div_tag import ContainerTagDivTag  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        value_for_xlsx = d.pop("valueForXLSX", UNSET)

        _value_for_pdf = d.pop("valueForPDF", UNSET)
        value_for_pdf: ContainerTagDivTag | Unset
        if isinstance(_value_for_pdf, Unset):
            value_for_pdf = UNSET
        else:
            value_for_pdf = ContainerTagDivTag.from_dict(_value_for_pdf)

        _obj = cls(
            key=key,
            value=value,
            value_for_xlsx=value_for_xlsx,
            value_for_pdf=value_for_pdf,
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
