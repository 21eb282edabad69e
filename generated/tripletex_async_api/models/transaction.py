from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_share_class import TransactionShareClass
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
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        transaction_group_id (int | Unset):
        date (ShareholderRegisterData | Unset):
        time (ShareholderRegisterData | Unset):
        share_class (TransactionShareClass | Unset):
        type_ (ShareholderRegisterData | Unset):
        seller (ShareholderRegisterData | Unset):
        buyer (ShareholderRegisterData | Unset):
        number_of_shares (ShareholderRegisterData | Unset):
        remuneration (ShareholderRegisterData | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    transaction_group_id: int | Unset = UNSET
    date: ShareholderRegisterData | Unset = UNSET
    time: ShareholderRegisterData | Unset = UNSET
    share_class: TransactionShareClass | Unset = UNSET
    type_: ShareholderRegisterData | Unset = UNSET
    seller: ShareholderRegisterData | Unset = UNSET
    buyer: ShareholderRegisterData | Unset = UNSET
    number_of_shares: ShareholderRegisterData | Unset = UNSET
    remuneration: ShareholderRegisterData | Unset = UNSET
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
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v.to_dict()
        _v = self.time
        if _v is not UNSET:
            field_dict["time"] = _v.to_dict()
        _v = self.share_class
        if _v is not UNSET and not _in_request:
            field_dict["shareClass"] = _v._value_
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v.to_dict()
        _v = self.seller
        if _v is not UNSET:
            field_dict["seller"] = _v.to_dict()
        _v = self.buyer
        if _v is not UNSET:
            field_dict["buyer"] = _v.to_dict()
        _v = self.number_of_shares
        if _v is not UNSET:
            field_dict["numberOfShares"] = _v.to_dict()
        _v = self.remuneration
        if _v is not UNSET:
            field_dict["remuneration"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Transaction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Transaction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_share_class: dict[Any, Any] = enum_members(TransactionShareClass)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "transactionGroupId",
                "date",
                "time",
                "shareClass",
                "type",
                "seller",
                "buyer",
                "numberOfShares",
                "remuneration",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "transactionGroupId": "transaction_group_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.transaction_group_id = o.date = o.time = o.share_class = o.type_ = (
                        o.seller
                    ) = o.buyer = o.number_of_shares = o.remuneration = UNSET
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
                k = "date"
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = ShareholderRegisterData._tx_parse(v)
                k = "time"
                v = g("time")
                if v is None:
                    o.time = u
                    if "time" not in d:
                        m += 1
                else:
                    o.time = ShareholderRegisterData._tx_parse(v)
                k = "shareClass"
                v = g("shareClass")
                if v is None:
                    o.share_class = u
                    if "shareClass" not in d:
                        m += 1
                else:
                    o.share_class = (
                        e_ if (e_ := _e_share_class.get(v)) is not None else enum_value(TransactionShareClass, v)
                    )
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = ShareholderRegisterData._tx_parse(v)
                k = "seller"
                v = g("seller")
                if v is None:
                    o.seller = u
                    if "seller" not in d:
                        m += 1
                else:
                    o.seller = ShareholderRegisterData._tx_parse(v)
                k = "buyer"
                v = g("buyer")
                if v is None:
                    o.buyer = u
                    if "buyer" not in d:
                        m += 1
                else:
                    o.buyer = ShareholderRegisterData._tx_parse(v)
                k = "numberOfShares"
                v = g("numberOfShares")
                if v is None:
                    o.number_of_shares = u
                    if "numberOfShares" not in d:
                        m += 1
                else:
                    o.number_of_shares = ShareholderRegisterData._tx_parse(v)
                k = "remuneration"
                v = g("remuneration")
                if v is None:
                    o.remuneration = u
                    if "remuneration" not in d:
                        m += 1
                else:
                    o.remuneration = ShareholderRegisterData._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("transaction_group_id", "transactionGroupId"),
            ("date", "date"),
            ("time", "time"),
            ("share_class", "shareClass"),
            ("type_", "type"),
            ("seller", "seller"),
            ("buyer", "buyer"),
            ("number_of_shares", "numberOfShares"),
            ("remuneration", "remuneration"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.transaction_group_id
            o.transaction_group_id = u if v is None else v
            v = s.date
            o.date = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.time
            o.time = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.share_class
            o.share_class = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_share_class.get(v)) is not None
                else enum_value(TransactionShareClass, v)
            )
            v = s.type_
            o.type_ = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.seller
            o.seller = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.buyer
            o.buyer = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.number_of_shares
            o.number_of_shares = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.remuneration
            o.remuneration = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
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
