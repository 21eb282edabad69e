from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.international_id_int_amelding_type import InternationalIdIntAmeldingType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.country import Country


T = TypeVar("T", bound="InternationalId")


@_attrs_define
class InternationalId(Model):
    """
    Attributes:
        int_amelding_type (InternationalIdIntAmeldingType | Unset): Define the employee's International Identificator.<b
            r>PASSPORT_NO<br>NATIONAL_INSURANCE_NO<br>TAX_IDENTIFICATION_NO<br>VALUE_ADDED_TAX_IDENTIFICATION_NO
        country (Country | Unset):
        number (str | Unset):
    """

    int_amelding_type: InternationalIdIntAmeldingType | Unset = UNSET
    country: Country | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.int_amelding_type
        if _v is not UNSET:
            field_dict["intAmeldingType"] = _v._value_
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v.to_dict()
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InternationalId from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InternationalId.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.country import Country  # noqa: PLC0415

        _new = object.__new__
        _e_int_amelding_type: dict[Any, Any] = enum_members(InternationalIdIntAmeldingType)
        _known: frozenset[str] = frozenset(
            (
                "intAmeldingType",
                "country",
                "number",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "intAmeldingType"
                v = g("intAmeldingType")
                if v is None:
                    o.int_amelding_type = u
                    if "intAmeldingType" not in d:
                        m += 1
                else:
                    o.int_amelding_type = (
                        e_
                        if (e_ := _e_int_amelding_type.get(v)) is not None
                        else enum_value(InternationalIdIntAmeldingType, v)
                    )
                k = "country"
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = Country._tx_parse(v)
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
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
            ("int_amelding_type", "intAmeldingType"),
            ("country", "country"),
            ("number", "number"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.int_amelding_type
            o.int_amelding_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_int_amelding_type.get(v)) is not None
                else enum_value(InternationalIdIntAmeldingType, v)
            )
            v = s.country
            o.country = u if v is None or v is u else Country._tx_parse(v)
            v = s.number
            o.number = u if v is None else v
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
