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
    from ..models.project_activity_summary import ProjectActivitySummary
    from ..models.project_status_activity import ProjectStatusActivity


T = TypeVar("T", bound="ProjectActivities")


@_attrs_define
class ProjectActivities(Model):
    """
    Attributes:
        show_income (bool | Unset): Whether income columns are shown
        fixed_price (bool | Unset): Whether project is fixed price
        show_hour_cost (bool | Unset): Whether hour cost columns are shown
        currency_code (str | Unset): Project currency code
        activities (list[ProjectStatusActivity] | Unset):
        summary (ProjectActivitySummary | Unset): Summary aggregation over all activities
    """

    show_income: bool | Unset = UNSET
    fixed_price: bool | Unset = UNSET
    show_hour_cost: bool | Unset = UNSET
    currency_code: str | Unset = UNSET
    activities: list[ProjectStatusActivity] | Unset = UNSET
    summary: ProjectActivitySummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.show_income
        if _v is not UNSET and not _in_request:
            field_dict["showIncome"] = _v
        _v = self.fixed_price
        if _v is not UNSET and not _in_request:
            field_dict["fixedPrice"] = _v
        _v = self.show_hour_cost
        if _v is not UNSET and not _in_request:
            field_dict["showHourCost"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        _v = self.activities
        if _v is not UNSET and not _in_request:
            field_dict["activities"] = [_e.to_dict() for _e in _v]
        _v = self.summary
        if _v is not UNSET:
            field_dict["summary"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectActivities from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectActivities.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_activity_summary import ProjectActivitySummary  # noqa: PLC0415
        from ..models.project_status_activity import ProjectStatusActivity  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "showIncome",
                "fixedPrice",
                "showHourCost",
                "currencyCode",
                "activities",
                "summary",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("showIncome")
                if v is None:
                    o.show_income = u
                    if "showIncome" not in d:
                        m += 1
                else:
                    o.show_income = v
                v = g("fixedPrice")
                if v is None:
                    o.fixed_price = u
                    if "fixedPrice" not in d:
                        m += 1
                else:
                    o.fixed_price = v
                v = g("showHourCost")
                if v is None:
                    o.show_hour_cost = u
                    if "showHourCost" not in d:
                        m += 1
                else:
                    o.show_hour_cost = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                k = "activities"
                v = g("activities")
                if v is None:
                    o.activities = u
                    if "activities" not in d:
                        m += 1
                else:
                    o.activities = (
                        ([ProjectStatusActivity._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "summary"
                v = g("summary")
                if v is None:
                    o.summary = u
                    if "summary" not in d:
                        m += 1
                else:
                    o.summary = ProjectActivitySummary._tx_parse(v)
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
            ("show_income", "showIncome"),
            ("fixed_price", "fixedPrice"),
            ("show_hour_cost", "showHourCost"),
            ("currency_code", "currencyCode"),
            ("activities", "activities"),
            ("summary", "summary"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.show_income
            o.show_income = u if v is None else v
            v = s.fixed_price
            o.fixed_price = u if v is None else v
            v = s.show_hour_cost
            o.show_hour_cost = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.activities
            o.activities = (
                u
                if v is None or v is u
                else ([ProjectStatusActivity._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.summary
            o.summary = u if v is None or v is u else ProjectActivitySummary._tx_parse(v)
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
