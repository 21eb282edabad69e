from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addon_categories_item import AddonCategoriesItem
from ..models.addon_status import AddonStatus
from ..models.addon_visibility import AddonVisibility
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.addon_logo import AddonLogo


T = TypeVar("T", bound="Addon")


@_attrs_define
class Addon:
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
        from ..models.addon_logo import AddonLogo  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        _status = d.pop("status", UNSET)
        status: AddonStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AddonStatus(_status)

        is_public = d.pop("isPublic", UNSET)

        api_consumer_id = d.pop("apiConsumerId", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: AddonVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = AddonVisibility(_visibility)

        link_to_info = d.pop("linkToInfo", UNSET)

        partner_name = d.pop("partnerName", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[AddonCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                if categories_item_data is None:
                    continue
                categories_item = AddonCategoriesItem(categories_item_data)

                categories.append(categories_item)

        _logo = d.pop("logo", UNSET)
        logo: AddonLogo | Unset
        if isinstance(_logo, Unset):
            logo = UNSET
        else:
            logo = AddonLogo.from_dict(_logo)

        active = d.pop("active", UNSET)

        _obj = cls(
            id=id,
            name=name,
            description=description,
            short_description=short_description,
            redirect_url=redirect_url,
            status=status,
            is_public=is_public,
            api_consumer_id=api_consumer_id,
            visibility=visibility,
            link_to_info=link_to_info,
            partner_name=partner_name,
            categories=categories,
            logo=logo,
            active=active,
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
