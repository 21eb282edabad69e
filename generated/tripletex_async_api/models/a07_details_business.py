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
    from ..models.a07_details_business_payroll_tax import A07DetailsBusinessPayrollTax


T = TypeVar("T", bound="A07DetailsBusiness")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("payrollTax", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class A07DetailsBusiness(LazyModel):
    """
    Attributes:
        payroll_tax (A07DetailsBusinessPayrollTax | Unset):
    """

    payroll_tax: A07DetailsBusinessPayrollTax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        payroll_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_tax, Unset):
            payroll_tax = self.payroll_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payroll_tax is not UNSET:
            field_dict["payrollTax"] = payroll_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsBusiness from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.a07_details_business_payroll_tax import A07DetailsBusinessPayrollTax  # noqa: PLC0415

        def _p_payroll_tax(_tx_v: Any) -> A07DetailsBusinessPayrollTax | Unset:
            _payroll_tax = _tx_v
            payroll_tax: A07DetailsBusinessPayrollTax | Unset
            if isinstance(_payroll_tax, Unset):
                payroll_tax = UNSET
            else:
                payroll_tax = A07DetailsBusinessPayrollTax._tx_from_json(_payroll_tax)

            return payroll_tax

        _tx_known: frozenset[str] = frozenset(("payrollTax",))

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payroll_tax": ("payrollTax", _p_payroll_tax),
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
