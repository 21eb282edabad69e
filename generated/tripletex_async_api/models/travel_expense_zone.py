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
    from ..models.change import Change


T = TypeVar("T", bound="TravelExpenseZone")


@_attrs_define
class TravelExpenseZone(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        country_code (str | Unset): The ISO 3166-1 Alpha2 code of the country (2 letters).
            https://en.wikipedia.org/wiki/ISO_3166-1
        zone_name (str | Unset):
        is_disabled (bool | Unset):
        government_name (str | Unset): The Government name
        continent (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        currency_id (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zone_name: str | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    government_name: str | Unset = UNSET
    continent: str | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.country_code
        if _v is not UNSET and not _in_request:
            field_dict["countryCode"] = _v
        _v = self.zone_name
        if _v is not UNSET and not _in_request:
            field_dict["zoneName"] = _v
        _v = self.is_disabled
        if _v is not UNSET and not _in_request:
            field_dict["isDisabled"] = _v
        _v = self.government_name
        if _v is not UNSET and not _in_request:
            field_dict["governmentName"] = _v
        _v = self.continent
        if _v is not UNSET and not _in_request:
            field_dict["continent"] = _v
        _v = self.from_date
        if _v is not UNSET and not _in_request:
            field_dict["fromDate"] = _v
        _v = self.to_date
        if _v is not UNSET and not _in_request:
            field_dict["toDate"] = _v
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelExpenseZone from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TravelExpenseZone.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "countryCode",
                "zoneName",
                "isDisabled",
                "governmentName",
                "continent",
                "fromDate",
                "toDate",
                "currencyId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "countryCode": "country_code",
            "zoneName": "zone_name",
            "isDisabled": "is_disabled",
            "governmentName": "government_name",
            "continent": "continent",
            "fromDate": "from_date",
            "toDate": "to_date",
            "currencyId": "currency_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.country_code = o.zone_name = o.is_disabled = (
                        o.government_name
                    ) = o.continent = o.from_date = o.to_date = o.currency_id = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.country_code = o.zone_name = o.is_disabled = (
                        o.government_name
                    ) = o.continent = o.from_date = o.to_date = o.currency_id = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("countryCode")
                if v is None:
                    o.country_code = u
                    if "countryCode" not in d:
                        m += 1
                else:
                    o.country_code = v
                v = g("zoneName")
                if v is None:
                    o.zone_name = u
                    if "zoneName" not in d:
                        m += 1
                else:
                    o.zone_name = v
                v = g("isDisabled")
                if v is None:
                    o.is_disabled = u
                    if "isDisabled" not in d:
                        m += 1
                else:
                    o.is_disabled = v
                v = g("governmentName")
                if v is None:
                    o.government_name = u
                    if "governmentName" not in d:
                        m += 1
                else:
                    o.government_name = v
                v = g("continent")
                if v is None:
                    o.continent = u
                    if "continent" not in d:
                        m += 1
                else:
                    o.continent = v
                v = g("fromDate")
                if v is None:
                    o.from_date = u
                    if "fromDate" not in d:
                        m += 1
                else:
                    o.from_date = v
                v = g("toDate")
                if v is None:
                    o.to_date = u
                    if "toDate" not in d:
                        m += 1
                else:
                    o.to_date = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("country_code", "countryCode"),
            ("zone_name", "zoneName"),
            ("is_disabled", "isDisabled"),
            ("government_name", "governmentName"),
            ("continent", "continent"),
            ("from_date", "fromDate"),
            ("to_date", "toDate"),
            ("currency_id", "currencyId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.country_code
            o.country_code = u if v is None else v
            v = s.zone_name
            o.zone_name = u if v is None else v
            v = s.is_disabled
            o.is_disabled = u if v is None else v
            v = s.government_name
            o.government_name = u if v is None else v
            v = s.continent
            o.continent = u if v is None else v
            v = s.from_date
            o.from_date = u if v is None else v
            v = s.to_date
            o.to_date = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
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
