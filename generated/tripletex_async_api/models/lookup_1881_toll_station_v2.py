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
    from ..models.lookup_1881_coordinate import Lookup1881Coordinate
    from ..models.lookup_1881_price import Lookup1881Price


T = TypeVar("T", bound="Lookup1881TollStationV2")


@_attrs_define
class Lookup1881TollStationV2(Model):
    """
    Attributes:
        name (str | Unset):
        prices (list[Lookup1881Price] | Unset):
        coordinate (Lookup1881Coordinate | Unset):
        time (float | Unset):
        distance (float | Unset):
    """

    name: str | Unset = UNSET
    prices: list[Lookup1881Price] | Unset = UNSET
    coordinate: Lookup1881Coordinate | Unset = UNSET
    time: float | Unset = UNSET
    distance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.prices
        if _v is not UNSET and not _in_request:
            field_dict["prices"] = [_e.to_dict() for _e in _v]
        _v = self.coordinate
        if _v is not UNSET:
            field_dict["coordinate"] = _v.to_dict()
        _v = self.time
        if _v is not UNSET and not _in_request:
            field_dict["time"] = _v
        _v = self.distance
        if _v is not UNSET and not _in_request:
            field_dict["distance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881TollStationV2 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Lookup1881TollStationV2.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.lookup_1881_coordinate import Lookup1881Coordinate  # noqa: PLC0415
        from ..models.lookup_1881_price import Lookup1881Price  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "prices",
                "coordinate",
                "time",
                "distance",
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
                k = "prices"
                v = g("prices")
                if v is None:
                    o.prices = u
                    if "prices" not in d:
                        m += 1
                else:
                    o.prices = (
                        ([Lookup1881Price._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "coordinate"
                v = g("coordinate")
                if v is None:
                    o.coordinate = u
                    if "coordinate" not in d:
                        m += 1
                else:
                    o.coordinate = Lookup1881Coordinate._tx_parse(v)
                v = g("time")
                if v is None:
                    o.time = u
                    if "time" not in d:
                        m += 1
                else:
                    o.time = v
                v = g("distance")
                if v is None:
                    o.distance = u
                    if "distance" not in d:
                        m += 1
                else:
                    o.distance = v
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
            ("name", "name"),
            ("prices", "prices"),
            ("coordinate", "coordinate"),
            ("time", "time"),
            ("distance", "distance"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.prices
            o.prices = (
                u
                if v is None or v is u
                else ([Lookup1881Price._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.coordinate
            o.coordinate = u if v is None or v is u else Lookup1881Coordinate._tx_parse(v)
            v = s.time
            o.time = u if v is None else v
            v = s.distance
            o.distance = u if v is None else v
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
