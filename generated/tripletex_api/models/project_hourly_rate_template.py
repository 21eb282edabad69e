from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_hourly_rate_template_hourly_rate_model import ProjectHourlyRateTemplateHourlyRateModel
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_specific_rate_template import ProjectSpecificRateTemplate


T = TypeVar("T", bound="ProjectHourlyRateTemplate")


@_attrs_define
class ProjectHourlyRateTemplate:
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
        from ..models.project_specific_rate_template import ProjectSpecificRateTemplate  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        start_date = d.pop("startDate", UNSET)

        show_in_project_order = d.pop("showInProjectOrder", UNSET)

        _hourly_rate_model = d.pop("hourlyRateModel", UNSET)
        hourly_rate_model: ProjectHourlyRateTemplateHourlyRateModel | Unset
        if isinstance(_hourly_rate_model, Unset):
            hourly_rate_model = UNSET
        else:
            hourly_rate_model = ProjectHourlyRateTemplateHourlyRateModel(_hourly_rate_model)

        _project_specific_rates = d.pop("projectSpecificRates", UNSET)
        project_specific_rates: list[ProjectSpecificRateTemplate] | Unset = UNSET
        if _project_specific_rates is not UNSET:
            project_specific_rates = []
            for project_specific_rates_item_data in _project_specific_rates:
                if project_specific_rates_item_data is None:
                    continue
                project_specific_rates_item = ProjectSpecificRateTemplate.from_dict(project_specific_rates_item_data)

                project_specific_rates.append(project_specific_rates_item)

        fixed_rate = d.pop("fixedRate", UNSET)

        _obj = cls(
            start_date=start_date,
            show_in_project_order=show_in_project_order,
            hourly_rate_model=hourly_rate_model,
            project_specific_rates=project_specific_rates,
            fixed_rate=fixed_rate,
        )

        _obj.additional_properties = d
        return _obj

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
