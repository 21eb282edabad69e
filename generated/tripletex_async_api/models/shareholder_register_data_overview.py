from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_register_data_overview_share_class import ShareholderRegisterDataOverviewShareClass
from ..models.shareholder_register_data_overview_shareholder_register_data_type import (
    ShareholderRegisterDataOverviewShareholderRegisterDataType,
)
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
    from ..models.company_event import CompanyEvent
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.transaction import Transaction
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderRegisterDataOverview")


@_attrs_define
class ShareholderRegisterDataOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        shareholder_register_data_type (ShareholderRegisterDataOverviewShareholderRegisterDataType | Unset):
        shareholder_register_data_type_group_id (int | Unset):
        posts (list[ShareholderRegisterData] | Unset):
        events (list[CompanyEvent] | Unset):
        transactions (list[Transaction] | Unset):
        share_class (ShareholderRegisterDataOverviewShareClass | Unset):
        object_identifier (str | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    shareholder_register_data_type: ShareholderRegisterDataOverviewShareholderRegisterDataType | Unset = UNSET
    shareholder_register_data_type_group_id: int | Unset = UNSET
    posts: list[ShareholderRegisterData] | Unset = UNSET
    events: list[CompanyEvent] | Unset = UNSET
    transactions: list[Transaction] | Unset = UNSET
    share_class: ShareholderRegisterDataOverviewShareClass | Unset = UNSET
    object_identifier: str | Unset = UNSET
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
        _v = self.shareholder_register_data_type
        if _v is not UNSET and not _in_request:
            field_dict["shareholderRegisterDataType"] = _v._value_
        _v = self.shareholder_register_data_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["shareholderRegisterDataTypeGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.events
        if _v is not UNSET:
            field_dict["events"] = [_e.to_dict() for _e in _v]
        _v = self.transactions
        if _v is not UNSET:
            field_dict["transactions"] = [_e.to_dict() for _e in _v]
        _v = self.share_class
        if _v is not UNSET and not _in_request:
            field_dict["shareClass"] = _v._value_
        _v = self.object_identifier
        if _v is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderRegisterDataOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ShareholderRegisterDataOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company_event import CompanyEvent  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_shareholder_register_data_type: dict[Any, Any] = enum_members(
            ShareholderRegisterDataOverviewShareholderRegisterDataType
        )
        _e_share_class: dict[Any, Any] = enum_members(ShareholderRegisterDataOverviewShareClass)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "shareholderRegisterDataType",
                "shareholderRegisterDataTypeGroupId",
                "posts",
                "events",
                "transactions",
                "shareClass",
                "objectIdentifier",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "shareholderRegisterDataTypeGroupId": "shareholder_register_data_type_group_id",
            "objectIdentifier": "object_identifier",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.shareholder_register_data_type = (
                        o.shareholder_register_data_type_group_id
                    ) = o.posts = o.events = o.transactions = o.share_class = o.object_identifier = UNSET
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
                k = "shareholderRegisterDataType"
                v = g("shareholderRegisterDataType")
                if v is None:
                    o.shareholder_register_data_type = u
                    if "shareholderRegisterDataType" not in d:
                        m += 1
                else:
                    o.shareholder_register_data_type = (
                        e_
                        if (e_ := _e_shareholder_register_data_type.get(v)) is not None
                        else enum_value(ShareholderRegisterDataOverviewShareholderRegisterDataType, v)
                    )
                v = g("shareholderRegisterDataTypeGroupId")
                if v is None:
                    o.shareholder_register_data_type_group_id = u
                    if "shareholderRegisterDataTypeGroupId" not in d:
                        m += 1
                else:
                    o.shareholder_register_data_type_group_id = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([ShareholderRegisterData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "events"
                v = g("events")
                if v is None:
                    o.events = u
                    if "events" not in d:
                        m += 1
                else:
                    o.events = (
                        ([CompanyEvent._tx_parse(e) for e in v if e is not None] if v else [])
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
                        ([Transaction._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
                        else enum_value(ShareholderRegisterDataOverviewShareClass, v)
                    )
                v = g("objectIdentifier")
                if v is None:
                    o.object_identifier = u
                    if "objectIdentifier" not in d:
                        m += 1
                else:
                    o.object_identifier = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("shareholder_register_data_type", "shareholderRegisterDataType"),
            ("shareholder_register_data_type_group_id", "shareholderRegisterDataTypeGroupId"),
            ("posts", "posts"),
            ("events", "events"),
            ("transactions", "transactions"),
            ("share_class", "shareClass"),
            ("object_identifier", "objectIdentifier"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.shareholder_register_data_type
            o.shareholder_register_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_shareholder_register_data_type.get(v)) is not None
                else enum_value(ShareholderRegisterDataOverviewShareholderRegisterDataType, v)
            )
            v = s.shareholder_register_data_type_group_id
            o.shareholder_register_data_type_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([ShareholderRegisterData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.events
            o.events = (
                u
                if v is None or v is u
                else ([CompanyEvent._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.transactions
            o.transactions = (
                u
                if v is None or v is u
                else ([Transaction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.share_class
            o.share_class = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_share_class.get(v)) is not None
                else enum_value(ShareholderRegisterDataOverviewShareClass, v)
            )
            v = s.object_identifier
            o.object_identifier = u if v is None else v
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
