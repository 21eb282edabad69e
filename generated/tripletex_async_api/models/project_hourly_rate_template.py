from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_hourly_rate_template_hourly_rate_model import ProjectHourlyRateTemplateHourlyRateModel
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
    from ..models.project_specific_rate_template import ProjectSpecificRateTemplate


T = TypeVar("T", bound="ProjectHourlyRateTemplate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("hourlyRateModel", str, False),
    ("projectSpecificRates", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectHourlyRateTemplate(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        start_date = self.start_date

        show_in_project_order = self.show_in_project_order

        hourly_rate_model: str | Unset = UNSET
        if not isinstance(self.hourly_rate_model, Unset):
            hourly_rate_model = self.hourly_rate_model.value

        project_specific_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_specific_rates, Unset):
            project_specific_rates = []
            for project_specific_rates_item_data in self.project_specific_rates:
                project_specific_rates_item = project_specific_rates_item_data.to_dict()
                project_specific_rates.append(project_specific_rates_item)

        fixed_rate = self.fixed_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if show_in_project_order is not UNSET:
            field_dict["showInProjectOrder"] = show_in_project_order
        if hourly_rate_model is not UNSET:
            field_dict["hourlyRateModel"] = hourly_rate_model
        if project_specific_rates is not UNSET:
            field_dict["projectSpecificRates"] = project_specific_rates
        if fixed_rate is not UNSET:
            field_dict["fixedRate"] = fixed_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectHourlyRateTemplate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_specific_rate_template import ProjectSpecificRateTemplate  # noqa: PLC0415

        def _p_hourly_rate_model(_tx_v: Any) -> ProjectHourlyRateTemplateHourlyRateModel | Unset:
            _hourly_rate_model = _tx_v
            hourly_rate_model: ProjectHourlyRateTemplateHourlyRateModel | Unset
            if isinstance(_hourly_rate_model, Unset):
                hourly_rate_model = UNSET
            else:
                hourly_rate_model = ProjectHourlyRateTemplateHourlyRateModel(_hourly_rate_model)

            return hourly_rate_model

        def _p_project_specific_rates(_tx_v: Any) -> list[ProjectSpecificRateTemplate] | Unset:
            _project_specific_rates = _tx_v
            project_specific_rates: list[ProjectSpecificRateTemplate] | Unset = UNSET
            if _project_specific_rates is not UNSET:
                project_specific_rates = []
                for project_specific_rates_item_data in _project_specific_rates:
                    if project_specific_rates_item_data is None:
                        continue
                    project_specific_rates_item = ProjectSpecificRateTemplate._tx_from_json(
                        project_specific_rates_item_data
                    )

                    project_specific_rates.append(project_specific_rates_item)

            return project_specific_rates

        _tx_known: frozenset[str] = frozenset(
            (
                "startDate",
                "showInProjectOrder",
                "hourlyRateModel",
                "projectSpecificRates",
                "fixedRate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "start_date": ("startDate", None),
            "show_in_project_order": ("showInProjectOrder", None),
            "hourly_rate_model": ("hourlyRateModel", _p_hourly_rate_model),
            "project_specific_rates": ("projectSpecificRates", _p_project_specific_rates),
            "fixed_rate": ("fixedRate", None),
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
