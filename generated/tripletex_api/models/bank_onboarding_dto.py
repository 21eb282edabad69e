from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.bank_onboarding_dto_locked_currencies_map import BankOnboardingDTOLockedCurrenciesMap
    from ..models.bank_onboarding_step import BankOnboardingStep


T = TypeVar("T", bound="BankOnboardingDTO")


@_attrs_define
class BankOnboardingDTO:
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
        from ..models.bank_onboarding_dto_locked_currencies_map import BankOnboardingDTOLockedCurrenciesMap  # noqa: PLC0415
        from ..models.bank_onboarding_step import BankOnboardingStep  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _steps = d.pop("steps", UNSET)
        steps: list[BankOnboardingStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                if steps_item_data is None:
                    continue
                steps_item = BankOnboardingStep.from_dict(steps_item_data)

                steps.append(steps_item)

        has_full_access = d.pop("hasFullAccess", UNSET)

        company_orgnr = d.pop("companyOrgnr", UNSET)

        auto_pay_two_fa_enabled = d.pop("autoPayTwoFAEnabled", UNSET)

        _locked_currencies_map = d.pop("lockedCurrenciesMap", UNSET)
        locked_currencies_map: BankOnboardingDTOLockedCurrenciesMap | Unset
        if isinstance(_locked_currencies_map, Unset):
            locked_currencies_map = UNSET
        else:
            locked_currencies_map = BankOnboardingDTOLockedCurrenciesMap.from_dict(_locked_currencies_map)

        user_is_auto_pay_provisioned = d.pop("userIsAutoPayProvisioned", UNSET)

        _obj = cls(
            steps=steps,
            has_full_access=has_full_access,
            company_orgnr=company_orgnr,
            auto_pay_two_fa_enabled=auto_pay_two_fa_enabled,
            locked_currencies_map=locked_currencies_map,
            user_is_auto_pay_provisioned=user_is_auto_pay_provisioned,
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
