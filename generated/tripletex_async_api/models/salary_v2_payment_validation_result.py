from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.validation_link import ValidationLink


T = TypeVar("T", bound="SalaryV2PaymentValidationResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("warnings", list, False),
    ("validations", list, False),
    ("poisonPills", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2PaymentValidationResult(LazyModel):
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
        self._tx_load()
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
        """A SalaryV2PaymentValidationResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.validation_link import ValidationLink  # noqa: PLC0415

        def _p_warnings(_tx_v: Any) -> list[ValidationLink] | Unset:
            _warnings = _tx_v
            warnings: list[ValidationLink] | Unset = UNSET
            if _warnings is not UNSET:
                warnings = []
                for warnings_item_data in _warnings:
                    if warnings_item_data is None:
                        continue
                    warnings_item = ValidationLink._tx_from_json(warnings_item_data)

                    warnings.append(warnings_item)

            return warnings

        def _p_validations(_tx_v: Any) -> list[ValidationLink] | Unset:
            _validations = _tx_v
            validations: list[ValidationLink] | Unset = UNSET
            if _validations is not UNSET:
                validations = []
                for validations_item_data in _validations:
                    if validations_item_data is None:
                        continue
                    validations_item = ValidationLink._tx_from_json(validations_item_data)

                    validations.append(validations_item)

            return validations

        def _p_poison_pills(_tx_v: Any) -> list[str] | Unset:
            poison_pills = cast(list[str], _tx_v)

            return poison_pills

        _tx_known: frozenset[str] = frozenset(
            (
                "warnings",
                "validations",
                "poisonPills",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "warnings": ("warnings", _p_warnings),
            "validations": ("validations", _p_validations),
            "poison_pills": ("poisonPills", _p_poison_pills),
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
