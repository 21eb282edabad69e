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
    from ..models.attestation import Attestation
    from ..models.attestation_company_modules import AttestationCompanyModules
    from ..models.attestation_settings import AttestationSettings
    from ..models.attestation_stand_in import AttestationStandIn
    from ..models.expense_settings import ExpenseSettings


T = TypeVar("T", bound="AttestationPage")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("attestations", list, False),
    ("expenseSettings", dict, False),
    ("standIns", list, False),
    ("settings", list, False),
    ("companyModules", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationPage(LazyModel):
    """
    Attributes:
        attestations (list[Attestation] | Unset):
        expense_settings (ExpenseSettings | Unset):
        stand_ins (list[AttestationStandIn] | Unset):
        settings (list[AttestationSettings] | Unset):
        company_modules (AttestationCompanyModules | Unset):
    """

    attestations: list[Attestation] | Unset = UNSET
    expense_settings: ExpenseSettings | Unset = UNSET
    stand_ins: list[AttestationStandIn] | Unset = UNSET
    settings: list[AttestationSettings] | Unset = UNSET
    company_modules: AttestationCompanyModules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        attestations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attestations, Unset):
            attestations = []
            for attestations_item_data in self.attestations:
                attestations_item = attestations_item_data.to_dict()
                attestations.append(attestations_item)

        expense_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_settings, Unset):
            expense_settings = self.expense_settings.to_dict()

        stand_ins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stand_ins, Unset):
            stand_ins = []
            for stand_ins_item_data in self.stand_ins:
                stand_ins_item = stand_ins_item_data.to_dict()
                stand_ins.append(stand_ins_item)

        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        company_modules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_modules, Unset):
            company_modules = self.company_modules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attestations is not UNSET:
            field_dict["attestations"] = attestations
        if expense_settings is not UNSET:
            field_dict["expenseSettings"] = expense_settings
        if stand_ins is not UNSET:
            field_dict["standIns"] = stand_ins
        if settings is not UNSET:
            field_dict["settings"] = settings
        if company_modules is not UNSET:
            field_dict["companyModules"] = company_modules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationPage from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.attestation import Attestation  # noqa: PLC0415
        from ..models.attestation_company_modules import AttestationCompanyModules  # noqa: PLC0415
        from ..models.attestation_settings import AttestationSettings  # noqa: PLC0415
        from ..models.attestation_stand_in import AttestationStandIn  # noqa: PLC0415
        from ..models.expense_settings import ExpenseSettings  # noqa: PLC0415

        def _p_attestations(_tx_v: Any) -> list[Attestation] | Unset:
            _attestations = _tx_v
            attestations: list[Attestation] | Unset = UNSET
            if _attestations is not UNSET:
                attestations = []
                for attestations_item_data in _attestations:
                    if attestations_item_data is None:
                        continue
                    attestations_item = Attestation._tx_from_json(attestations_item_data)

                    attestations.append(attestations_item)

            return attestations

        def _p_expense_settings(_tx_v: Any) -> ExpenseSettings | Unset:
            _expense_settings = _tx_v
            expense_settings: ExpenseSettings | Unset
            if isinstance(_expense_settings, Unset):
                expense_settings = UNSET
            else:
                expense_settings = ExpenseSettings._tx_from_json(_expense_settings)

            return expense_settings

        def _p_stand_ins(_tx_v: Any) -> list[AttestationStandIn] | Unset:
            _stand_ins = _tx_v
            stand_ins: list[AttestationStandIn] | Unset = UNSET
            if _stand_ins is not UNSET:
                stand_ins = []
                for stand_ins_item_data in _stand_ins:
                    if stand_ins_item_data is None:
                        continue
                    stand_ins_item = AttestationStandIn._tx_from_json(stand_ins_item_data)

                    stand_ins.append(stand_ins_item)

            return stand_ins

        def _p_settings(_tx_v: Any) -> list[AttestationSettings] | Unset:
            _settings = _tx_v
            settings: list[AttestationSettings] | Unset = UNSET
            if _settings is not UNSET:
                settings = []
                for settings_item_data in _settings:
                    if settings_item_data is None:
                        continue
                    settings_item = AttestationSettings._tx_from_json(settings_item_data)

                    settings.append(settings_item)

            return settings

        def _p_company_modules(_tx_v: Any) -> AttestationCompanyModules | Unset:
            _company_modules = _tx_v
            company_modules: AttestationCompanyModules | Unset
            if isinstance(_company_modules, Unset):
                company_modules = UNSET
            else:
                company_modules = AttestationCompanyModules._tx_from_json(_company_modules)

            return company_modules

        _tx_known: frozenset[str] = frozenset(
            (
                "attestations",
                "expenseSettings",
                "standIns",
                "settings",
                "companyModules",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "attestations": ("attestations", _p_attestations),
            "expense_settings": ("expenseSettings", _p_expense_settings),
            "stand_ins": ("standIns", _p_stand_ins),
            "settings": ("settings", _p_settings),
            "company_modules": ("companyModules", _p_company_modules),
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
