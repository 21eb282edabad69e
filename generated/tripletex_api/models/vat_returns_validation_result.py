from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_validation_result_validation_status import VatReturnsValidationResultValidationStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="VatReturnsValidationResult")


@_attrs_define
class VatReturnsValidationResult:
    """
    Attributes:
        validation_status (VatReturnsValidationResultValidationStatus | Unset): [read-only] The status of general
            validation
        general_message (list[str] | Unset): [read-only]
        errors (list[ValidationError] | Unset): [read-only]
    """

    validation_status: VatReturnsValidationResultValidationStatus | Unset = UNSET
    general_message: list[str] | Unset = UNSET
    errors: list[ValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        validation_status: str | Unset = UNSET
        if not isinstance(self.validation_status, Unset):
            validation_status = self.validation_status.value

        general_message: list[str] | Unset = UNSET
        if not isinstance(self.general_message, Unset):
            general_message = self.general_message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validation_status is not UNSET and not _in_request:
            field_dict["validationStatus"] = validation_status
        if general_message is not UNSET and not _in_request:
            field_dict["generalMessage"] = general_message
        if errors is not UNSET and not _in_request:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _validation_status = d.pop("validationStatus", UNSET)
        validation_status: VatReturnsValidationResultValidationStatus | Unset
        if isinstance(_validation_status, Unset):
            validation_status = UNSET
        else:
            validation_status = VatReturnsValidationResultValidationStatus(_validation_status)

        general_message = cast(list[str], d.pop("generalMessage", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[ValidationError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                if errors_item_data is None:
                    continue
                errors_item = ValidationError.from_dict(errors_item_data)

                errors.append(errors_item)

        _obj = cls(
            validation_status=validation_status,
            general_message=general_message,
            errors=errors,
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
