from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_entry_entry_type import ReconciliationEntryEntryType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.reconciliation_entry_detail import ReconciliationEntryDetail


T = TypeVar("T", bound="ReconciliationEntry")


@_attrs_define
class ReconciliationEntry(Model):
    """List of entries in this group.

    Attributes:
        id (int | Unset): Id of posting or transaction
        entry_type (ReconciliationEntryEntryType | Unset): Shows if it is a Posting or BankTransaction
        amount_currency (float | Unset): The amount of the posting or transaction
        details_list (list[ReconciliationEntryDetail] | Unset):
        date (str | Unset): The date of the posting or transaction
        voucher_id (int | Unset): Id of voucher from posting
        is_query_match (bool | Unset): This matches search
    """

    id: int | Unset = UNSET
    entry_type: ReconciliationEntryEntryType | Unset = UNSET
    amount_currency: float | Unset = UNSET
    details_list: list[ReconciliationEntryDetail] | Unset = UNSET
    date: str | Unset = UNSET
    voucher_id: int | Unset = UNSET
    is_query_match: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.entry_type
        if _v is not UNSET:
            field_dict["entryType"] = _v._value_
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.details_list
        if _v is not UNSET and not _in_request:
            field_dict["detailsList"] = [_e.to_dict() for _e in _v]
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.voucher_id
        if _v is not UNSET:
            field_dict["voucherId"] = _v
        _v = self.is_query_match
        if _v is not UNSET and not _in_request:
            field_dict["isQueryMatch"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationEntry from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationEntry.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.reconciliation_entry_detail import ReconciliationEntryDetail  # noqa: PLC0415

        _new = object.__new__
        _e_entry_type: dict[Any, Any] = enum_members(ReconciliationEntryEntryType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "entryType",
                "amountCurrency",
                "detailsList",
                "date",
                "voucherId",
                "isQueryMatch",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "entryType"
                v = g("entryType")
                if v is None:
                    o.entry_type = u
                    if "entryType" not in d:
                        m += 1
                else:
                    o.entry_type = (
                        e_ if (e_ := _e_entry_type.get(v)) is not None else enum_value(ReconciliationEntryEntryType, v)
                    )
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                k = "detailsList"
                v = g("detailsList")
                if v is None:
                    o.details_list = u
                    if "detailsList" not in d:
                        m += 1
                else:
                    o.details_list = (
                        ([ReconciliationEntryDetail._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("isQueryMatch")
                if v is None:
                    o.is_query_match = u
                    if "isQueryMatch" not in d:
                        m += 1
                else:
                    o.is_query_match = v
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
            ("id", "id"),
            ("entry_type", "entryType"),
            ("amount_currency", "amountCurrency"),
            ("details_list", "detailsList"),
            ("date", "date"),
            ("voucher_id", "voucherId"),
            ("is_query_match", "isQueryMatch"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.entry_type
            o.entry_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_entry_type.get(v)) is not None
                else enum_value(ReconciliationEntryEntryType, v)
            )
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.details_list
            o.details_list = (
                u
                if v is None or v is u
                else ([ReconciliationEntryDetail._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.date
            o.date = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.is_query_match
            o.is_query_match = u if v is None else v
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
