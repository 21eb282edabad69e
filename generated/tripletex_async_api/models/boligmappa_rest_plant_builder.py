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
)

if TYPE_CHECKING:
    from ..models.plant_owner import PlantOwner


T = TypeVar("T", bound="BoligmappaRestPlantBuilder")


@_attrs_define
class BoligmappaRestPlantBuilder(Model):
    """
    Attributes:
        plant_type (int | Unset): The type of the plant: 1 = Building Plant, 2 = Property Plant
        building_type (str | Unset): The building type of the plant
        share_number (int | Unset): The share number of the plant
        owners (list[PlantOwner] | Unset): The owners of the plant. Only Property Plants have owners
        unit_number (str | Unset): The unit number of the plant. It is copied from the Address of the Plant
        city (str | Unset): The city of the plant. It is copied from the Address of the Plant
        postal_code (str | Unset): The postal code of the plant. It is copied from the Address of the Plant
    """

    plant_type: int | Unset = UNSET
    building_type: str | Unset = UNSET
    share_number: int | Unset = UNSET
    owners: list[PlantOwner] | Unset = UNSET
    unit_number: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.plant_type
        if _v is not UNSET:
            field_dict["plantType"] = _v
        _v = self.building_type
        if _v is not UNSET:
            field_dict["buildingType"] = _v
        _v = self.share_number
        if _v is not UNSET:
            field_dict["shareNumber"] = _v
        _v = self.owners
        if _v is not UNSET:
            field_dict["owners"] = [_e.to_dict() for _e in _v]
        _v = self.unit_number
        if _v is not UNSET:
            field_dict["unitNumber"] = _v
        _v = self.city
        if _v is not UNSET:
            field_dict["city"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BoligmappaRestPlantBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BoligmappaRestPlantBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.plant_owner import PlantOwner  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "plantType",
                "buildingType",
                "shareNumber",
                "owners",
                "unitNumber",
                "city",
                "postalCode",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("plantType")
                if v is None:
                    o.plant_type = u
                    if "plantType" not in d:
                        m += 1
                else:
                    o.plant_type = v
                v = g("buildingType")
                if v is None:
                    o.building_type = u
                    if "buildingType" not in d:
                        m += 1
                else:
                    o.building_type = v
                v = g("shareNumber")
                if v is None:
                    o.share_number = u
                    if "shareNumber" not in d:
                        m += 1
                else:
                    o.share_number = v
                k = "owners"
                v = g("owners")
                if v is None:
                    o.owners = u
                    if "owners" not in d:
                        m += 1
                else:
                    o.owners = (
                        ([PlantOwner._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("unitNumber")
                if v is None:
                    o.unit_number = u
                    if "unitNumber" not in d:
                        m += 1
                else:
                    o.unit_number = v
                v = g("city")
                if v is None:
                    o.city = u
                    if "city" not in d:
                        m += 1
                else:
                    o.city = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("plant_type", "plantType"),
            ("building_type", "buildingType"),
            ("share_number", "shareNumber"),
            ("owners", "owners"),
            ("unit_number", "unitNumber"),
            ("city", "city"),
            ("postal_code", "postalCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.plant_type
            o.plant_type = u if v is None else v
            v = s.building_type
            o.building_type = u if v is None else v
            v = s.share_number
            o.share_number = u if v is None else v
            v = s.owners
            o.owners = (
                u
                if v is None or v is u
                else ([PlantOwner._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.unit_number
            o.unit_number = u if v is None else v
            v = s.city
            o.city = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
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
