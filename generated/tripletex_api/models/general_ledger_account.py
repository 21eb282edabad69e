from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.general_ledger_posting import GeneralLedgerPosting


T = TypeVar("T", bound="GeneralLedgerAccount")


@_attrs_define
class GeneralLedgerAccount:
    """
    Attributes:
        account_id (int | Unset): [read-only]
        account_number (str | Unset): [read-only]
        account_number_as_int (int | Unset): [read-only]
        account_name (str | Unset): [read-only]
        is_first_posting_for_account_included (bool | Unset): [read-only]
        is_last_posting_for_account_included (bool | Unset): [read-only]
        postings (list[GeneralLedgerPosting] | Unset): [read-only]
        has_hidden_wage_postings (bool | Unset): [read-only]
    """

    account_id: int | Unset = UNSET
    account_number: str | Unset = UNSET
    account_number_as_int: int | Unset = UNSET
    account_name: str | Unset = UNSET
    is_first_posting_for_account_included: bool | Unset = UNSET
    is_last_posting_for_account_included: bool | Unset = UNSET
    postings: list[GeneralLedgerPosting] | Unset = UNSET
    has_hidden_wage_postings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account_id = self.account_id

        account_number = self.account_number

        account_number_as_int = self.account_number_as_int

        account_name = self.account_name

        is_first_posting_for_account_included = self.is_first_posting_for_account_included

        is_last_posting_for_account_included = self.is_last_posting_for_account_included

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        has_hidden_wage_postings = self.has_hidden_wage_postings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if account_number is not UNSET and not _in_request:
            field_dict["accountNumber"] = account_number
        if account_number_as_int is not UNSET and not _in_request:
            field_dict["accountNumberAsInt"] = account_number_as_int
        if account_name is not UNSET and not _in_request:
            field_dict["accountName"] = account_name
        if is_first_posting_for_account_included is not UNSET and not _in_request:
            field_dict["isFirstPostingForAccountIncluded"] = is_first_posting_for_account_included
        if is_last_posting_for_account_included is not UNSET and not _in_request:
            field_dict["isLastPostingForAccountIncluded"] = is_last_posting_for_account_included
        if postings is not UNSET and not _in_request:
            field_dict["postings"] = postings
        if has_hidden_wage_postings is not UNSET and not _in_request:
            field_dict["hasHiddenWagePostings"] = has_hidden_wage_postings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.general_ledger_posting import GeneralLedgerPosting  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        account_id = d.pop("accountId", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        account_number_as_int = d.pop("accountNumberAsInt", UNSET)

        account_name = d.pop("accountName", UNSET)

        is_first_posting_for_account_included = d.pop("isFirstPostingForAccountIncluded", UNSET)

        is_last_posting_for_account_included = d.pop("isLastPostingForAccountIncluded", UNSET)

        _postings = d.pop("postings", UNSET)
        postings: list[GeneralLedgerPosting] | Unset = UNSET
        if _postings is not UNSET:
            postings = []
            for postings_item_data in _postings:
                if postings_item_data is None:
                    continue
                postings_item = GeneralLedgerPosting.from_dict(postings_item_data)

                postings.append(postings_item)

        has_hidden_wage_postings = d.pop("hasHiddenWagePostings", UNSET)

        _obj = cls(
            account_id=account_id,
            account_number=account_number,
            account_number_as_int=account_number_as_int,
            account_name=account_name,
            is_first_posting_for_account_included=is_first_posting_for_account_included,
            is_last_posting_for_account_included=is_last_posting_for_account_included,
            postings=postings,
            has_hidden_wage_postings=has_hidden_wage_postings,
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
