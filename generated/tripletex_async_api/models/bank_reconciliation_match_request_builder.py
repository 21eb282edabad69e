from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.entry_match_builder import EntryMatchBuilder


T = TypeVar("T", bound="BankReconciliationMatchRequestBuilder")


@_attrs_define
class BankReconciliationMatchRequestBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        credit_account_number (int | Unset):
        debit_account_number (int | Unset):
        postings (list[EntryMatchBuilder] | Unset):
        transactions (list[EntryMatchBuilder] | Unset):
    """

    company_id: int | Unset = UNSET
    credit_account_number: int | Unset = UNSET
    debit_account_number: int | Unset = UNSET
    postings: list[EntryMatchBuilder] | Unset = UNSET
    transactions: list[EntryMatchBuilder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.credit_account_number
        if _v is not UNSET:
            field_dict["creditAccountNumber"] = _v
        _v = self.debit_account_number
        if _v is not UNSET:
            field_dict["debitAccountNumber"] = _v
        _v = self.postings
        if _v is not UNSET:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        _v = self.transactions
        if _v is not UNSET:
            field_dict["transactions"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliationMatchRequestBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankReconciliationMatchRequestBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.entry_match_builder import EntryMatchBuilder  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "creditAccountNumber",
                "debitAccountNumber",
                "postings",
                "transactions",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("creditAccountNumber")
                if v is None:
                    o.credit_account_number = u
                    if "creditAccountNumber" not in d:
                        m += 1
                else:
                    o.credit_account_number = v
                v = g("debitAccountNumber")
                if v is None:
                    o.debit_account_number = u
                    if "debitAccountNumber" not in d:
                        m += 1
                else:
                    o.debit_account_number = v
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([EntryMatchBuilder._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "transactions"
                v = g("transactions")
                if v is None:
                    o.transactions = u
                    if "transactions" not in d:
                        m += 1
                else:
                    o.transactions = (
                        ([EntryMatchBuilder._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("credit_account_number", "creditAccountNumber"),
            ("debit_account_number", "debitAccountNumber"),
            ("postings", "postings"),
            ("transactions", "transactions"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.credit_account_number
            o.credit_account_number = u if v is None else v
            v = s.debit_account_number
            o.debit_account_number = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([EntryMatchBuilder._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.transactions
            o.transactions = (
                u
                if v is None or v is u
                else ([EntryMatchBuilder._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
