from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="SalaryV2Modules")


@_attrs_define
class SalaryV2Modules(Model):
    """
    Attributes:
        module_department (bool | Unset): Module department
        module_nets (bool | Unset): Module Nets
        module_autopay (bool | Unset): Module Autopay
        module_ztl (bool | Unset): Module Ztl
        module_agro (bool | Unset): Module Agro
        module_mamut (bool | Unset): Module Mamut
        module_encrypted_payslip (bool | Unset): Module Encrypted Payslip
        module_union_deduction (bool | Unset): Module Union Deduction
        module_free_company_car (bool | Unset): Module Free Company Car
        module_mesan (bool | Unset): Module Mesan
        module_department_accounting (bool | Unset): Module department accounting
        module_wage_project_accounting (bool | Unset): Module wage project accounting
        module_electronic_voucher (bool | Unset): Module Electronic vouchers
        module_seamen_deduction (bool | Unset): Module seamen deduction
    """

    module_department: bool | Unset = UNSET
    module_nets: bool | Unset = UNSET
    module_autopay: bool | Unset = UNSET
    module_ztl: bool | Unset = UNSET
    module_agro: bool | Unset = UNSET
    module_mamut: bool | Unset = UNSET
    module_encrypted_payslip: bool | Unset = UNSET
    module_union_deduction: bool | Unset = UNSET
    module_free_company_car: bool | Unset = UNSET
    module_mesan: bool | Unset = UNSET
    module_department_accounting: bool | Unset = UNSET
    module_wage_project_accounting: bool | Unset = UNSET
    module_electronic_voucher: bool | Unset = UNSET
    module_seamen_deduction: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.module_department
        if _v is not UNSET and not _in_request:
            field_dict["moduleDepartment"] = _v
        _v = self.module_nets
        if _v is not UNSET and not _in_request:
            field_dict["moduleNets"] = _v
        _v = self.module_autopay
        if _v is not UNSET and not _in_request:
            field_dict["moduleAutopay"] = _v
        _v = self.module_ztl
        if _v is not UNSET and not _in_request:
            field_dict["moduleZtl"] = _v
        _v = self.module_agro
        if _v is not UNSET and not _in_request:
            field_dict["moduleAgro"] = _v
        _v = self.module_mamut
        if _v is not UNSET and not _in_request:
            field_dict["moduleMamut"] = _v
        _v = self.module_encrypted_payslip
        if _v is not UNSET and not _in_request:
            field_dict["moduleEncryptedPayslip"] = _v
        _v = self.module_union_deduction
        if _v is not UNSET and not _in_request:
            field_dict["moduleUnionDeduction"] = _v
        _v = self.module_free_company_car
        if _v is not UNSET and not _in_request:
            field_dict["moduleFreeCompanyCar"] = _v
        _v = self.module_mesan
        if _v is not UNSET and not _in_request:
            field_dict["moduleMesan"] = _v
        _v = self.module_department_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleDepartmentAccounting"] = _v
        _v = self.module_wage_project_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleWageProjectAccounting"] = _v
        _v = self.module_electronic_voucher
        if _v is not UNSET and not _in_request:
            field_dict["moduleElectronicVoucher"] = _v
        _v = self.module_seamen_deduction
        if _v is not UNSET and not _in_request:
            field_dict["moduleSeamenDeduction"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Modules from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Modules.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "moduleDepartment",
                "moduleNets",
                "moduleAutopay",
                "moduleZtl",
                "moduleAgro",
                "moduleMamut",
                "moduleEncryptedPayslip",
                "moduleUnionDeduction",
                "moduleFreeCompanyCar",
                "moduleMesan",
                "moduleDepartmentAccounting",
                "moduleWageProjectAccounting",
                "moduleElectronicVoucher",
                "moduleSeamenDeduction",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "moduleDepartment": "module_department",
            "moduleNets": "module_nets",
            "moduleAutopay": "module_autopay",
            "moduleZtl": "module_ztl",
            "moduleAgro": "module_agro",
            "moduleMamut": "module_mamut",
            "moduleEncryptedPayslip": "module_encrypted_payslip",
            "moduleUnionDeduction": "module_union_deduction",
            "moduleFreeCompanyCar": "module_free_company_car",
            "moduleMesan": "module_mesan",
            "moduleDepartmentAccounting": "module_department_accounting",
            "moduleWageProjectAccounting": "module_wage_project_accounting",
            "moduleElectronicVoucher": "module_electronic_voucher",
            "moduleSeamenDeduction": "module_seamen_deduction",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.module_department = o.module_nets = o.module_autopay = o.module_ztl = o.module_agro = (
                        o.module_mamut
                    ) = o.module_encrypted_payslip = o.module_union_deduction = o.module_free_company_car = (
                        o.module_mesan
                    ) = o.module_department_accounting = o.module_wage_project_accounting = (
                        o.module_electronic_voucher
                    ) = o.module_seamen_deduction = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("moduleDepartment")
                if v is None:
                    o.module_department = u
                    if "moduleDepartment" not in d:
                        m += 1
                else:
                    o.module_department = v
                v = g("moduleNets")
                if v is None:
                    o.module_nets = u
                    if "moduleNets" not in d:
                        m += 1
                else:
                    o.module_nets = v
                v = g("moduleAutopay")
                if v is None:
                    o.module_autopay = u
                    if "moduleAutopay" not in d:
                        m += 1
                else:
                    o.module_autopay = v
                v = g("moduleZtl")
                if v is None:
                    o.module_ztl = u
                    if "moduleZtl" not in d:
                        m += 1
                else:
                    o.module_ztl = v
                v = g("moduleAgro")
                if v is None:
                    o.module_agro = u
                    if "moduleAgro" not in d:
                        m += 1
                else:
                    o.module_agro = v
                v = g("moduleMamut")
                if v is None:
                    o.module_mamut = u
                    if "moduleMamut" not in d:
                        m += 1
                else:
                    o.module_mamut = v
                v = g("moduleEncryptedPayslip")
                if v is None:
                    o.module_encrypted_payslip = u
                    if "moduleEncryptedPayslip" not in d:
                        m += 1
                else:
                    o.module_encrypted_payslip = v
                v = g("moduleUnionDeduction")
                if v is None:
                    o.module_union_deduction = u
                    if "moduleUnionDeduction" not in d:
                        m += 1
                else:
                    o.module_union_deduction = v
                v = g("moduleFreeCompanyCar")
                if v is None:
                    o.module_free_company_car = u
                    if "moduleFreeCompanyCar" not in d:
                        m += 1
                else:
                    o.module_free_company_car = v
                v = g("moduleMesan")
                if v is None:
                    o.module_mesan = u
                    if "moduleMesan" not in d:
                        m += 1
                else:
                    o.module_mesan = v
                v = g("moduleDepartmentAccounting")
                if v is None:
                    o.module_department_accounting = u
                    if "moduleDepartmentAccounting" not in d:
                        m += 1
                else:
                    o.module_department_accounting = v
                v = g("moduleWageProjectAccounting")
                if v is None:
                    o.module_wage_project_accounting = u
                    if "moduleWageProjectAccounting" not in d:
                        m += 1
                else:
                    o.module_wage_project_accounting = v
                v = g("moduleElectronicVoucher")
                if v is None:
                    o.module_electronic_voucher = u
                    if "moduleElectronicVoucher" not in d:
                        m += 1
                else:
                    o.module_electronic_voucher = v
                v = g("moduleSeamenDeduction")
                if v is None:
                    o.module_seamen_deduction = u
                    if "moduleSeamenDeduction" not in d:
                        m += 1
                else:
                    o.module_seamen_deduction = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("module_department", "moduleDepartment"),
            ("module_nets", "moduleNets"),
            ("module_autopay", "moduleAutopay"),
            ("module_ztl", "moduleZtl"),
            ("module_agro", "moduleAgro"),
            ("module_mamut", "moduleMamut"),
            ("module_encrypted_payslip", "moduleEncryptedPayslip"),
            ("module_union_deduction", "moduleUnionDeduction"),
            ("module_free_company_car", "moduleFreeCompanyCar"),
            ("module_mesan", "moduleMesan"),
            ("module_department_accounting", "moduleDepartmentAccounting"),
            ("module_wage_project_accounting", "moduleWageProjectAccounting"),
            ("module_electronic_voucher", "moduleElectronicVoucher"),
            ("module_seamen_deduction", "moduleSeamenDeduction"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.module_department
            o.module_department = u if v is None else v
            v = s.module_nets
            o.module_nets = u if v is None else v
            v = s.module_autopay
            o.module_autopay = u if v is None else v
            v = s.module_ztl
            o.module_ztl = u if v is None else v
            v = s.module_agro
            o.module_agro = u if v is None else v
            v = s.module_mamut
            o.module_mamut = u if v is None else v
            v = s.module_encrypted_payslip
            o.module_encrypted_payslip = u if v is None else v
            v = s.module_union_deduction
            o.module_union_deduction = u if v is None else v
            v = s.module_free_company_car
            o.module_free_company_car = u if v is None else v
            v = s.module_mesan
            o.module_mesan = u if v is None else v
            v = s.module_department_accounting
            o.module_department_accounting = u if v is None else v
            v = s.module_wage_project_accounting
            o.module_wage_project_accounting = u if v is None else v
            v = s.module_electronic_voucher
            o.module_electronic_voucher = u if v is None else v
            v = s.module_seamen_deduction
            o.module_seamen_deduction = u if v is None else v
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
