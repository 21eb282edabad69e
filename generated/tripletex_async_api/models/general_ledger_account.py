from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.general_ledger_posting import GeneralLedgerPosting


T = TypeVar("T", bound="GeneralLedgerAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("postings", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class GeneralLedgerAccount(LazyModel):
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
        self._tx_load()
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
        """A GeneralLedgerAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.general_ledger_posting import GeneralLedgerPosting  # noqa: PLC0415

        def _p_postings(_tx_v: Any) -> list[GeneralLedgerPosting] | Unset:
            _postings = _tx_v
            postings: list[GeneralLedgerPosting] | Unset = UNSET
            if _postings is not UNSET:
                postings = []
                for postings_item_data in _postings:
                    if postings_item_data is None:
                        continue
                    postings_item = GeneralLedgerPosting._tx_from_json(postings_item_data)

                    postings.append(postings_item)

            return postings

        _tx_known: frozenset[str] = frozenset(
            (
                "accountId",
                "accountNumber",
                "accountNumberAsInt",
                "accountName",
                "isFirstPostingForAccountIncluded",
                "isLastPostingForAccountIncluded",
                "postings",
                "hasHiddenWagePostings",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_id": ("accountId", None),
            "account_number": ("accountNumber", None),
            "account_number_as_int": ("accountNumberAsInt", None),
            "account_name": ("accountName", None),
            "is_first_posting_for_account_included": ("isFirstPostingForAccountIncluded", None),
            "is_last_posting_for_account_included": ("isLastPostingForAccountIncluded", None),
            "postings": ("postings", _p_postings),
            "has_hidden_wage_postings": ("hasHiddenWagePostings", None),
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
