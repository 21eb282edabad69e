from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hourly_rate_hourly_rate_model import HourlyRateHourlyRateModel
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
    from ..models.change import Change
    from ..models.project_specific_rate import ProjectSpecificRate


T = TypeVar("T", bound="HourlyRate")


@_attrs_define
class HourlyRate(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        start_date (str | Unset):
        hourly_rate_model (HourlyRateHourlyRateModel | Unset): Defines the model used for the hourly rate.
        project_specific_rates (list[ProjectSpecificRate] | Unset): Project specific rates if hourlyRateModel is
            TYPE_PROJECT_SPECIFIC_HOURLY_RATES.
        fixed_rate (float | Unset): Fixed Hourly rates if hourlyRateModel is TYPE_FIXED_HOURLY_RATE.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    start_date: str | Unset = UNSET
    hourly_rate_model: HourlyRateHourlyRateModel | Unset = UNSET
    project_specific_rates: list[ProjectSpecificRate] | Unset = UNSET
    fixed_rate: float | Unset = UNSET
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
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.hourly_rate_model
        if _v is not UNSET:
            field_dict["hourlyRateModel"] = _v._value_
        _v = self.project_specific_rates
        if _v is not UNSET:
            field_dict["projectSpecificRates"] = [_e.to_dict() for _e in _v]
        _v = self.fixed_rate
        if _v is not UNSET:
            field_dict["fixedRate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HourlyRate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HourlyRate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.project_specific_rate import ProjectSpecificRate  # noqa: PLC0415

        _new = object.__new__
        _e_hourly_rate_model: dict[Any, Any] = enum_members(HourlyRateHourlyRateModel)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "startDate",
                "hourlyRateModel",
                "projectSpecificRates",
                "fixedRate",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "startDate": "start_date",
            "fixedRate": "fixed_rate",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.start_date = o.hourly_rate_model = (
                        o.project_specific_rates
                    ) = o.fixed_rate = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.start_date = o.hourly_rate_model = (
                        o.project_specific_rates
                    ) = o.fixed_rate = UNSET
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
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                k = "hourlyRateModel"
                v = g("hourlyRateModel")
                if v is None:
                    o.hourly_rate_model = u
                    if "hourlyRateModel" not in d:
                        m += 1
                else:
                    o.hourly_rate_model = (
                        e_
                        if (e_ := _e_hourly_rate_model.get(v)) is not None
                        else enum_value(HourlyRateHourlyRateModel, v)
                    )
                k = "projectSpecificRates"
                v = g("projectSpecificRates")
                if v is None:
                    o.project_specific_rates = u
                    if "projectSpecificRates" not in d:
                        m += 1
                else:
                    o.project_specific_rates = (
                        ([ProjectSpecificRate._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("fixedRate")
                if v is None:
                    o.fixed_rate = u
                    if "fixedRate" not in d:
                        m += 1
                else:
                    o.fixed_rate = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("start_date", "startDate"),
            ("hourly_rate_model", "hourlyRateModel"),
            ("project_specific_rates", "projectSpecificRates"),
            ("fixed_rate", "fixedRate"),
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
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.hourly_rate_model
            o.hourly_rate_model = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_hourly_rate_model.get(v)) is not None
                else enum_value(HourlyRateHourlyRateModel, v)
            )
            v = s.project_specific_rates
            o.project_specific_rates = (
                u
                if v is None or v is u
                else ([ProjectSpecificRate._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.fixed_rate
            o.fixed_rate = u if v is None else v
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
