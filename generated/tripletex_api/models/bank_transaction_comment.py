from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="BankTransactionComment")


@_attrs_define
class BankTransactionComment:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        comment (str | Unset):
        created_at (str | Unset):
        bank_transaction_id (int | Unset):
        external_payment_id (str | Unset):
        employee (Employee | Unset):
        actual_employee_id (int | Unset):
        actual_employee_company_id (int | Unset):
        actual_employee_name (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    comment: str | Unset = UNSET
    created_at: str | Unset = UNSET
    bank_transaction_id: int | Unset = UNSET
    external_payment_id: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    actual_employee_company_id: int | Unset = UNSET
    actual_employee_name: str | Unset = UNSET
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

        comment = self.comment

        created_at = self.created_at

        bank_transaction_id = self.bank_transaction_id

        external_payment_id = self.external_payment_id

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        actual_employee_id = self.actual_employee_id

        actual_employee_company_id = self.actual_employee_company_id

        actual_employee_name = self.actual_employee_name

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
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if bank_transaction_id is not UNSET:
            field_dict["bankTransactionId"] = bank_transaction_id
        if external_payment_id is not UNSET:
            field_dict["externalPaymentId"] = external_payment_id
        if employee is not UNSET:
            field_dict["employee"] = employee
        if actual_employee_id is not UNSET:
            field_dict["actualEmployeeId"] = actual_employee_id
        if actual_employee_company_id is not UNSET:
            field_dict["actualEmployeeCompanyId"] = actual_employee_company_id
        if actual_employee_name is not UNSET and not _in_request:
            field_dict["actualEmployeeName"] = actual_employee_name

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

        comment = d.pop("comment", UNSET)

        created_at = d.pop("createdAt", UNSET)

        bank_transaction_id = d.pop("bankTransactionId", UNSET)

        external_payment_id = d.pop("externalPaymentId", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        actual_employee_id = d.pop("actualEmployeeId", UNSET)

        actual_employee_company_id = d.pop("actualEmployeeCompanyId", UNSET)

        actual_employee_name = d.pop("actualEmployeeName", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            comment=comment,
            created_at=created_at,
            bank_transaction_id=bank_transaction_id,
            external_payment_id=external_payment_id,
            employee=employee,
            actual_employee_id=actual_employee_id,
            actual_employee_company_id=actual_employee_company_id,
            actual_employee_name=actual_employee_name,
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
