from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_activity_type import ActivityActivityType
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity(Model):
    """Add existing project activity or create new project specific activity

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        number (str | Unset):
        description (str | Unset):
        activity_type (ActivityActivityType | Unset): PROJECT_SPECIFIC_ACTIVITY are made via project/projectActivity, as
            they must be part of a project.
        is_project_activity (bool | Unset): Manipulate these with ActivityType
        is_general (bool | Unset): Manipulate these with ActivityType
        is_task (bool | Unset): Manipulate these with ActivityType
        is_disabled (bool | Unset):
        is_chargeable (bool | Unset):
        rate (float | Unset):
        cost_percentage (float | Unset):
        display_name (str | Unset):
        deletable (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    activity_type: ActivityActivityType | Unset = UNSET
    is_project_activity: bool | Unset = UNSET
    is_general: bool | Unset = UNSET
    is_task: bool | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    is_chargeable: bool | Unset = UNSET
    rate: float | Unset = UNSET
    cost_percentage: float | Unset = UNSET
    display_name: str | Unset = UNSET
    deletable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.activity_type
        if _v is not UNSET:
            field_dict["activityType"] = _v._value_
        _v = self.is_project_activity
        if _v is not UNSET and not _in_request:
            field_dict["isProjectActivity"] = _v
        _v = self.is_general
        if _v is not UNSET and not _in_request:
            field_dict["isGeneral"] = _v
        _v = self.is_task
        if _v is not UNSET and not _in_request:
            field_dict["isTask"] = _v
        _v = self.is_disabled
        if _v is not UNSET and not _in_request:
            field_dict["isDisabled"] = _v
        _v = self.is_chargeable
        if _v is not UNSET:
            field_dict["isChargeable"] = _v
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.cost_percentage
        if _v is not UNSET:
            field_dict["costPercentage"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.deletable
        if _v is not UNSET and not _in_request:
            field_dict["deletable"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Activity from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Activity.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_activity_type: dict[Any, Any] = enum_members(ActivityActivityType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "number",
                "description",
                "activityType",
                "isProjectActivity",
                "isGeneral",
                "isTask",
                "isDisabled",
                "isChargeable",
                "rate",
                "costPercentage",
                "displayName",
                "deletable",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "number": "number",
            "description": "description",
            "isProjectActivity": "is_project_activity",
            "isGeneral": "is_general",
            "isTask": "is_task",
            "isDisabled": "is_disabled",
            "isChargeable": "is_chargeable",
            "rate": "rate",
            "costPercentage": "cost_percentage",
            "displayName": "display_name",
            "deletable": "deletable",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.description = o.activity_type = (
                        o.is_project_activity
                    ) = o.is_general = o.is_task = o.is_disabled = o.is_chargeable = o.rate = o.cost_percentage = (
                        o.display_name
                    ) = o.deletable = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.description = o.activity_type = (
                        o.is_project_activity
                    ) = o.is_general = o.is_task = o.is_disabled = o.is_chargeable = o.rate = o.cost_percentage = (
                        o.display_name
                    ) = o.deletable = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "activityType"
                v = g("activityType")
                if v is None:
                    o.activity_type = u
                    if "activityType" not in d:
                        m += 1
                else:
                    o.activity_type = (
                        e_ if (e_ := _e_activity_type.get(v)) is not None else enum_value(ActivityActivityType, v)
                    )
                v = g("isProjectActivity")
                if v is None:
                    o.is_project_activity = u
                    if "isProjectActivity" not in d:
                        m += 1
                else:
                    o.is_project_activity = v
                v = g("isGeneral")
                if v is None:
                    o.is_general = u
                    if "isGeneral" not in d:
                        m += 1
                else:
                    o.is_general = v
                v = g("isTask")
                if v is None:
                    o.is_task = u
                    if "isTask" not in d:
                        m += 1
                else:
                    o.is_task = v
                v = g("isDisabled")
                if v is None:
                    o.is_disabled = u
                    if "isDisabled" not in d:
                        m += 1
                else:
                    o.is_disabled = v
                v = g("isChargeable")
                if v is None:
                    o.is_chargeable = u
                    if "isChargeable" not in d:
                        m += 1
                else:
                    o.is_chargeable = v
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("costPercentage")
                if v is None:
                    o.cost_percentage = u
                    if "costPercentage" not in d:
                        m += 1
                else:
                    o.cost_percentage = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("deletable")
                if v is None:
                    o.deletable = u
                    if "deletable" not in d:
                        m += 1
                else:
                    o.deletable = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("number", "number"),
            ("description", "description"),
            ("activity_type", "activityType"),
            ("is_project_activity", "isProjectActivity"),
            ("is_general", "isGeneral"),
            ("is_task", "isTask"),
            ("is_disabled", "isDisabled"),
            ("is_chargeable", "isChargeable"),
            ("rate", "rate"),
            ("cost_percentage", "costPercentage"),
            ("display_name", "displayName"),
            ("deletable", "deletable"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.activity_type
            o.activity_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_activity_type.get(v)) is not None
                else enum_value(ActivityActivityType, v)
            )
            v = s.is_project_activity
            o.is_project_activity = u if v is None else v
            v = s.is_general
            o.is_general = u if v is None else v
            v = s.is_task
            o.is_task = u if v is None else v
            v = s.is_disabled
            o.is_disabled = u if v is None else v
            v = s.is_chargeable
            o.is_chargeable = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.cost_percentage
            o.cost_percentage = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.deletable
            o.deletable = u if v is None else v
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
