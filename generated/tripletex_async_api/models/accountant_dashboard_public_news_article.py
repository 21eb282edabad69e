from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.accountant_dashboard_public_news_article_link import AccountantDashboardPublicNewsArticleLink


T = TypeVar("T", bound="AccountantDashboardPublicNewsArticle")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("tags", list, False),
    ("links", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountantDashboardPublicNewsArticle(LazyModel):
    """
    Attributes:
        title (str | Unset): [read-only] The title of the article
        content (str | Unset): [read-only] The text content of the article
        tags (list[str] | Unset): [read-only]
        links (list[AccountantDashboardPublicNewsArticleLink] | Unset): [read-only]
        published_date (str | Unset): [read-only] The date the article was published
    """

    title: str | Unset = UNSET
    content: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    links: list[AccountantDashboardPublicNewsArticleLink] | Unset = UNSET
    published_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        title = self.title

        content = self.content

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        published_date = self.published_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if content is not UNSET and not _in_request:
            field_dict["content"] = content
        if tags is not UNSET and not _in_request:
            field_dict["tags"] = tags
        if links is not UNSET and not _in_request:
            field_dict["links"] = links
        if published_date is not UNSET and not _in_request:
            field_dict["publishedDate"] = published_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantDashboardPublicNewsArticle from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accountant_dashboard_public_news_article_link import AccountantDashboardPublicNewsArticleLink  # noqa: PLC0415

        def _p_tags(_tx_v: Any) -> list[str] | Unset:
            tags = cast(list[str], _tx_v)

            return tags

        def _p_links(_tx_v: Any) -> list[AccountantDashboardPublicNewsArticleLink] | Unset:
            _links = _tx_v
            links: list[AccountantDashboardPublicNewsArticleLink] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    if links_item_data is None:
                        continue
                    links_item = AccountantDashboardPublicNewsArticleLink._tx_from_json(links_item_data)

                    links.append(links_item)

            return links

        _tx_known: frozenset[str] = frozenset(
            (
                "title",
                "content",
                "tags",
                "links",
                "publishedDate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "title": ("title", None),
            "content": ("content", None),
            "tags": ("tags", _p_tags),
            "links": ("links", _p_links),
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
