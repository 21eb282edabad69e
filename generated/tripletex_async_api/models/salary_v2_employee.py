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
    from ..models.department import Department


T = TypeVar("T", bound="SalaryV2Employee")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("department", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Employee(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset): [read-only]
        employee_number (str | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        picture_id (int | Unset): [read-only]
        phone_number_sms_certified (str | Unset): [read-only]
        name_and_number (str | Unset): [read-only]
        bank_account_or_iban (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    employee_number: str | Unset = UNSET
    department: Department | Unset = UNSET
    picture_id: int | Unset = UNSET
    phone_number_sms_certified: str | Unset = UNSET
    name_and_number: str | Unset = UNSET
    bank_account_or_iban: str | Unset = UNSET
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

        first_name = self.first_name

        last_name = self.last_name

        display_name = self.display_name

        employee_number = self.employee_number

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        picture_id = self.picture_id

        phone_number_sms_certified = self.phone_number_sms_certified

        name_and_number = self.name_and_number

        bank_account_or_iban = self.bank_account_or_iban

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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if employee_number is not UNSET:
            field_dict["employeeNumber"] = employee_number
        if department is not UNSET:
            field_dict["department"] = department
        if picture_id is not UNSET and not _in_request:
            field_dict["pictureId"] = picture_id
        if phone_number_sms_certified is not UNSET and not _in_request:
            field_dict["phoneNumberSmsCertified"] = phone_number_sms_certified
        if name_and_number is not UNSET and not _in_request:
            field_dict["nameAndNumber"] = name_and_number
        if bank_account_or_iban is not UNSET and not _in_request:
            field_dict["bankAccountOrIban"] = bank_account_or_iban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Employee from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415

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

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "displayName",
                "employeeNumber",
                "department",
                "pictureId",
                "phoneNumberSmsCertified",
                "nameAndNumber",
                "bankAccountOrIban",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "display_name": ("displayName", None),
            "employee_number": ("employeeNumber", None),
            "department": ("department", _p_department),
            "picture_id": ("pictureId", None),
            "phone_number_sms_certified": ("phoneNumberSmsCertified", None),
            "name_and_number": ("nameAndNumber", None),
            "bank_account_or_iban": ("bankAccountOrIban", None),
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
