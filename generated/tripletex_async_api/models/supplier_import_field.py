from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_import_field_input_type import SupplierImportFieldInputType
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

T = TypeVar("T", bound="SupplierImportField")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("dependentOnFieldIds", list, False),
    ("inputType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SupplierImportField(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        display_name_expanded (str | Unset): [read-only]
        is_mandatory (bool | Unset): [read-only]
        sequence (int | Unset): [read-only]
        field_name (str | Unset): [read-only]
        dependent_on_field_ids (list[int] | Unset): [read-only]
        input_type (SupplierImportFieldInputType | Unset): [read-only]
        mandatory (bool | Unset):
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    display_name_expanded: str | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    sequence: int | Unset = UNSET
    field_name: str | Unset = UNSET
    dependent_on_field_ids: list[int] | Unset = UNSET
    input_type: SupplierImportFieldInputType | Unset = UNSET
    mandatory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A SupplierImportField from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_dependent_on_field_ids(_tx_v: Any) -> list[int] | Unset:
            dependent_on_field_ids = cast(list[int], _tx_v)

            return dependent_on_field_ids

        def _p_input_type(_tx_v: Any) -> SupplierImportFieldInputType | Unset:
            _input_type = _tx_v
            input_type: SupplierImportFieldInputType | Unset
            if isinstance(_input_type, Unset):
                input_type = UNSET
            else:
                input_type = SupplierImportFieldInputType(_input_type)

            return input_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "displayNameExpanded",
                "isMandatory",
                "sequence",
                "fieldName",
                "dependentOnFieldIds",
                "inputType",
                "mandatory",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "display_name": ("displayName", None),
            "display_name_expanded": ("displayNameExpanded", None),
            "is_mandatory": ("isMandatory", None),
            "sequence": ("sequence", None),
            "field_name": ("fieldName", None),
            "dependent_on_field_ids": ("dependentOnFieldIds", _p_dependent_on_field_ids),
            "input_type": ("inputType", _p_input_type),
            "mandatory": ("mandatory", None),
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
