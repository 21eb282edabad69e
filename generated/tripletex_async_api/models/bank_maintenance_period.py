from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_maintenance_period_integration import BankMaintenancePeriodIntegration
from ..models.bank_maintenance_period_platform import BankMaintenancePeriodPlatform
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
    from ..models.bank import Bank
    from ..models.change import Change


T = TypeVar("T", bound="BankMaintenancePeriod")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("bank", dict, False),
    ("integration", str, False),
    ("platform", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankMaintenancePeriod(LazyModel):
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
        self._tx_load()
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
        """A BankMaintenancePeriod from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_bank(_tx_v: Any) -> Bank | Unset:
            _bank = _tx_v
            bank: Bank | Unset
            if isinstance(_bank, Unset):
                bank = UNSET
            else:
                bank = Bank._tx_from_json(_bank)

            return bank

        def _p_integration(_tx_v: Any) -> BankMaintenancePeriodIntegration | Unset:
            _integration = _tx_v
            integration: BankMaintenancePeriodIntegration | Unset
            if isinstance(_integration, Unset):
                integration = UNSET
            else:
                integration = BankMaintenancePeriodIntegration(_integration)

            return integration

        def _p_platform(_tx_v: Any) -> BankMaintenancePeriodPlatform | Unset:
            _platform = _tx_v
            platform: BankMaintenancePeriodPlatform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = BankMaintenancePeriodPlatform(_platform)

            return platform

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "bank",
                "integration",
                "startDateTime",
                "endDateTime",
                "platform",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "bank": ("bank", _p_bank),
            "integration": ("integration", _p_integration),
            "start_date_time": ("startDateTime", None),
            "end_date_time": ("endDateTime", None),
            "platform": ("platform", _p_platform),
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
