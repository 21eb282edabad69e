from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.dynamic_form_field import DynamicFormField


T = TypeVar("T", bound="DynamicControlFormTemplate")


@_attrs_define
class DynamicControlFormTemplate:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        type_ (str | Unset):
        display_name (str | Unset): [read-only]
        description (str | Unset):
        form_version (str | Unset):
        type_number (int | Unset):
        previous_template_id (int | Unset):
        root_template_id (int | Unset):
        is_archived (bool | Unset):
        is_nelfo (bool | Unset):
        nho_version (str | Unset):
        signature_required (bool | Unset): [read-only]
        fields (list[DynamicFormField] | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    type_: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    form_version: str | Unset = UNSET
    type_number: int | Unset = UNSET
    previous_template_id: int | Unset = UNSET
    root_template_id: int | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_nelfo: bool | Unset = UNSET
    nho_version: str | Unset = UNSET
    signature_required: bool | Unset = UNSET
    fields: list[DynamicFormField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        type_ = self.type_

        display_name = self.display_name

        description = self.description

        form_version = self.form_version

        type_number = self.type_number

        previous_template_id = self.previous_template_id

        root_template_id = self.root_template_id

        is_archived = self.is_archived

        is_nelfo = self.is_nelfo

        nho_version = self.nho_version

        signature_required = self.signature_required

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if form_version is not UNSET:
            field_dict["formVersion"] = form_version
        if type_number is not UNSET:
            field_dict["typeNumber"] = type_number
        if previous_template_id is not UNSET:
            field_dict["previousTemplateId"] = previous_template_id
        if root_template_id is not UNSET:
            field_dict["rootTemplateId"] = root_template_id
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived
        if is_nelfo is not UNSET:
            field_dict["isNelfo"] = is_nelfo
        if nho_version is not UNSET:
            field_dict["nhoVersion"] = nho_version
        if signature_required is not UNSET and not _in_request:
            field_dict["signatureRequired"] = signature_required
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.dynamic_form_field import DynamicFormField  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        type_ = d.pop("type", UNSET)

        display_name = d.pop("displayName", UNSET)

        description = d.pop("description", UNSET)

        form_version = d.pop("formVersion", UNSET)

        type_number = d.pop("typeNumber", UNSET)

        previous_template_id = d.pop("previousTemplateId", UNSET)

        root_template_id = d.pop("rootTemplateId", UNSET)

        is_archived = d.pop("isArchived", UNSET)

        is_nelfo = d.pop("isNelfo", UNSET)

        nho_version = d.pop("nhoVersion", UNSET)

        signature_required = d.pop("signatureRequired", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[DynamicFormField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                if fields_item_data is None:
                    continue
                fields_item = DynamicFormField.from_dict(fields_item_data)

                fields.append(fields_item)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            type_=type_,
            display_name=display_name,
            description=description,
            form_version=form_version,
            type_number=type_number,
            previous_template_id=previous_template_id,
            root_template_id=root_template_id,
            is_archived=is_archived,
            is_nelfo=is_nelfo,
            nho_version=nho_version,
            signature_required=signature_required,
            fields=fields,
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
