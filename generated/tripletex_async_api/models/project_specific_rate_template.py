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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.employee import Employee


T = TypeVar("T", bound="ProjectSpecificRateTemplate")


@_attrs_define
class ProjectSpecificRateTemplate(Model):
    """Project specific rates if hourlyRateModel is TYPE_PROJECT_SPECIFIC_HOURLY_RATES.

    Attributes:
        hourly_rate (float | Unset):
        hourly_cost_percentage (float | Unset):
        employee (Employee | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
    """

    hourly_rate: float | Unset = UNSET
    hourly_cost_percentage: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    activity: Activity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.hourly_rate
        if _v is not UNSET:
            field_dict["hourlyRate"] = _v
        _v = self.hourly_cost_percentage
        if _v is not UNSET:
            field_dict["hourlyCostPercentage"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.activity
        if _v is not UNSET:
            field_dict["activity"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectSpecificRateTemplate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectSpecificRateTemplate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "hourlyRate",
                "hourlyCostPercentage",
                "employee",
                "activity",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hourlyRate")
                if v is None:
                    o.hourly_rate = u
                    if "hourlyRate" not in d:
                        m += 1
                else:
                    o.hourly_rate = v
                v = g("hourlyCostPercentage")
                if v is None:
                    o.hourly_cost_percentage = u
                    if "hourlyCostPercentage" not in d:
                        m += 1
                else:
                    o.hourly_cost_percentage = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "activity"
                v = g("activity")
                if v is None:
                    o.activity = u
                    if "activity" not in d:
                        m += 1
                else:
                    o.activity = Activity._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("hourly_rate", "hourlyRate"),
            ("hourly_cost_percentage", "hourlyCostPercentage"),
            ("employee", "employee"),
            ("activity", "activity"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.hourly_rate
            o.hourly_rate = u if v is None else v
            v = s.hourly_cost_percentage
            o.hourly_cost_percentage = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.activity
            o.activity = u if v is None or v is u else Activity._tx_parse(v)
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
