from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="UserFeedback")


@_attrs_define
class UserFeedback:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        received_at (str | Unset):
        message (str | Unset):
        contact_request (str | Unset):
        browser (str | Unset):
        page_title (str | Unset):
        team (str | Unset):
        login_employee (Employee | Unset):
        actual_employee_id (Employee | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    received_at: str | Unset = UNSET
    message: str | Unset = UNSET
    contact_request: str | Unset = UNSET
    browser: str | Unset = UNSET
    page_title: str | Unset = UNSET
    team: str | Unset = UNSET
    login_employee: Employee | Unset = UNSET
    actual_employee_id: Employee | Unset = UNSET
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

        received_at = self.received_at

        message = self.message

        contact_request = self.contact_request

        browser = self.browser

        page_title = self.page_title

        team = self.team

        login_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.login_employee, Unset):
            login_employee = self.login_employee.to_dict()

        actual_employee_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_employee_id, Unset):
            actual_employee_id = self.actual_employee_id.to_dict()

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
        if received_at is not UNSET:
            field_dict["receivedAt"] = received_at
        if message is not UNSET:
            field_dict["message"] = message
        if contact_request is not UNSET:
            field_dict["contactRequest"] = contact_request
        if browser is not UNSET:
            field_dict["browser"] = browser
        if page_title is not UNSET:
            field_dict["pageTitle"] = page_title
        if team is not UNSET:
            field_dict["team"] = team
        if login_employee is not UNSET:
            field_dict["loginEmployee"] = login_employee
        if actual_employee_id is not UNSET:
            field_dict["actualEmployeeId"] = actual_employee_id

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

        received_at = d.pop("receivedAt", UNSET)

        message = d.pop("message", UNSET)

        contact_request = d.pop("contactRequest", UNSET)

        browser = d.pop("browser", UNSET)

        page_title = d.pop("pageTitle", UNSET)

        team = d.pop("team", UNSET)

        _login_employee = d.pop("loginEmployee", UNSET)
        login_employee: Employee | Unset
        if isinstance(_login_employee, Unset):
            login_employee = UNSET
        else:
            login_employee = Employee.from_dict(_login_employee)

        _actual_employee_id = d.pop("actualEmployeeId", UNSET)
        actual_employee_id: Employee | Unset
        if isinstance(_actual_employee_id, Unset):
            actual_employee_id = UNSET
        else:
            actual_employee_id = Employee.from_dict(_actual_employee_id)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            received_at=received_at,
            message=message,
            contact_request=contact_request,
            browser=browser,
            page_title=page_title,
            team=team,
            login_employee=login_employee,
            actual_employee_id=actual_employee_id,
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
