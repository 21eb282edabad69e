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
    from ..models.bank_onboarding_dto_locked_currencies_map import BankOnboardingDTOLockedCurrenciesMap
    from ..models.bank_onboarding_step import BankOnboardingStep


T = TypeVar("T", bound="BankOnboardingDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("steps", list, False),
    ("lockedCurrenciesMap", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankOnboardingDTO(LazyModel):
    """
    Attributes:
        steps (list[BankOnboardingStep] | Unset): [read-only]
        has_full_access (bool | Unset): [read-only]
        company_orgnr (str | Unset): [read-only]
        auto_pay_two_fa_enabled (bool | Unset): [read-only]
        locked_currencies_map (BankOnboardingDTOLockedCurrenciesMap | Unset): [read-only]
        user_is_auto_pay_provisioned (bool | Unset): [read-only]
    """

    steps: list[BankOnboardingStep] | Unset = UNSET
    has_full_access: bool | Unset = UNSET
    company_orgnr: str | Unset = UNSET
    auto_pay_two_fa_enabled: bool | Unset = UNSET
    locked_currencies_map: BankOnboardingDTOLockedCurrenciesMap | Unset = UNSET
    user_is_auto_pay_provisioned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        has_full_access = self.has_full_access

        company_orgnr = self.company_orgnr

        auto_pay_two_fa_enabled = self.auto_pay_two_fa_enabled

        locked_currencies_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locked_currencies_map, Unset):
            locked_currencies_map = self.locked_currencies_map.to_dict()

        user_is_auto_pay_provisioned = self.user_is_auto_pay_provisioned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET and not _in_request:
            field_dict["steps"] = steps
        if has_full_access is not UNSET and not _in_request:
            field_dict["hasFullAccess"] = has_full_access
        if company_orgnr is not UNSET and not _in_request:
            field_dict["companyOrgnr"] = company_orgnr
        if auto_pay_two_fa_enabled is not UNSET and not _in_request:
            field_dict["autoPayTwoFAEnabled"] = auto_pay_two_fa_enabled
        if locked_currencies_map is not UNSET and not _in_request:
            field_dict["lockedCurrenciesMap"] = locked_currencies_map
        if user_is_auto_pay_provisioned is not UNSET and not _in_request:
            field_dict["userIsAutoPayProvisioned"] = user_is_auto_pay_provisioned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankOnboardingDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.bank_onboarding_dto_locked_currencies_map import BankOnboardingDTOLockedCurrenciesMap  # noqa: PLC0415
        from ..models.bank_onboarding_step import BankOnboardingStep  # noqa: PLC0415

        def _p_steps(_tx_v: Any) -> list[BankOnboardingStep] | Unset:
            _steps = _tx_v
            steps: list[BankOnboardingStep] | Unset = UNSET
            if _steps is not UNSET:
                steps = []
                for steps_item_data in _steps:
                    if steps_item_data is None:
                        continue
                    steps_item = BankOnboardingStep._tx_from_json(steps_item_data)

                    steps.append(steps_item)

            return steps

        def _p_locked_currencies_map(_tx_v: Any) -> BankOnboardingDTOLockedCurrenciesMap | Unset:
            _locked_currencies_map = _tx_v
            locked_currencies_map: BankOnboardingDTOLockedCurrenciesMap | Unset
            if isinstance(_locked_currencies_map, Unset):
                locked_currencies_map = UNSET
            else:
                locked_currencies_map = BankOnboardingDTOLockedCurrenciesMap._tx_from_json(_locked_currencies_map)

            return locked_currencies_map

        _tx_known: frozenset[str] = frozenset(
            (
                "steps",
                "hasFullAccess",
                "companyOrgnr",
                "autoPayTwoFAEnabled",
                "lockedCurrenciesMap",
                "userIsAutoPayProvisioned",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "steps": ("steps", _p_steps),
            "has_full_access": ("hasFullAccess", None),
            "company_orgnr": ("companyOrgnr", None),
            "auto_pay_two_fa_enabled": ("autoPayTwoFAEnabled", None),
            "locked_currencies_map": ("lockedCurrenciesMap", _p_locked_currencies_map),
            "user_is_auto_pay_provisioned": ("userIsAutoPayProvisioned", None),
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
