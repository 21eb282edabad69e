from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.accountant_dashboard_admin_news_article_tag_translation import (
        AccountantDashboardAdminNewsArticleTagTranslation,
    )


T = TypeVar("T", bound="AccountantDashboardAdminNewsArticleTag")


@_attrs_define
class AccountantDashboardAdminNewsArticleTag:
    """Tag on a news article

    Attributes:
        id (int | Unset): The id of the tag
        translations (list[AccountantDashboardAdminNewsArticleTagTranslation] | Unset):
    """

    id: int | Unset = UNSET
    translations: list[AccountantDashboardAdminNewsArticleTagTranslation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.accountant_dashboard_admin_news_article_tag_translation import (
            AccountantDashboardAdminNewsArticleTagTranslation,  # noqa: PLC0415
        )

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[AccountantDashboardAdminNewsArticleTagTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                if translations_item_data is None:
                    continue
                translations_item = AccountantDashboardAdminNewsArticleTagTranslation.from_dict(translations_item_data)

                translations.append(translations_item)

        _obj = cls(
            id=id,
            translations=translations,
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
