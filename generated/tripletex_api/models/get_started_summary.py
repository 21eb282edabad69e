from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.get_started_task_widget import GetStartedTaskWidget


T = TypeVar("T", bound="GetStartedSummary")


@_attrs_define
class GetStartedSummary:
    """
    Attributes:
        number_of_completed_tasks (int | Unset):
        user_name (str | Unset):
        completed_tasks_percentage (str | Unset):
        uncompleted_tasks_percentage (str | Unset):
        is_tour_me_eligible (bool | Unset):
        has_signed_license (bool | Unset):
        tasks (list[GetStartedTaskWidget] | Unset):
    """

    number_of_completed_tasks: int | Unset = UNSET
    user_name: str | Unset = UNSET
    completed_tasks_percentage: str | Unset = UNSET
    uncompleted_tasks_percentage: str | Unset = UNSET
    is_tour_me_eligible: bool | Unset = UNSET
    has_signed_license: bool | Unset = UNSET
    tasks: list[GetStartedTaskWidget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        number_of_completed_tasks = self.number_of_completed_tasks

        user_name = self.user_name

        completed_tasks_percentage = self.completed_tasks_percentage

        uncompleted_tasks_percentage = self.uncompleted_tasks_percentage

        is_tour_me_eligible = self.is_tour_me_eligible

        has_signed_license = self.has_signed_license

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_completed_tasks is not UNSET:
            field_dict["numberOfCompletedTasks"] = number_of_completed_tasks
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if completed_tasks_percentage is not UNSET:
            field_dict["completedTasksPercentage"] = completed_tasks_percentage
        if uncompleted_tasks_percentage is not UNSET:
            field_dict["uncompletedTasksPercentage"] = uncompleted_tasks_percentage
        if is_tour_me_eligible is not UNSET:
            field_dict["isTourMeEligible"] = is_tour_me_eligible
        if has_signed_license is not UNSET:
            field_dict["hasSignedLicense"] = has_signed_license
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.get_started_task_widget import GetStartedTaskWidget  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        number_of_completed_tasks = d.pop("numberOfCompletedTasks", UNSET)

        user_name = d.pop("userName", UNSET)

        completed_tasks_percentage = d.pop("completedTasksPercentage", UNSET)

        uncompleted_tasks_percentage = d.pop("uncompletedTasksPercentage", UNSET)

        is_tour_me_eligible = d.pop("isTourMeEligible", UNSET)

        has_signed_license = d.pop("hasSignedLicense", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[GetStartedTaskWidget] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                if tasks_item_data is None:
                    continue
                tasks_item = GetStartedTaskWidget.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _obj = cls(
            number_of_completed_tasks=number_of_completed_tasks,
            user_name=user_name,
            completed_tasks_percentage=completed_tasks_percentage,
            uncompleted_tasks_percentage=uncompleted_tasks_percentage,
            is_tour_me_eligible=is_tour_me_eligible,
            has_signed_license=has_signed_license,
            tasks=tasks,
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
