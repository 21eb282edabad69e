from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TransferPostingsAdjustmentRequestDTO")


@_attrs_define
class TransferPostingsAdjustmentRequestDTO:
    """
    Attributes:
        reconciliation_id (int | Unset): The id of the reconciliation where adjustment will be created
        posting_ids (list[int] | Unset): Posting Ids
        date (str | Unset): New Date for postings
        description (str | Unset): Description
        interim_account_id (int | Unset): Interim Account Id
    """

    reconciliation_id: int | Unset = UNSET
    posting_ids: list[int] | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    interim_account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        reconciliation_id = self.reconciliation_id

        posting_ids: list[int] | Unset = UNSET
        if not isinstance(self.posting_ids, Unset):
            posting_ids = self.posting_ids

        date = self.date

        description = self.description

        interim_account_id = self.interim_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reconciliation_id is not UNSET:
            field_dict["reconciliationId"] = reconciliation_id
        if posting_ids is not UNSET:
            field_dict["postingIds"] = posting_ids
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if interim_account_id is not UNSET:
            field_dict["interimAccountId"] = interim_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        reconciliation_id = d.pop("reconciliationId", UNSET)

        posting_ids = cast(list[int], d.pop("postingIds", UNSET))

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        interim_account_id = d.pop("interimAccountId", UNSET)

        _obj = cls(
            reconciliation_id=reconciliation_id,
            posting_ids=posting_ids,
            date=date,
            description=description,
            interim_account_id=interim_account_id,
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
