from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="ReconciliationPeriod")


@_attrs_define
class ReconciliationPeriod:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        annual_accounts_id (int | Unset): [read-only]
        period_name (str | Unset): [read-only]
        number (int | Unset): [read-only]
        start (str | Unset): [read-only]
        end (str | Unset): [read-only]
        is_accounting_period_closed (bool | Unset): [read-only]
        reconciliation_id (int | Unset): [read-only]
        reconciliation_account_id (int | Unset): [read-only]
        is_reconciliation_closed (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    annual_accounts_id: int | Unset = UNSET
    period_name: str | Unset = UNSET
    number: int | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    is_accounting_period_closed: bool | Unset = UNSET
    reconciliation_id: int | Unset = UNSET
    reconciliation_account_id: int | Unset = UNSET
    is_reconciliation_closed: bool | Unset = UNSET
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

        annual_accounts_id = self.annual_accounts_id

        period_name = self.period_name

        number = self.number

        start = self.start

        end = self.end

        is_accounting_period_closed = self.is_accounting_period_closed

        reconciliation_id = self.reconciliation_id

        reconciliation_account_id = self.reconciliation_account_id

        is_reconciliation_closed = self.is_reconciliation_closed

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
        if annual_accounts_id is not UNSET and not _in_request:
            field_dict["annualAccountsId"] = annual_accounts_id
        if period_name is not UNSET and not _in_request:
            field_dict["periodName"] = period_name
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if start is not UNSET and not _in_request:
            field_dict["start"] = start
        if end is not UNSET and not _in_request:
            field_dict["end"] = end
        if is_accounting_period_closed is not UNSET and not _in_request:
            field_dict["isAccountingPeriodClosed"] = is_accounting_period_closed
        if reconciliation_id is not UNSET and not _in_request:
            field_dict["reconciliationId"] = reconciliation_id
        if reconciliation_account_id is not UNSET and not _in_request:
            field_dict["reconciliationAccountId"] = reconciliation_account_id
        if is_reconciliation_closed is not UNSET and not _in_request:
            field_dict["isReconciliationClosed"] = is_reconciliation_closed

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

        annual_accounts_id = d.pop("annualAccountsId", UNSET)

        period_name = d.pop("periodName", UNSET)

        number = d.pop("number", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        is_accounting_period_closed = d.pop("isAccountingPeriodClosed", UNSET)

        reconciliation_id = d.pop("reconciliationId", UNSET)

        reconciliation_account_id = d.pop("reconciliationAccountId", UNSET)

        is_reconciliation_closed = d.pop("isReconciliationClosed", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            annual_accounts_id=annual_accounts_id,
            period_name=period_name,
            number=number,
            start=start,
            end=end,
            is_accounting_period_closed=is_accounting_period_closed,
            reconciliation_id=reconciliation_id,
            reconciliation_account_id=reconciliation_account_id,
            is_reconciliation_closed=is_reconciliation_closed,
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
