from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addon_categories_item import AddonCategoriesItem
from ..models.addon_status import AddonStatus
from ..models.addon_visibility import AddonVisibility
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
    from ..models.addon_logo import AddonLogo


T = TypeVar("T", bound="Addon")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("status", str, False),
    ("visibility", str, False),
    ("categories", list, False),
    ("logo", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Addon(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        description = self.description

        short_description = self.short_description

        redirect_url = self.redirect_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_public = self.is_public

        api_consumer_id = self.api_consumer_id

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        link_to_info = self.link_to_info

        partner_name = self.partner_name

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.value
                categories.append(categories_item)

        logo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo, Unset):
            logo = self.logo.to_dict()

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if status is not UNSET:
            field_dict["status"] = status
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if api_consumer_id is not UNSET:
            field_dict["apiConsumerId"] = api_consumer_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if link_to_info is not UNSET:
            field_dict["linkToInfo"] = link_to_info
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if categories is not UNSET:
            field_dict["categories"] = categories
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Addon from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.addon_logo import AddonLogo  # noqa: PLC0415

        def _p_status(_tx_v: Any) -> AddonStatus | Unset:
            _status = _tx_v
            status: AddonStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AddonStatus(_status)

            return status

        def _p_visibility(_tx_v: Any) -> AddonVisibility | Unset:
            _visibility = _tx_v
            visibility: AddonVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                visibility = AddonVisibility(_visibility)

            return visibility

        def _p_categories(_tx_v: Any) -> list[AddonCategoriesItem] | Unset:
            _categories = _tx_v
            categories: list[AddonCategoriesItem] | Unset = UNSET
            if _categories is not UNSET:
                categories = []
                for categories_item_data in _categories:
                    if categories_item_data is None:
                        continue
                    categories_item = AddonCategoriesItem(categories_item_data)

                    categories.append(categories_item)

            return categories

        def _p_logo(_tx_v: Any) -> AddonLogo | Unset:
            _logo = _tx_v
            logo: AddonLogo | Unset
            if isinstance(_logo, Unset):
                logo = UNSET
            else:
                logo = AddonLogo._tx_from_json(_logo)

            return logo

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "description": ("description", None),
            "short_description": ("shortDescription", None),
            "redirect_url": ("redirectUrl", None),
            "status": ("status", _p_status),
            "is_public": ("isPublic", None),
            "api_consumer_id": ("apiConsumerId", None),
            "visibility": ("visibility", _p_visibility),
            "link_to_info": ("linkToInfo", None),
            "partner_name": ("partnerName", None),
            "categories": ("categories", _p_categories),
            "logo": ("logo", _p_logo),
            "active": ("active", None),
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
