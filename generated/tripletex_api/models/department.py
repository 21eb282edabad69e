from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="Department")


@_attrs_define
class Department:
    """The department for this account. If multiple industries are activated, all postings on this account will be towards
    this department. If multiple industries are not activated, it is ignored.

        Attributes:
            id (int | Unset):
            version (int | Unset):
            changes (list[Change] | Unset): [read-only]
            url (str | Unset): [read-only]
            name (str | Unset):
            department_number (str | Unset):
            department_manager (Employee | Unset):
            display_name (str | Unset): [read-only]
            is_inactive (bool | Unset):
            business_activity_type_id (int | Unset): [read-only] The business activity type for this department. Business
                activity types can be used to separate between different tax categories, and between general and primary VAT
                reports.  A posting done with a given departmentId, will belong to the business activity type defined on the
                department.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    department_number: str | Unset = UNSET
    department_manager: Employee | Unset = UNSET
    display_name: str | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    business_activity_type_id: int | Unset = UNSET
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

        name = self.name

        department_number = self.department_number

        department_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department_manager, Unset):
            department_manager = self.department_manager.to_dict()

        display_name = self.display_name

        is_inactive = self.is_inactive

        business_activity_type_id = self.business_activity_type_id

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
        if name is not UNSET:
            field_dict["name"] = name
        if department_number is not UNSET:
            field_dict["departmentNumber"] = department_number
        if department_manager is not UNSET:
            field_dict["departmentManager"] = department_manager
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if business_activity_type_id is not UNSET and not _in_request:
            field_dict["businessActivityTypeId"] = business_activity_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

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

        name = d.pop("name", UNSET)

        department_number = d.pop("departmentNumber", UNSET)

        _department_manager = d.pop("departmentManager", UNSET)
        department_manager: Employee | Unset
        if isinstance(_department_manager, Unset):
            department_manager = UNSET
        else:
            department_manager = Employee.from_dict(_department_manager)

        display_name = d.pop("displayName", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        business_activity_type_id = d.pop("businessActivityTypeId", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            department_number=department_number,
            department_manager=department_manager,
            display_name=display_name,
            is_inactive=is_inactive,
            business_activity_type_id=business_activity_type_id,
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
