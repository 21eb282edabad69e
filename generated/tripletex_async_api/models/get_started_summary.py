from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.get_started_task_widget import GetStartedTaskWidget


T = TypeVar("T", bound="GetStartedSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("tasks", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class GetStartedSummary(LazyModel):
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
        self._tx_load()
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
        """A GetStartedSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.get_started_task_widget import GetStartedTaskWidget  # noqa: PLC0415

        def _p_tasks(_tx_v: Any) -> list[GetStartedTaskWidget] | Unset:
            _tasks = _tx_v
            tasks: list[GetStartedTaskWidget] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    if tasks_item_data is None:
                        continue
                    tasks_item = GetStartedTaskWidget._tx_from_json(tasks_item_data)

                    tasks.append(tasks_item)

            return tasks

        _tx_known: frozenset[str] = frozenset(
            (
                "numberOfCompletedTasks",
                "userName",
                "completedTasksPercentage",
                "uncompletedTasksPercentage",
                "isTourMeEligible",
                "hasSignedLicense",
                "tasks",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "number_of_completed_tasks": ("numberOfCompletedTasks", None),
            "user_name": ("userName", None),
            "completed_tasks_percentage": ("completedTasksPercentage", None),
            "uncompleted_tasks_percentage": ("uncompletedTasksPercentage", None),
            "is_tour_me_eligible": ("isTourMeEligible", None),
            "has_signed_license": ("hasSignedLicense", None),
            "tasks": ("tasks", _p_tasks),
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
