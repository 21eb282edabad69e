from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hourly_rate_hourly_rate_model import HourlyRateHourlyRateModel
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.project_specific_rate import ProjectSpecificRate


T = TypeVar("T", bound="HourlyRate")


@_attrs_define
class HourlyRate:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        start_date = self.start_date

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
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if hourly_rate_model is not UNSET:
            field_dict["hourlyRateModel"] = hourly_rate_model
        if project_specific_rates is not UNSET:
            field_dict["projectSpecificRates"] = project_specific_rates
        if fixed_rate is not UNSET:
            field_dict["fixedRate"] = fixed_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.project_specific_rate import ProjectSpecificRate  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        start_date = d.pop("startDate", UNSET)

        _hourly_rate_model = d.pop("hourlyRateModel", UNSET)
        hourly_rate_model: HourlyRateHourlyRateModel | Unset
        if isinstance(_hourly_rate_model, Unset):
            hourly_rate_model = UNSET
        else:
            hourly_rate_model = HourlyRateHourlyRateModel(_hourly_rate_model)

        _project_specific_rates = d.pop("projectSpecificRates", UNSET)
        project_specific_rates: list[ProjectSpecificRate] | Unset = UNSET
        if _project_specific_rates is not UNSET:
            project_specific_rates = []
            for project_specific_rates_item_data in _project_specific_rates:
                if project_specific_rates_item_data is None:
                    continue
                project_specific_rates_item = ProjectSpecificRate.from_dict(project_specific_rates_item_data)

                project_specific_rates.append(project_specific_rates_item)

        fixed_rate = d.pop("fixedRate", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            start_date=start_date,
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
