from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="AccountingPeriod")


@_attrs_define
class AccountingPeriod:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset): [read-only]
        number (int | Unset): [read-only]
        start (str | Unset): [read-only]
        end (str | Unset): [read-only]
        is_closed (bool | Unset): [read-only]
        check_ledger_log_employee_name (str | Unset): [read-only]
        check_ledger_log_employee_picture_id (int | Unset): [read-only]
        check_ledger_log_time (str | Unset): [read-only]
        check_wage_log_employee_name (str | Unset): [read-only]
        check_wage_log_employee_picture_id (int | Unset): [read-only]
        check_wage_log_time (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    number: int | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    is_closed: bool | Unset = UNSET
    check_ledger_log_employee_name: str | Unset = UNSET
    check_ledger_log_employee_picture_id: int | Unset = UNSET
    check_ledger_log_time: str | Unset = UNSET
    check_wage_log_employee_name: str | Unset = UNSET
    check_wage_log_employee_picture_id: int | Unset = UNSET
    check_wage_log_time: str | Unset = UNSET
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

        number = self.number

        start = self.start

        end = self.end

        is_closed = self.is_closed

        check_ledger_log_employee_name = self.check_ledger_log_employee_name

        check_ledger_log_employee_picture_id = self.check_ledger_log_employee_picture_id

        check_ledger_log_time = self.check_ledger_log_time

        check_wage_log_employee_name = self.check_wage_log_employee_name

        check_wage_log_employee_picture_id = self.check_wage_log_employee_picture_id

        check_wage_log_time = self.check_wage_log_time

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
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if start is not UNSET and not _in_request:
            field_dict["start"] = start
        if end is not UNSET and not _in_request:
            field_dict["end"] = end
        if is_closed is not UNSET and not _in_request:
            field_dict["isClosed"] = is_closed
        if check_ledger_log_employee_name is not UNSET and not _in_request:
            field_dict["checkLedgerLogEmployeeName"] = check_ledger_log_employee_name
        if check_ledger_log_employee_picture_id is not UNSET and not _in_request:
            field_dict["checkLedgerLogEmployeePictureId"] = check_ledger_log_employee_picture_id
        if check_ledger_log_time is not UNSET and not _in_request:
            field_dict["checkLedgerLogTime"] = check_ledger_log_time
        if check_wage_log_employee_name is not UNSET and not _in_request:
            field_dict["checkWageLogEmployeeName"] = check_wage_log_employee_name
        if check_wage_log_employee_picture_id is not UNSET and not _in_request:
            field_dict["checkWageLogEmployeePictureId"] = check_wage_log_employee_picture_id
        if check_wage_log_time is not UNSET and not _in_request:
            field_dict["checkWageLogTime"] = check_wage_log_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

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

        number = d.pop("number", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        is_closed = d.pop("isClosed", UNSET)

        check_ledger_log_employee_name = d.pop("checkLedgerLogEmployeeName", UNSET)

        check_ledger_log_employee_picture_id = d.pop("checkLedgerLogEmployeePictureId", UNSET)

        check_ledger_log_time = d.pop("checkLedgerLogTime", UNSET)

        check_wage_log_employee_name = d.pop("checkWageLogEmployeeName", UNSET)

        check_wage_log_employee_picture_id = d.pop("checkWageLogEmployeePictureId", UNSET)

        check_wage_log_time = d.pop("checkWageLogTime", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            number=number,
            start=start,
            end=end,
            is_closed=is_closed,
            check_ledger_log_employee_name=check_ledger_log_employee_name,
            check_ledger_log_employee_picture_id=check_ledger_log_employee_picture_id,
            check_ledger_log_time=check_ledger_log_time,
            check_wage_log_employee_name=check_wage_log_employee_name,
            check_wage_log_employee_picture_id=check_wage_log_employee_picture_id,
            check_wage_log_time=check_wage_log_time,
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
