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
    from ..models.change import Change
    from ..models.checklist_property import ChecklistProperty
    from ..models.customized_checklist_property import CustomizedChecklistProperty
    from ..models.employee import Employee
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Checklist")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("yearEndReport", dict, False),
    ("checklistProperty", dict, False),
    ("customizedChecklistProperty", dict, False),
    ("employee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Checklist(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year_end_report (YearEndReport | Unset):
        checklist_property (ChecklistProperty | Unset):
        customized_checklist_property (CustomizedChecklistProperty | Unset):
        checked (bool | Unset):
        employee (Employee | Unset):
        changed_by (str | Unset):
        changed_date (str | Unset):
        comment (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    checklist_property: ChecklistProperty | Unset = UNSET
    customized_checklist_property: CustomizedChecklistProperty | Unset = UNSET
    checked: bool | Unset = UNSET
    employee: Employee | Unset = UNSET
    changed_by: str | Unset = UNSET
    changed_date: str | Unset = UNSET
    comment: str | Unset = UNSET
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

        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        checklist_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checklist_property, Unset):
            checklist_property = self.checklist_property.to_dict()

        customized_checklist_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customized_checklist_property, Unset):
            customized_checklist_property = self.customized_checklist_property.to_dict()

        checked = self.checked

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        changed_by = self.changed_by

        changed_date = self.changed_date

        comment = self.comment

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
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if checklist_property is not UNSET:
            field_dict["checklistProperty"] = checklist_property
        if customized_checklist_property is not UNSET:
            field_dict["customizedChecklistProperty"] = customized_checklist_property
        if checked is not UNSET:
            field_dict["checked"] = checked
        if employee is not UNSET:
            field_dict["employee"] = employee
        if changed_by is not UNSET:
            field_dict["changedBy"] = changed_by
        if changed_date is not UNSET:
            field_dict["changedDate"] = changed_date
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Checklist from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.checklist_property import ChecklistProperty  # noqa: PLC0415
        from ..models.customized_checklist_property import CustomizedChecklistProperty  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

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

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_checklist_property(_tx_v: Any) -> ChecklistProperty | Unset:
            _checklist_property = _tx_v
            checklist_property: ChecklistProperty | Unset
            if isinstance(_checklist_property, Unset):
                checklist_property = UNSET
            else:
                checklist_property = ChecklistProperty._tx_from_json(_checklist_property)

            return checklist_property

        def _p_customized_checklist_property(_tx_v: Any) -> CustomizedChecklistProperty | Unset:
            _customized_checklist_property = _tx_v
            customized_checklist_property: CustomizedChecklistProperty | Unset
            if isinstance(_customized_checklist_property, Unset):
                customized_checklist_property = UNSET
            else:
                customized_checklist_property = CustomizedChecklistProperty._tx_from_json(
                    _customized_checklist_property
                )

            return customized_checklist_property

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "yearEndReport",
                "checklistProperty",
                "customizedChecklistProperty",
                "checked",
                "employee",
                "changedBy",
                "changedDate",
                "comment",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "checklist_property": ("checklistProperty", _p_checklist_property),
            "customized_checklist_property": ("customizedChecklistProperty", _p_customized_checklist_property),
            "checked": ("checked", None),
            "employee": ("employee", _p_employee),
            "changed_by": ("changedBy", None),
            "changed_date": ("changedDate", None),
            "comment": ("comment", None),
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
