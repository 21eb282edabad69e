from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_transaction_share_class import ShareholderTransactionShareClass
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderTransaction")


@_attrs_define
class ShareholderTransaction(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        transaction_group_id (int | Unset):
        foundation_group_id (int | Unset):
        date (str | Unset):
        time (str | Unset):
        share_class (ShareholderTransactionShareClass | Unset):
        share_class_display_name (str | Unset):
        type_ (str | Unset):
        name (str | Unset):
        counterpart (str | Unset):
        role (str | Unset):
        number_of_shares (float | Unset):
        remuneration (float | Unset):
        number_of_shares_before (float | Unset):
        number_of_shares_after (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    transaction_group_id: int | Unset = UNSET
    foundation_group_id: int | Unset = UNSET
    date: str | Unset = UNSET
    time: str | Unset = UNSET
    share_class: ShareholderTransactionShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    counterpart: str | Unset = UNSET
    role: str | Unset = UNSET
    number_of_shares: float | Unset = UNSET
    remuneration: float | Unset = UNSET
    number_of_shares_before: float | Unset = UNSET
    number_of_shares_after: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.transaction_group_id
        if _v is not UNSET and not _in_request:
            field_dict["transactionGroupId"] = _v
        _v = self.foundation_group_id
        if _v is not UNSET and not _in_request:
            field_dict["foundationGroupId"] = _v
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.time
        if _v is not UNSET and not _in_request:
            field_dict["time"] = _v
        _v = self.share_class
        if _v is not UNSET and not _in_request:
            field_dict["shareClass"] = _v._value_
        _v = self.share_class_display_name
        if _v is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.counterpart
        if _v is not UNSET and not _in_request:
            field_dict["counterpart"] = _v
        _v = self.role
        if _v is not UNSET and not _in_request:
            field_dict["role"] = _v
        _v = self.number_of_shares
        if _v is not UNSET and not _in_request:
            field_dict["numberOfShares"] = _v
        _v = self.remuneration
        if _v is not UNSET and not _in_request:
            field_dict["remuneration"] = _v
        _v = self.number_of_shares_before
        if _v is not UNSET and not _in_request:
            field_dict["numberOfSharesBefore"] = _v
        _v = self.number_of_shares_after
        if _v is not UNSET and not _in_request:
            field_dict["numberOfSharesAfter"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderTransaction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ShareholderTransaction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_share_class: dict[Any, Any] = enum_members(ShareholderTransactionShareClass)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "transactionGroupId",
                "foundationGroupId",
                "date",
                "time",
                "shareClass",
                "shareClassDisplayName",
                "type",
                "name",
                "counterpart",
                "role",
                "numberOfShares",
                "remuneration",
                "numberOfSharesBefore",
                "numberOfSharesAfter",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "transactionGroupId": "transaction_group_id",
            "foundationGroupId": "foundation_group_id",
            "date": "date",
            "time": "time",
            "shareClassDisplayName": "share_class_display_name",
            "type": "type_",
            "name": "name",
            "counterpart": "counterpart",
            "role": "role",
            "numberOfShares": "number_of_shares",
            "remuneration": "remuneration",
            "numberOfSharesBefore": "number_of_shares_before",
            "numberOfSharesAfter": "number_of_shares_after",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.transaction_group_id = o.foundation_group_id = o.date = o.time = (
                        o.share_class
                    ) = o.share_class_display_name = o.type_ = o.name = o.counterpart = o.role = o.number_of_shares = (
                        o.remuneration
                    ) = o.number_of_shares_before = o.number_of_shares_after = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("transactionGroupId")
                if v is None:
                    o.transaction_group_id = u
                    if "transactionGroupId" not in d:
                        m += 1
                else:
                    o.transaction_group_id = v
                v = g("foundationGroupId")
                if v is None:
                    o.foundation_group_id = u
                    if "foundationGroupId" not in d:
                        m += 1
                else:
                    o.foundation_group_id = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("time")
                if v is None:
                    o.time = u
                    if "time" not in d:
                        m += 1
                else:
                    o.time = v
                k = "shareClass"
                v = g("shareClass")
                if v is None:
                    o.share_class = u
                    if "shareClass" not in d:
                        m += 1
                else:
                    o.share_class = (
                        e_
                        if (e_ := _e_share_class.get(v)) is not None
                        else enum_value(ShareholderTransactionShareClass, v)
                    )
                v = g("shareClassDisplayName")
                if v is None:
                    o.share_class_display_name = u
                    if "shareClassDisplayName" not in d:
                        m += 1
                else:
                    o.share_class_display_name = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("counterpart")
                if v is None:
                    o.counterpart = u
                    if "counterpart" not in d:
                        m += 1
                else:
                    o.counterpart = v
                v = g("role")
                if v is None:
                    o.role = u
                    if "role" not in d:
                        m += 1
                else:
                    o.role = v
                v = g("numberOfShares")
                if v is None:
                    o.number_of_shares = u
                    if "numberOfShares" not in d:
                        m += 1
                else:
                    o.number_of_shares = v
                v = g("remuneration")
                if v is None:
                    o.remuneration = u
                    if "remuneration" not in d:
                        m += 1
                else:
                    o.remuneration = v
                v = g("numberOfSharesBefore")
                if v is None:
                    o.number_of_shares_before = u
                    if "numberOfSharesBefore" not in d:
                        m += 1
                else:
                    o.number_of_shares_before = v
                v = g("numberOfSharesAfter")
                if v is None:
                    o.number_of_shares_after = u
                    if "numberOfSharesAfter" not in d:
                        m += 1
                else:
                    o.number_of_shares_after = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("transaction_group_id", "transactionGroupId"),
            ("foundation_group_id", "foundationGroupId"),
            ("date", "date"),
            ("time", "time"),
            ("share_class", "shareClass"),
            ("share_class_display_name", "shareClassDisplayName"),
            ("type_", "type"),
            ("name", "name"),
            ("counterpart", "counterpart"),
            ("role", "role"),
            ("number_of_shares", "numberOfShares"),
            ("remuneration", "remuneration"),
            ("number_of_shares_before", "numberOfSharesBefore"),
            ("number_of_shares_after", "numberOfSharesAfter"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.transaction_group_id
            o.transaction_group_id = u if v is None else v
            v = s.foundation_group_id
            o.foundation_group_id = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.time
            o.time = u if v is None else v
            v = s.share_class
            o.share_class = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_share_class.get(v)) is not None
                else enum_value(ShareholderTransactionShareClass, v)
            )
            v = s.share_class_display_name
            o.share_class_display_name = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.counterpart
            o.counterpart = u if v is None else v
            v = s.role
            o.role = u if v is None else v
            v = s.number_of_shares
            o.number_of_shares = u if v is None else v
            v = s.remuneration
            o.remuneration = u if v is None else v
            v = s.number_of_shares_before
            o.number_of_shares_before = u if v is None else v
            v = s.number_of_shares_after
            o.number_of_shares_after = u if v is None else v
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
