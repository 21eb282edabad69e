from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_event_share_class import CompanyEventShareClass
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
    from ..models.event_shareholder_info import EventShareholderInfo
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyEvent")


@_attrs_define
class CompanyEvent(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        share_class_group_id (int | Unset):
        event_group_id (int | Unset):
        event_type (str | Unset):
        date (ShareholderRegisterData | Unset):
        time (ShareholderRegisterData | Unset):
        share_class (CompanyEventShareClass | Unset):
        share_class_display_name (str | Unset):
        distribute_manually (ShareholderRegisterData | Unset):
        distributed_total (ShareholderRegisterData | Unset):
        number_of_shares (float | Unset):
        distributed_per_share (float | Unset):
        shareholder_info (list[EventShareholderInfo] | Unset):
        paid_up_premium (ShareholderRegisterData | Unset):
        paid_up_share_capital (ShareholderRegisterData | Unset):
        foundation_number_of_shares (ShareholderRegisterData | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    share_class_group_id: int | Unset = UNSET
    event_group_id: int | Unset = UNSET
    event_type: str | Unset = UNSET
    date: ShareholderRegisterData | Unset = UNSET
    time: ShareholderRegisterData | Unset = UNSET
    share_class: CompanyEventShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    distribute_manually: ShareholderRegisterData | Unset = UNSET
    distributed_total: ShareholderRegisterData | Unset = UNSET
    number_of_shares: float | Unset = UNSET
    distributed_per_share: float | Unset = UNSET
    shareholder_info: list[EventShareholderInfo] | Unset = UNSET
    paid_up_premium: ShareholderRegisterData | Unset = UNSET
    paid_up_share_capital: ShareholderRegisterData | Unset = UNSET
    foundation_number_of_shares: ShareholderRegisterData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.share_class_group_id
        if _v is not UNSET and not _in_request:
            field_dict["shareClassGroupId"] = _v
        _v = self.event_group_id
        if _v is not UNSET and not _in_request:
            field_dict["eventGroupId"] = _v
        _v = self.event_type
        if _v is not UNSET and not _in_request:
            field_dict["eventType"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v.to_dict()
        _v = self.time
        if _v is not UNSET:
            field_dict["time"] = _v.to_dict()
        _v = self.share_class
        if _v is not UNSET and not _in_request:
            field_dict["shareClass"] = _v._value_
        _v = self.share_class_display_name
        if _v is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = _v
        _v = self.distribute_manually
        if _v is not UNSET:
            field_dict["distributeManually"] = _v.to_dict()
        _v = self.distributed_total
        if _v is not UNSET:
            field_dict["distributedTotal"] = _v.to_dict()
        _v = self.number_of_shares
        if _v is not UNSET and not _in_request:
            field_dict["numberOfShares"] = _v
        _v = self.distributed_per_share
        if _v is not UNSET and not _in_request:
            field_dict["distributedPerShare"] = _v
        _v = self.shareholder_info
        if _v is not UNSET and not _in_request:
            field_dict["shareholderInfo"] = [_e.to_dict() for _e in _v]
        _v = self.paid_up_premium
        if _v is not UNSET:
            field_dict["paidUpPremium"] = _v.to_dict()
        _v = self.paid_up_share_capital
        if _v is not UNSET:
            field_dict["paidUpShareCapital"] = _v.to_dict()
        _v = self.foundation_number_of_shares
        if _v is not UNSET:
            field_dict["foundationNumberOfShares"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyEvent from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyEvent.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.event_shareholder_info import EventShareholderInfo  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_share_class: dict[Any, Any] = enum_members(CompanyEventShareClass)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "shareClassGroupId",
                "eventGroupId",
                "eventType",
                "date",
                "time",
                "shareClass",
                "shareClassDisplayName",
                "distributeManually",
                "distributedTotal",
                "numberOfShares",
                "distributedPerShare",
                "shareholderInfo",
                "paidUpPremium",
                "paidUpShareCapital",
                "foundationNumberOfShares",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "shareClassGroupId": "share_class_group_id",
            "eventGroupId": "event_group_id",
            "eventType": "event_type",
            "shareClassDisplayName": "share_class_display_name",
            "numberOfShares": "number_of_shares",
            "distributedPerShare": "distributed_per_share",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.share_class_group_id = o.event_group_id = o.event_type = o.date = o.time = (
                        o.share_class
                    ) = o.share_class_display_name = o.distribute_manually = o.distributed_total = (
                        o.number_of_shares
                    ) = o.distributed_per_share = o.shareholder_info = o.paid_up_premium = o.paid_up_share_capital = (
                        o.foundation_number_of_shares
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
                v = g("shareClassGroupId")
                if v is None:
                    o.share_class_group_id = u
                    if "shareClassGroupId" not in d:
                        m += 1
                else:
                    o.share_class_group_id = v
                v = g("eventGroupId")
                if v is None:
                    o.event_group_id = u
                    if "eventGroupId" not in d:
                        m += 1
                else:
                    o.event_group_id = v
                v = g("eventType")
                if v is None:
                    o.event_type = u
                    if "eventType" not in d:
                        m += 1
                else:
                    o.event_type = v
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
                        e_ if (e_ := _e_share_class.get(v)) is not None else enum_value(CompanyEventShareClass, v)
                    )
                v = g("shareClassDisplayName")
                if v is None:
                    o.share_class_display_name = u
                    if "shareClassDisplayName" not in d:
                        m += 1
                else:
                    o.share_class_display_name = v
                k = "distributeManually"
                v = g("distributeManually")
                if v is None:
                    o.distribute_manually = u
                    if "distributeManually" not in d:
                        m += 1
                else:
                    o.distribute_manually = ShareholderRegisterData._tx_parse(v)
                k = "distributedTotal"
                v = g("distributedTotal")
                if v is None:
                    o.distributed_total = u
                    if "distributedTotal" not in d:
                        m += 1
                else:
                    o.distributed_total = ShareholderRegisterData._tx_parse(v)
                v = g("numberOfShares")
                if v is None:
                    o.number_of_shares = u
                    if "numberOfShares" not in d:
                        m += 1
                else:
                    o.number_of_shares = v
                v = g("distributedPerShare")
                if v is None:
                    o.distributed_per_share = u
                    if "distributedPerShare" not in d:
                        m += 1
                else:
                    o.distributed_per_share = v
                k = "shareholderInfo"
                v = g("shareholderInfo")
                if v is None:
                    o.shareholder_info = u
                    if "shareholderInfo" not in d:
                        m += 1
                else:
                    o.shareholder_info = (
                        ([EventShareholderInfo._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "paidUpPremium"
                v = g("paidUpPremium")
                if v is None:
                    o.paid_up_premium = u
                    if "paidUpPremium" not in d:
                        m += 1
                else:
                    o.paid_up_premium = ShareholderRegisterData._tx_parse(v)
                k = "paidUpShareCapital"
                v = g("paidUpShareCapital")
                if v is None:
                    o.paid_up_share_capital = u
                    if "paidUpShareCapital" not in d:
                        m += 1
                else:
                    o.paid_up_share_capital = ShareholderRegisterData._tx_parse(v)
                k = "foundationNumberOfShares"
                v = g("foundationNumberOfShares")
                if v is None:
                    o.foundation_number_of_shares = u
                    if "foundationNumberOfShares" not in d:
                        m += 1
                else:
                    o.foundation_number_of_shares = ShareholderRegisterData._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("share_class_group_id", "shareClassGroupId"),
            ("event_group_id", "eventGroupId"),
            ("event_type", "eventType"),
            ("date", "date"),
            ("time", "time"),
            ("share_class", "shareClass"),
            ("share_class_display_name", "shareClassDisplayName"),
            ("distribute_manually", "distributeManually"),
            ("distributed_total", "distributedTotal"),
            ("number_of_shares", "numberOfShares"),
            ("distributed_per_share", "distributedPerShare"),
            ("shareholder_info", "shareholderInfo"),
            ("paid_up_premium", "paidUpPremium"),
            ("paid_up_share_capital", "paidUpShareCapital"),
            ("foundation_number_of_shares", "foundationNumberOfShares"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.share_class_group_id
            o.share_class_group_id = u if v is None else v
            v = s.event_group_id
            o.event_group_id = u if v is None else v
            v = s.event_type
            o.event_type = u if v is None else v
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
                else enum_value(CompanyEventShareClass, v)
            )
            v = s.share_class_display_name
            o.share_class_display_name = u if v is None else v
            v = s.distribute_manually
            o.distribute_manually = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.distributed_total
            o.distributed_total = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.number_of_shares
            o.number_of_shares = u if v is None else v
            v = s.distributed_per_share
            o.distributed_per_share = u if v is None else v
            v = s.shareholder_info
            o.shareholder_info = (
                u
                if v is None or v is u
                else ([EventShareholderInfo._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.paid_up_premium
            o.paid_up_premium = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.paid_up_share_capital
            o.paid_up_share_capital = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.foundation_number_of_shares
            o.foundation_number_of_shares = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
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
