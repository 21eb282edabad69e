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
)

T = TypeVar("T", bound="AssetImport")


@_attrs_define
class AssetImport(Model):
    """Assets

    Attributes:
        name (str | Unset):
        lifetime (int | Unset):
        date_of_acquisition (str | Unset):
        description (str | Unset):
        acquisition_cost (float | Unset): Acquisition cost.
        incoming_balance (float | Unset): Incoming balance for the asset.
        external_accumulated_depreciation (float | Unset): Accumulated depreciation for the asset.
    """

    name: str | Unset = UNSET
    lifetime: int | Unset = UNSET
    date_of_acquisition: str | Unset = UNSET
    description: str | Unset = UNSET
    acquisition_cost: float | Unset = UNSET
    incoming_balance: float | Unset = UNSET
    external_accumulated_depreciation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.lifetime
        if _v is not UNSET:
            field_dict["lifetime"] = _v
        _v = self.date_of_acquisition
        if _v is not UNSET:
            field_dict["dateOfAcquisition"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.acquisition_cost
        if _v is not UNSET:
            field_dict["acquisitionCost"] = _v
        _v = self.incoming_balance
        if _v is not UNSET:
            field_dict["incomingBalance"] = _v
        _v = self.external_accumulated_depreciation
        if _v is not UNSET:
            field_dict["externalAccumulatedDepreciation"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetImport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AssetImport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "lifetime",
                "dateOfAcquisition",
                "description",
                "acquisitionCost",
                "incomingBalance",
                "externalAccumulatedDepreciation",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("lifetime")
                if v is None:
                    o.lifetime = u
                    if "lifetime" not in d:
                        m += 1
                else:
                    o.lifetime = v
                v = g("dateOfAcquisition")
                if v is None:
                    o.date_of_acquisition = u
                    if "dateOfAcquisition" not in d:
                        m += 1
                else:
                    o.date_of_acquisition = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("acquisitionCost")
                if v is None:
                    o.acquisition_cost = u
                    if "acquisitionCost" not in d:
                        m += 1
                else:
                    o.acquisition_cost = v
                v = g("incomingBalance")
                if v is None:
                    o.incoming_balance = u
                    if "incomingBalance" not in d:
                        m += 1
                else:
                    o.incoming_balance = v
                v = g("externalAccumulatedDepreciation")
                if v is None:
                    o.external_accumulated_depreciation = u
                    if "externalAccumulatedDepreciation" not in d:
                        m += 1
                else:
                    o.external_accumulated_depreciation = v
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
            ("name", "name"),
            ("lifetime", "lifetime"),
            ("date_of_acquisition", "dateOfAcquisition"),
            ("description", "description"),
            ("acquisition_cost", "acquisitionCost"),
            ("incoming_balance", "incomingBalance"),
            ("external_accumulated_depreciation", "externalAccumulatedDepreciation"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.lifetime
            o.lifetime = u if v is None else v
            v = s.date_of_acquisition
            o.date_of_acquisition = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.acquisition_cost
            o.acquisition_cost = u if v is None else v
            v = s.incoming_balance
            o.incoming_balance = u if v is None else v
            v = s.external_accumulated_depreciation
            o.external_accumulated_depreciation = u if v is None else v
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
