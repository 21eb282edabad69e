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
    from ..models.company_event import CompanyEvent
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.transaction import Transaction
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderRegisterDataOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("shareholderRegisterDataType", str, False),
    ("posts", list, False),
    ("events", list, False),
    ("transactions", list, False),
    ("shareClass", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ShareholderRegisterDataOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): [read-only]
        shareholder_register_data_type (ShareholderRegisterDataOverviewShareholderRegisterDataType | Unset): [read-only]
        shareholder_register_data_type_group_id (int | Unset): [read-only]
        posts (list[ShareholderRegisterData] | Unset):
        events (list[CompanyEvent] | Unset):
        transactions (list[Transaction] | Unset):
        share_class (ShareholderRegisterDataOverviewShareClass | Unset): [read-only]
        object_identifier (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        shareholder_register_data_type: str | Unset = UNSET
        if not isinstance(self.shareholder_register_data_type, Unset):
            shareholder_register_data_type = self.shareholder_register_data_type.value

        shareholder_register_data_type_group_id = self.shareholder_register_data_type_group_id

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        object_identifier = self.object_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if shareholder_register_data_type is not UNSET and not _in_request:
            field_dict["shareholderRegisterDataType"] = shareholder_register_data_type
        if shareholder_register_data_type_group_id is not UNSET and not _in_request:
            field_dict["shareholderRegisterDataTypeGroupId"] = shareholder_register_data_type_group_id
        if posts is not UNSET:
            field_dict["posts"] = posts
        if events is not UNSET:
            field_dict["events"] = events
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if object_identifier is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = object_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShareholderRegisterDataOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company_event import CompanyEvent  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_shareholder_register_data_type(
            _tx_v: Any,
        ) -> ShareholderRegisterDataOverviewShareholderRegisterDataType | Unset:
            _shareholder_register_data_type = _tx_v
            shareholder_register_data_type: ShareholderRegisterDataOverviewShareholderRegisterDataType | Unset
            if isinstance(_shareholder_register_data_type, Unset):
                shareholder_register_data_type = UNSET
            else:
                shareholder_register_data_type = ShareholderRegisterDataOverviewShareholderRegisterDataType(
                    _shareholder_register_data_type
                )

            return shareholder_register_data_type

        def _p_posts(_tx_v: Any) -> list[ShareholderRegisterData] | Unset:
            _posts = _tx_v
            posts: list[ShareholderRegisterData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = ShareholderRegisterData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        def _p_events(_tx_v: Any) -> list[CompanyEvent] | Unset:
            _events = _tx_v
            events: list[CompanyEvent] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    if events_item_data is None:
                        continue
                    events_item = CompanyEvent._tx_from_json(events_item_data)

                    events.append(events_item)

            return events

        def _p_transactions(_tx_v: Any) -> list[Transaction] | Unset:
            _transactions = _tx_v
            transactions: list[Transaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = Transaction._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

        def _p_share_class(_tx_v: Any) -> ShareholderRegisterDataOverviewShareClass | Unset:
            _share_class = _tx_v
            share_class: ShareholderRegisterDataOverviewShareClass | Unset
            if isinstance(_share_class, Unset):
                share_class = UNSET
            else:
                share_class = ShareholderRegisterDataOverviewShareClass(_share_class)

            return share_class

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "shareholder_register_data_type": ("shareholderRegisterDataType", _p_shareholder_register_data_type),
            "shareholder_register_data_type_group_id": ("shareholderRegisterDataTypeGroupId", None),
            "posts": ("posts", _p_posts),
            "events": ("events", _p_events),
            "transactions": ("transactions", _p_transactions),
            "share_class": ("shareClass", _p_share_class),
            "object_identifier": ("objectIdentifier", None),
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
