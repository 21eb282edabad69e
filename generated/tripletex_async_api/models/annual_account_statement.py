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


T = TypeVar("T", bound="AnnualAccountStatement")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("postings", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AnnualAccountStatement(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        year (int | Unset): [read-only]
        postings (list[Posting] | Unset): [read-only]
        balance_in (float | Unset): [read-only] Balance in
        balance_change (float | Unset): [read-only] Balance change
        balance_out (float | Unset): [read-only] Balance out
    """

    account: Account | Unset = UNSET
    year: int | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        year = self.year

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        balance_in = self.balance_in

        balance_change = self.balance_change

        balance_out = self.balance_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if postings is not UNSET and not _in_request:
            field_dict["postings"] = postings
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountStatement from the service's JSON object; each property is parsed when first read."""
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
                "year",
                "postings",
                "balanceIn",
                "balanceChange",
                "balanceOut",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "year": ("year", None),
            "postings": ("postings", _p_postings),
            "balance_in": ("balanceIn", None),
            "balance_change": ("balanceChange", None),
            "balance_out": ("balanceOut", None),
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
