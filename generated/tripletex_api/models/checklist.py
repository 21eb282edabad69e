from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.checklist_property import ChecklistProperty
    from ..models.customized_checklist_property import CustomizedChecklistProperty
    from ..models.employee import Employee
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Checklist")


@_attrs_define
class Checklist:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.checklist_property import ChecklistProperty  # noqa: PLC0415
        from ..models.customized_checklist_property import CustomizedChecklistProperty  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

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

        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        _checklist_property = d.pop("checklistProperty", UNSET)
        checklist_property: ChecklistProperty | Unset
        if isinstance(_checklist_property, Unset):
            checklist_property = UNSET
        else:
            checklist_property = ChecklistProperty.from_dict(_checklist_property)

        _customized_checklist_property = d.pop("customizedChecklistProperty", UNSET)
        customized_checklist_property: CustomizedChecklistProperty | Unset
        if isinstance(_customized_checklist_property, Unset):
            customized_checklist_property = UNSET
        else:
            customized_checklist_property = CustomizedChecklistProperty.from_dict(_customized_checklist_property)

        checked = d.pop("checked", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        changed_by = d.pop("changedBy", UNSET)

        changed_date = d.pop("changedDate", UNSET)

        comment = d.pop("comment", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year_end_report=year_end_report,
            checklist_property=checklist_property,
            customized_checklist_property=customized_checklist_property,
            checked=checked,
            employee=employee,
            changed_by=changed_by,
            changed_date=changed_date,
            comment=comment,
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
