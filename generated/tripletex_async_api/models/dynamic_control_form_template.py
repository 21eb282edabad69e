from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.dynamic_form_field import DynamicFormField


T = TypeVar("T", bound="DynamicControlFormTemplate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("fields", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DynamicControlFormTemplate(LazyModel):
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
        self._tx_load()
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
        """A DynamicControlFormTemplate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.dynamic_form_field import DynamicFormField  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_fields(_tx_v: Any) -> list[DynamicFormField] | Unset:
            _fields = _tx_v
            fields: list[DynamicFormField] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    if fields_item_data is None:
                        continue
                    fields_item = DynamicFormField._tx_from_json(fields_item_data)

                    fields.append(fields_item)

            return fields

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "type",
                "displayName",
                "description",
                "formVersion",
                "typeNumber",
                "previousTemplateId",
                "rootTemplateId",
                "isArchived",
                "isNelfo",
                "nhoVersion",
                "signatureRequired",
                "fields",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "type_": ("type", None),
            "display_name": ("displayName", None),
            "description": ("description", None),
            "form_version": ("formVersion", None),
            "type_number": ("typeNumber", None),
            "previous_template_id": ("previousTemplateId", None),
            "root_template_id": ("rootTemplateId", None),
            "is_archived": ("isArchived", None),
            "is_nelfo": ("isNelfo", None),
            "nho_version": ("nhoVersion", None),
            "signature_required": ("signatureRequired", None),
            "fields": ("fields", _p_fields),
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
