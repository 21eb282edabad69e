from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_bank_account_presentation_provider import CompanyBankAccountPresentationProvider
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.country import Country


T = TypeVar("T", bound="CompanyBankAccountPresentation")


@_attrs_define
class CompanyBankAccountPresentation(Model):
    """List of bankAccount for this supplier

    Attributes:
        iban (str | Unset): Iban-number
        bban (str | Unset): Bban-number
        bic (str | Unset): BIC/SWIFT for this bankaccount
        country (Country | Unset):
        provider (CompanyBankAccountPresentationProvider | Unset):
    """

    iban: str | Unset = UNSET
    bban: str | Unset = UNSET
    bic: str | Unset = UNSET
    country: Country | Unset = UNSET
    provider: CompanyBankAccountPresentationProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.iban
        if _v is not UNSET:
            field_dict["iban"] = _v
        _v = self.bban
        if _v is not UNSET:
            field_dict["bban"] = _v
        _v = self.bic
        if _v is not UNSET:
            field_dict["bic"] = _v
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v.to_dict()
        _v = self.provider
        if _v is not UNSET and not _in_request:
            field_dict["provider"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyBankAccountPresentation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyBankAccountPresentation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.country import Country  # noqa: PLC0415

        _new = object.__new__
        _e_provider: dict[Any, Any] = enum_members(CompanyBankAccountPresentationProvider)
        _known: frozenset[str] = frozenset(
            (
                "iban",
                "bban",
                "bic",
                "country",
                "provider",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("iban")
                if v is None:
                    o.iban = u
                    if "iban" not in d:
                        m += 1
                else:
                    o.iban = v
                v = g("bban")
                if v is None:
                    o.bban = u
                    if "bban" not in d:
                        m += 1
                else:
                    o.bban = v
                v = g("bic")
                if v is None:
                    o.bic = u
                    if "bic" not in d:
                        m += 1
                else:
                    o.bic = v
                k = "country"
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = Country._tx_parse(v)
                k = "provider"
                v = g("provider")
                if v is None:
                    o.provider = u
                    if "provider" not in d:
                        m += 1
                else:
                    o.provider = (
                        e_
                        if (e_ := _e_provider.get(v)) is not None
                        else enum_value(CompanyBankAccountPresentationProvider, v)
                    )
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
            ("iban", "iban"),
            ("bban", "bban"),
            ("bic", "bic"),
            ("country", "country"),
            ("provider", "provider"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.iban
            o.iban = u if v is None else v
            v = s.bban
            o.bban = u if v is None else v
            v = s.bic
            o.bic = u if v is None else v
            v = s.country
            o.country = u if v is None or v is u else Country._tx_parse(v)
            v = s.provider
            o.provider = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_provider.get(v)) is not None
                else enum_value(CompanyBankAccountPresentationProvider, v)
            )
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
