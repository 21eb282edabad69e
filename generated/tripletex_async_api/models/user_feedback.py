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


T = TypeVar("T", bound="UserFeedback")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("loginEmployee", dict, False),
    ("actualEmployeeId", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class UserFeedback(LazyModel):
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
        """A UserFeedback from the service's JSON object; each property is parsed when first read."""
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

        def _p_login_employee(_tx_v: Any) -> Employee | Unset:
            _login_employee = _tx_v
            login_employee: Employee | Unset
            if isinstance(_login_employee, Unset):
                login_employee = UNSET
            else:
                login_employee = Employee._tx_from_json(_login_employee)

            return login_employee

        def _p_actual_employee_id(_tx_v: Any) -> Employee | Unset:
            _actual_employee_id = _tx_v
            actual_employee_id: Employee | Unset
            if isinstance(_actual_employee_id, Unset):
                actual_employee_id = UNSET
            else:
                actual_employee_id = Employee._tx_from_json(_actual_employee_id)

            return actual_employee_id

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "receivedAt",
                "message",
                "contactRequest",
                "browser",
                "pageTitle",
                "team",
                "loginEmployee",
                "actualEmployeeId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "received_at": ("receivedAt", None),
            "message": ("message", None),
            "contact_request": ("contactRequest", None),
            "browser": ("browser", None),
            "page_title": ("pageTitle", None),
            "team": ("team", None),
            "login_employee": ("loginEmployee", _p_login_employee),
            "actual_employee_id": ("actualEmployeeId", _p_actual_employee_id),
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
