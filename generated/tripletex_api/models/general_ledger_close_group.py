from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.general_ledger_posting import GeneralLedgerPosting


T = TypeVar("T", bound="GeneralLedgerCloseGroup")


@_attrs_define
class GeneralLedgerCloseGroup:
    """
    Attributes:
        close_group_postings (list[GeneralLedgerPosting] | Unset): [read-only]
        closed_by_identifier (str | Unset): [read-only]
        closed_time (str | Unset): [read-only]
        closed_by_actual_employee_name (str | Unset): [read-only]
        closed_by_external_accountant (bool | Unset): [read-only]
    """

    close_group_postings: list[GeneralLedgerPosting] | Unset = UNSET
    closed_by_identifier: str | Unset = UNSET
    closed_time: str | Unset = UNSET
    closed_by_actual_employee_name: str | Unset = UNSET
    closed_by_external_accountant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        close_group_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.close_group_postings, Unset):
            close_group_postings = []
            for close_group_postings_item_data in self.close_group_postings:
                close_group_postings_item = close_group_postings_item_data.to_dict()
                close_group_postings.append(close_group_postings_item)

        closed_by_identifier = self.closed_by_identifier

        closed_time = self.closed_time

        closed_by_actual_employee_name = self.closed_by_actual_employee_name

        closed_by_external_accountant = self.closed_by_external_accountant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if close_group_postings is not UNSET and not _in_request:
            field_dict["closeGroupPostings"] = close_group_postings
        if closed_by_identifier is not UNSET and not _in_request:
            field_dict["closedByIdentifier"] = closed_by_identifier
        if closed_time is not UNSET and not _in_request:
            field_dict["closedTime"] = closed_time
        if closed_by_actual_employee_name is not UNSET and not _in_request:
            field_dict["closedByActualEmployeeName"] = closed_by_actual_employee_name
        if closed_by_external_accountant is not UNSET and not _in_request:
            field_dict["closedByExternalAccountant"] = closed_by_external_accountant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.general_ledger_posting import GeneralLedgerPosting  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _close_group_postings = d.pop("closeGroupPostings", UNSET)
        close_group_postings: list[GeneralLedgerPosting] | Unset = UNSET
        if _close_group_postings is not UNSET:
            close_group_postings = []
            for close_group_postings_item_data in _close_group_postings:
                if close_group_postings_item_data is None:
                    continue
                close_group_postings_item = GeneralLedgerPosting.from_dict(close_group_postings_item_data)

                close_group_postings.append(close_group_postings_item)

        closed_by_identifier = d.pop("closedByIdentifier", UNSET)

        closed_time = d.pop("closedTime", UNSET)

        closed_by_actual_employee_name = d.pop("closedByActualEmployeeName", UNSET)

        closed_by_external_accountant = d.pop("closedByExternalAccountant", UNSET)

        _obj = cls(
            close_group_postings=close_group_postings,
            closed_by_identifier=closed_by_identifier,
            closed_time=closed_time,
            closed_by_actual_employee_name=closed_by_actual_employee_name,
            closed_by_external_accountant=closed_by_external_accountant,
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
