from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_bank_account_presentation_provider import CompanyBankAccountPresentationProvider
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
    from ..models.country import Country


T = TypeVar("T", bound="CompanyBankAccountPresentation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("country", dict, False),
    ("provider", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CompanyBankAccountPresentation(LazyModel):
    """List of bankAccount for this supplier

    Attributes:
        iban (str | Unset): Iban-number
        bban (str | Unset): Bban-number
        bic (str | Unset): BIC/SWIFT for this bankaccount
        country (Country | Unset):
        provider (CompanyBankAccountPresentationProvider | Unset): [read-only]
    """

    iban: str | Unset = UNSET
    bban: str | Unset = UNSET
    bic: str | Unset = UNSET
    country: Country | Unset = UNSET
    provider: CompanyBankAccountPresentationProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        iban = self.iban

        bban = self.bban

        bic = self.bic

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bban is not UNSET:
            field_dict["bban"] = bban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if country is not UNSET:
            field_dict["country"] = country
        if provider is not UNSET and not _in_request:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyBankAccountPresentation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.country import Country  # noqa: PLC0415

        def _p_country(_tx_v: Any) -> Country | Unset:
            _country = _tx_v
            country: Country | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = Country._tx_from_json(_country)

            return country

        def _p_provider(_tx_v: Any) -> CompanyBankAccountPresentationProvider | Unset:
            _provider = _tx_v
            provider: CompanyBankAccountPresentationProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = CompanyBankAccountPresentationProvider(_provider)

            return provider

        _tx_known: frozenset[str] = frozenset(
            (
                "iban",
                "bban",
                "bic",
                "country",
                "provider",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "iban": ("iban", None),
            "bban": ("bban", None),
            "bic": ("bic", None),
            "country": ("country", _p_country),
            "provider": ("provider", _p_provider),
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
