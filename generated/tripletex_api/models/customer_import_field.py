from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_import_field_input_type import CustomerImportFieldInputType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CustomerImportField")


@_attrs_define
class CustomerImportField:
    """
    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        display_name_expanded (str | Unset): [read-only]
        is_mandatory (bool | Unset): [read-only]
        sequence (int | Unset): [read-only]
        field_name (str | Unset): [read-only]
        dependent_on_field_ids (list[int] | Unset): [read-only]
        input_type (CustomerImportFieldInputType | Unset): [read-only]
        mandatory (bool | Unset):
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    display_name_expanded: str | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    sequence: int | Unset = UNSET
    field_name: str | Unset = UNSET
    dependent_on_field_ids: list[int] | Unset = UNSET
    input_type: CustomerImportFieldInputType | Unset = UNSET
    mandatory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        display_name_expanded = self.display_name_expanded

        is_mandatory = self.is_mandatory

        sequence = self.sequence

        field_name = self.field_name

        dependent_on_field_ids: list[int] | Unset = UNSET
        if not isinstance(self.dependent_on_field_ids, Unset):
            dependent_on_field_ids = self.dependent_on_field_ids

        input_type: str | Unset = UNSET
        if not isinstance(self.input_type, Unset):
            input_type = self.input_type.value

        mandatory = self.mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if display_name_expanded is not UNSET and not _in_request:
            field_dict["displayNameExpanded"] = display_name_expanded
        if is_mandatory is not UNSET and not _in_request:
            field_dict["isMandatory"] = is_mandatory
        if sequence is not UNSET and not _in_request:
            field_dict["sequence"] = sequence
        if field_name is not UNSET and not _in_request:
            field_dict["fieldName"] = field_name
        if dependent_on_field_ids is not UNSET and not _in_request:
            field_dict["dependentOnFieldIds"] = dependent_on_field_ids
        if input_type is not UNSET and not _in_request:
            field_dict["inputType"] = input_type
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        display_name_expanded = d.pop("displayNameExpanded", UNSET)

        is_mandatory = d.pop("isMandatory", UNSET)

        sequence = d.pop("sequence", UNSET)

        field_name = d.pop("fieldName", UNSET)

        dependent_on_field_ids = cast(list[int], d.pop("dependentOnFieldIds", UNSET))

        _input_type = d.pop("inputType", UNSET)
        input_type: CustomerImportFieldInputType | Unset
        if isinstance(_input_type, Unset):
            input_type = UNSET
        else:
            input_type = CustomerImportFieldInputType(_input_type)

        mandatory = d.pop("mandatory", UNSET)

        _obj = cls(
            id=id,
            display_name=display_name,
            display_name_expanded=display_name_expanded,
            is_mandatory=is_mandatory,
            sequence=sequence,
            field_name=field_name,
            dependent_on_field_ids=dependent_on_field_ids,
            input_type=input_type,
            mandatory=mandatory,
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
