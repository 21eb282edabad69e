from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_validation_result_validation_status import VatReturnsValidationResultValidationStatus
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
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="VatReturnsValidationResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("validationStatus", str, False),
    ("generalMessage", list, False),
    ("errors", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatReturnsValidationResult(LazyModel):
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
        self._tx_load()
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
        """A VatReturnsValidationResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        def _p_validation_status(_tx_v: Any) -> VatReturnsValidationResultValidationStatus | Unset:
            _validation_status = _tx_v
            validation_status: VatReturnsValidationResultValidationStatus | Unset
            if isinstance(_validation_status, Unset):
                validation_status = UNSET
            else:
                validation_status = VatReturnsValidationResultValidationStatus(_validation_status)

            return validation_status

        def _p_general_message(_tx_v: Any) -> list[str] | Unset:
            general_message = cast(list[str], _tx_v)

            return general_message

        def _p_errors(_tx_v: Any) -> list[ValidationError] | Unset:
            _errors = _tx_v
            errors: list[ValidationError] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    if errors_item_data is None:
                        continue
                    errors_item = ValidationError._tx_from_json(errors_item_data)

                    errors.append(errors_item)

            return errors

        _tx_known: frozenset[str] = frozenset(
            (
                "validationStatus",
                "generalMessage",
                "errors",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "validation_status": ("validationStatus", _p_validation_status),
            "general_message": ("generalMessage", _p_general_message),
            "errors": ("errors", _p_errors),
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
