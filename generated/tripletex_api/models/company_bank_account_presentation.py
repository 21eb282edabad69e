from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_bank_account_presentation_provider import CompanyBankAccountPresentationProvider
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.country import Country


T = TypeVar("T", bound="CompanyBankAccountPresentation")


@_attrs_define
class CompanyBankAccountPresentation:
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
        from ..models.country import Country  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        iban = d.pop("iban", UNSET)

        bban = d.pop("bban", UNSET)

        bic = d.pop("bic", UNSET)

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country.from_dict(_country)

        _provider = d.pop("provider", UNSET)
        provider: CompanyBankAccountPresentationProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = CompanyBankAccountPresentationProvider(_provider)

        _obj = cls(
            iban=iban,
            bban=bban,
            bic=bic,
            country=country,
            provider=provider,
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
