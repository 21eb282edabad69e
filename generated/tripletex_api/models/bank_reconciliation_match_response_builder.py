from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankReconciliationMatchResponseBuilder")


@_attrs_define
class BankReconciliationMatchResponseBuilder:
    """
    Attributes:
        bank_reconciliation_id (int | Unset):
        posting_ids (list[int] | Unset):
        transaction_ids (list[int] | Unset):
    """

    bank_reconciliation_id: int | Unset = UNSET
    posting_ids: list[int] | Unset = UNSET
    transaction_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        bank_reconciliation_id = self.bank_reconciliation_id

        posting_ids: list[int] | Unset = UNSET
        if not isinstance(self.posting_ids, Unset):
            posting_ids = self.posting_ids

        transaction_ids: list[int] | Unset = UNSET
        if not isinstance(self.transaction_ids, Unset):
            transaction_ids = self.transaction_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_reconciliation_id is not UNSET:
            field_dict["bankReconciliationId"] = bank_reconciliation_id
        if posting_ids is not UNSET:
            field_dict["postingIds"] = posting_ids
        if transaction_ids is not UNSET:
            field_dict["transactionIds"] = transaction_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        bank_reconciliation_id = d.pop("bankReconciliationId", UNSET)

        posting_ids = cast(list[int], d.pop("postingIds", UNSET))

        transaction_ids = cast(list[int], d.pop("transactionIds", UNSET))

        _obj = cls(
            bank_reconciliation_id=bank_reconciliation_id,
            posting_ids=posting_ids,
            transaction_ids=transaction_ids,
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
