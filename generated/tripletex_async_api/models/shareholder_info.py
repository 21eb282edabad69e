from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_info_share_class import ShareholderInfoShareClass
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
    from ..models.shareholder import Shareholder
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderInfo")


@_attrs_define
class ShareholderInfo(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        id (int | Unset): Id of shareholder register data to update
        shareholder (Shareholder | Unset):
        group_id (int | Unset):
        share_class (ShareholderInfoShareClass | Unset):
        share_class_display_name (str | Unset):
        number_of_shares_last_year (ShareholderRegisterData | Unset):
        number_of_shares_this_year (float | Unset):
        ownership_last_year (float | Unset):
        ownership_this_year (float | Unset):
        read_only (bool | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    id: int | Unset = UNSET
    shareholder: Shareholder | Unset = UNSET
    group_id: int | Unset = UNSET
    share_class: ShareholderInfoShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    number_of_shares_last_year: ShareholderRegisterData | Unset = UNSET
    number_of_shares_this_year: float | Unset = UNSET
    ownership_last_year: float | Unset = UNSET
    ownership_this_year: float | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.shareholder
        if _v is not UNSET:
            field_dict["shareholder"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.share_class
        if _v is not UNSET and not _in_request:
            field_dict["shareClass"] = _v._value_
        _v = self.share_class_display_name
        if _v is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = _v
        _v = self.number_of_shares_last_year
        if _v is not UNSET:
            field_dict["numberOfSharesLastYear"] = _v.to_dict()
        _v = self.number_of_shares_this_year
        if _v is not UNSET and not _in_request:
            field_dict["numberOfSharesThisYear"] = _v
        _v = self.ownership_last_year
        if _v is not UNSET and not _in_request:
            field_dict["ownershipLastYear"] = _v
        _v = self.ownership_this_year
        if _v is not UNSET and not _in_request:
            field_dict["ownershipThisYear"] = _v
        _v = self.read_only
        if _v is not UNSET and not _in_request:
            field_dict["readOnly"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ShareholderInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.shareholder import Shareholder  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_share_class: dict[Any, Any] = enum_members(ShareholderInfoShareClass)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "id",
                "shareholder",
                "groupId",
                "shareClass",
                "shareClassDisplayName",
                "numberOfSharesLastYear",
                "numberOfSharesThisYear",
                "ownershipLastYear",
                "ownershipThisYear",
                "readOnly",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "groupId": "group_id",
            "shareClassDisplayName": "share_class_display_name",
            "numberOfSharesThisYear": "number_of_shares_this_year",
            "ownershipLastYear": "ownership_last_year",
            "ownershipThisYear": "ownership_this_year",
            "readOnly": "read_only",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.id = o.shareholder = o.group_id = o.share_class = (
                        o.share_class_display_name
                    ) = o.number_of_shares_last_year = o.number_of_shares_this_year = o.ownership_last_year = (
                        o.ownership_this_year
                    ) = o.read_only = UNSET
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
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "shareholder"
                v = g("shareholder")
                if v is None:
                    o.shareholder = u
                    if "shareholder" not in d:
                        m += 1
                else:
                    o.shareholder = Shareholder._tx_parse(v)
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
                        e_ if (e_ := _e_share_class.get(v)) is not None else enum_value(ShareholderInfoShareClass, v)
                    )
                v = g("shareClassDisplayName")
                if v is None:
                    o.share_class_display_name = u
                    if "shareClassDisplayName" not in d:
                        m += 1
                else:
                    o.share_class_display_name = v
                k = "numberOfSharesLastYear"
                v = g("numberOfSharesLastYear")
                if v is None:
                    o.number_of_shares_last_year = u
                    if "numberOfSharesLastYear" not in d:
                        m += 1
                else:
                    o.number_of_shares_last_year = ShareholderRegisterData._tx_parse(v)
                v = g("numberOfSharesThisYear")
                if v is None:
                    o.number_of_shares_this_year = u
                    if "numberOfSharesThisYear" not in d:
                        m += 1
                else:
                    o.number_of_shares_this_year = v
                v = g("ownershipLastYear")
                if v is None:
                    o.ownership_last_year = u
                    if "ownershipLastYear" not in d:
                        m += 1
                else:
                    o.ownership_last_year = v
                v = g("ownershipThisYear")
                if v is None:
                    o.ownership_this_year = u
                    if "ownershipThisYear" not in d:
                        m += 1
                else:
                    o.ownership_this_year = v
                v = g("readOnly")
                if v is None:
                    o.read_only = u
                    if "readOnly" not in d:
                        m += 1
                else:
                    o.read_only = v
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
            ("id", "id"),
            ("shareholder", "shareholder"),
            ("group_id", "groupId"),
            ("share_class", "shareClass"),
            ("share_class_display_name", "shareClassDisplayName"),
            ("number_of_shares_last_year", "numberOfSharesLastYear"),
            ("number_of_shares_this_year", "numberOfSharesThisYear"),
            ("ownership_last_year", "ownershipLastYear"),
            ("ownership_this_year", "ownershipThisYear"),
            ("read_only", "readOnly"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.id
            o.id = u if v is None else v
            v = s.shareholder
            o.shareholder = u if v is None or v is u else Shareholder._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.share_class
            o.share_class = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_share_class.get(v)) is not None
                else enum_value(ShareholderInfoShareClass, v)
            )
            v = s.share_class_display_name
            o.share_class_display_name = u if v is None else v
            v = s.number_of_shares_last_year
            o.number_of_shares_last_year = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.number_of_shares_this_year
            o.number_of_shares_this_year = u if v is None else v
            v = s.ownership_last_year
            o.ownership_last_year = u if v is None else v
            v = s.ownership_this_year
            o.ownership_this_year = u if v is None else v
            v = s.read_only
            o.read_only = u if v is None else v
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
