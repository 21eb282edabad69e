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
    from ..models.project_status_cost import ProjectStatusCost


T = TypeVar("T", bound="ProjectStatusCostOverview")


@_attrs_define
class ProjectStatusCostOverview(Model):
    """
    Attributes:
        costs (list[ProjectStatusCost] | Unset): All costs associated with the project
        total_income (float | Unset): Total income for the project in its currency
        total_cost (float | Unset): The total cost amount for the project in its currency
        show_income (bool | Unset): Flag indicating if income should be visible among costs
        multiple_currencies (bool | Unset): Flag indicating whether associated costs use different currencies
    """

    costs: list[ProjectStatusCost] | Unset = UNSET
    total_income: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    show_income: bool | Unset = UNSET
    multiple_currencies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.costs
        if _v is not UNSET and not _in_request:
            field_dict["costs"] = [_e.to_dict() for _e in _v]
        _v = self.total_income
        if _v is not UNSET and not _in_request:
            field_dict["totalIncome"] = _v
        _v = self.total_cost
        if _v is not UNSET and not _in_request:
            field_dict["totalCost"] = _v
        _v = self.show_income
        if _v is not UNSET and not _in_request:
            field_dict["showIncome"] = _v
        _v = self.multiple_currencies
        if _v is not UNSET and not _in_request:
            field_dict["multipleCurrencies"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusCostOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectStatusCostOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_status_cost import ProjectStatusCost  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "costs",
                "totalIncome",
                "totalCost",
                "showIncome",
                "multipleCurrencies",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "costs"
                v = g("costs")
                if v is None:
                    o.costs = u
                    if "costs" not in d:
                        m += 1
                else:
                    o.costs = (
                        ([ProjectStatusCost._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalIncome")
                if v is None:
                    o.total_income = u
                    if "totalIncome" not in d:
                        m += 1
                else:
                    o.total_income = v
                v = g("totalCost")
                if v is None:
                    o.total_cost = u
                    if "totalCost" not in d:
                        m += 1
                else:
                    o.total_cost = v
                v = g("showIncome")
                if v is None:
                    o.show_income = u
                    if "showIncome" not in d:
                        m += 1
                else:
                    o.show_income = v
                v = g("multipleCurrencies")
                if v is None:
                    o.multiple_currencies = u
                    if "multipleCurrencies" not in d:
                        m += 1
                else:
                    o.multiple_currencies = v
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
            ("costs", "costs"),
            ("total_income", "totalIncome"),
            ("total_cost", "totalCost"),
            ("show_income", "showIncome"),
            ("multiple_currencies", "multipleCurrencies"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.costs
            o.costs = (
                u
                if v is None or v is u
                else ([ProjectStatusCost._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_income
            o.total_income = u if v is None else v
            v = s.total_cost
            o.total_cost = u if v is None else v
            v = s.show_income
            o.show_income = u if v is None else v
            v = s.multiple_currencies
            o.multiple_currencies = u if v is None else v
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
