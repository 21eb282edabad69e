from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_maintenance_period_integration import BankMaintenancePeriodIntegration
from ..models.bank_maintenance_period_platform import BankMaintenancePeriodPlatform
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.bank import Bank
    from ..models.change import Change


T = TypeVar("T", bound="BankMaintenancePeriod")


@_attrs_define
class BankMaintenancePeriod:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        bank (Bank | Unset):
        integration (BankMaintenancePeriodIntegration | Unset): The integration for witch maintenance period if for.
        start_date_time (str | Unset): The start date time of maintenance period.
        end_date_time (str | Unset): The end date time of maintenance period.
        platform (BankMaintenancePeriodPlatform | Unset): Bank platform
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    integration: BankMaintenancePeriodIntegration | Unset = UNSET
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    platform: BankMaintenancePeriodPlatform | Unset = UNSET
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

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        integration: str | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.value

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

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
        if bank is not UNSET:
            field_dict["bank"] = bank
        if integration is not UNSET:
            field_dict["integration"] = integration
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if platform is not UNSET:
            field_dict["platform"] = platform

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

        _bank = d.pop("bank", UNSET)
        bank: Bank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = Bank.from_dict(_bank)

        _integration = d.pop("integration", UNSET)
        integration: BankMaintenancePeriodIntegration | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = BankMaintenancePeriodIntegration(_integration)

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: BankMaintenancePeriodPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = BankMaintenancePeriodPlatform(_platform)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            bank=bank,
            integration=integration,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            platform=platform,
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
