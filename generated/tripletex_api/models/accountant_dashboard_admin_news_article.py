from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.accountant_dashboard_admin_news_article_link import AccountantDashboardAdminNewsArticleLink
    from ..models.accountant_dashboard_admin_news_article_tag import AccountantDashboardAdminNewsArticleTag
    from ..models.accountant_dashboard_admin_news_article_translation import (
        AccountantDashboardAdminNewsArticleTranslation,
    )


T = TypeVar("T", bound="AccountantDashboardAdminNewsArticle")


@_attrs_define
class AccountantDashboardAdminNewsArticle:
    """News article with all tags, links and translations

    Attributes:
        id (int | Unset): The id of the article
        translations (list[AccountantDashboardAdminNewsArticleTranslation] | Unset):
        tags (list[AccountantDashboardAdminNewsArticleTag] | Unset):
        links (list[AccountantDashboardAdminNewsArticleLink] | Unset):
        published (bool | Unset): Whether the article is published
        published_date (str | Unset): [read-only] The date the article was published
    """

    id: int | Unset = UNSET
    translations: list[AccountantDashboardAdminNewsArticleTranslation] | Unset = UNSET
    tags: list[AccountantDashboardAdminNewsArticleTag] | Unset = UNSET
    links: list[AccountantDashboardAdminNewsArticleLink] | Unset = UNSET
    published: bool | Unset = UNSET
    published_date: str | Unset = UNSET
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

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        published = self.published

        published_date = self.published_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if translations is not UNSET:
            field_dict["translations"] = translations
        if tags is not UNSET:
            field_dict["tags"] = tags
        if links is not UNSET:
            field_dict["links"] = links
        if published is not UNSET:
            field_dict["published"] = published
        if published_date is not UNSET and not _in_request:
            field_dict["publishedDate"] = published_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.accountant_dashboard_admin_news_article_link import AccountantDashboardAdminNewsArticleLink  # noqa: PLC0415
        from ..models.accountant_dashboard_admin_news_article_tag import AccountantDashboardAdminNewsArticleTag  # noqa: PLC0415
        from ..models.accountant_dashboard_admin_news_article_translation import (
            AccountantDashboardAdminNewsArticleTranslation,  # noqa: PLC0415
        )

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[AccountantDashboardAdminNewsArticleTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                if translations_item_data is None:
                    continue
                translations_item = AccountantDashboardAdminNewsArticleTranslation.from_dict(translations_item_data)

                translations.append(translations_item)

        _tags = d.pop("tags", UNSET)
        tags: list[AccountantDashboardAdminNewsArticleTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                if tags_item_data is None:
                    continue
                tags_item = AccountantDashboardAdminNewsArticleTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _links = d.pop("links", UNSET)
        links: list[AccountantDashboardAdminNewsArticleLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                if links_item_data is None:
                    continue
                links_item = AccountantDashboardAdminNewsArticleLink.from_dict(links_item_data)

                links.append(links_item)

        published = d.pop("published", UNSET)

        published_date = d.pop("publishedDate", UNSET)

        _obj = cls(
            id=id,
            translations=translations,
            tags=tags,
            links=links,
            published=published,
            published_date=published_date,
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
