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
)

if TYPE_CHECKING:
    from ..models.get_started_task_widget import GetStartedTaskWidget


T = TypeVar("T", bound="GetStartedSummary")


@_attrs_define
class GetStartedSummary(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.number_of_completed_tasks
        if _v is not UNSET:
            field_dict["numberOfCompletedTasks"] = _v
        _v = self.user_name
        if _v is not UNSET:
            field_dict["userName"] = _v
        _v = self.completed_tasks_percentage
        if _v is not UNSET:
            field_dict["completedTasksPercentage"] = _v
        _v = self.uncompleted_tasks_percentage
        if _v is not UNSET:
            field_dict["uncompletedTasksPercentage"] = _v
        _v = self.is_tour_me_eligible
        if _v is not UNSET:
            field_dict["isTourMeEligible"] = _v
        _v = self.has_signed_license
        if _v is not UNSET:
            field_dict["hasSignedLicense"] = _v
        _v = self.tasks
        if _v is not UNSET:
            field_dict["tasks"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GetStartedSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GetStartedSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.get_started_task_widget import GetStartedTaskWidget  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("numberOfCompletedTasks")
                if v is None:
                    o.number_of_completed_tasks = u
                    if "numberOfCompletedTasks" not in d:
                        m += 1
                else:
                    o.number_of_completed_tasks = v
                v = g("userName")
                if v is None:
                    o.user_name = u
                    if "userName" not in d:
                        m += 1
                else:
                    o.user_name = v
                v = g("completedTasksPercentage")
                if v is None:
                    o.completed_tasks_percentage = u
                    if "completedTasksPercentage" not in d:
                        m += 1
                else:
                    o.completed_tasks_percentage = v
                v = g("uncompletedTasksPercentage")
                if v is None:
                    o.uncompleted_tasks_percentage = u
                    if "uncompletedTasksPercentage" not in d:
                        m += 1
                else:
                    o.uncompleted_tasks_percentage = v
                v = g("isTourMeEligible")
                if v is None:
                    o.is_tour_me_eligible = u
                    if "isTourMeEligible" not in d:
                        m += 1
                else:
                    o.is_tour_me_eligible = v
                v = g("hasSignedLicense")
                if v is None:
                    o.has_signed_license = u
                    if "hasSignedLicense" not in d:
                        m += 1
                else:
                    o.has_signed_license = v
                k = "tasks"
                v = g("tasks")
                if v is None:
                    o.tasks = u
                    if "tasks" not in d:
                        m += 1
                else:
                    o.tasks = (
                        ([GetStartedTaskWidget._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("number_of_completed_tasks", "numberOfCompletedTasks"),
            ("user_name", "userName"),
            ("completed_tasks_percentage", "completedTasksPercentage"),
            ("uncompleted_tasks_percentage", "uncompletedTasksPercentage"),
            ("is_tour_me_eligible", "isTourMeEligible"),
            ("has_signed_license", "hasSignedLicense"),
            ("tasks", "tasks"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.number_of_completed_tasks
            o.number_of_completed_tasks = u if v is None else v
            v = s.user_name
            o.user_name = u if v is None else v
            v = s.completed_tasks_percentage
            o.completed_tasks_percentage = u if v is None else v
            v = s.uncompleted_tasks_percentage
            o.uncompleted_tasks_percentage = u if v is None else v
            v = s.is_tour_me_eligible
            o.is_tour_me_eligible = u if v is None else v
            v = s.has_signed_license
            o.has_signed_license = u if v is None else v
            v = s.tasks
            o.tasks = (
                u
                if v is None or v is u
                else ([GetStartedTaskWidget._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
