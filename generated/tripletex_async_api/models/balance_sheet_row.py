from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="BalanceSheetRow")


@_attrs_define
class BalanceSheetRow(Model):
    """
    Attributes:
        account_id (int | Unset):
        account_number (int | Unset):
        account_name (str | Unset):
        posting_count (int | Unset):
        balance_in (float | Unset):
        balance_change (float | Unset):
        balance_out (float | Unset):
    """

    account_id: int | Unset = UNSET
    account_number: int | Unset = UNSET
    account_name: str | Unset = UNSET
    posting_count: int | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.account_number
        if _v is not UNSET and not _in_request:
            field_dict["accountNumber"] = _v
        _v = self.account_name
        if _v is not UNSET and not _in_request:
            field_dict["accountName"] = _v
        _v = self.posting_count
        if _v is not UNSET and not _in_request:
            field_dict["postingCount"] = _v
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.balance_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceChange"] = _v
        _v = self.balance_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceOut"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceSheetRow from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BalanceSheetRow.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "accountId",
                "accountNumber",
                "accountName",
                "postingCount",
                "balanceIn",
                "balanceChange",
                "balanceOut",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("accountNumber")
                if v is None:
                    o.account_number = u
                    if "accountNumber" not in d:
                        m += 1
                else:
                    o.account_number = v
                v = g("accountName")
                if v is None:
                    o.account_name = u
                    if "accountName" not in d:
                        m += 1
                else:
                    o.account_name = v
                v = g("postingCount")
                if v is None:
                    o.posting_count = u
                    if "postingCount" not in d:
                        m += 1
                else:
                    o.posting_count = v
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("balanceChange")
                if v is None:
                    o.balance_change = u
                    if "balanceChange" not in d:
                        m += 1
                else:
                    o.balance_change = v
                v = g("balanceOut")
                if v is None:
                    o.balance_out = u
                    if "balanceOut" not in d:
                        m += 1
                else:
                    o.balance_out = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account_id", "accountId"),
            ("account_number", "accountNumber"),
            ("account_name", "accountName"),
            ("posting_count", "postingCount"),
            ("balance_in", "balanceIn"),
            ("balance_change", "balanceChange"),
            ("balance_out", "balanceOut"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.account_number
            o.account_number = u if v is None else v
            v = s.account_name
            o.account_name = u if v is None else v
            v = s.posting_count
            o.posting_count = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
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
