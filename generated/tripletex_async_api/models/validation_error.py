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
    from ..models.validation_reason import ValidationReason


T = TypeVar("T", bound="ValidationError")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("reasons", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ValidationError(LazyModel):
    """The general error messages the validation has

    Attributes:
        vat_code (str | Unset): [read-only] The vatCode connected to this error
        vat_specification_line_id (int | Unset): [read-only] The vatSpecificationLine id the error is connected to
        reasons (list[ValidationReason] | Unset): [read-only]
    """

    vat_code: str | Unset = UNSET
    vat_specification_line_id: int | Unset = UNSET
    reasons: list[ValidationReason] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vat_code = self.vat_code

        vat_specification_line_id = self.vat_specification_line_id

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_code is not UNSET and not _in_request:
            field_dict["vatCode"] = vat_code
        if vat_specification_line_id is not UNSET and not _in_request:
            field_dict["vatSpecificationLineId"] = vat_specification_line_id
        if reasons is not UNSET and not _in_request:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationError from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.validation_reason import ValidationReason  # noqa: PLC0415

        def _p_reasons(_tx_v: Any) -> list[ValidationReason] | Unset:
            _reasons = _tx_v
            reasons: list[ValidationReason] | Unset = UNSET
            if _reasons is not UNSET:
                reasons = []
                for reasons_item_data in _reasons:
                    if reasons_item_data is None:
                        continue
                    reasons_item = ValidationReason._tx_from_json(reasons_item_data)

                    reasons.append(reasons_item)

            return reasons

        _tx_known: frozenset[str] = frozenset(
            (
                "vatCode",
                "vatSpecificationLineId",
                "reasons",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vat_code": ("vatCode", None),
            "vat_specification_line_id": ("vatSpecificationLineId", None),
            "reasons": ("reasons", _p_reasons),
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
