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
    from ..models.accountant_dashboard_admin_news_article_link import AccountantDashboardAdminNewsArticleLink
    from ..models.accountant_dashboard_admin_news_article_tag import AccountantDashboardAdminNewsArticleTag
    from ..models.accountant_dashboard_admin_news_article_translation import (
        AccountantDashboardAdminNewsArticleTranslation,
    )


T = TypeVar("T", bound="AccountantDashboardAdminNewsArticle")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("translations", list, False),
    ("tags", list, False),
    ("links", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountantDashboardAdminNewsArticle(LazyModel):
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
        self._tx_load()
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
        """A AccountantDashboardAdminNewsArticle from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accountant_dashboard_admin_news_article_link import AccountantDashboardAdminNewsArticleLink  # noqa: PLC0415
        from ..models.accountant_dashboard_admin_news_article_tag import AccountantDashboardAdminNewsArticleTag  # noqa: PLC0415
        from ..models.accountant_dashboard_admin_news_article_translation import (
            AccountantDashboardAdminNewsArticleTranslation,  # noqa: PLC0415
        )

        def _p_translations(_tx_v: Any) -> list[AccountantDashboardAdminNewsArticleTranslation] | Unset:
            _translations = _tx_v
            translations: list[AccountantDashboardAdminNewsArticleTranslation] | Unset = UNSET
            if _translations is not UNSET:
                translations = []
                for translations_item_data in _translations:
                    if translations_item_data is None:
                        continue
                    translations_item = AccountantDashboardAdminNewsArticleTranslation._tx_from_json(
                        translations_item_data
                    )

                    translations.append(translations_item)

            return translations

        def _p_tags(_tx_v: Any) -> list[AccountantDashboardAdminNewsArticleTag] | Unset:
            _tags = _tx_v
            tags: list[AccountantDashboardAdminNewsArticleTag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    if tags_item_data is None:
                        continue
                    tags_item = AccountantDashboardAdminNewsArticleTag._tx_from_json(tags_item_data)

                    tags.append(tags_item)

            return tags

        def _p_links(_tx_v: Any) -> list[AccountantDashboardAdminNewsArticleLink] | Unset:
            _links = _tx_v
            links: list[AccountantDashboardAdminNewsArticleLink] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    if links_item_data is None:
                        continue
                    links_item = AccountantDashboardAdminNewsArticleLink._tx_from_json(links_item_data)

                    links.append(links_item)

            return links

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "translations",
                "tags",
                "links",
                "published",
                "publishedDate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "translations": ("translations", _p_translations),
            "tags": ("tags", _p_tags),
            "links": ("links", _p_links),
            "published": ("published", None),
            "published_date": ("publishedDate", None),
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
