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
    from ..models.ao_reconciliation_period import AOReconciliationPeriod
    from ..models.balance_reconciliation_overview_group import BalanceReconciliationOverviewGroup
    from ..models.balance_reconciliation_overview_line import BalanceReconciliationOverviewLine


T = TypeVar("T", bound="BalanceReconciliationOverview")


@_attrs_define
class BalanceReconciliationOverview(Model):
    """
    Attributes:
        period (AOReconciliationPeriod | Unset): The VAT period the data belongs to
        groups (list[BalanceReconciliationOverviewGroup] | Unset): The table groups
        inactive_accounts (list[BalanceReconciliationOverviewLine] | Unset): List of accounts not included in the
            overview
    """

    period: AOReconciliationPeriod | Unset = UNSET
    groups: list[BalanceReconciliationOverviewGroup] | Unset = UNSET
    inactive_accounts: list[BalanceReconciliationOverviewLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.period
        if _v is not UNSET:
            field_dict["period"] = _v.to_dict()
        _v = self.groups
        if _v is not UNSET and not _in_request:
            field_dict["groups"] = [_e.to_dict() for _e in _v]
        _v = self.inactive_accounts
        if _v is not UNSET and not _in_request:
            field_dict["inactiveAccounts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceReconciliationOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BalanceReconciliationOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.ao_reconciliation_period import AOReconciliationPeriod  # noqa: PLC0415
        from ..models.balance_reconciliation_overview_group import BalanceReconciliationOverviewGroup  # noqa: PLC0415
        from ..models.balance_reconciliation_overview_line import BalanceReconciliationOverviewLine  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "period",
                "groups",
                "inactiveAccounts",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "period"
                v = g("period")
                if v is None:
                    o.period = u
                    if "period" not in d:
                        m += 1
                else:
                    o.period = AOReconciliationPeriod._tx_parse(v)
                k = "groups"
                v = g("groups")
                if v is None:
                    o.groups = u
                    if "groups" not in d:
                        m += 1
                else:
                    o.groups = (
                        ([BalanceReconciliationOverviewGroup._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "inactiveAccounts"
                v = g("inactiveAccounts")
                if v is None:
                    o.inactive_accounts = u
                    if "inactiveAccounts" not in d:
                        m += 1
                else:
                    o.inactive_accounts = (
                        ([BalanceReconciliationOverviewLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("period", "period"),
            ("groups", "groups"),
            ("inactive_accounts", "inactiveAccounts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.period
            o.period = u if v is None or v is u else AOReconciliationPeriod._tx_parse(v)
            v = s.groups
            o.groups = (
                u
                if v is None or v is u
                else ([BalanceReconciliationOverviewGroup._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.inactive_accounts
            o.inactive_accounts = (
                u
                if v is None or v is u
                else ([BalanceReconciliationOverviewLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
