from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.country import Country
    from ..models.municipality import Municipality


T = TypeVar("T", bound="Shareholder")


@_attrs_define
class Shareholder(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        is_active (bool | Unset): The shareholder is active.
        number_of_shares_last_year (float | Unset):
        number_of_shares_this_year (float | Unset):
        ownership_last_year (float | Unset):
        ownership_this_year (float | Unset):
        is_deletable (bool | Unset): The shareholder is active.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.shareholder_number
        if _v is not UNSET:
            field_dict["shareholderNumber"] = _v
        _v = self.shareholder_name
        if _v is not UNSET:
            field_dict["shareholderName"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.phone_number
        if _v is not UNSET:
            field_dict["phoneNumber"] = _v
        _v = self.address1
        if _v is not UNSET:
            field_dict["address1"] = _v
        _v = self.address2
        if _v is not UNSET:
            field_dict["address2"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.city
        if _v is not UNSET:
            field_dict["city"] = _v
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v.to_dict()
        _v = self.municipality
        if _v is not UNSET:
            field_dict["municipality"] = _v.to_dict()
        _v = self.bank_account_number
        if _v is not UNSET:
            field_dict["bankAccountNumber"] = _v
        _v = self.starting_year
        if _v is not UNSET:
            field_dict["startingYear"] = _v
        _v = self.picture_id
        if _v is not UNSET:
            field_dict["pictureId"] = _v
        _v = self.note
        if _v is not UNSET:
            field_dict["note"] = _v
        _v = self.is_active
        if _v is not UNSET and not _in_request:
            field_dict["isActive"] = _v
        _v = self.number_of_shares_last_year
        if _v is not UNSET and not _in_request:
            field_dict["numberOfSharesLastYear"] = _v
        _v = self.number_of_shares_this_year
        if _v is not UNSET and not _in_request:
            field_dict["numberOfSharesThisYear"] = _v
        _v = self.ownership_last_year
        if _v is not UNSET and not _in_request:
            field_dict["ownershipLastYear"] = _v
        _v = self.ownership_this_year
        if _v is not UNSET and not _in_request:
            field_dict["ownershipThisYear"] = _v
        _v = self.is_deletable
        if _v is not UNSET and not _in_request:
            field_dict["isDeletable"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Shareholder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Shareholder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "shareholderNumber": "shareholder_number",
            "shareholderName": "shareholder_name",
            "email": "email",
            "phoneNumber": "phone_number",
            "address1": "address1",
            "address2": "address2",
            "postalCode": "postal_code",
            "city": "city",
            "bankAccountNumber": "bank_account_number",
            "startingYear": "starting_year",
            "pictureId": "picture_id",
            "note": "note",
            "isActive": "is_active",
            "numberOfSharesLastYear": "number_of_shares_last_year",
            "numberOfSharesThisYear": "number_of_shares_this_year",
            "ownershipLastYear": "ownership_last_year",
            "ownershipThisYear": "ownership_this_year",
            "isDeletable": "is_deletable",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.shareholder_number = o.shareholder_name = o.email = (
                        o.phone_number
                    ) = o.address1 = o.address2 = o.postal_code = o.city = o.country = o.municipality = (
                        o.bank_account_number
                    ) = o.starting_year = o.picture_id = o.note = o.is_active = o.number_of_shares_last_year = (
                        o.number_of_shares_this_year
                    ) = o.ownership_last_year = o.ownership_this_year = o.is_deletable = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.shareholder_number = o.shareholder_name = o.email = (
                        o.phone_number
                    ) = o.address1 = o.address2 = o.postal_code = o.city = o.country = o.municipality = (
                        o.bank_account_number
                    ) = o.starting_year = o.picture_id = o.note = o.is_active = o.number_of_shares_last_year = (
                        o.number_of_shares_this_year
                    ) = o.ownership_last_year = o.ownership_this_year = o.is_deletable = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("shareholderNumber")
                if v is None:
                    o.shareholder_number = u
                    if "shareholderNumber" not in d:
                        m += 1
                else:
                    o.shareholder_number = v
                v = g("shareholderName")
                if v is None:
                    o.shareholder_name = u
                    if "shareholderName" not in d:
                        m += 1
                else:
                    o.shareholder_name = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("phoneNumber")
                if v is None:
                    o.phone_number = u
                    if "phoneNumber" not in d:
                        m += 1
                else:
                    o.phone_number = v
                v = g("address1")
                if v is None:
                    o.address1 = u
                    if "address1" not in d:
                        m += 1
                else:
                    o.address1 = v
                v = g("address2")
                if v is None:
                    o.address2 = u
                    if "address2" not in d:
                        m += 1
                else:
                    o.address2 = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("city")
                if v is None:
                    o.city = u
                    if "city" not in d:
                        m += 1
                else:
                    o.city = v
                k = "country"
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = Country._tx_parse(v)
                k = "municipality"
                v = g("municipality")
                if v is None:
                    o.municipality = u
                    if "municipality" not in d:
                        m += 1
                else:
                    o.municipality = Municipality._tx_parse(v)
                v = g("bankAccountNumber")
                if v is None:
                    o.bank_account_number = u
                    if "bankAccountNumber" not in d:
                        m += 1
                else:
                    o.bank_account_number = v
                v = g("startingYear")
                if v is None:
                    o.starting_year = u
                    if "startingYear" not in d:
                        m += 1
                else:
                    o.starting_year = v
                v = g("pictureId")
                if v is None:
                    o.picture_id = u
                    if "pictureId" not in d:
                        m += 1
                else:
                    o.picture_id = v
                v = g("note")
                if v is None:
                    o.note = u
                    if "note" not in d:
                        m += 1
                else:
                    o.note = v
                v = g("isActive")
                if v is None:
                    o.is_active = u
                    if "isActive" not in d:
                        m += 1
                else:
                    o.is_active = v
                v = g("numberOfSharesLastYear")
                if v is None:
                    o.number_of_shares_last_year = u
                    if "numberOfSharesLastYear" not in d:
                        m += 1
                else:
                    o.number_of_shares_last_year = v
                v = g("numberOfSharesThisYear")
                if v is None:
                    o.number_of_shares_this_year = u
                    if "numberOfSharesThisYear" not in d:
                        m += 1
                else:
                    o.number_of_shares_this_year = v
                v = g("ownershipLastYear")
                if v is None:
                    o.ownership_last_year = u
                    if "ownershipLastYear" not in d:
                        m += 1
                else:
                    o.ownership_last_year = v
                v = g("ownershipThisYear")
                if v is None:
                    o.ownership_this_year = u
                    if "ownershipThisYear" not in d:
                        m += 1
                else:
                    o.ownership_this_year = v
                v = g("isDeletable")
                if v is None:
                    o.is_deletable = u
                    if "isDeletable" not in d:
                        m += 1
                else:
                    o.is_deletable = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 24 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("shareholder_number", "shareholderNumber"),
            ("shareholder_name", "shareholderName"),
            ("email", "email"),
            ("phone_number", "phoneNumber"),
            ("address1", "address1"),
            ("address2", "address2"),
            ("postal_code", "postalCode"),
            ("city", "city"),
            ("country", "country"),
            ("municipality", "municipality"),
            ("bank_account_number", "bankAccountNumber"),
            ("starting_year", "startingYear"),
            ("picture_id", "pictureId"),
            ("note", "note"),
            ("is_active", "isActive"),
            ("number_of_shares_last_year", "numberOfSharesLastYear"),
            ("number_of_shares_this_year", "numberOfSharesThisYear"),
            ("ownership_last_year", "ownershipLastYear"),
            ("ownership_this_year", "ownershipThisYear"),
            ("is_deletable", "isDeletable"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.shareholder_number
            o.shareholder_number = u if v is None else v
            v = s.shareholder_name
            o.shareholder_name = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.address1
            o.address1 = u if v is None else v
            v = s.address2
            o.address2 = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.city
            o.city = u if v is None else v
            v = s.country
            o.country = u if v is None or v is u else Country._tx_parse(v)
            v = s.municipality
            o.municipality = u if v is None or v is u else Municipality._tx_parse(v)
            v = s.bank_account_number
            o.bank_account_number = u if v is None else v
            v = s.starting_year
            o.starting_year = u if v is None else v
            v = s.picture_id
            o.picture_id = u if v is None else v
            v = s.note
            o.note = u if v is None else v
            v = s.is_active
            o.is_active = u if v is None else v
            v = s.number_of_shares_last_year
            o.number_of_shares_last_year = u if v is None else v
            v = s.number_of_shares_this_year
            o.number_of_shares_this_year = u if v is None else v
            v = s.ownership_last_year
            o.ownership_last_year = u if v is None else v
            v = s.ownership_this_year
            o.ownership_this_year = u if v is None else v
            v = s.is_deletable
            o.is_deletable = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
