from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.bank import Bank
    from ..models.change import Change


T = TypeVar("T", bound="BankMergerPeriod")


@_attrs_define
class BankMergerPeriod:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        from_banks (list[Bank] | Unset):
        to_bank (Bank | Unset):
        description (str | Unset): The description of the bank after merger.
        start_date (str | Unset): The start date time of maintenance period.
        end_date (str | Unset): The end date time of maintenance period.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    from_banks: list[Bank] | Unset = UNSET
    to_bank: Bank | Unset = UNSET
    description: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
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

        from_banks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_banks, Unset):
            from_banks = []
            for from_banks_item_data in self.from_banks:
                from_banks_item = from_banks_item_data.to_dict()
                from_banks.append(from_banks_item)

        to_bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_bank, Unset):
            to_bank = self.to_bank.to_dict()

        description = self.description

        start_date = self.start_date

        end_date = self.end_date

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
        if from_banks is not UNSET:
            field_dict["fromBanks"] = from_banks
        if to_bank is not UNSET:
            field_dict["toBank"] = to_bank
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.bank import Bank  # noqa: PLC0415
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

        _from_banks = d.pop("fromBanks", UNSET)
        from_banks: list[Bank] | Unset = UNSET
        if _from_banks is not UNSET:
            from_banks = []
            for from_banks_item_data in _from_banks:
                if from_banks_item_data is None:
                    continue
                from_banks_item = Bank.from_dict(from_banks_item_data)

                from_banks.append(from_banks_item)

        _to_bank = d.pop("toBank", UNSET)
        to_bank: Bank | Unset
        if isinstance(_to_bank, Unset):
            to_bank = UNSET
        else:
            to_bank = Bank.from_dict(_to_bank)

        description = d.pop("description", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            from_banks=from_banks,
            to_bank=to_bank,
            description=description,
            start_date=start_date,
            end_date=end_date,
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
