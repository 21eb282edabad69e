from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_transaction_share_class import ShareholderTransactionShareClass
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


T = TypeVar("T", bound="ShareholderTransaction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("shareClass", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ShareholderTransaction(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        transaction_group_id (int | Unset): [read-only]
        foundation_group_id (int | Unset): [read-only]
        date (str | Unset): [read-only]
        time (str | Unset): [read-only]
        share_class (ShareholderTransactionShareClass | Unset): [read-only]
        share_class_display_name (str | Unset): [read-only]
        type_ (str | Unset): [read-only]
        name (str | Unset): [read-only]
        counterpart (str | Unset): [read-only]
        role (str | Unset): [read-only]
        number_of_shares (float | Unset): [read-only]
        remuneration (float | Unset): [read-only]
        number_of_shares_before (float | Unset): [read-only]
        number_of_shares_after (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        transaction_group_id = self.transaction_group_id

        foundation_group_id = self.foundation_group_id

        date = self.date

        time = self.time

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        share_class_display_name = self.share_class_display_name

        type_ = self.type_

        name = self.name

        counterpart = self.counterpart

        role = self.role

        number_of_shares = self.number_of_shares

        remuneration = self.remuneration

        number_of_shares_before = self.number_of_shares_before

        number_of_shares_after = self.number_of_shares_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if transaction_group_id is not UNSET and not _in_request:
            field_dict["transactionGroupId"] = transaction_group_id
        if foundation_group_id is not UNSET and not _in_request:
            field_dict["foundationGroupId"] = foundation_group_id
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if time is not UNSET and not _in_request:
            field_dict["time"] = time
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if counterpart is not UNSET and not _in_request:
            field_dict["counterpart"] = counterpart
        if role is not UNSET and not _in_request:
            field_dict["role"] = role
        if number_of_shares is not UNSET and not _in_request:
            field_dict["numberOfShares"] = number_of_shares
        if remuneration is not UNSET and not _in_request:
            field_dict["remuneration"] = remuneration
        if number_of_shares_before is not UNSET and not _in_request:
            field_dict["numberOfSharesBefore"] = number_of_shares_before
        if number_of_shares_after is not UNSET and not _in_request:
            field_dict["numberOfSharesAfter"] = number_of_shares_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderTransaction from the service's JSON object; each property is parsed when first read."""
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

        def _p_share_class(_tx_v: Any) -> ShareholderTransactionShareClass | Unset:
            _share_class = _tx_v
            share_class: ShareholderTransactionShareClass | Unset
            if isinstance(_share_class, Unset):
                share_class = UNSET
            else:
                share_class = ShareholderTransactionShareClass(_share_class)

            return share_class

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "transaction_group_id": ("transactionGroupId", None),
            "foundation_group_id": ("foundationGroupId", None),
            "date": ("date", None),
            "time": ("time", None),
            "share_class": ("shareClass", _p_share_class),
            "share_class_display_name": ("shareClassDisplayName", None),
            "type_": ("type", None),
            "name": ("name", None),
            "counterpart": ("counterpart", None),
            "role": ("role", None),
            "number_of_shares": ("numberOfShares", None),
            "remuneration": ("remuneration", None),
            "number_of_shares_before": ("numberOfSharesBefore", None),
            "number_of_shares_after": ("numberOfSharesAfter", None),
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
