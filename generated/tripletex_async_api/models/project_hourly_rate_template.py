from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_hourly_rate_template_hourly_rate_model import ProjectHourlyRateTemplateHourlyRateModel
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
)

if TYPE_CHECKING:
    from ..models.project_specific_rate_template import ProjectSpecificRateTemplate


T = TypeVar("T", bound="ProjectHourlyRateTemplate")


@_attrs_define
class ProjectHourlyRateTemplate(Model):
    """Project Rate Types tied to the project.

    Attributes:
        start_date (str | Unset):
        show_in_project_order (bool | Unset): Show on contract confirmation/offers
        hourly_rate_model (ProjectHourlyRateTemplateHourlyRateModel | Unset): Defines the model used for the hourly
            rate.
        project_specific_rates (list[ProjectSpecificRateTemplate] | Unset): Project specific rates if hourlyRateModel is
            TYPE_PROJECT_SPECIFIC_HOURLY_RATES.
        fixed_rate (float | Unset): Fixed Hourly rates if hourlyRateModel is TYPE_FIXED_HOURLY_RATE.
    """

    start_date: str | Unset = UNSET
    show_in_project_order: bool | Unset = UNSET
    hourly_rate_model: ProjectHourlyRateTemplateHourlyRateModel | Unset = UNSET
    project_specific_rates: list[ProjectSpecificRateTemplate] | Unset = UNSET
    fixed_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.show_in_project_order
        if _v is not UNSET:
            field_dict["showInProjectOrder"] = _v
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
        """A ProjectHourlyRateTemplate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectHourlyRateTemplate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_specific_rate_template import ProjectSpecificRateTemplate  # noqa: PLC0415

        _new = object.__new__
        _e_hourly_rate_model: dict[Any, Any] = enum_members(ProjectHourlyRateTemplateHourlyRateModel)
        _known: frozenset[str] = frozenset(
            (
                "startDate",
                "showInProjectOrder",
                "hourlyRateModel",
                "projectSpecificRates",
                "fixedRate",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("showInProjectOrder")
                if v is None:
                    o.show_in_project_order = u
                    if "showInProjectOrder" not in d:
                        m += 1
                else:
                    o.show_in_project_order = v
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
                        else enum_value(ProjectHourlyRateTemplateHourlyRateModel, v)
                    )
                k = "projectSpecificRates"
                v = g("projectSpecificRates")
                if v is None:
                    o.project_specific_rates = u
                    if "projectSpecificRates" not in d:
                        m += 1
                else:
                    o.project_specific_rates = (
                        ([ProjectSpecificRateTemplate._tx_parse(e) for e in v if e is not None] if v else [])
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
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("start_date", "startDate"),
            ("show_in_project_order", "showInProjectOrder"),
            ("hourly_rate_model", "hourlyRateModel"),
            ("project_specific_rates", "projectSpecificRates"),
            ("fixed_rate", "fixedRate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.show_in_project_order
            o.show_in_project_order = u if v is None else v
            v = s.hourly_rate_model
            o.hourly_rate_model = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_hourly_rate_model.get(v)) is not None
                else enum_value(ProjectHourlyRateTemplateHourlyRateModel, v)
            )
            v = s.project_specific_rates
            o.project_specific_rates = (
                u
                if v is None or v is u
                else ([ProjectSpecificRateTemplate._tx_parse(e) for e in v if e is not None] if v else [])
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
