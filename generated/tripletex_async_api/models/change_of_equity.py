from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_of_equity_post_type import ChangeOfEquityPostType
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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ChangeOfEquity")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("postType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ChangeOfEquity(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (str | Unset): [read-only]
        grouping (str | Unset): [read-only]
        negate (bool | Unset): [read-only]
        read_only (bool | Unset): [read-only]
        post_type (ChangeOfEquityPostType | Unset): [read-only]
        post_value (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    name: str | Unset = UNSET
    grouping: str | Unset = UNSET
    negate: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    post_type: ChangeOfEquityPostType | Unset = UNSET
    post_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        name = self.name

        grouping = self.grouping

        negate = self.negate

        read_only = self.read_only

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if negate is not UNSET and not _in_request:
            field_dict["negate"] = negate
        if read_only is not UNSET and not _in_request:
            field_dict["readOnly"] = read_only
        if post_type is not UNSET and not _in_request:
            field_dict["postType"] = post_type
        if post_value is not UNSET and not _in_request:
            field_dict["postValue"] = post_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChangeOfEquity from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_post_type(_tx_v: Any) -> ChangeOfEquityPostType | Unset:
            _post_type = _tx_v
            post_type: ChangeOfEquityPostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = ChangeOfEquityPostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "grouping",
                "negate",
                "readOnly",
                "postType",
                "postValue",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "name": ("name", None),
            "grouping": ("grouping", None),
            "negate": ("negate", None),
            "read_only": ("readOnly", None),
            "post_type": ("postType", _p_post_type),
            "post_value": ("postValue", None),
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
