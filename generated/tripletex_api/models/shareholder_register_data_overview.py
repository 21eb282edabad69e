from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_register_data_overview_share_class import ShareholderRegisterDataOverviewShareClass
from ..models.shareholder_register_data_overview_shareholder_register_data_type import (
    ShareholderRegisterDataOverviewShareholderRegisterDataType,
)
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company_event import CompanyEvent
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.transaction import Transaction
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderRegisterDataOverview")


@_attrs_define
class ShareholderRegisterDataOverview:
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
        from ..models.company_event import CompanyEvent  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        _shareholder_register_data_type = d.pop("shareholderRegisterDataType", UNSET)
        shareholder_register_data_type: ShareholderRegisterDataOverviewShareholderRegisterDataType | Unset
        if isinstance(_shareholder_register_data_type, Unset):
            shareholder_register_data_type = UNSET
        else:
            shareholder_register_data_type = ShareholderRegisterDataOverviewShareholderRegisterDataType(
                _shareholder_register_data_type
            )

        shareholder_register_data_type_group_id = d.pop("shareholderRegisterDataTypeGroupId", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[ShareholderRegisterData] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = ShareholderRegisterData.from_dict(posts_item_data)

                posts.append(posts_item)

        _events = d.pop("events", UNSET)
        events: list[CompanyEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                if events_item_data is None:
                    continue
                events_item = CompanyEvent.from_dict(events_item_data)

                events.append(events_item)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[Transaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                if transactions_item_data is None:
                    continue
                transactions_item = Transaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        _share_class = d.pop("shareClass", UNSET)
        share_class: ShareholderRegisterDataOverviewShareClass | Unset
        if isinstance(_share_class, Unset):
            share_class = UNSET
        else:
            share_class = ShareholderRegisterDataOverviewShareClass(_share_class)

        object_identifier = d.pop("objectIdentifier", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            group_id=group_id,
            shareholder_register_data_type=shareholder_register_data_type,
            shareholder_register_data_type_group_id=shareholder_register_data_type_group_id,
            posts=posts,
            events=events,
            transactions=transactions,
            share_class=share_class,
            object_identifier=object_identifier,
        )

        _obj.additional_properties = d
        return _obj

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
