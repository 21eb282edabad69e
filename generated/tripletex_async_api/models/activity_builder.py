from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ActivityBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ActivityBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        number (int | Unset):
        general (bool | Unset):
        project_activity (bool | Unset):
        allow_timetracking (bool | Unset):
        task (bool | Unset):
        chargeable (bool | Unset):
        disabled (bool | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    number: int | Unset = UNSET
    general: bool | Unset = UNSET
    project_activity: bool | Unset = UNSET
    allow_timetracking: bool | Unset = UNSET
    task: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        name = self.name

        description = self.description

        number = self.number

        general = self.general

        project_activity = self.project_activity

        allow_timetracking = self.allow_timetracking

        task = self.task

        chargeable = self.chargeable

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if number is not UNSET:
            field_dict["number"] = number
        if general is not UNSET:
            field_dict["general"] = general
        if project_activity is not UNSET:
            field_dict["projectActivity"] = project_activity
        if allow_timetracking is not UNSET:
            field_dict["allowTimetracking"] = allow_timetracking
        if task is not UNSET:
            field_dict["task"] = task
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ActivityBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "name",
                "description",
                "number",
                "general",
                "projectActivity",
                "allowTimetracking",
                "task",
                "chargeable",
                "disabled",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "name": ("name", None),
            "description": ("description", None),
            "number": ("number", None),
            "general": ("general", None),
            "project_activity": ("projectActivity", None),
            "allow_timetracking": ("allowTimetracking", None),
            "task": ("task", None),
            "chargeable": ("chargeable", None),
            "disabled": ("disabled", None),
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
