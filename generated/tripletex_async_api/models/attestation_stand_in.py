from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_stand_in_type import AttestationStandInType
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


T = TypeVar("T", bound="AttestationStandIn")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("type", str, False),
    ("absentEmployee", dict, False),
    ("standInEmployee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationStandIn(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        type_ (AttestationStandInType | Unset):
        absent_employee (Employee | Unset):
        stand_in_employee (Employee | Unset):
        stand_in_from_date (str | Unset):
        stand_in_to_date (str | Unset):
        is_deleted (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    type_: AttestationStandInType | Unset = UNSET
    absent_employee: Employee | Unset = UNSET
    stand_in_employee: Employee | Unset = UNSET
    stand_in_from_date: str | Unset = UNSET
    stand_in_to_date: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        absent_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.absent_employee, Unset):
            absent_employee = self.absent_employee.to_dict()

        stand_in_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stand_in_employee, Unset):
            stand_in_employee = self.stand_in_employee.to_dict()

        stand_in_from_date = self.stand_in_from_date

        stand_in_to_date = self.stand_in_to_date

        is_deleted = self.is_deleted

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if absent_employee is not UNSET:
            field_dict["absentEmployee"] = absent_employee
        if stand_in_employee is not UNSET:
            field_dict["standInEmployee"] = stand_in_employee
        if stand_in_from_date is not UNSET:
            field_dict["standInFromDate"] = stand_in_from_date
        if stand_in_to_date is not UNSET:
            field_dict["standInToDate"] = stand_in_to_date
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationStandIn from the service's JSON object; each property is parsed when first read."""
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

        def _p_type_(_tx_v: Any) -> AttestationStandInType | Unset:
            _type_ = _tx_v
            type_: AttestationStandInType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = AttestationStandInType(_type_)

            return type_

        def _p_absent_employee(_tx_v: Any) -> Employee | Unset:
            _absent_employee = _tx_v
            absent_employee: Employee | Unset
            if isinstance(_absent_employee, Unset):
                absent_employee = UNSET
            else:
                absent_employee = Employee._tx_from_json(_absent_employee)

            return absent_employee

        def _p_stand_in_employee(_tx_v: Any) -> Employee | Unset:
            _stand_in_employee = _tx_v
            stand_in_employee: Employee | Unset
            if isinstance(_stand_in_employee, Unset):
                stand_in_employee = UNSET
            else:
                stand_in_employee = Employee._tx_from_json(_stand_in_employee)

            return stand_in_employee

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "type",
                "absentEmployee",
                "standInEmployee",
                "standInFromDate",
                "standInToDate",
                "isDeleted",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "type_": ("type", _p_type_),
            "absent_employee": ("absentEmployee", _p_absent_employee),
            "stand_in_employee": ("standInEmployee", _p_stand_in_employee),
            "stand_in_from_date": ("standInFromDate", None),
            "stand_in_to_date": ("standInToDate", None),
            "is_deleted": ("isDeleted", None),
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
