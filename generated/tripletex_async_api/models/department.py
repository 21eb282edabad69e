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
    from ..models.employee import Employee


T = TypeVar("T", bound="Department")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("departmentManager", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Department(LazyModel):
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
        """A Department from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

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

        def _p_department_manager(_tx_v: Any) -> Employee | Unset:
            _department_manager = _tx_v
            department_manager: Employee | Unset
            if isinstance(_department_manager, Unset):
                department_manager = UNSET
            else:
                department_manager = Employee._tx_from_json(_department_manager)

            return department_manager

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "departmentNumber",
                "departmentManager",
                "displayName",
                "isInactive",
                "businessActivityTypeId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "department_number": ("departmentNumber", None),
            "department_manager": ("departmentManager", _p_department_manager),
            "display_name": ("displayName", None),
            "is_inactive": ("isInactive", None),
            "business_activity_type_id": ("businessActivityTypeId", None),
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
