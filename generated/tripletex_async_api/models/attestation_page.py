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
)

if TYPE_CHECKING:
    from ..models.attestation import Attestation
    from ..models.attestation_company_modules import AttestationCompanyModules
    from ..models.attestation_settings import AttestationSettings
    from ..models.attestation_stand_in import AttestationStandIn
    from ..models.expense_settings import ExpenseSettings


T = TypeVar("T", bound="AttestationPage")


@_attrs_define
class AttestationPage(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.attestations
        if _v is not UNSET:
            field_dict["attestations"] = [_e.to_dict() for _e in _v]
        _v = self.expense_settings
        if _v is not UNSET:
            field_dict["expenseSettings"] = _v.to_dict()
        _v = self.stand_ins
        if _v is not UNSET:
            field_dict["standIns"] = [_e.to_dict() for _e in _v]
        _v = self.settings
        if _v is not UNSET:
            field_dict["settings"] = [_e.to_dict() for _e in _v]
        _v = self.company_modules
        if _v is not UNSET:
            field_dict["companyModules"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationPage from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AttestationPage.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.attestation import Attestation  # noqa: PLC0415
        from ..models.attestation_company_modules import AttestationCompanyModules  # noqa: PLC0415
        from ..models.attestation_settings import AttestationSettings  # noqa: PLC0415
        from ..models.attestation_stand_in import AttestationStandIn  # noqa: PLC0415
        from ..models.expense_settings import ExpenseSettings  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "attestations",
                "expenseSettings",
                "standIns",
                "settings",
                "companyModules",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "attestations"
                v = g("attestations")
                if v is None:
                    o.attestations = u
                    if "attestations" not in d:
                        m += 1
                else:
                    o.attestations = (
                        ([Attestation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "expenseSettings"
                v = g("expenseSettings")
                if v is None:
                    o.expense_settings = u
                    if "expenseSettings" not in d:
                        m += 1
                else:
                    o.expense_settings = ExpenseSettings._tx_parse(v)
                k = "standIns"
                v = g("standIns")
                if v is None:
                    o.stand_ins = u
                    if "standIns" not in d:
                        m += 1
                else:
                    o.stand_ins = (
                        ([AttestationStandIn._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "settings"
                v = g("settings")
                if v is None:
                    o.settings = u
                    if "settings" not in d:
                        m += 1
                else:
                    o.settings = (
                        ([AttestationSettings._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "companyModules"
                v = g("companyModules")
                if v is None:
                    o.company_modules = u
                    if "companyModules" not in d:
                        m += 1
                else:
                    o.company_modules = AttestationCompanyModules._tx_parse(v)
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
            ("attestations", "attestations"),
            ("expense_settings", "expenseSettings"),
            ("stand_ins", "standIns"),
            ("settings", "settings"),
            ("company_modules", "companyModules"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.attestations
            o.attestations = (
                u
                if v is None or v is u
                else ([Attestation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.expense_settings
            o.expense_settings = u if v is None or v is u else ExpenseSettings._tx_parse(v)
            v = s.stand_ins
            o.stand_ins = (
                u
                if v is None or v is u
                else ([AttestationStandIn._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.settings
            o.settings = (
                u
                if v is None or v is u
                else ([AttestationSettings._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.company_modules
            o.company_modules = u if v is None or v is u else AttestationCompanyModules._tx_parse(v)
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
