from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_hourly_rate_hourly_rate_model import ProjectHourlyRateHourlyRateModel
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
    from ..models.change import Change
    from ..models.project import Project
    from ..models.project_specific_rate import ProjectSpecificRate


T = TypeVar("T", bound="ProjectHourlyRate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("project", dict, False),
    ("hourlyRateModel", str, False),
    ("projectSpecificRates", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectHourlyRate(LazyModel):
    """Project Rate Types tied to the project.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        project (Project | Unset):
        start_date (str | Unset):
        show_in_project_order (bool | Unset): Show on contract confirmation/offers
        hourly_rate_model (ProjectHourlyRateHourlyRateModel | Unset): Defines the model used for the hourly rate.
        project_specific_rates (list[ProjectSpecificRate] | Unset): Project specific rates if hourlyRateModel is
            TYPE_PROJECT_SPECIFIC_HOURLY_RATES.
        fixed_rate (float | Unset): Fixed Hourly rates if hourlyRateModel is TYPE_FIXED_HOURLY_RATE.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    project: Project | Unset = UNSET
    start_date: str | Unset = UNSET
    show_in_project_order: bool | Unset = UNSET
    hourly_rate_model: ProjectHourlyRateHourlyRateModel | Unset = UNSET
    project_specific_rates: list[ProjectSpecificRate] | Unset = UNSET
    fixed_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

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
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if project is not UNSET:
            field_dict["project"] = project
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
        """A ProjectHourlyRate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.project_specific_rate import ProjectSpecificRate  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_hourly_rate_model(_tx_v: Any) -> ProjectHourlyRateHourlyRateModel | Unset:
            _hourly_rate_model = _tx_v
            hourly_rate_model: ProjectHourlyRateHourlyRateModel | Unset
            if isinstance(_hourly_rate_model, Unset):
                hourly_rate_model = UNSET
            else:
                hourly_rate_model = ProjectHourlyRateHourlyRateModel(_hourly_rate_model)

            return hourly_rate_model

        def _p_project_specific_rates(_tx_v: Any) -> list[ProjectSpecificRate] | Unset:
            _project_specific_rates = _tx_v
            project_specific_rates: list[ProjectSpecificRate] | Unset = UNSET
            if _project_specific_rates is not UNSET:
                project_specific_rates = []
                for project_specific_rates_item_data in _project_specific_rates:
                    if project_specific_rates_item_data is None:
                        continue
                    project_specific_rates_item = ProjectSpecificRate._tx_from_json(project_specific_rates_item_data)

                    project_specific_rates.append(project_specific_rates_item)

            return project_specific_rates

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "project",
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
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "project": ("project", _p_project),
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
