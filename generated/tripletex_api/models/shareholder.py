from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.country import Country
    from ..models.municipality import Municipality


T = TypeVar("T", bound="Shareholder")


@_attrs_define
class Shareholder:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415

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

        shareholder_number = d.pop("shareholderNumber", UNSET)

        shareholder_name = d.pop("shareholderName", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country.from_dict(_country)

        _municipality = d.pop("municipality", UNSET)
        municipality: Municipality | Unset
        if isinstance(_municipality, Unset):
            municipality = UNSET
        else:
            municipality = Municipality.from_dict(_municipality)

        bank_account_number = d.pop("bankAccountNumber", UNSET)

        starting_year = d.pop("startingYear", UNSET)

        picture_id = d.pop("pictureId", UNSET)

        note = d.pop("note", UNSET)

        is_active = d.pop("isActive", UNSET)

        number_of_shares_last_year = d.pop("numberOfSharesLastYear", UNSET)

        number_of_shares_this_year = d.pop("numberOfSharesThisYear", UNSET)

        ownership_last_year = d.pop("ownershipLastYear", UNSET)

        ownership_this_year = d.pop("ownershipThisYear", UNSET)

        is_deletable = d.pop("isDeletable", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            shareholder_number=shareholder_number,
            shareholder_name=shareholder_name,
            email=email,
            phone_number=phone_number,
            address1=address1,
            address2=address2,
            postal_code=postal_code,
            city=city,
            country=country,
            municipality=municipality,
            bank_account_number=bank_account_number,
            starting_year=starting_year,
            picture_id=picture_id,
            note=note,
            is_active=is_active,
            number_of_shares_last_year=number_of_shares_last_year,
            number_of_shares_this_year=number_of_shares_this_year,
            ownership_last_year=ownership_last_year,
            ownership_this_year=ownership_this_year,
            is_deletable=is_deletable,
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
