from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_validation_result_validation_status import VatReturnsValidationResultValidationStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="VatReturnsValidationResult")


@_attrs_define
class VatReturnsValidationResult(Model):
    """
    Attributes:
        validation_status (VatReturnsValidationResultValidationStatus | Unset): The status of general validation
        general_message (list[str] | Unset):
        errors (list[ValidationError] | Unset):
    """

    validation_status: VatReturnsValidationResultValidationStatus | Unset = UNSET
    general_message: list[str] | Unset = UNSET
    errors: list[ValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.validation_status
        if _v is not UNSET and not _in_request:
            field_dict["validationStatus"] = _v._value_
        _v = self.general_message
        if _v is not UNSET and not _in_request:
            field_dict["generalMessage"] = _v
        _v = self.errors
        if _v is not UNSET and not _in_request:
            field_dict["errors"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturnsValidationResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturnsValidationResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        _new = object.__new__
        _e_validation_status: dict[Any, Any] = enum_members(VatReturnsValidationResultValidationStatus)
        _known: frozenset[str] = frozenset(
            (
                "validationStatus",
                "generalMessage",
                "errors",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "validationStatus"
                v = g("validationStatus")
                if v is None:
                    o.validation_status = u
                    if "validationStatus" not in d:
                        m += 1
                else:
                    o.validation_status = (
                        e_
                        if (e_ := _e_validation_status.get(v)) is not None
                        else enum_value(VatReturnsValidationResultValidationStatus, v)
                    )
                k = "generalMessage"
                v = g("generalMessage")
                if v is None:
                    o.general_message = u
                    if "generalMessage" not in d:
                        m += 1
                else:
                    o.general_message = v
                k = "errors"
                v = g("errors")
                if v is None:
                    o.errors = u
                    if "errors" not in d:
                        m += 1
                else:
                    o.errors = (
                        ([ValidationError._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("validation_status", "validationStatus"),
            ("general_message", "generalMessage"),
            ("errors", "errors"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.validation_status
            o.validation_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_validation_status.get(v)) is not None
                else enum_value(VatReturnsValidationResultValidationStatus, v)
            )
            v = s.general_message
            o.general_message = u if v is None or v is u else v
            v = s.errors
            o.errors = (
                u
                if v is None or v is u
                else ([ValidationError._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
