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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.time_sheet_monthly_score import TimeSheetMonthlyScore


T = TypeVar("T", bound="PlantScore")


@_attrs_define
class PlantScore(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        employee_id (Employee | Unset):
        current_score (float | Unset):
        current_streak (float | Unset):
        longest_streak (float | Unset):
        monthly_scores (list[TimeSheetMonthlyScore] | Unset):
        planted_trees_this_month (float | Unset):
        total_planted_trees (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee_id: Employee | Unset = UNSET
    current_score: float | Unset = UNSET
    current_streak: float | Unset = UNSET
    longest_streak: float | Unset = UNSET
    monthly_scores: list[TimeSheetMonthlyScore] | Unset = UNSET
    planted_trees_this_month: float | Unset = UNSET
    total_planted_trees: float | Unset = UNSET
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
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v.to_dict()
        _v = self.current_score
        if _v is not UNSET:
            field_dict["currentScore"] = _v
        _v = self.current_streak
        if _v is not UNSET:
            field_dict["currentStreak"] = _v
        _v = self.longest_streak
        if _v is not UNSET:
            field_dict["longestStreak"] = _v
        _v = self.monthly_scores
        if _v is not UNSET:
            field_dict["monthlyScores"] = [_e.to_dict() for _e in _v]
        _v = self.planted_trees_this_month
        if _v is not UNSET:
            field_dict["plantedTreesThisMonth"] = _v
        _v = self.total_planted_trees
        if _v is not UNSET:
            field_dict["totalPlantedTrees"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PlantScore from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PlantScore.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.time_sheet_monthly_score import TimeSheetMonthlyScore  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employeeId",
                "currentScore",
                "currentStreak",
                "longestStreak",
                "monthlyScores",
                "plantedTreesThisMonth",
                "totalPlantedTrees",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "currentScore": "current_score",
            "currentStreak": "current_streak",
            "longestStreak": "longest_streak",
            "plantedTreesThisMonth": "planted_trees_this_month",
            "totalPlantedTrees": "total_planted_trees",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employee_id = o.current_score = o.current_streak = (
                        o.longest_streak
                    ) = o.monthly_scores = o.planted_trees_this_month = o.total_planted_trees = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employee_id = o.current_score = o.current_streak = (
                        o.longest_streak
                    ) = o.monthly_scores = o.planted_trees_this_month = o.total_planted_trees = UNSET
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
                k = "employeeId"
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = Employee._tx_parse(v)
                v = g("currentScore")
                if v is None:
                    o.current_score = u
                    if "currentScore" not in d:
                        m += 1
                else:
                    o.current_score = v
                v = g("currentStreak")
                if v is None:
                    o.current_streak = u
                    if "currentStreak" not in d:
                        m += 1
                else:
                    o.current_streak = v
                v = g("longestStreak")
                if v is None:
                    o.longest_streak = u
                    if "longestStreak" not in d:
                        m += 1
                else:
                    o.longest_streak = v
                k = "monthlyScores"
                v = g("monthlyScores")
                if v is None:
                    o.monthly_scores = u
                    if "monthlyScores" not in d:
                        m += 1
                else:
                    o.monthly_scores = (
                        ([TimeSheetMonthlyScore._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("plantedTreesThisMonth")
                if v is None:
                    o.planted_trees_this_month = u
                    if "plantedTreesThisMonth" not in d:
                        m += 1
                else:
                    o.planted_trees_this_month = v
                v = g("totalPlantedTrees")
                if v is None:
                    o.total_planted_trees = u
                    if "totalPlantedTrees" not in d:
                        m += 1
                else:
                    o.total_planted_trees = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("employee_id", "employeeId"),
            ("current_score", "currentScore"),
            ("current_streak", "currentStreak"),
            ("longest_streak", "longestStreak"),
            ("monthly_scores", "monthlyScores"),
            ("planted_trees_this_month", "plantedTreesThisMonth"),
            ("total_planted_trees", "totalPlantedTrees"),
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
            v = s.employee_id
            o.employee_id = u if v is None or v is u else Employee._tx_parse(v)
            v = s.current_score
            o.current_score = u if v is None else v
            v = s.current_streak
            o.current_streak = u if v is None else v
            v = s.longest_streak
            o.longest_streak = u if v is None else v
            v = s.monthly_scores
            o.monthly_scores = (
                u
                if v is None or v is u
                else ([TimeSheetMonthlyScore._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.planted_trees_this_month
            o.planted_trees_this_month = u if v is None else v
            v = s.total_planted_trees
            o.total_planted_trees = u if v is None else v
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
