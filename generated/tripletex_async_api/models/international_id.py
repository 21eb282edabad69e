from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.international_id_int_amelding_type import InternationalIdIntAmeldingType
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
    from ..models.country import Country


T = TypeVar("T", bound="InternationalId")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("intAmeldingType", str, False),
    ("country", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InternationalId(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        int_amelding_type: str | Unset = UNSET
        if not isinstance(self.int_amelding_type, Unset):
            int_amelding_type = self.int_amelding_type.value

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if int_amelding_type is not UNSET:
            field_dict["intAmeldingType"] = int_amelding_type
        if country is not UNSET:
            field_dict["country"] = country
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InternationalId from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.country import Country  # noqa: PLC0415

        def _p_int_amelding_type(_tx_v: Any) -> InternationalIdIntAmeldingType | Unset:
            _int_amelding_type = _tx_v
            int_amelding_type: InternationalIdIntAmeldingType | Unset
            if isinstance(_int_amelding_type, Unset):
                int_amelding_type = UNSET
            else:
                int_amelding_type = InternationalIdIntAmeldingType(_int_amelding_type)

            return int_amelding_type

        def _p_country(_tx_v: Any) -> Country | Unset:
            _country = _tx_v
            country: Country | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = Country._tx_from_json(_country)

            return country

        _tx_known: frozenset[str] = frozenset(
            (
                "intAmeldingType",
                "country",
                "number",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "int_amelding_type": ("intAmeldingType", _p_int_amelding_type),
            "country": ("country", _p_country),
            "number": ("number", None),
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
