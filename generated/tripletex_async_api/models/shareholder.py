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
    from ..models.country import Country
    from ..models.municipality import Municipality


T = TypeVar("T", bound="Shareholder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("country", dict, False),
    ("municipality", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Shareholder(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        shareholder_number (str | Unset):
        shareholder_name (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        postal_code (str | Unset):
        city (str | Unset):
        country (Country | Unset):
        municipality (Municipality | Unset):
        bank_account_number (str | Unset):
        starting_year (int | Unset):
        picture_id (int | Unset):
        note (str | Unset):
        is_active (bool | Unset): [read-only] The shareholder is active.
        number_of_shares_last_year (float | Unset): [read-only]
        number_of_shares_this_year (float | Unset): [read-only]
        ownership_last_year (float | Unset): [read-only]
        ownership_this_year (float | Unset): [read-only]
        is_deletable (bool | Unset): [read-only] The shareholder is active.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    shareholder_number: str | Unset = UNSET
    shareholder_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: Country | Unset = UNSET
    municipality: Municipality | Unset = UNSET
    bank_account_number: str | Unset = UNSET
    starting_year: int | Unset = UNSET
    picture_id: int | Unset = UNSET
    note: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    number_of_shares_last_year: float | Unset = UNSET
    number_of_shares_this_year: float | Unset = UNSET
    ownership_last_year: float | Unset = UNSET
    ownership_this_year: float | Unset = UNSET
    is_deletable: bool | Unset = UNSET
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

        shareholder_number = self.shareholder_number

        shareholder_name = self.shareholder_name

        email = self.email

        phone_number = self.phone_number

        address1 = self.address1

        address2 = self.address2

        postal_code = self.postal_code

        city = self.city

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        municipality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.municipality, Unset):
            municipality = self.municipality.to_dict()

        bank_account_number = self.bank_account_number

        starting_year = self.starting_year

        picture_id = self.picture_id

        note = self.note

        is_active = self.is_active

        number_of_shares_last_year = self.number_of_shares_last_year

        number_of_shares_this_year = self.number_of_shares_this_year

        ownership_last_year = self.ownership_last_year

        ownership_this_year = self.ownership_this_year

        is_deletable = self.is_deletable

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
        if shareholder_number is not UNSET:
            field_dict["shareholderNumber"] = shareholder_number
        if shareholder_name is not UNSET:
            field_dict["shareholderName"] = shareholder_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number
        if starting_year is not UNSET:
            field_dict["startingYear"] = starting_year
        if picture_id is not UNSET:
            field_dict["pictureId"] = picture_id
        if note is not UNSET:
            field_dict["note"] = note
        if is_active is not UNSET and not _in_request:
            field_dict["isActive"] = is_active
        if number_of_shares_last_year is not UNSET and not _in_request:
            field_dict["numberOfSharesLastYear"] = number_of_shares_last_year
        if number_of_shares_this_year is not UNSET and not _in_request:
            field_dict["numberOfSharesThisYear"] = number_of_shares_this_year
        if ownership_last_year is not UNSET and not _in_request:
            field_dict["ownershipLastYear"] = ownership_last_year
        if ownership_this_year is not UNSET and not _in_request:
            field_dict["ownershipThisYear"] = ownership_this_year
        if is_deletable is not UNSET and not _in_request:
            field_dict["isDeletable"] = is_deletable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Shareholder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415

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

        def _p_country(_tx_v: Any) -> Country | Unset:
            _country = _tx_v
            country: Country | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = Country._tx_from_json(_country)

            return country

        def _p_municipality(_tx_v: Any) -> Municipality | Unset:
            _municipality = _tx_v
            municipality: Municipality | Unset
            if isinstance(_municipality, Unset):
                municipality = UNSET
            else:
                municipality = Municipality._tx_from_json(_municipality)

            return municipality

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "shareholderNumber",
                "shareholderName",
                "email",
                "phoneNumber",
                "address1",
                "address2",
                "postalCode",
                "city",
                "country",
                "municipality",
                "bankAccountNumber",
                "startingYear",
                "pictureId",
                "note",
                "isActive",
                "numberOfSharesLastYear",
                "numberOfSharesThisYear",
                "ownershipLastYear",
                "ownershipThisYear",
                "isDeletable",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "shareholder_number": ("shareholderNumber", None),
            "shareholder_name": ("shareholderName", None),
            "email": ("email", None),
            "phone_number": ("phoneNumber", None),
            "address1": ("address1", None),
            "address2": ("address2", None),
            "postal_code": ("postalCode", None),
            "city": ("city", None),
            "country": ("country", _p_country),
            "municipality": ("municipality", _p_municipality),
            "bank_account_number": ("bankAccountNumber", None),
            "starting_year": ("startingYear", None),
            "picture_id": ("pictureId", None),
            "note": ("note", None),
            "is_active": ("isActive", None),
            "number_of_shares_last_year": ("numberOfSharesLastYear", None),
            "number_of_shares_this_year": ("numberOfSharesThisYear", None),
            "ownership_last_year": ("ownershipLastYear", None),
            "ownership_this_year": ("ownershipThisYear", None),
            "is_deletable": ("isDeletable", None),
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
