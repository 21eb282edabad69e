from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.change import Change


T = TypeVar("T", bound="TravelExpenseZone")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("changes", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class TravelExpenseZone(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        country_code (str | Unset): [read-only] The ISO 3166-1 Alpha2 code of the country (2 letters).
            https://en.wikipedia.org/wiki/ISO_3166-1
        zone_name (str | Unset): [read-only]
        is_disabled (bool | Unset): [read-only]
        government_name (str | Unset): [read-only] The Government name
        continent (str | Unset): [read-only]
        from_date (str | Unset): [read-only]
        to_date (str | Unset): [read-only]
        currency_id (int | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zone_name: str | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    government_name: str | Unset = UNSET
    continent: str | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    currency_id: int | Unset = UNSET
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

        country_code = self.country_code

        zone_name = self.zone_name

        is_disabled = self.is_disabled

        government_name = self.government_name

        continent = self.continent

        from_date = self.from_date

        to_date = self.to_date

        currency_id = self.currency_id

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
        if country_code is not UNSET and not _in_request:
            field_dict["countryCode"] = country_code
        if zone_name is not UNSET and not _in_request:
            field_dict["zoneName"] = zone_name
        if is_disabled is not UNSET and not _in_request:
            field_dict["isDisabled"] = is_disabled
        if government_name is not UNSET and not _in_request:
            field_dict["governmentName"] = government_name
        if continent is not UNSET and not _in_request:
            field_dict["continent"] = continent
        if from_date is not UNSET and not _in_request:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET and not _in_request:
            field_dict["toDate"] = to_date
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelExpenseZone from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "countryCode",
                "zoneName",
                "isDisabled",
                "governmentName",
                "continent",
                "fromDate",
                "toDate",
                "currencyId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "country_code": ("countryCode", None),
            "zone_name": ("zoneName", None),
            "is_disabled": ("isDisabled", None),
            "government_name": ("governmentName", None),
            "continent": ("continent", None),
            "from_date": ("fromDate", None),
            "to_date": ("toDate", None),
            "currency_id": ("currencyId", None),
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
