from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_info_share_class import ShareholderInfoShareClass
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
    from ..models.shareholder import Shareholder
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("shareholder", dict, False),
    ("shareClass", str, False),
    ("numberOfSharesLastYear", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ShareholderInfo(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        id (int | Unset): [read-only] Id of shareholder register data to update
        shareholder (Shareholder | Unset):
        group_id (int | Unset): [read-only]
        share_class (ShareholderInfoShareClass | Unset): [read-only]
        share_class_display_name (str | Unset): [read-only]
        number_of_shares_last_year (ShareholderRegisterData | Unset):
        number_of_shares_this_year (float | Unset): [read-only]
        ownership_last_year (float | Unset): [read-only]
        ownership_this_year (float | Unset): [read-only]
        read_only (bool | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        id = self.id

        shareholder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shareholder, Unset):
            shareholder = self.shareholder.to_dict()

        group_id = self.group_id

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        share_class_display_name = self.share_class_display_name

        number_of_shares_last_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_of_shares_last_year, Unset):
            number_of_shares_last_year = self.number_of_shares_last_year.to_dict()

        number_of_shares_this_year = self.number_of_shares_this_year

        ownership_last_year = self.ownership_last_year

        ownership_this_year = self.ownership_this_year

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if shareholder is not UNSET:
            field_dict["shareholder"] = shareholder
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if number_of_shares_last_year is not UNSET:
            field_dict["numberOfSharesLastYear"] = number_of_shares_last_year
        if number_of_shares_this_year is not UNSET and not _in_request:
            field_dict["numberOfSharesThisYear"] = number_of_shares_this_year
        if ownership_last_year is not UNSET and not _in_request:
            field_dict["ownershipLastYear"] = ownership_last_year
        if ownership_this_year is not UNSET and not _in_request:
            field_dict["ownershipThisYear"] = ownership_this_year
        if read_only is not UNSET and not _in_request:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.shareholder import Shareholder  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_shareholder(_tx_v: Any) -> Shareholder | Unset:
            _shareholder = _tx_v
            shareholder: Shareholder | Unset
            if isinstance(_shareholder, Unset):
                shareholder = UNSET
            else:
                shareholder = Shareholder._tx_from_json(_shareholder)

            return shareholder

        def _p_share_class(_tx_v: Any) -> ShareholderInfoShareClass | Unset:
            _share_class = _tx_v
            share_class: ShareholderInfoShareClass | Unset
            if isinstance(_share_class, Unset):
                share_class = UNSET
            else:
                share_class = ShareholderInfoShareClass(_share_class)

            return share_class

        def _p_number_of_shares_last_year(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _number_of_shares_last_year = _tx_v
            number_of_shares_last_year: ShareholderRegisterData | Unset
            if isinstance(_number_of_shares_last_year, Unset):
                number_of_shares_last_year = UNSET
            else:
                number_of_shares_last_year = ShareholderRegisterData._tx_from_json(_number_of_shares_last_year)

            return number_of_shares_last_year

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "id": ("id", None),
            "shareholder": ("shareholder", _p_shareholder),
            "group_id": ("groupId", None),
            "share_class": ("shareClass", _p_share_class),
            "share_class_display_name": ("shareClassDisplayName", None),
            "number_of_shares_last_year": ("numberOfSharesLastYear", _p_number_of_shares_last_year),
            "number_of_shares_this_year": ("numberOfSharesThisYear", None),
            "ownership_last_year": ("ownershipLastYear", None),
            "ownership_this_year": ("ownershipThisYear", None),
            "read_only": ("readOnly", None),
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
