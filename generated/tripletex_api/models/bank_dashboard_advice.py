from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_dashboard_advice_advice_type import BankDashboardAdviceAdviceType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="BankDashboardAdvice")


@_attrs_define
class BankDashboardAdvice:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        advice_type (BankDashboardAdviceAdviceType | Unset): The advice type.
        is_active (bool | Unset): The advice is active.
        date_updated (str | Unset): The date the advice was updated.
        is_cancelled (bool | Unset): The advice has been cancelled.
        date_cancelled (str | Unset): The date the advice has been cancelled by the user.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    advice_type: BankDashboardAdviceAdviceType | Unset = UNSET
    is_active: bool | Unset = UNSET
    date_updated: str | Unset = UNSET
    is_cancelled: bool | Unset = UNSET
    date_cancelled: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        advice_type: str | Unset = UNSET
        if not isinstance(self.advice_type, Unset):
            advice_type = self.advice_type.value

        is_active = self.is_active

        date_updated = self.date_updated

        is_cancelled = self.is_cancelled

        date_cancelled = self.date_cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if advice_type is not UNSET:
            field_dict["adviceType"] = advice_type
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if date_updated is not UNSET:
            field_dict["dateUpdated"] = date_updated
        if is_cancelled is not UNSET:
            field_dict["isCancelled"] = is_cancelled
        if date_cancelled is not UNSET:
            field_dict["dateCancelled"] = date_cancelled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _advice_type = d.pop("adviceType", UNSET)
        advice_type: BankDashboardAdviceAdviceType | Unset
        if isinstance(_advice_type, Unset):
            advice_type = UNSET
        else:
            advice_type = BankDashboardAdviceAdviceType(_advice_type)

        is_active = d.pop("isActive", UNSET)

        date_updated = d.pop("dateUpdated", UNSET)

        is_cancelled = d.pop("isCancelled", UNSET)

        date_cancelled = d.pop("dateCancelled", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            advice_type=advice_type,
            is_active=is_active,
            date_updated=date_updated,
            is_cancelled=is_cancelled,
            date_cancelled=date_cancelled,
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
