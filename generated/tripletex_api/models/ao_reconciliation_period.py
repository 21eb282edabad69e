from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ao_reconciliation_period_reconciliation_group import AOReconciliationPeriodReconciliationGroup
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.reconciliation import Reconciliation


T = TypeVar("T", bound="AOReconciliationPeriod")


@_attrs_define
class AOReconciliationPeriod:
    """The VAT period the data belongs to

    Attributes:
        term_number (int | Unset): [read-only] The term number for this period Example: 1.
        start_date (str | Unset): [read-only] The terms available for the given year Example: 2025-01-01.
        end_date (str | Unset): [read-only] The terms available for the given year Example: 2025-03-01.
        pending (bool | Unset): [read-only] Whether or not this term is pending reconciliation Example: True.
        reconciliation (Reconciliation | Unset): The reconciliation status of this term Example: COMPLETED.
        reconciliation_group (AOReconciliationPeriodReconciliationGroup | Unset): [read-only] The reconciliation type
            predicted on this term Example: BALANCE.
    """

    term_number: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    pending: bool | Unset = UNSET
    reconciliation: Reconciliation | Unset = UNSET
    reconciliation_group: AOReconciliationPeriodReconciliationGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        term_number = self.term_number

        start_date = self.start_date

        end_date = self.end_date

        pending = self.pending

        reconciliation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reconciliation, Unset):
            reconciliation = self.reconciliation.to_dict()

        reconciliation_group: str | Unset = UNSET
        if not isinstance(self.reconciliation_group, Unset):
            reconciliation_group = self.reconciliation_group.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if term_number is not UNSET and not _in_request:
            field_dict["termNumber"] = term_number
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if pending is not UNSET and not _in_request:
            field_dict["pending"] = pending
        if reconciliation is not UNSET:
            field_dict["reconciliation"] = reconciliation
        if reconciliation_group is not UNSET and not _in_request:
            field_dict["reconciliationGroup"] = reconciliation_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.reconciliation import Reconciliation  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        term_number = d.pop("termNumber", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        pending = d.pop("pending", UNSET)

        _reconciliation = d.pop("reconciliation", UNSET)
        reconciliation: Reconciliation | Unset
        if isinstance(_reconciliation, Unset):
            reconciliation = UNSET
        else:
            reconciliation = Reconciliation.from_dict(_reconciliation)

        _reconciliation_group = d.pop("reconciliationGroup", UNSET)
        reconciliation_group: AOReconciliationPeriodReconciliationGroup | Unset
        if isinstance(_reconciliation_group, Unset):
            reconciliation_group = UNSET
        else:
            reconciliation_group = AOReconciliationPeriodReconciliationGroup(_reconciliation_group)

        _obj = cls(
            term_number=term_number,
            start_date=start_date,
            end_date=end_date,
            pending=pending,
            reconciliation=reconciliation,
            reconciliation_group=reconciliation_group,
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
