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
)

T = TypeVar("T", bound="ControlledTransactionsSummary")


@_attrs_define
class ControlledTransactionsSummary(Model):
    """Summary of something

    Attributes:
        sum_operational_income (float | Unset): The sum of all transactions with the category operational income
        sum_financial_income (float | Unset): The sum of all transactions with the category financial income
        total_operational_cost (float | Unset): The sum of all transactions with the category operational cost
        total_financial_cost (float | Unset): The sum of all transactions with the category financial cost
        total_extraordinary_purchases (float | Unset): The sum of all transactions with the category extraordinary
            purchase
        total_extraordinary_sales (float | Unset): The sum of all transactions with the category extraordinary sale
        total_claims (float | Unset): The sum of all outstanding with the category claim
        total_debt (float | Unset): The sum of all outstanding with the category debt
        total_guarantor_responsibility (float | Unset): The sum of all outstanding with the category guarantor
            responsibility
        total_guarantee_basis (float | Unset): The sum of all outstanding with the category guarantee basis
    """

    sum_operational_income: float | Unset = UNSET
    sum_financial_income: float | Unset = UNSET
    total_operational_cost: float | Unset = UNSET
    total_financial_cost: float | Unset = UNSET
    total_extraordinary_purchases: float | Unset = UNSET
    total_extraordinary_sales: float | Unset = UNSET
    total_claims: float | Unset = UNSET
    total_debt: float | Unset = UNSET
    total_guarantor_responsibility: float | Unset = UNSET
    total_guarantee_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.sum_operational_income
        if _v is not UNSET:
            field_dict["sumOperationalIncome"] = _v
        _v = self.sum_financial_income
        if _v is not UNSET:
            field_dict["sumFinancialIncome"] = _v
        _v = self.total_operational_cost
        if _v is not UNSET:
            field_dict["totalOperationalCost"] = _v
        _v = self.total_financial_cost
        if _v is not UNSET:
            field_dict["totalFinancialCost"] = _v
        _v = self.total_extraordinary_purchases
        if _v is not UNSET:
            field_dict["totalExtraordinaryPurchases"] = _v
        _v = self.total_extraordinary_sales
        if _v is not UNSET:
            field_dict["totalExtraordinarySales"] = _v
        _v = self.total_claims
        if _v is not UNSET:
            field_dict["totalClaims"] = _v
        _v = self.total_debt
        if _v is not UNSET:
            field_dict["totalDebt"] = _v
        _v = self.total_guarantor_responsibility
        if _v is not UNSET:
            field_dict["totalGuarantorResponsibility"] = _v
        _v = self.total_guarantee_basis
        if _v is not UNSET:
            field_dict["totalGuaranteeBasis"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ControlledTransactionsSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ControlledTransactionsSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sumOperationalIncome",
                "sumFinancialIncome",
                "totalOperationalCost",
                "totalFinancialCost",
                "totalExtraordinaryPurchases",
                "totalExtraordinarySales",
                "totalClaims",
                "totalDebt",
                "totalGuarantorResponsibility",
                "totalGuaranteeBasis",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumOperationalIncome": "sum_operational_income",
            "sumFinancialIncome": "sum_financial_income",
            "totalOperationalCost": "total_operational_cost",
            "totalFinancialCost": "total_financial_cost",
            "totalExtraordinaryPurchases": "total_extraordinary_purchases",
            "totalExtraordinarySales": "total_extraordinary_sales",
            "totalClaims": "total_claims",
            "totalDebt": "total_debt",
            "totalGuarantorResponsibility": "total_guarantor_responsibility",
            "totalGuaranteeBasis": "total_guarantee_basis",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.sum_operational_income = o.sum_financial_income = o.total_operational_cost = (
                        o.total_financial_cost
                    ) = o.total_extraordinary_purchases = o.total_extraordinary_sales = o.total_claims = (
                        o.total_debt
                    ) = o.total_guarantor_responsibility = o.total_guarantee_basis = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sumOperationalIncome")
                if v is None:
                    o.sum_operational_income = u
                    if "sumOperationalIncome" not in d:
                        m += 1
                else:
                    o.sum_operational_income = v
                v = g("sumFinancialIncome")
                if v is None:
                    o.sum_financial_income = u
                    if "sumFinancialIncome" not in d:
                        m += 1
                else:
                    o.sum_financial_income = v
                v = g("totalOperationalCost")
                if v is None:
                    o.total_operational_cost = u
                    if "totalOperationalCost" not in d:
                        m += 1
                else:
                    o.total_operational_cost = v
                v = g("totalFinancialCost")
                if v is None:
                    o.total_financial_cost = u
                    if "totalFinancialCost" not in d:
                        m += 1
                else:
                    o.total_financial_cost = v
                v = g("totalExtraordinaryPurchases")
                if v is None:
                    o.total_extraordinary_purchases = u
                    if "totalExtraordinaryPurchases" not in d:
                        m += 1
                else:
                    o.total_extraordinary_purchases = v
                v = g("totalExtraordinarySales")
                if v is None:
                    o.total_extraordinary_sales = u
                    if "totalExtraordinarySales" not in d:
                        m += 1
                else:
                    o.total_extraordinary_sales = v
                v = g("totalClaims")
                if v is None:
                    o.total_claims = u
                    if "totalClaims" not in d:
                        m += 1
                else:
                    o.total_claims = v
                v = g("totalDebt")
                if v is None:
                    o.total_debt = u
                    if "totalDebt" not in d:
                        m += 1
                else:
                    o.total_debt = v
                v = g("totalGuarantorResponsibility")
                if v is None:
                    o.total_guarantor_responsibility = u
                    if "totalGuarantorResponsibility" not in d:
                        m += 1
                else:
                    o.total_guarantor_responsibility = v
                v = g("totalGuaranteeBasis")
                if v is None:
                    o.total_guarantee_basis = u
                    if "totalGuaranteeBasis" not in d:
                        m += 1
                else:
                    o.total_guarantee_basis = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sum_operational_income", "sumOperationalIncome"),
            ("sum_financial_income", "sumFinancialIncome"),
            ("total_operational_cost", "totalOperationalCost"),
            ("total_financial_cost", "totalFinancialCost"),
            ("total_extraordinary_purchases", "totalExtraordinaryPurchases"),
            ("total_extraordinary_sales", "totalExtraordinarySales"),
            ("total_claims", "totalClaims"),
            ("total_debt", "totalDebt"),
            ("total_guarantor_responsibility", "totalGuarantorResponsibility"),
            ("total_guarantee_basis", "totalGuaranteeBasis"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_operational_income
            o.sum_operational_income = u if v is None else v
            v = s.sum_financial_income
            o.sum_financial_income = u if v is None else v
            v = s.total_operational_cost
            o.total_operational_cost = u if v is None else v
            v = s.total_financial_cost
            o.total_financial_cost = u if v is None else v
            v = s.total_extraordinary_purchases
            o.total_extraordinary_purchases = u if v is None else v
            v = s.total_extraordinary_sales
            o.total_extraordinary_sales = u if v is None else v
            v = s.total_claims
            o.total_claims = u if v is None else v
            v = s.total_debt
            o.total_debt = u if v is None else v
            v = s.total_guarantor_responsibility
            o.total_guarantor_responsibility = u if v is None else v
            v = s.total_guarantee_basis
            o.total_guarantee_basis = u if v is None else v
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
