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
    from ..models.bank_onboarding_dto_locked_currencies_map import BankOnboardingDTOLockedCurrenciesMap
    from ..models.bank_onboarding_step import BankOnboardingStep


T = TypeVar("T", bound="BankOnboardingDTO")


@_attrs_define
class BankOnboardingDTO(Model):
    """
    Attributes:
        steps (list[BankOnboardingStep] | Unset):
        has_full_access (bool | Unset):
        company_orgnr (str | Unset):
        auto_pay_two_fa_enabled (bool | Unset):
        locked_currencies_map (BankOnboardingDTOLockedCurrenciesMap | Unset):
        user_is_auto_pay_provisioned (bool | Unset):
    """

    steps: list[BankOnboardingStep] | Unset = UNSET
    has_full_access: bool | Unset = UNSET
    company_orgnr: str | Unset = UNSET
    auto_pay_two_fa_enabled: bool | Unset = UNSET
    locked_currencies_map: BankOnboardingDTOLockedCurrenciesMap | Unset = UNSET
    user_is_auto_pay_provisioned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.steps
        if _v is not UNSET and not _in_request:
            field_dict["steps"] = [_e.to_dict() for _e in _v]
        _v = self.has_full_access
        if _v is not UNSET and not _in_request:
            field_dict["hasFullAccess"] = _v
        _v = self.company_orgnr
        if _v is not UNSET and not _in_request:
            field_dict["companyOrgnr"] = _v
        _v = self.auto_pay_two_fa_enabled
        if _v is not UNSET and not _in_request:
            field_dict["autoPayTwoFAEnabled"] = _v
        _v = self.locked_currencies_map
        if _v is not UNSET and not _in_request:
            field_dict["lockedCurrenciesMap"] = _v.to_dict()
        _v = self.user_is_auto_pay_provisioned
        if _v is not UNSET and not _in_request:
            field_dict["userIsAutoPayProvisioned"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankOnboardingDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankOnboardingDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.bank_onboarding_dto_locked_currencies_map import BankOnboardingDTOLockedCurrenciesMap  # noqa: PLC0415
        from ..models.bank_onboarding_step import BankOnboardingStep  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "steps",
                "hasFullAccess",
                "companyOrgnr",
                "autoPayTwoFAEnabled",
                "lockedCurrenciesMap",
                "userIsAutoPayProvisioned",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "steps"
                v = g("steps")
                if v is None:
                    o.steps = u
                    if "steps" not in d:
                        m += 1
                else:
                    o.steps = (
                        ([BankOnboardingStep._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("hasFullAccess")
                if v is None:
                    o.has_full_access = u
                    if "hasFullAccess" not in d:
                        m += 1
                else:
                    o.has_full_access = v
                v = g("companyOrgnr")
                if v is None:
                    o.company_orgnr = u
                    if "companyOrgnr" not in d:
                        m += 1
                else:
                    o.company_orgnr = v
                v = g("autoPayTwoFAEnabled")
                if v is None:
                    o.auto_pay_two_fa_enabled = u
                    if "autoPayTwoFAEnabled" not in d:
                        m += 1
                else:
                    o.auto_pay_two_fa_enabled = v
                k = "lockedCurrenciesMap"
                v = g("lockedCurrenciesMap")
                if v is None:
                    o.locked_currencies_map = u
                    if "lockedCurrenciesMap" not in d:
                        m += 1
                else:
                    o.locked_currencies_map = BankOnboardingDTOLockedCurrenciesMap._tx_parse(v)
                v = g("userIsAutoPayProvisioned")
                if v is None:
                    o.user_is_auto_pay_provisioned = u
                    if "userIsAutoPayProvisioned" not in d:
                        m += 1
                else:
                    o.user_is_auto_pay_provisioned = v
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
            ("steps", "steps"),
            ("has_full_access", "hasFullAccess"),
            ("company_orgnr", "companyOrgnr"),
            ("auto_pay_two_fa_enabled", "autoPayTwoFAEnabled"),
            ("locked_currencies_map", "lockedCurrenciesMap"),
            ("user_is_auto_pay_provisioned", "userIsAutoPayProvisioned"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.steps
            o.steps = (
                u
                if v is None or v is u
                else ([BankOnboardingStep._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.has_full_access
            o.has_full_access = u if v is None else v
            v = s.company_orgnr
            o.company_orgnr = u if v is None else v
            v = s.auto_pay_two_fa_enabled
            o.auto_pay_two_fa_enabled = u if v is None else v
            v = s.locked_currencies_map
            o.locked_currencies_map = u if v is None or v is u else BankOnboardingDTOLockedCurrenciesMap._tx_parse(v)
            v = s.user_is_auto_pay_provisioned
            o.user_is_auto_pay_provisioned = u if v is None else v
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
