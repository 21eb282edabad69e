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
    from ..models.accountant_dashboard_admin_news_article_link import AccountantDashboardAdminNewsArticleLink
    from ..models.accountant_dashboard_admin_news_article_tag import AccountantDashboardAdminNewsArticleTag
    from ..models.accountant_dashboard_admin_news_article_translation import (
        AccountantDashboardAdminNewsArticleTranslation,
    )


T = TypeVar("T", bound="AccountantDashboardAdminNewsArticle")


@_attrs_define
class AccountantDashboardAdminNewsArticle(Model):
    """News article with all tags, links and translations

    Attributes:
        id (int | Unset): The id of the article
        translations (list[AccountantDashboardAdminNewsArticleTranslation] | Unset):
        tags (list[AccountantDashboardAdminNewsArticleTag] | Unset):
        links (list[AccountantDashboardAdminNewsArticleLink] | Unset):
        published (bool | Unset): Whether the article is published
        published_date (str | Unset): The date the article was published
    """

    id: int | Unset = UNSET
    translations: list[AccountantDashboardAdminNewsArticleTranslation] | Unset = UNSET
    tags: list[AccountantDashboardAdminNewsArticleTag] | Unset = UNSET
    links: list[AccountantDashboardAdminNewsArticleLink] | Unset = UNSET
    published: bool | Unset = UNSET
    published_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.translations
        if _v is not UNSET:
            field_dict["translations"] = [_e.to_dict() for _e in _v]
        _v = self.tags
        if _v is not UNSET:
            field_dict["tags"] = [_e.to_dict() for _e in _v]
        _v = self.links
        if _v is not UNSET:
            field_dict["links"] = [_e.to_dict() for _e in _v]
        _v = self.published
        if _v is not UNSET:
            field_dict["published"] = _v
        _v = self.published_date
        if _v is not UNSET and not _in_request:
            field_dict["publishedDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantDashboardAdminNewsArticle from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountantDashboardAdminNewsArticle.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accountant_dashboard_admin_news_article_link import AccountantDashboardAdminNewsArticleLink  # noqa: PLC0415
        from ..models.accountant_dashboard_admin_news_article_tag import AccountantDashboardAdminNewsArticleTag  # noqa: PLC0415
        from ..models.accountant_dashboard_admin_news_article_translation import (
            AccountantDashboardAdminNewsArticleTranslation,  # noqa: PLC0415
        )

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "translations",
                "tags",
                "links",
                "published",
                "publishedDate",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                k = "translations"
                v = g("translations")
                if v is None:
                    o.translations = u
                    if "translations" not in d:
                        m += 1
                else:
                    o.translations = (
                        (
                            [AccountantDashboardAdminNewsArticleTranslation._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "tags"
                v = g("tags")
                if v is None:
                    o.tags = u
                    if "tags" not in d:
                        m += 1
                else:
                    o.tags = (
                        ([AccountantDashboardAdminNewsArticleTag._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "links"
                v = g("links")
                if v is None:
                    o.links = u
                    if "links" not in d:
                        m += 1
                else:
                    o.links = (
                        (
                            [AccountantDashboardAdminNewsArticleLink._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("published")
                if v is None:
                    o.published = u
                    if "published" not in d:
                        m += 1
                else:
                    o.published = v
                v = g("publishedDate")
                if v is None:
                    o.published_date = u
                    if "publishedDate" not in d:
                        m += 1
                else:
                    o.published_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("translations", "translations"),
            ("tags", "tags"),
            ("links", "links"),
            ("published", "published"),
            ("published_date", "publishedDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.translations
            o.translations = (
                u
                if v is None or v is u
                else (
                    [AccountantDashboardAdminNewsArticleTranslation._tx_parse(e) for e in v if e is not None]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.tags
            o.tags = (
                u
                if v is None or v is u
                else ([AccountantDashboardAdminNewsArticleTag._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.links
            o.links = (
                u
                if v is None or v is u
                else ([AccountantDashboardAdminNewsArticleLink._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.published
            o.published = u if v is None else v
            v = s.published_date
            o.published_date = u if v is None else v
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
