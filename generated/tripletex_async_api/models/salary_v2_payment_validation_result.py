from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.validation_link import ValidationLink


T = TypeVar("T", bound="SalaryV2PaymentValidationResult")


@_attrs_define
class SalaryV2PaymentValidationResult(Model):
    """
    Attributes:
        warnings (list[ValidationLink] | Unset):
        validations (list[ValidationLink] | Unset):
        poison_pills (list[str] | Unset):
    """

    warnings: list[ValidationLink] | Unset = UNSET
    validations: list[ValidationLink] | Unset = UNSET
    poison_pills: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.warnings
        if _v is not UNSET and not _in_request:
            field_dict["warnings"] = [_e.to_dict() for _e in _v]
        _v = self.validations
        if _v is not UNSET and not _in_request:
            field_dict["validations"] = [_e.to_dict() for _e in _v]
        _v = self.poison_pills
        if _v is not UNSET and not _in_request:
            field_dict["poisonPills"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2PaymentValidationResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2PaymentValidationResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.validation_link import ValidationLink  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "warnings",
                "validations",
                "poisonPills",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "warnings"
                v = g("warnings")
                if v is None:
                    o.warnings = u
                    if "warnings" not in d:
                        m += 1
                else:
                    o.warnings = (
                        ([ValidationLink._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "validations"
                v = g("validations")
                if v is None:
                    o.validations = u
                    if "validations" not in d:
                        m += 1
                else:
                    o.validations = (
                        ([ValidationLink._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "poisonPills"
                v = g("poisonPills")
                if v is None:
                    o.poison_pills = u
                    if "poisonPills" not in d:
                        m += 1
                else:
                    o.poison_pills = v
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
            ("warnings", "warnings"),
            ("validations", "validations"),
            ("poison_pills", "poisonPills"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.warnings
            o.warnings = (
                u
                if v is None or v is u
                else ([ValidationLink._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.validations
            o.validations = (
                u
                if v is None or v is u
                else ([ValidationLink._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.poison_pills
            o.poison_pills = u if v is None or v is u else v
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
