from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addon_categories_item import AddonCategoriesItem
from ..models.addon_status import AddonStatus
from ..models.addon_visibility import AddonVisibility
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.addon_logo import AddonLogo


T = TypeVar("T", bound="Addon")


@_attrs_define
class Addon(Model):
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        short_description (str | Unset):
        redirect_url (str | Unset):
        status (AddonStatus | Unset):
        is_public (bool | Unset):
        api_consumer_id (int | Unset):
        visibility (AddonVisibility | Unset):
        link_to_info (str | Unset):
        partner_name (str | Unset):
        categories (list[AddonCategoriesItem] | Unset):
        logo (AddonLogo | Unset):
        active (bool | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    short_description: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    status: AddonStatus | Unset = UNSET
    is_public: bool | Unset = UNSET
    api_consumer_id: int | Unset = UNSET
    visibility: AddonVisibility | Unset = UNSET
    link_to_info: str | Unset = UNSET
    partner_name: str | Unset = UNSET
    categories: list[AddonCategoriesItem] | Unset = UNSET
    logo: AddonLogo | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.short_description
        if _v is not UNSET:
            field_dict["shortDescription"] = _v
        _v = self.redirect_url
        if _v is not UNSET:
            field_dict["redirectUrl"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.is_public
        if _v is not UNSET:
            field_dict["isPublic"] = _v
        _v = self.api_consumer_id
        if _v is not UNSET:
            field_dict["apiConsumerId"] = _v
        _v = self.visibility
        if _v is not UNSET:
            field_dict["visibility"] = _v._value_
        _v = self.link_to_info
        if _v is not UNSET:
            field_dict["linkToInfo"] = _v
        _v = self.partner_name
        if _v is not UNSET:
            field_dict["partnerName"] = _v
        _v = self.categories
        if _v is not UNSET:
            field_dict["categories"] = [_e._value_ for _e in _v]
        _v = self.logo
        if _v is not UNSET:
            field_dict["logo"] = _v.to_dict()
        _v = self.active
        if _v is not UNSET:
            field_dict["active"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Addon from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Addon.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.addon_logo import AddonLogo  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(AddonStatus)
        _e_visibility: dict[Any, Any] = enum_members(AddonVisibility)
        _e_categories: dict[Any, Any] = enum_members(AddonCategoriesItem)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "description",
                "shortDescription",
                "redirectUrl",
                "status",
                "isPublic",
                "apiConsumerId",
                "visibility",
                "linkToInfo",
                "partnerName",
                "categories",
                "logo",
                "active",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "name": "name",
            "description": "description",
            "shortDescription": "short_description",
            "redirectUrl": "redirect_url",
            "isPublic": "is_public",
            "apiConsumerId": "api_consumer_id",
            "linkToInfo": "link_to_info",
            "partnerName": "partner_name",
            "active": "active",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.name = o.description = o.short_description = o.redirect_url = o.status = o.is_public = (
                        o.api_consumer_id
                    ) = o.visibility = o.link_to_info = o.partner_name = o.categories = o.logo = o.active = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("shortDescription")
                if v is None:
                    o.short_description = u
                    if "shortDescription" not in d:
                        m += 1
                else:
                    o.short_description = v
                v = g("redirectUrl")
                if v is None:
                    o.redirect_url = u
                    if "redirectUrl" not in d:
                        m += 1
                else:
                    o.redirect_url = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(AddonStatus, v)
                v = g("isPublic")
                if v is None:
                    o.is_public = u
                    if "isPublic" not in d:
                        m += 1
                else:
                    o.is_public = v
                v = g("apiConsumerId")
                if v is None:
                    o.api_consumer_id = u
                    if "apiConsumerId" not in d:
                        m += 1
                else:
                    o.api_consumer_id = v
                k = "visibility"
                v = g("visibility")
                if v is None:
                    o.visibility = u
                    if "visibility" not in d:
                        m += 1
                else:
                    o.visibility = e_ if (e_ := _e_visibility.get(v)) is not None else enum_value(AddonVisibility, v)
                v = g("linkToInfo")
                if v is None:
                    o.link_to_info = u
                    if "linkToInfo" not in d:
                        m += 1
                else:
                    o.link_to_info = v
                v = g("partnerName")
                if v is None:
                    o.partner_name = u
                    if "partnerName" not in d:
                        m += 1
                else:
                    o.partner_name = v
                k = "categories"
                v = g("categories")
                if v is None:
                    o.categories = u
                    if "categories" not in d:
                        m += 1
                else:
                    o.categories = (
                        (
                            [
                                e_ if (e_ := _e_categories.get(e)) is not None else enum_value(AddonCategoriesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "logo"
                v = g("logo")
                if v is None:
                    o.logo = u
                    if "logo" not in d:
                        m += 1
                else:
                    o.logo = AddonLogo._tx_parse(v)
                v = g("active")
                if v is None:
                    o.active = u
                    if "active" not in d:
                        m += 1
                else:
                    o.active = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name", "name"),
            ("description", "description"),
            ("short_description", "shortDescription"),
            ("redirect_url", "redirectUrl"),
            ("status", "status"),
            ("is_public", "isPublic"),
            ("api_consumer_id", "apiConsumerId"),
            ("visibility", "visibility"),
            ("link_to_info", "linkToInfo"),
            ("partner_name", "partnerName"),
            ("categories", "categories"),
            ("logo", "logo"),
            ("active", "active"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.short_description
            o.short_description = u if v is None else v
            v = s.redirect_url
            o.redirect_url = u if v is None else v
            v = s.status
            o.status = (
                u if v is None or v is u else e_ if (e_ := _e_status.get(v)) is not None else enum_value(AddonStatus, v)
            )
            v = s.is_public
            o.is_public = u if v is None else v
            v = s.api_consumer_id
            o.api_consumer_id = u if v is None else v
            v = s.visibility
            o.visibility = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_visibility.get(v)) is not None
                else enum_value(AddonVisibility, v)
            )
            v = s.link_to_info
            o.link_to_info = u if v is None else v
            v = s.partner_name
            o.partner_name = u if v is None else v
            v = s.categories
            o.categories = (
                u
                if v is None or v is u
                else (
                    [
                        e_ if (e_ := _e_categories.get(e)) is not None else enum_value(AddonCategoriesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.logo
            o.logo = u if v is None or v is u else AddonLogo._tx_parse(v)
            v = s.active
            o.active = u if v is None else v
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
