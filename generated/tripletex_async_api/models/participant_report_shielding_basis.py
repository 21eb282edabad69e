from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ParticipantReportShieldingBasis")


@_attrs_define
class ParticipantReportShieldingBasis(Model):
    """Calculation of shielding basis

    Attributes:
        other_initial_value_correction (float | Unset): Other initial value correction
        adjusted_initial_value (float | Unset): Adjusted initial value
        unused_shielding_from_previous_year (float | Unset): Unused shielding from previous year
        reduction_of_unused_shielding_due_to_realization (float | Unset): Reduction of unused shielding due to
            realization
        shielding_basis (float | Unset): Shielding basis
    """

    other_initial_value_correction: float | Unset = UNSET
    adjusted_initial_value: float | Unset = UNSET
    unused_shielding_from_previous_year: float | Unset = UNSET
    reduction_of_unused_shielding_due_to_realization: float | Unset = UNSET
    shielding_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.other_initial_value_correction
        if _v is not UNSET and not _in_request:
            field_dict["otherInitialValueCorrection"] = _v
        _v = self.adjusted_initial_value
        if _v is not UNSET and not _in_request:
            field_dict["adjustedInitialValue"] = _v
        _v = self.unused_shielding_from_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["unusedShieldingFromPreviousYear"] = _v
        _v = self.reduction_of_unused_shielding_due_to_realization
        if _v is not UNSET and not _in_request:
            field_dict["reductionOfUnusedShieldingDueToRealization"] = _v
        _v = self.shielding_basis
        if _v is not UNSET and not _in_request:
            field_dict["shieldingBasis"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportShieldingBasis from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportShieldingBasis.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "otherInitialValueCorrection",
                "adjustedInitialValue",
                "unusedShieldingFromPreviousYear",
                "reductionOfUnusedShieldingDueToRealization",
                "shieldingBasis",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("otherInitialValueCorrection")
                if v is None:
                    o.other_initial_value_correction = u
                    if "otherInitialValueCorrection" not in d:
                        m += 1
                else:
                    o.other_initial_value_correction = v
                v = g("adjustedInitialValue")
                if v is None:
                    o.adjusted_initial_value = u
                    if "adjustedInitialValue" not in d:
                        m += 1
                else:
                    o.adjusted_initial_value = v
                v = g("unusedShieldingFromPreviousYear")
                if v is None:
                    o.unused_shielding_from_previous_year = u
                    if "unusedShieldingFromPreviousYear" not in d:
                        m += 1
                else:
                    o.unused_shielding_from_previous_year = v
                v = g("reductionOfUnusedShieldingDueToRealization")
                if v is None:
                    o.reduction_of_unused_shielding_due_to_realization = u
                    if "reductionOfUnusedShieldingDueToRealization" not in d:
                        m += 1
                else:
                    o.reduction_of_unused_shielding_due_to_realization = v
                v = g("shieldingBasis")
                if v is None:
                    o.shielding_basis = u
                    if "shieldingBasis" not in d:
                        m += 1
                else:
                    o.shielding_basis = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("other_initial_value_correction", "otherInitialValueCorrection"),
            ("adjusted_initial_value", "adjustedInitialValue"),
            ("unused_shielding_from_previous_year", "unusedShieldingFromPreviousYear"),
            ("reduction_of_unused_shielding_due_to_realization", "reductionOfUnusedShieldingDueToRealization"),
            ("shielding_basis", "shieldingBasis"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.other_initial_value_correction
            o.other_initial_value_correction = u if v is None else v
            v = s.adjusted_initial_value
            o.adjusted_initial_value = u if v is None else v
            v = s.unused_shielding_from_previous_year
            o.unused_shielding_from_previous_year = u if v is None else v
            v = s.reduction_of_unused_shielding_due_to_realization
            o.reduction_of_unused_shielding_due_to_realization = u if v is None else v
            v = s.shielding_basis
            o.shielding_basis = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
