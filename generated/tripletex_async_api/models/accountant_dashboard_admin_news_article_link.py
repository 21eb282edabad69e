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
    from ..models.accountant_dashboard_admin_news_article_link_translation import (
        AccountantDashboardAdminNewsArticleLinkTranslation,
    )


T = TypeVar("T", bound="AccountantDashboardAdminNewsArticleLink")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("translations", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AccountantDashboardAdminNewsArticleLink(LazyModel):
    """Link on a news article

    Attributes:
        id (int | Unset): The id of the link
        url (str | Unset): The URL of the link
        translations (list[AccountantDashboardAdminNewsArticleLinkTranslation] | Unset):
    """

    id: int | Unset = UNSET
    url: str | Unset = UNSET
    translations: list[AccountantDashboardAdminNewsArticleLinkTranslation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        url = self.url

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
        if url is not UNSET:
            field_dict["url"] = url
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantDashboardAdminNewsArticleLink from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accountant_dashboard_admin_news_article_link_translation import (
            AccountantDashboardAdminNewsArticleLinkTranslation,  # noqa: PLC0415
        )

        def _p_translations(_tx_v: Any) -> list[AccountantDashboardAdminNewsArticleLinkTranslation] | Unset:
            _translations = _tx_v
            translations: list[AccountantDashboardAdminNewsArticleLinkTranslation] | Unset = UNSET
            if _translations is not UNSET:
                translations = []
                for translations_item_data in _translations:
                    if translations_item_data is None:
                        continue
                    translations_item = AccountantDashboardAdminNewsArticleLinkTranslation._tx_from_json(
                        translations_item_data
                    )

                    translations.append(translations_item)

            return translations

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "url",
                "translations",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "url": ("url", None),
            "translations": ("translations", _p_translations),
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
