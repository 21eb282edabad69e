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
    from ..models.account import Account
    from ..models.posting import Posting


T = TypeVar("T", bound="AccountInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("postings", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountInfo(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        account_name (str | Unset):
        account_number (int | Unset):
        balance_in (float | Unset): [read-only]
        balance_out (float | Unset): [read-only]
        sum_amount (float | Unset): [read-only]
        options_collection_id (float | Unset): [read-only]
        postings (list[Posting] | Unset): [read-only] Link to postings on this account.
    """

    account: Account | Unset = UNSET
    account_name: str | Unset = UNSET
    account_number: int | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    sum_amount: float | Unset = UNSET
    options_collection_id: float | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        account_name = self.account_name

        account_number = self.account_number

        balance_in = self.balance_in

        balance_out = self.balance_out

        sum_amount = self.sum_amount

        options_collection_id = self.options_collection_id

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out
        if sum_amount is not UNSET and not _in_request:
            field_dict["sumAmount"] = sum_amount
        if options_collection_id is not UNSET and not _in_request:
            field_dict["optionsCollectionId"] = options_collection_id
        if postings is not UNSET and not _in_request:
            field_dict["postings"] = postings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_postings(_tx_v: Any) -> list[Posting] | Unset:
            _postings = _tx_v
            postings: list[Posting] | Unset = UNSET
            if _postings is not UNSET:
                postings = []
                for postings_item_data in _postings:
                    if postings_item_data is None:
                        continue
                    postings_item = Posting._tx_from_json(postings_item_data)

                    postings.append(postings_item)

            return postings

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "accountName",
                "accountNumber",
                "balanceIn",
                "balanceOut",
                "sumAmount",
                "optionsCollectionId",
                "postings",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "account_name": ("accountName", None),
            "account_number": ("accountNumber", None),
            "balance_in": ("balanceIn", None),
            "balance_out": ("balanceOut", None),
            "sum_amount": ("sumAmount", None),
            "options_collection_id": ("optionsCollectionId", None),
            "postings": ("postings", _p_postings),
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
