from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_match_type import BankTransactionMatchType
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
    from ..models.bank_statement import BankStatement
    from ..models.bank_transaction_posting import BankTransactionPosting
    from ..models.change import Change
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankTransaction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("bankStatement", dict, False),
    ("account", dict, False),
    ("groupedPostings", list, False),
    ("matchType", str, False),
    ("sourceVoucher", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankTransaction(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        posted_date (str | Unset):
        description (str | Unset):
        amount_currency (float | Unset):
        bank_statement (BankStatement | Unset):
        account (Account | Unset):
        grouped_postings (list[BankTransactionPosting] | Unset):
        match_type (BankTransactionMatchType | Unset):
        company_id (int | Unset):
        matched (bool | Unset): [read-only]
        bank_reconciliation_match_sum (float | Unset): [read-only]
        payment_id (str | Unset):
        source_voucher (Voucher | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    posted_date: str | Unset = UNSET
    description: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    bank_statement: BankStatement | Unset = UNSET
    account: Account | Unset = UNSET
    grouped_postings: list[BankTransactionPosting] | Unset = UNSET
    match_type: BankTransactionMatchType | Unset = UNSET
    company_id: int | Unset = UNSET
    matched: bool | Unset = UNSET
    bank_reconciliation_match_sum: float | Unset = UNSET
    payment_id: str | Unset = UNSET
    source_voucher: Voucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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

        posted_date = self.posted_date

        description = self.description

        amount_currency = self.amount_currency

        bank_statement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_statement, Unset):
            bank_statement = self.bank_statement.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        grouped_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grouped_postings, Unset):
            grouped_postings = []
            for grouped_postings_item_data in self.grouped_postings:
                grouped_postings_item = grouped_postings_item_data.to_dict()
                grouped_postings.append(grouped_postings_item)

        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type.value

        company_id = self.company_id

        matched = self.matched

        bank_reconciliation_match_sum = self.bank_reconciliation_match_sum

        payment_id = self.payment_id

        source_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_voucher, Unset):
            source_voucher = self.source_voucher.to_dict()

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
        if posted_date is not UNSET:
            field_dict["postedDate"] = posted_date
        if description is not UNSET:
            field_dict["description"] = description
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if bank_statement is not UNSET:
            field_dict["bankStatement"] = bank_statement
        if account is not UNSET:
            field_dict["account"] = account
        if grouped_postings is not UNSET:
            field_dict["groupedPostings"] = grouped_postings
        if match_type is not UNSET:
            field_dict["matchType"] = match_type
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if matched is not UNSET and not _in_request:
            field_dict["matched"] = matched
        if bank_reconciliation_match_sum is not UNSET and not _in_request:
            field_dict["bankReconciliationMatchSum"] = bank_reconciliation_match_sum
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if source_voucher is not UNSET:
            field_dict["sourceVoucher"] = source_voucher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankTransaction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank_statement import BankStatement  # noqa: PLC0415
        from ..models.bank_transaction_posting import BankTransactionPosting  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_bank_statement(_tx_v: Any) -> BankStatement | Unset:
            _bank_statement = _tx_v
            bank_statement: BankStatement | Unset
            if isinstance(_bank_statement, Unset):
                bank_statement = UNSET
            else:
                bank_statement = BankStatement._tx_from_json(_bank_statement)

            return bank_statement

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_grouped_postings(_tx_v: Any) -> list[BankTransactionPosting] | Unset:
            _grouped_postings = _tx_v
            grouped_postings: list[BankTransactionPosting] | Unset = UNSET
            if _grouped_postings is not UNSET:
                grouped_postings = []
                for grouped_postings_item_data in _grouped_postings:
                    if grouped_postings_item_data is None:
                        continue
                    grouped_postings_item = BankTransactionPosting._tx_from_json(grouped_postings_item_data)

                    grouped_postings.append(grouped_postings_item)

            return grouped_postings

        def _p_match_type(_tx_v: Any) -> BankTransactionMatchType | Unset:
            _match_type = _tx_v
            match_type: BankTransactionMatchType | Unset
            if isinstance(_match_type, Unset):
                match_type = UNSET
            else:
                match_type = BankTransactionMatchType(_match_type)

            return match_type

        def _p_source_voucher(_tx_v: Any) -> Voucher | Unset:
            _source_voucher = _tx_v
            source_voucher: Voucher | Unset
            if isinstance(_source_voucher, Unset):
                source_voucher = UNSET
            else:
                source_voucher = Voucher._tx_from_json(_source_voucher)

            return source_voucher

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "postedDate",
                "description",
                "amountCurrency",
                "bankStatement",
                "account",
                "groupedPostings",
                "matchType",
                "companyId",
                "matched",
                "bankReconciliationMatchSum",
                "paymentId",
                "sourceVoucher",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "posted_date": ("postedDate", None),
            "description": ("description", None),
            "amount_currency": ("amountCurrency", None),
            "bank_statement": ("bankStatement", _p_bank_statement),
            "account": ("account", _p_account),
            "grouped_postings": ("groupedPostings", _p_grouped_postings),
            "match_type": ("matchType", _p_match_type),
            "company_id": ("companyId", None),
            "matched": ("matched", None),
            "bank_reconciliation_match_sum": ("bankReconciliationMatchSum", None),
            "payment_id": ("paymentId", None),
            "source_voucher": ("sourceVoucher", _p_source_voucher),
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
