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
    from ..models.accountant_dashboard_public_news_article_link import AccountantDashboardPublicNewsArticleLink


T = TypeVar("T", bound="AccountantDashboardPublicNewsArticle")


@_attrs_define
class AccountantDashboardPublicNewsArticle(Model):
    """
    Attributes:
        title (str | Unset): The title of the article
        content (str | Unset): The text content of the article
        tags (list[str] | Unset):
        links (list[AccountantDashboardPublicNewsArticleLink] | Unset):
        published_date (str | Unset): The date the article was published
    """

    title: str | Unset = UNSET
    content: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    links: list[AccountantDashboardPublicNewsArticleLink] | Unset = UNSET
    published_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.content
        if _v is not UNSET and not _in_request:
            field_dict["content"] = _v
        _v = self.tags
        if _v is not UNSET and not _in_request:
            field_dict["tags"] = _v
        _v = self.links
        if _v is not UNSET and not _in_request:
            field_dict["links"] = [_e.to_dict() for _e in _v]
        _v = self.published_date
        if _v is not UNSET and not _in_request:
            field_dict["publishedDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantDashboardPublicNewsArticle from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountantDashboardPublicNewsArticle.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accountant_dashboard_public_news_article_link import AccountantDashboardPublicNewsArticleLink  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "title",
                "content",
                "tags",
                "links",
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
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("content")
                if v is None:
                    o.content = u
                    if "content" not in d:
                        m += 1
                else:
                    o.content = v
                k = "tags"
                v = g("tags")
                if v is None:
                    o.tags = u
                    if "tags" not in d:
                        m += 1
                else:
                    o.tags = v
                k = "links"
                v = g("links")
                if v is None:
                    o.links = u
                    if "links" not in d:
                        m += 1
                else:
                    o.links = (
                        (
                            [AccountantDashboardPublicNewsArticleLink._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("publishedDate")
                if v is None:
                    o.published_date = u
                    if "publishedDate" not in d:
                        m += 1
                else:
                    o.published_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("title", "title"),
            ("content", "content"),
            ("tags", "tags"),
            ("links", "links"),
            ("published_date", "publishedDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.title
            o.title = u if v is None else v
            v = s.content
            o.content = u if v is None else v
            v = s.tags
            o.tags = u if v is None or v is u else v
            v = s.links
            o.links = (
                u
                if v is None or v is u
                else ([AccountantDashboardPublicNewsArticleLink._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
