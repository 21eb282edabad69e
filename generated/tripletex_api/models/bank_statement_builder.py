from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankStatementBuilder")


@_attrs_define
class BankStatementBuilder:
    """
    Attributes:
        company_id (int | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        account_id (int | Unset):
        closing_balance_currency (float | Unset):
        document_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    account_id: int | Unset = UNSET
    closing_balance_currency: float | Unset = UNSET
    document_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        from_date = self.from_date

        to_date = self.to_date

        account_id = self.account_id

        closing_balance_currency = self.closing_balance_currency

        document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if closing_balance_currency is not UNSET:
            field_dict["closingBalanceCurrency"] = closing_balance_currency
        if document_id is not UNSET:
            field_dict["documentId"] = document_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        from_date = d.pop("fromDate", UNSET)

        to_date = d.pop("toDate", UNSET)

        account_id = d.pop("accountId", UNSET)

        closing_balance_currency = d.pop("closingBalanceCurrency", UNSET)

        document_id = d.pop("documentId", UNSET)

        _obj = cls(
            company_id=company_id,
            from_date=from_date,
            to_date=to_date,
            account_id=account_id,
            closing_balance_currency=closing_balance_currency,
            document_id=document_id,
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
