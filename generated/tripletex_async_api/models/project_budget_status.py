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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectBudgetStatus")


@_attrs_define
class ProjectBudgetStatus(Model):
    """
    Attributes:
        project (Project | Unset):
        total_total_income_currency (float | Unset):
        budget_total_income_currency (float | Unset):
        budget_total_cost_currency (float | Unset):
    """

    project: Project | Unset = UNSET
    total_total_income_currency: float | Unset = UNSET
    budget_total_income_currency: float | Unset = UNSET
    budget_total_cost_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.total_total_income_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalTotalIncomeCurrency"] = _v
        _v = self.budget_total_income_currency
        if _v is not UNSET and not _in_request:
            field_dict["budgetTotalIncomeCurrency"] = _v
        _v = self.budget_total_cost_currency
        if _v is not UNSET and not _in_request:
            field_dict["budgetTotalCostCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectBudgetStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectBudgetStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "project",
                "totalTotalIncomeCurrency",
                "budgetTotalIncomeCurrency",
                "budgetTotalCostCurrency",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("totalTotalIncomeCurrency")
                if v is None:
                    o.total_total_income_currency = u
                    if "totalTotalIncomeCurrency" not in d:
                        m += 1
                else:
                    o.total_total_income_currency = v
                v = g("budgetTotalIncomeCurrency")
                if v is None:
                    o.budget_total_income_currency = u
                    if "budgetTotalIncomeCurrency" not in d:
                        m += 1
                else:
                    o.budget_total_income_currency = v
                v = g("budgetTotalCostCurrency")
                if v is None:
                    o.budget_total_cost_currency = u
                    if "budgetTotalCostCurrency" not in d:
                        m += 1
                else:
                    o.budget_total_cost_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("project", "project"),
            ("total_total_income_currency", "totalTotalIncomeCurrency"),
            ("budget_total_income_currency", "budgetTotalIncomeCurrency"),
            ("budget_total_cost_currency", "budgetTotalCostCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.total_total_income_currency
            o.total_total_income_currency = u if v is None else v
            v = s.budget_total_income_currency
            o.budget_total_income_currency = u if v is None else v
            v = s.budget_total_cost_currency
            o.budget_total_cost_currency = u if v is None else v
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
