from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_info_dividend_type import CompanyInfoDividendType
from ..models.company_info_share_class import CompanyInfoShareClass
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
    from ..models.key_info import KeyInfo
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyInfo")


@_attrs_define
class CompanyInfo(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        share_class (CompanyInfoShareClass | Unset):
        share_class_display_name (str | Unset):
        key_info (list[KeyInfo] | Unset):
        timestamp (str | Unset):
        sum_dividend (float | Unset):
        number_of_shares (float | Unset):
        has_registered_foundation_info (bool | Unset):
        is_deletable (bool | Unset):
        dividend_type (CompanyInfoDividendType | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    share_class: CompanyInfoShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    key_info: list[KeyInfo] | Unset = UNSET
    timestamp: str | Unset = UNSET
    sum_dividend: float | Unset = UNSET
    number_of_shares: float | Unset = UNSET
    has_registered_foundation_info: bool | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    dividend_type: CompanyInfoDividendType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.share_class
        if _v is not UNSET and not _in_request:
            field_dict["shareClass"] = _v._value_
        _v = self.share_class_display_name
        if _v is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = _v
        _v = self.key_info
        if _v is not UNSET and not _in_request:
            field_dict["keyInfo"] = [_e.to_dict() for _e in _v]
        _v = self.timestamp
        if _v is not UNSET and not _in_request:
            field_dict["timestamp"] = _v
        _v = self.sum_dividend
        if _v is not UNSET and not _in_request:
            field_dict["sumDividend"] = _v
        _v = self.number_of_shares
        if _v is not UNSET and not _in_request:
            field_dict["numberOfShares"] = _v
        _v = self.has_registered_foundation_info
        if _v is not UNSET and not _in_request:
            field_dict["hasRegisteredFoundationInfo"] = _v
        _v = self.is_deletable
        if _v is not UNSET and not _in_request:
            field_dict["isDeletable"] = _v
        _v = self.dividend_type
        if _v is not UNSET:
            field_dict["dividendType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.key_info import KeyInfo  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_share_class: dict[Any, Any] = enum_members(CompanyInfoShareClass)
        _e_dividend_type: dict[Any, Any] = enum_members(CompanyInfoDividendType)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "shareClass",
                "shareClassDisplayName",
                "keyInfo",
                "timestamp",
                "sumDividend",
                "numberOfShares",
                "hasRegisteredFoundationInfo",
                "isDeletable",
                "dividendType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "shareClassDisplayName": "share_class_display_name",
            "timestamp": "timestamp",
            "sumDividend": "sum_dividend",
            "numberOfShares": "number_of_shares",
            "hasRegisteredFoundationInfo": "has_registered_foundation_info",
            "isDeletable": "is_deletable",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.share_class = o.share_class_display_name = o.key_info = (
                        o.timestamp
                    ) = o.sum_dividend = o.number_of_shares = o.has_registered_foundation_info = o.is_deletable = (
                        o.dividend_type
                    ) = UNSET
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
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "shareClass"
                v = g("shareClass")
                if v is None:
                    o.share_class = u
                    if "shareClass" not in d:
                        m += 1
                else:
                    o.share_class = (
                        e_ if (e_ := _e_share_class.get(v)) is not None else enum_value(CompanyInfoShareClass, v)
                    )
                v = g("shareClassDisplayName")
                if v is None:
                    o.share_class_display_name = u
                    if "shareClassDisplayName" not in d:
                        m += 1
                else:
                    o.share_class_display_name = v
                k = "keyInfo"
                v = g("keyInfo")
                if v is None:
                    o.key_info = u
                    if "keyInfo" not in d:
                        m += 1
                else:
                    o.key_info = (
                        ([KeyInfo._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                v = g("sumDividend")
                if v is None:
                    o.sum_dividend = u
                    if "sumDividend" not in d:
                        m += 1
                else:
                    o.sum_dividend = v
                v = g("numberOfShares")
                if v is None:
                    o.number_of_shares = u
                    if "numberOfShares" not in d:
                        m += 1
                else:
                    o.number_of_shares = v
                v = g("hasRegisteredFoundationInfo")
                if v is None:
                    o.has_registered_foundation_info = u
                    if "hasRegisteredFoundationInfo" not in d:
                        m += 1
                else:
                    o.has_registered_foundation_info = v
                v = g("isDeletable")
                if v is None:
                    o.is_deletable = u
                    if "isDeletable" not in d:
                        m += 1
                else:
                    o.is_deletable = v
                k = "dividendType"
                v = g("dividendType")
                if v is None:
                    o.dividend_type = u
                    if "dividendType" not in d:
                        m += 1
                else:
                    o.dividend_type = (
                        e_ if (e_ := _e_dividend_type.get(v)) is not None else enum_value(CompanyInfoDividendType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("share_class", "shareClass"),
            ("share_class_display_name", "shareClassDisplayName"),
            ("key_info", "keyInfo"),
            ("timestamp", "timestamp"),
            ("sum_dividend", "sumDividend"),
            ("number_of_shares", "numberOfShares"),
            ("has_registered_foundation_info", "hasRegisteredFoundationInfo"),
            ("is_deletable", "isDeletable"),
            ("dividend_type", "dividendType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.share_class
            o.share_class = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_share_class.get(v)) is not None
                else enum_value(CompanyInfoShareClass, v)
            )
            v = s.share_class_display_name
            o.share_class_display_name = u if v is None else v
            v = s.key_info
            o.key_info = (
                u
                if v is None or v is u
                else ([KeyInfo._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.sum_dividend
            o.sum_dividend = u if v is None else v
            v = s.number_of_shares
            o.number_of_shares = u if v is None else v
            v = s.has_registered_foundation_info
            o.has_registered_foundation_info = u if v is None else v
            v = s.is_deletable
            o.is_deletable = u if v is None else v
            v = s.dividend_type
            o.dividend_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_dividend_type.get(v)) is not None
                else enum_value(CompanyInfoDividendType, v)
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
