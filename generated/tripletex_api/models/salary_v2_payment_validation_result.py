from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.validation_link import ValidationLink


T = TypeVar("T", bound="SalaryV2PaymentValidationResult")


@_attrs_define
class SalaryV2PaymentValidationResult:
    """
    Attributes:
        warnings (list[ValidationLink] | Unset): [read-only]
        validations (list[ValidationLink] | Unset): [read-only]
        poison_pills (list[str] | Unset): [read-only]
    """

    warnings: list[ValidationLink] | Unset = UNSET
    validations: list[ValidationLink] | Unset = UNSET
    poison_pills: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        validations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = []
            for validations_item_data in self.validations:
                validations_item = validations_item_data.to_dict()
                validations.append(validations_item)

        poison_pills: list[str] | Unset = UNSET
        if not isinstance(self.poison_pills, Unset):
            poison_pills = self.poison_pills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warnings is not UNSET and not _in_request:
            field_dict["warnings"] = warnings
        if validations is not UNSET and not _in_request:
            field_dict["validations"] = validations
        if poison_pills is not UNSET and not _in_request:
            field_dict["poisonPills"] = poison_pills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.validation_link import ValidationLink  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _warnings = d.pop("warnings", UNSET)
        warnings: list[ValidationLink] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                if warnings_item_data is None:
                    continue
                warnings_item = ValidationLink.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        _validations = d.pop("validations", UNSET)
        validations: list[ValidationLink] | Unset = UNSET
        if _validations is not UNSET:
            validations = []
            for validations_item_data in _validations:
                if validations_item_data is None:
                    continue
                validations_item = ValidationLink.from_dict(validations_item_data)

                validations.append(validations_item)

        poison_pills = cast(list[str], d.pop("poisonPills", UNSET))

        _obj = cls(
            warnings=warnings,
            validations=validations,
            poison_pills=poison_pills,
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
